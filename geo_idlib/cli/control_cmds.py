"""``geo-idlib frontline`` and ``geo-idlib flows``: the front and displacement layers as GIS files."""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from geo_idlib.cli.common import add_places_option, add_quiet_option, command, load_gazetteer, note, warn
from geo_idlib.errors import InputError
from geo_idlib.io import check_outputs, write_atomic

FORMATS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "frontline", help="derive zones of control and frontlines from control tables",
                description="STATUS.csv has date,place,controller[,source]: one row per place and date. Several "
                            "tables are read as one, later on top of earlier (a snapshot, then changes); every "
                            "place keeps its last known status until a later row, or a capture in --events, "
                            "changes it.",
                examples=["geo-idlib frontline gazetteer/control_2017.csv examples/control/ -o maps/fronts.gpkg",
                          "geo-idlib frontline status.csv --date 2019-05-01 -o front.geojson",
                          "geo-idlib frontline gazetteer/control_2017.csv --events maps/idlib_events.csv "
                          "--table-out maps/control_used.csv -o maps/fronts.gpkg"])
    p.add_argument("status", type=Path, nargs="+", metavar="STATUS.csv", help="control tables (or folders of them)")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.gpkg|OUT.geojson")
    p.add_argument("--date", action="append", dest="dates", metavar="YYYY-MM-DD",
                   help="only these dates (each place's last known status on the day)")
    p.add_argument("--events", type=Path, action="append", default=[], metavar="EVENTS",
                   help="event tables (any format geo-idlib reads; repeatable) whose captures move the front on "
                        "their dates")
    p.add_argument("--table-out", type=Path, metavar="CONTROL.csv",
                   help="also write the control table used (the tables and the captures applied)")
    add_places_option(p)
    add_quiet_option(p)
    p.set_defaults(func=cmd_frontline)

    f = command(sub, "flows", help="displacement flows as GIS lines (summed per route)",
                description="FLOWS.csv has origin,destination,people,date[,source]. A row whose origin or "
                            "destination the gazetteer does not know is left out, with a warning.",
                examples=["geo-idlib flows examples/flows_demo.csv -o maps/flows.gpkg",
                          "geo-idlib flows flows.csv --min-people 5000 --places my_places.csv -o flows.geojson"])
    f.add_argument("flows", type=Path, metavar="FLOWS.csv")
    f.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.gpkg|OUT.geojson")
    f.add_argument("--min-people", type=int, default=0, metavar="N", help="leave out flows of fewer people")
    add_places_option(f)
    add_quiet_option(f)
    f.set_defaults(func=cmd_flows)


def read_csv_table(path: Path):
    """A CSV table (control, flows) as strings, read and checked by the one CSV reader
    (:func:`geo_idlib.tables.read_csv`); its index is the CSV line of each row less 2, as the
    layers count lines (row index + 2)."""
    import pandas as pd

    from geo_idlib.tables import read_csv

    header, records = read_csv(path)
    return pd.DataFrame([row for _, row in records], columns=[h for h in header if h],
                        index=[line - 2 for line, _ in records], dtype=object)


def _driver(out: Path) -> str:
    driver = FORMATS.get(out.suffix.lower())
    if driver is None:
        raise InputError(f"unknown output format {out.suffix or '(no suffix)'!r} (use .gpkg or .geojson)", path=out,
                         field="out")
    check_outputs([out])
    return driver


def _write(layers: dict, out: Path, driver: str) -> None:
    write_atomic(out, _layers_data(layers, driver))


def _layers_data(layers: dict, driver: str) -> str | bytes:
    return _geojson(layers) if driver == "GeoJSON" else _gpkg(layers)


def cmd_flows(args: argparse.Namespace) -> int:
    from geo_idlib.layers.flows import flows_from_table

    driver = _driver(args.out)
    skipped: list[InputError] = []
    flows = flows_from_table(read_csv_table(args.flows), load_gazetteer(args), path=str(args.flows),
                             skipped=skipped)
    flows = flows[flows["people"] >= args.min_people]
    _write({"flows": flows}, args.out, driver)
    for problem in skipped:
        warn(f"{problem} (left out)")
    note(args, f"{args.out}: {len(flows)} flows, {int(flows['people'].sum()):,} people"
               + (f"; {len(skipped)} rows left out" if skipped else ""))
    return 0


def cmd_frontline(args: argparse.Namespace) -> int:
    from geo_idlib.io import expand_paths, write_all
    from geo_idlib.layers.control import (apply_captures, combine_status, control_captures, control_layers,
                                          control_status, focus_area)
    from geo_idlib.tables import read_tables

    driver = _driver(args.out)
    if args.table_out:
        if args.table_out.suffix.lower() != ".csv":
            raise InputError("the control table must be a .csv file", path=args.table_out, field="table-out")
        check_outputs([args.table_out])
    gz = load_gazetteer(args)
    paths = expand_paths([str(p) for p in args.status], (".csv",))
    tables = [control_status(read_csv_table(path), gz, path=str(path)) for path in paths]
    status, moves = apply_captures(combine_status(tables), control_captures(read_tables(args.events))
                                   if args.events else combine_status([]))
    if status.empty:
        raise InputError("no rows: nothing to derive zones from", path=paths[0] if paths else args.status[0], line=2)
    dates = sorted(set(status["date"]))
    if args.dates:
        early = sorted(d for d in args.dates if d < dates[0])
        if early:
            raise InputError(f"no status known on {', '.join(early)} (the first row is dated {dates[0]})",
                             path=args.status[0], field="date")
        dates = sorted(set(args.dates))
    layers = control_layers(status, area=focus_area(gz), dates=dates)
    outputs: dict[Path, str | bytes] = {args.out: _layers_data(layers, driver)}
    if args.table_out:
        table = status[["date", "place_id", "place", "controller", "source"]].rename(
            columns={"place_id": "place", "place": "name"})
        outputs[args.table_out] = table.to_csv(index=False, lineterminator="\n")
    write_all(outputs)
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in layers.items())
    captured = f"; {len(moves)} captures from events applied" if args.events else ""
    note(args, f"{args.out}: {counts} ({len(dates)} dates){captured}")
    return 0


def _geojson(layers: dict) -> str:
    """One FeatureCollection; each feature says its ``layer``."""
    features = []
    for name, frame in layers.items():
        for feature in json.loads(frame.to_json(drop_id=True, sort_keys=True))["features"]:
            feature["properties"] = {"layer": name, **feature["properties"]}
            features.append(feature)
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, sort_keys=True) + "\n"


def _gpkg(layers: dict) -> bytes:
    """A GeoPackage with one table per layer; the timestamps GDAL records are fixed so the same
    input gives the same file."""
    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    with tempfile.TemporaryDirectory(prefix="geo_idlib_gpkg_") as tmp:
        out = Path(tmp) / "layers.gpkg"
        for name, frame in layers.items():
            frame.to_file(out, layer=name, driver="GPKG", engine="pyogrio")
        return out.read_bytes()
