"""``geo-idlib map`` with control tables and flows: events optional, errors before any output."""
import csv
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
    assert "Control on 2019-08-23" in html and "Changed hands 2019-05-13 \\u2192 2019-05-22" in html
    assert "Displacement flows" in html
    days = sorted({row["date"] for row in csv.DictReader(open(CONTROL, encoding="utf-8"))})
    assert f"Control on {len(days)} dates, {days[0]} to {days[-1]}" in html  # the subtitle
    assert '"className":"gi-nodata"' in html and "No data: no place with a known status within 10 km" in html
    again = tmp_path / "again.html"
    main(["map", "--control", str(CONTROL), "--flows", str(FLOWS), "-o", str(again), "--offline"])
    assert out.read_bytes() == again.read_bytes()


def test_date_filter_applies_to_control_and_carries_the_status_to_its_start(tmp_path):
    out = tmp_path / "late.html"
    assert main(["map", "--control", str(CONTROL), "-o", str(out), "--from", "2019-05-15"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Control on 2019-05-15" in html and "Control on 2019-05-22" in html and "Control on 2019-05-09" not in html


def test_captures_in_reports_move_the_front_and_are_listed_for_review(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    (news / "saraqib.txt").write_text("Published 7 February 2020\n\nGovernment forces captured Saraqeb on "
                                      "Thursday after a week of fighting, a monitor said.\n", encoding="utf-8")
    table = tmp_path / "status.csv"
    table.write_text("date,place,controller\n2019-12-01,Saraqib,opp\n2019-12-01,Sarmin,opp\n"
                     "2019-12-01,Maarat al-Numan,opp\n2019-12-01,Taftanaz,opp\n", encoding="utf-8")
    out = tmp_path / "front.html"
    assert main(["map", str(news), "--control", str(table), "-o", str(out), "--offline"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Control on 2020-02-06" in html and "Changed hands 2019-12-01 \\u2192 2020-02-06" in html
    review = (tmp_path / "front.review.csv").read_text(encoding="utf-8").splitlines()
    moved = [line for line in review if ",front moved," in line]
    assert len(moved) == 1 and "Saraqib: opposition → government on 2020-02-06" in moved[0]
    assert not [line for line in review if ",capture," in line]  # the front row stands for it
    overrides = tmp_path / "overrides.csv"
    overrides.write_text(f"id,action\n{moved[0].split(',')[0]},drop\n", encoding="utf-8")
    assert main(["map", str(news), "--control", str(table), "-o", str(out), "--offline",
                 "--overrides", str(overrides)]) == 0
    assert "Control on 2020-02-06" not in out.read_text(encoding="utf-8")  # dropped: the front stays


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
