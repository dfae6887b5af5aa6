"""The review loop: what a person should check before a map is published, and their corrections.

Beside each map, ``NAME.review.csv`` lists one row per thing to check, with the report, the
sentence and a suggested fix (:data:`REVIEW_COLUMNS`):

* ``unknown place``: a name read as a place that the gazetteer does not know;
* ``spelling guess``: a name read as the place it most resembles (a near miss or a fuzzy
  match: check it);
* ``outside the north-west``: an event placed outside Idlib, Hama, Aleppo and Lattakia;
* ``capture``: a town or city said to change hands (often claimed before it happens);
* ``front moved``: a capture that moved the front of the ``--control`` table on its date (the
  side that took the place; it replaces the ``capture`` row of that event);
* ``low confidence``: an event below ``--min-confidence``, left off the map;
* ``merged``: one event told by several reports (their figures become a range);
* ``no toll figure``: an event whose reports tell of deaths without a figure ("several people
  were killed"): ``fatalities`` is left empty, and the report may give the figure elsewhere;
* ``not on the map``: a row without coordinates, a flow whose origin or destination is unknown.

People correct in two files and re-run: a places CSV (``--places``: the place a name stands
for) and an overrides CSV (``--overrides``; ``--drop ID`` for one row) keyed by the ``id`` the
review file shows (an event id, or ``REPORT/NAME`` for a name):

* ``action``: ``drop`` (the row is wrong: leave it out) or ``ok`` (checked: keep it as it is);
* ``event_date``, ``fatalities`` (``9`` or a range ``5-9``), ``place`` (a gazetteer id or a
  name): corrected values (the row counts as checked).

A row that was corrected or checked leaves the review file, so the file shrinks run by run.
Event ids of extracted reports are stable across runs (:func:`stable_ids`): a correction keeps
pointing at the event it was written for, or at none.

>>> import pandas as pd
>>> events = pd.DataFrame({"event_id_cnty": ["SYR-a-1"], "location": ["Saraqib"], "fatalities": [3]})
>>> overrides = {"SYR-a-1": Override("SYR-a-1", fatalities=(9, 9))}
>>> apply_overrides(events, overrides)[0]["fatalities"].tolist()
[9]
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo_idlib.errors import InputError

__all__ = ["REVIEW_COLUMNS", "ReviewItem", "Override", "stable_ids", "name_items", "event_items",
           "left_off_items", "front_items", "review_csv", "read_overrides", "apply_overrides", "reviewed"]

#: Columns of ``NAME.review.csv``.
REVIEW_COLUMNS = ["id", "check", "report", "place", "sentence", "why", "suggested_fix"]
#: The order checks are listed in.
CHECKS = ("unknown place", "spelling guess", "outside the north-west", "capture", "front moved", "low confidence",
          "merged", "no toll figure", "not on the map")
#: Governorates of the north-west (OCHA P-codes): Aleppo, Hama, Lattakia, Idlib.
NORTH_WEST = frozenset({"SY02", "SY05", "SY06", "SY07"})
#: Changes of control worth a second look when the place is a town or a city.
CAPTURE_TYPES = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: Columns an overrides CSV may have.
OVERRIDE_COLUMNS = ("id", "action", "event_date", "fatalities", "place", "note")
ACTIONS = ("drop", "ok")


@dataclass(frozen=True)
class ReviewItem:
    """One row of the review file."""

    id: str
    check: str
    report: str = ""
    place: str = ""
    sentence: str = ""
    why: str = ""
    suggested_fix: str = ""


@dataclass(frozen=True)
class Override:
    """One correction: ``action`` ``drop``/``ok`` and/or corrected values; ``line`` where it was read."""

    id: str
    action: str = ""
    event_date: str = ""
    fatalities: tuple[int, int] | None = None
    place: object = None  # a geo_idlib.gazetteer.Place
    path: str = ""
    line: int | None = None

    @property
    def fields(self) -> list[str]:
        """The corrected fields."""
        return [f for f in ("event_date", "fatalities", "place") if getattr(self, f) not in ("", None)]


def stable_ids(events: pd.DataFrame) -> pd.DataFrame:
    """``events`` (rows of extracted reports) with ids that stay the same from run to run:
    ``SYR-REPORT-xxxxxx``, a digest of the event's type, sentence and place (and its rank among
    identical ones), so that an event found only after a place was added does not renumber the
    others of its report.

    >>> ev = pd.DataFrame({"report_id": ["w", "w"], "sub_event_type": ["Air/drone strike"] * 2,
    ...                    "quote": ["Jets hit A and B."] * 2, "place_id": ["p:a", "p:b"], "location": ["A", "B"]})
    >>> stable_ids(ev)["event_id_cnty"].tolist()
    ['SYR-w-37ed61', 'SYR-w-fd175d']
    """
    seen: dict[tuple, int] = defaultdict(int)
    ids = []
    for row in events[["report_id", "sub_event_type", "quote", "place_id", "location"]].itertuples(index=False):
        key = (row.report_id, row.sub_event_type, row.quote, row.place_id or row.location)
        rank = seen[key]
        seen[key] += 1
        digest = hashlib.sha1("\n".join(map(str, (*key[1:], rank))).encode("utf-8")).hexdigest()[:6]
        ids.append(f"SYR-{row.report_id}-{digest}")
    return events.assign(event_id_cnty=ids)


def _sentence(text: str, start: int, end: int) -> str:
    from geo_idlib.reports.sentences import split_sentences

    for a, b in split_sentences(text):
        if a <= start and end <= b:
            return " ".join(text[a:b].split())
    return " ".join(text[start:end].split())


def name_items(report_id: str, text: str, mentions: Iterable, gazetteer) -> list[ReviewItem]:
    """Names of one report to check: unknown places and spelling guesses (one item per name).

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> from geo_idlib.reports import find_mentions
    >>> gz, text = Gazetteer.default(), "Jets struck the village of Qaryat Zufrani near Saraqeb."
    >>> [(i.id, i.check) for i in name_items("w", text, find_mentions(text, gz), gz)]
    [('w/Qaryat Zufrani', 'unknown place')]
    """
    items: dict[str, ReviewItem] = {}
    for m in mentions:
        item_id = f"{report_id}/{m.text}"
        if item_id in items:
            continue
        if m.place is None:
            items[item_id] = ReviewItem(
                item_id, "unknown place", report_id, m.text, _sentence(text, m.start, m.end),
                "read as a place name, but the gazetteer does not know it",
                f"add a row '{m.text},LAT,LON' to a --places CSV (or action 'ok' if it is no place)")
        elif m.matched in ("near-miss", "fuzzy"):
            p = m.place
            items[item_id] = ReviewItem(
                item_id, "spelling guess", report_id, m.text, _sentence(text, m.start, m.end),
                f"read as {p.name} ({p.admin1 or 'no governorate'}; {p.lat:.4f},{p.lon:.4f}), the place it "
                f"most resembles (score {m.score:.2f})",
                f"if it is another place, add a row '{m.text},LAT,LON' to a --places CSV; else action 'ok'")
    return list(items.values())


def _quote(row: pd.Series) -> str:
    return str(row.get("quote") or row.get("notes") or "")


def _place_kind(row: pd.Series, gazetteer) -> str:
    if gazetteer is None or not row.get("place_id"):
        return ""
    try:
        return gazetteer.get(row["place_id"]).kind
    except KeyError:
        return ""


def event_items(events: pd.DataFrame, *, min_confidence: float = 0.0, gazetteer=None) -> list[ReviewItem]:
    """Events to check (see the module doc): outside the north-west, captures of towns and cities,
    below ``min_confidence`` (left off the map), merged from several reports, deaths told without
    a figure in reports (an empty ``fatalities`` of a table's own row is that table's word).

    >>> ev = pd.DataFrame({"event_id_cnty": ["SYR-w-1"], "report_id": ["w"], "location": ["Sarmin"],
    ...                    "fatalities": [None], "quote": ["Several people died in a raid on Sarmin."]})
    >>> [(i.id, i.check) for i in event_items(ev)]
    [('SYR-w-1', 'no toll figure')]
    """
    pcode = events.get("admin1_pcode", pd.Series("", index=events.index)).fillna("").astype(str)
    outside = (pcode != "") & ~pcode.isin(NORTH_WEST)
    capture = events.get("sub_event_type", pd.Series("", index=events.index)).isin(CAPTURE_TYPES)
    confidence = pd.to_numeric(events.get("confidence", pd.Series(float("nan"), index=events.index)))
    low = (confidence < min_confidence) if min_confidence else pd.Series(False, index=events.index)
    reports = events.get("report_id", pd.Series("", index=events.index)).fillna("").astype(str)
    merged = reports.str.contains(";")
    untolled = (reports != "") & events.get("fatalities", pd.Series(0, index=events.index)).isna() \
        & events.get("fatalities_min", pd.Series(float("nan"), index=events.index)).isna()
    items = []
    for i in events.index[outside | capture | low | merged | untolled]:
        row = events.loc[i]
        eid, report, where = row["event_id_cnty"], str(row.get("report_id") or ""), str(row.get("location") or "")
        what = (f"{row.get('sub_event_type') or 'event'} in {where or 'an unknown place'} "
                f"on {row.get('event_date') or 'an unknown date'}")
        if outside[i]:
            items.append(ReviewItem(eid, "outside the north-west", report, where, _quote(row),
                                    f"{what}: placed in {row.get('admin1') or pcode[i]}, outside the north-west",
                                    "if the report means a place of that name in the north-west, set 'place' "
                                    "in the overrides (or add it to --places); if wrong, action 'drop'; if right, 'ok'"))
        if capture[i] and _place_kind(row, gazetteer) in ("city", "town"):
            actor = f" by {row['actor1']}" if row.get("actor1") else ""
            items.append(ReviewItem(eid, "capture", report, where, _quote(row),
                                    f"{what}{actor}: captures are often claimed before they happen",
                                    "if the report does not say it was taken, action 'drop'; if right, 'ok'"))
        if low[i]:
            items.append(ReviewItem(eid, "low confidence", report, where, _quote(row),
                                    f"{what}: confidence {confidence[i]:.2f} is below {min_confidence:g}: left off the map",
                                    "to draw it, action 'ok' (or correct its place or date); if wrong, 'drop'"))
        if merged[i]:
            reports = [r for r in report.split(";") if r.strip()]
            lo, hi = row.get("fatalities_min"), row.get("fatalities_max")
            toll = f"; killed {lo}-{hi}" if pd.notna(lo) and pd.notna(hi) and lo != hi else ""
            items.append(ReviewItem(eid, "merged", report, where, _quote(row),
                                    f"{what}: told by {len(reports)} reports, taken as one event{toll}",
                                    "if they are one event, action 'ok' (or set 'fatalities'); if not, 'drop' "
                                    "the row and map the reports apart"))
        if untolled[i]:
            items.append(ReviewItem(eid, "no toll figure", report, where, _quote(row),
                                    f"{what}: deaths are reported without a figure, so fatalities is empty",
                                    "if a report gives the toll, set 'fatalities' (9 or 5-9); else action 'ok' "
                                    "(it stays empty, not 0)"))
    return items


def left_off_items(left_off: Iterable[tuple[dict | None, InputError]]) -> list[ReviewItem]:
    """Rows left off the map: ``(event, problem)`` pairs, ``event`` the event's row (``None`` for
    a row of a flows table, which the problem's file and line then name)."""
    items = []
    for row, problem in left_off:
        if row is not None:
            item_id, report = str(row.get("event_id_cnty") or ""), str(row.get("report_id") or "")
            place, quote = str(row.get("location") or ""), str(row.get("quote") or row.get("notes") or "")
        else:
            item_id, report, place, quote = f"{problem.path}:{problem.line}", "", "", ""
        fix = ("set 'place' in the overrides" if problem.field in ("latitude", "longitude") else
               "add the place to a --places CSV, or action 'ok' to leave the flow out")
        items.append(ReviewItem(item_id, "not on the map", report, place, quote,
                                f"{problem.field or 'row'}: {problem.message}", fix))
    return items


def front_items(items: list[ReviewItem], moves: Iterable[dict], events: pd.DataFrame) -> list[ReviewItem]:
    """``items`` with one ``front moved`` row per capture that moved the front (``moves`` as
    :func:`geo_idlib.layers.control.apply_captures` gives them), instead of the event's ``capture`` row.

    >>> ev = pd.DataFrame({"event_id_cnty": ["e1"], "report_id": ["wire"], "quote": ["Troops took P."]})
    >>> move = {"event_id": "e1", "date": "2020-02-06", "place": "P", "before": "opposition", "after": "government"}
    >>> [(i.check, i.why) for i in front_items([], [move], ev)]
    [('front moved', 'P: opposition → government on 2020-02-06: the front is redrawn from that day')]
    """
    moves = list(moves)
    by_id = events.set_index("event_id_cnty") if len(events) else None
    moved = {m["event_id"] for m in moves}
    out = [i for i in items if not (i.check == "capture" and i.id in moved)]
    for m in moves:
        row = by_id.loc[m["event_id"]] if by_id is not None and m["event_id"] in by_id.index else None
        if isinstance(row, pd.DataFrame):
            row = row.iloc[0]
        report = str(row.get("report_id") or "") if row is not None else ""
        quote = _quote(row) if row is not None else ""
        before = m["before"] or "no status known"
        out.append(ReviewItem(m["event_id"], "front moved", report, m["place"], quote,
                              f"{m['place']}: {before} → {m['after']} on {m['date']}: the front is redrawn from that day",
                              "captures are often claimed before they happen: if it was not taken then, action 'drop' "
                              "(or correct 'event_date'); if right, 'ok'"))
    return out


def reviewed(items: Iterable[ReviewItem], checked: Iterable[str]) -> list[ReviewItem]:
    """``items`` less those whose id a person has corrected or checked, in the file's order."""
    done = set(checked)
    order = {c: i for i, c in enumerate(CHECKS)}
    kept = {(i.check, i.id): i for i in items if i.id not in done}
    return sorted(kept.values(), key=lambda i: (order.get(i.check, len(order)), i.report, i.id))


def review_csv(items: Iterable[ReviewItem]) -> str:
    """The review file's text (a header line even when there is nothing left to check)."""
    from geo_idlib.tables import csv_text

    return csv_text(REVIEW_COLUMNS, ([getattr(i, c) for c in REVIEW_COLUMNS] for i in items))


def _fatalities(text: str) -> tuple[int, int]:
    parts = [p.strip() for p in text.replace("\u2013", "-").split("-")]
    if len(parts) not in (1, 2) or not all(p.isdigit() for p in parts):
        raise ValueError
    low, high = int(parts[0]), int(parts[-1])
    if low > high:
        raise ValueError
    return low, high


def read_overrides(path: str | Path, gazetteer) -> dict[str, Override]:
    """The corrections of an overrides CSV (columns :data:`OVERRIDE_COLUMNS`; ``event_id`` may
    stand for ``id``), each checked: a bad cell raises :class:`InputError` naming file, line, field."""
    from geo_idlib.layers.places import place_for
    from geo_idlib.tables import parse_event_date, read_csv

    path = Path(path)
    header, records = read_csv(path)
    header = ["id" if h == "event_id" else h for h in header]
    unknown = [h for h in header if h not in OVERRIDE_COLUMNS]
    if unknown or "id" not in header:
        what = f"unknown column {unknown[0]!r}" if unknown else "missing column 'id'"
        raise InputError(f"{what} (use {', '.join(OVERRIDE_COLUMNS)})", path=path, line=1)
    if header.count("id") > 1:
        raise InputError("column named twice (as 'id' and 'event_id')", path=path, line=1, field="id")
    out: dict[str, Override] = {}
    for line, row in records:
        cells = {("id" if k == "event_id" else k): v.strip() for k, v in row.items()}
        where = {"path": path, "line": line}
        if not cells.get("id"):
            raise InputError("missing value", field="id", **where)
        action = cells.get("action", "").lower()
        if action and action not in ACTIONS:
            raise InputError(f"expected {' or '.join(ACTIONS)}, got {cells['action']!r}", field="action", **where)
        values: dict = {}
        try:
            if cells.get("event_date"):
                values["event_date"] = parse_event_date(cells["event_date"])
        except ValueError:
            raise InputError(f"not a date (YYYY-MM-DD): {cells['event_date']!r}", field="event_date", **where) from None
        try:
            if cells.get("fatalities"):
                values["fatalities"] = _fatalities(cells["fatalities"])
        except ValueError:
            raise InputError(f"expected a number or a range such as 5-9, got {cells['fatalities']!r}",
                             field="fatalities", **where) from None
        if cells.get("place"):
            values["place"] = place_for(cells["place"], gazetteer)
            if values["place"] is None:
                raise InputError(f"unknown place {cells['place']!r} (add it to --places, or give a gazetteer id)",
                                 field="place", **where)
        if not action and not values:
            raise InputError("nothing to do: give an action (drop or ok) or a corrected value", field="action", **where)
        if cells["id"] in out:
            raise InputError(f"{cells['id']!r} is corrected twice (first on line {out[cells['id']].line})",
                             field="id", **where)
        out[cells["id"]] = Override(cells["id"], action, values.get("event_date", ""), values.get("fatalities"),
                                    values.get("place"), str(path), line)
    return out


def _precision(place) -> int:
    return 3 if getattr(place, "admin_level", 0) in (1, 2) or place.kind == "region" else \
        2 if getattr(place, "admin_level", 0) == 3 else 1


def apply_overrides(events: pd.DataFrame, overrides: dict[str, Override]) -> tuple[pd.DataFrame, set[str]]:
    """``(events, used)``: the events with dropped rows left out and corrections made (a note says
    so), and the ids of ``overrides`` that met an event."""
    frame = events.copy()
    used: set[str] = set()
    keep = []
    for i, eid in zip(frame.index, frame["event_id_cnty"]):
        o = overrides.get(eid)
        if o is None:
            keep.append(True)
            continue
        used.add(eid)
        keep.append(o.action != "drop")
        if o.action == "drop" or not o.fields:
            continue
        if o.event_date:
            frame.loc[i, "event_date"] = o.event_date
            if "time_precision" in frame:
                frame.loc[i, "time_precision"] = 1
        if o.fatalities:
            for col, value in (("fatalities", o.fatalities[0]), ("fatalities_min", o.fatalities[0]),
                               ("fatalities_max", o.fatalities[1])):
                if col in frame or col == "fatalities":
                    frame.loc[i, col] = value
        if o.place is not None:
            p = o.place
            for col, value in (("location", p.name), ("location_ar", p.name_ar), ("place_id", p.id),
                               ("latitude", p.lat), ("longitude", p.lon), ("admin1", p.admin1),
                               ("admin2", p.admin2), ("admin3", p.admin3), ("admin1_pcode", p.admin1_pcode),
                               ("admin2_pcode", p.admin2_pcode), ("admin3_pcode", p.admin3_pcode),
                               ("geo_precision", _precision(p))):
                if col in frame or col in ("location", "latitude", "longitude"):
                    frame.loc[i, col] = value
        if "notes" in frame:
            note = f"Corrected on review: {', '.join(f.replace('_', ' ') for f in o.fields)}."
            frame.loc[i, "notes"] = f"{frame.loc[i, 'notes']} {note}".strip()
    return frame[pd.Series(keep, index=frame.index, dtype=bool)].reset_index(drop=True), used
