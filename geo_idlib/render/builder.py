"""``MapBuilder``: events + offline basemap + furniture -> one self-contained, deterministic map.

>>> import pandas as pd
>>> events = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86447],
...     "longitude": [36.80591], "location": ["Saraqib"], "sub_event_type": ["Air/drone strike"]})
>>> html = MapBuilder("Strikes", context=None).add_events(events).render()
>>> "<script src=" in html, html == MapBuilder("Strikes", context=None).add_events(events).render()
(False, True)
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import folium
import pandas as pd
from branca.element import MacroElement

from geo_idlib.errors import InputError
from geo_idlib.io import write_atomic
from geo_idlib.layers.context import (BBox, Context, GazetteerLike, context_layers,
                                      event_place_labels, online_tile_layers)
from geo_idlib.layers.events import as_event_frame, located
from geo_idlib.layers.strikes import CANVAS_THRESHOLD, DensityLayer, StrikesLayer, strike_payload
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.render.assets import InlineScript, InlineStyle, asset, default_icon_js
from geo_idlib.render.furniture import Fullscreen, Legend, MiniMap, SourcesPanel, TimeSlider, Title
from geo_idlib.render.ids import renumber
from geo_idlib.layers.safe import escape_text

#: Where a map with no events looks: Idlib governorate.
DEFAULT_BBOX: BBox = (36.2, 35.4, 37.0, 36.3)
#: Passed as ``context`` to build the basemap from ``Gazetteer.default()``.
AUTO = "auto"


class FitView(LiteralRender, MacroElement):
    """Start the map on ``bounds`` (``[[south, west], [north, east]]``) without animating, leaving
    room for the panels; an animated ``fit_bounds`` would make large maps draw twice."""

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
                  ("geo_idlib", "geo_idlib.js")]
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


def per_date(payload: dict) -> list[int]:
    """Events per date of a strikes payload, in the order of ``payload["dates"]``.

    >>> per_date({"dates": ["2018-02-04", "2018-02-05"], "cols": {"d": [1, -1, 1, 0]}})
    [1, 2]
    """
    counts = [0] * len(payload["dates"])
    for d in payload["cols"]["d"]:
        if d >= 0:
            counts[d] += 1
    return counts


class MapBuilder:
    """Collects events and builds the map: ``MapBuilder(title).add_events(df).save(path)``.

    ``context`` is the offline basemap: ``"auto"`` builds it from ``gazetteer`` (default:
    ``Gazetteer.default()``), a :class:`Context` is used as given, ``None`` draws none.
    ``offline=False`` adds online tile layers (switched off until the reader picks one).
    ``density`` adds the density layer (default: only for large, canvas-drawn maps).
    ``roads`` shows the schematic M5/M4 highways (listed in the layer control either way).
    ``basemap`` (an xyzservices name) is shown under an online map.

    Besides events: :meth:`add_control` (zones and frontlines per date, on the time slider) and
    :meth:`add_flows` (displacement arrows). Distance claims (``distance_km`` +
    ``reference_place``) draw rings; displacement events with an origin and a destination draw
    flows.
    """

    def __init__(self, title: str = "Air strikes in north-west Syria", subtitle: str | None = None,
                 *, offline: bool = True, context: Context | str | None = AUTO,
                 gazetteer: GazetteerLike | None = None,
                 canvas_threshold: int = CANVAS_THRESHOLD, density: bool | None = None,
                 roads: bool = False, min_people: int = 0, basemap: str | None = None) -> None:
        self.title, self.subtitle, self.offline, self.basemap = title, subtitle, offline, basemap
        self.density, self.roads, self.min_people = density, roads, min_people
        self.control: list[pd.DataFrame] = []
        self.drawn: list[tuple[pd.DataFrame, pd.DataFrame]] = []
        self.flows: list[pd.DataFrame] = []
        self.context, self.gazetteer = context, gazetteer
        self.canvas_threshold = canvas_threshold
        self.frames: list[pd.DataFrame] = []
        #: ``(event row, problem)`` of every row left off the map (no coordinates; a displacement
        #: whose origin or destination the gazetteer does not know), filled by :meth:`build`.
        self.left_off: list[tuple[dict, InputError]] = []
        self._unlocated: list[tuple[dict, InputError]] = []

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
        """Add a control table as :func:`geo_idlib.layers.control.control_status` returns it."""
        self.control.append(status)
        return self

    def add_drawn_control(self, zones: pd.DataFrame, lines: pd.DataFrame) -> MapBuilder:
        """Add zones and frontlines drawn by a source, as :func:`geo_idlib.layers.control.drawn_control`
        returns them (one layer per date, like derived ones)."""
        self.drawn.append((zones, lines))
        return self

    def add_flows(self, flows: pd.DataFrame) -> MapBuilder:
        """Add displacement flows as :func:`geo_idlib.layers.flows.flows_from_table` returns them."""
        self.flows.append(flows)
        return self

    @property
    def events(self) -> pd.DataFrame:
        """All events added so far, as one frame."""
        if not self.frames:
            return as_event_frame(pd.DataFrame(columns=["event_date", "latitude", "longitude"]))
        return pd.concat(self.frames, ignore_index=True)

    def _gazetteer(self) -> GazetteerLike:
        if self.gazetteer is None:
            from geo_idlib.gazetteer import Gazetteer
            return Gazetteer.default()
        return self.gazetteer

    def _context(self, bbox: BBox) -> Context | None:
        if self.context != AUTO:
            return self.context  # type: ignore[return-value]
        return Context.from_gazetteer(self._gazetteer(), bbox)

    def _themes(self, events: pd.DataFrame) -> tuple[pd.DataFrame | None, pd.DataFrame | None, pd.DataFrame | None]:
        """The control table, flows and rings to draw (``None`` where there is nothing)."""
        from geo_idlib.layers.flows import flows_from_events
        from geo_idlib.layers.rings import rings_from_events

        control = pd.concat(self.control, ignore_index=True) if self.control else None
        flows = list(self.flows)
        rings = None
        self.left_off = list(self._unlocated)
        if len(events) and self.context is not None:
            if {"origin", "destination", "people"} <= set(events.columns):
                skipped: list[InputError] = []
                from_events = flows_from_events(events, self._gazetteer(), skipped=skipped)
                self.left_off += [(events.loc[e.line].to_dict(), e) for e in skipped]
                if len(from_events):
                    flows.append(from_events)
            if {"distance_km", "reference_place"} <= set(events.columns):
                rings = rings_from_events(events, self._gazetteer())
        flows_frame = pd.concat(flows, ignore_index=True) if flows else None
        return control, flows_frame, rings if rings is not None and len(rings) else None

    def build(self) -> folium.Map:
        """A new folium map of everything added (element ids numbered deterministically)."""
        events = self.events
        control, flows, rings = self._themes(events)
        lons = list(events["longitude"]) + (list(control["longitude"]) if control is not None else [])
        lats = list(events["latitude"]) + (list(control["latitude"]) if control is not None else [])
        shapes = [f for f in (flows, *(frame for pair in self.drawn for frame in pair)) if f is not None and len(f)]
        for frame in shapes:
            x0, y0, x1, y1 = frame.total_bounds
            lons, lats = lons + [x0, x1], lats + [y0, y1]
        bbox: BBox = (min(lons), min(lats), max(lons), max(lats)) if lons else DEFAULT_BBOX
        context = self._context(bbox)
        m = OfflineMap(location=[(bbox[1] + bbox[3]) / 2, (bbox[0] + bbox[2]) / 2], zoom_start=9,
                       tiles=None, control_scale=True, maxZoom=18, minZoom=4)
        m.get_root().title = escape_text(self.title)
        boundaries = None
        if context is not None:
            layers = context_layers(context, event_place_labels(events))
            boundaries = layers[0]
            for layer in layers:
                m.add_child(layer)
        if not self.offline:
            for tiles in online_tile_layers(self.basemap):
                m.add_child(tiles)
        self._add_themes(m, control, flows, rings)
        payload = strike_payload(events, context.admin_radius_m if context else None)
        strikes = StrikesLayer(payload, canvas_threshold=self.canvas_threshold)
        m.add_child(strikes)
        density = strikes.mode == "canvas" if self.density is None else self.density
        if density:
            m.add_child(DensityLayer(strikes))  # drawn in its own pane, under the events
        pad = 0.02
        m.add_child(FitView([[bbox[1] - pad, bbox[0] - pad], [bbox[3] + pad, bbox[2] + pad]]))
        subtitle = date_range_text(payload["dates"], payload["n"], payload["cols"]["d"].count(-1))
        dates, counts = payload["dates"], per_date(payload)
        control_dates = sorted(set(control["date"] if control is not None else []) | {
            d for pair in self.drawn for frame in pair for d in frame["date"]})
        if control_dates:
            subtitle = f"{subtitle} · control on {', '.join(control_dates)}"
            by_date = dict(zip(dates, counts))
            dates = sorted(set(dates) | set(control_dates))
            counts = [by_date.get(d, 0) for d in dates]
        sources = [events["source"].dropna() if "source" in events else pd.Series(dtype=str)]
        sources += [frame["source"] for frame in (control, flows, rings) if frame is not None]
        sources += [pd.Series([n.removeprefix("as drawn by ") for n in frame["note"] if n.startswith("as drawn by ")],
                              dtype=str) for pair in self.drawn for frame in pair]
        furniture: list[MacroElement] = [
            Title(self.title, self.subtitle or subtitle),
            Fullscreen(),
            TimeSlider(dates, counts, payload["n"]),
            SourcesPanel(pd.concat(sources, ignore_index=True).dropna()),
        ]
        if boundaries is not None:
            furniture.append(MiniMap(boundaries))
        if payload["n"]:
            furniture.append(Legend(events.get("sub_event_type", pd.Series(dtype=str)).dropna(),
                                    strikes.mode, density))
        for element in furniture:
            m.add_child(element)
        m.add_child(folium.LayerControl(collapsed=True))
        renumber(m.get_root())
        return m

    def _add_themes(self, m: folium.Map, control: pd.DataFrame | None, flows: pd.DataFrame | None,
                    rings: pd.DataFrame | None) -> None:
        """Control zones at the bottom, then roads, flows and rings, under the events."""
        from geo_idlib.layers.control import control_map_layers, drawn_control_map_layers, focus_area
        from geo_idlib.layers.flows import flows_layer
        from geo_idlib.layers.rings import rings_layer
        from geo_idlib.layers.roads import roads_layer, schematic_roads

        if control is not None:
            for element in control_map_layers(control, area=focus_area(self._gazetteer())):
                m.add_child(element)
        for zones, lines in self.drawn:
            for element in drawn_control_map_layers(zones, lines):
                m.add_child(element)
        if self.context is not None:
            m.add_child(roads_layer(schematic_roads(self._gazetteer()), show=self.roads))
        if flows is not None and len(flows):
            m.add_child(flows_layer(flows, min_people=self.min_people))
        if rings is not None:
            m.add_child(rings_layer(rings))

    def render(self) -> str:
        """The map's full HTML page."""
        return self.build().get_root().render()

    def save(self, path: str | Path) -> Path:
        """Write the HTML atomically to ``path`` (folders are created)."""
        return write_atomic(path, self.render())

    def _repr_html_(self) -> str:
        """Inline display in Jupyter (an iframe, so it works in untrusted notebooks too)."""
        return self.build()._repr_html_()
