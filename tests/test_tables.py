"""One reader and one writer for every event table: every format round-trips, one error style."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyogrio
import pytest

from geo_idlib.cli import main
from geo_idlib.errors import InputError
from geo_idlib.tables import TABLE_SUFFIXES, events_frame, read_table, read_tables, write_table

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
REPORTS = EXAMPLES / "reports"


@pytest.fixture(scope="module")
def extracted(gz) -> pd.DataFrame:
    from geo_idlib.reports import extract_reports, read_reports

    return extract_reports(read_reports([REPORTS]), gazetteer=gz)


def differences(a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    """The columns whose values differ (names the field, for the assertion message)."""
    a, b = events_frame(a), events_frame(b)
    return [c for c in a.columns if not a[c].astype(object).where(a[c].notna(), None).tolist()
            == b[c].astype(object).where(b[c].notna(), None).tolist()]


@pytest.mark.parametrize("suffix", TABLE_SUFFIXES)
def test_every_format_round_trips(tmp_path, extracted, suffix):
    out = write_table(extracted, tmp_path / f"events{suffix}")
    back = read_table(out)
    assert len(back) == len(extracted) > 10
    assert differences(back, extracted) == []


@pytest.mark.parametrize("suffix", TABLE_SUFFIXES)
def test_what_extract_writes_merge_and_map_read_back(tmp_path, capsys, extracted, suffix):
    from geo_idlib.reports import merge_events

    events, merged, html = tmp_path / f"e{suffix}", tmp_path / f"m{suffix}", tmp_path / "m.html"
    assert main(["extract", str(REPORTS), "-o", str(events)]) == 0
    assert main(["merge", str(events), "-o", str(merged)]) == 0
    assert main(["map", str(merged), "-o", str(html), "--offline"]) == 0
    n = len(merge_events(extracted))
    assert len(read_table(events)) == len(extracted) > len(read_table(merged)) == n  # some are told twice
    assert f"{n} events on the map" in capsys.readouterr().err


def test_extract_to_a_geopackage_writes_a_geopackage(tmp_path, capsys):
    out = tmp_path / "e.gpkg"
    assert main(["extract", str(REPORTS / "2018-02-06-monitor-raids.txt"), "-o", str(out)]) == 0
    assert [name for name, _ in pyogrio.list_layers(out)] == ["events"]
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"


def test_unknown_output_suffix_is_an_error_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "e.txt"
    assert main(["extract", str(REPORTS / "2018-02-06-monitor-raids.txt"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"geo-idlib: error: {out}: field 'out': unknown output format '.txt'") and not out.exists()


def test_map_reads_a_json_list_of_events(tmp_path, capsys):
    events, html = tmp_path / "ev.json", tmp_path / "m.html"
    assert main(["extract", str(REPORTS / "2018-02-06-monitor-raids.txt"), "--format", "json", "-o", str(events)]) == 0
    assert main(["map", str(events), "-o", str(html), "--offline"]) == 0
    assert f"{len(json.loads(events.read_text()))} events on the map" in capsys.readouterr().err


def test_geometry_fills_latitude_and_longitude(tmp_path, capsys):
    src, out = tmp_path / "drawn.geojson", tmp_path / "merged.csv"
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.80591, 35.86447]},
         "properties": {"event_date": "2018-02-05", "location": "Saraqib"}}]}), encoding="utf-8")
    assert main(["merge", str(src), "-o", str(out)]) == 0
    row = read_table(out).iloc[0]
    assert (row["latitude"], row["longitude"]) == (35.86447, 36.80591)


def test_acled_export_reads_with_its_dates(tmp_path, capsys):
    src = tmp_path / "acled.csv"
    src.write_text(
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
        "assoc_actor_1,inter1,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
        "source_scale,notes,fatalities,tags,timestamp\n"
        "SYR1,05 February 2018,2018,1,Political violence,Explosions/Remote violence,Air/drone strike,"
        "Military Forces of Russia (2000-),,8,Syria,Idleb,Idleb,Saraqab,Saraqab,35.8623,36.8041,1,SOHR,"
        "National,\"Russian strikes on Saraqab\",3,,1520000000\n", encoding="utf-8")
    table = read_table(src)
    assert table[["event_id_cnty", "event_date", "fatalities", "actor1"]].values.tolist() == [
        ["SYR1", "2018-02-05", 3, "Military Forces of Russia (2000-)"]]
    assert main(["map", str(src), "-o", str(tmp_path / "m.html"), "--offline"]) == 0


def test_an_empty_toll_is_an_empty_cell_in_every_format_and_reads_back_empty(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "r.txt").write_text("published: 2019-05-20\n\nJets struck Sarmin on Sunday, killing several people. "
                                   "Shells hit Binnish on Sunday.\n", encoding="utf-8")
    out = tmp_path / "e.csv"
    assert main(["extract", str(reports), "-o", str(out)]) == 0
    cells = pd.read_csv(out, dtype=str, keep_default_na=False).set_index("location")
    assert cells.loc["Sarmīn", ["fatalities", "fatalities_min", "fatalities_max"]].tolist() == ["", "", ""]
    assert cells.loc["Binnish", ["fatalities", "fatalities_min", "fatalities_max"]].tolist() == ["0", "", ""]
    for suffix in TABLE_SUFFIXES:  # the empty toll stays empty (null), never 0, through every format
        back = read_table(write_table(read_table(out), tmp_path / f"back{suffix}")).set_index("location")
        assert back["fatalities"].isna().tolist() == [True, False] and back.loc["Binnish", "fatalities"] == 0, suffix


def test_a_table_without_fatalities_reads_as_none_reported_and_a_blank_cell_as_no_figure(tmp_path):
    src = tmp_path / "t.csv"
    src.write_text("event_date,latitude,longitude\n2018-02-05,35.9,36.6\n", encoding="utf-8")
    assert read_table(src)["fatalities"].tolist() == [0]  # ACLED's 0: none reported
    src.write_text("event_date,latitude,longitude,fatalities\n2018-02-05,35.9,36.6,\n2018-02-05,35.9,36.6,0\n",
                   encoding="utf-8")
    assert read_table(src)["fatalities"].isna().tolist() == [True, False]
    src = tmp_path / "t.json"
    src.write_text('[{"latitude": 35.9, "longitude": 36.6, "fatalities": null}, {"latitude": 35.9, "longitude": 36.6}]',
                   encoding="utf-8")
    assert read_table(src)["fatalities"].isna().tolist() == [True, False]


def test_latin1_csv_is_one_clear_error(tmp_path, capsys):
    src = tmp_path / "latin1.csv"
    src.write_bytes("event_date,latitude,longitude,location\n2018-02-05,35.9,36.6,Ma\xe2arrat\n".encode("latin-1"))
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 2
    assert capsys.readouterr().err == (f"geo-idlib: error: {src}:2: field 'location': not UTF-8 text (byte 0xe2): "
                                       "save the file as UTF-8\n")
    src.write_bytes("\ufeffevent_date,latitude,longitude\n2018-02-05,35.9,36.6\n".encode("utf-8"))  # a BOM is fine
    assert read_table(src)["latitude"].tolist() == [35.9]


@pytest.mark.parametrize("name, content, message", [
    ("a.csv", 'event_date,latitude,longitude,notes\n2018-02-05,35.9,36.6,"two\nlines"\n2018-02-05,35.9,east,x\n',
     "a.csv:4: field 'longitude': expected a number from -180 to 180, got 'east'"),
    ("b.json", '[\n {"latitude": 35.9, "longitude": 36.6},\n {"latitude": 35.9, "longitude": 36.6,\n'
               '  "fatalities": -1}\n]', "b.json:3: field 'fatalities': expected a whole number from 0 up, got -1"),
    ("c.jsonl", '{"latitude": 35.9, "longitude": 36.6}\n\n{"latitude": 35.9, "longitude": 36.6, "geo_precision": 4}\n',
     "c.jsonl:3: field 'geo_precision': expected a whole number from 1 to 3, got 4"),
    ("d.csv", "event_date,latitude,longitude\n2018-02-30,35.9,36.6\n", "d.csv:2: field 'event_date': not a date"),
    ("e.csv", "event_date,latitude,longitude\n2018-02-05,,36.6\n", "e.csv:2: field 'latitude': missing value"),
    ("f.csv", "latitude,longitude,fatalities_min,fatalities_max\n35.9,36.6,9,5\n",
     "f.csv:2: field 'fatalities_min': fatalities_min 9 is above fatalities_max 5"),
])
def test_one_error_style_with_physical_lines(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_table(path)
    assert str(err.value).startswith(f"{tmp_path}/{message}")


def test_rows_without_coordinates_are_kept_and_listed_for_review(tmp_path, capsys):
    src = tmp_path / "e.csv"
    src.write_text("event_id_cnty,event_date,latitude,longitude,location\nA,2018-02-05,35.9,36.6,Idlib\n"
                   "B,2018-02-05,,,Somewhere\n", encoding="utf-8")
    assert read_table(src)["latitude"].isna().tolist() == [False, True]
    assert main(["map", str(src), "-o", str(tmp_path / "m.html")]) == 0
    review = pd.read_csv(tmp_path / "m.review.csv", dtype=str)
    assert review[["id", "check"]].values.tolist() == [["B", "not on the map"]]


def test_folders_of_tables(tmp_path, extracted):
    write_table(extracted.head(3), tmp_path / "t" / "a.csv")
    write_table(extracted.tail(2), tmp_path / "t" / "sub" / "b.geojson")
    assert len(read_tables([tmp_path / "t"])) == 5


def test_rows_of_one_table_never_merge_with_each_other(tmp_path, capsys):
    acled = tmp_path / "acled.csv"
    acled.write_text("event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude,fatalities\n"
                     "SYR1,05 February 2018,Explosions/Remote violence,Air/drone strike,Idlib,35.93062,36.63393,3\n"
                     "SYR2,05 February 2018,Explosions/Remote violence,Air/drone strike,Idlib,35.93062,36.63393,1\n",
                     encoding="utf-8")  # ACLED codes two strikes on one town on one day as two events
    out = tmp_path / "merged.csv"
    assert main(["merge", str(acled), "-o", str(out)]) == 0
    assert read_table(out)["event_id_cnty"].tolist() == ["SYR1", "SYR2"]
    assert main(["merge", str(acled), str(REPORTS / "2018-02-06-monitor-raids.txt"),
                 "-o", str(out)]) == 2  # a report is no event table: extract it first, or map it
    assert main(["map", str(acled), str(REPORTS / "2018-02-06-monitor-raids.txt"), "-o", str(tmp_path / "m.html"),
                 "--events-out", str(out)]) == 0
    idlib = read_table(out).query("location == 'Idlib'")
    assert len(idlib) == 2 and sorted(idlib["report_id"]) == ["", "monitor-2018-02-06"]  # joined one of them


def test_merging_only_candidates_agrees_with_merge_events(extracted):
    from geo_idlib.reports.merge import merge_events
    from geo_idlib.sources import merge_sources

    whole, fast = merge_events(extracted), merge_sources([extracted], ["reports"])
    cols = ["event_id_cnty", "event_date", "location", "fatalities", "fatalities_min", "fatalities_max", "report_id",
            "sources_count", "quote"]
    assert differences(fast[cols], whole[cols]) == []
    shifted = extracted.assign(event_date=extracted["event_date"].where(extracted["report_id"] != "wire-2018-02-05",
                                                                          "2018-02-04"), time_precision=2)
    assert len(merge_sources([shifted], ["reports"])) == len(merge_events(shifted)) < len(shifted)  # a day apart
