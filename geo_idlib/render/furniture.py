"""Map furniture as folium elements: title, key, sources panel, credits line, date slider,
fullscreen, minimap, and the start call that lays them out.

Each element's HTML is rendered server-side by an autoescaped template (``geo_idlib/templates``)
and placed as a Leaflet control by ``geo_idlib.js``; all of it works offline.

>>> Title("Strikes <b>", "2018").title
'Strikes <b>'
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from branca.element import MacroElement

from geo_idlib.layers.shapes import LegendPanel
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


class Title(LiteralRender, MacroElement):
    """The title and subtitle panel (top right), with the events left out of the view."""

    _template = template("title.j2")

    def __init__(self, title: str, subtitle: str = "", outliers: str = "") -> None:
        super().__init__()
        self._name = "Title"
        self.title, self.subtitle, self.outliers = title, subtitle, outliers


class Legend(LiteralRender, MacroElement):
    """The map's one key (bottom right, collapsible): a section per theme, ``(entry, layers)``;
    a section shows while one of its layers is on the map (always, without layers)."""

    _template = template("legend.j2")

    def __init__(self, sections: Iterable[tuple[LegendPanel, list[MacroElement]]], print_mode: bool = False) -> None:
        super().__init__()
        self._name = "Legend"
        self.entries, self.print_mode = list(sections), print_mode

    @property
    def sections(self) -> list[tuple[LegendPanel, list[str]]]:
        """``(entry, layer names)``, named as rendered (ids are numbered after the map is built)."""
        return [(entry, [layer.get_name() for layer in layers]) for entry, layers in self.entries]


class Credits(LiteralRender, MacroElement):
    """The credits line across the foot of a printed map: the reports' outlets and every data
    source with its licence.

    >>> Credits(["wire", "monitor: update 3", "wire"], limit=5).outlets, Credits(["wire", "monitor"], limit=5).more
    (['wire'], 1)
    """

    _template = template("credits.j2")

    def __init__(self, outlets: Iterable[str], limit: int = 700) -> None:
        super().__init__()
        self._name = "Credits"
        names = list(dict.fromkeys(o.split(":")[0].strip() for o in outlets if o and o.strip()))
        self.outlets = []
        for name in names:  # as many as fit in ``limit`` characters; the sources panel lists all
            if self.outlets and sum(len(n) + 2 for n in self.outlets) + len(name) > limit:
                break
            self.outlets.append(name)
        self.more = len(names) - len(self.outlets)
        self.attributions = ATTRIBUTIONS

    @property
    def text(self) -> str:
        """The line as plain text (what the template renders, unescaped).

        >>> Credits(["wire"]).text.split(". ")[0]
        'Events as reported by wire'
        """
        outlets = ""
        if self.outlets:
            more = f" and {self.more} more (the interactive map lists every source)" if self.more else ""
            outlets = f"Events as reported by {', '.join(self.outlets)}{more}. "
        data = "; ".join(f"{text} ({licence})" for text, _, licence in self.attributions)
        return f"{outlets}{data}. Made with geo_idlib."


class Start(LiteralRender, MacroElement):
    """The last script of a map: lays out the panels (or the print page) and places the labels."""

    _template = template("start.j2")

    def __init__(self, print_mode: bool = False) -> None:
        super().__init__()
        self._name = "Start"
        self.print_mode = print_mode


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
