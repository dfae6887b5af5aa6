"""Events from several sources (the reports of a run, event tables) as one table.

Rows are merged with :func:`geo_idlib.reports.merge.merge_events`, under its rules, with two
additions for tables:

* rows of one table never merge with each other, like the rows of one report (ACLED codes two
  strikes on one town on one day as two events): a table's rows without a ``report_id`` stand
  for their file while merging;
* a table row that gives ``fatalities`` but no range counts as that figure
  (``fatalities_min = fatalities_max = fatalities``), so that a merged toll spans it.

Only rows that could be the same event (same sub-event type, dates at most a day apart, same
place or within ``max_km``, or an undated row and one of its type at its place; no report in
common) are handed to ``merge_events``, one group of
linked candidates at a time: a table of 100,000 rows merges in seconds, and rows with no
candidate come out as they went in (but for that range).

>>> import pandas as pd
>>> from geo_idlib.tables import events_frame
>>> strike = {"event_date": "2018-02-05", "event_type": "Explosions/Remote violence",
...           "sub_event_type": "Air/drone strike", "location": "Idlib", "latitude": 35.93, "longitude": 36.63}
>>> acled = events_frame([dict(strike, event_id_cnty="SYR1", fatalities=3),
...                       dict(strike, event_id_cnty="SYR2", fatalities=1)])
>>> report = events_frame([dict(strike, event_id_cnty="SYR-w-1", fatalities=5, fatalities_min=5, fatalities_max=5,
...                             report_id="w", source="Wire")])
>>> merged = merge_sources([acled, report], ["acled.csv", "reports"])
>>> merged[["event_id_cnty", "fatalities_min", "fatalities_max", "report_id"]].values.tolist()
[['SYR-w-1', 3, 5, 'w'], ['SYR2', 1, 1, '']]
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import numpy as np
import pandas as pd

from geo_idlib.geodesy import distances_km
from geo_idlib.tables import events_frame

__all__ = ["merge_sources"]

_TABLE = "table:"  # the report id rows of a table without one carry while merging


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


def merge_sources(frames: list[pd.DataFrame], names: list[str], *, max_km: float = 5.0) -> pd.DataFrame:
    """The events of several sources (``frames``: event tables; ``names``: where each came from)
    as one table, rows that tell the same event merged (see the module doc), in
    ``merge_events``' order (date, location, id)."""
    from geo_idlib.reports.merge import merge_events

    tagged = []
    for frame, name in zip(frames, names):
        frame = events_frame(frame)
        untold = frame["report_id"] == ""
        if untold.any():
            frame = frame.assign(report_id=frame["report_id"].where(~untold, f"{_TABLE}{name}"))
            ranged = (untold & frame["fatalities_min"].isna() & frame["fatalities_max"].isna()
                      & (frame["fatalities"].fillna(0) > 0))
            frame.loc[ranged, "fatalities_min"] = frame.loc[ranged, "fatalities"]
            frame.loc[ranged, "fatalities_max"] = frame.loc[ranged, "fatalities"]
        tagged.append(frame)
    events = pd.concat(tagged, ignore_index=True) if tagged else events_frame([])
    parts, merged_rows = [], set()
    for group in _linked(events, max_km):
        part = merge_events(events.iloc[group], max_km=max_km)
        if len(part) < len(group):  # something merged: the group's rows as merge_events made them
            parts.append(part)
            merged_rows.update(group)
    kept = events.drop(index=events.index[sorted(merged_rows)])
    out = events_frame(pd.concat([kept, *parts], ignore_index=True)) if parts else kept
    out = out.assign(report_id=out["report_id"].map(
        lambda ids: "; ".join(r for r in ids.split("; ") if r and not r.startswith(_TABLE))))
    return out.sort_values(["event_date", "location", "event_id_cnty"], kind="stable").reset_index(drop=True)
