"""Displacement flows: tables of who fled where -> curved-arrow geometry and a folium layer.

A flow goes from an origin to a destination: places, admin areas or named areas ("southern
Idlib", "the Turkish border") that the gazetteer resolves; a cell may name several places
(``;``-separated) and the flow then starts or ends at their centre. Flows on the same route are
summed, keeping every source (in the order first met) and the date range. Each is drawn as a
quadratic Bezier curve bent to the right of the direction of travel (so A->B and B->A do not
overlap), computed in UTM 37N.

>>> import pandas as pd
>>> from geo_idlib.gazetteer import Gazetteer
>>> table = pd.DataFrame({"origin": ["southern Idlib", "southern Idlib"],
...     "destination": ["Atme", "Atme"], "people": [100000, "200,000"],
...     "date": ["2019-05-01", "2019-06-01"], "source": ["UN OCHA update", "wire report"]})
>>> flows = flows_from_table(table, Gazetteer.default())
>>> flows[["origin", "destination", "people", "date_start", "date_end", "source"]].values.tolist()
[['southern Idlib', 'Atme', 300000, '2019-05-01', '2019-06-01', 'UN OCHA update; wire report']]
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from pyproj import Transformer
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import substring

from geo_idlib.errors import InputError
from geo_idlib.gazetteer.place import Place
from geo_idlib.geodesy import distance_km
from geo_idlib.layers.context import METRIC_CRS
from geo_idlib.layers.places import Resolver, blank, check_columns, iso_date, places_in, whole_number
from geo_idlib.layers.shapes import (LegendPanel, ShapesLayer, circle_swatch, collection, feature,
                                     line_swatch)
from geo_idlib.layers.symbols import SYMBOLS
from geo_idlib.layers.theme import BaseTheme, BBox, MapFrame, frame_bounds, split_sources

#: Columns of a flows CSV (``source`` is optional).
TABLE_COLUMNS = ("origin", "destination", "people", "date")
#: Columns of the flows GeoDataFrame, before ``geometry``.
FLOW_COLUMNS = ["origin", "destination", "origin_id", "destination_id", "destination_kind",
                "people", "date_start", "date_end", "source", "parts"]
#: How far the curve's control point sits from the chord's middle, as a share of its length.
BEND = 0.25
#: Web Mercator metres per pixel at zoom 9 (the map's opening zoom) near 36 N: arrowheads are
#: sized in metres to match the line widths (in pixels) at that zoom.
M_PER_PX = 250.0
#: Origins and destinations closer than this (km) cannot be drawn as an arrow.
MIN_KM = 1.0
#: People shown in the legend of widths (those up to 1.5 x the largest flow).
LEGEND_PEOPLE = (1_000, 10_000, 100_000, 1_000_000)
COLOUR = SYMBOLS["Displacement"].colour
OUTLINE = "#1d5f8a"
LABEL_STYLE = {"transform": "translate(-50%, -50%)", "fontWeight": "700", "fontSize": "12px",
               "color": "#0b3c5d"}

_TO_METRIC = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)
_TO_LONLAT = Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True)


def _metric(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.transform(geom, _TO_METRIC.transform, interleaved=False)


def _lonlat(geom: shapely.Geometry) -> shapely.Geometry:
    return shapely.transform(geom, _TO_LONLAT.transform, interleaved=False)


def width_px(people: float) -> float:
    """Line width in pixels: grows with the square root of the number of people.

    >>> width_px(10_000), width_px(300_000), width_px(1_000_000)
    (4.0, 15.2, 26.5)
    """
    return round(min(30.0, 1.5 + math.sqrt(max(0.0, people)) / 40), 1)


def radius_px(people: float) -> float:
    """Radius in pixels of a destination's symbol: its area grows with the people arriving.

    >>> radius_px(10_000), radius_px(1_000_000)
    (5.7, 20.7)
    """
    return round(min(28.0, 4 + math.sqrt(max(0.0, people)) / 60), 1)


def curve(origin: Point, destination: Point, *, bend: float = BEND, points: int = 33) -> LineString:
    """A quadratic Bezier curve (lon/lat) from ``origin`` to ``destination`` (lon/lat points),
    bent to the right of the direction of travel by ``bend`` x the distance, in UTM 37N.

    >>> line = curve(Point(36.6, 35.5), Point(36.7, 36.2))
    >>> line.coords[0], line.coords[-1], len(line.coords)
    ((36.6, 35.5), (36.7, 36.2), 33)
    """
    a, b = np.array(_metric(origin).coords[0]), np.array(_metric(destination).coords[0])
    dx, dy = b - a
    control = (a + b) / 2 + bend * np.array([dy, -dx])  # the chord turned 90 degrees clockwise
    t = np.linspace(0.0, 1.0, points)[:, None]
    xy = (1 - t) ** 2 * a + 2 * (1 - t) * t * control + t ** 2 * b
    coords = list(_lonlat(LineString(xy)).coords)
    coords[0], coords[-1] = origin.coords[0], destination.coords[0]
    return LineString(coords)


def head_size_m(people: float, line_length_m: float) -> tuple[float, float]:
    """``(length, half_width)`` in metres of a flow's arrowhead: a little wider than its line at
    the opening zoom, never longer than a third of the line.

    >>> head_size_m(300_000, 80_000)
    (5670.0, 3150.0)
    """
    half_width = (width_px(people) / 2 + 5) * M_PER_PX
    length = 1.8 * half_width
    shrink = min(1.0, line_length_m / 3 / length)
    return round(length * shrink, 1), round(half_width * shrink, 1)


def arrow(line: LineString, people: float) -> tuple[LineString, Polygon]:
    """The shaft (``line`` shortened to end inside the head) and the arrowhead triangle with its
    tip at the end of ``line``; both lon/lat, computed in UTM 37N.

    >>> shaft, head = arrow(curve(Point(36.6, 35.5), Point(36.7, 36.2)), 300_000)
    >>> head.exterior.coords[0] == (36.7, 36.2), shaft.length < 0.8
    (True, True)
    """
    metric = _metric(line)
    length, half_width = head_size_m(people, metric.length)
    tip = np.array(metric.coords[-1])
    base = np.array(metric.interpolate(metric.length - length).coords[0])
    ux, uy = (tip - base) / np.linalg.norm(tip - base)
    side = half_width * np.array([-uy, ux])
    head = _lonlat(Polygon([tip, base + side, base - side]))
    head = Polygon([line.coords[-1], *head.exterior.coords[1:-1]])
    shaft = _lonlat(substring(metric, 0, metric.length - 0.6 * length))
    return shaft, head


def _centre(places: list[Place]) -> Point:
    """A place's point, or the centre of several (the Place's lat/lon, also for areas)."""
    return shapely.MultiPoint([(p.lon, p.lat) for p in places]).centroid


def _record(origin: object, destination: object, people: object, date: object, source: object,
            gazetteer: Resolver, *, date_field: str, path: str | Path | None,
            line: int, undated: bool = False) -> dict:
    where = {"path": path, "line": line}
    origins = places_in(origin, gazetteer, field="origin", **where)
    destinations = places_in(destination, gazetteer, field="destination", **where)
    if {p.id for p in origins} == {p.id for p in destinations}:
        raise InputError(f"{destination!s} is also the origin: a flow needs two places",
                         field="destination", **where)
    start, end = _centre(origins), _centre(destinations)
    if distance_km((start.y, start.x), (end.y, end.x)) < MIN_KM:
        raise InputError(f"{destination!s} lies within {MIN_KM:g} km of the origin: too short "
                         "to draw as a flow", field="destination", **where)
    return {"origin": origins, "destination": destinations,
            "people": whole_number(people, field="people", **where),
            "date": "" if undated and blank(date) else iso_date(date, field=date_field, **where),
            "sources": [s.strip() for s in ("" if blank(source) else str(source)).split(";")
                        if s.strip()]}


def _told_once(records: Iterable[dict]) -> list[dict]:
    """The same displacement told by several sources (same route, same number of people, same
    date or no date) kept once, with every source: summing it would count those people twice."""
    seen: dict[tuple, dict] = {}
    out = []
    for r in records:
        route = (tuple(sorted(p.id for p in r["origin"])), tuple(sorted(p.id for p in r["destination"])))
        match = seen.get((route, r["people"], r["date"])) or seen.get((route, r["people"], ""))
        if match is None and not r["date"]:
            match = next((v for (k, n, _), v in seen.items() if k == route and n == r["people"]), None)
        if match is not None:
            match["sources"] = list(dict.fromkeys(match["sources"] + r["sources"]))
            continue
        seen[(route, r["people"], r["date"])] = r
        out.append(r)
    return out


def _summed(records: Iterable[dict]) -> gpd.GeoDataFrame:
    """One row per route (same origin and destination places), people summed (a displacement
    several sources tell counts once, see :func:`_told_once`)."""
    routes: dict[tuple, dict] = {}
    for r in _told_once(records):
        key = (tuple(sorted(p.id for p in r["origin"])), tuple(sorted(p.id for p in r["destination"])))
        route = routes.setdefault(key, {"origin": r["origin"], "destination": r["destination"],
                                        "people": 0, "dates": set(), "sources": {}, "parts": 0})
        route["people"] += r["people"]
        route["dates"].add(r["date"])
        route["sources"].update(dict.fromkeys(r["sources"]))
        route["parts"] += 1
    rows, lines = [], []
    for route in routes.values():
        dates = sorted(d for d in route["dates"] if d)
        rows.append({
            "origin": "; ".join(p.name for p in route["origin"]),
            "destination": "; ".join(p.name for p in route["destination"]),
            "origin_id": ";".join(p.id for p in route["origin"]),
            "destination_id": ";".join(p.id for p in route["destination"]),
            "destination_kind": "; ".join(dict.fromkeys(p.kind for p in route["destination"])),
            "people": route["people"], "date_start": dates[0] if dates else "",
            "date_end": dates[-1] if dates else "", "source": "; ".join(route["sources"]),
            "parts": route["parts"]})
        lines.append(curve(_centre(route["origin"]), _centre(route["destination"])))
    frame = gpd.GeoDataFrame(pd.DataFrame(rows, columns=FLOW_COLUMNS), geometry=lines, crs=4326)
    frame = frame.sort_values(["people", "origin_id", "destination_id"],
                              ascending=[False, True, True], kind="stable")
    return frame.reset_index(drop=True)


def _routed(records: Iterable[tuple], gazetteer: Resolver, skipped: list[InputError] | None, *,
            date_field: str, path: str | Path | None, undated: bool = False) -> list[dict]:
    """The flow records of ``(line, origin, destination, people, date, source)`` rows. A row
    whose route cannot be drawn (a place the gazetteer does not know, the same place twice, two
    places too close) raises :class:`InputError`, or goes to ``skipped`` when a list is given."""
    out = []
    for line, origin, destination, people, date, source in records:
        try:
            out.append(_record(origin, destination, people, date, source, gazetteer, date_field=date_field,
                               path=path, line=line, undated=undated))
        except InputError as exc:
            if skipped is None or exc.field not in ("origin", "destination"):
                raise
            skipped.append(exc)
    return out


def flows_from_table(frame: pd.DataFrame, gazetteer: Resolver, *, path: str | Path | None = None,
                     skipped: list[InputError] | None = None) -> gpd.GeoDataFrame:
    """Flows from a table with columns ``origin, destination, people, date[, source]``.

    Every row is checked; a bad one raises :class:`InputError` with ``path``, the CSV line
    (row index + 2) and the field. With a ``skipped`` list, rows whose origin or destination
    cannot be drawn are left out and their errors appended to it instead (the map lists them
    for review). See the module docstring for an example.
    """
    check_columns(list(frame.columns), TABLE_COLUMNS, path=path)
    sources = frame["source"] if "source" in frame else pd.Series("", index=frame.index)
    rows = ((int(index) + 2, row.origin, row.destination, row.people, row.date, source)
            for (index, row), source in zip(frame.iterrows(), sources))
    return _summed(_routed(rows, gazetteer, skipped, date_field="date", path=path))


def flows_from_events(events: pd.DataFrame, gazetteer: Resolver, *, path: str | Path | None = None,
                      skipped: list[InputError] | None = None) -> gpd.GeoDataFrame:
    """Flows from displacement events (``sub_event_type == "Displacement"``) that name an origin,
    a destination and a number of people; other events say nothing about a route and are left out.
    An undated event (a report with no publication date) gives a flow with no dates. Errors name
    ``path`` and the CSV line (row index + 2), or, without ``path``, the row's index as ``line``;
    ``skipped``: as in :func:`flows_from_table`.

    >>> import pandas as pd
    >>> from geo_idlib.gazetteer import Gazetteer
    >>> events = pd.DataFrame({"sub_event_type": ["Displacement", "Displacement", "Displacement"],
    ...     "origin": ["Saraqeb", "Saraqeb", "the frontlines"], "destination": ["Sarmada", "", "Atme"],
    ...     "people": [5000, 900, 700], "event_date": ["2020-02-01", "2020-02-02", "2020-02-03"],
    ...     "source": ["wire", "x", "y"]})
    >>> skipped = []
    >>> flows_from_events(events, Gazetteer.default(), skipped=skipped)[["origin", "destination", "people"]].values.tolist()
    [['Saraqib', 'Sarmada', 5000]]
    >>> [(e.line, e.field, e.message) for e in skipped]
    [(2, 'origin', "unknown place 'the frontlines' (no gazetteer match)")]
    """
    if not len(events):
        return _summed([])
    check_columns(list(events.columns), ("sub_event_type", "origin", "destination", "people",
                                         "event_date"), path=path)
    routed = events[(events["sub_event_type"] == "Displacement")
                    & ~events[["origin", "destination", "people"]].apply(lambda c: c.map(blank)).any(axis=1)]
    sources = routed["source"] if "source" in routed else pd.Series("", index=routed.index)
    rows = ((int(index) + 2 if path is not None else int(index), row.origin, row.destination, row.people,
             row.event_date, source) for (index, row), source in zip(routed.iterrows(), sources))
    return _summed(_routed(rows, gazetteer, skipped, date_field="event_date", path=path, undated=True))


def _thousands(n: int) -> str:
    return f"{n:,}"


def _dates(row: tuple) -> str:
    if not row.date_start:
        return "date not reported"
    return row.date_start if row.date_start == row.date_end else f"{row.date_start} to {row.date_end}"


def _popup(row: tuple) -> dict:
    reports = f" (sum of {row.parts} reports)" if row.parts > 1 else ""
    return {
        "tip": f"{row.origin} \u2192 {row.destination}\n{_thousands(row.people)} people\n"
               f"{_dates(row)}\n{row.source or 'no source given'}",
        "title": f"{row.origin} \u2192 {row.destination}",
        "rows": [["People", f"{_thousands(row.people)}{reports}"], ["Dates", _dates(row)],
                 ["Sources", row.source or "none given"]],
    }


def _arrivals(flows: gpd.GeoDataFrame) -> tuple[list[dict], list[dict]]:
    """A circle per destination, its area by the people arriving in ``flows``; and the names of
    the destinations no town label names (areas such as "the Turkish border")."""
    features, labels = [], []
    for (_, name, kind), group in flows.groupby(
            ["destination_id", "destination", "destination_kind"], sort=True):
        people = int(group["people"].sum())
        arriving = [[f"From {o}", _thousands(n)] for o, n in zip(group["origin"], group["people"])]
        end = Point(group.geometry.iloc[0].coords[-1])
        dates = sorted(d for d in (*group["date_start"], *group["date_end"]) if d)
        span = [dates[0], dates[-1]] if dates else ["", ""]
        if not set(kind.split("; ")) & {"city", "town"}:
            labels.append(feature(end, label=name, labelClass="gi-flow-end", dates=span))
        features.append(feature(
            Point(group.geometry.iloc[0].coords[-1]), radius=radius_px(people),
            style={"color": OUTLINE, "weight": 1.5, "fillColor": COLOUR, "fillOpacity": 0.45},
            tip=f"{name} ({kind})\n{_thousands(people)} people arriving in the flows shown",
            title=f"Arrivals: {name}", dates=span,
            rows=[["Kind of place", kind], ["People arriving", _thousands(people)], *arriving]))
    return features, labels


def flow_data(flows: gpd.GeoDataFrame, min_people: int = 0) -> dict:
    """The FeatureCollection drawn by :func:`flows_layer`: arrival circles, then per flow (largest
    first, so smaller ones lie on top) its outlined shaft and arrowhead, then the count labels,
    the origins' names and those of destinations that are not towns; flows under ``min_people``
    are left out."""
    shown = flows[flows["people"] >= min_people]
    features, ends = _arrivals(shown)
    labels, origins = [], {}
    for row in shown.itertuples(index=False):
        text = dict(_popup(row), dates=[row.date_start, row.date_end])
        weight = width_px(row.people)
        shaft, head = arrow(row.geometry, row.people)
        features.append(feature(shaft, style={"color": OUTLINE, "weight": weight + 2, "opacity": 0.9,
                                              "lineCap": "butt", "fill": False}, **text))
        features.append(feature(head, style={"color": OUTLINE, "weight": 1, "fillColor": COLOUR,
                                             "fillOpacity": 1}, **text))
        features.append(feature(shaft, style={"color": COLOUR, "weight": weight, "opacity": 1,
                                              "lineCap": "butt", "fill": False}, **text))
        labels.append(feature(row.geometry.interpolate(0.5, normalized=True),
                              label=_thousands(row.people), labelStyle=LABEL_STYLE, dates=text["dates"]))
        origins.setdefault(row.origin, feature(Point(row.geometry.coords[0]), label=row.origin,
                                               labelClass="gi-flow-end", dates=text["dates"]))
    return collection(features + labels + list(origins.values()) + ends)


def flow_legend(flows: gpd.GeoDataFrame, min_people: int = 0) -> LegendPanel:
    """Widths for a few round numbers of people, the arrival symbol, and what is hidden.

    >>> flow_legend(gpd.GeoDataFrame({"people": [300_000, 900]}), 1000).note.split(". ")[-1]
    '1 flow under 1,000 people not shown.'
    """
    largest = int(flows["people"].max()) if len(flows) else LEGEND_PEOPLE[0]
    values = [v for v in LEGEND_PEOPLE if v <= 1.5 * largest][-3:] or [LEGEND_PEOPLE[0]]
    rows = [(line_swatch(COLOUR, width_px(v)), f"{_thousands(v)} people") for v in values]
    rows.append((circle_swatch(COLOUR, 6), "Arrivals at a destination (area by people)"))
    hidden = int((flows["people"] < min_people).sum())
    note = ("Curved arrows from origin to destination, bent to the right of travel; width by "
            "the square root of people; flows on the same route summed. Figures as reported.")
    if hidden:
        note += f" {hidden} flow{'s' if hidden != 1 else ''} under {_thousands(min_people)} people not shown."
    return LegendPanel("Displacement flows (people)", tuple(rows), note)


def flows_layer(flows: gpd.GeoDataFrame, *, min_people: int = 0, name: str = "Displacement flows",
                show: bool = True) -> ShapesLayer:
    """The folium layer of ``flows`` (from :func:`flows_from_table` or :func:`flows_from_events`),
    hiding flows under ``min_people`` (its key is :func:`flow_legend`).

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> empty = flows_from_table(pd.DataFrame(columns=TABLE_COLUMNS), Gazetteer.default())
    >>> flows_layer(empty).layer_name
    'Displacement flows'
    """
    return ShapesLayer(flow_data(flows, min_people), name, show)


class FlowsTheme(BaseTheme):
    """Displacement flows (a frame of :func:`flows_from_table` or :func:`flows_from_events`);
    flows under ``min_people`` are not drawn and the key says how many."""

    name = "Displacement flows"
    order = 40

    def __init__(self, flows: gpd.GeoDataFrame, *, min_people: int = 0) -> None:
        self.flows, self.min_people = flows, min_people

    def layers(self, frame: MapFrame) -> list:
        return [flows_layer(self.flows, min_people=self.min_people, name=self.name)] if len(self.flows) else []

    def bounds(self) -> BBox | None:
        return frame_bounds(self.flows)

    def dates(self) -> list[str]:
        return sorted({d for d in (*self.flows["date_start"], *self.flows["date_end"]) if d})

    def sources(self) -> list[str]:
        return split_sources(self.flows["source"])

    def legend(self, frame: MapFrame | None = None) -> LegendPanel | None:
        return flow_legend(self.flows, self.min_people) if len(self.flows) else None

    def between(self, start: str | None, end: str | None) -> FlowsTheme:
        """Flows whose dates overlap the range (undated flows stay: nobody knows they fall outside)."""
        f = self.flows
        keep = (f["date_start"] == "") | (((f["date_end"] >= (start or "")) & (f["date_start"] <= (end or "9999"))))
        return FlowsTheme(f[keep], min_people=self.min_people)
