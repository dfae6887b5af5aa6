"""``geo-idlib map``: reports and event tables in, one reviewed, self-contained HTML map out.

The whole chain in one command: read -> geoparse -> events -> merge -> corrections -> layers ->
HTML (+ PNG, iframe snippet), with ``NAME.review.csv`` beside the map listing what a person
should check (see :mod:`geo_idlib.review`). Every output is written at the end, together.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from pathlib import Path

from geo_idlib.cli.common import (add_places_option, add_quiet_option, command, load_gazetteer, note, warn)
from geo_idlib.cli.reports_cmds import add_dask_options
from geo_idlib.errors import InputError

#: Report documents; ``.csv``/``.jsonl`` files are reports when they have a ``text`` column
#: and no coordinates, event tables otherwise.
DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Short names ``--types`` accepts, besides the event and sub-event types themselves.
TYPE_ALIASES = {
    "air": ("Air/drone strike",), "strike": ("Air/drone strike",),
    "shelling": ("Shelling/artillery/missile attack",), "clash": ("Armed clash",),
    "capture": ("Government regains territory", "Non-state actor overtakes territory"),
    "displacement": ("Displacement",),
}


def _iso_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _iso_dates(text: str) -> list[str]:
    return [_iso_date(part.strip()) for part in text.split(",") if part.strip()]


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size WIDTHxHEIGHT in pixels: {text!r}") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"the PNG size must be from 200x200 to 8000x8000, got {text!r}")
    return width, height


def _listed(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``map`` command."""
    p = command(
        subparsers, "map", help="reports or event tables -> a reviewed, offline HTML map",
        description="Draw reports (.txt/.md/.html, .csv/.jsonl of reports), event tables (.csv, .json, "
                    ".jsonl, .geojson, .gpkg, .parquet, ACLED's export) or folders of them as one HTML file "
                    "that works offline. Reports are read, geoparsed and turned into events; all events are "
                    "merged; NAME.review.csv beside the map lists what to check, and --places/--overrides "
                    "correct it on the next run.",
        examples=["geo-idlib map examples/reports/ -o maps/idlib.html --events-out maps/idlib_events.csv",
                  "geo-idlib map reports/ acled.csv -o maps/feb.html --from 2018-02-01 --to 2018-02-28 "
                  "--types air,shelling --min-confidence 0.6",
                  "geo-idlib map reports/ -o maps/idlib.html --places fixes.csv --overrides overrides.csv "
                  "--drop SYR-wire-1a2b3c --png maps/idlib.png"])
    p.add_argument("inputs", nargs="*", metavar="REPORTS_OR_TABLES",
                   help="report files, event tables, or folders of them (optional with --control/--flows)")
    p.add_argument("-o", "--out", "--output", dest="out", required=True, metavar="NAME.html",
                   help="the map to write (NAME.review.csv is written beside it)")
    p.add_argument("--events-out", metavar="FILE", type=Path,
                   help="also keep the merged, corrected event table (.csv, .json, .jsonl, .geojson, .gpkg, .parquet)")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date of the reports that carry none (front matter, URL or dated header)")
    p.add_argument("--overrides", metavar="CSV", type=Path,
                   help="corrections by id: id,action(drop|ok),event_date,fatalities,place[,note]")
    p.add_argument("--drop", action="append", default=[], metavar="EVENT_ID", help="leave this event out")
    p.add_argument("--control", action="append", default=[], metavar="STATUS.csv|DRAWN.geojson",
                   help="(repeatable; a folder of them too) control table (date,place,controller[,source]) "
                        "to derive zones and frontlines per date from (tables are read as one, later on top of "
                        "earlier: e.g. gazetteer/control_2017.csv, then changes; every place keeps its last "
                        "known status, and captures the reports tell of move it on their dates), or "
                        "zones/frontlines drawn by a source (GeoJSON with date, controller or side_a/side_b, source)")
    p.add_argument("--flows", action="append", default=[], metavar="FLOWS.csv",
                   help="displacement flows (origin,destination,people,date[,source]; repeatable; a folder "
                        "of them too)")
    p.add_argument("--min-people", type=int, default=0, metavar="N",
                   help="hide flows of fewer than N people (the legend says how many are hidden)")
    p.add_argument("--roads", action="store_true", help="show the schematic M5/M4 highways")
    p.add_argument("--title", default="Air strikes in north-west Syria", help="map title")
    p.add_argument("--subtitle", help="subtitle (default: the date range and event count)")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                   help="only events, control dates and flows on or after DATE (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                   help="only events, control dates and flows on or before DATE (YYYY-MM-DD)")
    p.add_argument("--types", type=_listed, action="extend", default=[], metavar="TYPE[,TYPE]",
                   help="only these event or sub-event types (or air, shelling, clash, capture, displacement)")
    p.add_argument("--actors", type=_listed, action="extend", default=[], metavar="WORDS[,WORDS]",
                   help="only events whose actor1 or actor2 contains one of these words (e.g. Russia)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="leave events below this confidence (0-1) off the map and list them for review")
    p.add_argument("--offline", action="store_true",
                   help="leave out the optional online tile layers entirely")
    p.add_argument("--basemap", metavar="NAME",
                   help="an online basemap shown under the map (any xyzservices name, e.g. OpenStreetMap.HOT)")
    p.add_argument("--density", action="store_true",
                   help="add the density shading even to small maps (large maps always have it)")
    p.add_argument("--png", metavar="PNG", type=Path,
                   help="also write the print rendering to this PNG (headless chromium): no controls, the whole "
                        "key, a credits line; one panel per date of the zones of control (small multiples)")
    p.add_argument("--size", type=_size, default=(1400, 900), metavar="WxH",
                   help="the PNG's size in CSS pixels (default 1400x900)")
    p.add_argument("--scale", type=float, default=1.0, metavar="X",
                   help="pixels per CSS pixel in the PNG (2 for print; default 1)")
    p.add_argument("--at", type=_iso_dates, metavar="DATE[,DATE]",
                   help="the PNG shows the map as of DATE (events up to it, the zones of control in force), one "
                        "panel; several dates: one panel as of each (e.g. before and after)")
    p.add_argument("--embed", action="store_true",
                   help="also write two iframe snippets beside the map: NAME.embed.html (the map hosted at "
                        "--embed-src) and NAME.embed-standalone.html (the whole map inside, no hosting)")
    p.add_argument("--embed-src", metavar="URL",
                   help="where the map will be hosted, for NAME.embed.html (default: NAME.html beside the article)")
    add_places_option(p)
    add_dask_options(p)
    add_quiet_option(p)
    p.set_defaults(func=run)


# ------------------------------------------------------------------------------------ inputs

def _header_fields(path: Path) -> set[str]:
    """The column names of a .csv file's header, or the keys of a .jsonl file's first record."""
    try:
        first = path.read_bytes().decode("utf-8-sig", errors="replace").lstrip().split("\n", 1)[0]
    except OSError:
        return set()
    if path.suffix.lower() == ".csv":
        import csv

        try:
            return {f.strip().lower() for f in next(csv.reader([first]), [])}
        except csv.Error:  # a header the table reader will name the problem of
            return set()
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return set()
    return set(record) if isinstance(record, dict) else set()


def split_inputs(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """``(reports, tables)``: the files of ``paths`` by what they hold. A .csv/.jsonl file holds
    reports when it has a ``text`` column and no coordinates, events otherwise; one found in a
    folder that has neither (a places or overrides CSV kept beside the reports) is skipped with
    a warning."""
    from geo_idlib.io import expand_paths
    from geo_idlib.reports.reading import REPORT_SUFFIXES
    from geo_idlib.tables import TABLE_SUFFIXES

    reports, tables = [], []
    for given in map(Path, paths):
        for path in expand_paths([given], (*REPORT_SUFFIXES, *TABLE_SUFFIXES)):
            suffix = path.suffix.lower()
            fields = _header_fields(path) if suffix in (".csv", ".jsonl") else set()
            if suffix in DOCUMENT_SUFFIXES or ("text" in fields and "latitude" not in fields):
                reports.append(path)
            elif given.is_dir() and fields and not fields & {"text", "latitude", "longitude"}:
                warn(f"{path}: neither reports (no 'text' column) nor events (no 'latitude'): skipped")
            elif suffix in TABLE_SUFFIXES:
                tables.append(path)
            else:
                raise InputError(f"neither a report nor an event table: unknown suffix {suffix or '(none)'!r}",
                                 path=path)
    return reports, tables


def _check_args(args: argparse.Namespace) -> Path:
    """Every option checked before any work; the map's path."""
    from geo_idlib.io import check_outputs
    from geo_idlib.tables import check_out_suffix

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise InputError(f"--from {args.date_from} is after --to {args.date_to}")
    output = Path(args.out)
    if output.suffix.lower() not in (".html", ".htm"):
        raise InputError("the map must be an .html file", path=output)
    if not (args.inputs or args.control or args.flows):
        raise InputError("nothing to draw: give REPORTS_OR_TABLES, --control or --flows")
    if args.min_people < 0:
        raise InputError("--min-people must be 0 or more", field="min-people")
    if not 0 <= args.min_confidence <= 1:
        raise InputError(f"--min-confidence must be from 0 to 1, got {args.min_confidence:g}", field="min-confidence")
    if args.events_out:
        check_out_suffix(args.events_out)
    if args.png and args.png.suffix.lower() != ".png":
        raise InputError("the picture must be a .png file", path=args.png)
    if args.png:
        from geo_idlib.render.png import CHROMIUM

        if not Path(CHROMIUM).exists():  # said before the work, not after it
            raise InputError(f"no chromium at {CHROMIUM}: install it (make browser) or set GEO_IDLIB_CHROMIUM",
                             field="png")
    if not 0.5 <= args.scale <= 4:
        raise InputError(f"--scale must be from 0.5 to 4, got {args.scale:g}", field="scale")
    if args.basemap:
        if args.offline:
            raise InputError("--basemap is an online map: leave out --offline", field="basemap")
        from geo_idlib.layers.context import basemap_provider

        basemap_provider(args.basemap)
    _types(args.types)
    if args.embed and args.embed_src:
        from geo_idlib.render.embed import embed_snippet

        embed_snippet(args.embed_src, args.title)  # an address it refuses is said before the work
    check_outputs(_outputs(args, output))
    return output


def _outputs(args: argparse.Namespace, output: Path) -> list[Path]:
    """Every file the run writes: the map, its review file, then those asked for."""
    review_path = output.with_name(output.name.rsplit(".", 1)[0] + ".review.csv")
    embeds = [output.with_suffix(".embed.html"), output.with_suffix(".embed-standalone.html")] if args.embed else []
    return [output, review_path, *embeds, *([args.events_out] if args.events_out else []),
            *([args.png] if args.png else [])]


def _types(names: list[str]) -> set[str]:
    from geo_idlib.schema import SUB_EVENT_TYPES

    known = {t.lower(): (t,) for t in SUB_EVENT_TYPES}
    for sub, kind in SUB_EVENT_TYPES.items():
        known.setdefault(kind.lower(), ())
        known[kind.lower()] += (sub,) if sub not in known[kind.lower()] else ()
    known.update(TYPE_ALIASES)
    out: set[str] = set()
    for name in names:
        if name.lower() not in known:
            raise InputError(f"unknown type {name!r} (use {', '.join(TYPE_ALIASES)} or an ACLED type such as "
                             f"'Air/drone strike')", field="types")
        out.update(known[name.lower()])
    return out


# ------------------------------------------------------------------------------------ the run

def _filtered(events, args: argparse.Namespace, checked: set[str]):
    """The events that pass the map-time filters (those below --min-confidence only when a
    person checked them); dates are the map builder's to filter, in every theme."""
    if args.types:
        events = events[events["sub_event_type"].isin(_types(args.types))]
    if args.actors:
        actors = (events["actor1"].fillna("") + " | " + events["actor2"].fillna("")).str.lower()
        keep = actors.map(lambda a: any(word.lower() in a for word in args.actors))
        events = events[keep]
    low = (events["confidence"] < args.min_confidence) & ~events["event_id_cnty"].isin(checked)
    return events[~low].reset_index(drop=True)


def _confident(events, args: argparse.Namespace, checked: set[str]):
    """The events whose captures move the front: all but those below --min-confidence that nobody
    checked (the type and actor filters choose what is drawn, not what happened)."""
    low = (events["confidence"] < args.min_confidence) & ~events["event_id_cnty"].isin(checked)
    return events[~low]


def _add_control_and_flows(builder, args: argparse.Namespace, gazetteer, events) -> tuple[list, list[dict]]:
    """Read and check ``--control`` and ``--flows`` tables (errors name file, line and field); the
    control tables are one table (later files on top of earlier ones) moved by the captures of
    ``events``. Returns the flows rows left off (unknown places) as review pairs, and the moves
    of the front the captures made."""
    from geo_idlib.cli.control_cmds import read_csv_table
    from geo_idlib.io import expand_paths
    from geo_idlib.layers.control import apply_captures, combine_status, control_captures, control_status
    from geo_idlib.layers.control_map import drawn_control
    from geo_idlib.layers.flows import flows_from_table

    tables = []
    for path in expand_paths(args.control, (".csv", ".geojson", ".json")):
        if Path(path).suffix.lower() in (".geojson", ".json"):
            data, starts = read_geojson(Path(path))
            builder.add_drawn_control(*drawn_control(data, path=path, starts=starts))
            continue
        tables.append(control_status(read_csv_table(Path(path)), gazetteer, path=path))
    moves: list[dict] = []
    if tables:
        status, moves = apply_captures(combine_status(tables), control_captures(events))
        builder.add_control(status)
    skipped: list[InputError] = []
    for path in expand_paths(args.flows, (".csv",)):
        builder.add_flows(flows_from_table(read_csv_table(Path(path)), gazetteer, path=path, skipped=skipped))
    return [(None, problem) for problem in skipped], moves


def run(args: argparse.Namespace) -> int:
    """Read, extract, merge, correct, review, draw; write every output at the end."""
    import pandas as pd

    from geo_idlib import review
    from geo_idlib.cli.reports_cmds import check_report_files, dask_session, extract_batches
    from geo_idlib.io import size_text, write_all
    from geo_idlib.render.builder import MapBuilder
    from geo_idlib.sources import merge_sources
    from geo_idlib.tables import events_frame, read_table, table_bytes

    output = _check_args(args)
    gazetteer = load_gazetteer(args)
    overrides = review.read_overrides(args.overrides, gazetteer) if args.overrides else {}
    for eid in args.drop:
        overrides.setdefault(eid, review.Override(eid, "drop", path="--drop"))
    report_paths, table_paths = split_inputs(args.inputs)
    count = check_report_files(args, report_paths) if report_paths else 0
    tables = [read_table(p) for p in table_paths]

    frames, items, undated = [], [], 0
    if report_paths:
        with dask_session(args) as client:
            for batch in extract_batches(args, report_paths, gazetteer, client, count=count, review=True):
                frames.append(batch.events)
                items += batch.items
                undated += sum(r.published is None for r in batch.reports)
    extracted = pd.concat(frames, ignore_index=True) if frames else events_frame([])
    gathered = pd.concat([extracted, *tables], ignore_index=True) if tables else extracted
    merged = merge_sources([extracted, *tables], ["reports", *map(str, table_paths)])
    events, used = review.apply_overrides(merged, overrides)

    used |= {i.id for i in items} & set(overrides)
    items += review.event_items(events, min_confidence=args.min_confidence, gazetteer=gazetteer)
    shown = _filtered(events, args, checked=set(overrides))

    builder = MapBuilder(args.title, args.subtitle, offline=args.offline, gazetteer=gazetteer,
                         density=args.density or None, roads=args.roads, min_people=args.min_people,
                         basemap=args.basemap, start=args.date_from, end=args.date_to)
    builder.add_events(shown, checked=True)
    left_off, moves = _add_control_and_flows(builder, args, gazetteer, _confident(events, args, set(overrides)))
    html = builder.render()
    left_off += builder.left_off
    items += review.left_off_items(left_off)
    items = review.front_items(items, moves, events)
    used |= {i.id for i in items} & set(overrides)
    items = review.reviewed(items, overrides)

    for o in overrides.values():
        if o.id not in used:
            where = f"{o.path}:{o.line}: " if o.line else f"{o.path}: "
            warn(f"{where}no event or review item {o.id!r} in this run (correction left unused)")

    review_path = _outputs(args, output)[1]
    outputs: dict[Path, str | bytes] = {output: html, review_path: review.review_csv(items)}
    if args.embed:
        from urllib.parse import quote

        from geo_idlib.render.embed import embed_snippet, standalone_snippet

        src = args.embed_src or quote(os.fsencode(output.name))  # "a:b.html": no scheme; any byte escaped
        outputs[output.with_suffix(".embed.html")] = embed_snippet(src, args.title)
        outputs[output.with_suffix(".embed-standalone.html")] = standalone_snippet(html, args.title)
    if args.events_out:
        outputs[args.events_out] = table_bytes(events, args.events_out.suffix)
    if args.png:
        outputs[args.png] = builder.to_png(size=args.size, scale=args.scale, at=args.at)
    write_all(outputs)

    on_map = len(shown) - sum(1 for row, problem in builder.left_off if problem.field == "latitude")
    n_reports = f"{count} reports read ({undated} undated), " if count else ""
    from_tables = f"{len(gathered) - len(extracted)} from tables, " if tables else ""
    note(args, f"{n_reports}{len(extracted)} events from reports, {from_tables}{len(gathered) - len(merged)} merged, "
               f"{len(merged) - len(events)} dropped; {on_map} events on the map; {len(items)} left for review")
    note(args, "wrote " + ", ".join(f"{path} ({size_text(len(data.encode('utf-8') if isinstance(data, str) else data))})"
                                    for path, data in outputs.items()))
    return 0


def read_geojson(path: Path) -> tuple[dict, list[int]]:
    """A GeoJSON file's object and the line each of its features starts on, or an InputError
    naming the file (and line of a syntax error)."""
    from geo_idlib.tables import feature_lines, load_json, read_text

    text = read_text(path)
    try:
        return load_json(text), feature_lines(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg})", path=path, line=exc.lineno) from None
    except RecursionError:
        raise InputError("not JSON (nested too deeply)", path=path, line=1) from None
