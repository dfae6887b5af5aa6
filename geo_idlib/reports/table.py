"""The event table's column types and texts, kept here for the reports room's imports: the one
reader and writer of every event table is :mod:`geo_idlib.tables`.

>>> events_frame([{"location": "Saraqib", "fatalities": "3"}])[["location", "fatalities"]].to_dict("records")
[{'location': 'Saraqib', 'fatalities': 3}]
"""
from __future__ import annotations

from geo_idlib.tables import (FLOAT_COLUMNS, INT_COLUMNS, NULLABLE_INT_COLUMNS, events_frame, events_from_records,
                              events_to_csv, events_to_geodataframe, events_to_geojson, events_to_json)

__all__ = ["INT_COLUMNS", "NULLABLE_INT_COLUMNS", "FLOAT_COLUMNS", "events_frame", "events_from_records",
           "events_to_csv", "events_to_json", "events_to_geojson", "events_to_geodataframe"]
