"""Merging the events of a run: rows that may tell one event are found before merge_events judges."""
import datetime as dt

from geo_idlib.reports.events import extract_reports
from geo_idlib.reports.reading import Report
from geo_idlib.sources import merge_sources


def test_an_undated_report_of_a_capture_joins_the_dated_one():
    reports = [Report("wire", "Government forces captured Saraqeb on Wednesday.", dt.date(2020, 2, 6)),
               Report("agency", "The army has taken control of Saraqeb, state media said.", None)]
    events = extract_reports(reports)
    assert sorted(events["event_date"]) == ["", "2020-02-05"]
    merged = merge_sources([events], ["reports"])
    assert merged[["event_date", "sub_event_type", "location", "sources_count"]].values.tolist() == [
        ["2020-02-05", "Government regains territory", "Saraqib", 2]]
    assert set(merged["report_id"].iloc[0].split("; ")) == {"wire", "agency"}


def test_undated_rows_of_one_report_stay_apart_from_each_other():
    reports = [Report("a", "Shelling hit Saraqeb, killing two. Later, shelling hit Saraqeb again, killing five.", None)]
    events = extract_reports(reports)
    assert len(merge_sources([events], ["reports"])) == len(events)
