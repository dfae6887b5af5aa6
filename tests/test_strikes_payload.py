"""The column-wise strikes payload is the one built row by row before (issue 12)."""
import json

import numpy as np
import pandas as pd
import pytest

from geo_idlib.layers.strikes import strike_payload
from payload_reference import reference_payload

RADII = {"SY0700": 9000.7, "SY07": 38000.4, "SY070400": 0.0}


def odd_events(n: int, seed: int) -> pd.DataFrame:
    """Made-up rows with what tables hold: blanks, NaN, padded text, numbers as text, tolls without
    a range, unknown types, precisions 1-3 with and without their admin units."""
    rng = np.random.default_rng(seed)
    pick = lambda values: [values[i] for i in rng.integers(0, len(values), n)]  # noqa: E731
    return pd.DataFrame({
        "event_id_cnty": [f"E{i % (n // 2 + 1)}" for i in range(n)],
        "event_date": pick(["2018-02-05", "2018-02-05T10:00", "", None, "2019-05-09", " 2018-01-01"]),
        "time_precision": pick([1, 2, 3, None, np.nan]),
        "sub_event_type": pick(["Air/drone strike", "Armed clash", "Something else", "", None]),
        "location": pick(["Saraqib", " Idlib ", "", None, "Kafr Nubl"]), "admin1": pick(["Idleb", ""]),
        "latitude": rng.uniform(35, 37, n).round(6), "longitude": rng.uniform(36, 37, n).round(6),
        "fatalities": pick([0, 1, 5, None, -2, 3.6]), "fatalities_min": pick([np.nan, 0, 4]),
        "fatalities_max": pick([np.nan, 4, 9]), "people": pick([None, 1000, "300", "many"]),
        "geo_precision": pick([1, 2, 3, 2, 3, None, 7]), "admin1_pcode": pick(["SY07", "", None]),
        "admin2_pcode": pick(["SY0700", "", "SY0999"]), "admin3_pcode": pick(["SY070400", "SY070000", ""]),
        "source_url": pick(["https://a.example/x; javascript:alert(1)", "", "http://b.example", None]),
        "notes": pick(["a", "b", "", None, 3.5]), "source": pick(["Wire", "Monitor", ""]),
    })


@pytest.mark.parametrize("seed", range(4))
def test_payload_is_the_one_built_row_by_row(seed):
    events = odd_events(300, seed)
    assert json.dumps(strike_payload(events, RADII)) == json.dumps(reference_payload(events, RADII))


def test_payload_of_an_events_table_and_of_few_columns():
    from geo_idlib.tables import events_frame

    table = events_frame(odd_events(50, 9).drop(columns=["people", "notes"]).assign(
        time_precision=1, fatalities=0, geo_precision=2, event_date="2018-02-05"))
    assert strike_payload(table, RADII) == reference_payload(table, RADII)
    few = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.9], "longitude": [36.8]})
    assert strike_payload(few) == reference_payload(few)
    assert strike_payload(few.iloc[:0]) == reference_payload(few.iloc[:0])
