"""``geo-idlib map``: events (CSV/GeoJSON), control tables and displacement flows -> one
self-contained HTML map, optionally a PNG and an iframe snippet."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from geo_idlib.errors import InputError
from geo_idlib.io import write_atomic


def _iso_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``map`` command."""
    p = subparsers.add_parser(
        "map", help="draw events as an offline, self-contained HTML map",
        description="Draw events (ACLED-style CSV or GeoJSON), zones of control and displacement "
                    "flows as one HTML file that works offline.")
    p.add_argument("events", nargs="*", metavar="EVENTS", help="CSV or GeoJSON event files (optional)")
    p.add_argument("--control", action="append", default=[], metavar="STATUS.csv|DRAWN.geojson",
                   help="control table (date,place,controller[,source]) to derive zones and frontlines "
                        "per date from, or zones/frontlines drawn by a source (GeoJSON with date, "
                        "controller or side_a/side_b, source)")
    p.add_argument("--flows", action="append", default=[], metavar="FLOWS.csv",
                   help="displacement flows (origin,destination,people,date[,source])")
    p.add_argument("--min-people", type=int, default=0, metavar="N",
                   help="hide flows of fewer than N people (the legend says how many are hidden)")
    p.add_argument("--roads", action="store_true", help="show the schematic M5/M4 highways")
    p.add_argument("-o", "--output", required=True, metavar="HTML", help="the map to write")
    p.add_argument("--title", default="Air strikes in north-west Syria", help="map title")
    p.add_argument("--subtitle", help="subtitle (default: the date range and event count)")
    p.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE",
                   help="only events, control dates and flows on or after DATE (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE",
                   help="only events, control dates and flows on or before DATE (YYYY-MM-DD)")
    p.add_argument("--offline", action="store_true",
                   help="leave out the optional online tile layers entirely")
    p.add_argument("--density", action="store_true",
                   help="add the density shading even to small maps (large maps always have it)")
    p.add_argument("--png", metavar="PNG", help="also render the map to this PNG (headless chromium)")
    p.add_argument("--embed", action="store_true",
                   help="also write an iframe snippet beside the map (NAME.embed.html)")
    p.add_argument("--places", metavar="CSV",
                   help="extra places (a user places CSV) for the town labels and extents")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read, filter, build and write; nothing is written when the input is bad."""
    from geo_idlib.layers.events import filter_dates, read_events
    from geo_idlib.render.builder import MapBuilder

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise InputError(f"--from {args.date_from} is after --to {args.date_to}")
    output = Path(args.output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise InputError("the map must be an .html file", path=output)
    if not (args.events or args.control or args.flows):
        raise InputError("nothing to draw: give EVENTS, --control or --flows")
    if args.min_people < 0:
        raise InputError("--min-people must be 0 or more", field="min-people")
    events = filter_dates(read_events(args.events), args.date_from, args.date_to)
    from geo_idlib.gazetteer import Gazetteer
    gazetteer = Gazetteer.default().with_places(args.places) if args.places else Gazetteer.default()
    builder = MapBuilder(args.title, args.subtitle, offline=args.offline, gazetteer=gazetteer,
                         density=args.density or None, roads=args.roads, min_people=args.min_people)
    builder.add_events(events)
    _add_control_and_flows(builder, args, gazetteer)
    html = builder.render()
    write_atomic(output, html)
    print(f"{output}: {len(events)} events, {len(html.encode('utf-8')) / 1e6:.2f} MB",
          file=sys.stderr)
    if args.embed:
        from geo_idlib.render.embed import embed_snippet
        snippet = write_atomic(output.with_suffix(".embed.html"),
                               embed_snippet(output.name, args.title))
        print(f"{snippet}: iframe snippet", file=sys.stderr)
    if args.png:
        from geo_idlib.render.png import render_png
        print(f"{render_png(output, args.png)}: PNG", file=sys.stderr)
    return 0


def _add_control_and_flows(builder, args: argparse.Namespace, gazetteer) -> None:
    """Read and check ``--control`` and ``--flows`` tables (errors name file, line and field)."""
    from geo_idlib.cli.control_cmds import read_csv_table
    from geo_idlib.layers.control import control_status, drawn_control
    from geo_idlib.layers.flows import flows_from_table

    for path in args.control:
        if Path(path).suffix.lower() in (".geojson", ".json"):
            zones, lines = drawn_control(read_geojson(Path(path)), path=path)
            zones, lines = (f[((f["date"] >= (args.date_from or "")) & (f["date"] <= (args.date_to or "9999")))]
                            for f in (zones, lines))
            builder.add_drawn_control(zones, lines)
            continue
        status = control_status(read_csv_table(Path(path)), gazetteer, path=path)
        if args.date_from:
            status = status[status["date"] >= args.date_from]
        if args.date_to:
            status = status[status["date"] <= args.date_to]
        if len(status):
            builder.add_control(status)
    for path in args.flows:
        flows = flows_from_table(read_csv_table(Path(path)), gazetteer, path=path)
        if args.date_from:  # a flow whose dates overlap the range stays
            flows = flows[flows["date_end"] >= args.date_from]
        if args.date_to:
            flows = flows[flows["date_start"] <= args.date_to]
        builder.add_flows(flows)


def read_geojson(path: Path) -> dict:
    """A GeoJSON file's object, or an InputError naming the file (and line of a syntax error)."""
    import json

    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc.msg})", path=path, line=exc.lineno) from None
