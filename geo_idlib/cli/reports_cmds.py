"""Commands over reports: ``extract`` (events), ``geoparse`` (place mentions) and ``merge``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from geo_idlib.cli.gazetteer_cmds import add_places_option, load_gazetteer
from geo_idlib.errors import InputError
from geo_idlib.io import write_atomic
from geo_idlib.reports.dates import parse_date
from geo_idlib.reports.events import extract_reports
from geo_idlib.reports.mentions import find_mentions, matcher_for
from geo_idlib.reports.merge import merge_events
from geo_idlib.reports.reading import read_events, read_reports
from geo_idlib.reports.table import events_to_csv, events_to_geojson, events_to_json

_WRITERS = {"csv": events_to_csv, "json": events_to_json, "geojson": events_to_geojson}


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--out", type=Path, metavar="OUT", help="output file (default: standard output)")
    p.add_argument("--format", choices=sorted(_WRITERS),
                   help="output format (default: from the OUT suffix, else csv)")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("extract", help="turn reports into an ACLED-style event table",
                       description="Read report files (.txt/.md/.html, or .csv/.jsonl of reports) and write "
                                   "one row per strike, clash, change of control or displacement.")
    p.add_argument("reports", nargs="+", metavar="REPORT", type=Path)
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for reports whose front matter gives none")
    p.add_argument("--merge", action="store_true", help="also merge events told by several reports")
    _add_output_options(p)
    add_places_option(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("geoparse", help="list the place names found in reports")
    p.add_argument("reports", nargs="+", metavar="REPORT", type=Path)
    p.add_argument("--json", action="store_true",
                   help='a JSON object: per report id a list of {"text","start","end","place","score"}')
    p.add_argument("-o", "--out", type=Path, metavar="OUT", help="output file (default: standard output)")
    add_places_option(p)
    p.set_defaults(func=cmd_geoparse)

    p = sub.add_parser("merge", help="collapse events that several reports tell")
    p.add_argument("events", nargs="+", metavar="EVENTS", type=Path,
                   help="event tables written by extract (.csv, .json or .geojson)")
    p.add_argument("--max-km", type=float, default=5.0, help="largest distance between merged places (km)")
    _add_output_options(p)
    p.set_defaults(func=cmd_merge)


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out, text)
        print(f"wrote {out}", file=sys.stderr)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = args.out.suffix.lower().lstrip(".") if args.out else ""
    return suffix if suffix in _WRITERS else "csv"


def cmd_extract(args: argparse.Namespace) -> int:
    try:
        published = parse_date(args.published) if args.published else None
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {args.published!r}", field="--published") from None
    reports = read_reports(args.reports)
    gz = load_gazetteer(args)
    events = extract_reports(reports, published=published, gazetteer=gz)
    if args.merge:
        events = merge_events(events)
    _emit(_WRITERS[_format(args)](events), args.out)
    print(f"{len(events)} events from {len(reports)} reports", file=sys.stderr)
    return 0


def cmd_geoparse(args: argparse.Namespace) -> int:
    reports = read_reports(args.reports)
    gz = load_gazetteer(args)
    matcher = matcher_for(gz)
    found = {r.report_id: find_mentions(r.text, gz, matcher=matcher) for r in reports}
    if args.json:
        text = json.dumps({rid: [m.to_dict() for m in ms] for rid, ms in found.items()},
                          ensure_ascii=False, indent=1) + "\n"
    else:
        lines = []
        for rid, ms in found.items():
            for m in ms:
                where = f"{m.place.name} ({m.place.kind}, {m.place.admin1}) {m.score:.2f}" if m.place else "unresolved"
                lines.append(f"{rid}\t{m.start}-{m.end}\t{m.text}\t{where}\tgeo_precision {m.precision}")
        text = "\n".join(lines) + ("\n" if lines else "")
    _emit(text, args.out)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    if args.max_km < 0:
        raise InputError("--max-km must not be negative", field="--max-km")
    frames = [read_events(p) for p in args.events]
    merged = merge_events(pd.concat(frames, ignore_index=True), max_km=args.max_km)
    _emit(_WRITERS[_format(args)](merged), args.out)
    total = sum(len(f) for f in frames)
    print(f"{total} events merged into {len(merged)}", file=sys.stderr)
    return 0
