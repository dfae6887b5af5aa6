"""Within one report, rows that tell one event twice fold into one.

* A bare mention in a list ("struck the towns of A and B") folds into a more specific row
  about the same place, day and type (its sentence joins that row's quote).
* A bare province-, district- or sub-district-level row ("raids on towns in Idlib province on
  Monday") folds into the first row of the same day and type inside that area.

>>> fold_events([])
[]
"""
from __future__ import annotations

from geo_idlib.gazetteer import Place
from geo_idlib.reports.doc import Event

__all__ = ["fold_events"]


def _specific(ev: Event) -> bool:
    return bool(ev.targets or ev.fatalities or ev.injured or ev.people or ev.distance_km is not None)


def _fold_bare_mentions(events: list[Event]) -> list[Event]:
    """Drop a bare listed mention when a more specific event has the same place, date and type
    (its sentence joins the specific event's quote)."""
    out: list[Event] = []
    for ev in events:
        same = [o for o in out if o.mention.place.id == ev.mention.place.id and o.date == ev.date
                and o.sub_event_type == ev.sub_event_type and o.actor2 == ev.actor2
                and (o.actor1 == ev.actor1 or not o.actor1 or not ev.actor1)]
        bare = [o for o in same if not _specific(o)]
        if same and not _specific(ev):
            same[0].sentence = f"{same[0].sentence} | {ev.sentence}"
            same[0].attribution += [a for a in ev.attribution if a not in same[0].attribution]
            continue
        for o in bare:
            out.remove(o)
            ev.sentence = f"{o.sentence} | {ev.sentence}"
            ev.actor1 = ev.actor1 or o.actor1
            ev.attribution += [a for a in o.attribution if a not in ev.attribution]
        out.append(ev)
    return out


def _covers(area: Place, place: Place) -> bool:
    """Whether the governorate, district or sub-district ``area`` holds ``place`` (by P-code)."""
    field_name = {1: "admin1_pcode", 2: "admin2_pcode", 3: "admin3_pcode"}.get(area.admin_level)
    return bool(field_name and area.kind == "admin unit" and area.id != place.id
                and getattr(area, field_name) and getattr(area, field_name) == getattr(place, field_name))


def _fold_areas(events: list[Event]) -> list[Event]:
    """Drop a bare area-level row when the report tells of a more precise event of the same type
    and day inside that area; its sentence and sources join the first such event."""
    out = []
    for n, ev in enumerate(events):
        inside = [] if _specific(ev) or ev.mention.place.kind != "admin unit" else [
            o for o in events if o.mention.precision < 3 and o.date == ev.date
            and o.sub_event_type == ev.sub_event_type and _covers(ev.mention.place, o.mention.place)]
        if not inside:
            out.append(ev)
            continue
        first = inside[0]
        first.sentence = " | ".join([ev.sentence, first.sentence] if n < events.index(first) else
                                    [first.sentence, ev.sentence])
        first.actor1 = first.actor1 or ev.actor1
        first.attribution += [a for a in ev.attribution if a not in first.attribution]
    return out


def fold_events(events: list[Event]) -> list[Event]:
    """One report's draft events with bare list mentions and bare area rows folded (module doc)."""
    return _fold_areas(_fold_bare_mentions(events))
