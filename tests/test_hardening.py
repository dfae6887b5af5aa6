"""Malformed input is one clear error; nothing is written after a failure; nothing is misread.

Each test here failed before the hardening of issue 13 (see tests/bad_inputs/ for the corpus).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from geo_idlib.cli import main
from geo_idlib.errors import InputError
from geo_idlib.tables import events_frame, read_table, write_table

ROOT = Path(__file__).resolve().parent.parent


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.removeprefix("geo-idlib: error: ").rstrip("\n")


def leftovers(folder: Path) -> list[str]:
    """Hidden temporary files the writers stage beside their outputs."""
    return sorted(p.name for p in folder.rglob(".*") if p.is_file())


# ----------------------------------------------------------------------- what the writer writes

def test_a_carriage_return_in_a_report_reads_back_as_one_row(tmp_path, capsys):
    report = write(tmp_path / "cr.jsonl", json.dumps({"published": "2018-02-05", "outlet": "Demo\rWire",
                                                      "text": "Jets struck Saraqeb on Monday,\rkilling two people."}))
    events = tmp_path / "e.csv"
    assert main(["extract", str(report), "-o", str(events)]) == 0
    back = read_table(events)
    assert back["source"].tolist() == ["Demo\rWire"] and "\r" in back["quote"].iloc[0]
    assert main(["map", str(events), "-o", str(tmp_path / "m.html"), "--offline"]) == 0


def test_a_cell_longer_than_the_csv_module_default_reads_back(tmp_path, capsys):
    quote = " | ".join(f"Report {i}: jets struck Saraqeb on Monday, killing two people." * 40 for i in range(60))
    assert len(quote) > 131_072
    table = events_frame([{"event_date": "2018-02-05", "latitude": 35.86, "longitude": 36.8, "quote": quote}])
    for suffix in (".csv", ".json"):
        path = write_table(table, tmp_path / f"big{suffix}")
        assert read_table(path)["quote"].tolist() == [quote]
    assert main(["merge", str(tmp_path / "big.csv"), "-o", str(tmp_path / "merged.csv")]) == 0


# ----------------------------------------------------------------------- what the readers refuse

HEADER = "event_date,latitude,longitude,location\n"


@pytest.mark.parametrize("name, content, message", [
    ("cut.csv", HEADER + "2018-02-05,35.9,36.6,Idlib\n2018-02-06,35.86,36.",
     "cut.csv:3: field 'location': missing cell (3 cells for 4 columns: a row cut short?)"),
    ("cut_number.csv", "event_date,location,latitude,longitude\n2018-02-06,Saraqib,35.86,36.",
     "cut_number.csv:2: field 'longitude': expected a number from -180 to 180, got '36.'"),
    ("open_quote.csv", HEADER + '2018-02-05,35.9,36.6,"Idlib\n2018-02-06,35.8,36.7,Saraqib\n',
     "open_quote.csv:2: field 'location': not a readable CSV: a quoted cell is not closed before the end of the file"),
    ("two_latitudes.csv", "event_date,latitude,longitude,latitude\n2018-02-05,35.9,36.6,35.1\n",
     "two_latitudes.csv:1: field 'latitude': column named twice (columns 2 and 4)"),
    ("comma_decimal.csv", 'event_date,latitude,longitude,fatalities\n2018-02-05,35.9,36.6,"1,5"\n',
     "comma_decimal.csv:2: field 'fatalities': expected a whole number, got '1,5'"),
    ("twice.json", '[{"latitude": 35.9, "longitude": 36.6,\n  "origin": "Saraqib", "origin": "Ariha"}]',
     "twice.json:1: field 'origin': given twice in one record (which value is meant?)"),
    ("list.jsonl", '{"latitude": 35.9, "longitude": 36.6, "location": ["Idlib", "Ariha"]}\n',
     "list.jsonl:1: field 'location': expected text, got [\"Idlib\", \"Ariha\"]"),
    ("props.geojson", '{"type": "FeatureCollection", "features": [\n {"type": "Feature", "properties": [1, 2],\n'
                      '  "geometry": {"type": "Point", "coordinates": [36.6, 35.9]}}]}',
     "props.geojson:2: field 'properties': expected an object of the event's fields, got a list"),
    ("disagree.geojson", '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                         '{"latitude": 35.1}, "geometry": {"type": "Point", "coordinates": [36.6, 35.9]}}]}',
     "disagree.geojson:1: field 'latitude': 35.1 in the properties, 35.9 in the geometry"),
])
def test_malformed_tables_are_one_error_naming_file_line_and_field(tmp_path, capsys, name, content, message):
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as err:
        read_table(path)
    assert str(err.value) == f"{tmp_path}/{message}"
    assert main(["map", str(path), "-o", str(tmp_path / "m.html")]) == 2
    assert error_line(capsys) == f"{tmp_path}/{message}" and not (tmp_path / "m.html").exists()


def test_control_and_flows_tables_name_physical_lines(tmp_path, capsys):
    status = write(tmp_path / "status.csv", 'date,place,controller,source\n2018-01-01,Saraqib,government,"a\nb"\n\n'
                                            "2018-01-01,Ariha,nobody,x\n")
    assert main(["frontline", str(status), "-o", str(tmp_path / "f.geojson")]) == 2
    assert error_line(capsys) == f"{status}:5: field 'controller': unknown controller 'nobody' (one of: " \
                                 "government, opposition, HTS, Turkey-backed, SDF, IS, contested)"
    flows = write(tmp_path / "flows.csv", "origin,destination,people,date,people\nSaraqib,Atmeh,5,2019-05-01,6\n")
    assert main(["flows", str(flows), "-o", str(tmp_path / "f.geojson")]) == 2
    assert error_line(capsys) == f"{flows}:1: field 'people': column named twice (columns 3 and 5)"


@pytest.mark.parametrize("rows", [["2018-01-01,Saraqib,government"],
                                  ["2018-01-01,Saraqib,government", "2018-01-01,Ariha,government"]])
def test_a_control_table_of_one_date_and_one_side_draws(tmp_path, capsys, rows):
    status = write(tmp_path / "status.csv", "date,place,controller\n" + "\n".join(rows) + "\n")
    assert main(["map", "--control", str(status), "-o", str(tmp_path / "m.html"), "--offline"]) == 0
    assert "Control on 2018-01-01" in (tmp_path / "m.html").read_text(encoding="utf-8")


# ----------------------------------------------------------------------- nothing written after a failure

@pytest.fixture
def events_csv(tmp_path) -> Path:
    return write(tmp_path / "in" / "events.csv", HEADER + "2018-02-05,35.93,36.63,Idlib\n")


def test_a_folder_at_an_output_stops_before_any_work_and_keeps_the_map(tmp_path, capsys, events_csv):
    out = write(tmp_path / "m.html", "the map of yesterday")
    (tmp_path / "e.csv").mkdir()
    assert main(["map", str(events_csv), "-o", str(out), "--events-out", str(tmp_path / "e.csv")]) == 2
    assert error_line(capsys) == f"{tmp_path / 'e.csv'}: field 'out': is a folder: give a file name"
    assert out.read_text() == "the map of yesterday" and leftovers(tmp_path) == []


def test_one_path_for_two_outputs_is_an_error(tmp_path, capsys, events_csv):
    out = tmp_path / "m.html"
    assert main(["map", str(events_csv), "-o", str(out), "--events-out", str(tmp_path / "m.review.csv")]) == 2
    assert "field 'out': given for two outputs" in error_line(capsys) and not out.exists()


def test_png_without_chromium_stops_first_and_keeps_the_map(tmp_path, capsys, events_csv, monkeypatch):
    import geo_idlib.render.png as png

    monkeypatch.setattr(png, "CHROMIUM", str(tmp_path / "no-chromium"))
    out = write(tmp_path / "m.html", "the map of yesterday")
    assert main(["map", str(events_csv), "-o", str(out), "--png", str(tmp_path / "m.png")]) == 2
    assert error_line(capsys).startswith(f"field 'png': no chromium at {tmp_path / 'no-chromium'}")
    assert out.read_text() == "the map of yesterday" and not (tmp_path / "m.png").exists()


def test_a_failed_rename_puts_back_the_outputs_already_replaced(tmp_path, monkeypatch):
    from geo_idlib import io

    a, b = write(tmp_path / "a.html", "old a"), write(tmp_path / "b.csv", "old b")
    real = os.replace

    def replace(src, dst):
        if Path(dst) == b:
            raise PermissionError(13, "Permission denied", str(dst))
        return real(src, dst)

    monkeypatch.setattr(io.os, "replace", replace)
    with pytest.raises(InputError, match=r"b.csv: field 'out': cannot write \(Permission denied\)"):
        io.write_all({a: "new a", b: "new b", tmp_path / "sub" / "c.png": b"new c"})
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert leftovers(tmp_path) == [] and not (tmp_path / "sub").exists()


def test_a_map_named_like_an_address_scheme_gets_its_embed(tmp_path, capsys, events_csv):
    out = tmp_path / "a:b.html"
    assert main(["map", str(events_csv), "-o", str(out), "--embed", "--offline"]) == 0
    assert 'src="a%3Ab.html"' in (tmp_path / "a:b.embed.html").read_text(encoding="utf-8")


def test_sigterm_while_writing_removes_the_staged_files_and_keeps_the_old_ones(tmp_path, events_csv):
    out = write(tmp_path / "m.html", "the map of yesterday")
    script = ("import os, signal, sys\n"
              "import geo_idlib.io as io\n"
              "stage = io._stage\n"
              "def staged(*args):\n"
              "    tmp = stage(*args)\n"
              "    os.kill(os.getpid(), signal.SIGTERM)\n"
              "    return tmp\n"
              "io._stage = staged\n"
              "from geo_idlib.cli import main\n"
              "sys.exit(main(sys.argv[1:]))\n")
    run = subprocess.run([sys.executable, "-c", script, "map", str(events_csv), "-o", str(out), "--offline"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=300)
    assert run.returncode == 143
    assert run.stderr == "geo-idlib: stopped by a signal (outputs are written whole or not at all)\n"
    assert out.read_text() == "the map of yesterday" and leftovers(tmp_path) == []
    assert not (tmp_path / "m.review.csv").exists()


def test_extract_reads_a_folder_and_refuses_a_spreadsheet_suffix(tmp_path, capsys):
    reports = ROOT / "examples" / "reports"
    assert main(["extract", str(reports), "-o", str(tmp_path / "e.csv"), "-q"]) == 0
    assert len(read_table(tmp_path / "e.csv")) > 10
    capsys.readouterr()
    assert main(["extract", str(reports), "-o", str(tmp_path / "e.xlsx")]) == 2
    assert error_line(capsys).endswith("field 'out': unknown output format '.xlsx' (use .csv, .json, .jsonl, "
                                       ".geojson, .gpkg, .parquet)")
    assert not (tmp_path / "e.xlsx").exists()


def test_json_records_keep_their_types(tmp_path):
    path = write(tmp_path / "e.json", json.dumps([{"latitude": "35.9", "longitude": 36.6, "fatalities": "1,500",
                                                   "admin1": 7}]))
    row = read_table(path).iloc[0]
    assert (row["latitude"], row["fatalities"], row["admin1"]) == (35.9, 1500, "7")
    assert pd.isna(read_table(write(tmp_path / "n.json", '[{"latitude": null, "longitude": null}]'))["latitude"][0])


def test_text_arguments_that_are_not_utf8_are_one_error(tmp_path, capsys, events_csv):
    out = tmp_path / "m.html"
    assert main(["map", str(events_csv), "-o", str(out), "--title", "Raids \udcff"]) == 2  # bytes a shell passed
    assert error_line(capsys) == "field 'title': not UTF-8 text (is the terminal set to UTF-8?)" and not out.exists()
    assert main(["map", str(events_csv), "-o", str(tmp_path / "m\udcff.html"), "--embed", "-q"]) == 0  # a file name
    assert 'src="m%FF.html"' in (tmp_path / "m\udcff.embed.html").read_text(encoding="utf-8")


def test_thirty_reports_of_one_strike_merge_into_a_table_map_and_merge_read(tmp_path, capsys):
    for i in range(30):
        witnesses = " ".join(f"witness{i}x{j} saw the smoke rise over the market" for j in range(100))
        write(tmp_path / "news" / f"r{i}.txt", f"published: 2018-02-06\noutlet: Outlet {i}\n\n"
                                               f"Jets struck Saraqeb on Monday, killing two people, as {witnesses}.\n")
    events = tmp_path / "events.csv"
    assert main(["extract", str(tmp_path / "news"), "--merge", "-o", str(events), "-q"]) == 0
    assert len(read_table(events)["quote"][0]) > 131_072  # the csv module's own limit
    assert main(["map", str(events), "-o", str(tmp_path / "m.html"), "--offline", "-q"]) == 0
    assert main(["merge", str(events), "-o", str(tmp_path / "again.csv"), "-q"]) == 0


@pytest.mark.parametrize("argv, field", [
    (["merge", str(ROOT / "examples" / "events_demo.csv"), "--max-km", "nan"], "max-km"),
    (["merge", str(ROOT / "examples" / "events_demo.csv"), "--max-km", "-1"], "max-km"),
    (["gazetteer", "search", "Idlib", "--limit", "-3"], "limit"),
])
def test_numbers_on_the_command_line_are_checked(capsys, argv, field):
    assert main(argv) == 2 and error_line(capsys).startswith(f"field {field!r}: ")


def test_an_embed_address_it_refuses_stops_before_the_work(tmp_path, capsys, monkeypatch, events_csv):
    import geo_idlib.cli.map_cmds as map_cmds

    monkeypatch.setattr(map_cmds, "load_gazetteer", lambda args: pytest.fail("the work began"))
    out = tmp_path / "m.html"
    assert main(["map", str(events_csv), "-o", str(out), "--embed", "--embed-src", "javascript:alert(1)"]) == 2
    assert "the map's address must be relative or http(s)" in error_line(capsys) and not out.exists()


def test_gazetteer_build_on_a_source_that_is_not_utf8_is_one_error_and_writes_nothing(tmp_path, capsys):
    import shutil

    sources = tmp_path / "sources"
    shutil.copytree(ROOT / "gazetteer" / "sources", sources)
    curated = sources / "curated.csv"
    curated.write_bytes(curated.read_bytes().replace(b"Jabla", "J\xe2bla".encode("latin-1"), 1))  # Latin-1
    out = tmp_path / "built"
    assert main(["gazetteer", "build", "--sources", str(sources), "-o", str(out)]) == 2
    assert error_line(capsys).startswith(f"{curated}:") and not out.exists()
