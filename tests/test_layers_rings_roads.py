"""Distance rings (geodesic radius, events -> rings) and the schematic M5/M4 highways."""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from geo_idlib.errors import InputError
from geo_idlib.layers.rings import ring, ring_data, rings_from_events, rings_layer
from geo_idlib.layers.roads import RoadsTheme, ROADS, Road, schematic_roads, roads_layer
from geo_idlib.render.builder import OfflineMap
from geo_idlib.render.ids import renumber

GEOD = Geod(ellps="WGS84")
SARAQIB, ALEPPO = "gn:164816", "gn:170063"


def page(layer) -> str:
    m = OfflineMap(location=[36.0, 36.6], zoom_start=9, tiles=None)
    m.add_child(layer)
    renumber(m.get_root())
    return m.get_root().render()


def layer_data(html: str) -> dict:
    return json.loads(re.search(r'id="shapes_layer_\d+_data">(.*?)</script>', html, re.S).group(1))


def no_remote_assets(html: str) -> bool:
    return not re.search(r"<script[^>]*\bsrc\s*=|<link[^>]*\bhref\s*=\s*[\"']?https?:", html, re.I)


# ---------------------------------------------------------------- rings
@pytest.mark.parametrize("lat, lon, km, n", [(35.86447, 36.80591, 12, 128), (36.2, 37.16, 0.5, 64),
                                             (35.0, 36.0, 80, 256), (60.0, 10.0, 300, 32)])
def test_ring_vertices_lie_at_the_radius_in_metres(lat, lon, km, n):
    polygon = ring(lat, lon, km, n)
    lons, lats = np.asarray(polygon.exterior.coords)[:-1].T
    assert len(lons) == n
    _, _, metres = GEOD.inv(np.full(n, lon), np.full(n, lat), lons, lats)
    assert np.allclose(metres, km * 1000, rtol=0.001)
    assert polygon.is_valid and polygon.exterior.is_ccw
    azimuth, _, _ = GEOD.inv(lon, lat, lons[0], lats[0])
    assert azimuth == pytest.approx(0, abs=1e-6)  # the first vertex (the label's) is due north


def test_rings_from_events_one_per_place_and_distance(gz):
    events = pd.DataFrame({
        "event_date": ["2018-01-20", "2018-01-22", "2018-01-21", "2018-01-21"],
        "distance_km": [12, "12", None, 20],
        "reference_place": ["Saraqeb", "gn:164816", "Saraqeb", "Idlib"],
        "source": ["wire report A", "wire report B; wire report A", "", "monitor"]})
    rings = rings_from_events(events, gz)
    assert rings.label.tolist() == ["12 km from Saraqib (claim, 2018-01-20 to 2018-01-22)",
                                    "20 km from Idlib (claim, 2018-01-21)"]
    saraqib = rings.iloc[0]
    assert saraqib.source == "wire report A; wire report B"
    place = gz.get(SARAQIB)
    lons, lats = np.asarray(saraqib.geometry.exterior.coords).T
    _, _, metres = GEOD.inv(np.full(len(lons), place.lon), np.full(len(lons), place.lat), lons, lats)
    assert np.allclose(metres, 12_000, rtol=0.001)


@pytest.mark.parametrize("distance, place, field, words", [
    ("twelve", "Saraqeb", "distance_km", "'twelve'"),
    (-3, "Saraqeb", "distance_km", "above 0"),
    (12, "Atlantis", "reference_place", "unknown place 'Atlantis'"),
])
def test_ring_errors_name_line_and_field(gz, distance, place, field, words):
    events = pd.DataFrame({"event_date": ["2018-01-20", "2018-01-21"], "distance_km": [5, distance],
                           "reference_place": ["Idlib", place]})
    with pytest.raises(InputError) as err:
        rings_from_events(events, gz, path="events.csv")
    assert str(err.value).startswith(f"events.csv:3: field '{field}': ")
    assert words in str(err.value)


def test_rings_layer_labels_escaped_and_deterministic(gz):
    events = pd.DataFrame({"event_date": ["2018-01-20"], "distance_km": [12],
                           "reference_place": ["Saraqeb"], "source": ["<script>alert(1)</script>"]})
    rings = rings_from_events(events, gz)
    html = page(rings_layer(rings))
    assert html == page(rings_layer(rings))
    assert "<script>alert" not in html and no_remote_assets(html)
    labels = [f["properties"]["label"] for f in layer_data(html)["features"] if "label" in f["properties"]]
    assert labels == ["12 km from Saraqib (claim, 2018-01-20)"]
    dashed = [f for f in ring_data(rings)["features"] if f["geometry"]["type"] == "LineString"]
    assert dashed[0]["properties"]["style"]["dashArray"]


# ---------------------------------------------------------------- roads
def test_roads_pass_through_their_gazetteer_towns_in_order(gz):
    roads = schematic_roads(gz).set_index("ref")
    for road in ROADS:
        expected = [(gz.get(t).lon, gz.get(t).lat) for t in road.towns]
        assert list(roads.loc[road.ref].geometry.coords) == expected
    assert roads.loc["M5"].towns.split("; ")[0] == gz.get("gn:170017").name  # Hama
    assert roads.loc["M4"].label == "M4 highway (schematic, through the towns it passes)"
    m4, m5 = (list(roads.loc[r].geometry.coords) for r in ("M4", "M5"))
    saraqib, aleppo = gz.get(SARAQIB), gz.get(ALEPPO)
    assert m4[-2:] == m5[-2:] == [(saraqib.lon, saraqib.lat), (aleppo.lon, aleppo.lat)]


def test_roads_by_name_and_unknown_towns(gz):
    roads = schematic_roads(gz, [Road("X1", "test road", ("Saraqeb", "Idlib"))])
    assert roads.towns.iloc[0] == "Saraqib; Idlib"
    with pytest.raises(InputError, match=r"field 'towns': X1: unknown town 'Atlantis'"):
        schematic_roads(gz, [Road("X1", "test road", ("Saraqeb", "Atlantis"))])


def test_roads_layer_says_schematic_and_loads_nothing_remote(gz):
    html = page(roads_layer(schematic_roads(gz)))
    assert no_remote_assets(html)
    props = [f["properties"] for f in layer_data(html)["features"]]
    assert [p["label"] for p in props if "label" in p] == ["M5 (schematic)", "M4 (schematic)"]
    assert any(p.get("title") == "M5 highway (schematic, through the towns it passes)" for p in props)
    assert "schematic" in RoadsTheme().legend().rows[0][1]
