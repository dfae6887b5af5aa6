"""Zones of control and frontlines derived from small hand-made status sets."""
import pandas as pd
import pytest
from shapely.geometry import Point, box

from geo_idlib.errors import InputError
from geo_idlib.layers.control import (METRIC_CRS, canonical_controller, control_changes, control_status,
                                      control_zones, frontlines)

AREA = box(36.0, 35.0, 37.2, 36.0)


def status(rows, day="2018-01-01"):
    return pd.DataFrame([{"date": day, "place_id": f"p{i}", "place": f"P{i}", "controller": c, "source": "test",
                          "latitude": lat, "longitude": lon} for i, (lat, lon, c) in enumerate(rows)])


WEST_EAST = [(35.5, 36.4, "opposition"), (35.6, 36.45, "opposition"), (35.4, 36.5, "opposition"),
             (35.5, 36.8, "government"), (35.6, 36.75, "government"), (35.4, 36.85, "government")]


def test_two_controllers_make_one_line_between_them():
    zones = control_zones(status(WEST_EAST), "2018-01-01", area=AREA)
    lines = frontlines(zones)
    assert list(zones["controller"]) == ["government", "opposition"]
    assert len(lines) == 1 and {lines.iloc[0]["side_a"], lines.iloc[0]["side_b"]} == {"government", "opposition"}
    line = lines.iloc[0].geometry
    xs = [x for part in line.geoms for x, _ in part.coords]
    assert 36.5 < min(xs) and max(xs) < 36.75  # between the westernmost government and easternmost opposition place
    assert "derived from 6 places' status on 2018-01-01" in lines.iloc[0]["note"]


def test_zones_cover_the_area_without_gaps_or_overlaps():
    zones = control_zones(status(WEST_EAST), "2018-01-01", area=AREA).to_crs(METRIC_CRS)
    gov, opp = zones.geometry.iloc[0], zones.geometry.iloc[1]
    assert gov.intersection(opp).area < 1.0  # m²: they only touch
    union = gov.union(opp)
    hull_area = union.convex_hull.area
    assert union.area == pytest.approx(hull_area, rel=0.02)  # no holes inside the covered area
    for lat, lon, controller in WEST_EAST:
        pt = zones.set_index("controller").to_crs(4326).geometry[controller]
        assert pt.contains(Point(lon, lat))


def test_a_place_changing_sides_moves_the_line():
    before = frontlines(control_zones(status(WEST_EAST), "2018-01-01", area=AREA))
    flipped = [(lat, lon, "government" if (lat, lon) == (35.6, 36.45) else c) for lat, lon, c in WEST_EAST]
    after = frontlines(control_zones(status(flipped, "2018-02-01"), "2018-02-01", area=AREA))
    x_before = before.geometry.iloc[0].centroid.x
    x_after = after.geometry.iloc[0].centroid.x
    assert x_after < x_before  # the line moved west, past the place that changed hands
    both = pd.concat([status(WEST_EAST), status(flipped, "2018-02-01")])
    changes = control_changes(both, "2018-01-01", "2018-02-01", area=AREA)
    assert len(changes) == 1 and changes.iloc[0]["places"] == "P1"
    assert (changes.iloc[0]["from_controller"], changes.iloc[0]["to_controller"]) == ("opposition", "government")
    assert changes.geometry.iloc[0].contains(Point(36.45, 35.6))


def test_three_sides_and_contested_places():
    rows = WEST_EAST + [(35.9, 36.6, "HTS"), (35.95, 36.5, "HTS"), (35.5, 36.62, "contested")]
    zones = control_zones(status(rows), "2018-01-01", area=AREA)
    assert set(zones["controller"]) == {"government", "opposition", "HTS", "contested"}
    pairs = {frozenset((r.side_a, r.side_b)) for r in frontlines(zones).itertuples()}
    assert frozenset(("HTS", "opposition")) in pairs and frozenset(("contested", "government")) in pairs


def test_places_at_one_spot_that_disagree_are_contested():
    rows = WEST_EAST + [(35.5, 36.4, "government")]  # same point as an opposition place
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


def test_no_status_on_a_date():
    with pytest.raises(InputError, match="no control status on 2019-01-01"):
        control_zones(status(WEST_EAST), "2019-01-01", area=AREA)


def test_map_layers_one_per_date_with_legend_and_escaped_sources(gz):
    from geo_idlib.layers.control import control_map_layers, focus_area

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
    from geo_idlib.layers.control import ControlTheme

    note = ControlTheme(control_status(rows, gz)).legend().note
    assert "derived from 2 places' status on 2018-02-01" in note


DRAWN = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"date": "2018-02-01", "controller": "SAA", "source": "analyst sketch"},
     "geometry": {"type": "Polygon", "coordinates": [[[36.95, 35.5], [37.3, 35.5], [37.3, 35.9], [36.95, 35.5]]]}},
    {"type": "Feature", "properties": {"date": "2018-02-01", "side_a": "government", "side_b": "rebels"},
     "geometry": {"type": "LineString", "coordinates": [[36.95, 35.5], [36.95, 35.9]]}}]}


def test_drawn_zones_and_frontlines():
    from geo_idlib.layers.control import drawn_control

    zones, lines = drawn_control(DRAWN)
    assert zones.iloc[0][["controller", "date", "note"]].tolist() == ["government", "2018-02-01", "as drawn by analyst sketch"]
    assert lines.iloc[0][["side_a", "side_b"]].tolist() == ["government", "opposition"]
    assert lines.geometry.iloc[0].geom_type == "MultiLineString"


@pytest.mark.parametrize("change,message", [
    ({"date": "Feb 2018"}, "drawn.geojson: field 'date': feature 1: expected a YYYY-MM-DD date, got 'Feb 2018'"),
    ({"controller": "martians"}, "drawn.geojson: field 'controller': feature 1: unknown controller 'martians'"),
])
def test_bad_drawn_features_name_the_feature_and_field(change, message):
    from geo_idlib.layers.control import drawn_control

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
