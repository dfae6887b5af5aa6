"""Arabic reports through the Arabic language pack, in the project's own words: strikes, tolls
(words, duals, people listed one by one, Arabic-Indic digits), dates (weekdays, yesterday, month
names), captures, displacement and sources. Each test names the fields it checks."""
import datetime as dt

import pandas as pd
import pytest

from geo_idlib.reports.events import extract_events
from geo_idlib.reports.lang import detect_language, lexicon
from geo_idlib.reports.numbers import find_numbers

MONDAY = dt.date(2019, 5, 20)


def _rows(text, gz, fields, published=MONDAY):
    ev = extract_events(text, published, gazetteer=gz)
    return [{f: (None if row[f] is pd.NA or (isinstance(row[f], float) and row[f] != row[f]) else row[f])
             for f in fields} for row in ev.to_dict("records")]


def test_arabic_script_picks_the_arabic_pack():
    assert detect_language("قصف على سراقب") == "ar" and detect_language("Jets hit Saraqeb", "ar") == "ar"


@pytest.mark.parametrize("text, low", [
    ("قتل ثلاثة مدنيين", 3), ("سقط ١١ شهيدا", 11), ("خمسة عشر مدنيا", 15), ("واحد وعشرون شخصا", 21),
    ("نزح 25 ألف مدني", 25_000), ("عشرات الآلاف", 10_000), ("امرأة وطفلها", 2), ("شهيدان", 2),
])
def test_arabic_counts(text, low):
    assert find_numbers(text, lex=lexicon("ar"))[0].low == low


@pytest.mark.parametrize("text, sub, place, fatalities", [
    ("قتل ثلاثة مدنيين في غارات جوية على مدينة سراقب اليوم الاثنين.", "Air/drone strike", "Saraqib", 3),
    ("استشهد ١١ مدنيا بقصف بالبراميل المتفجرة على مدينة كفرنبل.", "Air/drone strike", "Kafranbel", 11),
    ("قضى ثلاثة إخوة بقصف مدفعي لقوات النظام على مدينة خان شيخون.", "Shelling/artillery/missile attack",
     "Khān Shaykhūn", 3),
    ("قتلت امرأة وطفلها بقذائف المدفعية على مدينة أريحا.", "Shelling/artillery/missile attack", "Arīḩā", 2),
    ("استهدفت الطائرات الحربية مدينة جسر الشغور، ما أدى إلى مقتل شخصين.", "Air/drone strike", "Jisr ash Shughūr",
     2),
])
def test_arabic_strikes_and_tolls(gz, text, sub, place, fatalities):
    got = _rows(text, gz, ("sub_event_type", "location", "fatalities"))
    assert got == [{"sub_event_type": sub, "location": place, "fatalities": fatalities}]


@pytest.mark.parametrize("text, fatalities", [
    # deaths told without a figure: the toll stays empty, not 0
    ("قصفت طائرات حربية مدينة سراقب يوم الأحد ما أدى إلى سقوط عدد من القتلى.", None),
    ("سقط قتلى وجرحى في غارات على مدينة سراقب يوم الأحد.", None),
    ("أسفرت غارات يوم الأحد على مدينة سراقب عن سقوط ضحايا بين المدنيين.", None),
    ("خلفت غارات الأحد على مدينة سراقب العشرات بين قتيل وجريح.", None),  # dead and hurt in one figure
    ("سقط قتلى في غارة لطائرة بدون طيار على مدينة سراقب يوم الأحد.", None),  # a drone ("without a pilot") says no none
    # no word of deaths, or none told: ACLED's 0
    ("شنت طائرات حربية غارات على مدينة سراقب يوم الأحد.", 0),
    ("غارات على مدينة سراقب يوم الأحد دون وقوع إصابات.", 0),
    ("غارات على مدينة سراقب يوم الأحد، ولم ترد أنباء عن ضحايا.", 0),
    # a figure: the figure
    ("أسفرت غارات الأحد على مدينة سراقب عن مقتل خمسة مدنيين وسقوط عدد من الجرحى.", 5),
])
def test_arabic_deaths_without_a_figure_leave_the_toll_empty(gz, text, fatalities):
    assert _rows(text, gz, ("location", "fatalities", "fatalities_min", "fatalities_max")) == [
        {"location": "Saraqib", "fatalities": fatalities, "fatalities_min": fatalities or None,
         "fatalities_max": fatalities or None}]


def test_arabic_words_with_the_article_are_cues_and_a_rising_toll_counts(gz):
    assert _rows("وصلت حصيلة القتلى جراء القصف المدفعي على مدينة أريحا إلى 8 قتلى.", gz,
                 ("sub_event_type", "location", "fatalities")) == [
        {"sub_event_type": "Shelling/artillery/missile attack", "location": "Arīḩā", "fatalities": 8}]


def test_arabic_tolls_follow_their_places(gz):
    text = "وبدأت الغارات فجرا على مدينة خان شيخون خلفت شهيدا، ومدينة سراقب ثلاثة شهداء، ومدينة أريحا شهيدين."
    assert _rows(text, gz, ("location", "fatalities")) == [
        {"location": "Khān Shaykhūn", "fatalities": 1}, {"location": "Saraqib", "fatalities": 3},
        {"location": "Arīḩā", "fatalities": 2}]


@pytest.mark.parametrize("when, date", [
    ("اليوم الاثنين", "2019-05-20"), ("أمس الأحد", "2019-05-19"), ("يوم السبت", "2019-05-18"),
    ("في 17 أيار", "2019-05-17"), ("بتاريخ 16 مايو 2019", "2019-05-16"),
    ("في الخامس عشر من أيار", "2019-05-15"), ("في الحادي عشر من شهر أيار", "2019-05-11"),  # ordinal days
    ("بتاريخ 18/5/2019", "2019-05-18"), ("في 14-05-2019", "2019-05-14"),                   # the day first
])
def test_arabic_dates(gz, when, date):
    assert _rows(f"قصفت الطائرات الروسية مدينة سراقب {when}.", gz, ("event_date", "time_precision", "actor1")) == [
        {"event_date": date, "time_precision": 1, "actor1": "Military Forces of Russia"}]


def test_one_and_two_after_their_noun_are_counts_not_weekdays(gz):
    # "اثنين" (two) and "واحد" (one) follow the noun they count; weekdays always take the article
    assert _rows("قصفت المدفعية بلدة كفرنبل ما أدى إلى مقتل مدنيين اثنين وإصابة 4 آخرين.", gz,
                 ("event_date", "fatalities", "injured_min")) == [
        {"event_date": "2019-05-20", "fatalities": 2, "injured_min": 4}]
    assert _rows("قتل مدني واحد بقصف مدفعي على بلدة كفرنبل.", gz, ("event_date", "fatalities")) == [
        {"event_date": "2019-05-20", "fatalities": 1}]


def test_an_arabic_toll_said_in_a_town_after_it_is_that_towns(gz):
    # a list of struck towns, then the dead "among them two children in the town of X": all four in X
    text = "قصفت الطائرات بلدات كفرومة وحاس وكفرسجنة، ما أدى إلى مقتل أربعة مدنيين بينهم طفلان في بلدة حاس."
    assert {r["location"]: r["fatalities"] for r in _rows(text, gz, ("location", "fatalities"))} == {
        "Kafr Rumah": 0, "Hass": 4, "Kafr Sajnah": 0}


def test_arabic_fighters_counted_among_the_dead_are_the_side_attacked(gz):
    text = "قتل أربعة عناصر من قوات النظام في هجوم شنته فصائل المعارضة على بلدة كفرنبودة."
    assert _rows(text, gz, ("sub_event_type", "actor1", "actor2", "fatalities")) == [
        {"sub_event_type": "Armed clash", "actor1": "Syrian opposition rebels", "actor2": "Military Forces of Syria",
         "fatalities": 4}]


def test_an_adverb_between_the_arabic_kill_verb_and_its_figure(gz):
    assert _rows("قتل في البداية ثلاثة أشخاص بغارة على مدينة سراقب.", gz, ("location", "fatalities")) == [
        {"location": "Saraqib", "fatalities": 3}]


def test_an_arabic_lead_with_the_tolls_before_the_places(gz):
    text = ("قتل تسعة مدنيين، بينهم خمسة أطفال، وأصيب أكثر من 20 آخرين، جراء غارات جوية روسية استهدفت مدينة سرمين"
            " وبلدة بنش.")
    assert _rows(text, gz, ("location", "fatalities_max", "injured_min")) == [
        {"location": "Sarmīn", "fatalities_max": 9, "injured_min": 10},
        {"location": "Binnish", "fatalities_max": 9, "injured_min": 10}]


def test_the_state_medias_words_and_a_toll_after_bi(gz):
    # "the terrorists shelled X" is the opposition shelling; "بمقتل خمسة" is a toll like "مقتل خمسة"
    assert _rows("ذكرت وكالة سانا أن الإرهابيين قصفوا مدينة محردة أمس.", gz, ("sub_event_type", "actor1")) == [
        {"sub_event_type": "Shelling/artillery/missile attack", "actor1": "Syrian opposition rebels"}]
    assert _rows("أفاد الدفاع المدني بمقتل خمسة مدنيين وإصابة ثلاثة بغارات على مدينة سراقب أمس.", gz,
                 ("fatalities", "injured_min")) == [{"fatalities": 5, "injured_min": 3}]


def test_arabic_last_week_has_week_precision(gz):
    assert _rows("قصفت الطائرات الروسية مدينة سراقب الأسبوع الماضي.", gz, ("event_date", "time_precision")) == [
        {"event_date": "2019-05-13", "time_precision": 2}]


@pytest.mark.parametrize("text, sub, actor1", [
    ("سيطرت قوات النظام على مدينة خان شيخون أمس الأحد.", "Government regains territory", "Military Forces of Syria"),
    ("تقدمت قوات النظام ودخلت مدينة كفرنبل.", "Government regains territory", "Military Forces of Syria"),
    ("أعلنت فصائل المعارضة استعادة مدينة سراقب من قوات النظام.", "Non-state actor overtakes territory",
     "Syrian opposition rebels"),
    ("استعادة قوات النظام مدينة سراقب بعد طردها منها على أيدي الفصائل.", "Government regains territory",
     "Military Forces of Syria"),
    # the state agency's idiom, units "of" the army being the side that took it
    ("أعادت وحدات من الجيش العربي السوري الأمن والاستقرار إلى بلدة كفرنبل.", "Government regains territory",
     "Military Forces of Syria"),
])
def test_arabic_captures_and_who_took_the_place(gz, text, sub, actor1):
    assert [r["sub_event_type"] for r in _rows(text, gz, ("sub_event_type",))][:1] == [sub]
    assert _rows(text, gz, ("actor1",))[0] == {"actor1": actor1}


def test_an_arabic_car_bomb_is_a_remote_explosive(gz):
    assert _rows("قتل أربعة مدنيين بانفجار سيارة مفخخة في مدينة الدانا.", gz, ("sub_event_type", "location",
                                                                          "fatalities")) == [
        {"sub_event_type": "Remote explosive/landmine/IED", "location": "Ad Dānā", "fatalities": 4}]


def test_a_place_held_by_a_side_is_no_capture(gz):
    assert _rows("وتخضع مدينة سراقب لسيطرة المعارضة.", gz, ("sub_event_type",)) == []


def test_arabic_thousands_of_families_fled(gz):
    assert _rows("نزحت آلاف العائلات من مدينة معرة النعمان.", gz, ("sub_event_type", "location", "people", "origin")) == [
        {"sub_event_type": "Displacement", "location": "Ma‘arrat an Nu‘mān", "people": 1000,
         "origin": "Ma‘arrat an Nu‘mān"}]


def test_arabic_displacement_towards_the_turkish_border(gz):
    text = "وقالت الأمم المتحدة إن نحو 25 ألف مدني نزحوا من ريف إدلب الجنوبي نحو الحدود التركية."
    assert _rows(text, gz, ("sub_event_type", "people", "origin", "destination", "attribution")) == [
        {"sub_event_type": "Displacement", "people": 25_000, "origin": "southern Idlib",
         "destination": "Turkish border area", "attribution": "United Nations"}]


@pytest.mark.parametrize("source, who", [
    ("بحسب المرصد السوري", "Syrian Observatory for Human Rights"), ("وفق الدفاع المدني", "Syrian Civil Defence"),
    ("بحسب وكالة سانا", "Syrian state media"),
])
def test_arabic_sources(gz, source, who):
    assert _rows(f"قتل مدنيان في غارة على مدينة سراقب، {source}.", gz, ("attribution", "fatalities")) == [
        {"attribution": who, "fatalities": 2}]


def test_a_denial_goes_to_who_denies(gz):
    text = "قصفت الطائرات الروسية مدينة سراقب اليوم.\n\nونفت وزارة الدفاع الروسية استهداف المدنيين."
    assert _rows(text, gz, ("location", "attribution")) == [
        {"location": "Saraqib", "attribution": "Russian Ministry of Defence (denies)"}]


def test_diacritics_are_read_through(gz):
    assert _rows("قُتِلَ ثلاثةُ مدنيين في غاراتٍ على مدينةِ سراقب.", gz, ("location", "fatalities")) == [
        {"location": "Saraqib", "fatalities": 3}]


def test_dual_verbs_russian_air_raids_and_artillery_in_arabic(gz):
    text = ("قال مسعفون إن طفلين قتلا يوم الأحد في غارات جوية روسية على بلدة بنش. "
            "وأدى قصف مدفعيا على بلدة سرمين إلى مقتل رجل.")
    assert _rows(text, gz, ("sub_event_type", "location", "fatalities", "actor1")) == [
        {"sub_event_type": "Air/drone strike", "location": "Binnish", "fatalities": 2,
         "actor1": "Military Forces of Russia"},
        {"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 1,
         "actor1": ""}]


def test_a_target_in_the_indefinite_accusative_is_read(gz):
    # "سوقاً" (a market, as an object) is written "سوقا" once the tanween is dropped
    assert _rows("قصفت طائرة حربية سوقاً شعبية في مدينة سرمين اليوم.", gz, fields=("location", "targets")) == [
        {"location": "Sarmīn", "targets": "market"}]


@pytest.mark.parametrize("text, fatalities", [
    # "لقي ... حتفهم/مصرعهم": the verb leads in the singular, the death comes after the counted noun
    ("لقي ثلاثة مدنيين حتفهم مساء الأحد بقصف مدفعي على بلدة كفرنبل.", 3),
    ("لقيت امرأة حتفها بقصف مدفعي على بلدة كفرنبل.", 1),
    ("لقي طفلان مصرعهما بقصف مدفعي على بلدة كفرنبل.", 2),
    ("لقي نحو عشرة عناصر من قوات النظام مصرعهم في معارك مع الفصائل قرب بلدة كفرنبل.", 10),
    # a child named by both parents ("their child") is one of the dead
    ("قتل رجل وزوجته وطفلهما بقصف مدفعي على بلدة كفرنبل.", 3),
])
def test_arabic_met_their_death_and_their_child(gz, text, fatalities):
    assert [r["fatalities"] for r in _rows(text, gz, ("fatalities",))] == [fatalities]


@pytest.mark.parametrize("text, actor1, actor2", [
    # opposition outlets name the government's forces by its president
    ("ارتكبت ميليشيا أسد مجزرة بقصف صاروخي على مدينة سراقب.", "Military Forces of Syria", ""),
    ("قصفت ميليشيات الأسد بلدة كفرنبل بالمدفعية.", "Military Forces of Syria", ""),
    ("قصف طيران الاحتلال الروسي مدينة سراقب.", "Military Forces of Russia", ""),
    # Turkey's soldiers and convoys are its forces
    ("قتل أربعة جنود أتراك بقصف مدفعي لقوات النظام قرب مدينة سراقب.", "Military Forces of Syria",
     "Military Forces of Turkey"),
    ("استهدفت قوات النظام الأرتال التركية بقذائف المدفعية قرب مدينة سراقب.", "Military Forces of Syria",
     "Military Forces of Turkey"),
])
def test_arabic_names_of_the_forces(gz, text, actor1, actor2):
    assert _rows(text, gz, ("actor1", "actor2")) == [{"actor1": actor1, "actor2": actor2}]


@pytest.mark.parametrize("when, date", [
    # "اليوم" of "the next day" and "the same day" is not today: it counts from the day last spoken of
    ("وفي اليوم التالي", "2019-05-19"), ("وفي اليوم ذاته", "2019-05-18"), ("وفي نفس اليوم", "2019-05-18"),
    ("وفي اليوم السابق", "2019-05-17"),
])
def test_arabic_days_counted_from_the_day_last_spoken_of(gz, when, date):
    text = f"قصفت الطائرات بلدة حاس يوم السبت.\n\n{when}، قصفت المدفعية مدينة أريحا."
    assert _rows(text, gz, ("location", "event_date")) == [
        {"location": "Hass", "event_date": "2019-05-18"}, {"location": "Arīḩā", "event_date": date}]


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    # "تحرير" (liberation) in a group's name is no capture
    ("قتل ثلاثة عناصر من هيئة تحرير الشام بقصف مدفعي لقوات النظام على بلدة كفرنبودة.",
     "Shelling/artillery/missile attack", "Military Forces of Syria", "Hayat Tahrir al-Sham"),
    ("اشتبكت هيئة تحرير الشام مع قوات النظام في بلدة كفرنبودة.", "Armed clash", "Hayat Tahrir al-Sham",
     "Military Forces of Syria"),
    ("قصفت مدفعية قوات النظام مقرات الجبهة الوطنية للتحرير في بلدة كفرنبودة.", "Shelling/artillery/missile attack",
     "Military Forces of Syria", "Syrian opposition rebels"),
    ("سيطرت هيئة تحرير الشام على بلدة كفرنبودة.", "Non-state actor overtakes territory", "Hayat Tahrir al-Sham", ""),
])
def test_a_groups_name_is_no_capture_word(gz, text, sub, actor1, actor2):
    assert _rows(text, gz, ("sub_event_type", "actor1", "actor2")) == [
        {"sub_event_type": sub, "actor1": actor1, "actor2": actor2}]


@pytest.mark.parametrize("text", [
    # an advance tried and repelled is fighting, not a change of control
    "صدت الفصائل محاولة تقدم لقوات النظام على محور بلدة كفرنبودة.",
    "أحبطت فصائل المعارضة محاولة تسلل لقوات النظام إلى بلدة كفرنبودة.",
    "تصدت الفصائل لمحاولات اقتحام قوات النظام بلدة كفرنبودة.",
])
def test_an_arabic_advance_repelled_is_a_clash(gz, text):
    assert _rows(text, gz, ("sub_event_type", "location")) == [
        {"sub_event_type": "Armed clash", "location": "Kafr Nabudah"}]


@pytest.mark.parametrize("text, location", [
    # the positions struck are where the strike fell
    ("قصفت طائرات روسية مواقع للفصائل في بلدة كفرنبودة.", "Kafr Nabudah"),
    ("استهدفت الفصائل مواقع قوات النظام في بلدة كفرنبودة بقذائف المدفعية.", "Kafr Nabudah"),
    # the positions a shelling came from are not
    ("سقطت قذائف على قرية الهبيط مصدرها مواقع قوات النظام في بلدة كفرنبودة.", "Al-Hobait"),
    ("قصفت قوات النظام من مواقعها في بلدة كفرنبودة قرية الهبيط.", "Al-Hobait"),
])
def test_arabic_positions_struck_and_positions_fired_from(gz, text, location):
    assert [r["location"] for r in _rows(text, gz, ("location",))] == [location]


def test_the_city_just_named_is_no_other_place(gz):
    # "في المدينة" (in the city) points back at the town before the colon: its toll is that town's
    text = "مجزرة في سراقب: ارتقاء ١٨ شهيداً جراء غارات للطيران الروسي على سوق الهال في المدينة ظهر اليوم."
    assert _rows(text, gz, ("location", "fatalities")) == [{"location": "Saraqib", "fatalities": 18}]


@pytest.mark.parametrize("text, fatalities", [
    # a force after "by" (attached ب) struck the dead: it is not the side that died
    ("قتلت امرأة بغارة روسية على قرية معرزيتا.", 1), ("استشهد طفلان بغارات روسية على قرية معرزيتا.", 2),
])
def test_an_arabic_force_after_by_struck_the_dead(gz, text, fatalities):
    assert _rows(text, gz, ("actor1", "actor2", "fatalities")) == [
        {"actor1": "Military Forces of Russia", "actor2": "", "fatalities": fatalities}]


def test_a_clause_opened_by_while_tells_its_own_incident(gz):
    # "فيما" (while) opens a clause of its own: the raid stays a raid, the capture takes only its own town
    text = "شنت طائرات حربية روسية غارات على مدينة كفرنبل، فيما سيطرت قوات النظام على بلدة الهبيط بعد معارك مع الفصائل."
    assert _rows(text, gz, ("sub_event_type", "actor1", "location")) == [
        {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Russia", "location": "Kafranbel"},
        {"sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria",
         "location": "Al-Hobait"}]


def test_a_clause_without_a_force_of_its_own_keeps_the_sentences(gz):
    text = "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على مدينة سراقب، في حين قتل طفل بقصف على بلدة كفرنبل."
    assert _rows(text, gz, ("actor1", "location", "fatalities")) == [
        {"actor1": "Military Forces of Syria", "location": "Saraqib", "fatalities": 3},
        {"actor1": "Military Forces of Syria", "location": "Kafranbel", "fatalities": 1}]


@pytest.mark.parametrize("text", [
    # a town besieged is not taken, whether the siege is told before its name or after it
    "تقدمت قوات النظام واقتربت من حصار مدينة خان شيخون.",
    "وبعد تقدم قوات النظام باتت النقطة التركية في مدينة خان شيخون محاصرة.",
    "وجراء تقدم قوات النظام أصبحت مدينة خان شيخون شبه محاصرة.",
])
def test_a_town_besieged_is_not_captured(gz, text):
    assert _rows(text, gz, ("sub_event_type", "location")) == []


def test_the_force_whose_positions_were_attacked_did_not_take_the_town(gz):
    # the rebels attacked the army's positions and took the town: the army is the object, not the taker
    text = "هاجمت الفصائل مواقع قوات النظام في بلدة النيرب، وسيطرت عليها بعد ساعات."
    assert _rows(text, gz, ("sub_event_type", "actor1", "actor2")) == [
        {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Syrian opposition rebels",
         "actor2": "Military Forces of Syria"}]


def test_the_state_medias_nusra_terrorists_are_hts(gz):
    text = "استهدفت وحدات من الجيش بالمدفعية الثقيلة تجمعات لإرهابيي جبهة النصرة في بلدة اللطامنة."
    assert _rows(text, gz, ("actor1", "actor2")) == [
        {"actor1": "Military Forces of Syria", "actor2": "Hayat Tahrir al-Sham"}]


def test_the_middle_of_the_month_dates_to_the_month(gz):
    # "منتصف الشهر": this month, not the day of publication
    text = "قتل ثمانية مقاتلين في هجوم معاكس على بلدة الهبيط منتصف الشهر."
    assert _rows(text, gz, ("event_date", "time_precision")) == [{"event_date": "2019-05-01", "time_precision": 3}]


def test_a_toll_told_during_the_fighting_after_its_verb(gz):
    # "وقتل خلالها" (and killed during it): the words between the verb and the count keep the toll
    text = "استعادت الفصائل السيطرة على مدينة سراقب بعد معارك عنيفة، وقتل خلالها أكثر من ٢٠ عنصرا من قوات النظام."
    assert _rows(text, gz, ("location", "fatalities")) == [{"location": "Saraqib", "fatalities": 20}]


def test_a_campaign_total_in_one_clause_keeps_the_next_clauses_toll(gz):
    # "منذ بدء الحملة" (since the campaign began) makes a total of its own clause only; the day's
    # five dead after "بينما" (while), told after "اليوم" (today), are the town's toll
    text = "قتل عشرات المدنيين منذ بدء الحملة العسكرية، بينما قتل اليوم خمسة أشخاص بغارات على مدينة أريحا."
    assert _rows(text, gz, ("location", "fatalities")) == [{"location": "Arīḩā", "fatalities": 5}]


def test_a_toll_at_a_village_unknown_to_the_gazetteer_is_not_the_next_towns(gz):
    # the two dead were at a camp by a village the gazetteer lacks, in southern Idlib; the raid on
    # Tall Hwash opens a phrase of its own after "، و" and its strike verb: no toll there
    text = ("قتل طفلان بقصف على مخيم للنازحين قرب قرية عابدين بريف إدلب الجنوبي، "
            "واستهدفت الطائرات كذلك بلدة تل هواش بريف حماة.")
    assert _rows(text, gz, ("location", "fatalities")) == [
        {"location": "southern Idlib", "fatalities": 2}, {"location": "Tall Hwash", "fatalities": 0}]


@pytest.mark.parametrize("text, rows", [
    # a toll is parted from a place after a comma and a new word group opened by و ...
    ("قتل ثلاثة مدنيين بقصف على بلدة عابدين، ودارت اشتباكات عنيفة في بلدة كفرنبل.",
     [{"location": "Kafranbel", "fatalities": 0}]),
    # ... not by one that goes on listing its places or its casualties
    ("قتل ثلاثة مدنيين بقصف على بلدة حاس، وبلدة كفرنبل.",
     [{"location": "Hass", "fatalities": 2}, {"location": "Kafranbel", "fatalities": 1}]),
    ("قال الدفاع المدني إن ثلاثة مدنيين قتلوا، وجرح آخرون بقصف مدفعي على بلدة كفرنبل.",
     [{"location": "Kafranbel", "fatalities": 3}]),
])
def test_a_new_phrase_parts_a_toll_from_the_place_after_it(gz, text, rows):
    assert _rows(text, gz, ("location", "fatalities")) == rows


def test_the_two_sides_tolls_against_each_other_add_up(gz):
    # "مقابل" (against): 12 soldiers on one side and 8 fighters on the other died in one battle: 20 dead
    assert [q.low for q in find_numbers("مقتل ١٢ جنديا من القوات الحكومية، مقابل ٨ مقاتلين من الفصائل",
                                        lex=lexicon("ar"))] == [20]
    text = "قتل ١٢ عنصرا من قوات النظام مقابل ٨ مقاتلين من الفصائل في معارك على أطراف بلدة الهبيط."
    assert _rows(text, gz, ("sub_event_type", "fatalities")) == [{"sub_event_type": "Armed clash", "fatalities": 20}]


@pytest.mark.parametrize("text", [
    # a capture sought or named as the aim is fighting, not a change of control
    "تدور معارك عنيفة في محيط مدينة سراقب، وتقول قوات النظام إن غايتها من الهجوم هي السيطرة على الطريق الدولي.",
    "اندلعت اشتباكات بين الفصائل وقوات النظام التي تسعى للسيطرة على مدينة سراقب.",
    "شنت قوات النظام هجوما بهدف السيطرة على مدينة سراقب.",
])
def test_an_arabic_capture_sought_is_no_capture(gz, text):
    assert _rows(text, gz, ("sub_event_type", "location")) == [
        {"sub_event_type": "Armed clash", "location": "Saraqib"}]


@pytest.mark.parametrize("text", [
    # taken and left again ("before withdrawing", "then withdrew"): fighting, no change of control
    "هاجمت الفصائل مواقع قوات النظام في بلدة كفرنبودة، وسيطرت على عدة نقاط فيها قبل أن تنسحب منها مع حلول الليل.",
    "دخلت الفصائل بلدة كفرنبودة ثم انسحبت منها تحت القصف.",
])
def test_an_arabic_capture_given_up_again_is_a_clash(gz, text):
    assert _rows(text, gz, ("sub_event_type", "actor1", "location")) == [
        {"sub_event_type": "Armed clash", "actor1": "Syrian opposition rebels", "location": "Kafr Nabudah"}]


@pytest.mark.parametrize("when, date", [
    # "الجمعة الماضي" (last Friday) said on a Friday is the Friday a week before; bare "الجمعة" is that day
    ("يوم الجمعة الماضي", "2019-05-17"), ("الجمعة الماضية", "2019-05-17"), ("يوم الجمعة", "2019-05-24"),
    ("يوم الخميس الماضي", "2019-05-23"),
])
def test_arabic_last_weekday_said_on_that_weekday(gz, when, date):
    text = f"سيطرت قوات النظام {when} على بلدة الهبيط."
    assert _rows(text, gz, ("event_date",), published=dt.date(2019, 5, 24)) == [{"event_date": date}]


def test_the_number_displaced_from_a_region_is_a_flight_from_it(gz):
    # "عدد النازحين من X" (the number displaced from X) since a day: a flight counted, at the region
    text = "تجاوز عدد النازحين من ريف إدلب الجنوبي منذ مطلع الشهر الجاري ٣٠٠ ألف شخص، وصل أغلبهم إلى مخيمات الشمال."
    assert _rows(text, gz, ("sub_event_type", "location", "people", "origin"), published=dt.date(2019, 5, 24)) == [
        {"sub_event_type": "Displacement", "location": "southern Idlib", "people": 300_000, "origin": "southern Idlib"}]


def test_a_strike_verb_after_and_opens_a_new_incident_without_a_comma(gz):
    text = "قتل طفلان بقصف على قرية عابدين بريف إدلب الجنوبي واستهدفت الطائرات بلدة تل هواش بريف حماة."
    assert _rows(text, gz, ("location", "fatalities")) == [
        {"location": "southern Idlib", "fatalities": 2}, {"location": "Tall Hwash", "fatalities": 0}]
