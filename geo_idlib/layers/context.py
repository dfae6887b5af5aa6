"""The offline basemap: OCHA boundaries and town labels from the gazetteer; optional online tiles.

``Context.from_gazetteer(gz, bbox)`` gathers everything a map needs around ``bbox``; the layer
classes turn it into folium layers drawn by ``geo_idlib.js`` (no tiles, so it works offline).

>>> round(equal_area_radius_m(1e6), 1)  # a 1 km2 area is a circle of radius ~564 m
564.2
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import folium
import geopandas as gpd
import pandas as pd
import shapely
import xyzservices.providers as xyz
from folium.map import Layer

from geo_idlib.errors import InputError
from geo_idlib.gazetteer.place import Place
from geo_idlib.layers.safe import json_for_script
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.layers.theme import BaseTheme, MapFrame

#: Metric CRS for simplifying and measuring (UTM zone 37N, see CONVENTIONS.md).
METRIC_CRS = "EPSG:32637"
#: (west, south, east, north) in degrees.
BBox = tuple[float, float, float, float]
#: Place kinds that get a label, and how many labels at most.
LABEL_KINDS = ("city", "town")
MAX_LABELS = 40


class GazetteerLike(Protocol):
    """What the context layers need from :class:`geo_idlib.gazetteer.Gazetteer`."""

    places: Sequence[Place]

    def admin_units(self, level: int) -> gpd.GeoDataFrame: ...


def equal_area_radius_m(area_m2: float) -> float:
    """Radius of the circle with the same area (how an admin area's extent is drawn)."""
    return math.sqrt(max(0.0, area_m2) / math.pi)


def grow(bbox: BBox, degrees: float) -> BBox:
    """``bbox`` enlarged by ``degrees`` on every side.

    >>> grow((36.0, 35.0, 37.0, 36.0), 0.5)
    (35.5, 34.5, 37.5, 36.5)
    """
    west, south, east, north = bbox
    return (west - degrees, south - degrees, east + degrees, north + degrees)


def _rounded(coords: Any, digits: int) -> Any:
    if isinstance(coords, (float, int)):
        return round(float(coords), digits)
    return [_rounded(c, digits) for c in coords]


def web_geojson(units: gpd.GeoDataFrame, tolerance_m: float, bbox: BBox | None = None) -> dict:
    """Units simplified by ``tolerance_m`` (in a metric CRS) as a small GeoJSON dict.

    Only units meeting ``bbox`` are kept; properties are ``name`` and ``pcode``.
    """
    if bbox is not None:
        units = units[units.intersects(shapely.box(*bbox))]
    units = units.sort_values("pcode")
    simple = units.to_crs(METRIC_CRS).simplify(tolerance_m, preserve_topology=True).to_crs(4326)
    features = []
    for row, geom in zip(units.itertuples(), simple):
        if geom is None or geom.is_empty:
            continue
        mapped = shapely.geometry.mapping(geom)
        features.append({"type": "Feature", "properties": {"name": row.name, "pcode": row.pcode},
                         "geometry": {"type": mapped["type"],
                                      "coordinates": _rounded(mapped["coordinates"], 4)}})
    return {"type": "FeatureCollection", "features": features}


def admin_radii(units: Iterable[gpd.GeoDataFrame]) -> dict[str, float]:
    """P-code -> radius (m) of a circle of the unit's area, for every unit given."""
    radii: dict[str, float] = {}
    for frame in units:
        for pcode, area in zip(frame["pcode"], frame.to_crs(METRIC_CRS).area):
            radii[str(pcode)] = round(equal_area_radius_m(area))
    return radii


def town_labels(places: Iterable[Place], bbox: BBox, limit: int = MAX_LABELS) -> list[list]:
    """``[lat, lon, name, min_zoom, css_class]`` for the most populous towns in ``bbox``.

    The ten largest show at every zoom, the next fifteen from zoom 10, the rest from zoom 11.
    """
    west, south, east, north = bbox
    inside = [p for p in places if p.kind in LABEL_KINDS
              and west <= p.lon <= east and south <= p.lat <= north]
    inside.sort(key=lambda p: (-p.population, p.kind != "city", p.name, p.id))
    named: dict[str, Place] = {}
    for p in inside:  # one label per name (a city can be in the gazetteer from two sources)
        named.setdefault(p.name, p)
    labels = []
    for rank, p in enumerate(list(named.values())[:limit]):
        min_zoom = 0 if rank < 10 else 10 if rank < 25 else 11
        labels.append([round(p.lat, 5), round(p.lon, 5), p.name, min_zoom, "gi-town"])
    return labels


def event_place_labels(events: pd.DataFrame, limit: int = 60) -> list[list]:
    """Labels beside the places events happened at (one per place, at its most used point), the
    places with most events first.

    The 25 busiest show at every zoom, the rest from zoom 10; regions (geo_precision 3)
    get none.

    >>> event_place_labels(pd.DataFrame({"location": ["Saraqib", "Saraqib", ""],
    ...     "latitude": [35.86447] * 3, "longitude": [36.80591] * 3}))
    [[35.86447, 36.80591, 'Saraqib', 0, 'gi-evplace']]
    """
    if "location" not in events or events.empty:
        return []
    places = events.assign(location=events["location"].fillna("").astype(str).str.strip(),
                           lat=events["latitude"].round(5), lon=events["longitude"].round(5))
    places = places[places["location"] != ""]
    if "geo_precision" in places:  # a region's name is no town: its circle says enough
        places = places[places["geo_precision"].fillna(1) < 3]
    # A place is its place_id when the table has one (two towns of one name stay apart, two
    # spellings of one town share a label), else its name; the label is its most used spelling.
    ids = places["place_id"].fillna("").astype(str) if "place_id" in places else pd.Series("", index=places.index)
    places = places.assign(key=ids.where(ids != "", "name:" + places["location"]))
    spots = places.groupby(["key", "location", "lat", "lon"]).size().reset_index(name="n")
    spots = spots.sort_values(["key", "n", "location", "lat", "lon"], ascending=[True, False, True, True, True])
    spots = spots.groupby("key", as_index=False).agg(location=("location", "first"), lat=("lat", "first"),
                                                      lon=("lon", "first"), n=("n", "sum"))
    spots = spots.sort_values(["n", "location"], ascending=[False, True]).head(limit)
    return [[float(r.lat), float(r.lon), r.location, 0 if rank < 25 else 10, "gi-evplace"]
            for rank, r in enumerate(spots.itertuples())]


def without_near(labels: list[list], others: list[list], km: float = 1.5) -> list[list]:
    """``labels`` minus those within ``km`` of one of ``others`` (so a town is not named twice).

    >>> without_near([[35.0, 36.0, "A", 0, "x"], [35.5, 36.0, "B", 0, "x"]], [[35.001, 36.0]])
    [[35.5, 36.0, 'B', 0, 'x']]
    """
    def near(a: list, b: list) -> bool:
        dy = (a[0] - b[0]) * 111.0
        dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
        return dx * dx + dy * dy <= km * km

    return [label for label in labels if not any(near(label, o) for o in others)]


def governorate_labels(governorates: gpd.GeoDataFrame, bbox: BBox) -> list[list]:
    """Labels of the governorates meeting ``bbox``, at a point inside each, from zoom 8 to all."""
    inside = governorates[governorates.intersects(shapely.box(*bbox))].sort_values("pcode")
    labels = []
    for name, geom in zip(inside["name"], inside.geometry):
        point = geom.intersection(shapely.box(*bbox)).representative_point()
        labels.append([round(point.y, 4), round(point.x, 4), name, 0, "gi-gov"])
    return labels


@dataclass(frozen=True)
class Context:
    """Everything the offline basemap draws around one map's events."""

    governorates: dict
    districts: dict
    labels: list = field(default_factory=list)
    admin_radius_m: dict = field(default_factory=dict)

    @classmethod
    def from_gazetteer(cls, gazetteer: GazetteerLike, bbox: BBox) -> Context:
        """Boundaries and labels around ``bbox`` (events' extent) from ``gazetteer``.

        >>> from geo_idlib.gazetteer import Gazetteer  # doctest: +SKIP
        >>> Context.from_gazetteer(Gazetteer.default(), (36.3, 35.4, 36.9, 36.1))  # doctest: +SKIP
        """
        levels = {level: gazetteer.admin_units(level) for level in (1, 2, 3)}
        near = grow(bbox, 0.3)
        return cls(
            governorates=web_geojson(levels[1], tolerance_m=400),
            districts=web_geojson(levels[2], tolerance_m=100, bbox=near),
            labels=governorate_labels(levels[1], near) + town_labels(gazetteer.places, near),
            admin_radius_m=admin_radii(levels.values()),
        )


class BoundariesLayer(LiteralRender, Layer):
    """Admin boundaries (a GeoJSON dict) drawn as plain lines, not clickable."""

    _template = template("boundaries.j2")

    def __init__(self, geojson: dict, name: str, style: dict, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "BoundariesLayer"
        self.data_json = json_for_script(geojson)
        self.style = style


class LabelsLayer(LiteralRender, Layer):
    """Place labels (``[lat, lon, text, min_zoom, css_class]`` rows) that appear by zoom."""

    _template = template("labels.j2")

    def __init__(self, labels: list, name: str = "Town labels", show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "LabelsLayer"
        self.data_json = json_for_script(labels)


#: Boundary styles: governorates heavier than districts.
GOVERNORATE_STYLE = {"color": "#6b6256", "weight": 2.2, "fill": True, "fillColor": "#ffffff",
                     "fillOpacity": 0.45, "opacity": 0.9}
DISTRICT_STYLE = {"color": "#9c9385", "weight": 1, "dashArray": "4 3", "fill": False,
                  "opacity": 0.9}


def context_layers(context: Context, event_labels: list[list] = ()) -> list[Layer]:
    """The offline basemap layers of ``context``, bottom to top, plus ``event_labels``."""
    event_labels = list(event_labels)
    return [
        BoundariesLayer(context.governorates, "Governorates (OCHA)", GOVERNORATE_STYLE),
        BoundariesLayer(context.districts, "Districts (OCHA)", DISTRICT_STYLE),
        LabelsLayer(without_near(context.labels, event_labels) + event_labels, "Place labels"),
    ]


class ContextTheme(BaseTheme):
    """The offline basemap of a :class:`Context` (boundaries, town labels) with ``event_labels``
    (see :func:`event_place_labels`); it credits the map data (see the credits line)."""

    name = "Basemap"
    order = 0

    def __init__(self, context: Context, event_labels: list[list] = ()) -> None:
        self.context, self.event_labels = context, list(event_labels)

    def layers(self, frame: MapFrame) -> list[Layer]:
        return context_layers(self.context, self.event_labels)


def basemap_provider(name: str):
    """The xyzservices tile provider called ``name`` ("OpenStreetMap.HOT", "OpenTopoMap"...), or an
    :class:`InputError` when there is none or it needs an API key.

    >>> basemap_provider("OpenStreetMap.HOT").name
    'OpenStreetMap.HOT'
    """
    try:
        provider = xyz.query_name(name)
    except ValueError:
        raise InputError(f"no basemap called {name!r} (any xyzservices name, e.g. OpenStreetMap.Mapnik, "
                         "OpenStreetMap.HOT, Esri.WorldImagery)", field="basemap") from None
    if provider.requires_token():
        raise InputError(f"the basemap {provider.name} needs an API key", field="basemap")
    return provider


def online_tile_layers(basemap: str | None = None) -> list[folium.TileLayer]:
    """OpenStreetMap, OpenTopoMap and Esri imagery as overlays that start switched off; with
    ``basemap`` (an xyzservices name), that one first, switched on.

    (CartoDB's basemaps now need an API key, so they are not offered by default.)
    """
    providers = [("OpenStreetMap (online)", xyz.OpenStreetMap.Mapnik),
                 ("OpenTopoMap (online)", xyz.OpenTopoMap),
                 ("Esri World Imagery (online)", xyz.Esri.WorldImagery)]
    chosen = basemap_provider(basemap) if basemap else None
    layers = [folium.TileLayer(tiles=chosen, name=f"{chosen.name} (online)", overlay=True, control=True,
                               show=True)] if chosen else []
    return layers + [folium.TileLayer(tiles=provider, name=name, overlay=True, control=True, show=False)
                     for name, provider in providers if chosen is None or provider.name != chosen.name]
