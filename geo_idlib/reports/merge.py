"""Merging reports: one row per event that several reports tell.

Two rows are the same event when they come from different reports and have

* the same sub-event type (ACLED codes an air strike and a missile attack on one town as two
  events, and a capture is not a clash);
* the same place, or places within ``max_km`` (geodesic, pyproj);
* the same date, or dates one day apart when either side's ``time_precision`` is above 1 or
  both name the same place (a weekday read one day off by one outlet); a row without a date
  merges only at the same place, when both tell the same side taking it (a town changes hands
  rarely) or give the same toll (it is struck often);
* targets that do not contradict: when both name targets, they share one ("a hospital" and
  "a market" in one town on one day stay two strikes).

Rows from one report are never merged with each other: the report told them apart. The merged
row keeps every source, quote and report id; ``fatalities_min``/``fatalities_max`` span every
source's figures and ``fatalities`` is the most conservative one (ACLED); a source that tells of
deaths without a figure (an empty ``fatalities``) hides no other's figure and counts as no 0: with
no figure from any source, ``fatalities`` stays empty when one of them told of deaths, else 0.
``confidence`` grows with independent sources (``1 - prod(1 - c)``).

How (O(n log n)): only rows that could be the same event are ever compared. Dated rows are
blocked by sub-event type, day (or the next day) and a grid of ``max_km`` cells (or the same
place); an undated row meets the rows of its type at its place. The pairs found are judged
column-wise (the rules above, :func:`same_event` row by row), and the rows then join groups in
(date, location, id) order, each looking only at the groups of the rows it was judged alike.
``merge_events(table)`` gives exactly what comparing every row with every group gave.

>>> import pandas as pd
>>> a = {"event_date": "2018-02-04", "event_type": "Explosions/Remote violence", "location": "Idlib",
...      "latitude": 35.93, "longitude": 36.63, "fatalities": 15, "fatalities_min": 15,
...      "fatalities_max": 15, "report_id": "a", "source": "Wire", "confidence": 0.9}
>>> b = dict(a, fatalities=11, fatalities_min=11, fatalities_max=17, report_id="b", source="Monitor")
>>> m = merge_events(pd.DataFrame([a, b]))
>>> m[["fatalities", "fatalities_min", "fatalities_max", "report_id", "source", "sources_count"]].values.tolist()
[[11, 11, 17, 'a; b', 'Monitor; Wire', 2]]
>>> c = dict(a, fatalities=None, fatalities_min=None, fatalities_max=None, report_id="c", source="Agency")
>>> merge_events(pd.DataFrame([a, c]))[["fatalities", "fatalities_min", "fatalities_max"]].values.tolist()
[[15, 15, 15]]
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd

from geo_idlib.geodesy import distance_km, paired_distances_km
from geo_idlib.reports.table import events_frame

__all__ = ["merge_events", "same_event", "candidate_pairs", "merge_groups", "merged_frame"]

_SEP = "; "


def _split(value: str, sep: str = _SEP) -> list[str]:
    return [v.strip() for v in str(value).split(sep.strip()) if v.strip()]


def _date(row: pd.Series) -> dt.date | None:
    return dt.date.fromisoformat(row["event_date"]) if row["event_date"] else None


def _same_taker(a: pd.Series, b: pd.Series) -> bool:
    """Both tell the same side taking a place (a town is struck often, it changes hands rarely)."""
    return "territory" in a["sub_event_type"] and a["actor1"] == b["actor1"]


def _same_toll(a: pd.Series, b: pd.Series) -> bool:
    """Both give the same toll (an undated report of a strike on a town struck often)."""
    return not pd.isna(a["fatalities_min"]) and not pd.isna(b["fatalities_min"]) and \
        a["fatalities_min"] == b["fatalities_min"]


def same_event(a: pd.Series, b: pd.Series, *, max_km: float = 5.0) -> bool:
    """Whether two event rows (from different reports) tell the same event (rules above)."""
    if a["event_type"] != b["event_type"] or a["sub_event_type"] != b["sub_event_type"]:
        return False
    same_place = bool(a["place_id"]) and a["place_id"] == b["place_id"]
    da, db = _date(a), _date(b)
    if da is None or db is None:  # undated: one place, and the same side taking it or the same toll
        if not same_place or not (_same_taker(a, b) or _same_toll(a, b)):
            return False
    else:
        slack = 1 if same_place or max(a["time_precision"], b["time_precision"]) > 1 else 0
        if abs((da - db).days) > slack:
            return False
    ta, tb = set(_split(a["targets"])), set(_split(b["targets"]))
    if ta and tb and not ta & tb:
        return False
    if same_place:
        return True
    if pd.isna(a["latitude"]) or pd.isna(b["latitude"]):
        return False
    return distance_km((a["latitude"], a["longitude"]), (b["latitude"], b["longitude"])) <= max_km


def _joined(values, sep: str = _SEP) -> str:
    out: list[str] = []
    for v in values:
        for part in _split(v, sep):
            if part not in out:
                out.append(part)
    return sep.join(out)


def _most_common(values) -> str:
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -list(values).index(v))) if counts else ""


def _merged_row(members: list[dict]) -> dict:
    """One row from the rows of one event (records, in the order they joined)."""
    best = min(members, key=lambda r: (r["geo_precision"], _missing(r["confidence"]), -_num(r["confidence"])))
    dated = min(members, key=lambda r: (r["time_precision"], r["event_date"]))
    column = {col: [r[col] for r in members] for col in _COMBINED}
    row = dict(best)
    row.update(
        event_id_cnty=min(column["event_id_cnty"]),
        event_date=dated["event_date"], time_precision=int(dated["time_precision"]),
        actor1=_most_common(column["actor1"]), actor2=_most_common(column["actor2"]),
        source=_SEP.join(sorted(set(_split(_SEP.join(column["source"]))))),
        source_url=_joined(column["source_url"]), attribution=_joined(column["attribution"]),
        quote=_joined(column["quote"], " | "), report_id=_joined(column["report_id"]),
        targets=_SEP.join(sorted(set(_split(_SEP.join(column["targets"]))))),
        origin=_joined(column["origin"]), destination=_joined(column["destination"]),
        reference_place=_joined(column["reference_place"]),
        distance_km=_least(column["distance_km"]),
        fatalities_min=_least(column["fatalities_min"]), fatalities_max=_least(column["fatalities_max"], max),
        injured_min=_least(column["injured_min"]), people=_least(column["people"]),
    )
    row["fatalities"] = int(row["fatalities_min"]) if not _missing(row["fatalities_min"]) else \
        None if any(_missing(r["fatalities"]) for r in members) else 0  # no figure: deaths told without one, or none
    row["sources_count"] = len(_split(row["source"]))
    keep = 1.0
    for c in column["confidence"]:
        keep *= 1 - (0.0 if _missing(c) else c)
    row["confidence"] = round(min(0.99, 1 - keep), 2)
    if len(members) > 1:
        span = "" if _missing(row["fatalities_max"]) else str(row["fatalities_max"]) \
            if row["fatalities_min"] == row["fatalities_max"] else f"{row['fatalities_min']}-{row['fatalities_max']}"
        toll = f"; reported killed {span}, coded {row['fatalities']}" if span else \
            "; deaths reported, no figure" if row["fatalities"] is None else ""
        by = f" by {row['actor1']}" if row["actor1"] else ""
        row["notes"] = (f"{row['sub_event_type']}{by} in {row['location']}, told by {len(members)} reports "
                        f"({row['report_id']}){toll}.")
    return row


_COMBINED = ("event_id_cnty", "actor1", "actor2", "source", "source_url", "attribution", "quote", "report_id",
             "targets", "origin", "destination", "reference_place", "distance_km", "fatalities_min",
             "fatalities_max", "injured_min", "people", "confidence")


def _missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _num(value) -> float:
    return 0.0 if _missing(value) else float(value)


def _least(values: list, pick=min):
    """``pick`` of the known values (pandas' skipna min/max), else missing."""
    known = [v for v in values if not _missing(v)]
    return pick(known) if known else None


def _alone(events: pd.DataFrame) -> pd.DataFrame:
    """Rows that merge with none, as :func:`_merged_row` makes a group of one (column-wise)."""
    def each(col: str, fn) -> pd.Series:
        values = events[col]
        return values.map(dict(zip(u := values.unique(), map(fn, u)))) if len(values) else values

    source = each("source", lambda v: _SEP.join(sorted(set(_split(v)))))
    confidence = events["confidence"].fillna(0.0).to_numpy()
    confidence = [round(min(0.99, 1 - (1.0 * (1 - c))), 2) for c in confidence.tolist()]
    return events.assign(
        source=source, source_url=each("source_url", lambda v: _joined([v])),
        attribution=each("attribution", lambda v: _joined([v])), quote=each("quote", lambda v: _joined([v], " | ")),
        report_id=each("report_id", lambda v: _joined([v])),
        targets=each("targets", lambda v: _SEP.join(sorted(set(_split(v))))),
        origin=each("origin", lambda v: _joined([v])), destination=each("destination", lambda v: _joined([v])),
        reference_place=each("reference_place", lambda v: _joined([v])),
        fatalities=events["fatalities_min"].where(events["fatalities_min"].notna(),  # else no figure (empty) or 0
                                                  events["fatalities"].where(events["fatalities"].isna(), 0)),
        sources_count=source.map(lambda v: len(_split(v))) if len(events) else events["sources_count"],
        confidence=pd.Series(confidence, index=events.index, dtype="float64"))


def _days(events: pd.DataFrame) -> np.ndarray:
    """Day numbers of the event dates; :data:`_UNDATED` for an undated row."""
    days = pd.to_datetime(events["event_date"].str[:10], format="%Y-%m-%d", errors="coerce")
    out = (days - pd.Timestamp("1900-01-01")).dt.days
    return out.fillna(_UNDATED).to_numpy("int64")


_UNDATED = -(2**40)  # before any date pandas can hold


def _codes(values: pd.Series) -> np.ndarray:
    """Integer codes of a text column, -1 for empty text."""
    return pd.factorize(values.where(values != ""))[0]


def _join(left: pd.DataFrame, right: pd.DataFrame, on: list[str]) -> tuple[np.ndarray, np.ndarray]:
    both = left.merge(right, on=on, suffixes=("_a", "_b"))
    return both["row_a"].to_numpy("int64"), both["row_b"].to_numpy("int64")


def candidate_pairs(events: pd.DataFrame, max_km: float = 5.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(a, b, km)``: every pair of rows (positions, ``a > b``) of one sub-event type that may tell
    one event: both dated at most a day apart, at the same place or within ``max_km`` (``km``,
    NaN when not measured), or one undated and at the other's place. Blocked by type, day and
    a grid of ``max_km`` cells, so that the work grows with the pairs, not the square of the rows.

    >>> strike = {"event_date": "2018-02-05", "sub_event_type": "Air/drone strike", "latitude": 35.9, "longitude": 36.6}
    >>> ev = events_frame([strike, strike, dict(strike, event_date="2018-02-09")])
    >>> [x.tolist() for x in candidate_pairs(ev)[:2]]
    [[1], [0]]
    """
    n = len(events)
    kind = pd.factorize(events["sub_event_type"])[0]
    day, place = _days(events), _codes(events["place_id"])
    lat, lon = events["latitude"].to_numpy(float), events["longitude"].to_numpy(float)
    rows = np.arange(n)
    found: list[tuple[np.ndarray, np.ndarray]] = []
    dated, located = day != _UNDATED, ~np.isnan(lat) & ~np.isnan(lon)
    # dated rows within max_km: grid cells at least max_km wide, each compared with its 3 x 3 neighbours
    pick = dated & located
    if pick.any():
        step_lat = max(max_km, 1e-6) / 110.0  # a degree of latitude is more than 110 km everywhere
        polar = min(90.0, float(np.abs(lat[pick]).max()) + 2 * step_lat)
        step_lon = 360.0 if polar > 89.0 else step_lat / np.cos(np.radians(polar)) * 1.01
        cell = pd.DataFrame({"kind": kind[pick], "day": day[pick], "cy": np.floor(lat[pick] / step_lat).astype("int64"),
                             "cx": np.floor(lon[pick] / step_lon).astype("int64"), "row": rows[pick]})
        for dd in (0, 1):
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    shifted = cell.assign(day=cell["day"] - dd, cy=cell["cy"] - dy, cx=cell["cx"] - dx)
                    a, b = _join(cell, shifted, ["kind", "day", "cy", "cx"])
                    found.append((a, b) if dd else (a[a != b], b[a != b]))
    # dated rows at one place (its rows may lack coordinates or lie apart)
    pick = dated & (place >= 0)
    if pick.any():
        spot = pd.DataFrame({"kind": kind[pick], "day": day[pick], "place": place[pick], "row": rows[pick]})
        for dd in (0, 1):
            a, b = _join(spot, spot.assign(day=spot["day"] - dd), ["kind", "day", "place"])
            found.append((a[a != b], b[a != b]))
    # an undated row and every row of its type at its place
    undated = ~dated & (place >= 0)
    if undated.any():
        spot = pd.DataFrame({"kind": kind, "place": place, "row": rows})[place >= 0]
        a, b = _join(spot[undated[place >= 0]], spot, ["kind", "place"])
        found.append((a[a != b], b[a != b]))
    if not found:
        return np.zeros(0, "int64"), np.zeros(0, "int64"), np.zeros(0)
    a, b = np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found])
    key = np.unique(np.maximum(a, b) * n + np.minimum(a, b))
    a, b = key // n, key % n
    km = np.full(a.size, np.nan)
    both = located[a] & located[b]
    km[both] = paired_distances_km(lat[a[both]], lon[a[both]], lat[b[both]], lon[b[both]])
    same_place = (place[a] >= 0) & (place[a] == place[b])
    near = np.where(dated[a] & dated[b], (np.abs(day[a] - day[b]) <= 1) & ((km <= max_km) | same_place), same_place)
    return a[near], b[near], km[near]


def _alike(events: pd.DataFrame, a: np.ndarray, b: np.ndarray, km: np.ndarray, max_km: float) -> np.ndarray:
    """Which candidate pairs :func:`same_event` finds alike, column by column."""
    def same(col: str) -> np.ndarray:
        codes = pd.factorize(events[col])[0]
        return codes[a] == codes[b]

    day, place = _days(events), _codes(events["place_id"])
    same_place = (place[a] >= 0) & (place[a] == place[b])
    tp = events["time_precision"].to_numpy("int64")
    slack = np.where(same_place | (np.maximum(tp[a], tp[b]) > 1), 1, 0)
    dated = (day[a] != _UNDATED) & (day[b] != _UNDATED)
    toll = events["fatalities_min"].to_numpy("float64", na_value=np.nan)
    taker = events["sub_event_type"].str.contains("territory", regex=False).to_numpy(bool)[a] & same("actor1")
    undated_ok = same_place & (taker | (~np.isnan(toll[a]) & (toll[a] == toll[b])))
    ok = same("event_type") & same("sub_event_type") & np.where(dated, np.abs(day[a] - day[b]) <= slack, undated_ok)
    ok &= same_place | (km <= max_km)
    targets = events["targets"].to_numpy(object)
    told = (targets[a] != "") & (targets[b] != "") & ok
    sets: dict[str, set] = {}
    for k in np.flatnonzero(told).tolist():
        ta = sets.setdefault(targets[a[k]], set(_split(targets[a[k]])))
        tb = sets.setdefault(targets[b[k]], set(_split(targets[b[k]])))
        ok[k] = not (ta and tb and not ta & tb)
    return ok


def merge_groups(events: pd.DataFrame, *, max_km: float = 5.0, pairs=None) -> tuple[list[list[int]], np.ndarray]:
    """``(groups, rank)``: the groups of two rows or more (positions of ``events``, an
    :func:`events_frame`, in the order they joined) and each row's rank in (date, location, id)
    order. Each row, in that order, joins the nearest group whose rows it is alike with and that
    has no row from its report yet (``pairs``: :func:`candidate_pairs`, when known)."""
    n = len(events)
    order = events.sort_values(["event_date", "location", "event_id_cnty"], kind="stable").index.to_numpy()
    rank = np.empty(n, "int64")
    rank[order] = np.arange(n)
    a, b, km = candidate_pairs(events, max_km) if pairs is None else pairs
    ok = _alike(events, a, b, km, max_km)
    a, b, km = a[ok], b[ok], km[ok]
    late = rank[a] > rank[b]  # each pair as (the row that joins later, the row before it)
    later, earlier = np.where(late, a, b), np.where(late, b, a)
    by = np.lexsort((rank[earlier], rank[later]))
    later, earlier, km = later[by], earlier[by], km[by]
    place = events["place_id"].to_numpy(object)
    reports = events["report_id"].to_numpy(object)
    starts = np.searchsorted(rank[later], np.arange(n + 1))  # pairs of the row of each rank
    group_of: dict[int, int] = {}  # row -> its group, named by the rank of the row that began it
    groups: dict[int, list[int]] = {}
    told: dict[int, set] = {}
    for r in np.unique(rank[later]).tolist():
        lo, hi = int(starts[r]), int(starts[r + 1])
        i = int(order[r])
        counts: dict[int, int] = {}
        dist: dict[int, float] = {}
        for j, d in zip(earlier[lo:hi].tolist(), km[lo:hi].tolist()):
            g = group_of.setdefault(j, int(rank[j]))
            if g not in groups:
                groups[g], told[g] = [j], set(_split(reports[j]))
            counts[g] = counts.get(g, 0) + 1
            dist[j] = d
        mine = set(_split(reports[i]))
        best, best_km = None, 0.0
        for g in sorted(counts):  # the groups in the order they began
            if counts[g] != len(groups[g]) or mine & told[g]:
                continue
            first = groups[g][0]
            here = 0.0 if place[i] and place[i] == place[first] else dist[first]
            if best is None or here < best_km:
                best, best_km = g, here
        if best is None:
            group_of[i], groups[r], told[r] = r, [i], mine
        else:
            groups[best].append(i)
            told[best] |= mine
            group_of[i] = best
    return [g for g in groups.values() if len(g) > 1], rank


def merged_frame(events: pd.DataFrame, groups: list[list[int]], rank: np.ndarray) -> pd.DataFrame:
    """The rows of ``events`` (positions) in ``groups`` (see :func:`merge_groups`) and every other row
    alone, each group as one row, in (date, location, id) order; ``_rank`` orders ties as the
    groups began."""
    grouped = np.zeros(len(events), bool)
    rows, first = [], []
    if groups:
        members = np.concatenate([np.asarray(g) for g in groups])
        grouped[members] = True
        names = list(events.columns)
        columns = [events[c].to_numpy(dtype=object)[members] for c in names]
        records = {i: dict(zip(names, values)) for i, values in zip(members.tolist(), zip(*columns))}
        rows = [_merged_row([records[i] for i in g]) for g in groups]
        first = [int(rank[g[0]]) for g in groups]
    alone = _alone(events[~grouped]).assign(_rank=rank[~grouped])
    together = events_frame(rows).assign(_rank=first) if rows else alone.iloc[:0]
    out = pd.concat([alone, together], ignore_index=True) if rows else alone
    out = events_frame(out).assign(_rank=out["_rank"].to_numpy())
    return out.sort_values(["event_date", "location", "event_id_cnty", "_rank"], kind="stable").reset_index(drop=True)


def merge_events(frame: pd.DataFrame, *, max_km: float = 5.0) -> pd.DataFrame:
    """The event table with rows that tell the same event collapsed (see the module doc).

    Deterministic: rows are taken in (date, location, id) order and each joins the nearest
    compatible group that has no row from its report yet.
    """
    events = events_frame(frame)
    groups, rank = merge_groups(events, max_km=max_km)
    return merged_frame(events, groups, rank).drop(columns="_rank")
