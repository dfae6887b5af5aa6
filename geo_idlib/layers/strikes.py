"""The strikes layer: events as one compact columnar payload drawn by our JS.

Small maps draw one inline-SVG marker per event inside MarkerCluster (stacked events spiderfy on
click); large maps draw every event on one canvas with a density layer beside it. Either way the
data travels as one JSON block: numbers in columns, text as indexes into one table of strings.

>>> import pandas as pd
>>> df = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86447],
...                    "longitude": [36.80591], "location": ["Saraqib"], "fatalities": [3]})
>>> p = strike_payload(df)
>>> p["n"], p["cols"]["lat"], p["strings"][p["cols"]["location"][0]]
(1, [3586447], 'Saraqib')
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

import pandas as pd
from folium.map import Layer

from geo_idlib.layers.symbols import OTHER, SYMBOLS
from geo_idlib.layers.safe import json_for_script, safe_url
from geo_idlib.layers.templating import LiteralRender, template

#: Above this many events, draw on one canvas instead of one marker per event.
CANVAS_THRESHOLD = 2000
#: Radius (m) of the circle drawn for geo_precision 2 / 3 when the admin area is not known.
DEFAULT_RADIUS_M = {2: 5_000, 3: 25_000}
#: Text columns carried to the popups, in payload order.
TEXT_COLUMNS = ("event_id_cnty", "sub_event_type", "location", "location_ar", "admin1", "admin2", "admin3",
                "actor1", "targets", "notes", "quote", "source", "attribution")
_URL_SPLIT = re.compile(r"[\s;,|]+")


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _int_or_missing(value: object) -> int:
    """A non-negative integer, or -1 when unknown."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return -1
    return -1 if math.isnan(number) or number < 0 else int(round(number))


def _urls(value: object) -> str:
    """The http(s) URLs of a ``source_url`` cell, space-separated; anything else is dropped."""
    return " ".join(u for u in (safe_url(p) for p in _URL_SPLIT.split(_text(value))) if u)


def precision_radius_m(row: Mapping, admin_radius_m: Mapping[str, float]) -> int:
    """Radius (m) of the area an approximate event stands for; 0 for geo_precision 1.

    Precision 2 (near a town) uses the sub-district's extent, precision 3 (region) the district's
    or governorate's, from ``admin_radius_m`` (P-code -> radius of a circle of equal area).

    >>> precision_radius_m({"geo_precision": 3, "admin1_pcode": "SY07"}, {"SY07": 38000.4})
    38000
    """
    precision = _int_or_missing(row.get("geo_precision"))
    if precision not in (2, 3):
        return 0
    keys = ("admin3_pcode",) if precision == 2 else ("admin2_pcode", "admin1_pcode")
    for key in keys:
        radius = admin_radius_m.get(_text(row.get(key)))
        if radius:
            return int(radius)
    return DEFAULT_RADIUS_M[precision]


def strike_payload(events: pd.DataFrame, admin_radius_m: Mapping[str, float] | None = None) -> dict:
    """The JSON-ready payload of ``events`` (ACLED-style columns; missing ones count as empty)."""
    radii = admin_radius_m or {}
    strings: dict[str, int] = {"": 0}

    def intern(value: object) -> int:
        return strings.setdefault(_text(value), len(strings))

    types = sorted({_text(t) for t in events.get("sub_event_type", pd.Series(dtype=str))})
    known_types = [t for t in SYMBOLS if t in types]
    type_index = {t: known_types.index(t) if t in known_types else len(known_types) for t in types}
    dates = sorted({_text(d)[:10] for d in events["event_date"]} - {""})
    date_index = {d: i for i, d in enumerate(dates)} | {"": -1}  # -1: undated
    cols: dict[str, list] = {k: [] for k in ("lat", "lon", "d", "tp", "t", "fmin", "fmax", "f",
                                             "people", "prec", "r", "url", *TEXT_COLUMNS)}
    for row in events.to_dict("records"):
        cols["lat"].append(int(round(float(row["latitude"]) * 1e5)))
        cols["lon"].append(int(round(float(row["longitude"]) * 1e5)))
        cols["d"].append(date_index[_text(row["event_date"])[:10]])
        cols["tp"].append(max(1, _int_or_missing(row.get("time_precision"))))
        cols["t"].append(type_index.get(_text(row.get("sub_event_type")), len(known_types)))
        best = _int_or_missing(row.get("fatalities"))
        low = _int_or_missing(row.get("fatalities_min"))
        high = _int_or_missing(row.get("fatalities_max"))
        if best == 0 and low < 0 and high < 0:
            best = -1  # ACLED's 0 with no figure behind it: none reported
        cols["f"].append(best if best >= 0 else low)
        cols["fmin"].append(low if low >= 0 else best)
        cols["fmax"].append(high if high >= 0 else best)
        cols["people"].append(_int_or_missing(row.get("people")))
        cols["prec"].append(min(3, max(1, _int_or_missing(row.get("geo_precision")))))
        cols["r"].append(precision_radius_m(row, radii))
        cols["url"].append(intern(_urls(row.get("source_url"))))
        for key in TEXT_COLUMNS:
            cols[key].append(intern(row.get(key)))
    symbols = [SYMBOLS[t] for t in known_types] + [OTHER]
    return {
        "n": len(events), "dates": dates, "strings": list(strings), "cols": cols,
        "types": [{"name": s.label, "path": s.path, "colour": s.colour} for s in symbols],
    }


class StrikesLayer(LiteralRender, Layer):
    """A folium layer drawing events from :func:`strike_payload` with ``geo_idlib.js``.

    >>> StrikesLayer(strike_payload(pd.DataFrame({"event_date": ["2018-02-05"],
    ...     "latitude": [35.9], "longitude": [36.8]}))).mode
    'markers'
    """

    _template = template("strikes.j2")

    def __init__(self, payload: dict, name: str = "Strikes and other events",
                 show: bool = True, canvas_threshold: int = CANVAS_THRESHOLD) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "StrikesLayer"
        self.payload_json = json_for_script(payload)
        self.mode = "canvas" if payload["n"] > canvas_threshold else "markers"


class DensityLayer(LiteralRender, Layer):
    """A density grid (counts per screen cell) over the events of a :class:`StrikesLayer`."""

    _template = template("density.j2")

    def __init__(self, strikes: StrikesLayer, name: str = "Event density",
                 show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DensityLayer"
        self.strikes = strikes
