"""The event table's column types, and its CSV, JSON and GeoJSON texts.

Shared columns keep ACLED's types (integers for precisions and fatalities, floats for
coordinates, ``YYYY-MM-DD`` strings for dates) so the CSV opens in ACLED-aware tools; counts that
a report may not give (``fatalities_min``, ``people``...) are nullable integers.

>>> events_frame([{"location": "Saraqib", "fatalities": "3"}])[["location", "fatalities"]].to_dict("records")
[{'location': 'Saraqib', 'fatalities': 3}]
"""
from __future__ import annotations

import json
import math

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from geo_idlib.errors import InputError
from geo_idlib.schema import EVENT_COLUMNS

__all__ = ["INT_COLUMNS", "NULLABLE_INT_COLUMNS", "FLOAT_COLUMNS", "events_frame", "events_from_records",
           "events_to_csv", "events_to_json", "events_to_geojson", "events_to_geodataframe"]

#: Always-present integers.
INT_COLUMNS = ("time_precision", "geo_precision", "sources_count")
#: Integers a report may leave unknown ("several deaths" gives no ``fatalities``: empty, not 0).
NULLABLE_INT_COLUMNS = ("fatalities", "fatalities_min", "fatalities_max", "injured_min", "people")
#: Floats (NaN when unknown).
FLOAT_COLUMNS = ("latitude", "longitude", "distance_km", "confidence")
_DEFAULTS = {"time_precision": 3, "geo_precision": 3, "sources_count": 1}


def events_frame(records: list[dict] | pd.DataFrame) -> pd.DataFrame:
    """An event table with every schema column, in order, with the schema's types.

    Missing columns are filled (empty text, NaN, or the ACLED default); values must already be
    valid (see :func:`events_from_records` for checked parsing).
    """
    frame = records if isinstance(records, pd.DataFrame) else pd.DataFrame.from_records(records, columns=EVENT_COLUMNS)
    out = {}
    for col in EVENT_COLUMNS:
        values = frame[col] if col in frame else pd.Series([None] * len(frame), index=frame.index)
        if col in INT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").fillna(_DEFAULTS[col]).astype("int64")
        elif col in NULLABLE_INT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").round().astype("Int64")
        elif col in FLOAT_COLUMNS:
            out[col] = pd.to_numeric(values, errors="raise").astype("float64")
        else:
            out[col] = values.where(values.notna(), "").astype(str)
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def _check_value(col: str, value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        if col in INT_COLUMNS:
            return _DEFAULTS[col]
        return None if col in NULLABLE_INT_COLUMNS + FLOAT_COLUMNS else ""
    if col in INT_COLUMNS + NULLABLE_INT_COLUMNS:
        number = float(value)
        if not number.is_integer() or number < 0:
            raise ValueError(f"not a whole non-negative number: {value!r}")
        return int(number)
    if col in FLOAT_COLUMNS:
        return float(value)
    if col == "event_date" and value:
        pd.Timestamp(str(value))  # raises ValueError on a bad date
    return str(value)


def events_from_records(records: list[tuple[int, dict]], path: str) -> pd.DataFrame:
    """Parse ``(line, record)`` pairs read from ``path`` into an event table, checking every value.

    Raises :class:`InputError` with the file, line and field of the first bad value.
    """
    rows = []
    for line, record in records:
        row = {}
        for col in EVENT_COLUMNS:
            try:
                row[col] = _check_value(col, record.get(col))
            except (TypeError, ValueError):
                raise InputError(f"bad value {record.get(col)!r}", path=path, line=line,
                                 field=col) from None
        rows.append(row)
    return events_frame(rows)


def events_to_csv(frame: pd.DataFrame) -> str:
    """The CSV text of an event table (ACLED column names, empty cells for unknowns)."""
    return events_frame(frame).to_csv(index=False, lineterminator="\n", float_format="%.6g")


def _jsonable(value: object) -> object:
    if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def events_to_json(frame: pd.DataFrame) -> str:
    """A JSON list of event records (null for unknowns)."""
    rows = [{k: _jsonable(v) for k, v in row.items()} for row in events_frame(frame).to_dict("records")]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def events_to_geodataframe(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """The event table as points in EPSG:4326 (no geometry where the place is unknown)."""
    frame = events_frame(frame)
    geometry = [Point(lon, lat) if not (math.isnan(lat) or math.isnan(lon)) else None
                for lat, lon in zip(frame["latitude"], frame["longitude"])]
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def events_to_geojson(frame: pd.DataFrame) -> str:
    """A GeoJSON FeatureCollection of the events (RFC 7946: longitude, latitude)."""
    rows = [{k: _jsonable(v) for k, v in row.items()} for row in events_frame(frame).to_dict("records")]
    features = [{
        "type": "Feature",
        "geometry": None if row["latitude"] is None or row["longitude"] is None else
        {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
        "properties": row,
    } for row in rows]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                      indent=1) + "\n"
