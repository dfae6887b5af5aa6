"""Reading and checking the event tables a map draws (ACLED-style CSV or GeoJSON).

Every bad cell is reported with its file, line (CSV) or feature number (GeoJSON) and field.

>>> import io, pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "e.csv"
>>> _ = p.write_text("event_date,latitude,longitude\\n2018-02-05,35.86,36.81\\n")
>>> read_events([p])[["event_date", "latitude"]].values.tolist()
[['2018-02-05', 35.86]]
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError

#: Numeric fields checked when present: name -> (lowest, highest) allowed value.
_RANGES = {
    "latitude": (-90.0, 90.0), "longitude": (-180.0, 180.0), "geo_precision": (1, 3),
    "time_precision": (1, 3), "fatalities": (0, math.inf), "fatalities_min": (0, math.inf),
    "fatalities_max": (0, math.inf),
}
_REQUIRED = ("latitude", "longitude")


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value).strip() == ""


def _check(record: dict, where: dict, prefix: str = "") -> dict:
    """``record`` with numbers parsed and the date normalised, or an :class:`InputError`.

    An empty ``event_date`` stays empty (the event is undated); ``prefix`` starts every message.
    """
    for name in _REQUIRED:
        if _blank(record.get(name)):
            raise InputError(f"{prefix}missing value", field=name, **where)
    out = dict(record)
    text = "" if _blank(record.get("event_date")) else str(record["event_date"]).strip()
    try:
        out["event_date"] = text and dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        raise InputError(f"{prefix}not a YYYY-MM-DD date: {text!r}", field="event_date",
                         **where) from None
    for name, (low, high) in _RANGES.items():
        if _blank(record.get(name)):
            out[name] = math.nan
            continue
        value = str(record[name]).strip()
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not low <= number <= high:
            raise InputError(f"{prefix}expected a number from {low} to {high}, got {value!r}",
                             field=name, **where)
        out[name] = number
    if out["fatalities_min"] > out["fatalities_max"]:
        raise InputError(f"{prefix}fatalities_min is above fatalities_max",
                         field="fatalities_min", **where)
    return out


def _read_csv(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"missing column(s): {', '.join(missing)}", path=path, line=1)
        for record in reader:
            if None in record:
                raise InputError("more cells than columns", path=path, line=reader.line_num)
            rows.append(_check(record, {"path": path, "line": reader.line_num}))
    return rows


def _read_geojson(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", path=path, line=exc.lineno) from None
    features = data.get("features") if isinstance(data, Mapping) else None
    if not isinstance(features, list):
        raise InputError("expected a GeoJSON FeatureCollection", path=path)
    rows = []
    for number, feature in enumerate(features, start=1):
        props = dict(feature.get("properties") or {}) if isinstance(feature, Mapping) else {}
        geometry = feature.get("geometry") if isinstance(feature, Mapping) else None
        if geometry:
            if geometry.get("type") != "Point":
                raise InputError(f"feature {number}: only Point geometries can be drawn",
                                 path=path, field="geometry")
            props["longitude"], props["latitude"] = geometry["coordinates"][:2]
        rows.append(_check(props, {"path": path, "line": None}, prefix=f"feature {number}: "))
    return rows


def read_events(paths: Iterable[str | Path]) -> pd.DataFrame:
    """The events of every CSV/GeoJSON file in ``paths``, checked, as one DataFrame."""
    rows: list[dict] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise InputError("no such file", path=path)
        reader = _read_geojson if path.suffix.lower() in (".geojson", ".json") else _read_csv
        rows.extend(reader(path))
    return pd.DataFrame(rows) if rows else pd.DataFrame(columns=["event_date", "latitude", "longitude"])


def as_event_frame(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` checked row by row, with latitude/longitude taken from a point geometry if need be.

    >>> as_event_frame(pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.9],
    ...                              "longitude": [36.8]})).shape
    (1, 8)
    """
    frame = pd.DataFrame(events).copy()
    if "geometry" in frame and ("latitude" not in frame or "longitude" not in frame):
        points = frame["geometry"].map(lambda g: g if g is None or g.geom_type == "Point"
                                       else g.representative_point())
        frame["latitude"] = points.map(lambda g: math.nan if g is None else g.y)
        frame["longitude"] = points.map(lambda g: math.nan if g is None else g.x)
        frame = frame.drop(columns="geometry")
    rows = [_check(r, {"path": "<events>", "line": n})
            for n, r in enumerate(frame.to_dict("records"), start=1)]
    return pd.DataFrame(rows, columns=list(dict.fromkeys([*frame.columns, *_RANGES])))


def filter_dates(events: pd.DataFrame, start: str | None = None, end: str | None = None) -> pd.DataFrame:
    """Events with ``start <= event_date <= end`` (ISO dates; ``None`` leaves that side open).

    Undated events are dropped as soon as either bound is given: nobody knows they fall inside.

    >>> df = pd.DataFrame({"event_date": ["2018-01-01", "2018-02-05"]})
    >>> filter_dates(df, start="2018-02-01")["event_date"].tolist()
    ['2018-02-05']
    """
    keep = pd.Series(True, index=events.index)
    if start or end:
        keep &= events["event_date"].astype(str).str.len() >= 10
    if start:
        keep &= events["event_date"].astype(str).str[:10] >= start
    if end:
        keep &= events["event_date"].astype(str).str[:10] <= end
    return events[keep].reset_index(drop=True)
