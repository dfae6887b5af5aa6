"""Zones of control and frontlines derived from which place is held by whom, carried forward in time.

A control table lists ``date, place, controller``: a place keeps its last known status until a
later row (or a capture a report tells of, :func:`control_captures`) changes it, so a map on date
D uses every place's status as of D (:func:`status_on`), e.g. the whole 2017 snapshot of the
north-west (``gazetteer/control_2017.csv``) with the changes of later tables on top.

Method (stated in every legend entry): each place with a known status gets the area closer to it
than to any other such place (a Voronoi cell, computed in UTM 37N), no further than
:data:`NO_DATA_KM` from it and inside the north-west governorates; cells are dissolved by
controller into zones; the rest of the area is "no data" (no status known near enough to say).
Frontlines are the edges two zones of opposite sides share (:mod:`geo_idlib.layers.sides`),
smoothed to read and split per pair of controllers; edges between factions of one side are kept
as boundaries, no front. Contested places form their own zone (drawn hatched). It is a
derivation from N points, not a surveyed line: its precision is the spacing of the places.

A status carried forward can go stale: when, after a place's last row, a row puts a place within
:data:`UNCONFIRMED_KM` with the other side of the front (a capture next door), the table no longer
says whether the front stopped short of it or moved past it. Its cell keeps its last known
controller but is also in the ``unconfirmed`` area of that date (drawn hatched over the zone:
"last known status older than a change of side nearby").

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

import functools

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry
from scipy.spatial import cKDTree
from shapely.ops import linemerge

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import Gazetteer
from geo_idlib.layers.places import blank, check_columns, iso_date, places_in
from geo_idlib.layers.sides import CONTROLLERS, canonical_controller, controller_of_actor, side_of

__all__ = ["METRIC_CRS", "FOCUS_ADMIN1", "NO_DATA_KM", "CAPTURE_TYPES", "canonical_controller", "control_status",
           "combine_status", "status_on", "control_captures", "apply_captures", "focus_area", "control_zones",
           "no_data_area", "unconfirmed", "UNCONFIRMED_KM", "frontlines", "control_changes", "control_layers", "method_note", "smooth"]

METRIC_CRS = 32637  # UTM zone 37N: metres across north-west Syria
FOCUS_ADMIN1 = ("SY02", "SY05", "SY06", "SY07")
#: How far a zone reaches from a place with a known status; further is "no data". The 2017 marks
#: are 1.8 km from their nearest neighbour at the median, 5.4 km at the 99th percentile.
NO_DATA_KM = 10.0
#: A place whose last row is older than a row within this distance that puts a place with the
#: other side of the front is "unconfirmed" from that row's date (three villages' spacing).
UNCONFIRMED_KM = 5.0
UNCONFIRMED_NOTE = (f"last known status older than a change of side within {UNCONFIRMED_KM:g} km: "
                    "the front may have moved past it")
SMOOTH_ITERATIONS = 3
#: Zones and lines are simplified to this many metres before they are drawn (as one coverage:
#: neighbouring zones keep their shared edges).
SIMPLIFY_M = 80.0
#: Event types that change who holds a place (the side that took it is ``actor1``).
CAPTURE_TYPES = ("Government regains territory", "Non-state actor overtakes territory")
STATUS_COLUMNS = ("date", "place", "controller")
TABLE_COLUMNS = ["date", "place_id", "place", "controller", "source", "latitude", "longitude"]
CHANGE_COLUMNS = ["from_controller", "to_controller", "before", "after", "places", "geometry"]


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
    out = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    dup = out.duplicated(["date", "place_id"], keep=False) & ~out.duplicated(["date", "place_id", "controller"], keep=False)
    if dup.any():
        i = int(np.flatnonzero(dup.to_numpy())[1])
        raise InputError(f"{out.loc[i, 'place']} has two controllers on {out.loc[i, 'date']}", path=path,
                         line=lines[i], field="controller")
    return out.drop_duplicates(["date", "place_id"]).sort_values(["date", "place_id"], ignore_index=True)


def combine_status(tables: list[pd.DataFrame]) -> pd.DataFrame:
    """Several control tables as one (e.g. a snapshot and the changes on top of it): a place and
    date that two tables give keeps the later table's row.

    >>> a = pd.DataFrame({"date": ["2018-01-01"], "place_id": ["p"], "controller": ["government"]})
    >>> b = pd.DataFrame({"date": ["2018-01-01"], "place_id": ["p"], "controller": ["opposition"]})
    >>> combine_status([a, b])["controller"].tolist()
    ['opposition']
    """
    frames = [t for t in tables if len(t)]
    if not frames:
        return pd.DataFrame(columns=TABLE_COLUMNS)
    both = pd.concat(frames, ignore_index=True)
    both = both.drop_duplicates(["date", "place_id"], keep="last")
    return both.sort_values(["date", "place_id"], ignore_index=True)


def status_on(status: pd.DataFrame, day: str) -> pd.DataFrame:
    """Every place's last known status on ``day``: its latest row dated ``day`` or before (the
    row's own ``date`` says since when). Places with no row yet are not there.

    >>> table = pd.DataFrame({"date": ["2017-10-01", "2017-10-01", "2018-01-20"], "place_id": ["a", "b", "a"],
    ...                       "controller": ["opposition", "opposition", "government"]})
    >>> status_on(table, "2018-02-01")[["place_id", "controller", "date"]].values.tolist()
    [['a', 'government', '2018-01-20'], ['b', 'opposition', '2017-10-01']]
    """
    known = status[status["date"] <= day]
    last = known.sort_values(["place_id", "date"], kind="stable").drop_duplicates("place_id", keep="last")
    return last.reset_index(drop=True)


def unconfirmed(status: pd.DataFrame, day: str) -> pd.DataFrame:
    """The places whose last known status on ``day`` is unconfirmed: a later row (dated ``day`` or
    before) puts a place within :data:`UNCONFIRMED_KM` with the other side of the front. Their
    ``status_on`` rows, plus ``since`` and ``near``: the first such row's date and place.

    >>> table = pd.DataFrame({"date": ["2017-10-01", "2017-10-01", "2018-01-20"], "place_id": ["a", "b", "a"],
    ...     "place": ["A", "B", "A"], "controller": ["opposition", "opposition", "government"],
    ...     "latitude": [35.5, 35.52, 35.5], "longitude": [36.5, 36.5, 36.5]})
    >>> unconfirmed(table, "2018-02-01")[["place", "controller", "since", "near"]].values.tolist()
    [['B', 'opposition', '2018-01-20', 'A']]
    """
    known = status_on(status, day)
    empty = known.iloc[0:0].assign(since=pd.Series(dtype=str), near=pd.Series(dtype=str))
    later = status[(status["date"] <= day) & (status["date"] > (known["date"].min() if len(known) else day))]
    if not len(later):
        return empty
    later = later.sort_values(["date", "place_id"], kind="stable")
    tree = cKDTree(_metric(known["longitude"].to_numpy(), known["latitude"].to_numpy()))
    near = tree.query_ball_point(_metric(later["longitude"].to_numpy(), later["latitude"].to_numpy()),
                                 UNCONFIRMED_KM * 1000)
    dates, sides = known["date"].to_numpy(), known["controller"].map(side_of).to_numpy()
    found: dict[int, tuple[str, str]] = {}
    for date, controller, place, hits in zip(later["date"], later["controller"], later["place"], near):
        for i in hits:
            if i not in found and dates[i] < date and sides[i] != side_of(controller):
                found[i] = (date, place)
    if not found:
        return empty
    rows = sorted(found)
    return known.iloc[rows].assign(since=[found[i][0] for i in rows], near=[found[i][1] for i in rows]
                                   ).reset_index(drop=True)


def control_captures(events: pd.DataFrame) -> pd.DataFrame:
    """The changes of control an event table tells of, as control rows (plus ``event_id``): every
    capture (:data:`CAPTURE_TYPES`) of a located place on a known day puts the place with the side
    that took it (``actor1``; a government gain with no actor named is the government's, an
    unnamed non-state actor the opposition's) from that day. Captures of an area (``geo_precision``
    3) or without a day (no date, or only the month: ``time_precision`` 3) are left out. Two
    sides taking one place on one day make it contested.

    >>> ev = pd.DataFrame({"event_id_cnty": ["e1"], "event_date": ["2020-02-06"], "place_id": ["gn:164816"],
    ...     "location": ["Saraqib"], "sub_event_type": ["Government regains territory"], "actor1": [""],
    ...     "latitude": [35.86], "longitude": [36.81], "geo_precision": [1], "source": ["Wire"]})
    >>> control_captures(ev)[["date", "place_id", "controller"]].values.tolist()
    [['2020-02-06', 'gn:164816', 'government']]
    """
    columns = TABLE_COLUMNS + ["event_id"]
    if not len(events) or "sub_event_type" not in events:
        return pd.DataFrame(columns=columns)

    def col(name: str) -> pd.Series:
        return events[name] if name in events else pd.Series("", index=events.index)

    dates = col("event_date").fillna("").astype(str).str[:10]
    precision = pd.to_numeric(col("geo_precision"), errors="coerce").fillna(1)
    when = pd.to_numeric(col("time_precision"), errors="coerce").fillna(1)
    lat, lon = pd.to_numeric(col("latitude"), errors="coerce"), pd.to_numeric(col("longitude"), errors="coerce")
    keep = (col("sub_event_type").isin(CAPTURE_TYPES) & dates.str.match(r"^\d{4}-\d{2}-\d{2}$")
            & col("place_id").fillna("").astype(str).ne("") & (precision < 3) & (when < 3) & lat.notna() & lon.notna())
    rows = []
    for i in events.index[keep]:
        row = events.loc[i]
        actor = "" if blank(row.get("actor1")) else str(row["actor1"])
        gain = row["sub_event_type"] == CAPTURE_TYPES[0]
        controller = controller_of_actor(actor) if actor else None
        if controller is None or (gain and controller != "government"):
            controller = "government" if gain else "opposition"
        who = next((str(row[k]) for k in ("source", "report_id") if k in row and not blank(row[k])), "a report")
        event_id = "" if blank(row.get("event_id_cnty")) else str(row["event_id_cnty"])
        rows.append({"date": dates[i], "place_id": str(row["place_id"]), "place": str(row.get("location") or ""),
                     "controller": controller,
                     "source": f"{who}: {row['sub_event_type']}" + (f" ({actor})" if actor else "")
                               + (f", event {event_id}" if event_id else ""),
                     "latitude": float(lat[i]), "longitude": float(lon[i]), "event_id": event_id})
    out = pd.DataFrame(rows, columns=columns)
    if not len(out):
        return out
    sides = out.groupby(["date", "place_id"])["controller"].transform("nunique")
    out.loc[sides > 1, "controller"] = "contested"
    return out.sort_values(["date", "place_id", "event_id"], ignore_index=True)


def apply_captures(status: pd.DataFrame, captures: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """``(status, moves)``: the control table with the captures on their dates (a row the table
    gives for the same place and day wins), and one ``move`` per capture applied: ``event_id,
    date, place_id, place, before, after`` (``before`` the status carried to that day, or ``""``).

    >>> table = pd.DataFrame({"date": ["2017-10-01"], "place_id": ["p"], "place": ["P"],
    ...     "controller": ["opposition"], "source": ["map"], "latitude": [35.5], "longitude": [36.5]})
    >>> caps = table.assign(date="2018-01-20", controller="government", source="wire", event_id="e1")
    >>> status, moves = apply_captures(table, caps)
    >>> status_on(status, "2018-02-01")["controller"].tolist(), moves[0]["before"]
    (['government'], 'opposition')
    """
    if not len(captures):
        return status, []
    given = set(zip(status["date"], status["place_id"]))
    fresh = captures[[(d, p) not in given for d, p in zip(captures["date"], captures["place_id"])]]
    moves = []
    for cap in fresh.itertuples(index=False):
        before = status_on(status[status["place_id"] == cap.place_id], str(pd.Timestamp(cap.date) - pd.Timedelta(days=1))[:10])
        moves.append({"event_id": cap.event_id, "date": cap.date, "place_id": cap.place_id, "place": cap.place,
                      "before": before["controller"].iloc[0] if len(before) else "", "after": cap.controller})
    rows = fresh.drop(columns=["event_id"]).drop_duplicates(["date", "place_id"])
    return combine_status([status, rows]), moves


def focus_area(gazetteer: Gazetteer) -> BaseGeometry:
    """The north-west governorates (Idlib, Hama, Aleppo, Lattakia) as one polygon (lon/lat)."""
    units = gazetteer.admin_units(1)
    return shapely.union_all(list(units[units["pcode"].isin(FOCUS_ADMIN1)].geometry))


@functools.lru_cache(maxsize=8)
def _metric_area(wkb: bytes) -> BaseGeometry:
    area = gpd.GeoSeries([shapely.from_wkb(wkb)], crs=4326).to_crs(METRIC_CRS).iloc[0]
    return shapely.make_valid(shapely.simplify(area, SIMPLIFY_M / 2))


def _metric(lons: np.ndarray, lats: np.ndarray) -> np.ndarray:
    points = gpd.GeoSeries(gpd.points_from_xy(lons, lats), crs=4326).to_crs(METRIC_CRS)
    return np.column_stack([points.x.to_numpy(), points.y.to_numpy()])


def _cells(xy: np.ndarray, area_m: BaseGeometry) -> tuple[list[tuple[int, int]], np.ndarray, BaseGeometry]:
    """``(keys, cells, reach)``: the Voronoi cell of every distinct point (to the metre) of metric
    ``xy`` (one diagram: neighbours share their edges exactly), and ``reach``, the part of
    ``area_m`` within :data:`NO_DATA_KM` of a point, which zones are cut to."""
    keys = list(dict.fromkeys((int(round(x)), int(round(y))) for x, y in xy))
    points = shapely.points(np.array(keys, dtype=float))
    discs = shapely.union_all(shapely.buffer(points, NO_DATA_KM * 1000, quad_segs=8))
    reach = shapely.intersection(discs, area_m)
    if len(keys) == 1:
        return keys, np.array([reach]), reach
    diagram = shapely.voronoi_polygons(shapely.multipoints(points), extend_to=discs.envelope, ordered=True)
    return keys, np.array(diagram.geoms), reach


class _Deriver:
    """Zones of one area on many dates; the cells of a set of places are made once."""

    def __init__(self, area: BaseGeometry) -> None:
        self.area_m = _metric_area(shapely.to_wkb(area))
        self._cache: dict[tuple, tuple[dict, np.ndarray, BaseGeometry]] = {}

    def cells(self, xy: np.ndarray) -> tuple[dict, np.ndarray, BaseGeometry]:
        """``(index, cells, reach)`` of :func:`_cells`, ``index`` mapping a point's key to its cell."""
        key = tuple(map(tuple, np.round(xy).astype(int)))
        if key not in self._cache:
            keys, cells, reach = _cells(xy, self.area_m)
            # dates in order share their places: keep the last set only
            self._cache = {key: ({k: i for i, k in enumerate(keys)}, cells, reach)}
        return self._cache[key]

    def zones(self, known: pd.DataFrame, on: str, stale: frozenset[str] = frozenset()
              ) -> tuple[gpd.GeoDataFrame, BaseGeometry, BaseGeometry]:
        """Metric zones (``controller, date, places, note, geometry``), the no-data area and the
        unconfirmed area (the cells of the places in ``stale``, place ids)."""
        xy = _metric(known["longitude"].to_numpy(), known["latitude"].to_numpy())
        index, cells, reach = self.cells(xy)
        held: dict[int, str] = {}
        unsure: set[int] = set()
        for (x, y), controller, pid in zip(xy, known["controller"], known["place_id"]):
            k = index[(int(round(x)), int(round(y)))]
            held[k] = controller if held.get(k, controller) == controller else "contested"
            if pid in stale:
                unsure.add(k)
        note = method_note(len(known), on)
        controllers = sorted(set(held.values()))
        geoms = [shapely.intersection(shapely.coverage_union_all(cells[[k for k, c in held.items() if c == controller]]),
                                      reach) for controller in controllers]
        no_data = shapely.difference(self.area_m, reach)
        rows = [{"controller": c, "date": on, "places": sum(1 for v in held.values() if v == c), "note": note}
                for c in controllers]
        # snapped to the metre, the zones' shared edges meet exactly (a coverage), and stay so simplified
        simple = shapely.coverage_simplify(shapely.set_precision(np.array(geoms + [no_data]), 1.0), SIMPLIFY_M)
        zones = gpd.GeoDataFrame(rows, geometry=list(simple[:-1]), crs=METRIC_CRS)
        zones = zones[~zones.geometry.is_empty].reset_index(drop=True)
        doubt = shapely.intersection(shapely.coverage_union_all(cells[sorted(unsure)]), reach) if unsure \
            else shapely.Polygon()
        return zones, simple[-1], shapely.simplify(shapely.set_precision(doubt, 1.0), SIMPLIFY_M)


def control_zones(status: pd.DataFrame, on: str, *, area: BaseGeometry) -> gpd.GeoDataFrame:
    """Zones of control on date ``on`` from every place's status as of that day: one row per
    controller (``controller, date, places, note, geometry``, lon/lat), without gaps or overlaps,
    up to :data:`NO_DATA_KM` from the places and inside ``area`` (lon/lat, e.g. :func:`focus_area`)."""
    known = status_on(status, on)
    if known.empty:
        raise InputError(f"no control status on or before {on}", field="date")
    return _Deriver(area).zones(known, on)[0].to_crs(4326)


def no_data_area(status: pd.DataFrame, on: str, *, area: BaseGeometry) -> BaseGeometry:
    """The part of ``area`` (lon/lat) no zone reaches on ``on``: no status known near enough."""
    known = status_on(status, on)
    if known.empty:
        return area
    return gpd.GeoSeries([_Deriver(area).zones(known, on)[1]], crs=METRIC_CRS).to_crs(4326).iloc[0]


def method_note(places: int | str, on: str) -> str:
    """The legend's statement of method.

    >>> method_note(42, "2018-02-01")
    "derived from 42 places' last known status on 2018-02-01 (Voronoi cells up to 10 km from a place; not a surveyed line)"
    """
    return (f"derived from {places} places' last known status on {on} (Voronoi cells up to {NO_DATA_KM:g} km "
            f"from a place; not a surveyed line)")


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


def _frontlines_m(metric: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    rows = []
    records = list(metric.itertuples(index=False))
    for i, a in enumerate(records):
        for b in records[i + 1:]:
            shared = _lines(shapely.intersection(a.geometry.boundary, b.geometry.boundary))
            if not shared:
                continue
            merged = linemerge(MultiLineString(shared)) if len(shared) > 1 else shared[0]
            parts = [shapely.simplify(smooth(part), SIMPLIFY_M / 2) for part in _lines(merged) if part.length > 0]
            if parts:
                front = side_of(a.controller) != side_of(b.controller)
                rows.append({"side_a": a.controller, "side_b": b.controller, "front": front, "date": a.date,
                             "note": a.note, "geometry": MultiLineString(parts)})
    return gpd.GeoDataFrame(rows, columns=["side_a", "side_b", "front", "date", "note", "geometry"],
                            geometry="geometry", crs=METRIC_CRS)


def frontlines(zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The edges shared by zones of different controllers, one row per pair (``side_a, side_b,
    front, date, note, geometry``), smoothed; ``front`` is false between factions of one side
    (:func:`geo_idlib.layers.sides.side_of`: the opposition and HTS); ``contested`` pairs are included."""
    metric = zones.to_crs(METRIC_CRS)
    metric = metric.set_geometry(shapely.set_precision(metric.geometry.to_numpy(), 1.0))  # undo the round trip's noise
    return _frontlines_m(metric).to_crs(4326)


def control_changes(status: pd.DataFrame, before: str, after: str, *, area: BaseGeometry) -> gpd.GeoDataFrame:
    """What changed hands between two dates: the cells (as of ``after``) of the places whose
    last known status differs, dissolved per ``(from_controller, to_controller)`` with the places."""
    a = status_on(status, before).set_index("place_id")
    b = status_on(status, after)
    if b.empty:
        raise InputError(f"no control status on or before {after}", field="date")
    deriver = _Deriver(area)
    xy = _metric(b["longitude"].to_numpy(), b["latitude"].to_numpy())
    return _changes(a, b, xy, *deriver.cells(xy), before, after).to_crs(4326)


def _changes(a: pd.DataFrame, b: pd.DataFrame, xy: np.ndarray, index: dict, cells: np.ndarray,
             reach: BaseGeometry, before: str, after: str) -> gpd.GeoDataFrame:
    groups: dict[tuple[str, str], list] = {}
    for (x, y), pid, name, new in zip(xy, b["place_id"], b["place"], b["controller"]):
        old = a["controller"].get(pid)
        if old is not None and old != new:
            groups.setdefault((old, new), []).append((name, cells[index[(int(round(x)), int(round(y)))]]))
    rows = [{"from_controller": old, "to_controller": new, "before": before, "after": after,
             "places": "; ".join(sorted(name for name, _ in items)),
             "geometry": shapely.intersection(shapely.union_all([cell for _, cell in items]), reach)}
            for (old, new), items in sorted(groups.items())]
    return gpd.GeoDataFrame(rows, columns=CHANGE_COLUMNS, geometry="geometry", crs=METRIC_CRS)


def control_layers(status: pd.DataFrame, *, area: BaseGeometry, dates: list[str] | None = None
                   ) -> dict[str, gpd.GeoDataFrame]:
    """Everything a control table yields on each of its dates (or ``dates``), every place carried
    forward: ``zones``, ``frontlines``, ``no_data`` (the area with no status near enough),
    ``unconfirmed`` (the cells of the places :func:`unconfirmed` lists, with how many), ``changes`` (between consecutive dates) and the ``places`` rows behind them, each a
    GeoDataFrame in EPSG:4326."""
    dates = sorted(set(status["date"])) if dates is None else sorted(dates)
    deriver = _Deriver(area)
    zones, lines, empty, unsure, changes = [], [], [], [], []
    previous = None
    for day in dates:
        known = status_on(status, day)
        if known.empty:
            raise InputError(f"no control status on or before {day}", field="date")
        stale = unconfirmed(status, day)
        day_zones, no_data, doubt = deriver.zones(known, day, frozenset(stale["place_id"]))
        zones.append(day_zones)
        lines.append(_frontlines_m(day_zones))
        empty.append({"date": day, "note": f"no place with a known status within {NO_DATA_KM:g} km",
                      "geometry": no_data})
        if len(stale):
            unsure.append({"date": day, "places": len(stale), "note": UNCONFIRMED_NOTE, "geometry": doubt})
        if previous is not None:
            xy = _metric(known["longitude"].to_numpy(), known["latitude"].to_numpy())
            changes.append(_changes(status_on(status, previous).set_index("place_id"), known, xy,
                                    *deriver.cells(xy), previous, day))
        previous = day
    places = gpd.GeoDataFrame(status.copy(), geometry=gpd.points_from_xy(status["longitude"], status["latitude"]),
                              crs=4326)
    no_data = gpd.GeoDataFrame(empty, columns=["date", "note", "geometry"], geometry="geometry", crs=METRIC_CRS)
    no_data = no_data[~no_data.geometry.is_empty]
    none = gpd.GeoDataFrame(columns=CHANGE_COLUMNS, geometry="geometry", crs=METRIC_CRS)
    doubts = gpd.GeoDataFrame(unsure, columns=["date", "places", "note", "geometry"], geometry="geometry",
                              crs=METRIC_CRS).to_crs(4326)
    return {"zones": _stack(zones), "frontlines": _stack(lines), "no_data": no_data.reset_index(drop=True).to_crs(4326),
            "unconfirmed": doubts, "changes": _stack(changes or [none]),
            "places": places.drop(columns=["latitude", "longitude"])}


def _stack(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Metric frames of one kind as one frame in EPSG:4326."""
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=METRIC_CRS).to_crs(4326)
