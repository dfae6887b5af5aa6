"""Displacement flows: table checks, route sums, curve and arrowhead geometry, the folium layer."""
from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest
from pyproj import Transformer
from shapely.geometry import Point

from geo_idlib.errors import InputError
from fakes import FakeGazetteer

from geo_idlib.gazetteer import Place
from geo_idlib.layers.flows import (FlowsTheme, BEND, arrow, curve, flow_data, flow_legend, flows_from_events,
                                    flows_from_table, flows_layer)
from geo_idlib.render.builder import OfflineMap
from geo_idlib.render.ids import renumber

TO_UTM = Transformer.from_crs("EPSG:4326", "EPSG:32637", always_xy=True)
SARAQIB, ATME = "gn:164816", "wp:atme"


def table(*rows: tuple) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["origin", "destination", "people", "date", "source"])


def utm(coords) -> np.ndarray:
    x, y = TO_UTM.transform(*np.asarray(coords).T)
    return np.column_stack([x, y])


def page(layer) -> str:
    m = OfflineMap(location=[36.0, 36.6], zoom_start=9, tiles=None)
    m.add_child(layer)
    renumber(m.get_root())
    return m.get_root().render()


# ---------------------------------------------------------------- geometry
def test_curve_ends_at_the_places_and_bends_to_the_right(gz):
    flows = flows_from_table(table(("Saraqeb", "Atme", 5000, "2020-02-01", "wire")), gz)
    line = flows.geometry.iloc[0]
    saraqib, atme = gz.get(SARAQIB), gz.get(ATME)
    assert line.coords[0] == (saraqib.lon, saraqib.lat)
    assert line.coords[-1] == (atme.lon, atme.lat)
    xy = utm(line.coords)
    a, b = xy[0], xy[-1]
    chord = b - a
    cross = chord[0] * (xy[1:-1, 1] - a[1]) - chord[1] * (xy[1:-1, 0] - a[0])
    assert (cross < 0).all()  # every inner point right of the direction of travel
    offset = np.abs(cross) / np.linalg.norm(chord)
    assert offset.max() == pytest.approx(BEND / 2 * np.linalg.norm(chord), rel=0.01)


def test_opposite_flows_bend_apart(gz):
    there = curve(Point(36.8, 35.86), Point(36.69, 36.31))
    back = curve(Point(36.69, 36.31), Point(36.8, 35.86))
    assert there.interpolate(0.5, normalized=True).x > 36.8 > back.interpolate(0.5, normalized=True).x


def test_arrowhead_tip_is_the_destination_and_the_shaft_ends_inside_it():
    line = curve(Point(36.6, 35.5), Point(36.7, 36.2))
    shaft, head = arrow(line, 300_000)
    assert head.exterior.coords[0] == line.coords[-1] == (36.7, 36.2)
    assert len(head.exterior.coords) == 4  # a triangle
    assert shaft.coords[0] == pytest.approx(line.coords[0])
    assert head.buffer(1e-9).contains(Point(shaft.coords[-1]))
    assert not head.contains(Point(line.coords[0]))
    base = utm(head.exterior.coords[1:3])
    tip = utm([line.coords[-1]])[0]
    assert np.linalg.norm(base[0] - tip) == pytest.approx(np.linalg.norm(base[1] - tip))


def test_bigger_flows_get_wider_lines_and_heads(gz):
    flows = flows_from_table(table(("Saraqeb", "Atme", 1_000_000, "2020-02-01", "a"),
                                   ("Idlib", "Sarmada", 1_000, "2020-02-01", "b")), gz)
    shafts = [f for f in flow_data(flows)["features"]
              if f["geometry"]["type"] == "LineString" and f["properties"]["style"]["color"] != "#1d5f8a"]
    assert shafts[0]["properties"]["style"]["weight"] > shafts[1]["properties"]["style"]["weight"]


# ---------------------------------------------------------------- sums and threshold
def test_same_route_is_summed_with_every_source_and_the_date_range(gz):
    flows = flows_from_table(table(
        ("Saraqeb", "Atme", 1000, "2020-02-03", "wire report A"),
        ("gn:164816", "Atmeh", "2,000", "2020-02-01", "UN OCHA update; wire report A"),
        ("Atme", "Saraqeb", 50, "2020-03-01", "monitor"),  # the other way: another route
    ), gz)
    assert len(flows) == 2
    there = flows.iloc[0]
    assert (there.origin_id, there.destination_id, there.people, there.parts) == (SARAQIB, ATME, 3000, 2)
    assert (there.date_start, there.date_end) == ("2020-02-01", "2020-02-03")
    assert there.source.split("; ") == ["wire report A", "UN OCHA update"]
    assert flows.iloc[1].people == 50


def test_several_places_in_a_cell_make_one_area_at_their_centre(gz):
    flows = flows_from_table(table(("southern Idlib; northern Hama", "Turkish border area",
                                    300000, "2019-06-01", "UN")), gz)
    south, north = gz.get("region:southern-idlib"), gz.get("region:northern-hama")
    assert flows.origin_id.iloc[0] == "region:southern-idlib;region:northern-hama"
    assert flows.geometry.iloc[0].coords[0] == pytest.approx(
        ((south.lon + north.lon) / 2, (south.lat + north.lat) / 2))


def test_threshold_hides_small_flows_and_says_so(gz):
    flows = flows_from_table(table(("Saraqeb", "Atme", 300000, "2020-02-01", "a"),
                                   ("Idlib", "Sarmada", 900, "2020-02-01", "b")), gz)
    labels = lambda data: [f["properties"]["label"] for f in data["features"] if "label" in f["properties"]]
    # counts, then origins, then the destinations no town label names
    assert labels(flow_data(flows)) == ["300,000", "900", "Saraqib", "Idlib", "Atme", "Sarmada"]
    assert labels(flow_data(flows, min_people=1000)) == ["300,000", "Saraqib", "Atme"]
    tips = " ".join(f["properties"].get("tip", "") for f in flow_data(flows, 1000)["features"])
    assert "Sarmada" not in tips
    assert "1 flow under 1,000 people not shown" in flow_legend(flows, 1000).note
    assert "not shown" not in flow_legend(flows, 0).note


def test_the_demo_table_reads(gz):
    flows = flows_from_table(pd.read_csv("examples/flows_demo.csv", dtype=str, keep_default_na=False),
                             gz, path="examples/flows_demo.csv")
    assert flows.people.tolist() == [900000, 300000, 10000]
    assert all(flows.source.str.len() > 0)


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize("row, field, words", [
    (("", "Atme", 10, "2020-02-01", "s"), "origin", "empty place name"),
    (("Saraqeb", "Atlantis", 10, "2020-02-01", "s"), "destination", "'Atlantis'"),
    (("Saraqeb; Atlantis", "Atme", 10, "2020-02-01", "s"), "origin", "'Atlantis'"),
    (("Saraqeb", "Saraqib", 10, "2020-02-01", "s"), "destination", "also the origin"),
    (("ocha:SY070301", "Turkish border area", 10, "2020-02-01", "s"), "destination", "within 1 km"),
    (("Saraqeb", "Atme", -5, "2020-02-01", "s"), "people", "positive whole number"),
    (("Saraqeb", "Atme", "1.5", "2020-02-01", "s"), "people", "'1.5'"),
    (("Saraqeb", "Atme", "many", "2020-02-01", "s"), "people", "'many'"),
    (("Saraqeb", "Atme", "", "2020-02-01", "s"), "people", "positive whole number"),
    (("Saraqeb", "Atme", 10, "2020-13-01", "s"), "date", "'2020-13-01'"),
    (("Saraqeb", "Atme", 10, "01/02/2020", "s"), "date", "YYYY-MM-DD"),
    (("Saraqeb", "Atme", 10, "", "s"), "date", "YYYY-MM-DD"),
])
def test_bad_rows_name_file_line_and_field(gz, row, field, words):
    good = ("Idlib", "Sarmada", 10, "2020-02-01", "s")
    with pytest.raises(InputError) as err:
        flows_from_table(table(good, row), gz, path="flows.csv")
    assert (err.value.path, err.value.line, err.value.field) == ("flows.csv", 3, field)
    assert str(err.value).startswith(f"flows.csv:3: field '{field}': ")
    assert words in str(err.value)


def test_missing_columns_are_reported_on_the_header_line(gz):
    with pytest.raises(InputError, match=r"^flows.csv:1: missing column\(s\): people, date$"):
        flows_from_table(pd.DataFrame({"origin": ["Saraqeb"], "destination": ["Atme"]}), gz,
                         path="flows.csv")


def test_flows_from_events_keep_displacements_with_a_route(gz):
    events = pd.DataFrame({
        "sub_event_type": ["Displacement", "Air/drone strike", "Displacement", "Displacement"],
        "origin": ["southern Idlib", "Saraqeb", "Saraqeb", "Saraqeb"],
        "destination": ["the Turkish border", "Atme", "", "Atme"],
        "people": [300000, 100, 400, None],
        "event_date": ["2019-06-10", "2019-06-10", "2019-06-11", "2019-06-12"],
        "source": ["UN OCHA update", "x", "y", "z"]})
    flows = flows_from_events(events, gz)
    assert flows[["origin_id", "destination_id", "people", "source"]].values.tolist() == [
        ["region:southern-idlib", "region:turkish-border-area", 300000, "UN OCHA update"]]


def test_flows_from_events_errors_name_the_event_line(gz):
    events = pd.DataFrame({"sub_event_type": ["Displacement"] * 2, "origin": ["Saraqeb", "Saraqeb"],
                           "destination": ["Atme", "Atlantis"], "people": [10, 10],
                           "event_date": ["2019-06-10", "2019-06-10"]})
    with pytest.raises(InputError, match=r"^events.csv:3: field 'destination': unknown place 'Atlantis'"):
        flows_from_events(events, gz, path="events.csv")
    events.loc[1, ["destination", "event_date"]] = ["Atme", "June 2019"]
    with pytest.raises(InputError, match=r"^events.csv:3: field 'event_date': "):
        flows_from_events(events, gz, path="events.csv")


# ---------------------------------------------------------------- the folium layer
HOSTILE = "<script>alert(1)</script>"


def hostile_flows():
    fake = FakeGazetteer(
        Place(id="x:1", name="<img src=x onerror=alert(2)>", lat=35.8, lon=36.8, kind="town"),
        Place(id="x:2", name="{{ 7 * 7 }}</script>", lat=36.3, lon=36.7, kind="camp"))
    return flows_from_table(table(("<img src=x onerror=alert(2)>", "{{ 7 * 7 }}</script>", 5000,
                                   "2020-02-01", HOSTILE)), fake)


def test_layer_html_escapes_names_and_sources_and_loads_nothing_remote():
    html = page(flows_layer(hostile_flows()))
    for raw in (HOSTILE, "<img src=x", "}}</script>"):
        assert raw not in html
    assert not re.search(r"<script[^>]*\bsrc\s*=|<link[^>]*\bhref\s*=\s*[\"']?https?:", html, re.I)
    data = json.loads(re.search(r'id="shapes_layer_\d+_data">(.*?)</script>', html, re.S).group(1))
    tips = [f["properties"]["tip"] for f in data["features"] if "tip" in f["properties"]]
    # kept as plain text (shown through textContent), never evaluated as a template
    assert any(HOSTILE in t and "<img src=x" in t and "{{ 7 * 7 }}</script>" in t for t in tips)


def test_layer_html_is_deterministic_and_has_its_legend(gz):
    flows = flows_from_table(table(("Saraqeb", "Atme", 300000, "2020-02-01", "UN"),
                                   ("Idlib", "Sarmada", 900, "2020-02-01", "wire")), gz)
    first = page(flows_layer(flows, min_people=1000))
    assert first == page(flows_layer(flows, min_people=1000))
    key = FlowsTheme(flows, min_people=1000).legend()
    assert key.title == "Displacement flows (people)" and "100,000 people" in [text for _, text in key.rows]
    assert "1 flow under 1,000 people not shown." in key.note


def test_undated_displacement_events_still_draw(gz):
    from geo_idlib.layers.flows import flow_data, flows_from_events

    events = pd.DataFrame({"sub_event_type": ["Displacement"], "origin": ["southern Idlib"],
                           "destination": ["the Turkish border"], "people": [300000], "event_date": [""],
                           "source": ["UN"]})
    flows = flows_from_events(events, gz)
    assert len(flows) == 1 and flows.iloc[0]["date_start"] == "" and flows.iloc[0]["people"] == 300000
    assert "date not reported" in str(flow_data(flows))


def test_one_displacement_told_by_two_sources_counts_once(gz):
    from geo_idlib.layers.flows import flows_from_table

    table = pd.DataFrame({"origin": ["southern Idlib", "southern Idlib", "southern Idlib"],
                          "destination": ["the Turkish border"] * 3, "people": ["300,000", "300000", "50000"],
                          "date": ["2019-06-01", "2019-06-01", "2019-07-01"], "source": ["UN", "wire", "monitor"]})
    flows = flows_from_table(table, gz)
    assert len(flows) == 1 and flows.iloc[0]["people"] == 350_000  # 300,000 told twice + 50,000 later
    assert flows.iloc[0]["source"] == "UN; wire; monitor"
