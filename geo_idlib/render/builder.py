"""``MapBuilder``: themes + offline basemap + furniture -> one self-contained, deterministic map.

Every theme implements :class:`geo_idlib.layers.theme.Theme` (its layers, bounds, dates, sources,
key entry); the builder only loops over them (``add(theme)``), filters them by date, fits the
view, and adds the furniture: one key, the title, the sources (or, printed, the credits line).

>>> import pandas as pd
>>> events = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86447],
...     "longitude": [36.80591], "location": ["Saraqib"], "sub_event_type": ["Air/drone strike"]})
>>> html = MapBuilder("Strikes", context=None).add_events(events).render()
>>> "<script src=" in html, html == MapBuilder("Strikes", context=None).add_events(events).render()
(False, True)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from branca.element import MacroElement
from folium.map import Layer

from geo_idlib.errors import InputError
from geo_idlib.io import write_atomic
from geo_idlib.layers.areas import AreasTheme
from geo_idlib.layers.context import (BBox, Context, ContextTheme, GazetteerLike, BoundariesLayer,
                                      event_place_labels, online_tile_layers)
from geo_idlib.layers.events import as_event_frame, filter_dates, located
from geo_idlib.layers.safe import escape_text
from geo_idlib.layers.strikes import CANVAS_THRESHOLD, StrikesTheme
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.layers.theme import MapFrame, Theme
from geo_idlib.render.assets import InlineScript, InlineStyle, asset, default_icon_js
from geo_idlib.render.furniture import (Credits, Fullscreen, Legend, MiniMap, SourcesPanel, Start,
                                        TimeSlider, Title)
from geo_idlib.render.ids import renumber

#: The most panels the print's small multiples draw (more dates: spread from the first to the last).
MAX_PANELS = 4
#: The narrowest panel (CSS px) small multiples draw: narrower, the key and the title cover the map.
MIN_PANEL_PX = 400
#: Where a map with no events looks: Idlib governorate.
DEFAULT_BBOX: BBox = (36.2, 35.4, 37.0, 36.3)
#: Passed as ``context`` to build the basemap from ``Gazetteer.default()``.
AUTO = "auto"
#: Our own scripts, in load order (``geo_idlib/templates/*.js``), one file per job.
SCRIPTS = ("core.js", "popups.js", "markers.js", "canvas.js", "density.js", "context.js", "shapes.js",
           "control.js", "panels.js", "timeslider.js", "labels.js", "start.js")


class FitView(LiteralRender, MacroElement):
    """Start the map on ``bounds`` (``[[south, west], [north, east]]``) without animating, leaving
    room for the panels (the print page fits again around its title and credits); an animated
    ``fit_bounds`` would make large maps draw twice."""

    _template = template("fitview.j2")

    def __init__(self, bounds: list[list[float]], top_left: tuple[int, int] = (60, 10),
                 bottom_right: tuple[int, int] = (200, 10)) -> None:
        super().__init__()
        self._name = "FitView"
        self.bounds, self.top_left, self.bottom_right = bounds, list(top_left), list(bottom_right)


class OfflineMap(folium.Map):
    """A ``folium.Map`` whose ``default_js``/``default_css`` are emitted inline, never as CDN links.

    Entries are ``(name, asset)`` pairs read by :func:`geo_idlib.render.assets.asset`.
    """

    default_js = [("leaflet", "leaflet.js"), ("markercluster", "markercluster.js"),
                  *((f"geo_idlib_{name.removesuffix('.js')}", name) for name in SCRIPTS)]
    default_css = [("leaflet_css", "leaflet.css"), ("markercluster_css", "markercluster.css"),
                   ("geo_idlib_css", "geo_idlib.css")]

    def render(self, **kwargs: Any) -> None:
        """Put the inline assets into the page head, then render the map itself."""
        header = self.get_root().header
        for name, key in self.default_css:
            header.add_child(InlineStyle(asset(key)), name=name)
        for name, key in self.default_js:
            header.add_child(InlineScript(asset(key)), name=name)
        header.add_child(InlineScript(default_icon_js()), name="leaflet_default_icon")
        super(folium.elements.JSCSSMixin, self).render(**kwargs)


def date_range_text(dates: list[str], count: int, undated: int = 0) -> str:
    """The subtitle: date range and number of events.

    >>> date_range_text(["2018-02-04", "2018-02-05"], 3, undated=1)
    '2018-02-04 to 2018-02-05 · 3 events (1 undated)'
    """
    if not count:
        return "No events"
    span = "" if not dates else dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}"
    text = f"{span} · {count} event{'s' if count != 1 else ''}".lstrip(" ·")
    return text + (f" ({undated} undated)" if undated else "")


def control_dates_text(dates: list[str], most: int = 3) -> str:
    """The control dates a subtitle names: each of a few, else how many and their range (the
    time slider and the key give the rest).

    >>> control_dates_text(["2018-01-06", "2018-02-09"]), control_dates_text(["2017-10-01", "2018-01-06", "2019-05-08", "2020-03-06"])
    ('2018-01-06, 2018-02-09', '4 dates, 2017-10-01 to 2020-03-06')
    """
    return ", ".join(dates) if len(dates) <= most else f"{len(dates)} dates, {dates[0]} to {dates[-1]}"


def union(boxes: list[BBox | None]) -> BBox | None:
    """The box around every box given (``None`` ones ignored).

    >>> union([(36.0, 35.0, 36.5, 35.5), None, (36.2, 35.2, 37.0, 35.4)])
    (36.0, 35.0, 37.0, 35.5)
    """
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))


def spread(dates: list[str], most: int) -> list[str]:
    """At most ``most`` of ``dates``: the first, the last and evenly spaced ones between.

    >>> spread(["a", "b", "c", "d", "e", "f", "g"], 4)
    ['a', 'c', 'e', 'g']
    """
    if len(dates) <= most:
        return list(dates)
    return [dates[round(k * (len(dates) - 1) / (most - 1))] for k in range(most)]


def next_day(date: str) -> str:
    """The ISO date after ``date``.

    >>> next_day("2018-02-28")
    '2018-03-01'
    """
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


class MapBuilder:
    """Collects themes and builds the map: ``MapBuilder(title).add_events(df).save(path)``.

    ``context`` is the offline basemap: ``"auto"`` builds it from ``gazetteer`` (default:
    ``Gazetteer.default()``), a :class:`Context` is used as given, ``None`` draws none.
    ``offline=False`` adds online tile layers (switched off until the reader picks one).
    ``density`` adds the density layer (default: only for large, canvas-drawn maps).
    ``roads`` shows the schematic M5/M4 highways (listed in the layer control either way).
    ``basemap`` (an xyzservices name) is shown under an online map. ``start``/``end`` (ISO dates)
    keep what falls between them, in every theme.

    :meth:`add` takes any :class:`~geo_idlib.layers.theme.Theme`; :meth:`add_events` (strikes,
    the areas of region-level events, and the rings and flows events name), :meth:`add_control`,
    :meth:`add_drawn_control` and :meth:`add_flows` add the bundled ones.
    """

    def __init__(self, title: str = "Air strikes in north-west Syria", subtitle: str | None = None,
                 *, offline: bool = True, context: Context | str | None = AUTO,
                 gazetteer: GazetteerLike | None = None,
                 canvas_threshold: int = CANVAS_THRESHOLD, density: bool | None = None,
                 roads: bool = False, min_people: int = 0, basemap: str | None = None,
                 start: str | None = None, end: str | None = None) -> None:
        self.title, self.subtitle, self.offline, self.basemap = title, subtitle, offline, basemap
        self.density, self.roads, self.min_people = density, roads, min_people
        self.start, self.end = start, end
        self.context, self.gazetteer = context, gazetteer
        self.canvas_threshold = canvas_threshold
        self.frames: list[pd.DataFrame] = []
        self.themes: list[Theme] = []
        #: ``(event row, problem)`` of every row left off the map (no coordinates; a displacement
        #: whose origin or destination the gazetteer does not know), filled by :meth:`build`.
        self.left_off: list[tuple[dict, InputError]] = []
        self._unlocated: list[tuple[dict, InputError]] = []

    def add(self, theme: Theme) -> MapBuilder:
        """Add a theme (anything implementing :class:`~geo_idlib.layers.theme.Theme`); returns ``self``."""
        self.themes.append(theme)
        return self

    def add_events(self, events: pd.DataFrame, *, checked: bool = False) -> MapBuilder:
        """Add ACLED-style events (DataFrame or point GeoDataFrame); returns ``self``. Rows without
        coordinates are left off the map (see :attr:`left_off`). ``checked``: the events come from
        :mod:`geo_idlib.tables` (already checked, with every schema column), so they are not
        checked again."""
        where = located(events)
        for _, row in events[~where].iterrows():
            self._unlocated.append((row.to_dict(), InputError("no coordinates: left off the map", field="latitude")))
        self.frames.append(as_event_frame(events[where], checked=checked))
        return self

    def add_control(self, status: pd.DataFrame) -> MapBuilder:
        """Add a control table as :func:`geo_idlib.layers.control.control_status` returns it (several
        tables: :func:`geo_idlib.layers.control.combine_status`); every place keeps its last known
        status until a later row changes it."""
        from geo_idlib.layers.control_map import ControlTheme

        return self.add(ControlTheme(status))

    def add_drawn_control(self, zones: pd.DataFrame, lines: pd.DataFrame) -> MapBuilder:
        """Add zones and frontlines drawn by a source, as :func:`geo_idlib.layers.control.drawn_control`
        returns them (one layer per date, like derived ones)."""
        from geo_idlib.layers.control_map import ControlTheme

        return self.add(ControlTheme(drawn=(zones, lines)))

    def add_flows(self, flows: pd.DataFrame) -> MapBuilder:
        """Add displacement flows as :func:`geo_idlib.layers.flows.flows_from_table` returns them."""
        from geo_idlib.layers.flows import FlowsTheme

        return self.add(FlowsTheme(flows, min_people=self.min_people))

    @property
    def events(self) -> pd.DataFrame:
        """All events added so far and inside the date range, as one frame."""
        if not self.frames:
            return as_event_frame(pd.DataFrame(columns=["event_date", "latitude", "longitude"]))
        events = pd.concat(self.frames, ignore_index=True)
        return filter_dates(events, self.start, self.end) if self.start or self.end else events

    def _gazetteer(self) -> GazetteerLike:
        if self.gazetteer is None:
            from geo_idlib.gazetteer import Gazetteer
            return Gazetteer.default()
        return self.gazetteer

    def _context(self, bbox: BBox) -> Context | None:
        if self.context != AUTO:
            return self.context  # type: ignore[return-value]
        return Context.from_gazetteer(self._gazetteer(), bbox)

    def _focus(self):
        """The north-west (the view fits the events there), when the gazetteer has its boundaries."""
        if self.context is None:
            return None
        from geo_idlib.layers.control import focus_area

        try:
            return focus_area(self._gazetteer())
        except (AttributeError, InputError):
            return None

    def _event_themes(self, events: pd.DataFrame) -> list[Theme]:
        """The themes of the events: strikes, areas, and the flows and rings they name."""
        from geo_idlib.layers.flows import FlowsTheme, flows_from_events
        from geo_idlib.layers.rings import RingsTheme, rings_from_events

        themes: list[Theme] = [StrikesTheme(events, canvas_threshold=self.canvas_threshold,
                                            density=self.density, focus=self._focus()),
                               AreasTheme(events)]
        self.left_off = list(self._unlocated)
        if len(events) and self.context is not None:
            if {"origin", "destination", "people"} <= set(events.columns):
                skipped: list[InputError] = []
                flows = flows_from_events(events, self._gazetteer(), skipped=skipped)
                self.left_off += [(events.loc[e.line].to_dict(), e) for e in skipped]
                if len(flows):
                    themes.append(FlowsTheme(flows, min_people=self.min_people))
            if {"distance_km", "reference_place"} <= set(events.columns):
                rings = rings_from_events(events, self._gazetteer())
                if len(rings):
                    themes.append(RingsTheme(rings))
        if self.context is not None:
            from geo_idlib.layers.roads import RoadsTheme

            themes.append(RoadsTheme(show=self.roads))
        return themes

    def all_themes(self) -> list[Theme]:
        """Every theme of the map, inside the date range, in drawing order (lowest first)."""
        added = [t.between(self.start, self.end) for t in self.themes] if self.start or self.end else self.themes
        return sorted([*self._event_themes(self.events), *added], key=lambda t: t.order)

    def snapshot_dates(self) -> list[str]:
        """The dates on which a theme shows a state (zones of control), for print panels."""
        return sorted({d for t in self.all_themes() if t.snapshot for d in t.dates()})

    def build(self, *, print_mode: bool = False) -> folium.Map:
        """A new folium map of everything added (element ids numbered deterministically).
        ``print_mode``: the print rendering (no controls, the whole key, the credits line,
        symbols with their tolls instead of clusters)."""
        events = self.events
        themes = self.all_themes()
        bbox = union([t.bounds() for t in themes]) or DEFAULT_BBOX
        context = self._context(bbox)
        gazetteer = self._gazetteer() if context is not None or self.gazetteer is not None or self.themes else None
        frame = MapFrame(gazetteer, context.admin_radius_m if context else None, print_mode)
        m = OfflineMap(location=[(bbox[1] + bbox[3]) / 2, (bbox[0] + bbox[2]) / 2], zoom_start=9,
                       tiles=None, control_scale=True, maxZoom=18, minZoom=4, zoom_control=not print_mode,
                       zoomSnap=0.25 if print_mode else 1, **({"attributionControl": False} if print_mode else {}))
        m.get_root().title = escape_text(self.title)
        if context is not None:
            themes.insert(0, ContextTheme(context, event_place_labels(events)))
        if not self.offline and not print_mode:
            for tiles in online_tile_layers(self.basemap):
                m.add_child(tiles)
        sections, boundaries = [], None
        for theme in themes:
            names = []
            for element in theme.layers(frame):
                m.add_child(element)
                if isinstance(element, Layer):
                    names.append(element)
                if isinstance(element, BoundariesLayer) and boundaries is None:
                    boundaries = element
            entry = theme.legend(frame)
            if entry is not None and names:
                sections.append((entry, names))
        pad = 0.02
        m.add_child(FitView([[bbox[1] - pad, bbox[0] - pad], [bbox[3] + pad, bbox[2] + pad]]))
        notes = [getattr(t, "notes", lambda frame: "")(frame) for t in themes]
        m.add_child(Title(self.title, self.subtitle or self._subtitle(events, themes), " ".join(n for n in notes if n)))
        if sections:
            m.add_child(Legend(sections, print_mode))
        sources = [s for t in themes for s in t.sources()]
        if print_mode:
            m.add_child(Credits(sources))
        else:
            dates = sorted({d for t in themes for d in t.dates()})
            by_date = events["event_date"].astype(str).str[:10].value_counts()
            m.add_child(Fullscreen())
            m.add_child(TimeSlider(dates, [int(by_date.get(d, 0)) for d in dates], len(events)))
            m.add_child(SourcesPanel(sources))
            if boundaries is not None:
                m.add_child(MiniMap(boundaries))
            m.add_child(folium.LayerControl(collapsed=True))
        m.add_child(Start(print_mode))
        renumber(m.get_root())
        return m

    @staticmethod
    def _subtitle(events: pd.DataFrame, themes: list[Theme]) -> str:
        dates = events["event_date"].astype(str).str[:10]
        subtitle = date_range_text(sorted(set(dates) - {""}), len(events), int((dates.str.strip() == "").sum()))
        snapshots = sorted({d for t in themes if t.snapshot for d in t.dates()})
        if not snapshots:
            return subtitle
        control = f"control on {control_dates_text(snapshots)}"
        return f"{subtitle} · {control}" if len(events) else control[0].upper() + control[1:]

    def render(self, *, print_mode: bool = False) -> str:
        """The map's full HTML page (``print_mode``: see :meth:`build`)."""
        return self.build(print_mode=print_mode).get_root().render()

    def save(self, path: str | Path) -> Path:
        """Write the HTML atomically to ``path`` (folders are created)."""
        return write_atomic(path, self.render())

    def print_panels(self, at: str | list[str] | None = None, multiples: bool = True,
                     width: int | None = None) -> list[dict]:
        """What the PNG shows: one panel, or (``multiples`` and several snapshot dates) one per
        date (at most :data:`MAX_PANELS`, and as many as a PNG ``width`` px wide holds at
        :data:`MIN_PANEL_PX` each, spread from the first date to the last), each ``{lo, hi,
        caption, sub}`` for the print page's ``#hash``. ``at``: the map as of that date (events
        up to it, the zones of control in force); several dates: one panel as of each (small
        multiples of the dates chosen; :class:`InputError` when ``width`` cannot hold them)."""
        if isinstance(at, (list, tuple)) and len(at) > 1:
            if width is not None and width < len(at) * MIN_PANEL_PX:
                raise InputError(f"{len(at)} dates need a PNG at least {len(at) * MIN_PANEL_PX} px wide "
                                 f"({MIN_PANEL_PX} px a panel); it is {width} px", field="size")
            return [{"hi": day, "caption": f"As of {day}", "sub": f"Events up to {day}: {{n}}"} for day in sorted(at)]
        if isinstance(at, (list, tuple)):
            at = at[0] if at else None
        if at is not None:
            return [{"hi": at, "caption": self.title, "sub": f"As of {at}: {{n}} events"}]
        most = MAX_PANELS if width is None else min(MAX_PANELS, width // MIN_PANEL_PX)
        dates = spread(self.snapshot_dates(), most) if multiples and most > 1 else []
        if len(dates) < 2:
            return [{}]
        panels, previous = [], None
        for k, day in enumerate(dates):
            lo, last = next_day(previous) if previous else "", k == len(dates) - 1
            events = (f"from {lo}" if last and lo else f"{lo} to {day}" if lo else f"up to {day}")
            panels.append({"lo": lo, "hi": "" if last else day, "caption": f"Control on {day}",
                           "sub": f"Events {events}: {{n}}"})
            previous = day
        return panels

    def to_png(self, path: str | Path | None = None, *, size: tuple[int, int] = (1400, 900),
               scale: float = 1, at: str | list[str] | None = None, multiples: bool = True) -> bytes:
        """The print rendering as PNG bytes (written to ``path`` too when given): ``size`` in
        CSS pixels, ``scale`` pixels per CSS pixel (2 for print), small multiples for a map with
        several snapshot dates (``multiples=False``: one panel), or the map as of ``at``."""
        from geo_idlib.render.png import print_png

        panels = self.print_panels(at, multiples, width=size[0])
        credits = Credits([s for t in self.all_themes() for s in t.sources()])
        data = print_png(self.render(print_mode=True), panels, size=size, scale=scale, title=self.title,
                         subtitle=self.subtitle or self._subtitle(self.events, self.all_themes()),
                         credits=credits.text)
        if path is not None:
            write_atomic(path, data)
        return data

    def _repr_html_(self) -> str:
        """Inline display in Jupyter (an iframe, so it works in untrusted notebooks too)."""
        return self.build()._repr_html_()
