"""``geo-idlib map REPORTS...``: the one command from a folder of reports to a reviewed map."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from geo_idlib.cli import build_parser, main
from geo_idlib.reports.reading import read_reports
from geo_idlib.tables import read_table

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "examples" / "reports"


def payload(html: str) -> dict:
    return json.loads(re.search(r'id="strikes_layer_\d+_data">(.*?)</script>', html, re.S).group(1))


def review_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the one command

def library_counts(gz) -> tuple[int, int, int, int]:
    """Reports, undated reports, events and merged events of the example reports, by the library."""
    from geo_idlib.reports import extract_reports, merge_events

    reports = read_reports([REPORTS])
    events = extract_reports(reports, gazetteer=gz)
    return len(reports), sum(r.published is None for r in reports), len(events), len(merge_events(events))


def test_a_folder_of_reports_becomes_a_map_a_review_file_and_a_table(tmp_path, capsys, gz):
    out, events = tmp_path / "maps" / "idlib.html", tmp_path / "maps" / "idlib_events.gpkg"
    assert main(["map", str(REPORTS), "-o", str(out), "--events-out", str(events), "--embed", "--offline"]) == 0
    err = capsys.readouterr().err
    n, undated, extracted, merged = library_counts(gz)
    assert (f"{n} reports read ({undated} undated), {extracted} events from reports, {extracted - merged} merged, "
            f"0 dropped; {merged} events on the map") in err
    assert f"{out} (" in err and f"{tmp_path / 'maps' / 'idlib.review.csv'} (" in err  # outputs and sizes
    assert payload(out.read_text(encoding="utf-8"))["n"] == merged
    assert len(read_table(events)) == merged
    checks = {(r["check"], r["place"]) for r in review_rows(tmp_path / "maps" / "idlib.review.csv")}
    assert ("merged", "Idlib") in checks and ("capture", "Qal‘at al Maḑīq") in checks
    assert (tmp_path / "maps" / "idlib.embed.html").exists()


def test_reports_and_event_tables_together(tmp_path, capsys, gz):
    from geo_idlib.reports import extract_reports

    monitor = REPORTS / "2018-02-06-monitor-raids.txt"
    out, told = tmp_path / "m.html", len(extract_reports(read_reports([monitor]), gazetteer=gz))
    assert main(["map", str(monitor), str(ROOT / "examples" / "events_demo.csv"), "-o", str(out), "--offline"]) == 0
    err = capsys.readouterr().err
    assert f"{told} events from reports, 31 from tables" in err
    data = payload(out.read_text(encoding="utf-8"))
    assert data["n"] < told + 31  # the monitor's raids of 5 February are in the demo table too: merged


def test_extract_output_with_an_unknown_flow_origin_is_drawn_and_listed(tmp_path, capsys):
    report = write(tmp_path / "fled.txt", "published: 2019-07-22\n\nAbout 5,000 people fled from Wadi Qirmiz to "
                                          "camps near Atmeh on Monday, the UN said.\n")
    events, out = tmp_path / "ev.csv", tmp_path / "m.html"
    assert main(["extract", str(report), "-o", str(events)]) == 0
    assert read_table(events)["origin"].tolist() == ["Wadi Qirmiz"]
    assert main(["map", str(events), "-o", str(out)]) == 0
    (row,) = review_rows(tmp_path / "m.review.csv")
    assert (row["check"], row["why"]) == ("not on the map", "origin: unknown place 'Wadi Qirmiz' (no gazetteer match)")


def test_a_flight_from_common_words_has_no_origin(tmp_path):
    report = write(tmp_path / "fled.txt", "published: 2019-07-22\n\nAbout 5,000 people fled from the front lines "
                                          "to camps near Atmeh on Monday, the UN said.\n")
    events = tmp_path / "ev.csv"
    assert main(["extract", str(report), "-o", str(events)]) == 0
    assert read_table(events)[["origin", "people"]].values.tolist() == [["", 5000]]


def test_flows_tables_with_unknown_places_are_listed_not_fatal(tmp_path, capsys):
    flows = write(tmp_path / "flows.csv", "origin,destination,people,date\nSaraqeb,Atme,900,2020-02-01\n"
                                         "the frontlines,Atme,500,2020-02-02\n")
    assert main(["map", "--flows", str(flows), "-o", str(tmp_path / "m.html")]) == 0
    (row,) = review_rows(tmp_path / "m.review.csv")
    assert row["id"] == f"{flows}:3" and row["why"].startswith("origin: unknown place 'the frontlines'")
    assert main(["flows", str(flows), "-o", str(tmp_path / "f.geojson")]) == 0
    err = capsys.readouterr().err
    assert f"{flows}:3: field 'origin': unknown place 'the frontlines' (no gazetteer match) (left out)" in err


def test_map_time_filters(tmp_path, capsys):
    demo = ROOT / "examples" / "events_demo.csv"
    out = tmp_path / "m.html"
    assert main(["map", str(demo), "-o", str(out), "--types", "capture,Armed clash"]) == 0
    data = payload(out.read_text(encoding="utf-8"))
    assert {data["strings"][i] for i in data["cols"]["sub_event_type"]} == {
        "Government regains territory", "Non-state actor overtakes territory", "Armed clash"}
    assert main(["map", str(demo), "-o", str(out), "--actors", "russia"]) == 0
    data = payload(out.read_text(encoding="utf-8"))
    assert data["n"] and all("russia" in data["strings"][i].lower() for i in data["cols"]["actor1"])
    assert main(["map", str(demo), "-o", str(out), "--types", "nonsense"]) == 2
    assert "field 'types': unknown type 'nonsense'" in capsys.readouterr().err


def test_min_confidence_leaves_events_off_and_lists_them(tmp_path, capsys):
    write(tmp_path / "r" / "dated.txt", "published: 2018-02-06\n\nJets struck Saraqeb on Monday.\n")
    write(tmp_path / "r" / "undated.txt", "Shelling hit Ariha on Sunday.\n")  # the day is not known
    out, reports = tmp_path / "m.html", str(tmp_path / "r")
    assert main(["map", reports, "-o", str(out), "--min-confidence", "0.85"]) == 0
    rows = review_rows(tmp_path / "m.review.csv")
    low = [r for r in rows if r["check"] == "low confidence"]
    assert [r["place"] for r in low] == ["Arīḩā"] and "left off the map" in low[0]["why"]
    assert payload(out.read_text(encoding="utf-8"))["n"] == 1
    overrides = write(tmp_path / "o.csv", f"id,action\n{low[0]['id']},ok\n")
    assert main(["map", reports, "-o", str(out), "--min-confidence", "0.85", "--overrides", str(overrides)]) == 0
    assert payload(out.read_text(encoding="utf-8"))["n"] == 2  # checked by a person: drawn
    assert not [r for r in review_rows(tmp_path / "m.review.csv") if r["check"] == "low confidence"]


def test_online_basemap_by_xyzservices_name(tmp_path, capsys):
    out = tmp_path / "m.html"
    demo = ROOT / "examples" / "events_demo.csv"
    assert main(["map", str(demo), "-o", str(out), "--basemap", "OpenStreetMap.HOT"]) == 0
    assert "tile.openstreetmap.fr/hot" in out.read_text(encoding="utf-8")
    assert main(["map", str(demo), "-o", str(out), "--basemap", "Nowhere.Tiles"]) == 2
    assert "field 'basemap': no basemap called 'Nowhere.Tiles'" in capsys.readouterr().err
    assert main(["map", str(demo), "-o", str(out), "--basemap", "OpenTopoMap", "--offline"]) == 2


def test_bad_input_writes_nothing_at_all(tmp_path, capsys):
    good = write(tmp_path / "good.txt", "published: 2018-02-06\n\nJets struck Saraqeb on Monday.\n")
    bad = write(tmp_path / "bad.csv", "event_date,latitude,longitude\n2018-02-05,35.9,36.6\n2018-02-05,35.9,x\n")
    out = tmp_path / "out" / "m.html"
    argv = ["map", str(good), str(bad), "-o", str(out), "--events-out", str(tmp_path / "out" / "e.csv"), "--embed"]
    assert main(argv) == 2
    assert capsys.readouterr().err == (f"geo-idlib: error: {bad}:3: field 'longitude': expected a number from "
                                       "-180 to 180, got 'x'\n")
    assert not (tmp_path / "out").exists()


def test_strings_from_reports_reach_the_page_escaped(tmp_path, capsys):
    report = write(tmp_path / "r.txt", "published: 2018-02-06\ntitle: <b>x</b>\noutlet: <img src=x onerror=alert(1)>\n"
                                       "\nJets struck Saraqeb on Monday <script>alert(2)</script>, killing 3.\n")
    out = tmp_path / "m.html"
    assert main(["map", str(report), "-o", str(out), "--title", "</title><script>alert(3)</script>"]) == 0
    html = out.read_text(encoding="utf-8")
    for raw in ("<script>alert(2)", "<img src=x", "<script>alert(3)"):
        assert raw not in html


# --------------------------------------------------------------------------- the review loop

def test_review_loop_places_and_overrides_shrink_the_review_file(tmp_path, capsys):
    reports = tmp_path / "reports"
    write(reports / "a.txt", "published: 2019-07-22\n\nRussian jets struck the village of Qaryat Zufrani on "
                             "Monday, killing four people, rescuers said.\n\nShelling hit Ariha on Sunday.\n")
    write(reports / "b.txt", "published: 2019-07-23\n\nGovernment forces captured Saraqeb on Monday.\n")
    out, events = tmp_path / "maps" / "july.html", tmp_path / "maps" / "july.csv"
    argv = ["map", str(reports), "-o", str(out), "--events-out", str(events)]
    assert main(argv) == 0
    first = review_rows(tmp_path / "maps" / "july.review.csv")
    assert [(r["id"], r["check"], r["report"]) for r in first] == [
        ("a/Qaryat Zufrani", "unknown place", "a"), (first[1]["id"], "capture", "b")]
    assert first[0]["sentence"].startswith("Russian jets struck the village of Qaryat Zufrani")
    assert "--places" in first[0]["suggested_fix"]
    capture = first[1]["id"]
    before = read_table(events)
    assert before["location"].tolist() == ["Arīḩā", "Saraqib"]

    places = write(tmp_path / "places.csv", "name,lat,lon,kind\nQaryat Zufrani,35.81,36.62,village\n")
    overrides = write(tmp_path / "overrides.csv", f"id,action,note\n{capture},drop,not taken that day\n")
    assert main([*argv, "--places", str(places), "--overrides", str(overrides)]) == 0
    assert review_rows(tmp_path / "maps" / "july.review.csv") == []  # only the header left
    after = read_table(events)
    assert sorted(after["location"]) == ["Arīḩā", "Qaryat Zufrani"]
    ariha = lambda t: t[t["location"] == "Arīḩā"]["event_id_cnty"].tolist()  # noqa: E731
    assert ariha(after) == ariha(before)  # ids are stable: a new event renumbers nothing
    strike = after[after["location"] == "Qaryat Zufrani"].iloc[0]
    assert (strike["event_date"], strike["fatalities"]) == ("2019-07-22", 4)

    fix = write(tmp_path / "fix.csv", f"event_id,fatalities,event_date\n{strike['event_id_cnty']},5-7,2019-07-21\n")
    assert main([*argv, "--places", str(places), "--overrides", str(fix), "--drop", capture]) == 0
    row = read_table(events).set_index("location").loc["Qaryat Zufrani"]
    assert (row["fatalities"], row["fatalities_min"], row["fatalities_max"], row["event_date"]) == (5, 5, 7, "2019-07-21")
    assert row["notes"].endswith("Corrected on review: event date, fatalities.")


def test_deaths_without_a_figure_are_listed_for_review_and_a_figure_set_there_fills_the_cell(tmp_path, capsys):
    reports = tmp_path / "reports"
    write(reports / "a.txt", "published: 2019-07-22\n\nJets struck Ariha on Sunday, killing several people.\n\n"
                             "Shelling hit Sarmin on Sunday.\n")
    out, events = tmp_path / "maps" / "m.html", tmp_path / "maps" / "m.csv"
    argv = ["map", str(reports), "-o", str(out), "--events-out", str(events)]
    assert main(argv) == 0
    rows = review_rows(tmp_path / "maps" / "m.review.csv")
    assert [(r["check"], r["place"]) for r in rows] == [("no toll figure", "Arīḩā")]  # Sarmin: no word of deaths
    assert "set 'fatalities'" in rows[0]["suggested_fix"]
    cells = {r["location"]: r["fatalities"] for r in csv.DictReader(io.StringIO(events.read_text(encoding="utf-8")))}
    assert cells == {"Arīḩā": "", "Sarmīn": "0"}
    fix = write(tmp_path / "fix.csv", f"id,fatalities\n{rows[0]['id']},3-5\n")
    assert main([*argv, "--overrides", str(fix)]) == 0
    assert review_rows(tmp_path / "maps" / "m.review.csv") == []
    row = read_table(events).set_index("location").loc["Arīḩā"]
    assert (row["fatalities"], row["fatalities_min"], row["fatalities_max"]) == (3, 3, 5)


@pytest.mark.parametrize("text, message", [
    ("id,action\nX,maybe\n", "o.csv:2: field 'action': expected drop or ok, got 'maybe'"),
    ("id,fatalities\nX,many\n", "o.csv:2: field 'fatalities': expected a number or a range such as 5-9"),
    ("id,place\n\nX,Atlantis\n", "o.csv:3: field 'place': unknown place 'Atlantis'"),
    ("id,colour\nX,red\n", "o.csv:1: unknown column 'colour'"),
    ("id,note\nX,just a note\n", "o.csv:2: field 'action': nothing to do"),
])
def test_bad_overrides_name_file_line_and_field(tmp_path, capsys, text, message):
    overrides = write(tmp_path / "o.csv", text)
    assert main(["map", str(REPORTS / "2018-02-06-monitor-raids.txt"), "-o", str(tmp_path / "m.html"),
                 "--overrides", str(overrides)]) == 2
    assert capsys.readouterr().err.startswith(f"geo-idlib: error: {tmp_path}/{message}")
    assert not (tmp_path / "m.html").exists()


def test_unused_corrections_are_named(tmp_path, capsys):
    assert main(["map", str(REPORTS / "2018-02-06-monitor-raids.txt"), "-o", str(tmp_path / "m.html"),
                 "--drop", "SYR-nothing-000000"]) == 0
    assert "--drop: no event or review item 'SYR-nothing-000000' in this run" in capsys.readouterr().err


# --------------------------------------------------------------------------- publication dates

def test_publication_date_front_matter_then_url_then_header(tmp_path):
    write(tmp_path / "1.txt", "published: 2018-02-05\nurl: https://x.org/2019/07/22/a\n\nPublished 3 March 2020\n\nText.")
    write(tmp_path / "2.txt", "url: https://x.org/news/2019/07/22/raids-on-idlib\n\nPublished 3 March 2020\n\nText.")
    write(tmp_path / "3.txt", "url: https://x.org/?p=169877\n\nRaids on Idlib\nUpdated: March 3, 2020 10:31 GMT\n\nText.")
    write(tmp_path / "4.txt", "IDLIB, Syria, Feb. 4, 2018 (Wire) - Jets struck Saraqeb on Sunday, killing 12 people "
                              "in the town, rescuers said, as the offensive went on.")
    write(tmp_path / "5.txt", "Jets struck Saraqeb on Sunday, killing twelve people, rescuers said on 4 February 2018.")
    got = [(r.report_id, r.published, r.dated_by) for r in read_reports([tmp_path])]
    assert got == [("1", dt.date(2018, 2, 5), "front matter"), ("2", dt.date(2019, 7, 22), "url"),
                   ("3", dt.date(2020, 3, 3), "text"), ("4", dt.date(2018, 2, 4), "text"), ("5", None, "")]


def test_undated_reports_are_named_and_published_fills_only_them(tmp_path, capsys):
    write(tmp_path / "r" / "dated.txt", "url: https://x.org/2018/02/06/raids\n\nJets struck Saraqeb on Monday.")
    write(tmp_path / "r" / "undated.txt", "Shelling hit Ariha on Sunday.")
    out = tmp_path / "e.json"
    assert main(["extract", str(tmp_path / "r"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: 1 report(s) without a publication date (front matter, URL or dated header): undated.txt" in err
    assert [(e["report_id"], e["event_date"]) for e in json.loads(out.read_text())] == [
        ("dated", "2018-02-05"), ("undated", "")]
    assert main(["extract", str(tmp_path / "r"), "-o", str(out), "--published", "2020-01-01"]) == 0
    assert "dated 2020-01-01 by --published: undated.txt" in capsys.readouterr().err
    assert [e["event_date"] for e in json.loads(out.read_text())] == ["2018-02-05", "2019-12-29"]


# --------------------------------------------------------------------------- the command line

def test_version_and_examples_at_the_end_of_every_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and re.fullmatch(r"geo-idlib \d+\.\d+\.\d+\n", capsys.readouterr().out)
    parser = build_parser()
    commands = [a for a in parser._actions if a.dest == "command"][0].choices
    helps = {name: p.format_help() for name, p in commands.items()}
    helps.update({f"gazetteer {n}": p.format_help() for n, p in
                  [a for a in commands["gazetteer"]._actions if a.dest == "gazetteer_command"][0].choices.items()})
    for name, text in helps.items():
        tail = text.rstrip().split("\n")
        examples = [line for line in tail[tail.index("examples:") + 1:]]
        assert 2 <= len(examples) <= 3 and all(line.strip().startswith("geo-idlib ") for line in examples), name


def test_help_and_resolve_load_no_heavy_library():
    code = ("import sys, contextlib, io\nfrom geo_idlib.cli import build_parser, main\nbuild_parser()\n"
            "heavy = ('pandas', 'geopandas', 'folium', 'shapely', 'pyogrio', 'branca', 'pyproj', 'numpy')\n"
            "print(sorted(m for m in heavy if m in sys.modules))\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n    main(['resolve', 'Saraqeb'])\n"
            "print(sorted(m for m in heavy if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.stdout.splitlines() == ["[]", "['numpy']"]


def test_extract_and_geoparse_take_folders(tmp_path, capsys, gz):
    n, _, extracted, _ = library_counts(gz)
    assert main(["extract", str(REPORTS), "-o", str(tmp_path / "e.csv")]) == 0
    assert len(read_table(tmp_path / "e.csv")) == extracted
    assert main(["geoparse", str(REPORTS), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == n == len(list(REPORTS.glob("*.txt")))


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("quiet, terminal, bar", [(False, True, True), (True, True, False), (False, False, False)])
def test_progress_bar_only_on_a_terminal_and_not_quiet(tmp_path, monkeypatch, capsys, quiet, terminal, bar):
    for n in range(10):
        write(tmp_path / "r" / f"{n:02d}.txt", f"published: 2018-02-06\n\nJets struck Saraqeb on Monday, killing {n + 1}.")
    stderr = _Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    argv = ["extract", str(tmp_path / "r"), "-o", str(tmp_path / "e.csv")] + ["--quiet"] * quiet
    assert main(argv) == 0
    text = stderr.getvalue()
    assert ("/10 [" in text) is bar  # tqdm's "3/10 [00:01<00:02, ...]"
    assert ("10 reports read, 10 events" in text) is not quiet


def test_corrections_kept_beside_the_reports_are_skipped_with_a_warning(tmp_path, capsys):
    write(tmp_path / "news" / "a.txt", "published: 2018-02-06\n\nJets struck Saraqeb on Monday.\n")
    write(tmp_path / "news" / "places.csv", "name,lat,lon\nKhirbet Zaytouna,36.2,36.7\n")
    write(tmp_path / "news" / "flows" / "f.csv", "origin,destination,people,date\nSaraqeb,Atme,900,2020-02-01\n")
    out = tmp_path / "m.html"
    assert main(["map", str(tmp_path / "news" / "a.txt"), str(tmp_path / "news" / "places.csv"), "-o", str(out)]) == 2
    assert "places.csv:1: missing column(s): latitude, longitude" in capsys.readouterr().err  # named: an error
    assert main(["map", str(tmp_path / "news"), "-o", str(out), "--flows", str(tmp_path / "news" / "flows")]) == 0
    err = capsys.readouterr().err
    assert f"warning: {tmp_path / 'news' / 'places.csv'}: neither reports" in err
    assert "Displacement flows" in out.read_text(encoding="utf-8")


def test_a_place_outside_the_north_west_is_listed_and_corrected_by_place(tmp_path, capsys):
    report = write(tmp_path / "r.txt", "published: 2018-02-06\n\nJets struck Homs on Monday, killing three people.\n")
    out, events = tmp_path / "m.html", tmp_path / "e.csv"
    assert main(["map", str(report), "-o", str(out), "--events-out", str(events)]) == 0
    (row,) = review_rows(tmp_path / "m.review.csv")
    assert (row["check"], row["place"]) == ("outside the north-west", "Homs")
    assert "outside the north-west" in row["why"] and "'place'" in row["suggested_fix"]
    overrides = write(tmp_path / "o.csv", f"id,place\n{row['id']},Kafr Nubl\n")
    assert main(["map", str(report), "-o", str(out), "--events-out", str(events), "--overrides", str(overrides)]) == 0
    assert review_rows(tmp_path / "m.review.csv") == []
    fixed = read_table(events).iloc[0]
    assert (fixed["location"], fixed["admin1_pcode"], fixed["fatalities"]) == ("Kafranbel", "SY07", 3)
    assert fixed["notes"].endswith("Corrected on review: place.")
