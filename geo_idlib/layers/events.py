"""Event tables for the map: read and checked by :mod:`geo_idlib.tables` (the one reader of
every table), and DataFrames checked the same way before they are drawn.

>>> import io, pathlib, tempfile
>>> p = pathlib.Path(tempfile.mkdtemp()) / "e.csv"
>>> _ = p.write_text("event_date,latitude,longitude\\n2018-02-05,35.86,36.81\\n")
>>> read_events([p])[["event_date", "latitude"]].values.tolist()
[['2018-02-05', 35.86]]
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError
from geo_idlib.tables import blank, check_record, read_tables

#: Numeric fields the map reads (NaN when unknown).
_NUMBERS = ("latitude", "longitude", "geo_precision", "time_precision", "fatalities", "fatalities_min",
            "fatalities_max")
_WHERE = "<events>"


def read_events(paths: Iterable[str | Path]) -> pd.DataFrame:
    """The events of every table in ``paths`` (files or folders), checked, as one table."""
    return read_tables(paths)


def located(events: pd.DataFrame) -> pd.Series:
    """Which rows have both coordinates (the others cannot be drawn).

    >>> located(pd.DataFrame({"latitude": [35.9, None], "longitude": [36.6, None]})).tolist()
    [True, False]
    """
    if "geometry" in events and ("latitude" not in events or "longitude" not in events):
        return events["geometry"].map(lambda g: g is not None and not g.is_empty)
    if "latitude" not in events or "longitude" not in events:
        return pd.Series(True, index=events.index)
    return ~(events["latitude"].map(blank) | events["longitude"].map(blank))


def as_event_frame(events: pd.DataFrame, *, checked: bool = False) -> pd.DataFrame:
    """``events`` checked row by row (the checks of :func:`geo_idlib.tables.check_record`), with
    latitude/longitude taken from a point geometry if need be; numbers the map reads are floats,
    NaN when unknown (``fatalities``: 0 when the table has no such column, as ACLED codes none
    reported; NaN for deaths reported without a figure). Errors name ``<events>`` and the row (from 1). ``checked``: the rows
    were read by :mod:`geo_idlib.tables` and are only converted.

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
    missing = [c for c in ("latitude", "longitude") if c not in frame]
    if missing:
        raise InputError(f"missing column(s): {', '.join(missing)}", path=_WHERE)
    if "fatalities" not in frame:  # no column: no death reported (ACLED's 0); an empty cell is no figure
        frame["fatalities"] = 0
    if checked:
        return frame.reset_index(drop=True).astype({c: "float64" for c in _NUMBERS if c in frame})
    rows = []
    for n, record in enumerate(frame.to_dict("records"), start=1):
        row = check_record(record, path=_WHERE, line=n, defaults={})
        if row["latitude"] is None:
            raise InputError("missing value", path=_WHERE, line=n, field="latitude")
        row.setdefault("event_date", "")
        rows.append(row)
    out = pd.DataFrame(rows, columns=list(dict.fromkeys([*frame.columns, "event_date", *_NUMBERS])))
    for col in _NUMBERS:
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["event_date"] = out["event_date"].fillna("").astype(str)
    return out


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
