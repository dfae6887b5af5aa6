"""``geo-idlib map``: files in, one map out; bad input names file, line and field, writes nothing."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from geo_idlib.cli import main

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "events_demo.csv"
HEADER = "event_date,latitude,longitude,location,fatalities\n"


def payload(html: str) -> dict:
    block = re.search(r'id="strikes_layer_\d+_data">(.*?)</script>', html, re.S).group(1)
    return json.loads(block)


def test_map_writes_html_and_embed_snippet(tmp_path, capsys):
    out = tmp_path / "maps" / "demo.html"
    assert main(["map", str(DEMO), "-o", str(out), "--title", "Demo", "--offline", "--embed"]) == 0
    html = out.read_text(encoding="utf-8")
    assert payload(html)["n"] == 31
    snippet = (tmp_path / "maps" / "demo.embed.html").read_text(encoding="utf-8")
    assert 'src="demo.html"' in snippet and "OCHA" in snippet and "sandbox=" in snippet
    assert "31 events" in capsys.readouterr().err


def test_from_to_filters_events(tmp_path):
    out = tmp_path / "m.html"
    assert main(["map", str(DEMO), "-o", str(out), "--from", "2018-02-01", "--to", "2018-02-28"]) == 0
    data = payload(out.read_text(encoding="utf-8"))
    assert data["dates"] == ["2018-02-03", "2018-02-04", "2018-02-05"]
    assert data["n"] == 8


def test_geojson_events(tmp_path):
    src = tmp_path / "e.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.80591, 35.86447]},
         "properties": {"event_date": "2018-02-05", "location": "Saraqib"}}]}), encoding="utf-8")
    out = tmp_path / "g.html"
    assert main(["map", str(src), "-o", str(out)]) == 0
    assert payload(out.read_text(encoding="utf-8"))["cols"]["lat"] == [3586447]


@pytest.mark.parametrize("rows, where", [
    ("2018-02-05,35.9,36.6,A,3\n2018-02-05,north,36.6,B,1\n", ":3: field 'latitude'"),
    ("2018-02-05,35.9,36.6,A,3\n2018-13-05,35.9,36.6,B,1\n", ":3: field 'event_date'"),
    ("2018-02-05,35.9,36.6,A,-4\n", ":2: field 'fatalities'"),
    ("2018-02-05,95,36.6,A,1\n", ":2: field 'latitude'"),
    ("2018-02-05,,36.6,A,1\n", ":2: field 'latitude': missing value"),
    ("2018-02-05,35.9,36.6,A,1,extra\n", ":2: more cells"),
])
def test_bad_input_exits_2_and_writes_nothing(tmp_path, capsys, rows, where):
    src = tmp_path / "bad.csv"
    src.write_text(HEADER + rows, encoding="utf-8")
    out = tmp_path / "out" / "m.html"
    assert main(["map", str(src), "-o", str(out), "--png", str(tmp_path / "m.png")]) == 2
    err = capsys.readouterr().err
    assert f"{src}{where}" in err and err.count("\n") == 1
    assert not out.exists() and not (tmp_path / "m.png").exists()


def test_missing_column_and_missing_file(tmp_path, capsys):
    src = tmp_path / "nolat.csv"
    src.write_text("event_date,longitude\n2018-02-05,36.6\n", encoding="utf-8")
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 2
    assert "nolat.csv:1: missing column(s): latitude" in capsys.readouterr().err
    assert main(["map", str(tmp_path / "none.csv"), "-o", str(tmp_path / "m.html")]) == 2
    assert "none.csv: no such file" in capsys.readouterr().err


def test_undated_events_are_drawn_but_left_out_by_a_date_window(tmp_path, capsys):
    src = tmp_path / "undated.csv"
    src.write_text(HEADER + "2018-02-05,35.9,36.6,A,3\n,35.8,36.7,B,1\n", encoding="utf-8")
    out = tmp_path / "m.html"
    assert main(["map", str(src), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert sorted(payload(html)["cols"]["d"]) == [-1, 0] and "2 events (1 undated)" in html
    assert main(["map", str(src), "-o", str(out), "--to", "2018-12-31"]) == 0
    assert payload(out.read_text(encoding="utf-8"))["n"] == 1


def test_user_places_label_the_map(tmp_path):
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon,kind,population\nCamp Zaytuna,36.25,36.70,town,900000\n",
                      encoding="utf-8")
    out = tmp_path / "m.html"
    assert main(["map", str(DEMO), "-o", str(out), "--places", str(places)]) == 0
    assert '"Camp Zaytuna"' in out.read_text(encoding="utf-8")
    places.write_text("name,lat,lon\nBad,north,36.7\n", encoding="utf-8")
    assert main(["map", str(DEMO), "-o", str(tmp_path / "n.html"), "--places", str(places)]) == 2
    assert not (tmp_path / "n.html").exists()


def test_non_point_geojson_is_refused(tmp_path, capsys):
    src = tmp_path / "poly.geojson"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[36, 35], [37, 36]]},
         "properties": {"event_date": "2018-02-05"}}]}, indent=1), encoding="utf-8")
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 2
    assert f"{src}:4: field 'geometry': only Point geometries" in capsys.readouterr().err  # the feature's line


def test_from_after_to_is_an_error(tmp_path, capsys):
    assert main(["map", str(DEMO), "-o", str(tmp_path / "m.html"), "--from", "2020-01-01",
                 "--to", "2019-01-01"]) == 2
    assert "is after" in capsys.readouterr().err
