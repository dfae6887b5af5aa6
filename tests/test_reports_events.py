"""Events from the example reports, every field checked."""
import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from geo_idlib.reports.events import classify_sentence, extract_events
from geo_idlib.reports.reading import read_reports
from geo_idlib.schema import EVENT_COLUMNS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"
STRIKE = ("Explosions/Remote violence", "Air/drone strike")
RU, SY = "Military Forces of Russia", "Military Forces of Syria"
DENIES = "Russian Ministry of Defence (denies)"
# Per event: event_date, time_precision, (event_type, sub_event_type), actor1, actor2, place_id,
# geo_precision, fatalities, fatalities_min, fatalities_max, injured_min, targets, people, origin,
# destination, distance_km, reference_place, attribution, confidence.
EXPECTED = {
    "2018-02-05-wire-raids.txt": [  # Monday's raids (the lead date), then Saturday's, then the flight
        ("2018-02-05", 1, STRIKE, RU, "", "wp:masaran-sy070200", 1, 0, None, None, None, "", None, "", "", None,
         "", f"Syrian Civil Defence; {DENIES}", 0.81),
        ("2018-02-05", 1, STRIKE, RU, "", "gn:164816", 1, 0, None, None, None, "", None, "", "", None, "",
         f"Syrian Civil Defence; {DENIES}", 0.96),  # struck on Monday; not where the Su-25 was shot down
        ("2018-02-05", 1, STRIKE, RU, "", "gn:167611", 1, 0, None, None, None, "hospital", None, "", "", None, "",
         f"residents; Syrian Civil Defence; {DENIES}", 0.9),
        ("2018-02-05", 1, STRIKE, RU, "", "gn:169389", 1, 15, 15, 15, None, "residential", None, "", "", None, "",
         f"residents; Syrian Civil Defence; {DENIES}", 0.99),
        ("2018-02-05", 1, STRIKE, RU, "", "gn:168661", 1, 5, 5, 5, None, "residential", None, "", "", None, "",
         f"Syrian Civil Defence; {DENIES}", 0.96),
        ("2018-02-03", 1, STRIKE, RU, "", "wp:khan-al-sibel", 1, 10, 10, 10, None, "", None, "", "", None, "",
         f"rescuers; {DENIES}", 0.76),
        ("2018-02-03", 1, STRIKE, RU, "", "wp:masaran-sy070200", 1, 7, 7, 7, None, "", None, "", "", None, "",
         f"rescuers; {DENIES}", 0.81),
        # undated flight: the publication date at week precision, not Saturday's date
        ("2018-02-05", 2, ("Displacement", "Displacement"), "", "", "region:turkish-border-area", 3, 0, None, None,
         None, "", 10_000, "", "Turkish border area", None, "", "United Nations", 0.77),
    ],
    "2018-02-06-monitor-raids.txt": [
        ("2018-02-05", 1, STRIKE, "", "", "gn:168661", 1, 9, 9, 9, None, "", None, "", "", None, "",
         "Syrian Observatory for Human Rights", 0.98),  # "Nine people, among them women and children, were killed"
        ("2018-02-05", 1, STRIKE, "", "", "wp:masaran-sy070200", 1, 2, 2, 2, None, "", None, "", "", None,
         "", "Syrian Observatory for Human Rights", 0.84),
        ("2018-02-05", 1, STRIKE, "", "", "gn:169389", 1, 3, 3, 3, None, "", None, "", "", None, "",
         "Syrian Observatory for Human Rights", 0.99),  # "a man, his wife and their child" = 3
        ("2018-02-05", 1, ("Explosions/Remote violence", "Shelling/artillery/missile attack"), "", "", "gn:167611", 1,
         2, 2, 2, None, "", None, "", "", None, "", "", 0.96),  # missiles: not an air strike
    ],
    "2018-01-21-frontline-airbase.txt": [
        ("2018-01-20", 1, ("Battles", "Government regains territory"), SY, "", "wp:abu-al-duhur-military-airbase",
         1, 0, None, None, None, "", None, "", "", 12.0, "Saraqib", "", 0.9),
    ],
    "2019-05-frontline-kafr-nabudah.txt": [
        ("2019-05-01", 3, ("Battles", "Government regains territory"), SY, "", "gn:166227", 1, 0, None, None, None,
         "", None, "", "", None, "", "", 0.7),
        ("2019-05-01", 3, ("Battles", "Government regains territory"), SY, "", "wp:kafr-nabudah", 1, 0, None, None,
         None, "", None, "", "", None, "", "", 0.73),
        ("2019-05-01", 3, ("Battles", "Non-state actor overtakes territory"), "Syrian opposition rebels", "",
         "wp:kafr-nabudah", 1, 0, None, None, None, "", None, "", "", None, "", "", 0.73),
    ],
    "2019-06-displacement.txt": [  # no publication date: nothing to anchor "in a single day"
        ("", 3, STRIKE, "", "", "wp:jibala", 1, 13, 13, 13, None, "", None, "", "", None, "", "rescuers", 0.74),
        ("", 3, STRIKE, "", "", "gn:168325", 1, 6, 6, 12, None, "", None, "", "", None, "", "rescuers", 0.79),
        ("", 3, STRIKE, "", "", "wp:kafr-battikh", 1, 6, 6, 12, None, "", None, "", "", None, "", "rescuers", 0.75),
        ("", 3, ("Displacement", "Displacement"), "", "", "region:southern-idlib", 3, 0, None, None, None, "",
         300_000, "southern Idlib", "Turkish border area", None, "", "United Nations", 0.78),
    ],
    "2020-02-displacement-m5.txt": [
        ("", 3, ("Displacement", "Displacement"), "", "", "region:turkish-border-area", 3, 0, None, None, None, "",
         1_000_000, "", "Turkish border area; Atme; Sarmada", None, "", "United Nations", 0.77),
    ],
    "2018-02-05-arabic-snippet.txt": [  # air raids on three towns, then families fleeing towards the border
        ("2018-02-05", 2, STRIKE, "", "", "gn:164816", 1, 0, None, None, None, "", None, "", "", None, "", "", 0.79),
        ("2018-02-05", 2, STRIKE, "", "", "gn:167611", 1, 0, None, None, None, "", None, "", "", None, "", "", 0.77),
        ("2018-02-05", 2, STRIKE, "", "", "gn:168661", 1, 0, None, None, None, "", None, "", "", None, "", "", 0.77),
        ("2018-02-05", 2, ("Displacement", "Displacement"), "", "", "region:turkish-border-area", 3, 0, None, None,
         None, "", None, "", "Turkish border area", None, "", "", 0.78),
    ],
    "2018-02-07-non-places.txt": [],
    "2019-05-10-arabic-madiq.txt": [  # Arabic: a capture "yesterday, Thursday", a raid "today, Friday", a flight
        ("2019-05-09", 1, ("Battles", "Government regains territory"), SY, "Syrian opposition rebels", "gn:166227", 1,
         0, None, None, None, "", None, "", "", None, "", "Syrian Observatory for Human Rights", 0.94),
        ("2019-05-10", 1, STRIKE, RU, "", "gn:168325", 1, 0, None, None, None, "", None, "", "", None, "",
         DENIES, 0.98),  # the denial stated on its own joins the strike
        ("2019-04-29", 1, ("Displacement", "Displacement"), "", "", "region:southern-idlib", 3, 0, None, None,
         None, "", 180_000, "southern Idlib; northern Hama", "Turkish border area", None, "", "United Nations", 0.98),
    ],
}
FIELDS = ("event_date", "time_precision", "types", "actor1", "actor2", "place_id", "geo_precision",
          "fatalities", "fatalities_min", "fatalities_max", "injured_min", "targets", "people", "origin",
          "destination", "distance_km", "reference_place", "attribution", "confidence")


def _value(v):
    return None if v is pd.NA or (isinstance(v, float) and v != v) else v


@pytest.fixture(scope="module")
def extracted(gz):
    out = {}
    for name in EXPECTED:
        (r,) = read_reports([EXAMPLES / name])
        out[name] = (r, extract_events(r.text, r.published, gazetteer=gz, report_id=r.report_id,
                                       source=r.outlet, url=r.url))
    return out


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_field_of_every_example_event(gz, extracted, name):
    r, ev = extracted[name]
    assert list(ev.columns) == EVENT_COLUMNS
    got = [(row["event_date"], row["time_precision"], (row["event_type"], row["sub_event_type"]), row["actor1"],
            row["actor2"], row["place_id"], row["geo_precision"], *map(_value, (
                row["fatalities"], row["fatalities_min"], row["fatalities_max"], row["injured_min"])),
            row["targets"], _value(row["people"]), row["origin"], row["destination"], _value(row["distance_km"]),
            row["reference_place"], row["attribution"], row["confidence"]) for _, row in ev.iterrows()]
    assert [dict(zip(FIELDS, g)) for g in got] == [dict(zip(FIELDS, e)) for e in EXPECTED[name]]
    for n, (_, row) in enumerate(ev.iterrows(), 1):
        place = gz.get(row["place_id"])
        assert row["event_id_cnty"] == f"SYR-{r.report_id}-{n}"
        assert (row["location"], row["location_ar"], row["latitude"], row["longitude"]) == (
            place.name, place.name_ar, place.lat, place.lon)
        assert (row["admin1"], row["admin2"], row["admin3"]) == (place.admin1, place.admin2, place.admin3)
        assert (row["admin1_pcode"], row["admin2_pcode"], row["admin3_pcode"]) == (
            place.admin1_pcode, place.admin2_pcode, place.admin3_pcode)
        assert (row["country"], row["source"], row["source_url"], row["report_id"], row["sources_count"]) == (
            "Syria", r.outlet, r.url, r.report_id, 1)
        for quote in row["quote"].split(" | "):
            assert quote in r.text  # quotes are the report's own sentences
        assert row["location"] in row["notes"] and row["sub_event_type"] in row["notes"]


def test_quotes_and_notes_of_merged_list_mentions(extracted):
    _, ev = extracted["2018-02-06-monitor-raids.txt"]
    kafranbel = ev[ev.place_id == "gn:168661"].iloc[0]
    assert kafranbel["quote"] == ("Warplanes struck Kafranbel, Ma'saran and the city of Idlib on Monday, the Syrian "
                                  "Observatory for Human Rights said. | Nine people, among them women and children, "
                                  "were killed in the raids on Kafranbel, the Observatory said.")
    assert kafranbel["notes"] == ("Air/drone strike in Kafranbel; 9 reported killed; "
                                  "according to Syrian Observatory for Human Rights.")
    _, wire = extracted["2018-02-05-wire-raids.txt"]
    maasran = wire[wire.place_id == "wp:masaran-sy070200"].iloc[0]  # the province-level lead folds into a town
    assert maasran["quote"].split(" | ") == [
        "Russian jets stepped up their raids on rebel-held towns in Idlib province on Monday, two days after a "
        "Russian Su-25 was shot down near Saraqeb (سراقب), civil defense sources said.",
        "The air strikes hit the towns of Kafr Nubl and Maasran, as well as the cities of Saraqeb, Maarat al-Numan "
        "and Idlib, civil defense sources said."]
    _, fr = extracted["2018-01-21-frontline-airbase.txt"]
    assert fr.iloc[0]["notes"] == (
        "Government regains territory by Military Forces of Syria in Abu al-Duhur Military Airbase; "
        "front 12 km from Saraqib; advancing towards the Damascus-Aleppo highway.")


def test_relative_dates_stay_empty_without_publication_date(gz, extracted):
    r, _ = extracted["2018-02-05-wire-raids.txt"]
    ev = extract_events(r.text, None, gazetteer=gz, report_id=r.report_id)
    assert set(ev["event_date"]) == {""} and set(ev["time_precision"]) == {3}
    assert set(ev["source"]) == {r.report_id}  # no outlet: the report id names the source


def test_publication_date_stands_in_with_week_precision(gz):
    ev = extract_events("Shelling hit Saraqeb, killing 3 people.", dt.date(2018, 2, 6), gazetteer=gz)
    assert ev[["event_date", "time_precision", "sub_event_type", "fatalities"]].values.tolist() == [
        ["2018-02-06", 2, "Shelling/artillery/missile attack", 3]]


def test_summary_tolls_are_not_put_on_places(gz):
    ev = extract_events("Air strikes in the offensive have killed over 1,500 people in southern Idlib, rescuers said.",
                        dt.date(2019, 6, 1), gazetteer=gz)
    assert ev["fatalities"].tolist() == [0] and ev["fatalities_max"].isna().all()  # no toll told of the place


def test_population_figures_are_not_displacement(gz):
    ev = extract_events("Nearly three million people live in Idlib province.", dt.date(2019, 6, 1), gazetteer=gz)
    assert ev.empty


@pytest.mark.parametrize("sentence, kind", [
    ("Russian jets struck the town.", "Air/drone strike"),
    ("Artillery shelled the town.", "Shelling/artillery/missile attack"),
    ("Government forces captured the village.", "territory"),
    ("Thousands fled the town.", "Displacement"),
    ("Clashes broke out near the town.", "Armed clash"),
    ("The town was quiet.", ""),
])
def test_classify_sentence(sentence, kind):
    assert classify_sentence(sentence) == kind


def _table(text, gz, cols=("sub_event_type", "location", "geo_precision", "fatalities", "injured_min")):
    ev = extract_events(text, dt.date(2019, 5, 20), gazetteer=gz)
    return [tuple(_value(v) for v in row) for row in ev[list(cols)].itertuples(index=False)]


def test_each_place_gets_the_weapon_named_before_it(gz):
    assert _table("At dawn, warplanes flew over Saraqib, and shells fell on the outskirts of Binnish.", gz) == [
        ("Air/drone strike", "Saraqib", 1, 0, None),
        ("Shelling/artillery/missile attack", "Binnish", 2, 0, None)]


def test_places_people_come_from_are_not_struck(gz):
    assert _table('"We heard the planes at dawn," said a mother of three from Sarmin.', gz) == []


def test_among_the_dead_and_injuries_shared_by_several_places(gz):
    assert _table("Jets struck Binnish. Among the dead were nine children in Binnish.", gz) == [
        ("Air/drone strike", "Binnish", 1, 9, None)]
    assert _table("In Hass, Kafr Rouma and Heish, shelling wounded at least 20 people.", gz) == [
        ("Shelling/artillery/missile attack", "Hass", 1, 0, 7),
        ("Shelling/artillery/missile attack", "Kafr Rumah", 1, 0, 7),
        ("Shelling/artillery/missile attack", "Ḩīsh", 1, 0, 6)]


def test_two_sources_in_one_sentence_give_a_range(gz):
    ev = extract_events("Strikes on Saraqib killed 43 people, the Observatory said, while rescuers said 53 died.",
                        dt.date(2019, 5, 20), gazetteer=gz)
    assert ev[["fatalities", "fatalities_min", "fatalities_max", "attribution"]].values.tolist() == [
        [43, 43, 53, "Syrian Observatory for Human Rights; rescuers"]]


def test_an_unnamed_capture_is_placed_near_its_reference_town(gz):
    ev = extract_events("Government forces captured a major air base, which brought them 12 kilometres from Saraqeb.",
                        dt.date(2018, 1, 21), gazetteer=gz)
    assert ev[["sub_event_type", "actor1", "location", "geo_precision", "distance_km", "reference_place",
               "notes"]].values.tolist() == [[
        "Government regains territory", "Military Forces of Syria", "Saraqib", 2, 12.0, "Saraqib",
        "Government regains territory by Military Forces of Syria near Saraqib; front 12 km from Saraqib."]]


def test_counts_across_an_aside_and_people_listed_one_by_one(gz):
    assert _table("Twelve civilians, including four children, were killed when jets hit Sarmin.", gz) == [
        ("Air/drone strike", "Sarmīn", 1, 12, None)]
    assert _table("In Binnish, a woman and her two children were killed when warplanes struck.", gz) == [
        ("Air/drone strike", "Binnish", 1, 3, None)]
    assert _table("Shelling hit Sarmin; ten people, most of them children, were wounded.", gz) == [
        ("Shelling/artillery/missile attack", "Sarmīn", 1, 0, 10)]


def test_where_an_aircraft_was_brought_down_is_not_struck(gz):
    assert _table("A Russian jet was shot down near Saraqeb on Saturday.", gz) == []
    assert _table("Jets pounded Binnish a day after a helicopter was downed over Sarmin, killing 4.", gz) == [
        ("Air/drone strike", "Binnish", 1, 4, None)]


def test_undated_sentences_take_their_paragraph_or_lead_date_and_flight_the_publication_date(gz):
    text = ("Jets struck Sarmin on Saturday, killing 3.\n\n"
            "Shelling hit Binnish on Monday. Rescuers said 4 died in Binnish.\n\n"
            "Shells fell on Saraqeb, killing 2.\n\n"
            "Thousands have fled towards camps near the Turkish border.")
    ev = extract_events(text, dt.date(2018, 2, 6), gazetteer=gz)
    assert [[*r[:3], _value(r[3])] for r in ev[["event_date", "time_precision", "location", "fatalities"]].values] == [
        ["2018-02-03", 1, "Sarmīn", 3],
        ["2018-02-05", 1, "Binnish", 4],  # the paragraph's Monday
        ["2018-02-03", 1, "Saraqib", 2],  # a new paragraph: the report's lead date, not Monday
        ["2018-02-06", 2, "Turkish border area", 0],  # flight: the publication date, week precision
    ]


def test_a_province_level_lead_folds_into_the_towns_it_names_after(gz):
    text = "Jets struck towns in Idlib province on Monday. The raids hit Sarmin. Shelling hit Aleppo province."
    ev = extract_events(text, dt.date(2018, 2, 6), gazetteer=gz)
    assert ev[["location", "geo_precision", "sub_event_type"]].values.tolist() == [
        ["Sarmīn", 1, "Air/drone strike"], ["Aleppo", 3, "Shelling/artillery/missile attack"]]
    assert ev["quote"][0] == "Jets struck towns in Idlib province on Monday. | The raids hit Sarmin."
