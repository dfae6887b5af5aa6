"""The event table shared by the reports and map rooms: ACLED's columns plus geo_idlib's own.

ACLED-shared columns keep ACLED's names and meanings (see ACLED's codebook); ours follow.

>>> EVENT_COLUMNS[:3]
['event_id_cnty', 'event_date', 'time_precision']
"""
from __future__ import annotations

#: ACLED columns we fill, in ACLED's order.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "notes", "fatalities",
]
#: geo_idlib's own columns, after ACLED's.
EXTRA_COLUMNS = [
    "fatalities_min", "fatalities_max", "injured_min", "targets", "people", "origin",
    "destination", "distance_km", "reference_place", "place_id", "location_ar", "admin1_pcode",
    "admin2_pcode", "admin3_pcode", "source_url", "quote", "report_id", "confidence",
    "attribution", "sources_count",
]
EVENT_COLUMNS = ACLED_COLUMNS + EXTRA_COLUMNS

#: ACLED sub-event types we produce, keyed to their ACLED event type.
SUB_EVENT_TYPES = {
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Displacement": "Displacement",  # not an ACLED type: our own, clearly named
}
