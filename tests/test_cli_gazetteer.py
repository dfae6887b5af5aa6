"""The gazetteer commands as a user runs them: output, JSON shape, errors and exit codes."""
import json
import subprocess
import sys

import pytest

from geo_idlib.cli import main

FIELDS = {"id", "name", "name_ar", "lat", "lon", "kind", "admin1", "admin2", "admin3", "pcode", "score", "matched"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_resolve_json_is_one_candidate_list_per_name(capsys):
    code, out, _ = run(capsys, "resolve", "Saraqeb", "سراقب", "Nowhereville", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 3
    assert set(data[0][0]) == FIELDS
    assert data[0][0]["id"] == data[1][0]["id"] == "gn:164816" and data[0][0]["pcode"] == "SY070003"
    assert data[0][0]["score"] >= data[0][-1]["score"]
    assert data[2] == []


def test_resolve_text_one_line_per_name(capsys):
    code, out, _ = run(capsys, "resolve", "Kafr Nubl", "Nowhereville", "--limit", "2")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("Kafr Nubl\tKafranbel\tكفر نبل\t35.61376,36.56449\ttown\tKafr Nobol / Al Ma'ra / Idleb\tSY070203")
    assert lines[1] == "Nowhereville\tunknown"


def test_resolve_hints(capsys):
    _, out, _ = run(capsys, "resolve", "Dana", "--near", "Maarat al-Numan", "--json", "--limit", "1")
    assert json.loads(out)[0][0]["id"] == "wp:ad-dana"
    _, out, _ = run(capsys, "resolve", "Maasran", "--admin1", "Hama", "--json", "--limit", "1")
    assert json.loads(out)[0][0]["admin1"] == "Hama"
    _, out, _ = run(capsys, "resolve", "Idlib", "--kind", "admin unit", "--json", "--limit", "1")
    assert json.loads(out)[0][0]["id"] == "ocha:SY07"


def test_reverse_text_and_json(capsys):
    code, out, _ = run(capsys, "reverse", "35.864", "36.806")
    assert code == 0 and out.splitlines()[0].startswith("Saraqib\tسراقب\t0.05 km")
    assert "admin3\tSaraqab\tسراقب\tSY070003" in out
    _, out, _ = run(capsys, "reverse", "35.864", "36.806", "--json")
    assert json.loads(out)["admin"][2]["pcode"] == "SY070003"


def test_search_stats_and_places_option(capsys, tmp_path):
    _, out, _ = run(capsys, "gazetteer", "search", "shughur", "--limit", "3")
    assert out.splitlines()[0].startswith("gn:169023\tJisr ash Shughūr")
    _, out, _ = run(capsys, "gazetteer", "stats", "--json")
    stats = json.loads(out)
    assert stats["kind"]["admin unit"] == 348 and stats["source"]["wikipedia"] > 2000
    places = tmp_path / "mine.csv"
    places.write_text("name,lat,lon,kind\nTest Camp Zeta,36.19,36.70,camp\n", encoding="utf-8")
    _, out, _ = run(capsys, "resolve", "Test Camp Zeta", "--places", str(places), "--json")
    assert json.loads(out)[0][0]["kind"] == "camp"


@pytest.mark.parametrize("argv,message", [
    (["resolve", "Dana", "--admin1", "Atlantis"], "field 'admin1': unknown governorate 'Atlantis'"),
    (["resolve", "Dana", "--near", "Nowhereville"], "field 'near': unknown place 'Nowhereville'"),
    (["resolve", "Dana", "--limit", "0"], "--limit must be at least 1"),
    (["resolve", "Dana", "--kind", "castle"], "unknown kind"),
    (["reverse", "99", "36"], "not a coordinate"),
])
def test_bad_input_is_one_line_and_exit_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("geo-idlib: error: ") and message in err


def test_bad_places_file_names_file_line_field(capsys, tmp_path):
    places = tmp_path / "bad.csv"
    places.write_text("name,lat,lon\nOk,35,36\nBad,x,36\n", encoding="utf-8")
    code, _, err = run(capsys, "resolve", "Ok", "--places", str(places))
    assert code == 2 and err.strip() == f"geo-idlib: error: {places}:3: field 'lat': not a number: 'x'"


def test_build_writes_a_gazetteer_that_loads(capsys, tmp_path):
    code, out, _ = run(capsys, "gazetteer", "build", "-o", str(tmp_path))
    assert code == 0 and "places" in out and "'Marshemarin'" in out
    from geo_idlib.gazetteer import Gazetteer

    built = Gazetteer.from_folder(tmp_path)
    assert built.resolve("Saraqeb")[0].place.id == "gn:164816"


def test_console_script_runs():
    proc = subprocess.run([sys.executable, "-m", "geo_idlib.cli", "resolve", "Khan Cheikhoun"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and "Khān Shaykhūn" in proc.stdout
