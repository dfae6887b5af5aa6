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

import pandas as pd

from geo_idlib.geodesy import distance_km
from geo_idlib.reports.table import events_frame

__all__ = ["merge_events", "same_event"]

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


def _merged_row(members: pd.DataFrame) -> dict:
    """One row from the rows of one event."""
    best = members.sort_values(["geo_precision", "confidence"], ascending=[True, False], kind="stable").iloc[0]
    dated = members.sort_values(["time_precision", "event_date"], kind="stable").iloc[0]
    row = best.to_dict()
    row.update(
        event_id_cnty=members["event_id_cnty"].min(),
        event_date=dated["event_date"], time_precision=int(dated["time_precision"]),
        actor1=_most_common(list(members["actor1"])), actor2=_most_common(list(members["actor2"])),
        source=_SEP.join(sorted(set(_split(_SEP.join(members["source"]))))),
        source_url=_joined(members["source_url"]), attribution=_joined(members["attribution"]),
        quote=_joined(members["quote"], " | "), report_id=_joined(members["report_id"]),
        targets=_SEP.join(sorted(set(_split(_SEP.join(members["targets"]))))),
        origin=_joined(members["origin"]), destination=_joined(members["destination"]),
        reference_place=_joined(members["reference_place"]),
        distance_km=members["distance_km"].min(),
        fatalities_min=members["fatalities_min"].min(), fatalities_max=members["fatalities_max"].max(),
        injured_min=members["injured_min"].min(), people=members["people"].min(),
    )
    row["fatalities"] = int(row["fatalities_min"]) if pd.notna(row["fatalities_min"]) else \
        None if members["fatalities"].isna().any() else 0  # no figure: deaths told without one, or none
    row["sources_count"] = len(_split(row["source"]))
    keep = 1.0
    for c in members["confidence"].fillna(0):
        keep *= 1 - c
    row["confidence"] = round(min(0.99, 1 - keep), 2)
    if len(members) > 1:
        span = "" if pd.isna(row["fatalities_max"]) else str(row["fatalities_max"]) \
            if row["fatalities_min"] == row["fatalities_max"] else f"{row['fatalities_min']}-{row['fatalities_max']}"
        toll = f"; reported killed {span}, coded {row['fatalities']}" if span else \
            "; deaths reported, no figure" if row["fatalities"] is None else ""
        by = f" by {row['actor1']}" if row["actor1"] else ""
        row["notes"] = (f"{row['sub_event_type']}{by} in {row['location']}, told by {len(members)} reports "
                        f"({row['report_id']}){toll}.")
    return row


def merge_events(frame: pd.DataFrame, *, max_km: float = 5.0) -> pd.DataFrame:
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
    rows = [_merged_row(events.loc[g]) for g in groups]
    return events_frame(rows).sort_values(["event_date", "location", "event_id_cnty"], kind="stable") \
        .reset_index(drop=True)
