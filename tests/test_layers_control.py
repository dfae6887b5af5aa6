"""Zones of control and frontlines derived from small hand-made status sets: carried forward,
cut to where a status is known, moved by captures."""
import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo_idlib.errors import InputError
from geo_idlib.layers.control import (METRIC_CRS, NO_DATA_KM, apply_captures, canonical_controller,
                                      combine_status, control_captures, control_changes, control_layers,
                                      control_status, control_zones, frontlines, no_data_area, status_on,
                                      unconfirmed)

AREA = box(36.0, 35.0, 37.2, 36.0)


def status(rows, day="2018-01-01"):
    return pd.DataFrame([{"date": day, "place_id": f"p{i}", "place": f"P{i}", "controller": c, "source": "test",
                          "latitude": lat, "longitude": lon} for i, (lat, lon, c) in enumerate(rows)])


# two rows of places about 5 km apart, opposition west of government (0.1 degree of longitude ~ 9 km)
WEST_EAST = [(35.5, 36.5, "opposition"), (35.55, 36.53, "opposition"), (35.45, 36.55, "opposition"),
             (35.5, 36.62, "government"), (35.55, 36.6, "government"), (35.45, 36.65, "government")]


def test_two_controllers_make_one_line_between_them():
    zones = control_zones(status(WEST_EAST), "2018-01-01", area=AREA)
    lines = frontlines(zones)
    assert list(zones["controller"]) == ["government", "opposition"]
    assert len(lines) == 1 and {lines.iloc[0]["side_a"], lines.iloc[0]["side_b"]} == {"government", "opposition"}
    line = lines.iloc[0].geometry
    xs = [x for part in line.geoms for x, _ in part.coords]
    assert 36.53 < min(xs) and max(xs) < 36.62  # between the westernmost government and easternmost opposition place
    assert "derived from 6 places' last known status on 2018-01-01" in lines.iloc[0]["note"]


def test_zones_and_no_data_cover_the_area_without_gaps_or_overlaps():
    zones = control_zones(status(WEST_EAST), "2018-01-01", area=AREA).to_crs(METRIC_CRS)
    gov, opp = zones.geometry.iloc[0], zones.geometry.iloc[1]
    assert gov.intersection(opp).area < 1.0  # m²: they only touch
    empty = gpd.GeoSeries([no_data_area(status(WEST_EAST), "2018-01-01", area=AREA)], crs=4326).to_crs(METRIC_CRS).iloc[0]
    area = gpd.GeoSeries([AREA], crs=4326).to_crs(METRIC_CRS).iloc[0]
    assert gov.union(opp).union(empty).area == pytest.approx(area.area, rel=0.01)
    assert empty.intersection(gov.union(opp)).area < 0.001 * area.area
    for lat, lon, controller in WEST_EAST:
        pt = zones.set_index("controller").to_crs(4326).geometry[controller]
        assert pt.contains(Point(lon, lat))


def test_zones_reach_no_further_than_the_documented_distance_the_rest_is_no_data():
    zones = control_zones(status(WEST_EAST), "2018-01-01", area=AREA)
    far = Point(36.2, 35.5)  # 25 km west of the westernmost place
    assert not any(z.contains(far) for z in zones.geometry)
    assert no_data_area(status(WEST_EAST), "2018-01-01", area=AREA).contains(far)
    near = Point(36.45, 35.5)  # 4.5 km west of it
    assert zones.set_index("controller").geometry["opposition"].contains(near)
    edge_km = (36.5 - zones.set_index("controller").geometry["opposition"].bounds[0]) * 90.7
    assert edge_km == pytest.approx(NO_DATA_KM, abs=0.3)


def test_a_place_not_listed_at_a_later_date_keeps_its_status():
    later = status([WEST_EAST[1][:2] + ("government",)], "2018-02-01").assign(place_id="p1", place="P1")
    table = combine_status([status(WEST_EAST), later])
    now = status_on(table, "2018-02-01").set_index("place_id")
    assert len(now) == 6 and now.loc["p0", "controller"] == "opposition" and now.loc["p0", "date"] == "2018-01-01"
    assert now.loc["p1", "controller"] == "government" and now.loc["p1", "date"] == "2018-02-01"
    zones = control_zones(table, "2018-02-01", area=AREA).set_index("controller").geometry
    assert zones["opposition"].contains(Point(36.5, 35.5))  # p0, listed only on the first date
    assert zones["government"].contains(Point(36.53, 35.55))  # p1, changed
    assert "derived from 6 places' last known status on 2018-02-01" in control_zones(table, "2018-02-01", area=AREA).iloc[0]["note"]
    layers = control_layers(table, area=AREA)
    assert sorted(set(layers["zones"]["date"])) == ["2018-01-01", "2018-02-01"]
    assert layers["changes"].iloc[0]["places"] == "P1" and len(layers["no_data"]) == 2


# A and B opposition 2.2 km apart, C opposition 11 km north, D government 2.7 km east of A
NEIGHBOURS = [(35.50, 36.50, "opposition"), (35.52, 36.50, "opposition"), (35.60, 36.50, "opposition"),
              (35.50, 36.53, "government")]


def test_a_status_older_than_a_change_of_side_nearby_is_unconfirmed_but_kept():
    taken = status([NEIGHBOURS[0][:2] + ("government",)], "2018-02-01").assign(place_id="p0", place="P0")
    held = status([NEIGHBOURS[2]], "2018-02-01").assign(place_id="p2", place="P2")  # same side again: no doubt
    table = combine_status([status(NEIGHBOURS), taken, held])
    assert unconfirmed(table, "2018-01-15").empty
    doubt = unconfirmed(table, "2018-02-01")
    assert doubt[["place", "controller", "since", "near"]].values.tolist() == [["P1", "opposition", "2018-02-01", "P0"]]
    layers = control_layers(table, area=AREA)
    unsure = layers["unconfirmed"]
    assert unsure[["date", "places"]].values.tolist() == [["2018-02-01", 1]]
    assert unsure.geometry.iloc[0].contains(Point(36.50, 35.52))  # P1's cell
    assert not unsure.geometry.iloc[0].contains(Point(36.50, 35.60))  # P2: 11 km away
    assert not unsure.geometry.iloc[0].contains(Point(36.53, 35.50))  # P3: already government
    zones = layers["zones"][layers["zones"]["date"] == "2018-02-01"].set_index("controller").geometry
    assert zones["opposition"].contains(Point(36.50, 35.52))  # still drawn with its last known controller


def test_unconfirmed_areas_on_the_map_and_in_the_legend():
    from geo_idlib.layers.control_map import ControlTheme, control_map_layers

    taken = status([NEIGHBOURS[0][:2] + ("government",)], "2018-02-01").assign(place_id="p0", place="P0")
    table = combine_status([status(NEIGHBOURS), taken])
    layers = control_map_layers(table, area=AREA)
    first, second = (layer.data_json for layer in layers[:2])
    assert "Unconfirmed" not in first
    assert "Unconfirmed" in second and "url(#gi-unconfirmed)" in second
    rows = [text for _, text in ControlTheme(table).legend().rows]
    assert any(text.startswith("Unconfirmed: last known status older than a change of side within 5 km") for text in rows)
    assert not any(text.startswith("Unconfirmed") for _, text in ControlTheme(status(NEIGHBOURS)).legend().rows)


def test_captures_from_reports_move_a_place_to_the_capturing_side_on_their_date():
    events = pd.DataFrame({
        "event_id_cnty": ["SYR-w-1", "SYR-w-2", "SYR-w-3", "SYR-w-4"],
        "event_date": ["2018-02-10", "2018-02-12", "2018-02-12", ""],
        "sub_event_type": ["Government regains territory", "Non-state actor overtakes territory",
                           "Air/drone strike", "Government regains territory"],
        "actor1": ["Military Forces of Syria", "Hayat Tahrir al-Sham", "Military Forces of Russia", ""],
        "place_id": ["p0", "p3", "p4", "p2"], "location": ["P0", "P3", "P4", "P2"],
        "latitude": [35.5, 35.5, 35.55, 35.45], "longitude": [36.5, 36.62, 36.6, 36.55],
        "geo_precision": [1, 1, 1, 1], "source": ["Wire", "Monitor", "Wire", "Wire"]})
    captures = control_captures(events)
    assert captures[["date", "place_id", "controller"]].values.tolist() == [
        ["2018-02-10", "p0", "government"], ["2018-02-12", "p3", "HTS"]]  # a strike and an undated capture: none
    table, moves = apply_captures(status(WEST_EAST), captures)
    assert [(m["event_id"], m["before"], m["after"]) for m in moves] == [
        ("SYR-w-1", "opposition", "government"), ("SYR-w-2", "government", "HTS")]
    assert status_on(table, "2018-02-09").set_index("place_id").loc["p0", "controller"] == "opposition"
    assert status_on(table, "2018-02-10").set_index("place_id").loc["p0", "controller"] == "government"
    zones = control_zones(table, "2018-02-12", area=AREA).set_index("controller").geometry
    assert zones["government"].contains(Point(36.5, 35.5)) and zones["HTS"].contains(Point(36.62, 35.5))


def test_a_row_of_the_table_wins_over_a_capture_of_the_same_day():
    captures = control_captures(pd.DataFrame({
        "event_id_cnty": ["e"], "event_date": ["2018-01-01"], "sub_event_type": ["Government regains territory"],
        "actor1": [""], "place_id": ["p0"], "location": ["P0"], "latitude": [35.5], "longitude": [36.5]}))
    table, moves = apply_captures(status(WEST_EAST), captures)
    assert moves == [] and status_on(table, "2018-01-01").set_index("place_id").loc["p0", "controller"] == "opposition"


def test_a_place_changing_sides_moves_the_line():
    before = frontlines(control_zones(status(WEST_EAST), "2018-01-01", area=AREA))
    flipped = [(lat, lon, "government" if (lat, lon) == (35.55, 36.53) else c) for lat, lon, c in WEST_EAST]
    after = frontlines(control_zones(status(flipped, "2018-02-01"), "2018-02-01", area=AREA))
    x_before = before.geometry.iloc[0].centroid.x
    x_after = after.geometry.iloc[0].centroid.x
    assert x_after < x_before  # the line moved west, past the place that changed hands
    both = pd.concat([status(WEST_EAST), status(flipped, "2018-02-01")])
    changes = control_changes(both, "2018-01-01", "2018-02-01", area=AREA)
    assert len(changes) == 1 and changes.iloc[0]["places"] == "P1"
    assert (changes.iloc[0]["from_controller"], changes.iloc[0]["to_controller"]) == ("opposition", "government")
    assert changes.geometry.iloc[0].contains(Point(36.53, 35.55))


def test_three_sides_and_contested_places():
    rows = WEST_EAST + [(35.58, 36.49, "HTS"), (35.6, 36.54, "HTS"), (35.5, 36.585, "contested")]
    zones = control_zones(status(rows), "2018-01-01", area=AREA)
    assert set(zones["controller"]) == {"government", "opposition", "HTS", "contested"}
    lines = {frozenset((r.side_a, r.side_b)): r.front for r in frontlines(zones).itertuples()}
    assert lines[frozenset(("contested", "government"))] and lines[frozenset(("HTS", "government"))]
    assert lines[frozenset(("HTS", "opposition"))] is False  # one side: a boundary, no front


def test_places_at_one_spot_that_disagree_are_contested():
    rows = WEST_EAST + [(35.5, 36.5, "government")]  # same point as an opposition place
    zones = control_zones(status(rows), "2018-01-01", area=AREA)
    assert "contested" in set(zones["controller"])


def test_controller_words_and_validation(gz):
    assert canonical_controller("SAA") == "government" and canonical_controller("Tahrir al-Sham") == "HTS"
    table = pd.DataFrame({"date": ["2018-01-20", "2018-01-20"], "place": ["Saraqeb", "gn:174611"],
                          "controller": ["opp", "regime"], "source": ["a", "b"]})
    out = control_status(table, gz)
    assert list(out["place_id"]) == ["gn:164816", "gn:174611"] and list(out["controller"]) == ["opposition", "government"]


@pytest.mark.parametrize("rows,where", [
    ({"date": ["2018-01-20"], "place": ["Saraqeb"]}, "status.csv:1: missing column(s): controller"),
    ({"date": ["20/01/2018"], "place": ["Saraqeb"], "controller": ["gov"]}, "status.csv:2: field 'date'"),
    ({"date": ["2018-01-20"], "place": ["Atlantis"], "controller": ["gov"]}, "status.csv:2: field 'place': unknown place 'Atlantis'"),
    ({"date": ["2018-01-20"], "place": ["Saraqeb"], "controller": ["aliens"]}, "status.csv:2: field 'controller': unknown controller"),
    ({"date": ["2018-01-20"] * 2, "place": ["Saraqeb", "Saraqib"], "controller": ["gov", "opp"]},
     "status.csv:3: field 'controller': Saraqib has two controllers on 2018-01-20"),
])
def test_bad_status_rows_name_line_and_field(gz, rows, where):
    with pytest.raises(InputError) as err:
        control_status(pd.DataFrame(rows), gz, path="status.csv")
    assert str(err.value).startswith(where)


def test_no_status_before_a_date():
    with pytest.raises(InputError, match="no control status on or before 2017-01-01"):
        control_zones(status(WEST_EAST), "2017-01-01", area=AREA)


def test_map_layers_one_per_date_with_legend_and_escaped_sources(gz):
    from geo_idlib.layers.control import focus_area
    from geo_idlib.layers.control_map import control_map_layers

    rows = pd.DataFrame({"date": ["2018-01-01", "2018-01-01", "2018-02-01", "2018-02-01"],
                         "place": ["Saraqeb", "Abu al-Duhur", "Saraqeb", "Abu al-Duhur"],
                         "controller": ["opp", "opp", "opp", "gov"],
                         "source": ["</script><script>alert(1)</script>", "a", "b", "c"]})
    layers = control_map_layers(control_status(rows, gz), area=focus_area(gz))
    names = [getattr(layer, "layer_name", None) for layer in layers]
    assert names[:3] == ["Control on 2018-01-01", "Control on 2018-02-01", "Changed hands 2018-01-01 → 2018-02-01"]
    assert [layer.show for layer in layers[:3]] == [False, True, False]
    import folium

    m = folium.Map(tiles=None)
    for layer in layers:
        m.add_child(layer)
    html = m.get_root().render()
    assert "</script><script>alert(1)" not in html and "\\u003c/script\\u003e" in html
    assert "GeoIdlib.controlTimeline(" in html
    from geo_idlib.layers.control_map import ControlTheme

    legend = ControlTheme(control_status(rows, gz)).legend()
    assert "derived from 2 places' last known status on each of 2 dates, 2018-01-01 to 2018-02-01" in legend.note
    assert any("No data: no place with a known status within 10 km" in text for _, text in legend.rows)


DRAWN = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"date": "2018-02-01", "controller": "SAA", "source": "analyst sketch"},
     "geometry": {"type": "Polygon", "coordinates": [[[36.95, 35.5], [37.3, 35.5], [37.3, 35.9], [36.95, 35.5]]]}},
    {"type": "Feature", "properties": {"date": "2018-02-01", "side_a": "government", "side_b": "rebels"},
     "geometry": {"type": "LineString", "coordinates": [[36.95, 35.5], [36.95, 35.9]]}}]}


def test_drawn_zones_and_frontlines():
    from geo_idlib.layers.control_map import drawn_control

    zones, lines = drawn_control(DRAWN)
    assert zones.iloc[0][["controller", "date", "note"]].tolist() == ["government", "2018-02-01", "as drawn by analyst sketch"]
    assert lines.iloc[0][["side_a", "side_b"]].tolist() == ["government", "opposition"]
    assert lines.geometry.iloc[0].geom_type == "MultiLineString"


@pytest.mark.parametrize("change,message", [
    ({"date": "Feb 2018"}, "drawn.geojson: field 'date': feature 1: expected a YYYY-MM-DD date, got 'Feb 2018'"),
    ({"controller": "martians"}, "drawn.geojson: field 'controller': feature 1: unknown controller 'martians'"),
])
def test_bad_drawn_features_name_the_feature_and_field(change, message):
    from geo_idlib.layers.control_map import drawn_control

    bad = {"type": "FeatureCollection", "features": [dict(DRAWN["features"][0])]}
    bad["features"][0]["properties"] = {**DRAWN["features"][0]["properties"], **change}
    with pytest.raises(InputError) as err:
        drawn_control(bad, path="drawn.geojson")
    assert str(err.value).startswith(message)


def test_drawn_control_on_the_map(tmp_path):
    import json

    from geo_idlib.cli import main

    path = tmp_path / "drawn.geojson"
    path.write_text(json.dumps(DRAWN), encoding="utf-8")
    out = tmp_path / "drawn.html"
    assert main(["map", "--control", str(path), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Control on 2018-02-01" in html and "as drawn by analyst sketch" in html
