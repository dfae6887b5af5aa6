"""Zones of control and frontlines derived from which place is held by whom.

Method (stated in every legend entry): each place with a known controller on a date gets the
area closer to it than to any other listed place (a Voronoi cell, computed in UTM 37N), clipped
to the north-west governorates and to a margin around the listed places; cells are dissolved by
controller into zones; frontlines are the edges two zones of different controllers share,
smoothed to read and split per pair of sides. Contested places form their own zone (drawn
hatched). It is a derivation from N points, not a surveyed line: its precision is the spacing of
the places listed.

>>> import pandas as pd
>>> from shapely.geometry import box
>>> status = pd.DataFrame({"date": ["2018-01-01"] * 2, "place_id": ["a", "b"], "place": ["A", "B"],
...     "controller": ["government", "opposition"], "source": ["s", "s"],
...     "latitude": [35.5, 35.5], "longitude": [36.5, 36.7]})
>>> zones = control_zones(status, "2018-01-01", area=box(36.3, 35.3, 36.9, 35.7))
>>> sorted(zones["controller"]), len(frontlines(zones))
(['government', 'opposition'], 1)
"""
from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import MacroElement
from shapely.geometry import LineString, MultiLineString, MultiPoint
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import Gazetteer
from geo_idlib.layers.places import blank, check_columns, iso_date, places_in
from geo_idlib.layers.shapes import LegendPanel, ShapesLayer, collection, feature, line_swatch
from geo_idlib.layers.templating import LiteralRender, template
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame, frame_bounds, split_sources

METRIC_CRS = 32637  # UTM zone 37N: metres across north-west Syria
FOCUS_ADMIN1 = ("SY02", "SY05", "SY06", "SY07")
MARGIN_KM = 12.0  # how far beyond the outermost listed places zones may reach
SMOOTH_ITERATIONS = 3

#: Canonical controllers, and the words reports and maps use for them.
CONTROLLERS = {
    "government": ("government", "gov", "regime", "saa", "syrian army", "syrian government", "pro-government"),
    "opposition": ("opposition", "opp", "rebels", "rebel", "fsa", "nlf", "national front for liberation"),
    "HTS": ("hts", "hayat tahrir al-sham", "tahrir al-sham", "jan", "nusra", "jabhat al-nusra", "opp_jan"),
    "Turkey-backed": ("turkey-backed", "turkey", "sna", "tfsa", "syrian national army"),
    "SDF": ("sdf", "ypg", "syrian democratic forces"),
    "IS": ("is", "isis", "isil", "islamic state"),
    "contested": ("contested", "disputed", "frontline"),
}
_LOOKUP = {alias: canon for canon, aliases in CONTROLLERS.items() for alias in aliases}
#: Colours for each controller (colour-blind-safe where it matters: government vs the rest).
COLOURS = {"government": "#c0392b", "opposition": "#2e8b57", "HTS": "#4d4d4d",
           "Turkey-backed": "#1f78b4", "SDF": "#e6ab02", "IS": "#111111", "contested": "#9b59b6"}
STATUS_COLUMNS = ("date", "place", "controller")


def canonical_controller(text: str) -> str | None:
    """The canonical name of a controller, or ``None`` if the word is unknown.

    >>> canonical_controller("Regime"), canonical_controller("JaN"), canonical_controller("x")
    ('government', 'HTS', None)
    """
    return _LOOKUP.get(re.sub(r"\s+", " ", str(text).strip().lower()))


def control_status(frame: pd.DataFrame, gazetteer: Gazetteer, *, path: str | None = None) -> pd.DataFrame:
    """Validate a control table (``date, place, controller[, source]``) and resolve its places.

    ``place`` is a gazetteer id or a name (resolved; must score >= ``ACCEPT_SCORE``). Returns
    ``date, place_id, place, controller, source, latitude, longitude``, sorted. Bad rows raise
    :class:`InputError` naming the line (CSV line = the row's index + 2) and the field.
    """
    check_columns(frame.columns, STATUS_COLUMNS, path=path)
    rows, lines = [], []
    for index, row in zip(frame.index, frame.to_dict("records")):
        line = int(index) + 2
        lines.append(line)
        day = iso_date(row["date"], field="date", path=path, line=line)
        controller = canonical_controller(row["controller"])
        if controller is None:
            raise InputError(f"unknown controller {row['controller']!r} (one of: {', '.join(CONTROLLERS)})",
                             path=path, line=line, field="controller")
        places = places_in(row["place"], gazetteer, field="place", path=path, line=line)
        if len(places) != 1:
            raise InputError("one place per row", path=path, line=line, field="place")
        place = places[0]
        source = row.get("source")
        rows.append({"date": day, "place_id": place.id, "place": place.name, "controller": controller,
                     "source": "" if blank(source) else str(source),
                     "latitude": place.lat, "longitude": place.lon})
    out = pd.DataFrame(rows, columns=["date", "place_id", "place", "controller", "source", "latitude", "longitude"])
    dup = out.duplicated(["date", "place_id"], keep=False) & ~out.duplicated(["date", "place_id", "controller"], keep=False)
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[1])
        raise InputError(f"{out.loc[i, 'place']} has two controllers on {out.loc[i, 'date']}", path=path,
                         line=lines[i], field="controller")
    return out.drop_duplicates(["date", "place_id"]).sort_values(["date", "place_id"], ignore_index=True)


def focus_area(gazetteer: Gazetteer) -> BaseGeometry:
    """The north-west governorates (Idlib, Hama, Aleppo, Lattakia) as one polygon (lon/lat)."""
    units = gazetteer.admin_units(1)
    return unary_union(list(units[units["pcode"].isin(FOCUS_ADMIN1)].geometry))


def _cells(points: gpd.GeoSeries, area_m: BaseGeometry) -> list[BaseGeometry]:
    """Voronoi cells of metric ``points``, one per point in order (points at the same spot, to
    the metre, share one cell), clipped to ``area_m``."""
    keys = [(round(p.x), round(p.y)) for p in points]
    unique = list(dict.fromkeys(keys))
    if len(unique) == 1:
        return [area_m] * len(keys)
    diagram = shapely.voronoi_polygons(MultiPoint([shapely.Point(k) for k in unique]), extend_to=area_m, ordered=True)
    cell_of = {k: cell.intersection(area_m) for k, cell in zip(unique, diagram.geoms)}
    return [cell_of[k] for k in keys]


def _around(points_m: gpd.GeoSeries, area: BaseGeometry) -> BaseGeometry:
    """``area`` (lon/lat) in metres, cut to ``MARGIN_KM`` around the points."""
    area_m = gpd.GeoSeries([area], crs=4326).to_crs(METRIC_CRS).iloc[0]
    return area_m.intersection(MultiPoint(list(points_m)).convex_hull.buffer(MARGIN_KM * 1000))


def control_zones(status: pd.DataFrame, on: str, *, area: BaseGeometry) -> gpd.GeoDataFrame:
    """Zones of control on date ``on``: one row per controller (``controller, date, places,
    note, geometry``), covering the area around the listed places without gaps or overlaps.

    ``area`` (lon/lat) bounds the zones, e.g. :func:`focus_area`; they also stop ``MARGIN_KM``
    beyond the outermost listed places.
    """
    day = status[status["date"] == on]
    if day.empty:
        raise InputError(f"no control status on {on}", field="date")
    pts = gpd.GeoSeries(gpd.points_from_xy(day["longitude"], day["latitude"]), crs=4326).to_crs(METRIC_CRS)
    cells = _cells(pts, _around(pts, area))
    # places at one spot (a town and a mark beside it) share a cell: if they disagree it is contested
    by_cell: dict[int, tuple[str, BaseGeometry]] = {}
    for controller, cell in zip(day["controller"], cells):
        prev = by_cell.get(id(cell))
        by_cell[id(cell)] = (controller if prev is None or prev[0] == controller else "contested", cell)
    controllers = [c for c, _ in by_cell.values()]
    cells = [cell for _, cell in by_cell.values()]
    rows = []
    for controller in sorted(set(controllers)):
        parts = [cell for cell, c in zip(cells, controllers) if c == controller]
        rows.append({"controller": controller, "date": on, "places": len(parts),
                     "note": method_note(len(day), on), "geometry": unary_union(parts)})
    zones = gpd.GeoDataFrame(rows, geometry="geometry", crs=METRIC_CRS)
    return zones.to_crs(4326)


def method_note(places: int, on: str) -> str:
    """The legend's statement of method.

    >>> method_note(42, "2018-02-01")
    "derived from 42 places' status on 2018-02-01 (Voronoi cells; not a surveyed line)"
    """
    return f"derived from {places} places' status on {on} (Voronoi cells; not a surveyed line)"


def smooth(line: LineString, iterations: int = SMOOTH_ITERATIONS) -> LineString:
    """Chaikin corner cutting: the same course with its Voronoi zigzags rounded off; the ends stay.

    >>> smooth(LineString([(0, 0), (1, 1), (2, 0)]), 1).coords[:]
    [(0.0, 0.0), (0.75, 0.75), (1.25, 0.75), (2.0, 0.0)]
    """
    coords = np.asarray(line.coords)
    for _ in range(iterations):
        if len(coords) < 3:
            break
        q = 0.75 * coords[:-1] + 0.25 * coords[1:]
        r = 0.25 * coords[:-1] + 0.75 * coords[1:]
        inner = np.empty((2 * (len(coords) - 1) - 2, 2))
        inner[0::2], inner[1::2] = r[:-1], q[1:]
        coords = np.vstack([coords[:1], inner, coords[-1:]])
    return LineString(coords)


def _lines(geom: BaseGeometry) -> list[LineString]:
    if isinstance(geom, LineString):
        return [geom] if not geom.is_empty else []
    if hasattr(geom, "geoms"):
        return [g for part in geom.geoms for g in _lines(part)]
    return []


def frontlines(zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The edges shared by zones of different controllers, one row per pair of sides
    (``side_a, side_b, date, note, geometry``), smoothed; ``contested`` pairs are included."""
    metric = zones.to_crs(METRIC_CRS)
    rows = []
    records = list(metric.itertuples(index=False))
    for i, a in enumerate(records):
        for b in records[i + 1:]:
            shared = _lines(a.geometry.boundary.intersection(b.geometry.boundary))
            if not shared:
                continue
            merged = linemerge(MultiLineString(shared)) if len(shared) > 1 else shared[0]
            parts = [smooth(part) for part in _lines(merged) if part.length > 0]
            if parts:
                rows.append({"side_a": a.controller, "side_b": b.controller, "date": a.date,
                             "note": a.note, "geometry": MultiLineString(parts)})
    lines = gpd.GeoDataFrame(rows, columns=["side_a", "side_b", "date", "note", "geometry"],
                             geometry="geometry", crs=METRIC_CRS)
    return lines.to_crs(4326)


def control_changes(status: pd.DataFrame, before: str, after: str, *, area: BaseGeometry) -> gpd.GeoDataFrame:
    """What changed hands between two dates: the cells (over the places listed on both dates)
    whose controller differs, dissolved per ``(from_controller, to_controller)`` with the places."""
    a = status[status["date"] == before].set_index("place_id")
    b = status[status["date"] == after].set_index("place_id")
    common = sorted(set(a.index) & set(b.index))
    if not common:
        raise InputError(f"no place is listed on both {before} and {after}", field="date")
    both = a.loc[common]
    pts = gpd.GeoSeries(gpd.points_from_xy(both["longitude"], both["latitude"]), crs=4326).to_crs(METRIC_CRS)
    cells = _cells(pts, _around(pts, area))
    groups: dict[tuple[str, str], list] = {}
    for pid, cell in zip(common, cells):
        old, new = a.loc[pid, "controller"], b.loc[pid, "controller"]
        if old != new:
            groups.setdefault((old, new), []).append((b.loc[pid, "place"], cell))
    rows = [{"from_controller": old, "to_controller": new, "before": before, "after": after,
             "places": "; ".join(sorted(name for name, _ in items)),
             "geometry": unary_union([cell for _, cell in items])}
            for (old, new), items in sorted(groups.items())]
    frame = gpd.GeoDataFrame(rows, columns=CHANGE_COLUMNS, geometry="geometry", crs=METRIC_CRS)
    return frame.to_crs(4326)


CHANGE_COLUMNS = ["from_controller", "to_controller", "before", "after", "places", "geometry"]


def control_layers(status: pd.DataFrame, *, area: BaseGeometry) -> dict[str, gpd.GeoDataFrame]:
    """Everything a control table yields, per date: ``zones``, ``frontlines``, ``changes`` (between
    consecutive dates) and the ``places`` behind them, each a GeoDataFrame in EPSG:4326."""
    dates = sorted(status["date"].unique())
    zones = [control_zones(status, d, area=area) for d in dates]
    lines = [frontlines(z) for z in zones]
    changes = [control_changes(status, a, b, area=area) for a, b in zip(dates, dates[1:])]
    places = gpd.GeoDataFrame(status.copy(), geometry=gpd.points_from_xy(status["longitude"], status["latitude"]), crs=4326)

    def stack(frames: list[gpd.GeoDataFrame], like: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        frames = [f for f in frames if len(f)]
        if not frames:
            return like.iloc[0:0]
        return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=4326)

    return {"zones": stack(zones, zones[0]), "frontlines": stack(lines, lines[0]),
            "changes": stack(changes, gpd.GeoDataFrame(columns=CHANGE_COLUMNS, geometry="geometry", crs=4326)),
            "places": places.drop(columns=["latitude", "longitude"])}


# ----------------------------------------------------------------------------- map layers
ZONE_STYLE = {"stroke": False, "fillOpacity": 0.2}
FRONT_STYLE = {"color": "#222222", "weight": 3.5, "opacity": 0.9, "lineCap": "round"}
CONTESTED_FRONT_STYLE = dict(FRONT_STYLE, dashArray="6 5")
CHANGE_STYLE = {"weight": 2, "dashArray": "4 4", "fillOpacity": 0.35, "className": "gi-hatched"}


def _zone_style(controller: str) -> dict:
    style = dict(ZONE_STYLE, fillColor=COLOURS[controller])
    if controller == "contested":
        style.update(className="gi-hatched", fillOpacity=0.5)
    return style


def control_data(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame, places: pd.DataFrame | None) -> dict:
    """The FeatureCollection of one date: zones, frontlines and the places they come from."""
    features = []
    for z in zones.itertuples(index=False):
        features.append(feature(z.geometry, style=_zone_style(z.controller),
                                tip=f"{z.controller} on {z.date}\n{z.note}"))
    for f in lines.itertuples(index=False):
        contested = "contested" in (f.side_a, f.side_b)
        features.append(feature(f.geometry, style=CONTESTED_FRONT_STYLE if contested else FRONT_STYLE,
                                tip=f"Frontline: {f.side_a} | {f.side_b}, {f.date}\n{f.note}"))
    for p in (places.itertuples(index=False) if places is not None else ()):
        colour = COLOURS[p.controller]
        features.append(feature(shapely.Point(p.longitude, p.latitude), radius=4,
                                style={"color": "#ffffff", "weight": 1, "fillColor": colour, "fillOpacity": 1},
                                tip=f"{p.place}\n{p.controller} on {p.date}", title=p.place,
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


def control_legend(controllers: list[str], note: str) -> LegendPanel:
    """The legend of a control layer: one swatch per side, the frontline, the method."""
    rows = [(_area_swatch(COLOURS[c], hatched=c == "contested"), f"Held by: {c}") for c in controllers]
    rows.append((line_swatch(FRONT_STYLE["color"], 3), "Frontline (derived)"))
    return LegendPanel("Zones of control", tuple(rows), note)


def _area_swatch(colour: str, *, hatched: bool = False) -> str:
    fill = "url(#gi-hatch)" if hatched else colour
    return (f'<svg width="20" height="14" viewBox="0 0 20 14" aria-hidden="true"><rect x="1" y="1" '
            f'width="18" height="12" fill="{fill}" fill-opacity="0.6" stroke="{colour}"/></svg>')


def control_map_layers(status: pd.DataFrame, *, area: BaseGeometry) -> list:
    """folium elements for a control table: one layer per date (the latest shown; the time
    slider shows the one in force on its last date), a layer per change between dates, and the
    slider hook they need."""
    layers = control_layers(status, area=area)
    return _dated_layers(layers["zones"], layers["frontlines"], status, layers["changes"])


def drawn_control_map_layers(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame) -> list:
    """The same map layers for zones and frontlines drawn by a source (:func:`drawn_control`)."""
    return _dated_layers(zones, lines, None, None)


def _dated_layers(zones: gpd.GeoDataFrame, lines: gpd.GeoDataFrame, status: pd.DataFrame | None,
                  changes: gpd.GeoDataFrame | None) -> list:
    dates = sorted(set(zones["date"]) | set(lines["date"]))
    out, by_date = [], []
    for day in dates:
        day_zones, day_lines = zones[zones["date"] == day], lines[lines["date"] == day]
        places = status[status["date"] == day] if status is not None else status
        layer = ShapesLayer(control_data(day_zones, day_lines, places), f"Control on {day}", show=day == dates[-1])
        by_date.append(layer)
        out.append(layer)
    if changes is not None:
        for (before, after), part in changes.groupby(["before", "after"], sort=True):
            out.append(ShapesLayer(change_data(part), f"Changed hands {before} → {after}", show=False))
    out.append(ControlTimeline(by_date, dates))
    return out


class ControlTheme(BaseTheme):
    """Zones of control and frontlines, derived from a control table (:func:`control_status`) or,
    with ``drawn=(zones, lines)``, as drawn by a source (:func:`drawn_control`): one layer per
    date, the one in force on the date filter's last date shown.

    >>> status = pd.DataFrame({"date": ["2018-01-01", "2018-02-01"], "place_id": ["a", "a"],
    ...     "place": ["A", "A"], "controller": ["opposition", "government"], "source": ["map", "map"],
    ...     "latitude": [35.5, 35.5], "longitude": [36.5, 36.5]})
    >>> ControlTheme(status).between("2018-01-15", None).dates()
    ['2018-02-01']
    """

    name = "Zones of control"
    order = 10
    snapshot = True

    def __init__(self, status: pd.DataFrame | None = None, *,
                 drawn: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame] | None = None) -> None:
        self.status, self.drawn = status, drawn

    def _frames(self) -> list[pd.DataFrame]:
        return [self.status] if self.drawn is None else list(self.drawn)

    def layers(self, frame: MapFrame) -> list:
        if not self.dates():
            return []
        if self.drawn is not None:
            return drawn_control_map_layers(*self.drawn)
        return control_map_layers(self.status, area=focus_area(frame.gazetteer))

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
        return sorted({d for f in self._frames() for d in f["date"]})

    def sources(self) -> list[str]:
        if self.drawn is None:
            return split_sources(self.status["source"])
        return split_sources(n.removeprefix("as drawn by ") for f in self.drawn for n in f["note"]
                             if n.startswith("as drawn by "))

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        dates = self.dates()
        if not dates:
            return None
        controllers = sorted({c for f in self._frames()[:1] for c in f["controller"]})
        if self.drawn is None:
            notes = [method_note(int((self.status["date"] == d).sum()), d) for d in dates]
        else:
            notes = sorted({n for f in self.drawn for n in f["note"]})
        return control_legend(controllers, "; ".join(notes))

    def between(self, start: str | None, end: str | None) -> ControlTheme:
        def keep(f: pd.DataFrame) -> pd.DataFrame:
            return f[(f["date"] >= (start or "")) & (f["date"] <= (end or "9999"))]

        if self.drawn is not None:
            zones, lines = self.drawn
            return ControlTheme(drawn=(keep(zones), keep(lines)))
        return ControlTheme(keep(self.status))


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
    (``geo_idlib/templates/control.js``, which also defines the hatch of contested areas)."""

    _template = template("control.j2")

    def __init__(self, layers: list, dates: list[str]) -> None:
        super().__init__()
        self._name = "ControlTimeline"
        self.layers, self.dates = layers, list(dates)

    @property
    def layer_names(self) -> list[str]:
        return [layer.get_name() for layer in self.layers]
