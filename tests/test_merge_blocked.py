"""The blocked merge gives exactly what comparing every row with every group gave (issue 12)."""
import numpy as np
import pandas as pd
import pytest

from geo_idlib.reports.merge import merge_events
from geo_idlib.sources import merge_sources
from geo_idlib.tables import events_frame
from merge_reference import reference_merge, reference_sources

KINDS = [("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Strategic developments", "Air/drone strike"),  # same sub-event type, another event type
         ("Battles", "Government regains territory")]


def random_events(n: int, seed: int) -> pd.DataFrame:
    """``n`` made-up rows crowded on a few places, days, reports and tolls, so that many pairs
    are borderline: 2-6 km apart, a day apart, undated, sharing a report or a target."""
    rng = np.random.default_rng(seed)
    place = rng.integers(0, 6, n)
    lat = 35.8 + place * 0.03 + rng.choice([0.0, 0.0, 0.01, 0.02], n)  # places ~3.3 km apart on a line
    lon = np.full(n, 36.6)
    lat[rng.random(n) < 0.08] = np.nan
    lon[np.isnan(lat)] = np.nan
    kinds = [KINDS[k] for k in rng.choice(len(KINDS), n, p=[0.5, 0.2, 0.1, 0.2])]
    days = rng.integers(1, 5, n)
    low = rng.choice([np.nan, 1, 2, 3], n)
    confidence = rng.choice([np.nan, 0.5, 0.7, 0.75, 0.9, 0.95], n)
    return events_frame([{
        "event_id_cnty": f"E{rng.integers(0, n)}", "event_type": kinds[i][0], "sub_event_type": kinds[i][1],
        "event_date": "" if rng.random() < 0.15 else f"2018-02-0{days[i]}",
        "time_precision": int(rng.choice([1, 1, 2, 3])), "geo_precision": int(rng.choice([1, 1, 2, 3])),
        "location": f"Place {place[i]}", "place_id": "" if rng.random() < 0.15 else f"p{place[i]}",
        "latitude": lat[i], "longitude": lon[i], "actor1": str(rng.choice(["", "Russia", "Government"])),
        "report_id": str(rng.choice(["", "r1", "r2", "r3", "r4", "r5", "r1; r2"])),
        "source": str(rng.choice(["", "Wire", "Monitor", "Wire; Monitor", "Monitor;Wire"])),
        "source_url": str(rng.choice(["", "https://a.example", "https://a.example; https://b.example"])),
        "quote": str(rng.choice(["", "Jets hit it.", "Jets hit it. | Shells fell.", "Shells fell. |Shells fell."])),
        "targets": str(rng.choice(["", "", "hospital", "market", "hospital; market", "market;residential"])),
        "fatalities": None if rng.random() < 0.2 else int(rng.integers(0, 4)), "fatalities_min": low[i],
        "fatalities_max": low[i] + rng.integers(0, 3) if low[i] == low[i] else np.nan,
        "confidence": confidence[i], "distance_km": rng.choice([np.nan, 3.0]),
    } for i in range(n)])


@pytest.mark.parametrize("seed", range(5))
def test_blocked_merge_equals_brute_force(seed):
    events = random_events(70, seed)
    expected = reference_merge(events)
    got = merge_events(events)
    assert len(expected) < len(events)  # the table had something to merge
    pd.testing.assert_frame_equal(got, expected)


def test_blocked_merge_equals_brute_force_at_other_distances():
    events = random_events(60, 99)
    for km in (0.0, 2.0, 12.0):
        pd.testing.assert_frame_equal(merge_events(events, max_km=km), reference_merge(events, max_km=km))


def test_blocked_sources_merge_equals_the_linked_reference():
    """merge_sources: a report table and two tables without report ids (each stands for its file)."""
    frames = [random_events(60, 7), *(random_events(n, seed).assign(report_id="") for n, seed in ((50, 8), (40, 9)))]
    names = ["reports", "a.csv", "b.csv"]
    pd.testing.assert_frame_equal(merge_sources(frames, names), reference_sources(frames, names))
