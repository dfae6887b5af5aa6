"""``geo-idlib map`` with control tables and flows: events optional, errors before any output."""
from pathlib import Path

import pytest

from geo_idlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CONTROL = EXAMPLES / "control" / "southern_idlib_2019.csv"
FLOWS = EXAMPLES / "flows_demo.csv"


def test_control_and_flows_without_events(tmp_path, capsys):
    out = tmp_path / "front.html"
    assert main(["map", "--control", str(CONTROL), "--flows", str(FLOWS), "-o", str(out), "--offline"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Control on 2019-08-31" in html and "Changed hands 2019-05-31" in html and "Displacement flows" in html
    assert "Control on 2017-10-01, 2019-05-31, 2019-08-31" in html  # the subtitle (no events)
    assert '"className":"gi-hatched"' in html  # Kafr Nabudah is contested in May 2019
    again = tmp_path / "again.html"
    main(["map", "--control", str(CONTROL), "--flows", str(FLOWS), "-o", str(again), "--offline"])
    assert out.read_bytes() == again.read_bytes()


def test_date_filter_applies_to_control(tmp_path):
    out = tmp_path / "late.html"
    assert main(["map", "--control", str(CONTROL), "-o", str(out), "--from", "2019-05-01"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Control on 2019-05-31" in html and "Control on 2017-10-01" not in html


@pytest.mark.parametrize("files,message", [
    ({"status.csv": "date,place,controller\n2019-01-01,Atlantis,gov\n"}, "status.csv:2: field 'place': unknown place 'Atlantis'"),
    ({"flows.csv": "origin,destination,people,date\nKhan Shaykhun,Atme,lots,2019-06-01\n"}, "flows.csv:2: field 'people'"),
])
def test_bad_tables_exit_2_and_write_nothing(tmp_path, capsys, files, message):
    (name, text), = files.items()
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    option = "--control" if name == "status.csv" else "--flows"
    out = tmp_path / "map.html"
    assert main(["map", option, str(path), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert not out.exists()


def test_nothing_to_draw(tmp_path, capsys):
    assert main(["map", "-o", str(tmp_path / "m.html")]) == 2
    assert "nothing to draw" in capsys.readouterr().err


def test_date_filter_applies_to_flows(tmp_path):
    out = tmp_path / "2019.html"
    assert main(["map", "--flows", str(FLOWS), "-o", str(out), "--from", "2019-01-01", "--to", "2019-12-31"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "300,000" in html and "900,000" not in html and "10,000 people fled" not in html
