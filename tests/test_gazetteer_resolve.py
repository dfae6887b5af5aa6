"""Resolving the spellings reporters write, the ambiguity traps, hints and unknown names."""
import pytest

from geo_idlib.errors import InputError
from geo_idlib.gazetteer import ACCEPT_SCORE

SARAQIB, KAFR_NUBL, MAARAT, KHAN_SHAYKHUN, JISR = "gn:164816", "gn:168661", "gn:167611", "gn:168325", "gn:169023"
DANA_NORTH, DANA_SOUTH, JIBALA, JABLEH, NUBL = "gn:174259", "wp:ad-dana", "wp:jibala", "gn:169304", "gn:166331"

# Every spelling named in the gazetteer issue, and its place.
ISSUE_VARIANTS = [
    ("Saraqeb", SARAQIB), ("Saraqib", SARAQIB), ("Sarakeb", SARAQIB), ("سراقب", SARAQIB),
    ("Kafr Nubl", KAFR_NUBL), ("Kafranbel", KAFR_NUBL), ("Kafr Nabl", KAFR_NUBL), ("Kfar Nobol", KAFR_NUBL),
    ("كفرنبل", KAFR_NUBL),
    ("Maarat al Numan", MAARAT), ("Ma`arrat an Nu`man", MAARAT), ("Maaret al-Noaman", MAARAT),
    ("Maarat al-Numan", MAARAT), ("Maaret al-Noomane", MAARAT), ("Maaret El-Numan", MAARAT),
    ("Ma'arrat An Nu'man", MAARAT), ("معرة النعمان", MAARAT),
    ("Khan Sheikhoun", KHAN_SHAYKHUN), ("Khan Shaykhun", KHAN_SHAYKHUN), ("Khan Cheikhoun", KHAN_SHAYKHUN),
    ("خان شيخون", KHAN_SHAYKHUN),
    ("Jisr Al-Shqour", JISR), ("Jisr ash Shughur", JISR), ("Djisr al-Choghour", JISR), ("جسر الشغور", JISR),
    ("Abu al-Duhur", "gn:174611"), ("Abu ad Duhur", "gn:174611"),
    ("Kafr Nabudah", "wp:kafr-nabudah"), ("كفرنبودة", "wp:kafr-nabudah"), ("كفر نبودة", "wp:kafr-nabudah"),
    ("Saraqab", SARAQIB), ("Kafr Nobol", KAFR_NUBL), ("Idlib", "gn:169389"), ("Idleb", "gn:169389"),
    ("Abu al-Duhur air base", "wp:abu-al-duhur-military-airbase"),
    ("Qalaat al-Madiq", "gn:166227"), ("Khan al-Subl", "wp:khan-al-sibel"), ("Jableh", JABLEH),
    ("Atmeh", "wp:atme"), ("Tal Salmu", "wp:tall-salmu"),
]


@pytest.mark.parametrize("name,place_id", ISSUE_VARIANTS)
def test_issue_spellings_resolve_to_their_place(gz, name, place_id):
    best = gz.resolve(name)[0]
    assert best.place.id == place_id
    assert best.score >= ACCEPT_SCORE
    assert 0 <= best.score <= 1


def test_candidates_carry_place_score_and_why(gz):
    cands = gz.resolve("Sarakeb", limit=3)
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    best = cands[0]
    assert best.matched == "alternate" and best.matched_name == "Sarakeb"
    assert best.place.admin1_pcode == "SY07" and best.place.admin3_pcode == "SY070003"
    assert best.place.name_ar == "سراقب" and "geonames" in best.place.sources
    assert {c.matched for c in gz.resolve("Saraqib")} >= {"exact"}
    assert gz.resolve("Sarakib")[0].matched == "folded"
    assert gz.resolve("Maaret al-Noaman")[0].matched == "skeleton"
    assert gz.resolve("Jisr Al-Shqour")[0].matched == "skeleton"  # q said g: Shqour = Shughur
    assert gz.resolve("Saraqin")[0].matched == "fuzzy" and gz.resolve("Saraqin")[0].place.id == SARAQIB


def test_two_danas_in_idlib_follow_the_near_hint(gz):
    assert gz.resolve("Dana")[0].place.id == DANA_NORTH  # the bigger town wins a tie
    assert gz.resolve("Dana", near="Maarat al-Numan")[0].place.id == DANA_SOUTH
    assert gz.resolve("Dana", near="Sarmada")[0].place.id == DANA_NORTH
    assert gz.resolve("Dana", near=(35.65, 36.67))[0].place.id == DANA_SOUTH
    south = gz.get(DANA_SOUTH)
    assert gz.resolve("Dana", near=south)[0].place.id == DANA_SOUTH


def test_jabala_in_idlib_is_not_jableh_on_the_coast(gz):
    assert gz.resolve("Jabala")[0].place.id == JIBALA
    assert gz.resolve("Jabala", admin1="Idlib")[0].place.id == JIBALA
    assert gz.resolve("Jabala", near="Kafr Nubl")[0].place.id == JIBALA
    assert gz.resolve("Jableh")[0].place.id == JABLEH
    assert all(c.place.id != JABLEH for c in gz.resolve("Jabala", admin1="Idlib", limit=10))


def test_nubl_is_not_kafr_nubl(gz):
    assert gz.resolve("Nubl")[0].place.id == NUBL
    assert gz.resolve("Kafr Nubl")[0].place.id == KAFR_NUBL
    assert all(c.place.id != KAFR_NUBL for c in gz.resolve("Nubl", limit=10))


def test_same_named_villages_are_told_apart_by_governorate(gz):
    idlib = gz.resolve("Maasran", admin1="Idlib")[0].place
    hama = gz.resolve("Maasran", admin1="Hama")[0].place
    assert idlib.id != hama.id and idlib.admin1_pcode == "SY07" and hama.admin1_pcode == "SY05"
    assert gz.resolve("Kafr Amim", admin1="SY05")[0].place.admin1_pcode == "SY05"


def test_neighbours_name_is_not_taken_for_the_geonames_place(gz):
    best = gz.resolve("Marshemarin")[0]
    assert best.place.id == "wp:maar-shamarin" and best.score >= ACCEPT_SCORE
    assert all(c.place.id != "gn:167605" for c in gz.resolve("Marshemarin", limit=10))


@pytest.mark.parametrize("name", [
    "London", "Paris", "Ahmad Hilal", "Syrian Observatory", "White Helmets", "Reuters", "Moscow",
    "Civil Defence", "Russian", "Hayat Tahrir al-Sham", "Vladimir Putin", "Xyzzy", "Hospital",
])
def test_unknown_names_are_unknown_not_a_wrong_place(gz, name):
    cands = gz.resolve(name)
    assert not cands or cands[0].score < ACCEPT_SCORE


def test_qualifiers_pick_the_admin_unit_or_the_settlement(gz):
    assert gz.resolve("Idlib province")[0].place.id == "ocha:SY07"
    assert gz.resolve("Idlib governorate")[0].place.id == "ocha:SY07"
    assert gz.resolve("Maarat al-Numan district")[0].place.id == "ocha:SY0702" or \
        gz.resolve("Al Ma'ra district")[0].place.id == "ocha:SY0702"
    assert gz.resolve("Saraqeb city")[0].place.id == SARAQIB
    assert gz.resolve("Idlib")[0].place.kind == "city"  # a bare name means the town, not the unit
    assert gz.resolve("Hama")[0].place.kind == "city"


def test_kinds_and_admin1_filters(gz):
    assert gz.resolve("Idlib", kinds=["admin unit"])[0].place.id == "ocha:SY07"
    air = gz.resolve("Abu al-Duhur airport", kinds={"airbase"})
    assert air and all(c.place.kind == "airbase" for c in air)
    assert gz.resolve("Saraqeb", admin1="Aleppo") == []
    with pytest.raises(InputError, match="unknown governorate"):
        gz.resolve("Saraqeb", admin1="Narnia")
    with pytest.raises(InputError, match="unknown kind"):
        gz.resolve("Saraqeb", kinds=["castle"])
    with pytest.raises(InputError, match="unknown place"):
        gz.resolve("Dana", near="Xyzzyville")


def test_limit_and_determinism(gz):
    assert len(gz.resolve("Dana", limit=2)) == 2
    assert gz.resolve("Dana", limit=10) == gz.resolve("Dana", limit=10)


def test_search_and_stats(gz):
    assert any(p.id == JISR for p in gz.search("shughur"))
    stats = gz.stats()
    assert stats["source"]["geonames"] >= 300 and stats["source"]["wikipedia"] >= 2000
    assert stats["kind"]["admin unit"] == 14 + 62 + 272
    assert stats["admin1"]["Idleb"] > 350


def test_named_areas_resolve_to_regions_with_polygons(gz):
    south = gz.resolve("southern Idlib")[0]
    assert south.place.kind == "region" and south.place.admin1_pcode == "SY07"
    assert gz.resolve("southern Idlib countryside")[0].place.id == south.place.id
    assert gz.resolve("ريف إدلب الجنوبي")[0].place.id == south.place.id
    assert gz.resolve("the Turkish border")[0].place.id == "region:turkish-border-area"
    shape = gz.geometry(south.place)
    kafr_nubl = gz.get(KAFR_NUBL)
    from shapely.geometry import Point

    assert shape.contains(Point(kafr_nubl.lon, kafr_nubl.lat))
    assert not shape.contains(Point(gz.get(DANA_NORTH).lon, gz.get(DANA_NORTH).lat))
    assert set(gz.regions()["id"]) >= {"region:southern-idlib", "region:northern-hama"}
