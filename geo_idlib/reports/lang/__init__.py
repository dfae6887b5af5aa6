"""Language packs: every word list and language pattern the reports room reads, one package per
language (``lang/en/``, ``lang/ar/``), each exposing one :class:`Lexicon` as ``LEXICON``.

The algorithms (numbers, dates, actors, sources, targets, event rules) take a lexicon and know no
words of their own; a new language is a new package here. A report's language is picked per
report (:func:`detect_language`): its ``lang:`` front matter when given, else its script.

>>> lexicon("en").code, detect_language("Jets hit Saraqeb."), detect_language("غارات على سراقب")
('en', 'en', 'ar')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import import_module
from typing import Callable, Mapping, Pattern

__all__ = ["Lexicon", "NumberWords", "DateWords", "EventPatterns", "LayoutPatterns", "LANGUAGES", "lexicon",
           "detect_language"]

#: The language packs, by code.
LANGUAGES = ("en", "ar")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF]")
_SAMPLE = 600  # characters read to tell the script


@dataclass(frozen=True)
class NumberWords:
    """How a language writes counts.

    ``values``: number words and their values; ``unit``: a regular expression for one number
    written in words (compounds included); ``word_value``: its value; ``vague``: ACLED's fixed
    values for vague plurals ("dozens" = 12); ``vague_pattern``: a regular expression for them
    ("tens of thousands"); ``vague_value``: its value; ``scales``: "hundred", "thousand"...;
    ``qualifiers``: hedges and their canonical names ("more than" → "over"); ``range``: the words
    between the two figures of a range (besides "-"); ``between``: the word that opens a range and
    the one joining it ("between ... and"); ``persons``: person words (1 singular, 0 plural);
    ``adjectives`` and ``determiners`` that may open a listed person ("an elderly man");
    ``negation``: a word that makes the count after it none ("no one was killed").
    """

    values: Mapping[str, int]
    unit: str
    word_value: Callable[[str], int]
    vague: Mapping[str, int]
    vague_pattern: str
    vague_value: Callable[[str], int]
    scales: Mapping[str, int]
    qualifiers: Mapping[str, str]
    range: tuple[str, ...]
    between: tuple[str, str]
    persons: Mapping[str, int]
    adjectives: tuple[str, ...]
    determiners: tuple[str, ...]
    list_gap: str  # what joins listed persons: ", ", " and "
    joined_only: frozenset[str] = frozenset()  # persons that count only after another ("وطفلها")
    alone_only: frozenset[str] = frozenset()  # "آخر": a person alone, an adjective after another
    no_count_before: frozenset[str] = frozenset()  # "بين قتيل وجريح": a lone person after it is no count
    not_before: str = r"[\w.,]"  # what may not stand before a count (in Arabic an attached "و" may)
    negation: str = ""  # a fixed-width pattern: the word and its space ("no " in "no one")
    bare_singular: bool = False  # a singular person counts one without a determiner ("مقتل امرأة")
    # what parts two figures of one count told side by side ("12 soldiers ...، مقابل 8 fighters"): their sum
    sum_gap: str = ""


@dataclass(frozen=True)
class DateWords:
    """How a language writes dates: months and weekdays (name → number, Monday = 0), the days
    back of "today"/"yesterday", counts of days and their directions ("two days after": +2),
    the named date patterns (see :mod:`geo_idlib.reports.dates`),
    the words every date expression holds (``hints``) and the words one may start with."""

    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    days_back: Mapping[str, int]
    counts: Mapping[str, int]
    directions: Mapping[str, int]
    patterns: tuple[tuple[str, str], ...]
    hints: tuple[str, ...]
    starters: frozenset[str]
    year_before: frozenset[str] = frozenset()  # the words before a whole year ("in 2019")
    ordinals: Mapping[str, int] = field(default_factory=dict)  # day ordinals ("الخامس من أيار": 5)
    statement_before: Pattern = re.compile(r"(?!)")  # before the date of a statement, not an incident ("said today")
    span_before: Pattern = re.compile(r"(?!)")  # before the first date of a span ("between 28 April and 20 June")
    span_join: Pattern = re.compile(r"(?!)")  # what joins it to the second ("and")


@dataclass(frozen=True)
class EventPatterns:
    """The language patterns event rules read around counts and places (compiled).

    ``killed_after``/``killed_before`` (and injured, displaced): what makes a count a toll when
    it stands after/before it; ``*_words``: a cheap check before each pattern; ``before_words``:
    the last words before a count a ``*_before`` pattern needs; ``distance_after``/
    ``distance_hint``: kilometres; ``from_before``: "a mother from X" (not an event in X);
    ``more_in``: "12 more in X"; ``aggregate``: campaign totals; ``destination``/``origin``/
    ``road``: where people fled and armies push; ``clause``: clause breaks; ``phrase_end``;
    ``locator``: the words between a place and one named only to locate it ("X town west of Y");
    ``unnamed_place``: "a rebel-held town" (a toll told for a place the report names next);
    ``object_before``: what makes a force the object of a verb ("attacks on regime forces");
    ``agent_before``: what makes a force the agent after a verb ("captured by", "fell to");
    ``heading_before``: what makes a place one an army heads for ("pushing towards Y")."""

    killed_after: Pattern
    killed_before: Pattern
    injured_after: Pattern
    injured_before: Pattern
    displaced_after: Pattern
    displaced_before: Pattern
    killed_words: tuple[str, ...]
    injured_words: tuple[str, ...]
    displaced_words: tuple[str, ...]
    before_words: frozenset[str]
    distance_after: Pattern
    distance_hint: Pattern
    distance_words: tuple[str, ...]
    from_before: Pattern
    more_in: Pattern
    aggregate: Pattern
    aggregate_words: tuple[str, ...]
    destination: Pattern
    origin: Pattern
    road: Pattern
    road_word: str
    clause: Pattern
    clause_marks: tuple[str, ...]
    phrase_end: Pattern
    locator: Pattern
    unnamed_place: Pattern
    object_before: Pattern
    agent_before: Pattern
    heading_before: Pattern
    killed_noun: Pattern = re.compile(r"(?!)")  # a count whose own noun says killed ("ثلاث شهداء")
    place_then_toll: bool = False  # "خان شيخون شهيد، الدانا ثلاث شهداء": a toll follows its place
    clause_join: Pattern = re.compile(r"(?!)")  # joins two clauses that may each tell of an incident (";")
    part_before: Pattern = re.compile(r"(?!)")  # before a part of the toll just told ("including", "بينهم")
    revised_before: Pattern = re.compile(r"(?!)")  # before a toll that replaces the one told before ("rose to")
    toll_part_before: Pattern = re.compile(r"(?!)")  # before a part of a toll told before, which it does not lower
    part_of: Pattern = re.compile(r"(?!)")  # right after a count that is part of the toll before ("nine of them")
    struck_after: Pattern = re.compile(r"(?!)")  # after a force: it is the side struck ("a convoy came under fire")
    between_before: Pattern = re.compile(r"(?!)")  # "on the road between" A and B: one event near A
    arrival: Pattern = re.compile(r"(?!)")  # where people arrived ("arrived in X after fleeing Y"): group "dest"
    destination_before: Pattern = re.compile(r"(?!)")  # right before a place fled to ("fled A to B")
    each_after: Pattern = re.compile(r"(?!)")  # after a count told of every place ("two in each")
    broker_before: Pattern = re.compile(r"(?!)")  # before a force that brokered a deal ("a truce brokered by")
    and_break: Pattern = re.compile(r"(?!)")  # "and" between two clauses ("killed three and 200 fled")
    same_people: Pattern = re.compile(r"(?!)")  # between families and the same people as persons ("(about")
    capture_end: Pattern = re.compile(r"(?!)")  # ends the places a capture verb takes ("..., encircling Y")
    besieged_after: Pattern = re.compile(r"(?!)")  # right after a place besieged, not taken ("X باتت محاصرة")
    given_up: Pattern = re.compile(r"(?!)")  # after a capture verb: the place was left again ("قبل أن تنسحب")
    part_after: Pattern = re.compile(r"(?!)")  # after a part of a toll told next ("two children were among")
    group_after: Pattern = re.compile(r"(?!)")  # a count of families or homes, not of people ("one family")
    toll_place: Pattern = re.compile(r"(?!)")  # right before a place: where the toll before it died ("في بلدة")
    toll_break: Pattern = re.compile(r"(?!)")  # between a toll and a place after it: not that place's toll
    verb_first: bool = False  # the subject follows its verb ("سيطرت قوات النظام على ...")
    casualties_after: Pattern = re.compile(r"(?!)")  # "killed or wounded": dead and injured in one figure
    place_noun: Pattern = re.compile(r"(?!)")  # "town", "بلدة": a place is named here
    context_words: tuple[str, ...] = ()  # the words ``from_before`` and ``heading_before`` need


@dataclass(frozen=True)
class LayoutPatterns:
    """Page furniture (compiled): ``caption`` (a sentence describing a picture), ``credit`` (what
    ends a caption line: "| AFP"), ``dateline`` (what opens a report: "DAMASCUS, Jan. 29 (Xinhua) —")."""

    caption: Pattern
    credit: Pattern
    dateline: Pattern


@dataclass(frozen=True, eq=False)
class Lexicon:
    """One language's words and patterns (see the module doc).

    ``cues``: event cue words by family (what a sentence tells of); ``forces``: ACLED actor
    names and the phrases naming them; ``sources`` and ``verbs`` (``says``/``denies``): who said
    it; ``targets``: target classes and their words; ``deaths``: the words that tell of deaths
    (``told``) and that say no one died (``none``); ``numbers``, ``dates``, ``patterns``,
    ``layout``: see their types; ``normalise``: the report text as the lists spell it.
    """

    code: str
    cues: Mapping[str, list[str]]
    forces: Mapping[str, list[str]]
    sources: Mapping[str, list[str]]
    verbs: Mapping[str, list[str]]
    targets: Mapping[str, list[str]]
    deaths: Mapping[str, list[str]]
    numbers: NumberWords
    dates: DateWords
    patterns: EventPatterns
    layout: LayoutPatterns
    normalise: Callable[[str], str] = str  # the text as the lists spell it (Arabic: no diacritics)


@lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The language pack of ``code`` ("en", "ar"); ValueError for a language without one."""
    if code not in LANGUAGES:
        raise ValueError(f"no language pack for {code!r} (have: {', '.join(LANGUAGES)})")
    return import_module(f"{__name__}.{code}").LEXICON


def detect_language(text: str, lang: str = "") -> str:
    """The language of a report: ``lang`` when given (front matter), else Arabic when Arabic
    letters make up a third of its opening, else English.

    >>> detect_language("Jets hit سراقب and Idlib."), detect_language("x", "ar")
    ('en', 'ar')
    """
    if lang:
        return lang.strip().lower()
    sample = text[:_SAMPLE]
    arabic = not sample.isascii() and 3 * len(_ARABIC_RE.findall(sample)) > len(sample)
    return "ar" if arabic else "en"
