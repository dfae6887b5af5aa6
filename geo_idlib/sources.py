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
common: :func:`~geo_idlib.reports.merge.candidate_pairs`, blocked by type, day and place) are
judged, and the groups they link are merged as ``merge_events`` merges them: a table of
1,000,000 rows merges in about a minute (``bench/merge.py``); rows of a linked group in which
nothing merged come out as they went in (but for that range).

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

import numpy as np
import pandas as pd

from geo_idlib.reports.merge import merge_groups, merged_frame
from geo_idlib.tables import events_frame

__all__ = ["merge_sources"]

_TABLE = "table:"  # the report id rows of a table without one carry while merging


def _linked(events: pd.DataFrame, max_km: float):
    """``(component, pairs)``: each row's group of rows linked by possible same-event pairs with
    no report in common (-1 for a row linked to none), and those pairs
    (:func:`~geo_idlib.reports.merge.candidate_pairs`)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from geo_idlib.reports.merge import candidate_pairs

    a, b, km = candidate_pairs(events, max_km)
    ids = events["report_id"].to_numpy(object)
    told = {i: frozenset(r.strip() for r in ids[i].split(";") if r.strip()) for i in np.union1d(a, b).tolist()}
    apart = np.array([not told[i] & told[j] for i, j in zip(a.tolist(), b.tolist())], dtype=bool)
    a, b, km = a[apart], b[apart], km[apart]
    n = len(events)
    _, component = connected_components(coo_matrix((np.ones(a.size), (a, b)), shape=(n, n)), directed=False)
    linked = np.zeros(n, bool)
    linked[a], linked[b] = True, True
    return np.where(linked, component, -1), (a, b, km)


def tagged_events(frames: list[pd.DataFrame], names: list[str]) -> pd.DataFrame:
    """The event tables as one, each row of a table without report ids tagged with its table
    (its rows never merge with each other) and its toll made a range."""
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
    return pd.concat(tagged, ignore_index=True) if tagged else events_frame([])


def merge_sources(frames: list[pd.DataFrame], names: list[str], *, max_km: float = 5.0) -> pd.DataFrame:
    """The events of several sources (``frames``: event tables; ``names``: where each came from)
    as one table, rows that tell the same event merged (see the module doc), in
    ``merge_events``' order (date, location, id)."""
    events = tagged_events(frames, names)
    component, pairs = _linked(events, max_km)
    groups, rank = merge_groups(events, max_km=max_km, pairs=pairs)
    merged = np.zeros(len(events), bool)  # rows of a linked group in which something merged
    if groups:
        merged = np.isin(component, np.unique(component[[g[0] for g in groups]]))
    first = np.full(len(events), len(events))  # each linked group by its first row, in input order
    np.minimum.at(first, np.where(merged, component, 0), np.where(merged, np.arange(len(events)), len(events)))
    kept = events[~merged].assign(_part=-1, _rank=np.flatnonzero(~merged))
    if merged.any():
        inside = np.flatnonzero(merged)
        position = np.full(len(events), -1)
        position[inside] = np.arange(inside.size)
        part = merged_frame(events.iloc[inside].reset_index(drop=True), [position[g].tolist() for g in groups],
                            rank[inside])
        rows = part["_rank"].map(dict(zip(rank[inside].tolist(), inside.tolist())))
        part = part.assign(_part=first[component[rows.to_numpy()]])
        out = pd.concat([kept, part], ignore_index=True)
    else:
        out = kept
    order = out.sort_values(["event_date", "location", "event_id_cnty", "_part", "_rank"], kind="stable").index
    out = events_frame(out.loc[order])
    out = out.assign(report_id=out["report_id"].map(
        lambda ids: "; ".join(r for r in ids.split("; ") if r and not r.startswith(_TABLE))))
    return out.reset_index(drop=True)
