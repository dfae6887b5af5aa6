"""Commands over reports: ``extract`` (events), ``geoparse`` (place mentions) and ``merge``."""
from __future__ import annotations

import argparse
import json
import sys
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
                          "geo-idlib extract a.txt b.txt --merge -o events.gpkg"])
    p.add_argument("reports", nargs="+", metavar="REPORT", type=Path, help="report files or folders")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the reports that carry none (front matter, URL or dated header)")
    p.add_argument("--merge", action="store_true", help="also merge events told by several reports")
    add_out_option(p, TABLE_FORMATS)
    _add_format_option(p)
    add_places_option(p)
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


def extract_events(args: argparse.Namespace, reports: list, gazetteer, *, mentions: dict | None = None):
    """The events of ``reports`` with stable ids (a progress bar over many reports); the place
    mentions of each report go to ``mentions`` when a dict is given."""
    from geo_idlib.reports.events import extract_reports
    from geo_idlib.reports.mentions import find_mentions, matcher_for
    from geo_idlib.review import stable_ids

    published = parse_published(getattr(args, "published", None))
    matcher = matcher_for(gazetteer) if mentions is not None else None

    def read(items):
        for r in progress(items, total=len(reports), unit="reports", quiet=getattr(args, "quiet", False)):
            if mentions is not None:
                mentions[r.report_id] = find_mentions(r.text, gazetteer, matcher=matcher)
            yield r

    events = extract_reports(read(reports), published=published, gazetteer=gazetteer)
    return stable_ids(events) if len(events) else events


def read_report_files(args: argparse.Namespace, paths: list[Path]) -> list:
    """The reports in ``paths``, the undated ones named in a warning."""
    from geo_idlib.reports.reading import read_reports

    published = parse_published(getattr(args, "published", None))
    reports = read_reports(paths)
    undated_warning(reports, published)
    return reports


def cmd_extract(args: argparse.Namespace) -> int:
    parse_published(args.published)
    output_format(args)
    reports = read_report_files(args, args.reports)
    events = extract_events(args, reports, load_gazetteer(args))
    n = len(events)
    if args.merge:
        from geo_idlib.sources import merge_sources

        events = merge_sources([events], ["reports"])
    where = emit_table(args, events)
    merged = f", {n - len(events)} merged" if args.merge else ""
    note(args, f"{len(reports)} reports read, {n} events{merged}; {len(events)} rows -> {where}")
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
