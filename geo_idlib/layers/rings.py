"""Distance rings: "12 km from Saraqeb" -> a geodesic circle around the reference place.

Reports give the front's distance from a town as a claim; the ring shows every point at that
distance (WGS84 geodesics, pyproj), and its label says it is a claim and when it was made.

>>> round(ring(35.86447, 36.80591, 12).area, 4)  # square degrees, about 452 km2
0.0451
"""
from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Geod
from shapely.geometry import LineString, Point, Polygon
from shapely.geometry.polygon import orient

from geo_idlib.errors import InputError
from geo_idlib.layers.places import Resolver, blank, check_columns, places_in
from geo_idlib.layers.shapes import (LegendPanel, ShapesLayer, circle_swatch, collection, feature,
                                     line_swatch)
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame, frame_bounds, split_sources

_GEOD = Geod(ellps="WGS84")
#: Columns of the rings GeoDataFrame, before ``geometry``.
RING_COLUMNS = ["reference_place", "place_id", "latitude", "longitude", "distance_km", "date_start",
                "date_end", "source", "label"]
COLOUR = "#7a3b8f"
STYLE = {"color": COLOUR, "weight": 2, "dashArray": "8 6", "fill": False, "opacity": 0.9}
CENTRE_STYLE = {"color": COLOUR, "weight": 1, "fillColor": COLOUR, "fillOpacity": 1}
LABEL_STYLE = {"transform": "translate(-50%, -120%)", "fontWeight": "600", "fontSize": "12px",
               "color": COLOUR}


def ring(lat: float, lon: float, km: float, n: int = 128) -> Polygon:
    """The geodesic circle of radius ``km`` around ``(lat, lon)`` as a lon/lat polygon of ``n``
    vertices (counter-clockwise, the first one due north of the centre).

    >>> [round(c, 4) for c in ring(35.0, 36.0, 10, n=4).exterior.coords[0]]
    [36.0, 35.0901]
    """
    azimuths = np.linspace(0.0, 360.0, n, endpoint=False)
    lons, lats, _ = _GEOD.fwd(np.full(n, lon), np.full(n, lat), azimuths, np.full(n, km * 1000.0))
    polygon = orient(Polygon(zip(lons, lats)), 1.0)
    north = int(np.argmax(np.asarray(polygon.exterior.coords)[:-1, 1]))
    coords = polygon.exterior.coords[:-1]
    return Polygon(coords[north:] + coords[:north])


def _km(value: object, *, path: str | Path, line: int) -> float:
    try:
        km = float(str(value).strip())
    except ValueError:
        km = float("nan")
    if not 0 < km < 1000:
        raise InputError(f"expected a distance in km above 0, got {str(value).strip()!r}",
                         path=path, line=line, field="distance_km")
    return km


def _label(name: str, km: float, start: str, end: str) -> str:
    when = start if start == end else f"{start} to {end}"
    return f"{km:g} km from {name} (claim, {when})"


def rings_from_events(events: pd.DataFrame, gazetteer: Resolver, *,
                      path: str | Path = "<events>") -> gpd.GeoDataFrame:
    """One ring per reference place and distance named by events with ``distance_km`` and
    ``reference_place`` (other events are left out); dates and sources of the events that
    repeat a ring are kept. A bad distance or unknown place raises :class:`InputError`
    (line = row index + 2, as in the events CSV).

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> events = pd.DataFrame({"event_date": ["2018-01-20", "2018-01-21"], "distance_km": [12, None],
    ...     "reference_place": ["Saraqeb", ""], "source": ["wire report", ""]})
    >>> rings_from_events(events, Gazetteer.default())["label"].tolist()
    ['12 km from Saraqib (claim, 2018-01-20)']
    """
    groups: dict[tuple[str, float], dict] = {}
    if len(events):
        check_columns(list(events.columns), ("event_date", "distance_km", "reference_place"),
                      path=path)
        claimed = events[~events[["distance_km", "reference_place"]].apply(lambda c: c.map(blank)).any(axis=1)]
        for index, row in claimed.iterrows():
            line = int(index) + 2
            km = _km(row["distance_km"], path=path, line=line)
            date = str(row["event_date"]).strip()[:10]
            source = "" if blank(row.get("source")) else str(row["source"])
            for place in places_in(row["reference_place"], gazetteer, field="reference_place",
                                   path=path, line=line):
                group = groups.setdefault((place.id, km), {"place": place, "dates": set(),
                                                           "sources": {}})
                group["dates"].add(date)
                group["sources"].update(dict.fromkeys(s.strip() for s in source.split(";") if s.strip()))
    rows, polygons = [], []
    for (place_id, km), group in sorted(groups.items()):
        place, start, end = group["place"], min(group["dates"]), max(group["dates"])
        rows.append({"reference_place": place.name, "place_id": place_id, "latitude": place.lat,
                     "longitude": place.lon, "distance_km": km,
                     "date_start": start, "date_end": end,
                     "source": "; ".join(group["sources"]),
                     "label": _label(place.name, km, start, end)})
        polygons.append(ring(place.lat, place.lon, km))
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=RING_COLUMNS), geometry=polygons, crs=4326)


def ring_data(rings: gpd.GeoDataFrame) -> dict:
    """The FeatureCollection drawn by :func:`rings_layer`: per ring its dashed outline, a dot at
    the reference place and the label at the ring's northern point."""
    features = []
    for row in rings.itertuples(index=False):
        text = {"tip": f"{row.label}\n{row.source or 'no source given'}", "title": row.label,
                "dates": [row.date_start, row.date_end],
                "rows": [["Reference place", row.reference_place],
                         ["Distance claimed", f"{row.distance_km:g} km"],
                         ["Sources", row.source or "none given"]]}
        features.append(feature(LineString(row.geometry.exterior.coords), style=STYLE, **text))
        features.append(feature(Point(row.longitude, row.latitude), radius=3, style=CENTRE_STYLE,
                                **text))
        features.append(feature(Point(row.geometry.exterior.coords[0]), label=row.label,
                                labelStyle=LABEL_STYLE, dates=text["dates"]))
    return collection(features)


LEGEND = LegendPanel(
    "Distances claimed in reports",
    ((line_swatch(COLOUR, 2, "8 6"), "Ring: the distance a report gives from a place"),
     (circle_swatch(COLOUR, 3), "The reference place")),
    "Geodesic circles; the claim is the report's, not a measured front line.")


def rings_layer(rings: gpd.GeoDataFrame, *, name: str = "Distances claimed (rings)",
                show: bool = True) -> ShapesLayer:
    """The folium layer of ``rings`` (from :func:`rings_from_events`); its key is :data:`LEGEND`.

    >>> rings_layer(gpd.GeoDataFrame(columns=RING_COLUMNS, geometry=[], crs=4326)).layer_name
    'Distances claimed (rings)'
    """
    return ShapesLayer(ring_data(rings), name, show)


class RingsTheme(BaseTheme):
    """Distance claims (a frame of :func:`rings_from_events`) as labelled geodesic rings."""

    name = "Distances claimed (rings)"
    order = 50

    def __init__(self, rings: gpd.GeoDataFrame) -> None:
        self.rings = rings

    def layers(self, frame: MapFrame) -> list:
        return [rings_layer(self.rings, name=self.name)] if len(self.rings) else []

    def bounds(self) -> BBox | None:
        return frame_bounds(self.rings)

    def dates(self) -> list[str]:
        return sorted({d for d in (*self.rings["date_start"], *self.rings["date_end"]) if d})

    def sources(self) -> list[str]:
        return split_sources(self.rings["source"])

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        return LEGEND if len(self.rings) else None

    def between(self, start: str | None, end: str | None) -> RingsTheme:
        r = self.rings
        return RingsTheme(r[(r["date_end"] >= (start or "")) & (r["date_start"] <= (end or "9999"))])
