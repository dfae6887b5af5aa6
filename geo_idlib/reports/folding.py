"""Within one report, rows that tell one event twice fold into one.

* A bare mention in a list ("struck the towns of A and B") folds into a more specific row
  about the same place, day and type (its sentence joins that row's quote); a specific row told
  again (the lead, then the details) folds with every figure kept as the range, unless their
  targets differ (a hospital and a market are two strikes).
* A toll told again as risen ("the toll later rose to 20") replaces the one told before; a part of
  it ("among the dead were six children") does not lower it.
* A toll told of several places together, then a part of it told of one of them ("raids on A
  and B killed nine ... seven of them in A"), is that place's: the part replaces the share.
* A bare province-, district- or sub-district-level row ("raids on towns in Idlib province on
  Monday") folds into the first row of the same day and type inside that area.
* An area-level toll told of an unnamed place ("raids on an opposition-held town in Idlib
  province left 11 dead") goes to the place the report names next with the same day and type and no
  toll of its own; any other area-level toll to the one such place inside the area, if only one.
  Told before the tolls of places inside it ("18 killed in Idlib province ... 15 in Idlib city,
  three in Binnish"), it is their total: the area row goes when they account for it, else it keeps
  the rest.
* Fighting at a place on the day it changed hands folds into the change of control.

>>> fold_events([])
[]
"""
from __future__ import annotations

from geo_idlib.gazetteer import Place
from geo_idlib.reports.doc import Event
from geo_idlib.reports.numbers import Quantity
from geo_idlib.reports.rows import split_share

__all__ = ["fold_events", "join_figures"]

_ADMIN_PCODES = {1: "admin1_pcode", 2: "admin2_pcode", 3: "admin3_pcode"}
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _specific(ev: Event) -> bool:
    return bool(ev.targets or ev.fatalities or ev.deaths_no_figure or ev.injured or ev.people
                or ev.distance_km is not None)


def _retold(a: Event, b: Event) -> bool:
    """Whether two specific rows of one place, day and type tell one incident: undated rows dated
    by the same words ("today" and "on Sunday" stay two), the same force (a Russian raid and a
    regime barrel bomb stay two; a toll told again with no weapon word names none), no shared tolls, no contradicting targets, no flight figures."""
    same_force = a.actor1 == b.actor1 or ((a.toll_only or b.toll_only) and not (a.actor1 and b.actor1))
    return (a.date is not None or a.said == b.said) and same_force and (
        a.share.get("killed", (1, 0))[0] == 1 and b.share.get("killed", (1, 0))[0] == 1 and not a.people
            and not b.people and (not a.targets or not b.targets or bool(set(a.targets) & set(b.targets))))


def join_figures(to: Event, ev: Event) -> None:
    """``ev``, the same incident told again, gives ``to`` its figures and sources: its tolls join
    ``to``'s, told before them (a revised toll, "the toll later rose to 20", replaces them; a part,
    "among the dead were six children", adds nothing to a toll as large; any other is one more
    figure of the range), and so do its deaths without a figure, its injured and its sources."""
    if ev.toll_role == "revised" and ev.fatalities:
        to.fatalities, to.toll_role = list(ev.fatalities), "revised"
    elif not (ev.toll_role == "part" and ev.fatalities and to.fatalities
              and max(q.low for q in to.fatalities) >= max(q.low for q in ev.fatalities)):
        to.fatalities += ev.fatalities
    to.deaths_no_figure = to.deaths_no_figure or ev.deaths_no_figure
    to.injured += ev.injured
    to.attribution += [a for a in ev.attribution if a not in to.attribution]


def _fold_bare_mentions(events: list[Event]) -> list[Event]:
    """Drop a bare listed mention when a more specific event has the same place, date and type
    (its sentence joins the specific event's quote). Only events of one place, date and type are
    compared: a long report stays linear."""
    out: list[Event] = []
    alike: dict[tuple, list[Event]] = {}  # the events kept so far, by place, date and type
    dropped: set[int] = set()
    for ev in events:
        group = alike.setdefault((ev.mention.place.id, ev.date, ev.sub_event_type), [])
        same = [o for o in group if (o.actor1 == ev.actor1 or not o.actor1 or not ev.actor1)
                and (o.actor2 == ev.actor2 or not o.actor2 or not ev.actor2
                     or ev.sub_event_type in _TERRITORY)]  # one taker, one place, one day: one change of hands
        bare = [o for o in same if not _specific(o)]
        if same and not _specific(ev):
            same[0].sentence = f"{same[0].sentence} | {ev.sentence}"
            same[0].attribution += [a for a in ev.attribution if a not in same[0].attribution]
            continue
        whole = [o for o in same if o.share.get("killed", (1, 0))[0] > 1 and ev.fatalities
                 and ev.share.get("killed", (1, 0))[0] == 1 and (o.date is not None or o.said == ev.said)]
        if whole:  # a toll told of several places, then this place's part of it: the part is this place's
            to = whole[0]
            to.sentence = f"{to.sentence} | {ev.sentence}"
            to.fatalities, to.share["killed"] = list(ev.fatalities), (1, 0)
            to.targets += [t for t in ev.targets if t not in to.targets]
            to.attribution += [a for a in ev.attribution if a not in to.attribution]
            continue
        told = [o for o in same if _specific(o) and _retold(o, ev)]
        if told:  # the same incident told again with its figures: one row with every figure
            to = told[0]
            to.sentence = f"{to.sentence} | {ev.sentence}"
            join_figures(to, ev)
            to.targets += [t for t in ev.targets if t not in to.targets]
            to.precision = min(to.precision, ev.precision)
            continue
        for o in bare:
            group.remove(o)
            dropped.add(id(o))
            ev.sentence = f"{o.sentence} | {ev.sentence}"
            ev.actor1, ev.actor2 = ev.actor1 or o.actor1, ev.actor2 or o.actor2
            ev.attribution += [a for a in o.attribution if a not in ev.attribution]
        group.append(ev)
        out.append(ev)
    return [ev for ev in out if id(ev) not in dropped]


def _covers(area: Place, place: Place) -> bool:
    """Whether the governorate, district or sub-district ``area`` holds ``place`` (by P-code)."""
    field_name = _ADMIN_PCODES.get(area.admin_level)
    return bool(field_name and area.kind == "admin unit" and area.id != place.id
                and getattr(area, field_name) and getattr(area, field_name) == getattr(place, field_name))


def _fold_areas(events: list[Event]) -> list[Event]:
    """Drop a bare area-level row when the report tells of a more precise event of the same type
    and day inside that area; its sentence and sources join the first such event."""
    held: dict[tuple, list[tuple[int, Event]]] = {}  # precise rows by day, type and each admin unit holding them
    for n, o in enumerate(events):
        if o.mention.precision < 3:
            for level in (1, 2, 3):
                held.setdefault((o.date, o.sub_event_type, level, _pcode(o.mention.place, level)), []).append((n, o))
    out = []
    for n, ev in enumerate(events):
        area = ev.mention.place
        inside = [] if _specific(ev) or area.kind != "admin unit" else [
            (m, o) for m, o in held.get((ev.date, ev.sub_event_type, area.admin_level, _pcode(area, area.admin_level)), ())
            if _covers(area, o.mention.place)]
        if not inside:
            out.append(ev)
            continue
        at, first = inside[0]
        first.sentence = " | ".join([ev.sentence, first.sentence] if n < at else [first.sentence, ev.sentence])
        first.actor1 = first.actor1 or ev.actor1
        first.attribution += [a for a in ev.attribution if a not in first.attribution]
    return out


def _pcode(place: Place, level: int) -> str:
    return getattr(place, _ADMIN_PCODES[level], "") if level in _ADMIN_PCODES else ""


def _inside(area: Place, place: Place) -> bool:
    """Whether ``place`` lies in the admin unit or named region ``area``."""
    if area.kind == "region":
        return bool(area.admin1_pcode) and area.admin1_pcode == place.admin1_pcode and area.id != place.id
    return _covers(area, place)


def _fold_area_tolls(events: list[Event]) -> list[Event]:
    """Move an area-level toll to the place it was told of (see the module doc)."""
    precise: dict[tuple, list[tuple[int, Event]]] = {}  # precise rows by day and type, and by day and kin
    for n, o in enumerate(events):
        if o.mention.precision < 3:
            precise.setdefault((o.date, o.sub_event_type), []).append((n, o))
            if o.sub_event_type in _STRIKES:
                precise.setdefault((o.date, _STRIKES), []).append((n, o))
    moved: set[int] = set()
    for n, ev in enumerate(events):
        if ev.mention.precision < 3 or not ev.fatalities or ev.share.get("killed", (1, 0))[0] > 1:
            continue
        later = [o for m, o in precise.get((ev.date, ev.sub_event_type), ()) if m > n]
        inside = [o for o in later if _inside(ev.mention.place, o.mention.place)]  # tolled or not
        untolled = [o for o in later if not o.fatalities]
        to = untolled[0] if ev.unnamed and untolled else inside[0] if len(inside) == 1 and not inside[0].fatalities \
            else None  # several places inside: the area's toll is their total
        if to is None:  # a lead's toll of strikes counts air strikes and shelling alike
            kin = (ev.date, _STRIKES) if ev.sub_event_type in _STRIKES else (ev.date, ev.sub_event_type)
            _total_of_parts(ev, [o for m, o in precise.get(kin, ()) if m > n and o.fatalities
                                 and _inside(ev.mention.place, o.mention.place)], moved, n)
            continue
        to.fatalities, to.share["killed"] = list(ev.fatalities), (1, 0)
        to.injured = to.injured or ev.injured
        to.sentence = f"{ev.sentence} | {to.sentence}"
        to.actor1 = to.actor1 or ev.actor1
        to.attribution += [a for a in ev.attribution if a not in to.attribution]
        moved.add(n)
    return [ev for n, ev in enumerate(events) if n not in moved]


def _total_of_parts(area: Event, parts: list[Event], moved: set[int], n: int) -> None:
    """An area's toll told first, then the tolls of places inside it ("18 killed in Idlib province
    ... 15 in Idlib city ... three in Binnish"): the places' tolls are parts of it. When they
    account for all of it the area row goes (``moved`` gets ``n``; its words join the first part);
    else it keeps what they leave unplaced."""
    if not parts:
        return
    told = sum(split_share(min(q.low for q in o.fatalities), *o.share.get("killed", (1, 0))) for o in parts)
    total = min(q.low for q in area.fatalities)
    if told >= total:
        first = parts[0]
        first.sentence = f"{area.sentence} | {first.sentence}"
        first.attribution += [a for a in area.attribution if a not in first.attribution]
        for o in parts:  # the lead said who struck
            o.actor1 = o.actor1 or area.actor1
        moved.add(n)
    else:
        whole = area.fatalities[0]
        area.fatalities = [Quantity(whole.start, whole.end, whole.text, total - told,
                                    max(q.high for q in area.fatalities) - told)]


def _fold_fighting(events: list[Event]) -> list[Event]:
    """Fighting at a place on the day it changed hands is the change of control's (its toll too)."""
    taken = {(ev.mention.place.id, ev.date): ev for ev in events if ev.sub_event_type in _TERRITORY}
    out = []
    for ev in events:
        to = taken.get((ev.mention.place.id, ev.date)) if ev.sub_event_type == "Armed clash" else None
        if to is None:
            out.append(ev)
            continue
        join_figures(to, ev)
        to.sentence = " | ".join(dict.fromkeys([*to.sentence.split(" | "), *ev.sentence.split(" | ")]))
    return out


def fold_events(events: list[Event]) -> list[Event]:
    """One report's draft events with area tolls moved, bare list mentions, bare area rows and the
    fighting of a change of control folded (module doc)."""
    return _fold_fighting(_fold_areas(_fold_bare_mentions(_fold_area_tolls(events))))
