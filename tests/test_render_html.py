"""The HTML a map is saved as: self-contained, deterministic, escaped."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.layers.context import Context
from geo_idlib.render.builder import MapBuilder

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "events_demo.csv"
EXTERNAL_REF = re.compile(r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""",
                          re.IGNORECASE)


@pytest.fixture(scope="module")
def demo() -> pd.DataFrame:
    from geo_idlib.layers.events import read_events
    return read_events([DEMO])


@pytest.fixture(scope="module")
def context(demo) -> Context:
    bbox = (demo.longitude.min(), demo.latitude.min(), demo.longitude.max(), demo.latitude.max())
    return Context.from_gazetteer(Gazetteer.default(), bbox)


def test_same_inputs_give_byte_identical_html(demo):
    first = MapBuilder("Demo").add_events(demo).render()
    second = MapBuilder("Demo").add_events(demo).render()
    assert first == second
    assert not re.search(r"[0-9a-f]{32}", first), "a random folium id leaked into the HTML"
    printed = MapBuilder("Demo").add_events(demo).render(print_mode=True)
    assert printed == MapBuilder("Demo").add_events(demo).render(print_mode=True)
    assert not re.search(r"[0-9a-f]{32}", printed)


def test_offline_html_loads_nothing_from_the_network(demo, context):
    html = MapBuilder("Demo", context=context).add_events(demo).render()
    assert not EXTERNAL_REF.search(html)
    assert "<link" not in html
    assert "L.tileLayer" not in html
    assert html.count("<script>") >= 4  # leaflet, markercluster, geo_idlib.js, the map


def test_online_tiles_are_opt_in_layers(demo, context):
    html = MapBuilder("Demo", context=context, offline=False).add_events(demo).render()
    assert "tile.openstreetmap.org" in html and "World_Imagery" in html
    assert not EXTERNAL_REF.search(html)


def test_basemap_and_furniture_are_in_the_page(demo, context):
    html = MapBuilder("Demo", context=context).add_events(demo).render()
    for needle in ("Governorates (OCHA)", "Districts (OCHA)", "Place labels", "gi-legend",
                   "<summary>Sources</summary>", "CC BY 3.0 IGO", "CC BY 4.0", "CC BY-SA 4.0",
                   "GeoIdlib.timeSlider", "GeoIdlib.fullscreen", "GeoIdlib.miniMap",
                   "L.control.scale", "L.control.layers"):
        assert needle in html, needle


def test_script_data_cannot_break_out(context):
    nasty = "</script><script>alert(1)</script><!--"
    events = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.9], "longitude": [36.6],
                           "location": [nasty], "notes": [nasty], "source": [nasty],
                           "quote": ["<img src=x onerror=alert(1)>"]})
    html = MapBuilder(nasty, subtitle=nasty, context=context).add_events(events).render()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "<!--" not in html.replace("<!DOCTYPE", "")
    assert "&lt;/script&gt;&lt;script&gt;alert(1)" in html  # title, subtitle, sources panel


def test_embedded_payload_round_trips(context):
    text = 'Saraqib "قصف" <b> & \u2028 \'x\''
    events = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.86447],
                           "longitude": [36.80591], "location": [text]})
    html = MapBuilder("t", context=None).add_events(events).render()
    block = re.search(r'<script type="application/json" id="strikes_layer_\d+_data">(.*?)</script>',
                      html, re.S).group(1)
    payload = json.loads(block)
    assert text in payload["strings"]
    assert payload["cols"]["lat"] == [3586447]


def test_large_maps_carry_data_not_objects():
    n = 5000
    events = pd.DataFrame({"event_date": ["2019-06-10"] * n,
                           "latitude": [35.0 + i * 1e-4 for i in range(n)],
                           "longitude": [36.5] * n, "location": ["X"] * n,
                           "sub_event_type": ["Air/drone strike"] * n})
    html = MapBuilder("big", context=None).add_events(events).render()
    assert '"canvas"' in html and "GeoIdlib.density" in html
    assert html.count("L.marker(") < 5 and "circle_marker" not in html
    assert len(html) < 1_000_000


def test_builder_accepts_a_point_geodataframe():
    import geopandas as gpd
    from shapely.geometry import Point
    frame = gpd.GeoDataFrame({"event_date": ["2018-02-05"]}, geometry=[Point(36.8, 35.86)],
                             crs=4326)
    html = MapBuilder("g", context=None).add_events(frame).render()
    assert "3586000" in html


def test_save_writes_the_file_atomically(tmp_path, demo):
    out = MapBuilder("Demo", context=None).add_events(demo).save(tmp_path / "m" / "demo.html")
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["demo.html"]


def test_repr_html_is_an_iframe(demo):
    html = MapBuilder("Demo", context=None).add_events(demo)._repr_html_()
    assert "<iframe" in html and "srcdoc" in html


def test_template_syntax_in_data_is_not_evaluated(context):
    """branca re-parses macro output as jinja2; data must come through as plain text."""
    tricky = "{{ 7 * 7 }} {% for x in range(3) %}{{ x }}{% endfor %} {# c #} {{ ''.__class__ }}"
    events = pd.DataFrame({"event_date": ["2018-02-05"], "latitude": [35.9], "longitude": [36.6],
                           "location": [tricky], "source": [tricky]})
    html = MapBuilder(tricky, subtitle=tricky, context=context).add_events(events).render()
    assert html.count("{{ 7 * 7 }} {% for x in range(3) %}{{ x }}{% endfor %}") == 6
    # ... in <title>, the title panel, subtitle, sources panel, place label and event data
    assert "49" not in html.split("<body>")[1].split("<script")[0]
    payload = json.loads(re.search(r'id="strikes_layer_\d+_data">(.*?)</script>', html, re.S).group(1))
    assert tricky in payload["strings"]
