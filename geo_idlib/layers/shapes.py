"""A folium layer of styled shapes, point labels and circle symbols, drawn by Leaflet alone.

The flows, rings and roads layers build a GeoJSON FeatureCollection whose properties say how
each feature is drawn: ``style`` (Leaflet path options), ``radius`` (a point drawn as a circle of
that many pixels), ``label`` and ``labelStyle`` (a point drawn as text), ``tip`` (tooltip text,
first line bold) and ``title``/``rows`` (a popup of ``[label, value]`` rows). All text reaches the
page through ``textContent``; the data travels as one JSON block (:func:`json_for_script`).
``dates`` (``[start, end]``) make a feature follow the map's date filter. A theme's
:class:`LegendPanel` is its entry in the map's one key.

>>> f = feature(shapely.Point(36.8, 35.86), label="Saraqib <b>")
>>> f["geometry"], f["properties"]
({'type': 'Point', 'coordinates': [36.8, 35.86]}, {'label': 'Saraqib <b>'})
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import shapely
from folium.map import Layer

from geo_idlib.layers.safe import escape_text, json_for_script
from geo_idlib.layers.templating import LiteralRender, template

#: Decimal places kept in coordinates (about 1 m).
DIGITS = 5


def _rounded(coords: Any) -> Any:
    if isinstance(coords, (float, int)):
        return round(float(coords), DIGITS)
    return [_rounded(c) for c in coords]


def feature(geometry: shapely.Geometry, **properties: Any) -> dict:
    """A GeoJSON feature of ``geometry`` (lon/lat, rounded) with the drawing ``properties`` given."""
    mapped = shapely.geometry.mapping(geometry)
    return {"type": "Feature", "properties": properties,
            "geometry": {"type": mapped["type"], "coordinates": _rounded(mapped["coordinates"])}}


def collection(features: list[dict]) -> dict:
    """A GeoJSON FeatureCollection of ``features``."""
    return {"type": "FeatureCollection", "features": features}


@dataclass(frozen=True)
class LegendPanel:
    """A legend: a title, rows of ``(swatch_svg, text)`` and a note. Swatches are our own SVG
    (see :func:`line_swatch`); titles, texts and notes are escaped by the template."""

    title: str
    rows: tuple[tuple[str, str], ...]
    note: str = ""
    #: Symbol sizes, shown side by side: ``(swatch_svg, text)``.
    sizes: tuple[tuple[str, str], ...] = ()


def line_swatch(colour: str, width: float, dash: str = "", width_px: int = 26) -> str:
    """An inline ``<svg>`` line for a legend row.

    >>> svg = line_swatch("#0072B2", 3, "6 4")
    >>> svg.startswith('<svg width="26" height="12"'), 'stroke-dasharray="6 4"' in svg
    (True, True)
    """
    height = max(12, int(width) + 4)
    mid = height / 2
    dash_attr = f' stroke-dasharray="{escape_text(dash)}"' if dash else ""
    return (f'<svg width="{width_px}" height="{height}" viewBox="0 0 {width_px} {height}" '
            f'aria-hidden="true"><line x1="1" y1="{mid:g}" x2="{width_px - 1}" y2="{mid:g}" '
            f'stroke="{escape_text(colour)}" stroke-width="{width:g}"{dash_attr} '
            f'stroke-linecap="butt"/></svg>')


def circle_swatch(colour: str, radius: float) -> str:
    """An inline ``<svg>`` circle for a legend row.

    >>> circle_swatch("#56B4E9", 5)[:40]
    '<svg width="14" height="14" viewBox="0 0'
    """
    size = int(2 * radius + 4)
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 {size} {size}" aria-hidden="true">'
            f'<circle cx="{size / 2:g}" cy="{size / 2:g}" r="{radius:g}" '
            f'fill="{escape_text(colour)}" fill-opacity="0.45" stroke="{escape_text(colour)}" '
            f'stroke-width="1.5"/></svg>')


class ShapesLayer(LiteralRender, Layer):
    """A folium layer drawing a FeatureCollection of :func:`feature` dicts (``geo_idlib/templates/shapes.js``).

    >>> ShapesLayer(collection([]), "Nothing").data_json
    '{"features":[],"type":"FeatureCollection"}'
    """

    _template = template("shapes.j2")

    def __init__(self, data: dict, name: str, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "ShapesLayer"
        self.data_json = json_for_script(data)
