"""Zones of control on the map: one layer per date, the one in force on the date filter's last date shown.

Each date's layer holds the zones (coloured by controller; contested ones hatched), the "no data"
area (hatched grey: no place with a known status near enough), the unconfirmed area (hatched dark
over the zone's colour: a status older than a change of side nearby), the frontlines (heavy; thin and
dotted between factions of one side) and the places whose status a row of that date gives (a
date listing a whole snapshot, more than :data:`MAX_DOTS` places, draws none: the zones say it).
:class:`ControlTheme` is the map theme; zones drawn by a source (:func:`drawn_control`) come the
same way.

>>> status = pd.DataFrame({"date": ["2018-01-01", "2018-02-01"], "place_id": ["a", "a"],
...     "place": ["A", "A"], "controller": ["opposition", "government"], "source": ["map", "map"],
...     "latitude": [35.5, 35.5], "longitude": [36.5, 36.5]})
>>> ControlTheme(status).between("2018-01-15", None).dates()
['2018-01-15', '2018-02-01']
"""
from __future__ import annotations

import geopandas as gpd
import pandas as pd
import shapely
from branca.element import MacroElement
from shapely.geometry import MultiLineString
from shapely.geometry.base import BaseGeometry

from geo_idlib.errors import InputError
from geo_idlib.layers.control import (NO_DATA_KM, UNCONFIRMED_NOTE, control_layers, focus_area, method_note,
                                      status_on, unconfirmed)
from geo_idlib.layers.places import blank, iso_date
from geo_idlib.layers.shapes import LegendPanel, ShapesLayer, collection, feature, line_swatch
from geo_idlib.layers.sides import COLOURS, canonical_controller, side_of
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame, frame_bounds, split_sources

#: A date listing more places than this (a whole snapshot) draws no dots for them.
MAX_DOTS = 300
#: Derived zones and lines are drawn to this grid (degrees; about 10 m).
GRID_DEGREES = 1e-4
ZONE_STYLE = {"stroke": False, "fillOpacity": 0.2}
NO_DATA_STYLE = {"stroke": False, "fillColor": "url(#gi-nodata)", "fillOpacity": 1, "className": "gi-nodata"}
UNCONFIRMED_STYLE = {"stroke": False, "fillColor": "url(#gi-unconfirmed)", "fillOpacity": 1,
                     "className": "gi-unconfirmed"}
UNCONFIRMED_GREY = "#4d4d4d"
FRONT_STYLE = {"color": "#222222", "weight": 3.5, "opacity": 0.9, "lineCap": "round"}
CONTESTED_FRONT_STYLE = dict(FRONT_STYLE, dashArray="6 5")
BOUNDARY_STYLE = {"color": "#555555", "weight": 1.2, "opacity": 0.8, "dashArray": "2 4"}
CHANGE_STYLE = {"weight": 2, "dashArray": "4 4", "fillOpacity": 0.35, "className": "gi-hatched"}
NO_DATA_GREY = "#8c8c8c"


def _zone_style(controller: str) -> dict:
    style = dict(ZONE_STYLE, fillColor=COLOURS[controller])
    if controller == "IS":
        style.update(fillOpacity=0.45)  # black at the zones' opacity would read as HTS's grey
    if controller == "contested":
        style.update(className="gi-hatched", fillColor="url(#gi-hatch)", fillOpacity=0.9)
    return style


def _line_style(line) -> dict:
    if not getattr(line, "front", True):
        return BOUNDARY_STYLE
    return CONTESTED_FRONT_STYLE if "contested" in (line.side_a, line.side_b) else FRONT_STYLE


def _coarse(geom: BaseGeometry) -> BaseGeometry:
    """A derived shape to :data:`GRID_DEGREES` (about 10 m): finer digits would only say more
    than the derivation knows, and every date's layer carries the whole north-west."""
    return shapely.set_precision(geom, GRID_DEGREES)


def control_data(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame, places: pd.DataFrame | None,
                 no_data: BaseGeometry | None = None, unsure: BaseGeometry | None = None) -> dict:
    """The FeatureCollection of one date: zones, the no-data and unconfirmed areas, frontlines
    and the places."""
    features = []
    for z in zones.itertuples(index=False):
        features.append(feature(_coarse(z.geometry), style=_zone_style(z.controller),
                                tip=f"{z.controller} on {z.date}\n{z.note}"))
    if no_data is not None and not no_data.is_empty:
        features.append(feature(_coarse(no_data), style=NO_DATA_STYLE,
                                tip=f"No data\nno place with a known status within {NO_DATA_KM:g} km"))
    if unsure is not None and not unsure.is_empty:
        features.append(feature(_coarse(unsure), style=UNCONFIRMED_STYLE, tip=f"Unconfirmed\n{UNCONFIRMED_NOTE}"))
    for f in lines.itertuples(index=False):
        kind = "Frontline" if getattr(f, "front", True) else "Boundary (one side, no front)"
        features.append(feature(_coarse(f.geometry), style=_line_style(f),
                                tip=f"{kind}: {f.side_a} | {f.side_b}, {f.date}\n{f.note}"))
    for p in (places.itertuples(index=False) if places is not None else ()):
        colour = COLOURS[p.controller]
        features.append(feature(shapely.Point(p.longitude, p.latitude), radius=4,
                                style={"color": "#ffffff", "weight": 1, "fillColor": colour, "fillOpacity": 1},
                                tip=f"{p.place}\n{p.controller} from {p.date}", title=p.place,
                                rows=[["Controller", p.controller], ["Date", p.date], ["Source", p.source or "none given"]]))
    return collection(features)


def change_data(changes: gpd.GeoDataFrame) -> dict:
    """The FeatureCollection of what changed hands between two dates."""
    return collection([
        feature(c.geometry, style=dict(CHANGE_STYLE, color=COLOURS[c.to_controller], fillColor=COLOURS[c.to_controller]),
                tip=f"{c.from_controller} → {c.to_controller} between {c.before} and {c.after}\n{c.places}",
                title=f"Changed hands: {c.from_controller} → {c.to_controller}",
                rows=[["Between", f"{c.before} and {c.after}"], ["Places", c.places]])
        for c in changes.itertuples(index=False)])


def control_legend(controllers: list[str], note: str, *, boundaries: bool = False, no_data: bool = False,
                   unsure: bool = False) -> LegendPanel:
    """The legend of a control layer: one swatch per side, the frontline, the method."""
    rows = [(_area_swatch(COLOURS[c], hatched=c == "contested"), f"Held by: {c}") for c in controllers]
    rows.append((line_swatch(FRONT_STYLE["color"], 3), "Frontline (derived)"))
    if boundaries:
        rows.append((line_swatch(BOUNDARY_STYLE["color"], 1.2, BOUNDARY_STYLE["dashArray"]),
                     "Boundary between factions of one side (no front)"))
    if no_data:
        rows.append((_area_swatch(NO_DATA_GREY, pattern="gi-nodata"),
                     f"No data: no place with a known status within {NO_DATA_KM:g} km"))
    if unsure:
        rows.append((_area_swatch(UNCONFIRMED_GREY, pattern="gi-unconfirmed"), f"Unconfirmed: {UNCONFIRMED_NOTE}"))
    return LegendPanel("Zones of control", tuple(rows), note)


def _area_swatch(colour: str, *, hatched: bool = False, pattern: str = "") -> str:
    fill = f"url(#{pattern})" if pattern else "url(#gi-hatch)" if hatched else colour
    return (f'<svg width="20" height="14" viewBox="0 0 20 14" aria-hidden="true"><rect x="1" y="1" '
            f'width="18" height="12" fill="{fill}" fill-opacity="0.6" stroke="{colour}"/></svg>')


def control_map_layers(status: pd.DataFrame, *, area: BaseGeometry, dates: list[str] | None = None) -> list:
    """folium elements for a control table: one layer per date (``dates``, default the table's;
    every place carried forward; the latest shown, and the time slider shows the one in force on
    its last date), a layer per change between dates, and the slider hook they need."""
    layers = control_layers(status, area=area, dates=dates)
    return _dated_layers(layers["zones"], layers["frontlines"], status, layers["changes"], layers["no_data"],
                         layers["unconfirmed"])


def drawn_control_map_layers(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame) -> list:
    """The same map layers for zones and frontlines drawn by a source (:func:`drawn_control`)."""
    return _dated_layers(zones, lines, None, None, None)


def _dots(status: pd.DataFrame | None, day: str) -> pd.DataFrame | None:
    if status is None:
        return None
    rows = status[status["date"] == day]
    return rows if len(rows) <= MAX_DOTS else rows.iloc[0:0]


def _dated_layers(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame, status: pd.DataFrame | None,
                  changes: gpd.GeoDataFrame | None, no_data: gpd.GeoDataFrame | None,
                  unsure: gpd.GeoDataFrame | None = None) -> list:
    dates = sorted(set(zones["date"]) | set(lines["date"]))
    out, by_date = [], []

    def on(frame: gpd.GeoDataFrame | None, day: str) -> BaseGeometry | None:
        shapes = frame[frame["date"] == day].geometry if frame is not None else []
        return shapes.iloc[0] if len(shapes) else None

    for day in dates:
        day_zones, day_lines = zones[zones["date"] == day], lines[lines["date"] == day]
        layer = ShapesLayer(control_data(day_zones, day_lines, _dots(status, day), on(no_data, day), on(unsure, day)),
                            f"Control on {day}", show=day == dates[-1])
        by_date.append(layer)
        out.append(layer)
    if changes is not None:
        for (before, after), part in changes.groupby(["before", "after"], sort=True):
            out.append(ShapesLayer(change_data(part), f"Changed hands {before} → {after}", show=False))
    out.append(ControlTimeline(by_date, dates))
    return out


class ControlTheme(BaseTheme):
    """Zones of control and frontlines, derived from a control table (:func:`control_status`:
    every place carried forward from its last row) or, with ``drawn=(zones, lines)``, as drawn by
    a source (:func:`drawn_control`): one layer per date, the one in force on the date filter's
    last date shown. ``start``/``end`` keep the dates between them; a table with rows before
    ``start`` shows the state carried to ``start`` as its first date."""

    name = "Zones of control"
    order = 10
    snapshot = True

    def __init__(self, status: pd.DataFrame | None = None, *,
                 drawn: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame] | None = None,
                 start: str | None = None, end: str | None = None) -> None:
        self.status, self.drawn, self.start, self.end = status, drawn, start, end

    def _frames(self) -> list[pd.DataFrame]:
        return [self.status] if self.drawn is None else list(self.drawn)

    def _in_window(self, day: str) -> bool:
        return (self.start or "") <= day <= (self.end or "9999")

    def layers(self, frame: MapFrame) -> list:
        if not self.dates():
            return []
        if self.drawn is not None:
            return drawn_control_map_layers(*self.drawn)
        return control_map_layers(self.status, area=focus_area(frame.gazetteer), dates=self.dates())

    def bounds(self) -> BBox | None:
        if self.drawn is not None:
            boxes = [frame_bounds(f) for f in self.drawn]
            boxes = [b for b in boxes if b is not None]
            if not boxes:
                return None
            return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        if not len(self.status):
            return None
        return (float(self.status["longitude"].min()), float(self.status["latitude"].min()),
                float(self.status["longitude"].max()), float(self.status["latitude"].max()))

    def dates(self) -> list[str]:
        days = {d for f in self._frames() for d in f["date"] if self._in_window(d)}
        if self.drawn is None and self.start and len(self.status) and min(self.status["date"]) < self.start \
                and self.start <= (self.end or "9999"):
            days.add(self.start)
        return sorted(days)

    def sources(self) -> list[str]:
        if self.drawn is None:
            rows = self.status[self.status["date"] <= (self.end or "9999")]
            return split_sources(rows["source"].map(_source_name))
        return split_sources(n.removeprefix("as drawn by ") for f in self.drawn for n in f["note"]
                             if n.startswith("as drawn by "))

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        dates = self.dates()
        if not dates:
            return None
        if self.drawn is not None:
            controllers = sorted({c for c in self.drawn[0]["controller"]})
            return control_legend(controllers, "; ".join(sorted({n for f in self.drawn for n in f["note"]})))
        shown = [status_on(self.status, d) for d in dates]
        controllers = sorted({c for s in shown for c in s["controller"]})
        counts = sorted({len(s) for s in shown})
        places = f"{counts[0]}" if len(counts) == 1 else f"{counts[0]} to {counts[-1]}"
        on = dates[0] if len(dates) == 1 else f"each of {len(dates)} dates, {dates[0]} to {dates[-1]}"
        note = method_note(places, on)
        boundaries = len({c for c in controllers if side_of(c) == "opposition"}) > 1
        unsure = any(len(unconfirmed(self.status, d)) for d in dates)
        return control_legend(controllers, note, boundaries=boundaries, no_data=True, unsure=unsure)

    def between(self, start: str | None, end: str | None) -> ControlTheme:
        if self.drawn is not None:
            def keep(f: pd.DataFrame) -> pd.DataFrame:
                return f[(f["date"] >= (start or "")) & (f["date"] <= (end or "9999"))]

            zones, lines = self.drawn
            return ControlTheme(drawn=(keep(zones), keep(lines)))
        return ControlTheme(self.status, start=start, end=end)


def _source_name(cell: str) -> str:
    """Who a row's source is: its text up to the first ``": "`` (so that the 2,000 rows of a
    snapshot make one source, as in the credits).

    >>> _source_name("al-Masdar: the army takes Morek (2019-08-23)")
    'al-Masdar'
    """
    return str(cell or "").split(": ", 1)[0]


def drawn_control(data: dict, *, path: str | None = None,
                  starts: list[int] | None = None) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Zones and frontlines drawn by a source, from a GeoJSON FeatureCollection: polygons with
    ``date`` and ``controller``, lines with ``date`` (and ``side_a``/``side_b`` when known);
    ``source`` is optional. Returns ``(zones, frontlines)`` like :func:`control_zones` and
    :func:`frontlines`; bad features raise :class:`InputError` naming the feature and field (and the
    line each feature starts on in the file, when ``starts`` gives them).

    >>> zones, lines = drawn_control({"type": "FeatureCollection", "features": [{"type": "Feature",
    ...     "properties": {"date": "2018-02-01", "controller": "regime"},
    ...     "geometry": {"type": "Polygon", "coordinates": [[[36, 35], [37, 35], [37, 36], [36, 35]]]}}]})
    >>> zones[["controller", "date"]].values.tolist(), len(lines)
    ([['government', '2018-02-01']], 0)
    """
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise InputError("not a GeoJSON FeatureCollection", path=path, line=1)
    zones, lines = [], []
    for number, item in enumerate(features, start=1):
        where = f"feature {number}: "
        at = {"path": path, "line": starts[number - 1] if starts else None}
        if not isinstance(item, dict):
            raise InputError(f"{where}not a GeoJSON feature", **at)
        props = item.get("properties") or {}
        if not isinstance(props, dict):
            raise InputError(f"{where}the properties are not an object", field="properties", **at)
        try:
            geom = shapely.geometry.shape(item.get("geometry") or {})
        except (ValueError, TypeError, AttributeError, KeyError, shapely.errors.GEOSException):
            raise InputError(f"{where}not a valid geometry", **at, field="geometry") from None
        try:
            day = iso_date(props.get("date"), field="date")
        except InputError as exc:
            raise InputError(f"{where}{exc.message}", **at, field="date") from None
        source = "" if blank(props.get("source")) else str(props["source"])
        note = f"as drawn by {source}" if source else "as drawn in the input (not derived)"
        if geom.geom_type in ("Polygon", "MultiPolygon"):
            controller = canonical_controller(props.get("controller", ""))
            if controller is None:
                raise InputError(f"{where}unknown controller {props.get('controller')!r}", **at,
                                 field="controller")
            zones.append({"controller": controller, "date": day, "places": 0, "note": note,
                          "geometry": geom.buffer(0)})
        elif geom.geom_type in ("LineString", "MultiLineString"):
            sides = [canonical_controller(props.get(k, "")) or "unknown" for k in ("side_a", "side_b")]
            lines.append({"side_a": sides[0], "side_b": sides[1], "date": day, "note": note,
                          "geometry": geom if geom.geom_type == "MultiLineString" else MultiLineString([geom])})
        else:
            raise InputError(f"{where}{geom.geom_type} is neither a zone nor a line", **at, field="geometry")
    zone_frame = gpd.GeoDataFrame(zones, columns=["controller", "date", "places", "note", "geometry"],
                                  geometry="geometry", crs=4326)
    line_frame = gpd.GeoDataFrame(lines, columns=["side_a", "side_b", "date", "note", "geometry"],
                                  geometry="geometry", crs=4326)
    if not len(zone_frame) and not len(line_frame):
        raise InputError("no zones or frontlines in the file", path=path)
    return zone_frame, line_frame


class ControlTimeline(LiteralRender, MacroElement):
    """Shows, as the time slider moves, the control layer in force on the slider's last date
    (``geo_idlib/templates/control.js``, which also defines the hatches of contested and no-data areas)."""

    _template = template("control.j2")

    def __init__(self, layers: list, dates: list[str]) -> None:
        super().__init__()
        self._name = "ControlTimeline"
        self.layers, self.dates = layers, list(dates)

    @property
    def layer_names(self) -> list[str]:
        return [layer.get_name() for layer in self.layers]
