"""``geo-idlib frontline`` on the bundled examples, and its errors."""
import json
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import Point, shape

from geo_idlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "control"


BASE = Path(__file__).resolve().parents[1] / "gazetteer" / "control_2017.csv"


def test_writes_zones_frontlines_no_data_unconfirmed_changes_and_places_to_a_geopackage(tmp_path, capsys):
    out = tmp_path / "fronts.gpkg"
    assert main(["frontline", str(EXAMPLES / "southern_idlib_2019.csv"), "-o", str(out)]) == 0
    assert "frontlines" in capsys.readouterr().err
    assert [name for name, _ in pyogrio.list_layers(out)] == ["zones", "frontlines", "no_data", "unconfirmed",
                                                                 "changes", "places"]
    again = tmp_path / "again.gpkg"
    main(["frontline", str(EXAMPLES / "southern_idlib_2019.csv"), "-o", str(again)])
    assert out.read_bytes() == again.read_bytes()  # deterministic


@pytest.fixture(scope="module")
def fronts_2018(tmp_path_factory):
    """The 2017 snapshot with the January 2018 changes on top, as GeoJSON features by layer."""
    out = tmp_path_factory.mktemp("fronts") / "fronts.geojson"
    assert main(["frontline", str(BASE), str(EXAMPLES / "abu_duhur_2018.csv"), "-o", str(out)]) == 0
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    return {layer: [f for f in features if f["properties"]["layer"] == layer]
            for layer in ("zones", "frontlines", "no_data", "changes", "places")}


def test_abu_al_duhur_air_base_is_on_the_government_side_after_january_2018(fronts_2018):
    zones = {(f["properties"]["date"], f["properties"]["controller"]): shape(f["geometry"]) for f in fronts_2018["zones"]}
    airbase, saraqib, idlib = Point(37.105, 35.734), Point(36.806, 35.864), Point(36.634, 35.931)
    assert zones[("2017-10-01", "HTS")].contains(airbase)
    assert zones[("2018-01-20", "government")].contains(airbase)
    assert zones[("2018-01-29", "government")].contains(airbase)  # carried forward past its row's date
    assert zones[("2018-01-29", "opposition")].contains(saraqib) and zones[("2018-01-29", "opposition")].contains(idlib)
    notes = {f["properties"]["note"] for f in fronts_2018["frontlines"] if f["properties"]["date"] == "2018-01-29"}
    assert notes == {"derived from 2262 places' last known status on 2018-01-29 (Voronoi cells up to 10 km from a "
                     "place; not a surveyed line)"}
    changes = [f["properties"] for f in fronts_2018["changes"] if f["properties"]["after"] == "2018-01-07"]
    assert {c["from_controller"] for c in changes} == {"HTS", "opposition"} and "Sinjār" in changes[0]["places"] + changes[-1]["places"]


def test_the_whole_north_west_is_drawn_and_the_rest_is_no_data(fronts_2018):
    zones = {(f["properties"]["date"], f["properties"]["controller"]): shape(f["geometry"]) for f in fronts_2018["zones"]}
    first = {c: g for (d, c), g in zones.items() if d == "2017-10-01"}
    assert set(first) == {"government", "opposition", "HTS", "SDF", "IS", "Turkey-backed", "contested"}
    for name, point, controller in [("Latakia", (35.79, 35.52), "government"), ("Afrin", (36.87, 36.51), "SDF"),
                                    ("Hama", (36.75, 35.13), "government"), ("al-Bab", (37.52, 36.37), "opposition")]:
        assert first[controller].contains(Point(*point)), name
    manbij = Point(37.95, 36.53)  # east of the transcribed marks: no status known
    assert not any(g.contains(manbij) for g in first.values())
    assert any(shape(f["geometry"]).contains(manbij) for f in fronts_2018["no_data"])


def test_dates_can_be_picked_and_carry_the_last_known_status(tmp_path):
    out = tmp_path / "one.geojson"
    assert main(["frontline", str(EXAMPLES / "southern_idlib_2019.csv"), "-o", str(out), "--date", "2019-08-31"]) == 0
    props = [f["properties"] for f in json.loads(out.read_text())["features"]]
    zones = [p for p in props if p["layer"] == "zones"]
    assert {p["date"] for p in zones} == {"2019-08-31"} and {p["controller"] for p in zones} == {"government"}
    listed = {line.split(",")[1] for line in (EXAMPLES / "southern_idlib_2019.csv").read_text(encoding="utf-8").splitlines()[1:]}
    assert zones[0]["places"] == len(listed)  # every place of the table: none is listed on that day


def test_captures_in_event_tables_move_the_front_and_the_table_used_is_written(tmp_path, capsys):
    events = tmp_path / "events.csv"
    events.write_text("event_id_cnty,event_date,sub_event_type,actor1,location,latitude,longitude,place_id\n"
                      "SYR-x-1,2019-06-01,Government regains territory,Military Forces of Syria,Kafr Nubl,35.6138,"
                      "36.5645,gn:168661\n", encoding="utf-8")
    out, table = tmp_path / "front.geojson", tmp_path / "used.csv"
    assert main(["frontline", str(EXAMPLES / "southern_idlib_2019.csv"), "--events", str(events),
                 "--table-out", str(table), "-o", str(out)]) == 0
    assert "1 captures from events applied" in capsys.readouterr().err
    used = table.read_text(encoding="utf-8").splitlines()
    assert used[0] == "date,place,name,controller,source"
    assert ('2019-06-01,gn:168661,Kafr Nubl,government,"a report: Government regains territory (Military Forces of '
            'Syria), event SYR-x-1"') in used
    zones = {(f["properties"]["date"], f["properties"]["controller"]): shape(f["geometry"])
             for f in json.loads(out.read_text(encoding="utf-8"))["features"] if f["properties"]["layer"] == "zones"}
    assert zones[("2019-06-01", "government")].contains(Point(36.5645, 35.6138))
    assert main(["frontline", str(table), "-o", str(tmp_path / "again.geojson")]) == 0  # the table reads back


@pytest.mark.parametrize("content,args,message", [
    ("date,place,controller\n2018-01-01,Atlantis,gov\n", [], "status.csv:2: field 'place': unknown place 'Atlantis'"),
    ("date,place\n2018-01-01,Saraqeb\n", [], "status.csv:1: missing column(s): controller"),
    ("date,place,controller\n2018-01-01,Saraqeb,gov\n", ["--date", "2017-01-01"], "no status known on 2017-01-01"),
])
def test_bad_input_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, content, args, message):
    status = tmp_path / "status.csv"
    status.write_text(content, encoding="utf-8")
    out = tmp_path / "out.gpkg"
    assert main(["frontline", str(status), "-o", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not out.exists() and list(tmp_path.iterdir()) == [status]


def test_unknown_output_format(tmp_path, capsys):
    assert main(["frontline", str(EXAMPLES / "abu_duhur_2018.csv"), "-o", str(tmp_path / "x.shp")]) == 2
    assert "unknown output format" in capsys.readouterr().err


def test_flows_export(tmp_path, capsys):
    flows = EXAMPLES.parent / "flows_demo.csv"
    out = tmp_path / "flows.geojson"
    assert main(["flows", str(flows), "-o", str(out), "--min-people", "100000"]) == 0
    assert "2 flows, 1,200,000 people" in capsys.readouterr().err
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert {f["properties"]["layer"] for f in features} == {"flows"}
    assert all(f["geometry"]["type"] == "LineString" and f["properties"]["source"] for f in features)
    gpkg = tmp_path / "flows.gpkg"
    assert main(["flows", str(flows), "-o", str(gpkg)]) == 0
    assert [name for name, _ in pyogrio.list_layers(gpkg)] == ["flows"]
