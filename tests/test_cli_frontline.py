"""``geo-idlib frontline`` on the bundled examples, and its errors."""
import json
from pathlib import Path

import pyogrio
import pytest
from shapely.geometry import Point, shape

from geo_idlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "control"


def test_writes_zones_frontlines_changes_and_places_to_a_geopackage(tmp_path, capsys):
    out = tmp_path / "fronts.gpkg"
    assert main(["frontline", str(EXAMPLES / "abu_duhur_2018.csv"), "-o", str(out)]) == 0
    assert "2 frontlines" in capsys.readouterr().err
    assert [name for name, _ in pyogrio.list_layers(out)] == ["zones", "frontlines", "changes", "places"]
    again = tmp_path / "again.gpkg"
    main(["frontline", str(EXAMPLES / "abu_duhur_2018.csv"), "-o", str(again)])
    assert out.read_bytes() == again.read_bytes()  # deterministic


def test_abu_al_duhur_air_base_is_on_the_government_side_after_january_2018(tmp_path):
    out = tmp_path / "fronts.geojson"
    main(["frontline", str(EXAMPLES / "abu_duhur_2018.csv"), "-o", str(out)])
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    zones = {(f["properties"]["date"], f["properties"]["controller"]): shape(f["geometry"])
             for f in features if f["properties"]["layer"] == "zones"}
    airbase, saraqib = Point(37.105, 35.734), Point(36.806, 35.864)
    assert zones[("2017-10-01", "opposition")].contains(airbase)
    assert zones[("2018-02-01", "government")].contains(airbase)
    assert zones[("2018-02-01", "opposition")].contains(saraqib)
    lines = [f for f in features if f["properties"]["layer"] == "frontlines"]
    assert all("derived from 17 places' status" in f["properties"]["note"] for f in lines)
    changes = [f["properties"] for f in features if f["properties"]["layer"] == "changes"]
    assert changes[0]["from_controller"] == "opposition" and "Sinjār" in changes[0]["places"]


def test_dates_can_be_picked(tmp_path, capsys):
    out = tmp_path / "one.geojson"
    assert main(["frontline", str(EXAMPLES / "southern_idlib_2019.csv"), "-o", str(out), "--date", "2019-08-31"]) == 0
    props = [f["properties"] for f in json.loads(out.read_text())["features"]]
    assert {p["date"] for p in props if p["layer"] == "zones"} == {"2019-08-31"}


@pytest.mark.parametrize("content,args,message", [
    ("date,place,controller\n2018-01-01,Atlantis,gov\n", [], "status.csv:2: field 'place': unknown place 'Atlantis'"),
    ("date,place\n2018-01-01,Saraqeb\n", [], "status.csv:1: missing column(s): controller"),
    ("date,place,controller\n2018-01-01,Saraqeb,gov\n", ["--date", "2019-01-01"], "no rows dated 2019-01-01"),
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
