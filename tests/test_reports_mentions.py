"""Geoparsing: spans, spellings, qualifiers, context and non-places, on the bundled gazetteer."""
from pathlib import Path

import pytest

from geo_idlib.gazetteer import Place
from geo_idlib.reports.mentions import PlaceMatcher, find_mentions
from geo_idlib.reports.reading import read_reports

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"


def spots(text, gz):
    return [(m.text, m.place.id if m.place else None, m.precision, m.qualifier) for m in find_mentions(text, gz)]


def test_matcher_spans_folded_and_skeleton_spellings():
    m = PlaceMatcher([Place(id="x", name="Kafr Nubl", lat=35.6, lon=36.5, kind="town",
                            names=("Kafr Nabl", "كفرنبل"))])
    text = "Raids on Kafranbel, KAFR NUBL, Kafr-Nabl and كفرنبل; not on Kafr alone."
    assert [text[s:e] for s, e in m.spans(text)] == ["Kafranbel", "KAFR NUBL", "Kafr-Nabl", "كفرنبل"]


def test_matcher_reads_runs_of_name_words_only():
    m = PlaceMatcher([Place(id="b", name="al-Bab", lat=36.3, lon=37.5, kind="town"),
                      Place(id="k", name="Kafr Nubl", lat=35.6, lon=36.5, kind="town"),
                      Place(id="t", name="the Turkish border", lat=36.9, lon=36.6, kind="region")])
    text = "Raids on al-Bab, xBab, d'Bab and the town of Kafr Nubl near the Turkish border; kafr nubl, lower case."
    # inside other words ("xBab", "d'Bab") and in lower-case prose no name is read
    assert [text[s:e] for s, e in m.spans(text)] == ["Bab", "Kafr Nubl", "the Turkish border"]


def test_wire_report_mentions_with_spans(gz):
    (r,) = read_reports([EXAMPLES / "2018-02-05-wire-raids.txt"])
    ms = find_mentions(r.text, gz)
    for m in ms:
        assert r.text[m.start:m.end] == m.text
    assert [(m.text, m.place.id, m.precision, m.qualifier) for m in ms] == [
        ("Idlib", "ocha:SY07", 3, "province"),          # "Idlib province"
        ("Saraqeb", "gn:164816", 2, "near"),            # "near Saraqeb"
        ("سراقب", "gn:164816", 1, ""),                  # Arabic script inside English text
        ("Kafr Nubl", "gn:168661", 1, "settlement"),    # "the towns of Kafr Nubl and Maasran"
        ("Maasran", "wp:masaran-sy070200", 1, "settlement"),  # the Idleb one, not Hama's
        ("Saraqeb", "gn:164816", 1, "city"),            # "the cities of Saraqeb, ... and Idlib"
        ("Maarat al-Numan", "gn:167611", 1, "city"),
        ("Idlib", "gn:169389", 1, "city"),
        ("Maarat al-Numan", "gn:167611", 1, ""),
        ("Idlib", "gn:169389", 1, "city"),              # "Idlib city"
        ("Kafr Nubl", "gn:168661", 1, ""),
        ("Khan al-Subl", "wp:khan-al-sibel", 1, ""),
        ("Maasran", "wp:masaran-sy070200", 1, ""),
        ("Turkish border", "region:turkish-border-area", 3, "near"),  # "camps near the Turkish border"
    ]
    assert all(m.score >= 0.75 for m in ms)


def test_second_report_spellings_resolve_to_the_same_places(gz):
    (r,) = read_reports([EXAMPLES / "2018-02-06-monitor-raids.txt"])
    assert [(m.text, m.place.id) for m in find_mentions(r.text, gz)] == [
        ("Kafranbel", "gn:168661"), ("Ma'saran", "wp:masaran-sy070200"),
        ("Idlib", "gn:169389"),  # "the city of Idlib"
        ("Kafranbel", "gn:168661"), ("Ma'saran", "wp:masaran-sy070200"),
        ("Idlib", "gn:169389"),  # "Idlib, the provincial capital" is the city
        ("Ma'arrat an-Nu'man", "gn:167611"),
    ]


def test_arabic_language_report_yields_its_places(gz):
    (r,) = read_reports([EXAMPLES / "2018-02-05-arabic-snippet.txt"])
    assert spots(r.text, gz) == [
        ("سراقب", "gn:164816", 1, ""),
        ("معرة النعمان", "gn:167611", 1, ""),   # after the proclitic و ("and")
        ("كفرنبل", "gn:168661", 1, ""),
        ("إدلب", "region:southern-idlib", 3, "southern"),  # ريف إدلب الجنوبي: the toponym alone
        ("الحدود التركية", "region:turkish-border-area", 3, "near"),  # "near the Turkish border"
    ]


def test_non_places_are_not_taken(gz):
    (r,) = read_reports([EXAMPLES / "2018-02-07-non-places.txt"])
    assert spots(r.text, gz) == [("Idlib", "ocha:SY07", 3, "province")]
    for text in ("Ahmad Hilal spoke.", "the Aleppo Media Center said", "at 9 am Damascus time",
                 "an Aleppo-based group", "Syrian and Russian officials", "towards the Damascus-Aleppo highway",
                 "the Syrian Observatory said"):
        assert find_mentions(text, gz) == [], text


@pytest.mark.parametrize("text, expected", [
    ("Jets hit southern Idlib.", [("Idlib", "region:southern-idlib", 3, "southern")]),  # a region of the gazetteer
    ("Shelling hit northern Hama.", [("Hama", "region:northern-hama", 3, "northern")]),
    ("Shelling hit eastern Hama.", [("Hama", "ocha:SY05", 3, "eastern")]),  # no such region: the governorate
    ("Fighting in Idlib province.", [("Idlib", "ocha:SY07", 3, "province")]),
    ("Raids on Idlib.", [("Idlib", "ocha:SY07", 3, "province")]),  # bare: the province
    ("Raids on the city of Idlib.", [("Idlib", "gn:169389", 1, "city")]),
    ("Raids on Idlib, the provincial capital.", [("Idlib", "gn:169389", 1, "city")]),
    ("Raids on the provincial capital, Idlib.", [("Idlib", "gn:169389", 1, "city")]),
    ("Raids on the town of Saraqeb.", [("Saraqeb", "gn:164816", 1, "settlement")]),
    ("Shells fell near Saraqeb.", [("Saraqeb", "gn:164816", 2, "near")]),
    ("Shells fell on the outskirts of Saraqeb.", [("Saraqeb", "gn:164816", 2, "near")]),
    ("Troops took the Abu al-Duhur air base.",  # the toponym alone; the site word picks the base
     [("Abu al-Duhur", "wp:abu-al-duhur-military-airbase", 1, "")]),
])
def test_qualifiers_set_place_and_precision(gz, text, expected):
    assert spots(text, gz) == expected


def test_context_pulls_ambiguous_names_toward_the_reports_other_places(gz):
    alone = find_mentions("Jets hit Dana.", gz)[0].place
    south = find_mentions("Jets hit Dana near Maarat al-Numan.", gz)[0].place
    assert south.id == "wp:ad-dana" and alone.id != south.id


def test_a_stated_governorate_wins(gz):
    (m,) = [m for m in find_mentions("Strikes hit the southern Idlib village of Jabala.", gz) if m.precision == 1]
    assert (m.text, m.place.id, m.place.admin1_pcode) == ("Jabala", "wp:jibala", "SY07")
    hama = [m for m in find_mentions("Raids on Ma'saran in Hama.", gz) if m.text == "Ma'saran"][0]
    idlib = [m for m in find_mentions("Raids on Ma'saran in Idlib.", gz) if m.text == "Ma'saran"][0]
    assert (hama.place.admin1_pcode, idlib.place.admin1_pcode) == ("SY05", "SY07")


def test_user_places_are_spotted(gz, tmp_path):
    csv = tmp_path / "places.csv"
    csv.write_text("name,lat,lon,kind\nKhirbet Zaytouna Camp,36.2,36.7,camp\n", encoding="utf-8")
    ms = find_mentions("Families reached Khirbet Zaytouna Camp.", gz.with_places(csv))
    assert [(m.text, m.place.name, m.precision) for m in ms] == [
        ("Khirbet Zaytouna", "Khirbet Zaytouna Camp", 1)]  # the toponym; the camp is the place


def test_to_dict_is_the_geoparse_json_form(gz):
    d = find_mentions("Jets hit Saraqeb.", gz)[0].to_dict()
    assert {k: d[k] for k in ("text", "start", "end", "geo_precision")} == {
        "text": "Saraqeb", "start": 9, "end": 16, "geo_precision": 1}
    assert d["place"]["id"] == "gn:164816" and d["place"]["admin1_pcode"] == "SY07" and d["score"] >= 0.75
