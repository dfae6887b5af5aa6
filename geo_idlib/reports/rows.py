"""Draft events to event-table rows: ACLED's columns and ours, the toll as ACLED codes it, and
a one-line note.

Fatalities follow ACLED: the most conservative figure in ``fatalities``, the range in
``fatalities_min``/``fatalities_max``; a toll shared by several places is split evenly
(remainder to the first) with the whole toll as ``fatalities_max``. No word of deaths is ACLED's
0; deaths told without a figure ("several were killed") leave all three empty (``None``).

>>> split_share(10, 3, 0), split_share(10, 3, 2)
(4, 3)
"""
from __future__ import annotations

from geo_idlib.gazetteer import Place
from geo_idlib.reports.doc import Event
from geo_idlib.schema import SUB_EVENT_TYPES

__all__ = ["event_row", "split_share"]


def split_share(low: int, n: int, rank: int) -> int:
    """Place ``rank``'s part of a count shared by ``n`` places: even, remainder to the first."""
    return low // n + (1 if rank < low % n else 0)


def _split(ev: Event, kind: str, low: int) -> int:
    return split_share(low, *ev.share.get(kind, (1, 0)))


def _fatality_fields(ev: Event) -> dict:
    """ACLED's conservative toll and the range; a shared toll is split evenly; none told is 0, deaths
    told without a figure are no figure (``None``)."""
    injured = _split(ev, "injured", min(q.low for q in ev.injured)) if ev.injured else None
    if not ev.fatalities:
        return {"fatalities": None if ev.deaths_no_figure else 0, "fatalities_min": None, "fatalities_max": None,
                "injured_min": injured}
    share = _split(ev, "killed", min(q.low for q in ev.fatalities))
    return {"fatalities": share, "fatalities_min": share, "fatalities_max": max(q.high for q in ev.fatalities),
            "injured_min": injured}


def _notes(ev: Event, row: dict) -> str:
    where = "near" if row["geo_precision"] == 2 else "in"
    parts = [f"{ev.sub_event_type}{' by ' + ev.actor1 if ev.actor1 else ''} {where} {row['location']}"]
    if ev.targets:
        parts.append("hit " + ", ".join(sorted(ev.targets)))
    if row["fatalities_max"] is not None:
        toll = row["fatalities_min"] if row["fatalities_min"] == row["fatalities_max"] else \
            f"{row['fatalities_min']}-{row['fatalities_max']}"
        shared = " (toll shared by several places)" if ev.share.get("killed", (1, 0))[0] > 1 else ""
        parts.append(f"{toll} reported killed{shared}")
    elif row["fatalities"] is None:
        parts.append("deaths reported, no figure")
    if row["injured_min"] is not None:
        parts.append(f"{row['injured_min']} reported injured")
    if ev.people:
        parts.append(f"{ev.people} people displaced")
    if ev.distance_km is not None:
        parts.append(f"front {ev.distance_km:g} km from {ev.reference_place or 'a named place'}")
    if ev.heading:
        parts.append(f"advancing towards the {ev.heading}")
    if ev.attribution:
        parts.append("according to " + ", ".join(ev.attribution))
    return "; ".join(parts) + "."


def event_row(ev: Event, report_id: str, source: str, url: str) -> dict:
    """One event-table record of a draft event."""
    place: Place = ev.mention.place
    row = {
        "event_date": ev.date.isoformat() if ev.date else "", "time_precision": ev.precision,
        "event_type": SUB_EVENT_TYPES[ev.sub_event_type], "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1, "actor2": ev.actor2, "country": "Syria",
        "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3,
        "admin1_pcode": place.admin1_pcode, "admin2_pcode": place.admin2_pcode,
        "admin3_pcode": place.admin3_pcode, "location": place.name, "location_ar": place.name_ar,
        "place_id": place.id, "latitude": place.lat, "longitude": place.lon,
        "geo_precision": ev.mention.precision, "source": source or report_id, "source_url": url,
        "targets": "; ".join(sorted(ev.targets)), "people": ev.people, "origin": ev.origin,
        "destination": ev.destination, "distance_km": ev.distance_km, "reference_place": ev.reference_place,
        "quote": ev.sentence, "report_id": report_id, "attribution": "; ".join(ev.attribution),
        "sources_count": 1,
        "confidence": round(ev.mention.score * (1.0 if ev.date and ev.precision == 1 else 0.8), 2),
        **_fatality_fields(ev),
    }
    row["notes"] = _notes(ev, row)
    return row
