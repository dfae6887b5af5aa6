"""The one protocol every map theme implements, and what the map builder hands each theme.

A theme (strikes, areas, control, flows, rings, roads, context) is one kind of thing on the map.
It says which folium layers it draws, the box its data covers, its dates, the sources behind it
and its entry in the map's key; ``between`` gives the same theme for a date range. The builder
(:class:`geo_idlib.render.builder.MapBuilder`) only loops over these, so a new theme is one module
and no edit of the builder. ``snapshot`` themes (zones of control) show a state on each of their
dates: the print rendering can draw one panel per date.

>>> class Pins(BaseTheme):
...     name = "Pins"
>>> isinstance(Pins(), Theme), Pins().dates(), Pins().bounds()
(True, [], None)
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from branca.element import Element

from geo_idlib.layers.shapes import LegendPanel

#: (west, south, east, north) in degrees.
BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class MapFrame:
    """What every theme may draw with: the gazetteer (``None`` for a map without one), the
    basemap's admin radii (P-code -> metres) and whether this is the print rendering."""

    gazetteer: Any = None
    admin_radius_m: dict | None = None
    print_mode: bool = False


@runtime_checkable
class Theme(Protocol):
    """One kind of thing on the map."""

    name: str
    #: Drawing order: lower first (underneath).
    order: int
    #: True when the theme shows a state on each of its dates (one print panel per date).
    snapshot: bool

    def layers(self, frame: MapFrame) -> list[Element]:
        """The folium elements to add to the map, bottom to top."""

    def bounds(self) -> BBox | None:
        """The box the theme's data covers (``None``: nothing to fit the view to)."""

    def dates(self) -> list[str]:
        """The ISO dates the theme's data falls on, sorted."""

    def sources(self) -> list[str]:
        """Who the data comes from (a report's outlet, a monitor, a map), for the sources panel
        (a name once per item it stands behind, so that the panel can count) and the credits."""

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        """The theme's entry in the map's key (``frame``: for the print rendering's wording)."""

    def between(self, start: str | None, end: str | None) -> Theme:
        """The same theme keeping only what falls from ``start`` to ``end`` (ISO dates; ``None``
        leaves that side open)."""


class BaseTheme:
    """Defaults for a theme: nothing to draw, no bounds, dates, sources or key; dates ignored.
    ``notes(frame)``, optional, is a line under the map's title (what the map leaves out)."""

    name = "Theme"
    order = 50
    snapshot = False

    def layers(self, frame: MapFrame) -> list[Element]:
        return []

    def bounds(self) -> BBox | None:
        return None

    def dates(self) -> list[str]:
        return []

    def sources(self) -> list[str]:
        return []

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        return None

    def between(self, start: str | None, end: str | None) -> BaseTheme:
        return self

    def notes(self, frame: MapFrame) -> str:
        return ""


def split_sources(cells: Any, *, each: bool = False) -> list[str]:
    """Source names of table cells (``;``-separated), in order of first appearance; ``each``:
    once per cell that names them (for counting).

    >>> split_sources(["wire; monitor", None, "wire", float("nan")])
    ['wire', 'monitor']
    >>> split_sources(["wire; monitor", "wire"], each=True)
    ['wire', 'monitor', 'wire']
    """
    names: list[str] = []
    known: dict[str, list[str]] = {}  # the names of each distinct cell, split once
    for cell in cells.to_numpy(dtype=object) if hasattr(cells, "to_numpy") else cells:
        if cell is None or cell != cell:
            continue
        parts = known.get(cell) if isinstance(cell, str) else None
        if parts is None:
            parts = list(dict.fromkeys(part.strip() for part in str(cell).split(";") if part.strip()))
            if isinstance(cell, str):
                known[cell] = parts
        names += parts
    return names if each else list(dict.fromkeys(names))


def frame_bounds(frame: Any) -> BBox | None:
    """The total bounds of a GeoDataFrame as a :data:`BBox`, or ``None`` when it is empty."""
    if frame is None or not len(frame):
        return None
    x0, y0, x1, y1 = (float(v) for v in frame.total_bounds)
    return (x0, y0, x1, y1)
