"""``geo-idlib frontline`` and ``geo-idlib flows``: the front and displacement layers as GIS files."""
from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from geo_idlib.cli.gazetteer_cmds import add_places_option, load_gazetteer
from geo_idlib.errors import InputError
from geo_idlib.io import write_atomic
from geo_idlib.layers.control import control_layers, control_status, focus_area

FORMATS = {".gpkg": "GPKG", ".geojson": "GeoJSON", ".json": "GeoJSON"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("frontline", help="derive zones of control and frontlines from a control table",
                       description="STATUS.csv has date,place,controller[,source]: one row per place and date.")
    p.add_argument("status", type=Path, metavar="STATUS.csv")
    p.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.gpkg|OUT.geojson")
    p.add_argument("--date", action="append", dest="dates", metavar="YYYY-MM-DD", help="only these dates")
    add_places_option(p)
    p.set_defaults(func=cmd_frontline)

    f = sub.add_parser("flows", help="displacement flows as GIS lines (summed per route)",
                       description="FLOWS.csv has origin,destination,people,date[,source].")
    f.add_argument("flows", type=Path, metavar="FLOWS.csv")
    f.add_argument("-o", "--out", type=Path, required=True, metavar="OUT.gpkg|OUT.geojson")
    f.add_argument("--min-people", type=int, default=0, metavar="N", help="leave out flows of fewer people")
    add_places_option(f)
    f.set_defaults(func=cmd_flows)


def read_csv_table(path: Path) -> pd.DataFrame:
    """A CSV table (control, flows) as strings, or an InputError naming the file."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", path=path) from None
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise InputError(f"not a readable UTF-8 CSV ({str(exc).splitlines()[0]})", path=path) from None


def _driver(out: Path) -> str:
    driver = FORMATS.get(out.suffix.lower())
    if driver is None:
        raise InputError(f"unknown output format {out.suffix!r} (use .gpkg or .geojson)", field="out")
    return driver


def _write(layers: dict, out: Path, driver: str) -> None:
    if driver == "GeoJSON":
        write_atomic(out, _geojson(layers))
    else:
        _write_gpkg(layers, out)


def cmd_flows(args: argparse.Namespace) -> int:
    from geo_idlib.layers.flows import flows_from_table

    driver = _driver(args.out)
    flows = flows_from_table(read_csv_table(args.flows), load_gazetteer(args), path=str(args.flows))
    flows = flows[flows["people"] >= args.min_people]
    _write({"flows": flows}, args.out, driver)
    print(f"{args.out}: {len(flows)} flows, {int(flows['people'].sum()):,} people")
    return 0


def cmd_frontline(args: argparse.Namespace) -> int:
    driver = _driver(args.out)
    gz = load_gazetteer(args)
    status = control_status(read_csv_table(args.status), gz, path=str(args.status))
    if args.dates:
        missing = sorted(set(args.dates) - set(status["date"]))
        if missing:
            raise InputError(f"no rows dated {', '.join(missing)}", path=args.status, field="date")
        status = status[status["date"].isin(args.dates)]
    layers = control_layers(status, area=focus_area(gz))
    _write(layers, args.out, driver)
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in layers.items())
    print(f"{args.out}: {counts} ({len(set(status['date']))} dates)")
    return 0


def _geojson(layers: dict) -> str:
    """One FeatureCollection; each feature says its ``layer``."""
    features = []
    for name, frame in layers.items():
        for feature in json.loads(frame.to_json(drop_id=True, sort_keys=True))["features"]:
            feature["properties"] = {"layer": name, **feature["properties"]}
            features.append(feature)
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, sort_keys=True) + "\n"


def _write_gpkg(layers: dict, out: Path) -> None:
    """A GeoPackage with one table per layer, written whole or not at all; the timestamps GDAL
    records are fixed so the same input gives the same file."""
    import pyogrio

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": "2000-01-01T00:00:00.000Z"})
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".gpkg", dir=out.parent)
    os.close(fd)
    os.unlink(tmp)
    try:
        for name, frame in layers.items():
            frame.to_file(tmp, layer=name, driver="GPKG", engine="pyogrio")
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
