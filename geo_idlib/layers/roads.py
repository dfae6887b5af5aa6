"""The highways reports name (M5, M4) as schematic lines through the gazetteer towns they pass.

The lines join the towns straight, in order: they show which towns a road links, not its
course, and every label says so. Towns are gazetteer ids (or names), never coordinates.

>>> from geo_idlib.gazetteer import Gazetteer
>>> schematic_roads(Gazetteer.default())[["ref", "towns"]].values.tolist()[1]
['M4', 'Latakia; Jisr ash Shughūr; Arīḩā; Saraqib; Aleppo']
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString

from geo_idlib.errors import InputError
from geo_idlib.layers.places import Resolver, place_for
from geo_idlib.layers.shapes import LegendPanel, ShapesLayer, collection, feature, line_swatch
from geo_idlib.layers.theme import BaseTheme, MapFrame


@dataclass(frozen=True)
class Road:
    """A road as the towns it passes, in order (gazetteer ids or names)."""

    ref: str
    name: str
    towns: tuple[str, ...]


#: The two highways of the Idlib offensives, in the north-west.
ROADS = (
    Road("M5", "Damascus\u2013Aleppo highway", (
        "gn:170017",  # Hama
        "gn:163915",  # Suran
        "gn:166640",  # Murak (Morek)
        "gn:168325",  # Khan Shaykhun
        "gn:167611",  # Ma`arrat an Nu`man
        "gn:164816",  # Saraqib
        "gn:170063",  # Aleppo
    )),
    Road("M4", "Latakia\u2013Aleppo highway", (
        "gn:173576",  # Latakia
        "gn:169023",  # Jisr ash Shughur
        "gn:172994",  # Ariha
        "gn:164816",  # Saraqib, where the M4 meets the M5
        "gn:170063",  # Aleppo, with the M5
    )),
)
#: Columns of the roads GeoDataFrame, before ``geometry``.
ROAD_COLUMNS = ["ref", "name", "towns", "label"]
COLOUR = "#a6611a"
LABEL_STYLE = {"transform": "translate(-50%, -50%)", "fontWeight": "700", "fontSize": "12px",
               "color": "#ffffff", "background": COLOUR, "padding": "0 4px", "borderRadius": "3px",
               "textShadow": "none"}


def schematic_roads(gazetteer: Resolver, roads: Sequence[Road] = ROADS) -> gpd.GeoDataFrame:
    """``roads`` as straight lines through their towns; an unknown town raises :class:`InputError`."""
    rows, lines = [], []
    for road in roads:
        places = []
        for town in road.towns:
            place = place_for(town, gazetteer)
            if place is None:
                raise InputError(f"{road.ref}: unknown town {town!r} (no gazetteer match)",
                                 field="towns")
            places.append(place)
        rows.append({"ref": road.ref, "name": road.name,
                     "towns": "; ".join(p.name for p in places),
                     "label": f"{road.ref} highway (schematic, through the towns it passes)"})
        lines.append(LineString([(p.lon, p.lat) for p in places]))
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=ROAD_COLUMNS), geometry=lines, crs=4326)


def road_data(roads: gpd.GeoDataFrame) -> dict:
    """The FeatureCollection drawn by :func:`roads_layer`: a white casing and the line per road,
    and its ``ref`` at the middle of the line."""
    casings, lines, labels = [], [], []
    for row in roads.itertuples(index=False):
        route = row.towns.replace("; ", " \u2013 ")
        text = {"tip": f"{row.label}\n{row.name}: {route}",
                "title": row.label, "rows": [["Road", row.name], ["Through", row.towns],
                                             ["Drawn", "straight between the towns, not the road's course"]]}
        casings.append(feature(row.geometry, style={"color": "#ffffff", "weight": 6, "opacity": 0.9}))
        lines.append(feature(row.geometry, style={"color": COLOUR, "weight": 3, "opacity": 0.9},
                             **text))
        labels.append(feature(row.geometry.interpolate(0.5, normalized=True),
                              label=f"{row.ref} (schematic)", labelStyle=LABEL_STYLE))
    return collection(casings + lines + labels)


LEGEND = LegendPanel(
    "Highways",
    ((line_swatch(COLOUR, 3), "M5 / M4, schematic: straight between the towns they pass"),),
    "Shows which towns a highway links, not its exact course.")


def roads_layer(roads: gpd.GeoDataFrame, *, name: str = "Highways M5/M4 (schematic)",
                show: bool = True) -> ShapesLayer:
    """The folium layer of ``roads`` (from :func:`schematic_roads`); its key is :data:`LEGEND`.

    >>> roads_layer(gpd.GeoDataFrame(columns=ROAD_COLUMNS, geometry=[], crs=4326)).layer_name
    'Highways M5/M4 (schematic)'
    """
    return ShapesLayer(road_data(roads), name, show)


class RoadsTheme(BaseTheme):
    """The schematic M5/M4 (from the frame's gazetteer), listed in the layer control either way
    and shown when ``show``; they do not move the view."""

    name = "Highways M5/M4 (schematic)"
    order = 30

    def __init__(self, *, show: bool = False, roads: Sequence[Road] = ROADS) -> None:
        self.show, self.roads = show, roads

    def layers(self, frame: MapFrame) -> list:
        if frame.gazetteer is None:
            return []
        return [roads_layer(schematic_roads(frame.gazetteer, self.roads), name=self.name, show=self.show)]

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        return LEGEND
