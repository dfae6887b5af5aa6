"""The English language pack: every English word list and pattern the reports room reads.

>>> LEXICON.code, LEXICON.numbers.values["fifteen"], LEXICON.dates.weekdays["sunday"]
('en', 15, 6)
"""
from __future__ import annotations

from geo_idlib.reports.lang import DateWords, EventPatterns, LayoutPatterns, Lexicon, NumberWords
from geo_idlib.reports.lang.en import dates, events, layout, numbers
from geo_idlib.reports.lang.en.deaths import DEATHS
from geo_idlib.reports.lang.en.forces import FORCES
from geo_idlib.reports.lang.en.sources import SOURCES, VERBS
from geo_idlib.reports.lang.en.targets import TARGETS

__all__ = ["LEXICON"]

LEXICON = Lexicon(
    code="en",
    cues=events.CUES,
    forces=FORCES,
    sources=SOURCES,
    verbs=VERBS,
    targets=TARGETS,
    deaths=DEATHS,
    numbers=NumberWords(
        values=numbers.WORD_VALUES, unit=numbers.UNIT, word_value=numbers.word_value, vague=numbers.VAGUE_VALUES,
        vague_pattern=numbers.VAGUE_PATTERN, vague_value=numbers.vague_value, scales=numbers.SCALES,
        qualifiers=numbers.QUALIFIERS, range=numbers.RANGE, between=numbers.BETWEEN, persons=numbers.PERSONS,
        adjectives=numbers.ADJECTIVES, determiners=numbers.DETERMINERS, list_gap=numbers.LIST_GAP,
        negation=numbers.NEGATION),
    dates=DateWords(
        months=dates.MONTHS, weekdays=dates.WEEKDAYS, days_back=dates.DAYS_BACK, counts=dates.DAY_COUNTS,
        directions=dates.DIRECTIONS, patterns=dates.PATTERNS, hints=dates.HINTS, starters=dates.STARTERS,
        year_before=dates.YEAR_BEFORE, statement_before=dates.STATEMENT_BEFORE,
        span_before=dates.SPAN_BEFORE, span_join=dates.SPAN_JOIN),
    patterns=EventPatterns(
        killed_after=events.KILLED_AFTER, killed_before=events.KILLED_BEFORE, injured_after=events.INJURED_AFTER,
        injured_before=events.INJURED_BEFORE, displaced_after=events.DISPLACED_AFTER,
        displaced_before=events.DISPLACED_BEFORE, killed_words=events.KILLED_WORDS,
        injured_words=events.INJURED_WORDS, displaced_words=events.DISPLACED_WORDS,
        before_words=events.BEFORE_WORDS, distance_after=events.DISTANCE_AFTER, distance_hint=events.DISTANCE_HINT,
        distance_words=events.DISTANCE_WORDS, from_before=events.FROM_BEFORE, more_in=events.MORE_IN,
        aggregate=events.AGGREGATE, aggregate_words=events.AGGREGATE_WORDS, destination=events.DESTINATION,
        origin=events.ORIGIN, road=events.ROAD, road_word=events.ROAD_WORD, clause=events.CLAUSE,
        clause_marks=events.CLAUSE_MARKS, clause_join=events.CLAUSE_JOIN, part_after=events.PART_AFTER, part_of=events.PART_OF, toll_part_before=events.TOLL_PART_BEFORE, revised_before=events.REVISED_BEFORE, each_after=events.EACH_AFTER, and_break=events.AND_BREAK, same_people=events.SAME_PEOPLE, given_up=events.GIVEN_UP, group_after=events.GROUP_AFTER, capture_end=events.CAPTURE_END, phrase_end=events.PHRASE_END, locator=events.LOCATOR,
        unnamed_place=events.UNNAMED_PLACE, object_before=events.OBJECT_BEFORE, agent_before=events.AGENT_BEFORE,
        heading_before=events.HEADING_BEFORE, struck_after=events.STRUCK_AFTER, broker_before=events.BROKER_BEFORE, between_before=events.BETWEEN_BEFORE, arrival=events.ARRIVAL, destination_before=events.DESTINATION_BEFORE, context_words=events.CONTEXT_WORDS, place_noun=events.PLACE_NOUN,
        casualties_after=events.CASUALTIES_AFTER, toll_break=events.TOLL_BREAK),
    layout=LayoutPatterns(caption=layout.CAPTION, credit=layout.CREDIT, dateline=layout.DATELINE),
)
