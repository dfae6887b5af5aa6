"""What every command shares: help with examples, ``--places``, ``-o/--out``, warnings, the
progress bar and the closing summary. Cheap to import: heavy libraries load inside functions.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from geo_idlib.errors import InputError

T = TypeVar("T")

#: Runs over at least this many reports (or events) show a progress bar on a terminal.
PROGRESS_MIN = 10


def command(sub: argparse._SubParsersAction, name: str, *, help: str, description: str = "",
            examples: Iterable[str] = ()) -> argparse.ArgumentParser:
    """A subcommand whose ``--help`` ends with ``examples``."""
    epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples) if examples else None
    return sub.add_parser(name, help=help, description=description or help, epilog=epilog,
                          formatter_class=argparse.RawDescriptionHelpFormatter)


def add_places_option(parser: argparse.ArgumentParser) -> None:
    """``--places FILE``: every command that resolves names accepts the user's own places."""
    parser.add_argument("--places", metavar="CSV", type=Path,
                        help="extra places (CSV with name,lat,lon[,id,name_ar,names,kind,population,source])")


def add_out_option(parser: argparse.ArgumentParser, formats: str, *, required: bool = False) -> None:
    """The same ``-o/--out`` on every command; the suffix picks the format."""
    parser.add_argument("-o", "--out", type=Path, metavar="OUT", required=required,
                        help=f"output file; its suffix picks the format ({formats})"
                             + ("" if required else "; default: standard output"))


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary (warnings and errors still print)")


def load_gazetteer(args: argparse.Namespace):
    """The bundled gazetteer, extended by ``--places`` when given."""
    from geo_idlib.gazetteer import Gazetteer

    gz = Gazetteer.default()
    return gz.with_places(args.places) if getattr(args, "places", None) else gz


def warn(message: str) -> None:
    """One warning line on stderr."""
    print(f"geo-idlib: warning: {message}", file=sys.stderr)


def note(args: argparse.Namespace, message: str) -> None:
    """A line of the summary on stderr, unless ``--quiet``."""
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def progress(items: Iterable[T], *, total: int, unit: str, quiet: bool = False) -> Iterator[T]:
    """``items``, with a progress bar on stderr when it is a terminal, the run has at least
    :data:`PROGRESS_MIN` items and ``quiet`` is false (tqdm)."""
    if quiet or total < PROGRESS_MIN or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, unit=f" {unit}", file=sys.stderr, leave=False, dynamic_ncols=True)


def undated_warning(reports: list, published: dt.date | None) -> None:
    """Name the reports with no publication date (front matter, URL or dated header)."""
    undated = [r for r in reports if r.published is None]
    if not undated:
        return
    names = ", ".join(Path(r.path).name if r.path else r.report_id for r in undated[:5])
    more = f" and {len(undated) - 5} more" if len(undated) > 5 else ""
    if published:
        warn(f"{len(undated)} report(s) without a publication date, dated {published.isoformat()} "
             f"by --published: {names}{more}")
    else:
        warn(f"{len(undated)} report(s) without a publication date (front matter, URL or dated header): "
             f"{names}{more}; their relative dates ('on Monday') stay empty: --published DATE fills them")


def parse_published(text: str | None) -> dt.date | None:
    """``--published`` as a date, or an InputError."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {text!r}", field="--published") from None
