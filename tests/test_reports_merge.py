"""Merging events that several reports tell."""
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from geo_idlib.reports.events import extract_events
from geo_idlib.reports.merge import merge_events
from geo_idlib.reports.reading import read_reports

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"


@pytest.fixture(scope="module")
def two_reports(gz):
    reports = read_reports([EXAMPLES / "2018-02-05-wire-raids.txt", EXAMPLES / "2018-02-06-monitor-raids.txt"])
    return pd.concat([extract_events(r.text, r.published, gazetteer=gz, report_id=r.report_id, source=r.outlet,
                                     url=r.url) for r in reports], ignore_index=True)


def test_two_reports_of_the_same_raids_merge(two_reports):
    merged = merge_events(two_reports)
    both, wire = "monitor-2018-02-06; wire-2018-02-05", "wire-2018-02-05"
    reuters, sohr = "Reuters (paraphrased example)", "Syrian Observatory for Human Rights (paraphrased example)"
    air, missile, ru = "Air/drone strike", "Shelling/artillery/missile attack", "Military Forces of Russia"
    got = merged[["event_date", "sub_event_type", "place_id", "fatalities", "fatalities_min", "fatalities_max",
                  "injured_min", "targets", "report_id", "source", "sources_count", "actor1", "confidence"]]
    assert got.astype(object).where(got.notna(), None).values.tolist() == [
        # Saturday's strikes, told by the wire alone: Maasran's stays apart from Monday's
        ["2018-02-03", air, "wp:khan-al-sibel", 10, 10, 10, None, "", wire, reuters, 1, ru, 0.76],
        ["2018-02-03", air, "wp:masaran-sy070200", 7, 7, 7, None, "", wire, reuters, 1, ru, 0.81],
        # Monday: Idlib 15 vs 3 and Kafr Nubl 5 vs 9, coded conservatively with the range kept
        ["2018-02-05", air, "gn:169389", 3, 3, 15, None, "residential", both, f"{reuters}; {sohr}", 2, ru, 0.99],
        ["2018-02-05", air, "gn:168661", 5, 5, 9, None, "residential", both, f"{reuters}; {sohr}", 2, ru, 0.99],
        # Maarat al-Numan: the monitor's missiles and the wire's air strike on a hospital stay two events
        ["2018-02-05", missile, "gn:167611", 2, 2, 2, None, "", "monitor-2018-02-06", sohr, 1, "", 0.96],
        ["2018-02-05", air, "gn:167611", 0, None, None, None, "hospital", wire, reuters, 1, ru, 0.9],
        # Monday's Maasran strike: the wire names it, the monitor gives the toll
        ["2018-02-05", air, "wp:masaran-sy070200", 2, 2, 2, None, "", both, f"{reuters}; {sohr}", 2, ru, 0.97],
        ["2018-02-05", air, "gn:164816", 0, None, None, None, "", wire, reuters, 1, ru, 0.96],
        ["2018-02-05", "Displacement", "region:turkish-border-area", 0, None, None, None, "", wire, reuters, 1, "",
         0.77],
    ]
    idlib = merged[merged.place_id == "gn:169389"].iloc[0]
    assert idlib["quote"].split(" | ") == [  # every source's sentences, each once
        "Warplanes struck Kafranbel, Ma'saran and the city of Idlib on Monday, the Syrian Observatory for Human "
        "Rights said.",
        "In Idlib, the provincial capital, a man, his wife and their child were killed, the Observatory said.",
        "The air strikes hit the towns of Kafr Nubl and Maasran, as well as the cities of Saraqeb, Maarat al-Numan "
        "and Idlib, civil defense sources said.",
        "In Idlib city, a five-storey residential building was levelled and at least 15 people are feared dead, "
        "a witness said."]
    assert idlib["attribution"] == ("Syrian Observatory for Human Rights; residents; Syrian Civil Defence; "
                                    "Russian Ministry of Defence (denies)")
    assert idlib["notes"] == ("Air/drone strike by Military Forces of Russia in Idlib, told by 2 reports "
                              "(monitor-2018-02-06; wire-2018-02-05); reported killed 3-15, coded 3.")
    kafr_nubl = merged[merged.place_id == "gn:168661"].iloc[0]
    assert kafr_nubl["notes"].endswith("reported killed 5-9, coded 5.")
    maasran = merged[(merged.place_id == "wp:masaran-sy070200") & (merged.event_date == "2018-02-05")].iloc[0]
    assert maasran["notes"].endswith("reported killed 2, coded 2.")
    assert set(merged["source_url"]) == {""}  # the paraphrased examples carry no URL


def test_merge_is_idempotent_and_order_free(two_reports):
    once = merge_events(two_reports)
    pd.testing.assert_frame_equal(merge_events(once), once)
    pd.testing.assert_frame_equal(merge_events(two_reports.iloc[::-1]), once)


def _row(**kw):
    base = {"event_id_cnty": "SYR-a-1", "event_date": "2018-02-04", "time_precision": 1,
            "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
            "location": "Saraqib", "place_id": "gn:164816", "latitude": 35.86447, "longitude": 36.80591,
            "geo_precision": 1, "report_id": "a", "source": "Wire", "confidence": 0.8}
    base.update(kw)
    return base


def test_different_targets_on_one_town_and_day_stay_apart():
    merged = merge_events(pd.DataFrame([
        _row(targets="hospital"), _row(event_id_cnty="SYR-b-1", report_id="b", targets="market")]))
    assert len(merged) == 2


def test_same_report_rows_are_never_merged():
    assert len(merge_events(pd.DataFrame([_row(), _row(event_id_cnty="SYR-a-2")]))) == 2


def test_nearby_places_and_uncertain_dates():
    near = _row(event_id_cnty="SYR-b-1", report_id="b", place_id="x", latitude=35.88, longitude=36.82)  # ~2 km
    far = _row(event_id_cnty="SYR-c-1", report_id="c", place_id="y", latitude=35.65, longitude=36.68)  # ~27 km
    assert len(merge_events(pd.DataFrame([_row(), near]))) == 1
    assert len(merge_events(pd.DataFrame([_row(), far]))) == 2
    assert len(merge_events(pd.DataFrame([_row(), near]), max_km=1)) == 2
    next_day = _row(event_id_cnty="SYR-b-1", report_id="b", event_date="2018-02-05")
    assert len(merge_events(pd.DataFrame([_row(), next_day]))) == 1  # one place, a weekday read one day off
    assert len(merge_events(pd.DataFrame([_row(), dict(next_day, event_date="2018-02-06")]))) == 2  # two days
    assert len(merge_events(pd.DataFrame([_row(), dict(near, event_date="2018-02-05")]))) == 2  # and not one place
    uncertain = dict(next_day, time_precision=2)
    merged = merge_events(pd.DataFrame([_row(), uncertain]))
    assert merged[["event_date", "time_precision"]].values.tolist() == [["2018-02-04", 1]]  # the precise date wins
    undated = _row(event_id_cnty="SYR-b-1", report_id="b", event_date="", time_precision=3)
    assert len(merge_events(pd.DataFrame([_row(), undated]))) == 2  # an undated strike: the town is struck often


def test_incompatible_types_stay_apart():
    capture = _row(event_id_cnty="SYR-b-1", report_id="b", event_type="Battles",
                   sub_event_type="Government regains territory")
    assert len(merge_events(pd.DataFrame([_row(), capture]))) == 2
    missile = _row(event_id_cnty="SYR-b-1", report_id="b", sub_event_type="Shelling/artillery/missile attack")
    assert len(merge_events(pd.DataFrame([_row(), missile]))) == 2  # an air strike and a missile attack: two events


def test_undated_reports_of_one_capture_merge_and_undated_strikes_only_with_the_same_toll():
    capture = _row(event_type="Battles", sub_event_type="Government regains territory", actor1="Military Forces of Syria",
                   event_date="", time_precision=3)
    other = dict(capture, event_id_cnty="SYR-b-1", report_id="b")
    assert merge_events(pd.DataFrame([capture, other]))["report_id"].tolist() == ["a; b"]
    dated = dict(other, event_date="2018-02-04", time_precision=1)
    (joined,) = merge_events(pd.DataFrame([capture, dated])).to_dict("records")
    assert (joined["event_date"], sorted(joined["report_id"].split("; "))) == ("2018-02-04", ["a", "b"])
    rebels = dict(other, sub_event_type="Non-state actor overtakes territory", actor1="Syrian opposition rebels")
    assert len(merge_events(pd.DataFrame([capture, rebels]))) == 2  # the other side: another change of hands
    strike = _row(event_date="", time_precision=3)
    assert len(merge_events(pd.DataFrame([strike, dict(strike, event_id_cnty="SYR-b-1", report_id="b")]))) == 2
    four = dict(fatalities=4, fatalities_min=4, fatalities_max=4)
    told = dict(_row(), event_id_cnty="SYR-b-1", report_id="b", **four)
    assert len(merge_events(pd.DataFrame([dict(strike, **four), told]))) == 1  # the same toll at the same place
    assert len(merge_events(pd.DataFrame([dict(strike, fatalities=6, fatalities_min=6, fatalities_max=6), told]))) == 2


def test_an_english_and_an_arabic_report_of_one_strike_merge_with_the_toll_range(gz):
    en = extract_events("Russian jets struck Saraqeb on Sunday, killing 4 people, rescuers said.",
                        dt.date(2019, 5, 20), gazetteer=gz, report_id="en", source="Wire")
    ar = extract_events("قتل ستة مدنيين في غارات روسية على مدينة سراقب أمس الأحد، بحسب الدفاع المدني.",
                        dt.date(2019, 5, 20), gazetteer=gz, report_id="ar", source="Arabic desk")
    (row,) = merge_events(pd.concat([en, ar])).to_dict("records")
    assert (row["location"], row["event_date"], row["fatalities"], row["fatalities_min"], row["fatalities_max"],
            row["source"], row["sources_count"], row["attribution"]) == (
        "Saraqib", "2019-05-19", 4, 4, 6, "Arabic desk; Wire", 2, "Syrian Civil Defence; rescuers")


def test_a_toll_without_a_figure_hides_no_figure_and_is_no_zero(gz):
    def told(text, report_id):
        return extract_events(text, dt.date(2019, 5, 20), gazetteer=gz, report_id=report_id, source=report_id)

    several = told("Russian jets struck Saraqeb on Sunday, killing several people.", "wire")
    four = told("Russian jets struck Saraqeb on Sunday, killing 4 people.", "monitor")
    bare = told("Russian jets struck Saraqeb on Sunday.", "agency")
    fields = ["fatalities", "fatalities_min", "fatalities_max", "sources_count"]

    def merged(*tables):
        (row,) = merge_events(pd.concat(tables)).to_dict("records")
        return [None if pd.isna(row[f]) else row[f] for f in fields] + [row["notes"].split("); ")[-1]]

    assert merged(several, four) == [4, 4, 4, 2, "reported killed 4, coded 4."]  # the figure stands
    assert merged(several, bare) == [None, None, None, 2, "deaths reported, no figure."]  # no 0 from the other
    assert merged(bare, told("Russian jets struck Saraqeb on Sunday, a monitor said.", "monitor"))[:4] == [
        0, None, None, 2]  # no word of deaths in either: ACLED's 0


def test_an_acled_zero_or_figure_meets_a_toll_without_a_figure(tmp_path, gz):
    from geo_idlib.sources import merge_sources
    from geo_idlib.tables import read_table

    report = extract_events("Jets struck Saraqeb on Sunday, killing several people.", dt.date(2019, 5, 20),
                            gazetteer=gz, report_id="wire", source="Wire")
    acled = tmp_path / "acled.csv"
    for toll, want in (("0", [None, None, None]), ("3", [3, 3, 3]), ("", [None, None, None])):
        acled.write_text("event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude,fatalities\n"
                         f"SYR1,19 May 2019,Explosions/Remote violence,Air/drone strike,Saraqib,35.8645,36.8059,{toll}\n",
                         encoding="utf-8")
        (row,) = merge_sources([read_table(acled), report], ["acled.csv", "reports"]).to_dict("records")
        got = [None if pd.isna(row[f]) else row[f] for f in ("fatalities", "fatalities_min", "fatalities_max")]
        assert (row["report_id"], got) == ("wire", want), toll  # ACLED's 0 is no figure against told deaths
