"""Arabic place mentions: transliterated villages, clitics, hashtags, one- and two-word forms,
admin and context words, and evidence before a frequent word becomes a place."""
import dataclasses

import pytest
import wordfreq

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.names import is_arabic
from geo_idlib.reports.lang.ar.places import PLACE_WORDS
from geo_idlib.reports.mentions import find_mentions

SOUTHERN_IDLIB_VILLAGES = "wp:kansafrah", "wp:maarzita"


def spots(text, gz):
    return [(m.text, m.place.id if m.place else None, m.precision, m.qualifier) for m in find_mentions(text, gz)]


def places(text, gz):
    return [(m.text, m.place.id) for m in find_mentions(text, gz) if m.place]


def test_villages_named_only_in_latin_are_met_through_the_transliteration(gz):
    ms = find_mentions("قصفت المدفعية بلدة كنصفرة وقرية معرزيتا في جبل الزاوية.", gz)
    assert [(m.text, m.place.id, m.qualifier) for m in ms] == [
        ("كنصفرة", "wp:kansafrah", "settlement"), ("معرزيتا", "wp:maarzita", "settlement"),
        ("جبل الزاوية", "region:jabal-al-zawiya", "")]
    by_text = {m.text: m for m in ms}
    assert all(0.75 <= by_text[t].score < 0.9 for t in ("كنصفرة", "معرزيتا"))  # probably right, check it


def test_a_district_seat_that_is_also_a_word_needs_no_cue(gz):
    # أريحا is Jericho in any dictionary; here it is the seat of Ariha district, named bare
    assert places("غارات على أريحا صباح اليوم.", gz) == [("أريحا", "gn:172994")]


def test_the_arabic_name_of_the_sources_wins_over_a_transliteration(gz):
    (m,) = find_mentions("نزح الأهالي من بلدة التمانعة.", gz)
    assert (m.text, m.place.id) == ("التمانعة", "gn:172347") and m.score >= 0.9


@pytest.mark.parametrize("text, expected", [
    ("قتل مدني بقصف على قرية كفرومة بريف إدلب.", [("كفرومة", "wp:kafr-rumah"), ("إدلب", "ocha:SY07")]),
    ("نزحت عائلات من بلدات كفرسجنة ومعرشورين والهبيط.",
     [("كفرسجنة", "wp:kafr-sajnah"), ("معرشورين", "wp:maar-shurin"), ("الهبيط", "wp:al-hobait")]),
    ("تعرضت مدن عدة كسراقب وأريحا لغارات.", [("سراقب", "gn:164816"), ("أريحا", "gn:172994")]),
    ("وبسراقب سقطت قذائف أيضا.", [("سراقب", "gn:164816")]),
    ("تجددت الغارات على بلدتي سرمين والدانا.", [("سرمين", "gn:164782"), ("الدانا", "gn:174259")]),
])
def test_attached_clitics_are_not_part_of_the_mention(gz, text, expected):
    assert places(text, gz) == expected


def test_tashkeel_does_not_break_a_name(gz):
    assert places("قُصفت معرّة النعمان وكفرنبّل ليلاً.", gz) == [
        ("معرّة النعمان", "gn:167611"), ("كفرنبّل", "gn:168661")]


def test_hashtags_read_with_the_underscore_as_a_space(gz):
    assert places("#معرة_النعمان تحت القصف منذ الصباح و #إدلب تنتظر", gz) == [
        ("معرة_النعمان", "gn:167611"), ("إدلب", "ocha:SY07")]


@pytest.mark.parametrize("one, two, place", [
    ("معرشورين", "معر شورين", "wp:maar-shurin"), ("كفرسجنة", "كفر سجنة", "wp:kafr-sajnah"),
    ("كفرومة", "كفر رومة", "wp:kafr-rumah"), ("معرتحرمة", "معرة حرمة", "wp:maarrat-hurmah"),
])
def test_one_word_and_two_word_forms_meet_one_place(gz, one, two, place):
    for name in (one, two):
        assert places(f"استهدف الطيران قرية {name} صباحا.", gz) == [(name, place)]


@pytest.mark.parametrize("text, expected", [
    ("قصف مدفعي على ريف ادلب.", [("ادلب", "ocha:SY07", 3, "countryside")]),  # no hamza
    ("اشتباكات في محافظة حماة.", [("حماة", "ocha:SY05", 3, "province")]),
    # a direction: the gazetteer's region where it has one, else the governorate
    ("غارات على ريف إدلب الجنوبي.", [("إدلب", "region:southern-idlib", 3, "southern")]),
    ("غارات على ريف حماة الشمالي.", [("حماة", "region:northern-hama", 3, "northern")]),
    ("غارات على ريف حماة الشمالي الغربي.", [("حماة", "ocha:SY05", 3, "north-western")]),
    ("غارات على جنوب إدلب.", [("إدلب", "region:southern-idlib", 3, "southern")]),
    ("نزوح من الريف الجنوبي لإدلب.", [("إدلب", "region:southern-idlib", 3, "southern")]),
    ("قصف على ريف حماة الغربي.", [("حماة", "ocha:SY05", 3, "western")]),
    ("قصف على ريف إدلب الجنوبي الغربي.", [("إدلب", "ocha:SY07", 3, "south-western")]),
    ("تقدمت القوات جنوب شرق إدلب.", [("إدلب", "ocha:SY07", 3, "south-eastern")]),  # not شرق إدلب's region
    ("قصف على ريف اللاذقية.", [("اللاذقية", "ocha:SY06", 3, "countryside")]),
    ("قصف على مدينة إدلب.", [("إدلب", "gn:169389", 1, "city")]),
    ("قذائف على أطراف مدينة سراقب.", [("سراقب", "gn:164816", 2, "near")]),
    ("قذائف على ريف سراقب.", [("سراقب", "gn:164816", 2, "countryside")]),
    ("تقدم الجيش جنوب مدينة إدلب.", [("إدلب", "gn:169389", 2, "near")]),  # south of the city
    ("قصفت الطائرات مركز إدلب.", [("إدلب", "gn:169389", 1, "city")]),
])
def test_admin_and_context_words_set_place_and_precision(gz, text, expected):
    assert spots(text, gz) == expected


@pytest.mark.parametrize("text, expected", [
    ("سيطرت القوات على مطار أبو الظهور العسكري.", ("أبو الظهور", "wp:abu-al-duhur-military-airbase")),
    ("قصفت الطائرات مطار تفتناز.", ("تفتناز", "wp:taftanaz-air-base")),
    ("هدأ القصف على أبو الظهور.", ("أبو الظهور", "gn:174611")),  # the town, not its air base
])
def test_a_site_word_picks_the_site(gz, text, expected):
    assert places(text, gz) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("سقطت قذائف على أحياء مدينة حلب الغربية.", [("حلب", "gn:170063")]),  # the toponym, without مدينة
    ("قصف على قرية الدير الغربي قرب معرة النعمان.",                       # a direction inside a name
     [("الدير الغربي", "wp:dayr-al-gharbi"), ("معرة النعمان", "gn:167611")]),
    ("قال رئيس المجلس المحلي في معرة النعمان إن المدينة خالية.", [("معرة النعمان", "gn:167611")]),
    ("سيطرت القوات على قرية الصرمان.", []),  # not سرمين: two Arabic spellings must be alike
])
def test_where_a_name_begins_and_ends(gz, text, expected):
    assert places(text, gz) == expected


def test_the_reports_places_pick_a_namesake_met_by_transliteration(gz):
    """الدانا is the sources' Arabic name of the northern town; a report about the villages
    around Ma`arrat an-Nu`man (Damascus named in passing) means the village there."""
    text = ("سيطر الجيش على قرى الغدفة ومعرشورين والدانا قرب معرة النعمان، "
            "ورحبت دمشق بما وصفته بالتقدم.")
    assert dict(places(text, gz))["الدانا"] == "wp:ad-dana"
    assert dict(places("غارات على مدينة الدانا قرب الحدود التركية.", gz))["الدانا"] == "gn:174259"


def test_a_stated_governorate_picks_the_homonym(gz):
    hama = places("قصف على قرية كفرعميم بريف حماة.", gz)[0]
    idlib = places("قصف على قرية كفرعميم بريف إدلب.", gz)[0]
    assert (hama[1], idlib[1]) == ("wp:kafr-amim-sy050100", "wp:kafr-amim-sy070003")
    # ... for a whole list, and a village met only by transliteration elsewhere is not taken
    listed = places("قصف على قريتي كفرعميم ولطمين بريف حماة.", gz)
    assert listed == [("كفرعميم", "wp:kafr-amim-sy050100"), ("لطمين", "wp:latmin"), ("حماة", "ocha:SY05")]
    # in the stated governorate the only mark of the name is a checkpoint: it, not Aleppo's village
    assert places("قصف على قريتي الزعلانة وكفرومة بريف إدلب.", gz) == [
        ("الزعلانة", "wp:al-zalana-checkpoint"), ("كفرومة", "wp:kafr-rumah"), ("إدلب", "ocha:SY07")]
    assert places("قصف على قرية الزعلانة بريف حلب.", gz)[0] == ("الزعلانة", "wp:zalanah")
    # a hashtag stating the governorate, and a list going on after a cue word of its own
    assert places("سيطرت القوات على بلدة كفرعميم وقرية لطمين بريف #حماة.", gz)[:2] == [
        ("كفرعميم", "wp:kafr-amim-sy050100"), ("لطمين", "wp:latmin")]


def test_the_short_form_of_a_town_is_a_curated_name(gz):
    assert places("وصل الجيش إلى أطراف المعرة من الشمال.", gz) == [("المعرة", "gn:167611")]


@pytest.mark.parametrize("text", [
    "آخر تحديث 2020.01.28 - 08:40 دمشق",  # a clock, not a place
    "الساعة العاشرة بتوقيت دمشق",
    "وصل الوفد إلى لبنان أمس.",         # لبنان is not ل + بنان
    "قالت الفرق إن فرقه انتشلت الجثث.",  # فرقه "its teams" is not ف + رقه (Raqqa)
    "قال مراسل قناة حلب اليوم إن القصف مستمر.",   # an outlet's name
    "نقلت منظومة إسعاف سراقب الجرحى.",            # an organisation's name
    "وصل النازحون إلى مدينة الريحانية التركية.",   # a town abroad, spelt like a Syrian village
    "عاد اللاجئون من ولاية هاتاي.",
    "قال إن الباب كان مفتوحا.",          # الباب "the door", not the town
    "أصيب شاب بجروح عصرا.",             # word-like words met only by transliteration
    "قصفت الطائرات مواقعه في الجبل.",
    "قرية كان فيها ناس.",               # one of the commonest words, even after a cue
    "وصل إلى تل النار قرب البلدة.",       # the head of a name the gazetteer does not know
])
def test_words_that_are_not_places_here(gz, text):
    assert places(text, gz) == []


def test_a_frequent_word_is_a_place_after_a_cue(gz):
    assert places("سيطرت الفصائل على مدينة الباب.", gz) == [("الباب", "gn:174018")]


def test_a_plural_kind_word_is_the_cue_of_every_name_it_lists(gz):
    # الشيخ مصطفى, الدير الشرقي: frequent words, each a village here as one of "قرى A وB وC"
    assert places("قصفت المروحيات قرى كفرسجنة والشيخ مصطفى وكفرعين.", gz) == [
        ("كفرسجنة", "wp:kafr-sajnah"), ("الشيخ مصطفى", "wp:ash-shaykh-mustafa"), ("كفرعين", "wp:kafr-ayn")]
    assert [t for t, _ in places("سيطر الجيش على بلدات معرشمشة وتلمنس والدير الشرقي.", gz)] == [
        "معرشمشة", "تلمنس", "الدير الشرقي"]
    # a singular kind word is the first name's own: the frequent words after it need their own cue
    assert places("قصفت المروحيات قرية كفرسجنة والشيخ مصطفى.", gz) == [("كفرسجنة", "wp:kafr-sajnah")]


@pytest.mark.parametrize("text, expected", [
    # "areas of the countryside" are the countryside itself, not near its city
    ("نزح الآلاف من مناطق ريفي إدلب وحلب.", [("إدلب", "ocha:SY07", 3), ("حلب", "ocha:SY02", 3)]),
    ("قصف على مناطق ريف إدلب الجنوبي.", [("إدلب", "region:southern-idlib", 3)]),
    ("قصف على أطراف مدينة سراقب.", [("سراقب", "gn:164816", 2)]),  # the outskirts of a town stay near it
])
def test_areas_of_a_countryside_are_the_countryside(gz, text, expected):
    assert [(m.text, m.place.id, m.precision) for m in find_mentions(text, gz)] == expected


def test_a_transliterated_name_needs_evidence(gz):
    assert places("قال كنصفرة إن الوضع هادئ.", gz) == []          # no cue, no list, no governorate
    assert places("غارات على سراقب وكنصفرة.", gz)[1] == ("كنصفرة", "wp:kansafrah")  # listed with a place
    assert places("قصف على كنصفرة بريف إدلب.", gz)[0] == ("كنصفرة", "wp:kansafrah")  # governorate stated
    later = places("قصف على قرية كفر سجنة صباحا. ثم عاد القصف إلى كفرسجنة مساء.", gz)
    assert later == [("كفر سجنة", "wp:kafr-sajnah"), ("كفرسجنة", "wp:kafr-sajnah")]  # named before


def test_places_outside_the_north_west_stay_what_they_are(gz):
    (m,) = [m for m in find_mentions("ورفضت دمشق الاتهامات جملة وتفصيلا.", gz) if m.place]
    assert (m.text, m.place.admin1_pcode) == ("دمشق", "SY01")


@pytest.fixture(scope="module")
def frequent_words():
    return wordfreq.top_n_list("ar", 5000)


def test_the_5000_most_frequent_arabic_words_are_not_places(gz, frequent_words):
    """Alone and inside a plain sentence. The only frequent words read as places are
    ``PLACE_WORDS``: governorates of the north-west and their capitals, and the country's
    capital, which in reports from Syria mean the place."""
    found = {}
    for word in frequent_words:
        for text in (word, f"قال الرجل إن {word} كان هناك أمس."):
            found.update((m.text, m.place) for m in find_mentions(text, gz) if m.place)
    assert set(found) <= set(PLACE_WORDS)
    assert {"حلب", "دمشق"} <= set(found)
    for place in found.values():
        assert (place.kind == "admin unit" and place.admin_level == 1) or place.kind == "city"


def test_the_place_words_name_governorates_or_their_capitals(gz):
    for word in PLACE_WORDS:
        best = gz.resolve(word, limit=1)[0].place
        assert best.kind in ("city", "admin unit") and best.admin1_pcode, word


def test_towns_written_in_arabic_are_found_without_their_arabic_names(gz):
    """Every north-west town the sources name in Arabic, with those Arabic names (and their
    letter-by-letter romanisations) taken out: in a sentence of its own after a cue word, its
    Arabic name is spotted and placed through the transliteration alone."""
    held, places_ = {}, []
    for p in gz.places:
        if p.admin1_pcode in ("SY07", "SY05", "SY02", "SY06") and p.kind in ("city", "town", "village") \
                and p.name_ar and not p.name_ar.startswith("مركز"):
            held[p.name_ar] = p.id
            latin = tuple(n for n in p.names if not is_arabic(n) and n != n.lower())
            p = dataclasses.replace(p, name_ar="", names=latin)
        places_.append(p)
    latin_only = Gazetteer(places_)
    found = 0
    for name, pid in held.items():
        ms = find_mentions(f"قصفت الطائرات بلدة {name} صباحا.", latin_only)
        found += (name, pid) in [(m.text, m.place.id) for m in ms if m.place]
    assert len(held) >= 100 and found / len(held) >= 0.95
