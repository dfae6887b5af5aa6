"""Map furniture as folium elements: title, legend, sources panel, date slider, fullscreen, minimap.

Each element's HTML is rendered server-side by an autoescaped template (``geo_idlib/templates``)
and placed as a Leaflet control by ``geo_idlib.js``; all of it works offline.

>>> Title("Strikes <b>", "2018").title
'Strikes <b>'
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from branca.element import MacroElement

from geo_idlib.layers.symbols import OTHER, SYMBOLS, Symbol, size_px, svg
from geo_idlib.layers.templating import LiteralRender, template

#: The data every map draws on: (credit, link, licence).
ATTRIBUTIONS = (
    ("OCHA Syria administrative boundaries (COD-AB)", "https://data.humdata.org/dataset/cod-ab-syr",
     "CC BY 3.0 IGO"),
    ("GeoNames place names", "https://www.geonames.org/", "CC BY 4.0"),
    ("Wikipedia contributors, Syrian Civil War detailed map",
     "https://en.wikipedia.org/wiki/Template:Syrian_Civil_War_detailed_map", "CC BY-SA 4.0"),
    ("Leaflet and Leaflet.markercluster", "https://leafletjs.com/", "BSD 2-Clause / MIT"),
)
#: Fatality counts shown in the size legend.
LEGEND_SIZES = (0, 10, 50, 150)


class Title(LiteralRender, MacroElement):
    """The title and subtitle panel (top right)."""

    _template = template("title.j2")

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self._name = "Title"
        self.title, self.subtitle = title, subtitle


class Legend(LiteralRender, MacroElement):
    """Symbols of the types shown, symbol sizes, and how precision is drawn (bottom right)."""

    _template = template("legend.j2")

    def __init__(self, types: Iterable[str], mode: str = "markers", density: bool = False) -> None:
        super().__init__()
        self._name = "Legend"
        symbols: list[Symbol] = [SYMBOLS[t] for t in SYMBOLS if t in set(types)]
        if any(t not in SYMBOLS for t in types):
            symbols.append(OTHER)
        self.types = [(s.label, svg(s, 18)) for s in symbols]
        grey = Symbol("", OTHER.path, "#777777")
        self.sizes = [(n or "0 or none reported", svg(grey, size_px(n))) for n in LEGEND_SIZES]
        self.exact_icon = svg(symbols[0] if symbols else OTHER, 16)
        self.mode, self.density = mode, density


class SourcesPanel(LiteralRender, MacroElement):
    """The reports' sources (with event counts) and the map data's licences (bottom left)."""

    _template = template("sources.j2")

    def __init__(self, sources: Iterable[str], limit: int = 30) -> None:
        super().__init__()
        self._name = "SourcesPanel"
        counts = Counter(part.strip() for cell in sources for part in str(cell).split(";")
                         if part.strip())
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        self.reports, self.more = ranked[:limit], max(0, len(ranked) - limit)
        self.attributions = ATTRIBUTIONS


class TimeSlider(LiteralRender, MacroElement):
    """Two range inputs over the events' dates that filter every strikes layer, above a bar chart
    of events per date (bottom left). ``counts[i]`` is the number of events on ``dates[i]``."""

    _template = template("timeslider.j2")

    def __init__(self, dates: list[str], counts: list[int], total: int) -> None:
        super().__init__()
        self._name = "TimeSlider"
        self.dates, self.counts, self.total = dates, counts, total


class Fullscreen(LiteralRender, MacroElement):
    """A full-screen button (top left)."""

    _template = template("fullscreen.j2")

    def __init__(self) -> None:
        super().__init__()
        self._name = "Fullscreen"


class MiniMap(LiteralRender, MacroElement):
    """An overview map of a boundaries layer's data with the main view framed (top left)."""

    _template = template("minimap.j2")

    def __init__(self, boundaries: MacroElement) -> None:
        super().__init__()
        self._name = "MiniMap"
        self.boundaries = boundaries
