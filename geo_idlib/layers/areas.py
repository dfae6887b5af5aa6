"""The areas theme: events known only to a region or admin unit (geo_precision 3), drawn as a
light outline of that area with the number of events, not as a symbol or a huge circle that
would read as "the area hit". Off by default when the map has town-level events.

>>> import pandas as pd
>>> events = pd.DataFrame({"event_date": ["2018-02-05", "2018-02-06", "2018-02-06"],
...     "latitude": [35.6, 35.6, 35.9], "longitude": [36.7, 36.7, 36.8], "geo_precision": [3, 3, 1],
...     "location": ["southern Idlib", "southern Idlib", "Saraqib"], "place_id": ["rg:s", "rg:s", "gn:1"]})
>>> theme = AreasTheme(events)
>>> [(a["name"], a["count"]) for a in theme.areas()], theme.shown
([('southern Idlib', 2)], False)
"""
from __future__ import annotations

import math

import geopandas as gpd
import pandas as pd
import shapely

from geo_idlib.layers.context import METRIC_CRS
from geo_idlib.layers.events import filter_dates
from geo_idlib.layers.shapes import LegendPanel, ShapesLayer, collection, feature
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame

COLOUR = "#8c6d46"
STYLE = {"color": COLOUR, "weight": 1.5, "opacity": 0.8, "fill": True, "fillColor": COLOUR,
         "fillOpacity": 0.06, "dashArray": "2 4"}
#: Radius (m) of the area drawn when the gazetteer has no shape for it.
FALLBACK_RADIUS_M = 15_000
#: Simplification of area outlines for the web (m).
TOLERANCE_M = 300


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value).strip()


def _toll(row: dict) -> str:
    """What an area's list says of an event's toll: ", 3 killed (reported)", or ", killed (no figure
    given)" for an empty ``fatalities`` (deaths reported without a figure); a table without the
    column reports none (ACLED's 0).

    >>> _toll({"fatalities": 3.0}), _toll({"fatalities": float("nan")}), _toll({})
    (', 3 killed (reported)', ', killed (no figure given)', ', 0 killed (reported)')
    """
    toll = _text(row.get("fatalities", 0)) or _text(row.get("fatalities_min"))
    return f", {toll.removesuffix('.0')} killed (reported)" if toll else ", killed (no figure given)"


def _key(row: dict) -> str:
    """The area an event stands for: its place id, else its district or governorate P-code."""
    for field, prefix in (("place_id", ""), ("admin2_pcode", "ocha:"), ("admin1_pcode", "ocha:")):
        value = _text(row.get(field))
        if value:
            return prefix + value
    return f"at:{round(float(row['latitude']), 3)},{round(float(row['longitude']), 3)}"


def _shape(key: str, lat: float, lon: float, gazetteer) -> shapely.Geometry:
    """The area's outline (the gazetteer's polygon), or a circle around the point."""
    geometry = getattr(gazetteer, "geometry", None)
    if geometry is not None and not key.startswith("at:"):
        try:
            shape = geometry(key)
        except (KeyError, ValueError):
            shape = None
        if shape is not None and shape.geom_type in ("Polygon", "MultiPolygon"):
            metric = gpd.GeoSeries([shape], crs=4326).to_crs(METRIC_CRS)
            return metric.simplify(TOLERANCE_M, preserve_topology=True).to_crs(4326).iloc[0]
    point = gpd.GeoSeries([shapely.Point(lon, lat)], crs=4326).to_crs(METRIC_CRS)
    return point.buffer(FALLBACK_RADIUS_M, 32).to_crs(4326).iloc[0]


class AreasTheme(BaseTheme):
    """Region-level events (geo_precision 3), one outline per area with its count."""

    name = "Areas named in reports (region-level events)"
    order = 20

    def __init__(self, events: pd.DataFrame) -> None:
        precision = events["geo_precision"] if "geo_precision" in events else pd.Series(1.0, index=events.index)
        regional = precision.fillna(1) >= 3
        self.all_events = events
        self.events = events[regional]
        #: Shown at start only when no event is known to a town.
        self.shown = not bool((~regional).any())

    def areas(self) -> list[dict]:
        """One dict per area: ``key, name, lat, lon, count, dates, sources, rows``, most events first."""
        groups: dict[str, dict] = {}
        for row in self.events.to_dict("records"):
            key = _key(row)
            area = groups.setdefault(key, {"key": key, "name": _text(row.get("location")) or "unnamed area",
                                           "lat": float(row["latitude"]), "lon": float(row["longitude"]),
                                           "count": 0, "dates": [], "sources": [], "rows": []})
            area["count"] += 1
            date = _text(row.get("event_date"))[:10]
            if date:
                area["dates"].append(date)
            area["sources"].append(row.get("source"))
            area["rows"].append([date or "date unknown", (_text(row.get("sub_event_type")) or "event") + _toll(row)])
        return sorted(groups.values(), key=lambda a: (-a["count"], a["name"], a["key"]))

    def layers(self, frame: MapFrame) -> list:
        features, labels = [], []
        for area in self.areas():
            dates = sorted(area["dates"])
            span = [dates[0], dates[-1]] if dates else ["", ""]
            count = f"{area['count']} event{'s' if area['count'] != 1 else ''}"
            text = {"tip": f"{area['name']}\n{count} known only to this area",
                    "title": f"{area['name']}: {count}", "rows": sorted(area["rows"])[:20], "dates": span}
            features.append(feature(_shape(area["key"], area["lat"], area["lon"], frame.gazetteer), style=STYLE, **text))
            labels.append(feature(shapely.Point(area["lon"], area["lat"]), label=f"{area['name']} ({count})",
                                  labelClass="gi-area", dates=span))
        if not features:
            return []
        return [ShapesLayer(collection(features + labels), self.name, show=self.shown)]

    def bounds(self) -> BBox | None:
        return None  # the outlines do not decide the view: the towns do

    def dates(self) -> list[str]:
        return sorted({_text(d)[:10] for d in self.events["event_date"]} - {""}) if len(self.events) else []

    def sources(self) -> list[str]:
        return []  # its events are the strikes theme's too, which credits and counts them

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        if not len(self.events):
            return None
        swatch = ('<svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true"><rect x="1" y="1" '
                  f'width="20" height="12" fill="{COLOUR}" fill-opacity="0.1" stroke="{COLOUR}" '
                  'stroke-dasharray="2 3"/></svg>')
        hidden = "" if self.shown else " Off at first: switch it on in the layer list."
        return LegendPanel("Events known only to a region", ((swatch, "Outline of the area, with its number of events"),),
                           "Reports that name a district or region, not a town." + hidden)

    def notes(self, frame: MapFrame) -> str:
        """What a printed map that does not draw this theme leaves out (nothing when it is drawn;
        on an interactive map the reader can switch it on).

        >>> AreasTheme(pd.DataFrame({"event_date": [""], "latitude": [35.6], "longitude": [36.7],
        ...     "geo_precision": [3]})).notes(MapFrame(print_mode=True))
        ''
        """
        n = len(self.events)
        if self.shown or not n or not frame.print_mode:
            return ""
        return f"{n} event{'s' if n != 1 else ''} known only to a region not drawn."

    def between(self, start: str | None, end: str | None) -> AreasTheme:
        return AreasTheme(filter_dates(self.all_events, start, end))
