"""Fill the demo events' coordinates and admin areas from the gazetteer (never by hand).

Reads ``events_demo_input.csv`` (a ``place`` column as a report would name it) and writes
``events_demo.csv`` with the event columns of ``geo_idlib.schema``:

    python examples/fill_coordinates.py
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.io import write_atomic
from geo_idlib.schema import EVENT_COLUMNS

HERE = Path(__file__).parent
MIN_SCORE = 0.6


def fill(row: dict, gz: Gazetteer) -> dict:
    """``row`` with location, coordinates, admin names and P-codes of its best match."""
    found = gz.resolve(row["place"], near="Idlib", limit=1)
    if not found or found[0].score < MIN_SCORE:
        sys.exit(f"{row['event_id_cnty']}: no confident match for {row['place']!r}")
    place = found[0].place
    out = {k: v for k, v in row.items() if k != "place"}
    out.update(country="Syria", location=row["place"], location_ar=place.name_ar,
               latitude=place.lat, longitude=place.lon, place_id=place.id,
               admin1=place.admin1, admin2=place.admin2, admin3=place.admin3,
               admin1_pcode=place.admin1_pcode, admin2_pcode=place.admin2_pcode,
               admin3_pcode=place.admin3_pcode)
    return out


def main() -> None:
    gz = Gazetteer.default()
    with (HERE / "events_demo_input.csv").open(encoding="utf-8", newline="") as fh:
        rows = [fill(row, gz) for row in csv.DictReader(fh)]
    columns = [c for c in EVENT_COLUMNS if any(row.get(c) not in (None, "") for row in rows)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    write_atomic(HERE / "events_demo.csv", out.getvalue())
    print(f"{HERE / 'events_demo.csv'}: {len(rows)} events")


if __name__ == "__main__":
    main()
