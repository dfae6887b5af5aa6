"""English reporting patterns behind the event table, in the project's own words: counts, dates,
types, actors and attribution, displacement and page furniture. Each test names the fields it
checks."""
import datetime as dt

import pandas as pd
import pytest

from geo_idlib.reports.events import extract_events

MONDAY = dt.date(2019, 5, 20)  # publication date of most examples: a Monday


def _rows(text, gz, published=MONDAY, fields=("sub_event_type", "location", "fatalities")):
    ev = extract_events(text, published, gazetteer=gz)
    return [{f: (None if row[f] is pd.NA or (isinstance(row[f], float) and row[f] != row[f]) else row[f])
             for f in fields} for row in ev.to_dict("records")]


# Counts --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place, fatalities", [
    ("Twenty-one civilians and two unidentified men were killed when jets struck Sarmin.", "Sarmīn", 23),
    ("Two dozen people were killed when jets struck Sarmin.", "Sarmīn", 24),  # a dozen is a scale
    ("Jets struck Binnish, and nearly fifteen people died in the raid.", "Binnish", 15),
    ("Rescuers pulled out 13 bodies from the rubble after jets hit Binnish.", "Binnish", 13),
    ("Warplanes hit Sarmin; the bodies of a family of seven were recovered.", "Sarmīn", 7),
    ("At least 9 people are believed to have died when jets struck Sarmin.", "Sarmīn", 9),
    ("Jets struck Binnish, killing at least five children and two teachers.", "Binnish", 7),
    ("Ten civilians – a mother and her nine children – died in a raid on Sarmin.", "Sarmīn", 10),
    ("A third man died later of his wounds after jets hit the town of Binnish.", "Binnish", 1),
    ("The raid on Sarmin claimed 12 lives, medics said.", "Sarmīn", 12),
    ("The death toll from Sunday's raids on Binnish rose to 14, rescuers said.", "Binnish", 14),
    ("Air strikes on Sarmin caused at least 80 civilian fatalities.", "Sarmīn", 80),
    ("Jets struck Binnish; rescuers counted 6 deaths.", "Binnish", 6),
    ("Seven members of one family died when jets struck Sarmin.", "Sarmīn", 7),   # "one" counts a family
    ("Three children were among eight people killed when jets struck Sarmin.", "Sarmīn", 8),  # a part, then the whole
    ("A nurse at the clinic said 4 were killed when jets struck Sarmin.", "Sarmīn", 4),  # the nurse speaks
])
def test_tolls_in_words_bodies_and_believed_dead(gz, text, place, fatalities):
    assert _rows(text, gz) == [{"sub_event_type": "Air/drone strike", "location": place, "fatalities": fatalities}]


@pytest.mark.parametrize("text, tolls", [
    # the place named again after the toll is where they died, not every place of the sentence
    ("Guns shelled Sarmin and Binnish, killing two children in Sarmin.", {"Sarmīn": 2, "Binnish": 0}),
    # each toll to the place named since the one before: not over ", and" to the next place
    ("Jets hit Sarmin, killing four, and Binnish, killing six.", {"Sarmīn": 4, "Binnish": 6}),
    ("Shells fell on Sarmin, killing two and wounding three.", {"Sarmīn": 2}),
])
def test_each_toll_goes_to_the_place_it_was_told_of(gz, text, tolls):
    assert {r["location"]: r["fatalities"] for r in _rows(text, gz)} == tolls


def test_a_lead_with_the_tolls_before_the_places_gives_them_to_those_places(gz):
    text = "Nine people were killed and 20 wounded in raids on Sarmin and Binnish on Sunday."
    assert _rows(text, gz, fields=("location", "fatalities_max", "injured_min")) == [
        {"location": "Sarmīn", "fatalities_max": 9, "injured_min": 10},
        {"location": "Binnish", "fatalities_max": 9, "injured_min": 10}]


def test_a_toll_of_two_places_then_each_places_part(gz):
    text = ("Raids on Sarmin and Binnish killed nine people on Sunday. In Sarmin seven died in the strikes, "
            "and two were killed in the air raid on Binnish.")
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 7, "fatalities_max": 7},
        {"location": "Binnish", "fatalities": 2, "fatalities_max": 2}]


@pytest.mark.parametrize("text", [
    "Raids on Sarmin and Binnish killed 10 people on Sunday, seven of them in Sarmin.",
    "قتل عشرة أشخاص الأحد بغارات على سرمين وبنش، سبعة منهم في سرمين."])
def test_a_toll_of_two_places_with_one_places_part_in_the_same_sentence(gz, text):
    # the seven are Sarmin's and Binnish had the other three (not half of the ten each)
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 7, "fatalities_max": 7},
        {"location": "Binnish", "fatalities": 3, "fatalities_max": 3}]


@pytest.mark.parametrize("text", ["Raids on Sarmin and Binnish killed three people in each on Sunday.",
                                  "قتل ثلاثة أشخاص في كل منهما الأحد بغارات على سرمين وبنش."])
def test_a_toll_told_of_each_place_is_each_places_toll(gz, text):
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 3, "fatalities_max": 3},
        {"location": "Binnish", "fatalities": 3, "fatalities_max": 3}]


def test_the_rest_of_a_toll_is_shared_by_the_places_without_a_part(gz):
    text = "Raids on Sarmin, Binnish and Taftanaz killed 10 people on Sunday, four of whom died in Sarmin."
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 4, "fatalities_max": 4},
        {"location": "Binnish", "fatalities": 3, "fatalities_max": 6},
        {"location": "Taftanāz", "fatalities": 3, "fatalities_max": 6}]


def test_several_deaths_give_no_figure(gz):
    # deaths told without a figure: `fatalities` stays empty (not ACLED's 0, which reads "no one died")
    assert _rows("Several people died when shells hit Sarmin.", gz, fields=(
        "location", "fatalities", "fatalities_min", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": None, "fatalities_min": None, "fatalities_max": None}]


@pytest.mark.parametrize("text", [
    "Jets struck Binnish on Sunday, killing a number of civilians.",
    "Deaths were reported after warplanes hit Binnish on Sunday.",
    "An air raid on Binnish on Sunday caused casualties among the residents.",
    "Jets struck Binnish on Sunday, killing and wounding civilians.",
    "Jets struck Binnish on Sunday; 12 people were killed or wounded.",  # dead and hurt in one figure
    "Rescuers searched the ruins for bodies after jets struck Binnish on Sunday.",
])
def test_deaths_told_without_a_figure_leave_the_toll_empty(gz, text):
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_min", "fatalities_max", "notes")) == [
        {"location": "Binnish", "fatalities": None, "fatalities_min": None, "fatalities_max": None,
         "notes": "Air/drone strike in Binnish; deaths reported, no figure."}]


@pytest.mark.parametrize("text", [
    "Jets struck Binnish on Sunday.",  # no word of deaths: ACLED's 0
    "Jets struck Binnish on Sunday, wounding several people.",
    "Jets struck Binnish on Sunday; no one was killed, rescuers said.",
    "Jets struck Binnish on Sunday, but there were no immediate reports of casualties.",
    "Jets struck Binnish on Sunday. Nobody died, the local council said.",
])
def test_no_word_of_deaths_or_none_told_is_zero(gz, text):
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Binnish", "fatalities": 0, "fatalities_max": None}]


def test_a_toll_without_a_figure_goes_to_its_place_and_a_later_figure_fills_it(gz):
    text = "Jets struck Sarmin on Sunday, killing several people, while shells fell on Binnish."
    assert _rows(text, gz, fields=("location", "fatalities")) == [
        {"location": "Sarmīn", "fatalities": None}, {"location": "Binnish", "fatalities": 0}]
    text = "Warplanes hit Sarmin on Sunday. Several people died there, the civil defence said."
    assert _rows(text, gz, fields=("location", "fatalities", "attribution")) == [
        {"location": "Sarmīn", "fatalities": None, "attribution": "Syrian Civil Defence"}]
    text = "Warplanes hit Sarmin on Sunday, killing several people. Rescuers later put the toll in Sarmin at seven."
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 7, "fatalities_max": 7}]


def test_a_total_goes_to_no_town_and_its_parts_to_theirs(gz):
    text = "Air strikes killed 20 people in Idlib province on Sunday: 12 in Sarmin and 8 in Binnish."
    assert _rows(text, gz, fields=("location", "geo_precision", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "geo_precision": 1, "fatalities": 12, "fatalities_max": 12},
        {"location": "Binnish", "geo_precision": 1, "fatalities": 8, "fatalities_max": 8}]


def test_a_total_told_of_an_area_is_not_the_toll_of_the_town_named_as_its_part(gz):
    text = "Shelling killed 11 civilians across southern Idlib on Sunday, including four in Sarmin."
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 4, "fatalities_max": 4}]


def test_a_provinces_toll_told_first_is_the_total_of_the_towns_told_after(gz):
    text = ("Regime air strikes killed 12 civilians in Idlib province on Sunday. Nine died in Sarmin, rescuers "
            "said. Shelling killed three in Binnish.")
    assert _rows(text, gz, fields=("location", "sub_event_type", "fatalities", "actor1")) == [
        {"location": "Sarmīn", "sub_event_type": "Air/drone strike", "fatalities": 9, "actor1": "Military Forces of Syria"},
        {"location": "Binnish", "sub_event_type": "Shelling/artillery/missile attack", "fatalities": 3,
         "actor1": "Military Forces of Syria"}]
    text = "Regime air strikes killed 12 civilians in Idlib province on Sunday. Nine of them died in Sarmin."
    assert _rows(text, gz, fields=("location", "geo_precision", "fatalities")) == [
        {"location": "Idleb", "geo_precision": 3, "fatalities": 3}, {"location": "Sarmīn", "geo_precision": 1, "fatalities": 9}]


def test_a_toll_told_of_an_unnamed_town_goes_to_the_town_named_next(gz):
    text = ("Raids on an opposition-held town in Idlib province left at least 11 people dead on Sunday, "
            "a monitoring group reported. Sarmin, the town in question, had not been hit this hard in weeks.")
    assert _rows(text, gz, fields=("location", "event_date", "fatalities")) == [
        {"location": "Sarmīn", "event_date": "2019-05-19", "fatalities": 11}]


def test_a_part_of_a_toll_told_next_is_its_own_event(gz):
    text = ("At least eight people were killed on Sunday in the town of Sarmin. Five of them died in air strikes "
            "on the market. Another three were killed in shelling later that day.")
    assert _rows(text, gz, fields=("sub_event_type", "location", "fatalities", "fatalities_max")) == [
        {"sub_event_type": "Air/drone strike", "location": "Sarmīn", "fatalities": 5, "fatalities_max": 8},
        {"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 3,
         "fatalities_max": 3}]


def test_one_incident_told_twice_is_one_row_but_two_forces_make_two(gz):
    text = ("Jets struck Sarmin on Sunday, killing at least 4 people. Rescuers said the raid on Sarmin left "
            "5 dead.")
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 4, "fatalities_max": 5}]
    text = ("Russian warplanes struck Sarmin on Sunday, killing three civilians. That raid followed a barrel bomb "
            "attack by regime forces on Sarmin that caused the death of a civilian.")
    assert _rows(text, gz, fields=("location", "actor1", "fatalities")) == [
        {"location": "Sarmīn", "actor1": "Military Forces of Russia", "fatalities": 3},
        {"location": "Sarmīn", "actor1": "Military Forces of Syria", "fatalities": 1}]


def test_injured_hedges_and_dozens(gz):
    assert _rows("Shelling hit Sarmin, killing more than 30 and wounding dozens.", gz, fields=(
        "fatalities", "fatalities_min", "injured_min")) == [{"fatalities": 30, "fatalities_min": 30, "injured_min": 12}]


# Dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("when, date", [
    ("on Saturday", "2019-05-18"), ("yesterday", "2019-05-19"), ("late Sunday", "2019-05-19"),
    ("on May 17", "2019-05-17"), ("on Monday", "2019-05-20"),
])
def test_weekdays_and_yesterday_count_back_from_publication(gz, when, date):
    assert _rows(f"Jets struck Sarmin {when}, killing 4.", gz, fields=("event_date", "time_precision")) == [
        {"event_date": date, "time_precision": 1}]


@pytest.mark.parametrize("when, date", [("two days ago", "2019-05-18"), ("ten days ago", "2019-05-10"), ("this morning", "2019-05-20"),
                                        ("last night", "2019-05-19")])
def test_days_ago_and_parts_of_today_count_back_from_publication(gz, when, date):
    assert _rows(f"Jets struck Sarmin {when}.", gz, fields=("event_date", "time_precision")) == [
        {"event_date": date, "time_precision": 1}]


def test_each_place_takes_the_day_said_after_it(gz):
    text = "Jets hit Sarmin on Saturday and Binnish on Sunday, killing one person in each."
    assert _rows(text, gz, fields=("location", "event_date", "fatalities")) == [
        {"location": "Sarmīn", "event_date": "2019-05-18", "fatalities": 1},
        {"location": "Binnish", "event_date": "2019-05-19", "fatalities": 1}]


def test_last_week_is_the_week_before_at_week_precision(gz):
    assert _rows("Jets struck Sarmin last week, killing 4.", gz, fields=("event_date", "time_precision")) == [
        {"event_date": "2019-05-13", "time_precision": 2}]


@pytest.mark.parametrize("text", ["Earlier this week, jets struck Sarmin, killing 4.",
                                  "قصفت الطائرات مدينة سرمين مطلع هذا الأسبوع ما أدى إلى مقتل أربعة مدنيين."])
def test_this_week_is_the_seven_days_before_publication_at_week_precision(gz, text):
    # published on Monday 20 May: the seven days to it, their middle day, the 17th
    assert _rows(text, gz, fields=("event_date", "time_precision")) == [{"event_date": "2019-05-17", "time_precision": 2}]


def test_an_investigation_published_weeks_later_keeps_its_incident(gz):
    # no news of its own: the one incident it tells of, dated to the day five weeks before, is its news
    text = ("An air strike on a school in Sarmin on April 14 killed three children, a rights group said in a "
            "report released today. The group interviewed eleven witnesses.")
    assert _rows(text, gz, fields=("event_date", "location", "fatalities", "targets")) == [
        {"event_date": "2019-04-14", "location": "Sarmīn", "fatalities": 3, "targets": "school"}]
    # with news of its own, the same old incident is background
    news = "Jets struck Binnish on Sunday, killing two. " + text
    assert [r["location"] for r in _rows(news, gz)] == ["Binnish"]


def test_the_day_of_a_statement_does_not_date_the_incident(gz):
    text = "The war monitor said on Monday that jets struck Sarmin on Saturday, killing two."
    assert _rows(text, gz, fields=("event_date", "location")) == [{"event_date": "2019-05-18", "location": "Sarmīn"}]


def test_a_whole_year_is_a_summary_not_an_event(gz):
    assert _rows("In 2018, 300 shelling incidents hit Sarmin, killing 40 civilians.", gz) == []


def test_a_dateline_dates_the_report(gz):
    text = "DAMASCUS, May 16 (Wire) - Jets struck Sarmin on Wednesday, killing 4, rescuers said."
    assert _rows(text, gz, fields=("location", "event_date")) == [{"location": "Sarmīn", "event_date": "2019-05-15"}]


def test_headlines_captions_and_bylines_neither_make_events_nor_date_them(gz):
    text = ("Jets pound Binnish on Sunday\n"
            "A picture taken on Friday shows smoke over Sarmin. | Wire\n"
            "By A. Writer\n\n"
            "Jets struck Binnish on Saturday, killing 6 people, rescuers said.\n"
            "Related: Shelling hits Saraqeb\n")
    assert _rows(text, gz, fields=("location", "event_date", "fatalities")) == [
        {"location": "Binnish", "event_date": "2019-05-18", "fatalities": 6}]


def test_background_is_not_this_reports_event(gz):
    text = ("Jets struck Sarmin on Sunday, killing 3. The offensive began in December, when the army "
            "captured Khan Shaykhun.")
    assert _rows(text, gz, fields=("sub_event_type", "location", "event_date")) == [
        {"sub_event_type": "Air/drone strike", "location": "Sarmīn", "event_date": "2019-05-19"}]


def test_a_round_up_of_past_incidents_keeps_them_all(gz):
    # a monthly report: incidents dated to the day weeks before publication are its news
    text = ("Attacks on civilians in April. On 2 April, jets struck Sarmin, killing four. On 9 April, shells hit "
            "Binnish, killing two. On 15 April, a raid on Ariha killed five. On 28 April, jets struck Sarmin again.")
    assert _rows(text, gz, fields=("event_date", "location", "fatalities")) == [
        {"event_date": "2019-04-02", "location": "Sarmīn", "fatalities": 4},
        {"event_date": "2019-04-09", "location": "Binnish", "fatalities": 2},
        {"event_date": "2019-04-15", "location": "Arīḩā", "fatalities": 5},
        {"event_date": "2019-04-28", "location": "Sarmīn", "fatalities": 0}]
    # one old incident in a news report stays background
    news = "Jets struck Sarmin on Sunday, killing four. The town was first hit on 2 April."
    assert [r["event_date"] for r in _rows(news, gz, fields=("event_date",))] == ["2019-05-19"]


def test_an_incident_told_without_a_place_dates_the_report(gz):
    text = ("At least ten civilians were killed in air strikes in Syria on Saturday.\n\n"
            "A mother and her two children were killed in the town of Binnish.")
    assert _rows(text, gz, fields=("location", "event_date", "fatalities")) == [
        {"location": "Binnish", "event_date": "2019-05-18", "fatalities": 3}]


# Types ---------------------------------------------------------------------------------------

def test_ground_offensives_and_counter_attacks_are_clashes(gz):
    text = "Rebels launched a counter-attack near Kafr Nabudah on Sunday, leaving 40 fighters dead."
    assert _rows(text, gz, fields=("sub_event_type", "location", "fatalities")) == [
        {"sub_event_type": "Armed clash", "location": "Kafr Nabudah", "fatalities": 40}]


@pytest.mark.parametrize("text", [
    "Government forces are pushing towards Saraqeb.",
    "Thousands of Syrians have poured into Idlib province.",
])
def test_heading_for_a_place_or_pouring_into_it_is_not_taking_it(gz, text):
    assert _rows(text, gz) == []


def test_a_capture_some_kilometres_from_a_town_is_near_it_and_the_town_ahead_is_not_taken(gz):
    text = "The army captured a hill 12 kilometres from Saraqeb, then advanced towards Sarmin."
    assert _rows(text, gz, fields=("sub_event_type", "location", "geo_precision", "distance_km",
                                   "reference_place")) == [
        {"sub_event_type": "Government regains territory", "location": "Saraqib", "geo_precision": 2,
         "distance_km": 12.0, "reference_place": "Saraqib"}]


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    ("Government forces captured Kafr Nabudah on Sunday.", "Government regains territory",
     "Military Forces of Syria", ""),
    ("Rebels retook Kafr Nabudah from government forces on Sunday.", "Non-state actor overtakes territory",
     "Syrian opposition rebels", "Military Forces of Syria"),
    ("Kafr Nabudah fell to rebels on Sunday.", "Non-state actor overtakes territory", "Syrian opposition rebels", ""),
    ("Troops seized Kafr Nabudah from militants on Sunday.", "Government regains territory",
     "Military Forces of Syria", "Syrian opposition rebels"),
    ("The factions carried out counter-attacks on regime forces and regained Kafr Nabudah.",
     "Non-state actor overtakes territory", "Syrian opposition rebels", "Military Forces of Syria"),
])
def test_changes_of_control_with_the_side_that_took_the_place(gz, text, sub, actor1, actor2):
    assert _rows(text, gz, fields=("sub_event_type", "location", "actor1", "actor2")) == [
        {"sub_event_type": sub, "location": "Kafr Nabudah", "actor1": actor1, "actor2": actor2}]


def test_clauses_joined_by_a_semicolon_are_read_each_with_its_own_date(gz):
    # shelling in one clause, a capture told in a clause of its own with its own date
    text = ("On Saturday, shells hit Kafr Nabudah and Qalaat al-Madiq; fighting also went on around "
            "Kafr Nabudah, which government forces had entered on 15 May.")
    assert _rows(text, gz, fields=("event_date", "sub_event_type", "location")) == [
        {"event_date": "2019-05-18", "sub_event_type": "Shelling/artillery/missile attack", "location": "Kafr Nabudah"},
        {"event_date": "2019-05-18", "sub_event_type": "Shelling/artillery/missile attack",
         "location": "Qal‘at al Maḑīq"},
        {"event_date": "2019-05-15", "sub_event_type": "Government regains territory", "location": "Kafr Nabudah"}]


def test_villages_taken_south_of_a_town_are_taken_and_the_town_is_not(gz):
    text = "Government forces took several villages south of the town of Kafr Nubl, among them Hazarin and Kafr Sajna."
    assert [r["location"] for r in _rows(text, gz, fields=("location",))] == ["Hazarin", "Kafr Sajnah"]


@pytest.mark.parametrize("text", ["Russian strikes on Sarmin killed four.", "Russian bombing of Sarmin killed four."])
def test_russian_strikes_are_russias(gz, text):
    assert _rows(text, gz, fields=("actor1", "location", "fatalities")) == [
        {"actor1": "Military Forces of Russia", "location": "Sarmīn", "fatalities": 4}]


def test_soldiers_counted_among_the_dead_are_the_side_struck(gz):
    text = "Twelve Turkish soldiers died when Russian jets struck their post near Balyun."
    assert _rows(text, gz, fields=("actor1", "actor2", "fatalities")) == [
        {"actor1": "Military Forces of Russia", "actor2": "Military Forces of Turkey", "fatalities": 12}]


def test_a_phrase_of_another_verb_ends_the_places_taken(gz):
    text = "Government forces took Sarmin on Saturday, surrounding a Turkish post near Binnish."
    assert [r["location"] for r in _rows(text, gz, fields=("location",))] == ["Sarmīn"]


@pytest.mark.parametrize("when, date", [("last month", "2019-04-01"), ("earlier this month", "2019-05-01"),
                                        ("الشهر الماضي", "2019-04-01")])
def test_last_month_and_this_month_are_the_month(gz, when, date):
    text = f"Jets struck Sarmin {when}." if when.isascii() else f"قصفت الطائرات مدينة سرمين {when}."
    # published on 3 May: April ended three days before, so it is news, not background
    assert _rows(text, gz, published=dt.date(2019, 5, 3), fields=("event_date", "time_precision")) == [
        {"event_date": date, "time_precision": 3}]


@pytest.mark.parametrize("text", ["Army units liberated the town of Sarmin on Saturday.",
                                  "Syrian Arab Army units restored security and stability to Sarmin."])
def test_the_state_agencys_words_for_a_capture(gz, text):
    assert _rows(text, gz, fields=("sub_event_type", "actor1", "location")) == [
        {"sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria", "location": "Sarmīn"}]


@pytest.mark.parametrize("text", ["Regime troops advanced into Sarmin on Saturday.",
                                  "By Saturday the army was in full control of Sarmin.",
                                  "Regime troops pushed the rebels out of Sarmin on Saturday.",
                                  "Government forces drove militants from Sarmin on Saturday.",
                                  "The army said it had secured Sarmin on Saturday after heavy fighting."])
def test_advancing_into_pushing_out_and_full_control_are_captures(gz, text):
    assert _rows(text, gz, fields=("sub_event_type", "actor1", "location")) == [
        {"sub_event_type": "Government regains territory", "actor1": "Military Forces of Syria", "location": "Sarmīn"}]


def test_a_bombardment_is_a_strike(gz):
    assert _rows("Rebel bombardment of Sarmin killed three people on Sunday.", gz) == [
        {"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 3}]


def test_each_list_item_is_a_sentence_of_its_own(gz):
    # the second item tells of strikes in general: the towns the first one names are not struck
    text = ("• Thousands of families have reached Sarmada and Dana this week.\n"
            "• Air strikes hit schools and camps on Sunday.")
    assert [r["sub_event_type"] for r in _rows(text, gz)] == []


def test_a_force_that_came_under_fire_is_the_side_struck_and_where_it_was_going_is_no_event(gz):
    text = "A Turkish military convoy heading to an observation post in Morek came under fire near Khan Shaykhun."
    assert _rows(text, gz, fields=("location", "actor1", "actor2", "geo_precision")) == [
        {"location": "Khān Shaykhūn", "actor1": "", "actor2": "Military Forces of Turkey", "geo_precision": 2}]


def test_the_force_backing_a_taker_is_not_the_taker(gz):
    text = "Officials in Ankara said rebels backed by Turkish forces had retaken Sarmin on Saturday."
    assert _rows(text, gz, fields=("sub_event_type", "actor1", "location")) == [
        {"sub_event_type": "Non-state actor overtakes territory", "actor1": "Syrian opposition rebels",
         "location": "Sarmīn"}]


@pytest.mark.parametrize("text, actor", [
    ("A Russian warplane struck Sarmin on Sunday.", "Military Forces of Russia"),
    ("A Russian fighter jet carried out two strikes on Sarmin on Sunday.", "Military Forces of Russia"),
    ("A regime helicopter dropped a barrel bomb on Sarmin on Sunday.", "Military Forces of Syria"),
    ("Syrian and Russian jets pounded Sarmin on Sunday.", "Military Forces of Syria"),  # the first named
    ("Russian and Syrian jets pounded Sarmin on Sunday.", "Military Forces of Russia")])
def test_one_aircraft_names_its_air_force(gz, text, actor):
    assert _rows(text, gz, fields=("actor1", "location")) == [{"actor1": actor, "location": "Sarmīn"}]


def test_a_strike_on_the_road_between_two_towns_is_one_event_near_the_first(gz):
    text = "A drone hit a van on the road between Sarmin and Binnish on Sunday, killing two people."
    assert _rows(text, gz, fields=("location", "geo_precision", "fatalities")) == [
        {"location": "Sarmīn", "geo_precision": 2, "fatalities": 2}]


def test_the_brokers_of_a_truce_are_neither_side_nor_source(gz):
    text = "Jets struck Sarmin on Sunday, rescuers said, a week after a truce brokered by Moscow and Ankara."
    assert _rows(text, gz, fields=("actor1", "actor2", "attribution")) == [
        {"actor1": "", "actor2": "", "attribution": "rescuers"}]


def test_a_denial_joins_the_strikes_of_the_side_it_speaks_for_only(gz):
    text = ("Jets struck Sarmin on Sunday. Rebel shelling hit Suqaylabiyah on Sunday. "
            "Russia's defence ministry denied that its aircraft had carried out any missions.")
    assert _rows(text, gz, fields=("location", "attribution")) == [
        {"location": "Sarmīn", "attribution": "Russian Ministry of Defence (denies)"},
        {"location": "As Suqaylibīyah", "attribution": ""}]


@pytest.mark.parametrize("text", ["Rebels took Sarmin on Saturday before withdrawing under heavy shelling.",
                                  "Rebels briefly seized Sarmin on Saturday but later pulled back."])
def test_a_place_taken_and_left_again_is_fighting(gz, text):
    assert _rows(text, gz, fields=("sub_event_type", "location")) == [{"sub_event_type": "Armed clash", "location": "Sarmīn"}]


def test_storming_a_town_is_fighting(gz):
    assert _rows("Regime troops stormed Sarmin on Saturday.", gz, fields=("sub_event_type", "actor1")) == [
        {"sub_event_type": "Armed clash", "actor1": "Military Forces of Syria"}]


def test_a_car_bomb_is_a_remote_explosive_not_an_air_strike(gz):
    assert _rows("A car bomb killed 6 people in the market of Sarmada on Sunday.", gz, fields=(
        "event_type", "sub_event_type", "location", "fatalities", "targets")) == [
        {"event_type": "Explosions/Remote violence", "sub_event_type": "Remote explosive/landmine/IED",
         "location": "Sarmada", "fatalities": 6, "targets": "market"}]


def test_one_side_taking_one_place_on_one_day_is_one_change_of_control(gz):
    text = ("Government forces captured Saraqeb from rebels on Thursday. Government forces also took the Turkish "
            "observation posts in Saraqeb from Turkish troops.")
    assert _rows(text, gz, fields=("sub_event_type", "location", "actor1", "actor2")) == [
        {"sub_event_type": "Government regains territory", "location": "Saraqib", "actor1": "Military Forces of Syria",
         "actor2": "Syrian opposition rebels"}]


def test_missiles_follow_the_report_and_attacks_by_non_flyers_are_shelling(gz):
    assert _rows("Warplanes pounded Sarmin. Missiles then hit Binnish.", gz, fields=("sub_event_type", "location")) == [
        {"sub_event_type": "Air/drone strike", "location": "Sarmīn"},
        {"sub_event_type": "Air/drone strike", "location": "Binnish"}]
    assert _rows("Rebels attacked Suqaylabiyah with missiles, killing 2.", gz, fields=("sub_event_type",)) == [
        {"sub_event_type": "Shelling/artillery/missile attack"}]


# Actors and attribution ------------------------------------------------------------------------

def test_the_air_force_of_the_raid_goes_to_every_place_and_denials_to_who_denies(gz):
    text = ("Russian jets struck Sarmin and Binnish on Sunday, civil defence workers said.\n\n"
            "Russia's defence ministry denied striking civilians.")
    assert _rows(text, gz, fields=("location", "actor1", "attribution")) == [
        {"location": "Sarmīn", "actor1": "Military Forces of Russia",
         "attribution": "Syrian Civil Defence; Russian Ministry of Defence (denies)"},
        {"location": "Binnish", "actor1": "Military Forces of Russia",
         "attribution": "Syrian Civil Defence; Russian Ministry of Defence (denies)"}]


def test_a_denial_in_the_strike_sentence_is_the_deniers(gz):
    assert _rows("A Russian air strike hit Sarmin on Sunday, though Russia denied it.", gz, fields=(
        "actor1", "attribution")) == [{"actor1": "Military Forces of Russia", "attribution": "Russian government (denies)"}]


def test_places_inside_source_names_where_reporters_stand_and_venues_are_not_struck(gz):
    assert _rows("Damascus and its allies struck Sarmin on Sunday, killing 2.", gz, fields=("location", "actor1")) == [
        {"location": "Sarmīn", "actor1": "Military Forces of Syria"}]
    assert _rows("Our reporter in Binnish said jets struck Sarmin, days before a summit held in Idlib.", gz,
                 fields=("location",)) == [{"location": "Sarmīn"}]


# Displacement --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, people", [
    ("The bombardment displaced 180,000 people in two weeks, the UN said.", 180_000),
    ("Shelling drove at least 25,000 people out of their homes in southern Idlib.", 25_000),
    ("Over 150,000 people fled the area to look for somewhere safe.", 150_000),
    ("Some 75,000 civilians have fled their homes in southern Idlib.", 75_000),
])
def test_flight_figures_with_or_without_a_place(gz, text, people):
    (row,) = _rows(text + " Idlib province is home to three million people.", gz,
                   fields=("sub_event_type", "people"))
    assert row == {"sub_event_type": "Displacement", "people": people}


@pytest.mark.parametrize("text", ["Hundreds of families arrived in Sarmada on Sunday after fleeing Hass.",
                                  "Families who found shelter in Sarmada said they had fled Hass on Sunday.",
                                  "Thousands fled Hass to Sarmada on Sunday."])
def test_where_people_fled_from_and_where_they_went(gz, text):
    assert _rows(text, gz, fields=("location", "origin", "destination")) == [
        {"location": "Hass", "origin": "Hass", "destination": "Sarmada"}]


@pytest.mark.parametrize("text", ["Some 2,000 families (about 11,000 people) fled Hass on Sunday.",
                                  "About 11,000 people, or 2,000 families, fled Hass on Sunday.",
                                  "نزحت 2000 عائلة (نحو 11000 نسمة) من بلدة حاس الأحد."])
def test_displaced_people_are_persons_not_families(gz, text):
    assert _rows(text, gz, fields=("location", "people")) == [{"location": "Hass", "people": 11000}]
    families = "Some 2,000 families fled Hass on Sunday." if text.isascii() else "نزحت 2000 عائلة من بلدة حاس الأحد."
    assert _rows(families, gz, fields=("location", "people")) == [{"location": "Hass", "people": None}]


def test_a_strike_and_the_flight_it_caused_joined_by_and_are_two_events(gz):
    text = "Shelling on Hass killed three people on Sunday and 200 people fled."
    assert _rows(text, gz, fields=("sub_event_type", "location", "fatalities", "people")) == [
        {"sub_event_type": "Shelling/artillery/missile attack", "location": "Hass", "fatalities": 3, "people": None},
        {"sub_event_type": "Displacement", "location": "Hass", "fatalities": 0, "people": 200}]


def test_front_lines_are_not_places_and_the_event_sits_at_the_destination(gz):
    assert _rows("Thousands have fled the front lines towards the Turkish border.", gz, fields=(
        "sub_event_type", "location", "origin", "destination")) == [
        {"sub_event_type": "Displacement", "location": "Turkish border area", "origin": "",
         "destination": "Turkish border area"}]  # no place: the field stays empty


def test_a_toll_told_again_by_another_source_makes_the_range(gz):
    text = ("Government jets struck Sarmin on Sunday, killing at least four people, a war monitor said. "
            "Rescuers later put the toll in Sarmin at seven.")
    assert _rows(text, gz, fields=("location", "fatalities_min", "fatalities_max", "attribution")) == [
        {"location": "Sarmīn", "fatalities_min": 4, "fatalities_max": 7,
         "attribution": "Syrian Observatory for Human Rights; rescuers"}]


def test_a_counter_attack_is_fighting_not_a_strike(gz):
    assert _rows("Rebels counter-attacked near Binnish on Sunday.", gz, fields=("sub_event_type", "actor1")) == [
        {"sub_event_type": "Armed clash", "actor1": "Syrian opposition rebels"}]


def test_a_date_counted_from_another_event_does_not_date_this_one(gz):
    thursday = dt.date(2020, 2, 27)
    text = "Rebels retook the town of Binnish late on Wednesday, a day after troops had seized it."
    assert _rows(text, gz, thursday, fields=("event_date", "sub_event_type")) == [
        {"event_date": "2020-02-26", "sub_event_type": "Non-state actor overtakes territory"}]


def test_the_wounded_told_in_the_next_sentence_join_the_strike(gz):
    assert _rows("Jets bombed Binnish, killing nine. Dozens were wounded.", gz,
                 fields=("location", "fatalities", "injured_min")) == [
        {"location": "Binnish", "fatalities": 9, "injured_min": 12}]


@pytest.mark.parametrize("text, tolls", [
    # "including a family of five" is a part of the toll told before it
    ("Rescuers counted the deaths of nine civilians, including a family of five, after jets hit Sarmin.",
     {"Sarmīn": 9}),
    ("Jets hit Sarmin, killing 11 people, among them a family of five.", {"Sarmīn": 11}),
])
def test_a_part_of_the_toll_is_no_toll_of_its_own(gz, text, tolls):
    assert {r["location"]: r["fatalities"] for r in _rows(text, gz)} == tolls


def test_a_toll_that_rose_is_read_even_far_from_the_word_toll(gz):
    text = ("The death toll from Sunday's government and Russian air strikes on the town of Binnish and a camp for "
            "displaced families nearby rose to 17, rescuers said.")
    assert _rows(text, gz, fields=("location", "fatalities_max")) == [{"location": "Binnish", "fatalities_max": 17}]


@pytest.mark.parametrize("text, row", [
    # people who "left" a place fled it; "for" names where they went, and "sheltered in" adds a destination
    ("In Idlib province, some 900 families left Sarmin and Binnish for Atmeh, while others sheltered in Dana.",
     {"location": "Sarmīn", "origin": "Sarmīn; Binnish", "destination": "Atme; Ad Dānā"}),
    ("About 40,000 people have left Kafr Nubl since Sunday, rescuers said.",
     {"location": "Kafranbel", "origin": "Kafranbel", "destination": ""}),
])
def test_people_who_left_a_place_fled_it(gz, text, row):
    assert _rows(text, gz, fields=("location", "origin", "destination")) == [row]


def test_a_capture_that_failed_is_fighting(gz):
    text = ("Opposition forces launched a counter-attack on pro-government forces in Sarmin on Sunday but failed to "
            "regain the town.")
    assert _rows(text, gz, fields=("sub_event_type", "location", "actor1", "actor2")) == [
        {"sub_event_type": "Armed clash", "location": "Sarmīn", "actor1": "Syrian opposition rebels",
         "actor2": "Military Forces of Syria"}]


@pytest.mark.parametrize("text, actor1, actor2", [
    # the fighters killed are of the side struck, not the side that struck
    ("A drone strike hit a car near Hass on Sunday, killing two fighters of the National Front for Liberation.",
     "", "Syrian opposition rebels"),
    # the Russian ministry's words for rebels
    ("Illegal armed groups shelled Kabani on Sunday, the ministry said.", "Syrian opposition rebels", ""),
])
def test_sides_named_the_way_some_outlets_name_them(gz, text, actor1, actor2):
    (row,) = _rows(text, gz, fields=("actor1", "actor2"))
    assert row == {"actor1": actor1, "actor2": actor2}


@pytest.mark.parametrize("text", [
    "Militants fired rockets at Kabani from positions in Kafr Takharim on Sunday, the ministry said.",
    "Drones launched from the area of the settlement of Kafr Takharim hit Kabani on Sunday.",
])
def test_where_fire_was_launched_from_is_no_event_place(gz, text):
    assert [r["location"] for r in _rows(text, gz, fields=("location",))] == ["Kabani"]


@pytest.mark.parametrize("text", [
    # a toll told again as risen replaces the first one; a part of it told after does not lower it
    "Jets struck Binnish on Sunday. Medics put the toll at 9. By evening the toll had climbed to 15. "
    "Among the dead were four children.",
    "Jets struck Binnish on Sunday, killing nine people, a toll that later rose to 15.",
    "Jets struck Binnish on Sunday, killing nine people. The toll rose to 15, the victims included four children.",
])
def test_a_risen_toll_replaces_the_first_and_a_part_does_not_lower_it(gz, text):
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Binnish", "fatalities": 15, "fatalities_max": 15}]


def test_a_part_told_inside_the_toll_does_not_lower_it(gz):
    text = "Eight civilians including three boys were killed when rockets hit Sarmin on Sunday."
    assert _rows(text, gz, fields=("location", "fatalities", "fatalities_max")) == [
        {"location": "Sarmīn", "fatalities": 8, "fatalities_max": 8}]


@pytest.mark.parametrize("text, rows", [
    # a toll told next, with no weapon of its own, is the strike's told just before (its side too)
    ("Rebels attacked army positions near Sarmin on Sunday. Four soldiers died in the attack.",
     [{"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 4,
       "actor1": "Syrian opposition rebels"}]),
    # in a report of air strikes, a toll with no incident word of its own after a capture is the capture's
    ("Jets pounded Sarmin on Saturday.\n\nRebels regained control of Binnish on Sunday. Observers counted "
     "the killing of six soldiers.",
     [{"sub_event_type": "Air/drone strike", "location": "Sarmīn", "fatalities": 0, "actor1": "Military Forces of Syria"},
      {"sub_event_type": "Non-state actor overtakes territory", "location": "Binnish", "fatalities": 6,
       "actor1": "Syrian opposition rebels"}]),
])
def test_a_toll_told_after_its_incident_joins_it(gz, text, rows):
    assert _rows(text, gz, fields=("sub_event_type", "location", "fatalities", "actor1")) == rows


def test_a_clause_after_comma_and_with_its_own_subject_is_read_apart(gz):
    # the capture verb does not reach over ", and <subject> <verb>" into the strikes told after it
    text = ("Government troops seized Kafr Nabudah on Sunday, and rescuers recorded nine deaths in Russian "
            "air strikes on Sarmin.")
    assert _rows(text, gz, fields=("sub_event_type", "location", "fatalities")) == [
        {"sub_event_type": "Government regains territory", "location": "Kafr Nabudah", "fatalities": 0},
        {"sub_event_type": "Air/drone strike", "location": "Sarmīn", "fatalities": 9}]


def test_a_side_named_by_its_aircraft_is_the_one_that_struck(gz):
    # "Turkish drones": the force flies, so the report's one flying side (the regime, struck here) is not put on it
    text = "Turkish drones targeted regime positions near Saraqib on Sunday."
    assert _rows(text, gz, fields=("sub_event_type", "actor1", "actor2")) == [
        {"sub_event_type": "Air/drone strike", "actor1": "Military Forces of Turkey",
         "actor2": "Military Forces of Syria"}]


@pytest.mark.parametrize("text, rows", [
    # a summary of the past months or of a long span is background, not incidents of its own
    ("Shells hit Sarmin on Sunday, wounding four. The group has often shelled homes in Binnish, Taftanaz "
     "and Saraqib in recent months, killing scores of people.",
     [{"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 0}]),
    ("Jets struck a clinic in Sarmin on Sunday. Between 22 April and 18 May, jets bombed clinics in Binnish "
     "and Saraqib at least nine times.",
     [{"sub_event_type": "Air/drone strike", "location": "Sarmīn", "fatalities": 0}]),
    # who the people are, not a flight told now
    ("Jets struck a school in Sarmin on Sunday, killing two pupils. Both came from a family displaced "
     "from Saraqib.",
     [{"sub_event_type": "Air/drone strike", "location": "Sarmīn", "fatalities": 2}]),
    ("A rocket hit a camp near Sarmin on Sunday. The camp, near Binnish, houses some 3,000 people who fled "
     "the offensive further south.",
     [{"sub_event_type": "Shelling/artillery/missile attack", "location": "Sarmīn", "fatalities": 0}]),
])
def test_background_told_as_a_summary_or_who_people_are_makes_no_event(gz, text, rows):
    assert _rows(text, gz) == rows


@pytest.mark.parametrize("text, fatalities", [
    ("Fighting raged near Saraqib on Sunday, killing 12 soldiers and 8 rebels.", 20),  # both sides' dead: one toll
    ("Clashes near Saraqib on Sunday left 12 troops and eight militants dead.", 20),
    ("Fighting raged near Saraqib on Sunday, killing 12 soldiers and wounding 8 rebels.", 12),  # the wounded apart
])
def test_the_dead_of_both_sides_told_together_are_one_toll(gz, text, fatalities):
    assert _rows(text, gz, fields=("fatalities",)) == [{"fatalities": fatalities}]
