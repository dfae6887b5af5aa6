"""The strikes theme: events as one compact columnar payload drawn by our JS.

Small maps draw one inline-SVG marker per event inside MarkerCluster (stacked events spiderfy on
click; the print rendering sets them around their place, each with its toll); large maps draw
every event on one canvas with a density layer beside it. Either way the data travels as one
JSON block: numbers in columns, text as indexes into one table of strings. Events known only
to a region (geo_precision 3) stay in the payload (popups, counts) but are drawn by the areas
theme (:mod:`geo_idlib.layers.areas`).

>>> import pandas as pd
>>> df = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86447],
...                    "longitude": [36.80591], "location": ["Saraqib"], "fatalities": [3]})
>>> p = strike_payload(df)
>>> p["n"], p["cols"]["lat"], p["strings"][p["cols"]["location"][0]]
(1, [3586447], 'Saraqib')

A toll travels as ``fmin``/``fmax`` (the range), ``-1`` when no death is reported (ACLED's 0)
and :data:`NO_FIGURE` when deaths are reported without a figure (an empty ``fatalities``):

>>> strike_payload(df.assign(fatalities=[None]))["cols"]["fmin"] == [NO_FIGURE]
True
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping

import pandas as pd
from folium.map import Layer

from geo_idlib.layers.events import filter_dates
from geo_idlib.layers.safe import json_for_script, safe_url
from geo_idlib.layers.shapes import LegendPanel
from geo_idlib.layers.symbols import OTHER, SYMBOLS, Symbol, size_px, svg
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame, split_sources

#: Above this many events, draw on one canvas instead of one marker per event.
CANVAS_THRESHOLD = 2000
#: Radius (m) of the circle drawn for geo_precision 2 / 3 when the admin area is not known.
DEFAULT_RADIUS_M = {2: 5_000, 3: 25_000}
#: Text columns carried to the popups, in payload order.
TEXT_COLUMNS = ("event_id_cnty", "sub_event_type", "location", "location_ar", "admin1", "admin2", "admin3",
                "actor1", "targets", "notes", "quote", "source", "attribution")
_URL_SPLIT = re.compile(r"[\s;,|]+")
#: The toll of an event whose reports tell of deaths without a figure (``fmin``/``fmax``).
NO_FIGURE = -2


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
    tolls = "fatalities" in events
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
        if low < 0 and high < 0 and best <= 0:  # no figure: ACLED's 0 (or no such column) is none reported,
            best = NO_FIGURE if tolls and pd.isna(row.get("fatalities")) else -1  # an empty toll has no figure
        cols["f"].append(best if best >= 0 else low)  # the symbol's size: the smallest without a figure
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
                 show: bool = True, canvas_threshold: int = CANVAS_THRESHOLD,
                 print_mode: bool = False) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "StrikesLayer"
        self.payload_json = json_for_script(payload)
        self.mode = "canvas" if payload["n"] > canvas_threshold else "print" if print_mode else "markers"


class DensityLayer(LiteralRender, Layer):
    """A density grid (counts per screen cell) over the events of a :class:`StrikesLayer`."""

    _template = template("density.j2")

    def __init__(self, strikes: StrikesLayer, name: str = "Event density",
                 show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "DensityLayer"
        self.strikes = strikes


#: Fatality counts shown in the key's sizes.
LEGEND_SIZES = (0, 10, 50, 150)
_GREY = Symbol("", OTHER.path, "#777777")
_APPROX_SWATCH = '<span class="gi-swatch-approx"></span>'
_CLUSTER_SWATCH = '<span class="gi-swatch-cluster">3</span>'
_DENSITY_SWATCH = '<span class="gi-swatch-density"></span>'
_TOLL_SWATCH = '<span class="gi-swatch-toll">9</span>'


def in_focus(events: pd.DataFrame, focus) -> pd.Series:
    """Which events lie inside ``focus`` (a lon/lat shapely polygon; ``None``: all of them).

    >>> from shapely.geometry import box
    >>> in_focus(pd.DataFrame({"latitude": [35.9, 33.5], "longitude": [36.6, 36.3]}), box(35, 35, 38, 37)).tolist()
    [True, False]
    """
    if focus is None or not len(events):
        return pd.Series(True, index=events.index)
    import shapely

    return pd.Series(shapely.contains_xy(focus, events["longitude"].to_numpy(), events["latitude"].to_numpy()),
                     index=events.index)


def outliers_text(events: pd.DataFrame, limit: int = 4) -> str:
    """What lies outside the view: places with their number of events, most first.

    >>> outliers_text(pd.DataFrame({"location": ["Damascus", "Damascus", "Homs"]}))
    'Outside this view: Damascus (2 events), Homs (1 event)'
    """
    if not len(events):
        return ""
    names = events["location"].fillna("").astype(str).str.strip() if "location" in events else pd.Series("", index=events.index)
    counts = names.replace("", "unnamed place").value_counts()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    parts = [f"{name} ({n} event{'s' if n != 1 else ''})" for name, n in ranked[:limit]]
    more = f" and {len(ranked) - limit} more places" if len(ranked) > limit else ""
    return "Outside this view: " + ", ".join(parts) + more


class StrikesTheme(BaseTheme):
    """Events as symbols (the strikes layer, and the density layer on large maps).

    ``focus`` (a lon/lat polygon, e.g. the north-west) is what the view fits: events outside
    it are drawn but listed by :meth:`outliers` instead of zoomed out to.

    >>> t = StrikesTheme(pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86],
    ...     "longitude": [36.8], "source": ["wire"]}))
    >>> t.dates(), t.sources(), t.bounds()
    (['2018-02-05'], ['wire'], (36.8, 35.86, 36.8, 35.86))
    """

    name = "Strikes and other events"
    order = 60

    def __init__(self, events: pd.DataFrame, *, canvas_threshold: int = CANVAS_THRESHOLD,
                 density: bool | None = None, focus=None) -> None:
        self.events, self.canvas_threshold, self.density, self.focus = events, canvas_threshold, density, focus
        self.mode = "canvas" if len(events) > canvas_threshold else "markers"

    def _density(self) -> bool:
        return self.mode == "canvas" if self.density is None else self.density

    def layers(self, frame: MapFrame) -> list:
        payload = strike_payload(self.events, frame.admin_radius_m)
        strikes = StrikesLayer(payload, self.name, canvas_threshold=self.canvas_threshold,
                               print_mode=frame.print_mode)
        return [strikes, DensityLayer(strikes)] if self._density() else [strikes]

    def _inside(self) -> pd.DataFrame:
        inside = self.events[in_focus(self.events, self.focus)]
        return inside if len(inside) else self.events

    def bounds(self) -> BBox | None:
        inside = self._inside()
        if not len(inside):
            return None
        return (float(inside["longitude"].min()), float(inside["latitude"].min()),
                float(inside["longitude"].max()), float(inside["latitude"].max()))

    def notes(self, frame: MapFrame | None = None) -> str:
        """The events left out of the view (see :func:`outliers_text`)."""
        inside = in_focus(self.events, self.focus)
        return outliers_text(self.events[~inside]) if inside.any() else ""

    def dates(self) -> list[str]:
        return sorted({str(d)[:10] for d in self.events["event_date"] if str(d)[:10].strip()})

    def sources(self) -> list[str]:
        """The events' sources, once per event (the sources panel counts them)."""
        return split_sources(self.events["source"], each=True) if "source" in self.events else []

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        if not len(self.events):
            return None
        printed = frame is not None and frame.print_mode
        types = set(self.events.get("sub_event_type", pd.Series(dtype=str)).dropna())
        symbols = [SYMBOLS[t] for t in SYMBOLS if t in types]
        if any(t not in SYMBOLS for t in types) or "sub_event_type" not in self.events:
            symbols.append(OTHER)
        exact = svg(symbols[0] if symbols else OTHER, 16)
        rows = [(svg(s, 18), s.label) for s in symbols]
        rows.append((exact, "Symbol: at the named town itself"))
        rows.append((_APPROX_SWATCH, "Dashed circle: near a town, the place not known more closely"))
        if printed:
            if self.mode != "canvas":  # a canvas of thousands of events writes no tolls
                rows.append((_TOLL_SWATCH, "Number: people reported killed (a range when sources differ)"))
        elif self.mode == "canvas":
            rows.append((exact, "Click a spot to list every event there"))
        else:
            rows.append((_CLUSTER_SWATCH, "Several events at one place: click to spread them out"))
        if self._density():
            rows.append((_DENSITY_SWATCH, "Shading: more events in that square"))
        sizes = tuple((svg(_GREY, size_px(n)), str(n) if n else "0, none or no figure") for n in LEGEND_SIZES)
        note = "Figures are as reported, not verified."
        return LegendPanel("Events: size by people reported killed", tuple(rows),
                           note if printed else "Click a symbol for date, place, sources and quote. " + note, sizes)

    def between(self, start: str | None, end: str | None) -> StrikesTheme:
        return StrikesTheme(filter_dates(self.events, start, end), canvas_threshold=self.canvas_threshold,
                            density=self.density, focus=self.focus)
