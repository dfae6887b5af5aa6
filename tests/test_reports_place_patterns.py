"""How reporters write places, pattern by pattern (sentences written for these tests): spellings,
evidence before a common word is a place, sites, context, and the 10,000 commonest English words."""
import pytest
import wordfreq

from geo_idlib.reports.evidence import admitted_words
from geo_idlib.reports.mentions import find_mentions


def placed(text, gz):
    """``(toponym, place name)`` of every resolved mention."""
    return [(m.text, m.place.name) for m in find_mentions(text, gz) if m.place is not None]


def place_of(text, gz, toponym):
    found = [m for m in find_mentions(text, gz) if m.text == toponym]
    assert found, f"no mention {toponym!r} in {[m.text for m in find_mentions(text, gz)]}"
    return found[0]


@pytest.mark.parametrize("text, toponym, place_id", [
    # the article is part of the toponym, in lower case too
    ("Rockets landed in al-Suqaylabiyah overnight.", "al-Suqaylabiyah", "gn:163921"),
    ("Rescuers reached the town of Al Bara before dawn.", "Al Bara", "wp:bara"),
    # capitals, curly apostrophes, spaces and hyphens inside a name
    ("TROOPS ENTER KAFR NUBL AFTER WEEKS OF RAIDS", "KAFR NUBL", "gn:168661"),
    ("Families left Ma’arrat al-Nu’man on foot.", "Ma’arrat al-Nu’man", "gn:167611"),
    ("Jets returned to Kafr-Nabl on Monday.", "Kafr-Nabl", "gn:168661"),
    ("Shells fell on Maarrat Hurma and Kafr Sajna.", "Maarrat Hurma", "wp:maarrat-hurmah"),
    # a village the map spells 'Jubus', its Arabic name from a curated row
    ("سقطت قذائف على قرية جوباس جنوب سراقب.", "جوباس", "wp:jubus"),
    # Aleppo's old name Beroea sounds like البارة, but Arabic writes Aleppo حلب: the Jabal al-Zawiya village
    ("انتشل الدفاع المدني جثتي طفلين في قرية البارة عقب قصف روسي.", "البارة", "wp:bara"),
])
def test_spellings_reporters_use(gz, text, toponym, place_id):
    m = place_of(text, gz, toponym)
    assert m.place.id == place_id, m.place


@pytest.mark.parametrize("text, toponym, place_name", [
    # one or two letters off a place named nearby, or in the governorate the text gives
    ("Raids hit Kafr Nubl and the nearby village of Hass, then Bsekla.", "Bsekla", "Basqala"),
    ("A market in Sarmata was struck, a few kilometres from Atmeh and Dana.", "Sarmata", "Sarmada"),
    ("Two villages in Hama province, Kafr Nabutha and Kafr Zita, were shelled.", "Kafr Nabutha", "Kafr Nabudah"),
    ("Shells fell on Ma'ar Hurma and Kafr Sajna.", "Ma'ar Hurma", "Ma'arrat Hurmah"),  # a space inside the name
])
def test_near_miss_spellings_meet_the_place_around_them(gz, text, toponym, place_name):
    m = place_of(text, gz, toponym)
    assert (m.place.name, m.matched) == (place_name, "near-miss")
    assert 0.75 <= m.score < 0.90  # a misspelling is a "check it" answer


def test_an_al_name_that_spells_an_english_word_is_read_as_a_place_by_its_kind_word(gz):
    # "Habit" is an English word; hyphenated to "al-" after "the villages of", it is a village's name
    found = find_mentions("Guns shelled the villages of al-Habit and Kafr Sajna, and later al-Habit again.", gz)
    assert [(m.text, m.place.name, m.matched) for m in found] == [
        ("al-Habit", "Al-Hobait", "near-miss"), ("Kafr Sajna", "Kafr Sajnah", "folded"),
        ("al-Habit", "Al-Hobait", "near-miss")]
    assert placed("Fighters loyal to al-Qaeda were seen in Idlib.", gz) == [("Idlib", "Idleb")]  # no kind word: a name


@pytest.mark.parametrize("text", [
    "Refugees crossed into the Turkish town of Kilis.",        # put abroad by the words before it
    "Families fled to Sinjar in Iraq.",                        # ... or after it (Syria has a Sinjar too)
    "The governor of Hatay spoke after jets hit Balyun.",      # a well-known place abroad, met loosely
])
def test_places_abroad_are_not_syrian_places(gz, text):
    assert all(m.place is not None and m.place.name == "Balyun" for m in find_mentions(text, gz))


@pytest.mark.parametrize("text, place, qualifier", [
    ("Rockets fell in Idlib's southern countryside.", "southern Idlib", "southern"),
    ("Rockets fell in Hama’s northern countryside.", "northern Hama", "northern"),   # a curly apostrophe
    ("Rockets fell in the southern countryside of Idlib.", "southern Idlib", "southern"),
    ("Rockets fell in Hama's countryside.", "Hama", "countryside"),                    # the governorate, not the city
])
def test_a_governorates_countryside_told_after_its_name(gz, text, place, qualifier):
    m = [m for m in find_mentions(text, gz) if m.place is not None][0]
    assert (m.place.name, m.precision, m.qualifier) == (place, 3, qualifier)


def test_a_three_letter_village_named_with_its_kind_word(gz):
    # too short for the spotter's keys; the kind word and the gazetteer's own spelling make it a place
    assert placed("Mortars hit the village of Qah and the village of al-Tah.", gz) == [("Qah", "Qah"), ("al-Tah", "al-Tah")]
    assert placed("Qah is quiet.", gz) == []


def test_south_of_the_town_of_x_is_near_x(gz):
    m = place_of("Fighting raged south of the town of Kafr Nubl.", gz, "Kafr Nubl")
    assert (m.place.name, m.precision, m.qualifier) == ("Kafranbel", 2, "near")


def test_a_name_three_villages_share_follows_the_place_listed_with_it(gz):
    # Jubbayn is a village of Hama and of two Aleppo districts: listed with Tall Malah (Hama's only
    # one), it is Hama's; the tie must not pull Tall Malah to an Aleppo namesake instead
    found = {m.text: (m.place.name, m.place.admin1_pcode) for m in find_mentions(
        "Troops entered the villages of Tall Malah, Jubain and al-Jabin on Sunday.", gz) if m.place}
    assert found == {"Tall Malah": ("Tall Mallah", "SY05"), "Jubain": ("Jubbayn", "SY05")}  # al-Jabin: not Jubbayn


@pytest.mark.parametrize("text", ["نزحت عائلات كثيرة من كفرنبودة أمس.", "سقطت قذائف على بكفرنبودة أمس."])
def test_an_arabic_name_met_only_by_transliteration_is_a_place_after_a_preposition(gz, text):
    assert placed(text, gz) == [("كفرنبودة", "Kafr Nabudah")]


def test_a_common_arabic_word_with_a_pronoun_is_no_place_after_a_preposition(gz):
    # "from its positions": مواقعه spells like Muqah once transliterated, but it is مواقع + ه
    assert placed("قصفت قوات النظام البلدة من مواقعه القريبة.", gz) == []


def test_an_outlet_named_after_a_town_is_no_place_but_the_town_today_is(gz):
    assert placed("Aleppo Today and the Idlib Post reported it.", gz) == []
    assert placed("Jets struck Sarmin today.", gz) == [("Sarmin", "Sarmīn")]


def test_a_preposition_and_the_word_after_it_are_no_name(gz):
    # "a number of his pictures": من صوره sounds like Mansurah as one phrase, but no name opens with "من"
    assert placed("ونشر الناشط عددا من صوره بعد الغارة على سراقب.", gz) == [("سراقب", "Saraqib")]


def test_a_name_met_only_by_likeness_elsewhere_yields_to_the_governorate_stated(gz):
    # al-Hamadaniyah of Aleppo (a city quarter, not in the gazetteer) is not Idlib's Hamdaniyah
    assert placed("Rockets fell on homes in al-Hamadaniyah in Aleppo on Sunday.", gz) == [("Aleppo", "Aleppo")]
    assert placed("Rockets fell on homes in Hamdaniyah in Idlib on Sunday.", gz) == [
        ("Hamdaniyah", "Hamdaniyah"), ("Idlib", "Idleb")]


def test_a_misspelling_with_no_place_around_it_is_not_guessed(gz):
    assert placed("A strike hit Sarmata on Tuesday.", gz) == []


@pytest.mark.parametrize("text", [
    "Babies Among Dead As Raids Resume",               # a headline
    "Source: a local monitor",                          # a label line
    "Since then, the front has not moved.",             # sentence-initial common words
    "Sign up for our newsletter. Terms of Use apply.",  # page boilerplate
    "Remind me later.",
    "Fighters of Hayat Tahrir al-Sham withdrew.",       # an organisation holding a city's old name
    "The state agency SANA said nothing.",              # an acronym
    "Updated 10:31 Damascus, 4 May",                    # a time zone
    "آخر تحديث 10:09 دمشق",                              # ... in Arabic too
    "The share of aid that arrived fell.",
    "Four members of the Khattab family died in the raid.",  # a family name that is also a village's
])
def test_common_words_and_other_names_are_not_places(gz, text):
    assert placed(text, gz) == []


def test_a_common_word_is_a_place_with_evidence(gz):
    # "Has" (Hass) in a list of villages, capitalised mid-sentence
    assert ("Has", "Hass") in placed("Shells fell on Kafr Nubl, Has and Kansafrah.", gz)
    # ...but not at the start of a sentence with nothing to say it is a place
    assert placed("Has the shelling stopped?", gz) == []


def test_the_10000_commonest_english_words_are_not_places(gz):
    """Each word, capitalised at the start of a sentence: only the north-west place names that
    are also English words, as :func:`admitted_words` lists them, may come out as places."""
    admitted = admitted_words(gz)
    taken = {}
    for word in wordfreq.top_n_list("en", 10_000):
        for m in find_mentions(f"{word[:1].upper()}{word[1:]} was in the text.", gz):
            if m.place is not None and m.text.lower() not in admitted:
                taken[word] = m.place.name
    assert taken == {}


def test_admitted_words_are_real_places_of_the_north_west_or_syrias_big_cities(gz):
    assert {"aleppo", "damascus", "dana", "al bab"} <= admitted_words(gz)
    assert not {"tell", "sam", "harm", "martin"} & admitted_words(gz)


@pytest.mark.parametrize("text, toponym, place_id", [
    ("The army said it took the Abu Duhur military airport.", "Abu Duhur", "wp:abu-al-duhur-military-airbase"),
    ("Jets flew from the Khmeimim air base.", "Khmeimim",
     "wp:bassel-al-assad-intl-airport-and-khmeimim-airbase"),
    ("Shells hit Madiq Castle on Friday.", "Madiq Castle", "gn:166227"),  # the town, not the sub-district
    ("Rain flooded the Atmeh camps by the border.", "Atmeh", "wp:atme"),  # the camps beside Atmeh village
    ("The jets flew from Hmeimim.", "Hmeimim", "wp:bassel-al-assad-intl-airport-and-khmeimim-airbase"),
])
def test_sites_named_with_their_site_word(gz, text, toponym, place_id):
    assert place_of(text, gz, toponym).place.id == place_id


@pytest.mark.parametrize("text, toponym, place_id, qualifier", [
    ("Fighting spread across Idlib.", "Idlib", "ocha:SY07", "province"),     # bare: the province
    ("Jets struck Saraqeb, Idlib and Ariha.", "Idlib", "gn:169389", "settlement"),  # a list of towns
    ("Aid reached Idlib and Hama provinces.", "Idlib", "ocha:SY07", "province"),
    ("Displaced families went to Aleppo.", "Aleppo", "gn:170063", ""),       # a national city: the city
    ("Shelling hit villages in Idlib and Aleppo.", "Aleppo", "ocha:SY02", "province"),  # beside a province
    ("Troops pushed into northern Hama province.", "Hama", "region:northern-hama", "northern"),
    ("Shells fell on the southern Idlib countryside.", "Idlib", "region:southern-idlib", "southern"),
])
def test_governorate_or_city(gz, text, toponym, place_id, qualifier):
    m = place_of(text, gz, toponym)
    assert (m.place.id, m.qualifier) == (place_id, qualifier)


def test_a_list_takes_the_governorate_stated_after_it(gz):
    text = "Shells fell on Kafr Nabudah, Hawija and Madiq Castle villages in Hama Governorate."
    ms = {m.text: m.place for m in find_mentions(text, gz) if m.place is not None}
    assert ms["Hawija"].name == "Huwayjah" and ms["Hawija"].admin1_pcode == "SY05"
    assert all(p.admin1_pcode == "SY05" for p in ms.values())


def test_a_short_form_takes_the_place_named_before(gz):
    text = "Jets struck Maarat al-Numan. Later, residents of Maarat said the market burned."
    ms = [m for m in find_mentions(text, gz) if m.place is not None]
    assert [(m.text, m.place.id) for m in ms] == [("Maarat al-Numan", "gn:167611"), ("Maarat", "gn:167611")]
    assert ms[1].matched == "earlier"
    text = "Troops took the Abu Duhur air base. Rebels had held Abu Duhur since 2015."
    assert {m.place.id for m in find_mentions(text, gz)} == {"wp:abu-al-duhur-military-airbase"}


def test_a_village_far_from_the_rest_of_the_report_yields_to_a_namesake_near_it(gz):
    text = ("Shelling hit al-Suqaylabiyah and Kafr Nabudah in Hama, and the village of al-Muntar "
            "near Qalaat al-Madiq.")
    assert place_of(text, gz, "al-Muntar").place.admin1_pcode == "SY05"  # not the Al-Muntar near al-Bab


def test_a_capital_that_speaks_is_its_government(gz):
    m = place_of("Damascus denied the raids on Saraqeb.", gz, "Damascus")
    assert (m.place.name, m.qualifier) == ("Damascus", "government")
