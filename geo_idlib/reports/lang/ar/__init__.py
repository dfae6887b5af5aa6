"""The Arabic language pack: every Arabic word list and pattern the reports room reads.

Words are listed with their attached proclitics and article (:func:`~.words.attached`), and the
report's diacritics and tatweel are dropped before reading (:func:`~.words.normalise`).

>>> LEXICON.code, LEXICON.numbers.values["ثلاثة"], LEXICON.dates.weekdays["الأحد"], LEXICON.dates.months["أيلول"]
('ar', 3, 6, 9)
"""
from __future__ import annotations

from geo_idlib.reports.lang import DateWords, EventPatterns, LayoutPatterns, Lexicon, NumberWords
from geo_idlib.reports.lang.ar import dates, events, layout, numbers
from geo_idlib.reports.lang.ar.deaths import DEATHS
from geo_idlib.reports.lang.ar.forces import FORCES
from geo_idlib.reports.lang.ar.sources import SOURCES, VERBS
from geo_idlib.reports.lang.ar.targets import TARGETS
from geo_idlib.reports.lang.ar.words import attached, normalise

__all__ = ["LEXICON"]

LEXICON = Lexicon(
    code="ar",
    cues=events.CUES,
    forces=FORCES,
    sources=SOURCES,
    verbs=VERBS,
    targets=TARGETS,
    deaths=DEATHS,
    numbers=NumberWords(
        values=numbers.WORD_VALUES, unit=numbers.UNIT, word_value=numbers.word_value, vague=numbers.VAGUE_VALUES,
        vague_pattern=numbers.VAGUE_PATTERN, vague_value=numbers.vague_value, scales=numbers.SCALES,
        qualifiers=numbers.QUALIFIERS, range=numbers.RANGE, between=numbers.BETWEEN,
        persons={form: n for word, n in numbers.PERSONS.items() for form in attached([word], article=False)},
        adjectives=numbers.ADJECTIVES, determiners=numbers.DETERMINERS, list_gap=numbers.LIST_GAP,
        joined_only=frozenset(attached(numbers.KIN.split(), article=False)), not_before=r"[\d.,]",
        no_count_before=numbers.NO_COUNT_BEFORE, alone_only=frozenset(attached(["آخر"], article=False)),
        bare_singular=True, sum_gap=numbers.SUM_GAP),
    dates=DateWords(
        months=dates.MONTHS, weekdays=dates.WEEKDAYS, days_back=dates.DAYS_BACK, counts=dates.DAY_COUNTS,
        directions=dates.DIRECTIONS, patterns=dates.PATTERNS, hints=dates.HINTS, starters=dates.STARTERS,
        year_before=dates.YEAR_BEFORE, ordinals=dates.ORDINALS),
    patterns=EventPatterns(
        killed_after=events.KILLED_AFTER, killed_before=events.KILLED_BEFORE, injured_after=events.INJURED_AFTER,
        injured_before=events.INJURED_BEFORE, displaced_after=events.DISPLACED_AFTER,
        displaced_before=events.DISPLACED_BEFORE, killed_words=events.KILLED_WORDS,
        injured_words=events.INJURED_WORDS, displaced_words=events.DISPLACED_WORDS,
        before_words=events.BEFORE_WORDS, distance_after=events.DISTANCE_AFTER, distance_hint=events.DISTANCE_HINT,
        distance_words=events.DISTANCE_WORDS, from_before=events.FROM_BEFORE, more_in=events.MORE_IN,
        aggregate=events.AGGREGATE, aggregate_words=events.AGGREGATE_WORDS, destination=events.DESTINATION,
        origin=events.ORIGIN, road=events.ROAD, road_word=events.ROAD_WORD, clause=events.CLAUSE,
        clause_marks=events.CLAUSE_MARKS, clause_join=events.CLAUSE_JOIN, group_after=events.GROUP_AFTER, part_before=events.PART_BEFORE, part_of=events.PART_OF, each_after=events.EACH_AFTER, and_break=events.AND_BREAK, same_people=events.SAME_PEOPLE, toll_place=events.TOLL_PLACE, toll_break=events.TOLL_BREAK, phrase_end=events.PHRASE_END, locator=events.LOCATOR,
        unnamed_place=events.UNNAMED_PLACE, object_before=events.OBJECT_BEFORE, agent_before=events.AGENT_BEFORE,
        heading_before=events.HEADING_BEFORE, besieged_after=events.BESIEGED_AFTER, given_up=events.GIVEN_UP, killed_noun=events.KILLED_NOUN, place_then_toll=True,
        verb_first=True, context_words=events.CONTEXT_WORDS, place_noun=events.PLACE_NOUN,
        casualties_after=events.CASUALTIES_AFTER),
    layout=LayoutPatterns(caption=layout.CAPTION, credit=layout.CREDIT, dateline=layout.DATELINE),
    normalise=normalise,
)
