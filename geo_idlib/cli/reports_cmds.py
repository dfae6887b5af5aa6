"""Commands over reports: ``extract`` (events), ``geoparse`` (place mentions) and ``merge``."""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from geo_idlib.cli.common import (add_out_option, add_places_option, add_quiet_option, command, load_gazetteer, note,
                                  parse_published, progress, undated_warning)
from geo_idlib.errors import InputError

#: Formats an event table can be printed in on standard output.
TEXT_FORMATS = ("csv", "json", "jsonl", "geojson")
TABLE_FORMATS = ".csv, .json, .jsonl, .geojson, .gpkg, .parquet"


def _add_format_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=TEXT_FORMATS,
                   help="format on standard output (default csv); with -o, the suffix of OUT decides")


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "extract", help="turn reports into an ACLED-style event table",
                description="Read reports (.txt/.md/.html files, .csv/.jsonl tables of reports, or folders of "
                            "them) and write one row per strike, clash, change of control or displacement.",
                examples=["geo-idlib extract examples/reports/ -o maps/events.csv",
                          "geo-idlib extract report.txt --published 2018-02-05 --places my_places.csv --format json",
                          "geo-idlib extract reports/ --merge -o events.gpkg --workers 2"])
    p.add_argument("reports", nargs="+", metavar="REPORT", type=Path, help="report files or folders")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the reports that carry none (front matter, URL or dated header)")
    p.add_argument("--merge", action="store_true", help="also merge events told by several reports")
    add_out_option(p, TABLE_FORMATS)
    _add_format_option(p)
    add_places_option(p)
    add_dask_options(p)
    add_quiet_option(p)
    p.set_defaults(func=cmd_extract)

    p = command(sub, "geoparse", help="list the place names found in reports",
                examples=["geo-idlib geoparse examples/reports/2018-02-05-wire-raids.txt",
                          "geo-idlib geoparse --json examples/reports/ -o mentions.json"])
    p.add_argument("reports", nargs="+", metavar="REPORT", type=Path, help="report files or folders")
    p.add_argument("--json", action="store_true",
                   help='a JSON object: per report id a list of {"text","start","end","place","score"}')
    p.add_argument("-o", "--out", type=Path, metavar="OUT", help="output file (default: standard output)")
    add_places_option(p)
    p.set_defaults(func=cmd_geoparse)

    p = command(sub, "merge", help="collapse events that several reports tell",
                description="Read event tables (any of " + TABLE_FORMATS + ", ACLED's export, or folders of "
                            "them) and merge the rows that tell the same event.",
                examples=["geo-idlib merge wire.csv monitor.json -o merged.csv",
                          "geo-idlib merge events/ acled_export.csv --max-km 3 -o merged.gpkg"])
    p.add_argument("events", nargs="+", metavar="EVENTS", type=Path, help="event tables or folders of them")
    p.add_argument("--max-km", type=float, default=5.0, help="largest distance between merged places (km)")
    add_out_option(p, TABLE_FORMATS)
    _add_format_option(p)
    add_quiet_option(p)
    p.set_defaults(func=cmd_merge)


def output_format(args: argparse.Namespace) -> str:
    """The table format: OUT's suffix (``--format`` must agree), else ``--format``, else csv."""
    from geo_idlib.io import check_outputs
    from geo_idlib.tables import check_out_suffix

    if args.out is None:
        return "." + (args.format or "csv")
    suffix = check_out_suffix(args.out)
    check_outputs([args.out])
    if args.format and f".{args.format}" != suffix:
        raise InputError(f"--format {args.format} does not match the suffix of {args.out}", field="format")
    return suffix


def emit_table(args: argparse.Namespace, frame) -> str:
    """Write the event table to OUT (atomically) or standard output; the summary's words for it."""
    from geo_idlib.io import size_text, write_all
    from geo_idlib.tables import table_bytes

    data = table_bytes(frame, output_format(args))
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return "standard output"
    write_all({args.out: data})
    return f"{args.out} ({size_text(len(data))})"


#: Formats written batch by batch as the reports go through (the others wait for every event).
STREAMED_FORMATS = (".csv", ".jsonl")


def add_dask_options(p: argparse.ArgumentParser) -> None:
    """``--workers N`` (a local Dask cluster) and ``--scheduler ADDRESS`` (a running one)."""
    p.add_argument("--workers", type=int, metavar="N",
                   help="read and extract on a local Dask cluster of N processes (pip install 'geo_idlib[dask]')")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="read and extract on a running Dask cluster (its workers see the same files at the "
                        "same paths; see the README)")


@contextmanager
def dask_session(args: argparse.Namespace):
    """The Dask client ``--workers``/``--scheduler`` ask for (``None``: this process), closed after."""
    from geo_idlib.batches import dask_client

    workers, scheduler = getattr(args, "workers", None), getattr(args, "scheduler", None)
    if workers is not None and workers < 1:
        raise InputError("--workers must be 1 or more", field="workers")
    if workers and scheduler:
        raise InputError("give --workers (a local cluster) or --scheduler (a running one), not both", field="workers")
    client = dask_client(workers, scheduler)
    try:
        yield client
    finally:
        if client is not None:
            client.close()


def extract_batches(args: argparse.Namespace, paths: list[Path], gazetteer, client, *, count: int,
                    review: bool = False):
    """The :class:`~geo_idlib.batches.Batch` es of the report files ``paths`` in order, in this
    process or on the Dask ``client`` (a progress bar over ``count`` reports when there are many)."""
    from geo_idlib.batches import batches

    published = parse_published(getattr(args, "published", None))
    places = str(args.places.resolve()) if getattr(args, "places", None) else None
    stream = batches(paths, published=published, gazetteer=gazetteer if client is None else None, places=places,
                     review=review, client=client)

    def ticks():  # one tick per report: the batch, then a tick for each of its other reports
        for batch in stream:
            yield batch
            yield from [None] * (len(batch.reports) - 1)

    for batch in progress(ticks(), total=count, unit="reports", quiet=getattr(args, "quiet", False)):
        if batch is not None:
            yield batch


def report_files(paths: list[Path]) -> list[Path]:
    """The report files of ``paths`` (folders expanded)."""
    from geo_idlib.io import expand_paths
    from geo_idlib.reports.reading import REPORT_SUFFIXES

    return expand_paths(paths, REPORT_SUFFIXES)


class StreamedTable:
    """An event table written batch by batch: to standard output, or to a temporary file beside
    OUT that takes its place when the run ends well (and is removed when it does not)."""

    def __init__(self, args: argparse.Namespace, suffix: str) -> None:
        import tempfile

        self.out, self.suffix, self.size, self.started = args.out, suffix, 0, False
        self.file, self.tmp = sys.stdout, None
        if self.out is not None:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.out.name}.", suffix=".tmp", dir=self.out.parent)
            self.file = open(fd, "w", encoding="utf-8", newline="")

    def write(self, frame) -> None:
        from geo_idlib.tables import table_bytes

        text = table_bytes(frame, self.suffix).decode("utf-8")
        if self.suffix == ".csv" and self.started:
            text = text.split("\n", 1)[1]  # the header once
        self.started = True
        self.size += len(text.encode("utf-8"))
        self.file.write(text)

    def close(self, ok: bool) -> str:
        """Put the table in place (``ok``) or drop it; the summary's words for it."""
        import os

        if self.tmp is None:
            self.file.flush()
            return "standard output"
        self.file.close()
        if not ok:
            Path(self.tmp).unlink(missing_ok=True)
            return ""
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.out)
        from geo_idlib.io import size_text

        return f"{self.out} ({size_text(self.size)})"


def check_report_files(args: argparse.Namespace, paths: list[Path]) -> int:
    """Read and check every report file before any work (the first problem stops the run with
    nothing written), keeping none of them; name the undated ones in a warning; how many
    reports there are."""
    from geo_idlib.batches import scan_reports

    count, undated = scan_reports(paths)
    undated_warning(undated, parse_published(getattr(args, "published", None)))
    return count


def cmd_extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from geo_idlib.tables import events_frame

    parse_published(args.published)
    suffix = output_format(args)
    paths = report_files(args.reports)
    count = check_report_files(args, paths)
    gazetteer = load_gazetteer(args)
    n, frames = 0, []
    out = StreamedTable(args, suffix) if not args.merge and suffix in STREAMED_FORMATS else None
    ok = False
    try:
        with dask_session(args) as client:
            for batch in extract_batches(args, paths, gazetteer, client, count=count):
                n += len(batch.events)
                if out is not None:
                    out.write(batch.events)
                else:
                    frames.append(batch.events)
        if out is not None and not out.started:
            out.write(events_frame([]))
        ok = True
    finally:
        where = out.close(ok) if out is not None else ""
    rows = n
    if out is None:
        events = pd.concat(frames, ignore_index=True) if frames else events_frame([])
        if args.merge:
            from geo_idlib.sources import merge_sources

            events = merge_sources([events], ["reports"])
        where, rows = emit_table(args, events), len(events)
    merged = f", {n - rows} merged" if args.merge else ""
    note(args, f"{count} reports read, {n} events{merged}; {rows} rows -> {where}")
    return 0


def cmd_geoparse(args: argparse.Namespace) -> int:
    from geo_idlib.io import check_outputs, write_all
    from geo_idlib.reports.mentions import find_mentions, matcher_for
    from geo_idlib.reports.reading import read_reports

    if args.out is not None:
        check_outputs([args.out])
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
    if args.out is None:
        sys.stdout.write(text)
    else:
        write_all({args.out: text})
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from geo_idlib.io import expand_paths
    from geo_idlib.sources import merge_sources
    from geo_idlib.tables import TABLE_SUFFIXES, read_table

    if not 0 <= args.max_km < float("inf"):
        raise InputError(f"--max-km must be a distance of 0 km or more, got {args.max_km:g}", field="max-km")
    output_format(args)
    paths = expand_paths(args.events, TABLE_SUFFIXES)
    tables = [read_table(p) for p in paths]
    merged = merge_sources(tables, [str(p) for p in paths], max_km=args.max_km)
    where = emit_table(args, merged)
    note(args, f"{sum(len(t) for t in tables)} events merged into {len(merged)} -> {where}")
    return 0
