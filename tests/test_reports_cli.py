"""The report commands as a user runs them: formats, exit codes, one-line errors, atomic outputs."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo_idlib.cli import main
from geo_idlib.schema import EVENT_COLUMNS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"
WIRE, MONITOR = EXAMPLES / "2018-02-05-wire-raids.txt", EXAMPLES / "2018-02-06-monitor-raids.txt"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_csv_has_acled_columns_and_types(capsys, tmp_path):
    out = tmp_path / "events.csv"
    code, stdout, err = run(capsys, "extract", *sorted(EXAMPLES.glob("*.txt")), "-o", out)
    assert code == 0 and stdout == ""
    summary = err.splitlines()[-1]
    assert summary.startswith(f"9 reports read, 28 events; 28 rows -> {out} (") and summary.endswith(" kB)")
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == EVENT_COLUMNS and len(rows) == 28
    first = rows[0]  # the air base report comes first (files are read in the order given)
    assert {k: first[k] for k in ("event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                                  "location", "latitude", "longitude", "geo_precision", "fatalities",
                                  "fatalities_min", "distance_km", "reference_place")} == {
        "event_date": "2018-01-20", "time_precision": "1", "event_type": "Battles",
        "sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria",
        "location": "Abu al-Duhur Military Airbase", "latitude": "35.734", "longitude": "37.105",
        "geo_precision": "1", "fatalities": "0", "fatalities_min": "", "distance_km": "12",
        "reference_place": "Saraqib"}
    assert all(r["fatalities"].isdigit() and r["geo_precision"] in "123" for r in rows)


def test_extract_json_and_geojson(capsys):
    code, out, _ = run(capsys, "extract", MONITOR, "--format", "json")
    data = json.loads(out)
    assert code == 0 and len(data) == 4 and list(data[0]) == EVENT_COLUMNS
    assert [(d["location"], d["fatalities"], d["fatalities_min"], d["fatalities_max"]) for d in data] == [
        ("Kafranbel", 9, 9, 9), ("Ma‘saran", 2, 2, 2), ("Idlib", 3, 3, 3), ("Ma‘arrat an Nu‘mān", 2, 2, 2)]
    assert data[3]["sub_event_type"] == "Shelling/artillery/missile attack" and data[3]["injured_min"] is None
    code, out, _ = run(capsys, "extract", MONITOR, "--format", "geojson")
    fc = json.loads(out)
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    idlib = fc["features"][2]
    assert idlib["geometry"] == {"type": "Point", "coordinates": [36.63393, 35.93062]}  # lon, lat
    assert idlib["properties"]["location"] == "Idlib"


def test_extract_format_follows_the_output_suffix(capsys, tmp_path):
    out = tmp_path / "events.geojson"
    assert run(capsys, "extract", MONITOR, "-o", out)[0] == 0
    assert json.loads(out.read_text(encoding="utf-8"))["type"] == "FeatureCollection"


def test_extract_published_option_anchors_reports_without_a_date(capsys, tmp_path):
    report = tmp_path / "undated.txt"
    report.write_text("Russian jets struck Saraqeb on Sunday.", encoding="utf-8")
    _, out, _ = run(capsys, "extract", report, "--format", "json")
    assert json.loads(out)[0]["event_date"] == ""
    _, out, _ = run(capsys, "extract", report, "--published", "2018-02-05", "--format", "json")
    assert json.loads(out)[0]["event_date"] == "2018-02-04"
    _, out, _ = run(capsys, "extract", WIRE, "--published", "2020-01-01", "--format", "json")
    assert json.loads(out)[1]["event_date"] == "2018-02-05"  # the report's own date wins


def test_extract_with_user_places(capsys, tmp_path):
    places = tmp_path / "places.csv"
    places.write_text("name,lat,lon,kind\nKhirbet Zaytouna Camp,36.2,36.7,camp\n", encoding="utf-8")
    report = tmp_path / "camp.txt"
    report.write_text("published: 2020-02-10\n\nA strike hit Khirbet Zaytouna Camp, killing 2 people.",
                      encoding="utf-8")
    _, out, _ = run(capsys, "extract", report, "--places", places, "--format", "json")
    (ev,) = json.loads(out)
    assert (ev["location"], ev["latitude"], ev["fatalities"], ev["targets"]) == ("Khirbet Zaytouna Camp", 36.2, 2, "camp")


def test_geoparse_json_per_report(capsys):
    code, out, _ = run(capsys, "geoparse", "--json", WIRE, EXAMPLES / "2018-02-07-non-places.txt")
    data = json.loads(out)
    assert code == 0 and list(data) == ["wire-2018-02-05", "non-places"]
    first = data["wire-2018-02-05"][0]
    assert set(first) >= {"text", "start", "end", "place", "score"}
    assert (first["text"], first["place"]["id"], first["place"]["admin1"]) == ("Idlib", "ocha:SY07", "Idleb")
    assert [m["text"] for m in data["non-places"]] == ["Idlib"]


def test_geoparse_text_lines(capsys):
    code, out, _ = run(capsys, "geoparse", EXAMPLES / "2018-02-05-arabic-snippet.txt")
    assert code == 0
    assert out.splitlines()[0] == "arabic-snippet\t15-20\tسراقب\tSaraqib (town, Idleb) 0.98\tgeo_precision 1"


def test_merge_command(capsys, tmp_path):
    a, b, merged = tmp_path / "a.csv", tmp_path / "b.json", tmp_path / "merged.csv"
    run(capsys, "extract", WIRE, "-o", a)
    run(capsys, "extract", MONITOR, "-o", b)
    code, _, err = run(capsys, "merge", a, b, "-o", merged)
    assert code == 0 and err.splitlines()[-1].startswith(f"12 events merged into 9 -> {merged} (")
    rows = list(csv.DictReader(io.StringIO(merged.read_text(encoding="utf-8"))))
    idlib = [r for r in rows if r["place_id"] == "gn:169389"][0]
    assert (idlib["fatalities"], idlib["fatalities_min"], idlib["fatalities_max"], idlib["sources_count"]) == (
        "3", "3", "15", "2")
    assert idlib["report_id"] == "monitor-2018-02-06; wire-2018-02-05"
    code, out, _ = run(capsys, "extract", WIRE, MONITOR, "--merge", "--format", "json")
    assert len(json.loads(out)) == 9


@pytest.mark.parametrize("argv, message", [
    (["extract", "{tmp}/bad.txt"], "{tmp}/bad.txt:1: field 'published': not a date (YYYY-MM-DD): 'Feb 5'"),
    (["extract", str(WIRE), "--published", "5/2/2018"], "field '--published': not a date (YYYY-MM-DD): '5/2/2018'"),
    (["geoparse", "{tmp}/missing.txt"], "{tmp}/missing.txt: no such file"),
    (["merge", "{tmp}/events.csv", "-o", "{tmp}/out.csv"], "{tmp}/events.csv:3: field 'latitude': expected a number from -90 to 90, got 'north'"),
    (["merge", "{tmp}/events.txt", "-o", "{tmp}/out.csv"], "{tmp}/events.txt: unknown event table format '.txt' (use .csv, .json, .jsonl, .geojson, .gpkg, .parquet)"),
])
def test_errors_are_one_line_with_exit_code_2_and_no_output(capsys, tmp_path, argv, message):
    (tmp_path / "bad.txt").write_text("published: Feb 5\n\nJets hit Saraqeb.", encoding="utf-8")
    (tmp_path / "events.csv").write_text("event_date,event_type,latitude,longitude\n2018-02-04,Battles,35,36\n"
                                         "2018-02-04,Battles,north,36\n", encoding="utf-8")
    (tmp_path / "events.txt").write_text("x", encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv] + ["-o", str(tmp_path / "out.csv")] * ("-o" not in argv)
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err == f"geo-idlib: error: {message.replace('{tmp}', str(tmp_path))}\n"
    assert not (tmp_path / "out.csv").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_console_script_runs(tmp_path):
    out = tmp_path / "events.csv"
    done = subprocess.run([sys.executable, "-m", "geo_idlib.cli", "extract", str(MONITOR), "-o", str(out)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")


def test_events_as_geodataframe(gz):
    from geo_idlib.reports import extract_reports, read_reports
    from geo_idlib.reports.table import events_to_geodataframe

    events = extract_reports(read_reports([MONITOR, EXAMPLES / "2019-06-displacement.txt"]), gazetteer=gz)
    gdf = events_to_geodataframe(events)
    assert gdf.crs.to_epsg() == 4326 and len(gdf) == len(events) == 8
    assert (gdf.geometry.x.round(5).tolist()[:2], gdf.geometry.y.round(5).tolist()[:2]) == (
        [36.56449, 36.803], [35.61376, 35.707])
    blank = events_to_geodataframe(events.assign(latitude=float("nan")).head(1))
    assert blank.geometry.isna().all()
