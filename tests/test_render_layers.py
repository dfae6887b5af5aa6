"""Layers and helpers: payload encoding, precision radii, symbols, escaping, context data."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from geo_idlib.errors import InputError
from geo_idlib.layers.context import Context, town_labels, web_geojson
from geo_idlib.layers.safe import json_for_script, safe_url
from geo_idlib.layers.strikes import DEFAULT_RADIUS_M, NO_FIGURE, StrikesTheme, strike_payload
from geo_idlib.layers.symbols import OTHER, SYMBOLS, size_px
from geo_idlib.layers.theme import MapFrame
from geo_idlib.render.embed import embed_snippet
from geo_idlib.render.furniture import SourcesPanel


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1&c=2", True), ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG/x", True), ("javascript:alert(1)", False),
    (" JaVaScRiPt:alert(1)", False), ("data:text/html,<script>", False), ("vbscript:x", False),
    ("//example.org/x", False), ("https://x.org/\"><script>", False), ("ftp://x.org", False),
    ("https://x.org/a b", False), ("", False), (None, False),
])
def test_safe_url_keeps_only_plain_http(url, ok):
    assert (safe_url(url) != "") is ok


def test_json_for_script_escapes_everything_that_could_end_a_script():
    text = json_for_script({"k": "</script><!--&'\u2028\u2029"})
    for bad in ("<", ">", "&", "'", "\u2028", "\u2029"):
        assert bad not in text
    assert json.loads(text) == {"k": "</script><!--&'\u2028\u2029"}


def test_payload_fatality_ranges_and_missing_values():
    # an empty toll with no range: deaths reported without a figure (NO_FIGURE); ACLED's 0: none reported (-1)
    events = pd.DataFrame({
        "event_date": ["2018-02-05"] * 5, "latitude": [35.9] * 5, "longitude": [36.6] * 5,
        "fatalities": [10, None, None, 3, 0], "fatalities_min": [10, 12, None, None, None],
        "fatalities_max": [None, 15, None, None, None]})
    cols = strike_payload(events)["cols"]
    assert cols["fmin"] == [10, 12, NO_FIGURE, 3, -1]
    assert cols["fmax"] == [10, 15, NO_FIGURE, 3, -1]
    assert cols["f"] == [10, 12, -1, 3, -1]  # the symbol's size: the smallest without a figure
    no_column = strike_payload(events.drop(columns="fatalities"))["cols"]  # no column: none reported
    assert (no_column["fmin"], no_column["fmax"]) == ([10, 12, -1, -1, -1], [-1, 15, -1, -1, -1])


def test_payload_people_and_attribution():
    events = pd.DataFrame({"event_date": ["2018-02-05"] * 2, "latitude": [36.3] * 2,
                           "longitude": [36.7] * 2, "people": [10000, None],
                           "attribution": ["UN", None]})
    p = strike_payload(events)
    assert p["cols"]["people"] == [10000, -1]
    assert [p["strings"][k] for k in p["cols"]["attribution"]] == ["UN", ""]


def test_payload_precision_radius_from_admin_areas():
    events = pd.DataFrame({
        "event_date": ["2018-02-05"] * 4, "latitude": [35.9] * 4, "longitude": [36.6] * 4,
        "geo_precision": [1, 2, 3, 3], "admin3_pcode": ["SY070003", "SY070003", "", ""],
        "admin2_pcode": ["", "", "SY0702", "SY9999"], "admin1_pcode": ["SY07", "SY07", "SY07", ""]})
    radii = {"SY070003": 9000.0, "SY0702": 30000.0, "SY07": 60000.0}
    cols = strike_payload(events, radii)["cols"]
    assert cols["prec"] == [1, 2, 3, 3]
    assert cols["r"] == [0, 9000, 30000, DEFAULT_RADIUS_M[3]]


def test_payload_drops_non_http_urls_and_interns_strings():
    events = pd.DataFrame({
        "event_date": ["2018-02-05", "2018-02-06"], "latitude": [35.9, 35.8],
        "longitude": [36.6, 36.7], "location": ["Idlib", "Idlib"],
        "source_url": ["https://a.org/1 javascript:alert(1); http://b.org/2", "data:x"],
        "sub_event_type": ["Air/drone strike", "Something else"]})
    p = strike_payload(events)
    urls = [p["strings"][i] for i in p["cols"]["url"]]
    assert urls == ["https://a.org/1 http://b.org/2", ""]
    assert p["strings"].count("Idlib") == 1
    assert [p["types"][t]["name"] for t in p["cols"]["t"]] == ["Air/drone strike", OTHER.label]
    assert p["dates"] == ["2018-02-05", "2018-02-06"]


def test_symbols_differ_and_grow_with_fatalities():
    assert len({s.path for s in SYMBOLS.values()} | {OTHER.path}) == len(SYMBOLS) + 1
    assert len({s.colour for s in SYMBOLS.values()}) == len(SYMBOLS)
    sizes = [size_px(n) for n in (0, 1, 10, 50, 150, 10_000)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1] == 48


def test_legend_lists_only_types_present_and_escapes_sources():
    events = pd.DataFrame({"event_date": ["2018-02-05"] * 2, "latitude": [35.9] * 2, "longitude": [36.6] * 2,
                           "sub_event_type": ["Displacement", "Air/drone strike"]})
    rows = [text for _, text in StrikesTheme(events).legend().rows]
    assert rows[:2] == ["Air/drone strike", "Displacement"] and "Shelling, artillery, missile" not in rows
    printed = [text for _, text in StrikesTheme(events).legend(MapFrame(print_mode=True)).rows]
    assert any(t.startswith("Number: people reported killed") for t in printed)
    assert not any("click" in t.lower() for t in printed)
    panel = SourcesPanel(["wire report; <b>monitor</b>", "wire report"])
    assert panel.reports == [("wire report", 2), ("<b>monitor</b>", 1)]
    panel.add_to(__import__("folium").Map(tiles=None))
    html = panel._template.module.html(panel, {})
    assert "&lt;b&gt;monitor&lt;/b&gt; (1 event)" in html and "wire report (2 events)" in html


def test_context_from_the_gazetteer(gz):
    ctx = Context.from_gazetteer(gz, (36.3, 35.4, 37.1, 36.3))
    names = {f["properties"]["name"] for f in ctx.governorates["features"]}
    assert {"Idleb", "Aleppo", "Hama"} <= names
    districts = {f["properties"]["pcode"] for f in ctx.districts["features"]}
    assert {"SY0700", "SY0702", "SY0703", "SY0704", "SY0705"} <= districts
    assert not any(p.startswith(("SY01", "SY03", "SY04")) for p in districts)  # far away
    assert len(json.dumps(ctx.governorates)) < 150_000
    assert ctx.admin_radius_m["SY07"] > ctx.admin_radius_m["SY0702"] > ctx.admin_radius_m["SY070200"]
    labels = [label[2] for label in ctx.labels]
    assert "Idlib" in labels and len(labels) <= 60


def test_simplifying_keeps_shapes_but_drops_vertices(gz):
    import shapely
    units = gz.admin_units(2)
    small = web_geojson(units, tolerance_m=400)
    assert len(small["features"]) == len(units)
    before = int(shapely.get_num_coordinates(units.geometry.values).sum())
    after = sum(len(ring) for f in small["features"] for ring in _rings(f["geometry"]))
    assert after < before / 2


def _rings(geometry: dict) -> list:
    coords = geometry["coordinates"]
    return coords if geometry["type"] == "Polygon" else [r for poly in coords for r in poly]


def test_town_labels_rank_by_population(gz):
    labels = town_labels(gz.places, (36.3, 35.4, 37.1, 36.3), limit=12)
    assert labels[0][2] == "Idlib" and labels[0][3] == 0
    assert [label[3] for label in labels] == [0] * 10 + [10] * 2


def test_embed_snippet_refuses_script_urls():
    with pytest.raises(InputError):
        embed_snippet("javascript:alert(1)", "t")
    assert 'title="&lt;x&gt;"' in embed_snippet("https://example.org/m.html", "<x>")


def test_two_spellings_of_one_place_share_one_label_and_two_towns_of_one_name_keep_two():
    from geo_idlib.layers.context import event_place_labels

    events = pd.DataFrame({"location": ["Maarat al-Numan", "Ma‘arrat an Nu‘mān", "Ma‘arrat an Nu‘mān", "Dana", "Dana"],
                           "place_id": ["gn:167611"] * 3 + ["gn:174259", "wp:ad-dana"],
                           "latitude": [35.64833] * 3 + [36.21254, 35.699], "longitude": [36.67565] * 3 + [36.76998, 36.689]})
    labels = event_place_labels(events)
    assert [label[2] for label in labels] == ["Ma‘arrat an Nu‘mān", "Dana", "Dana"]


def test_a_printed_canvas_map_asks_nobody_to_click():
    events = pd.DataFrame({"event_date": ["2018-02-05"] * 3, "latitude": [35.9] * 3, "longitude": [36.6] * 3})
    printed = StrikesTheme(events, canvas_threshold=1).legend(MapFrame(print_mode=True))
    assert not any("click" in text.lower() for _, text in printed.rows)
    assert "click" not in printed.note.lower()
