"""The merge as it was before it was blocked (issue 12): every row compared with every group,
kept as the brute-force reference the fast merge must agree with (tests) and the baseline of
``bench/merge.py``, with ``merge_sources`` as it was (linked groups, each merged by the
reference). The row-by-row rules (:func:`~geo_idlib.reports.merge.same_event` and the merged
row of a group) are the merge module's own: what is kept here is the brute-force grouping around them.
Quadratic within a group: a few hundred rows at most."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pandas as pd

from geo_idlib.geodesy import distance_km, distances_km
from geo_idlib.reports.merge import _merged_row, _split, same_event  # the row-by-row rules
from geo_idlib.reports.table import events_frame
from geo_idlib.sources import _TABLE, tagged_events


def reference_merge(frame: pd.DataFrame, *, max_km: float = 5.0) -> pd.DataFrame:
    """The event table with rows that tell the same event collapsed (see the module doc).

    Deterministic: rows are taken in (date, location, id) order and each joins the nearest
    compatible group that has no row from its report yet.
    """
    events = events_frame(frame)
    order = events.sort_values(["event_date", "location", "event_id_cnty"], kind="stable").index
    groups: list[list[int]] = []
    for i in order:
        row = events.loc[i]
        reports = set(_split(row["report_id"]))
        best, best_km = None, None
        for g in groups:
            if reports & {r for j in g for r in _split(events.loc[j, "report_id"])}:
                continue
            if not all(same_event(row, events.loc[j], max_km=max_km) for j in g):
                continue
            first = events.loc[g[0]]
            km = 0.0 if row["place_id"] and row["place_id"] == first["place_id"] else \
                distance_km((row["latitude"], row["longitude"]), (first["latitude"], first["longitude"]))
            if best is None or km < best_km:
                best, best_km = g, km
        if best is None:
            groups.append([i])
        else:
            best.append(i)
    rows = [_merged_row(events.loc[g].to_dict("records")) for g in groups]
    return events_frame(rows).sort_values(["event_date", "location", "event_id_cnty"], kind="stable") \
        .reset_index(drop=True)


def _reports(report_ids: str) -> frozenset[str]:
    return frozenset(r.strip() for r in report_ids.split(";") if r.strip())


def _linked(events: pd.DataFrame, max_km: float) -> list[list[int]]:
    """Groups (row positions) of rows linked by possible same-event pairs, two rows or more."""
    dates = [dt.date.fromisoformat(d[:10]) if d else None for d in events["event_date"]]
    kinds = events["sub_event_type"].tolist()
    places = events["place_id"].tolist()
    reports = [_reports(r) for r in events["report_id"]]
    lats, lons = events["latitude"].to_numpy(float), events["longitude"].to_numpy(float)
    tags: dict[frozenset, int] = {}
    tag = np.array([tags.setdefault(r, len(tags)) for r in reports], dtype=int)  # same reports, same tag
    lists: dict[tuple, list[int]] = defaultdict(list)
    for i, (kind, day) in enumerate(zip(kinds, dates)):
        if day is not None:
            lists[(kind, day)].append(i)
    buckets = {key: np.array(rows, dtype=int) for key, rows in lists.items()}
    none = np.zeros(0, dtype=int)
    parent = list(range(len(events)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, (kind, day) in enumerate(zip(kinds, dates)):
        if day is None:
            continue
        same = buckets[(kind, day)]
        near = np.concatenate([same[same > i], buckets.get((kind, day + dt.timedelta(days=1)), none)])
        near = near[tag[near] != tag[i]]  # rows of one report, or of one table, never merge
        if not near.size:
            continue
        close = distances_km(lats[i], lons[i], lats[near], lons[near]) <= max_km if not np.isnan(lats[i]) \
            else np.zeros(near.size, dtype=bool)
        for j, ok in zip(near.tolist(), close.tolist()):
            if (ok or (places[i] and places[i] == places[j])) and not reports[i] & reports[j]:
                parent[root(j)] = root(i)
    # an undated row may be the same event as any row of its type at its place (merge_events decides)
    at_place: dict[tuple, list[int]] = defaultdict(list)
    for i, (kind, place) in enumerate(zip(kinds, places)):
        if place:
            at_place[(kind, place)].append(i)
    for i, (kind, day) in enumerate(zip(kinds, dates)):
        if day is None and places[i]:
            for j in at_place[(kind, places[i])]:
                if j != i and tag[j] != tag[i] and not reports[i] & reports[j]:
                    parent[root(j)] = root(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(events)):
        groups[root(i)].append(i)
    return [g for g in groups.values() if len(g) > 1]


def reference_sources(frames: list[pd.DataFrame], names: list[str], *, max_km: float = 5.0) -> pd.DataFrame:
    """The events of several sources (``frames``: event tables; ``names``: where each came from)
    as one table, rows that tell the same event merged (see the module doc), in
    ``merge_events``' order (date, location, id)."""

    events = tagged_events(frames, names)
    parts, merged_rows = [], set()
    for group in _linked(events, max_km):
        part = reference_merge(events.iloc[group], max_km=max_km)
        if len(part) < len(group):  # something merged: the group's rows as merge_events made them
            parts.append(part)
            merged_rows.update(group)
    kept = events.drop(index=events.index[sorted(merged_rows)])
    out = events_frame(pd.concat([kept, *parts], ignore_index=True)) if parts else kept
    out = out.assign(report_id=out["report_id"].map(
        lambda ids: "; ".join(r for r in ids.split("; ") if r and not r.startswith(_TABLE))))
    return out.sort_values(["event_date", "location", "event_id_cnty"], kind="stable").reset_index(drop=True)
