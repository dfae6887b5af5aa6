"""Counts written in reports: digits and words, vague quantities and their qualifiers.

ACLED's fixed values stand for vague words ("dozens" = 12, "tens" = 10, "hundreds" = 100);
"several" and "a few" are not numbers and are not returned. People listed one by one are
counted: "a man, his wife and their child" = 3, "a woman and her two children" = 3.

>>> [(q.low, q.high, q.qualifier) for q in find_numbers("at least fifteen, a family of seven")]
[(15, 15, 'at least'), (7, 7, '')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["COUNT_WORDS", "Quantity", "find_numbers", "number_hints", "listed_people", "PERSONS", "WORD_VALUES",
           "VAGUE_VALUES"]

#: Number words and their values.
WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "a dozen": 12, "a hundred": 100, "a thousand": 1000, "a million": 1_000_000,
}
#: ACLED's fixed values for vague plural quantities.
VAGUE_VALUES = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_QUALIFIERS = {
    "at least": "at least", "more than": "over", "over": "over", "nearly": "nearly",
    "almost": "nearly", "about": "about", "around": "about", "some": "about",
    "up to": "up to", "roughly": "about", "an estimated": "about", "as many as": "up to",
}

_WORD = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
_UNIT = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
_QUAL = "|".join(sorted((re.escape(q) for q in _QUALIFIERS), key=len, reverse=True))
_NUMBER_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<qual>{_QUAL})\s+)?(?P<between>between\s+)?"
    rf"(?:(?P<vague>(?:dozens|tens|hundreds|thousands)(?:\s+of\s+(?:thousands|millions))?)"
    rf"|(?P<value>{_UNIT})(?P<scale>(?:\s+(?:hundred|thousand|million))*)"
    rf"(?:\s*(?:-|–|to|(?(between)and|(?!)))\s*(?P<high>{_UNIT})(?P<hscale>(?:\s+(?:hundred|thousand|million))*))?)"
    rf"(?![\w])",
    re.IGNORECASE,
)


#: Persons a report may list one by one, singular and plural.
PERSONS = dict(
    [(w, 1) for w in "man woman child boy girl baby infant toddler teenager wife husband son daughter mother "
                     "father brother sister grandmother grandfather grandchild nephew niece cousin".split()]
    + [(w, 0) for w in "men women children boys girls babies infants toddlers teenagers wives husbands sons "
                       "daughters mothers fathers brothers sisters grandchildren nephews nieces cousins".split()])
_PERSON = "|".join(sorted(PERSONS, key=len, reverse=True))
_ADJECTIVES = ("young", "elderly", "old", "little", "teenage", "pregnant")
_ITEM_STARTERS = frozenset(["a", "an", "one", "his", "her", "their", "its", "the", *_ADJECTIVES, *PERSONS,
                            *(w.split()[0] for w in WORD_VALUES)])
# One person item: a determiner or a number, an optional adjective, a person ("his wife", "her two
# children", "an elderly man"); a bare plural ("women") is not a count.
_PERSON_ITEM_RE = re.compile(
    rf"(?<![\w-])(?:(?P<det>a|an|one|his|her|their|its|the)\s+)?(?:(?:{'|'.join(_ADJECTIVES)})\s+)?"
    rf"(?:(?P<num>{_WORD}|\d+)\s+)?(?P<person>{_PERSON})(?![\w-])", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r",?\s+and\s+|,\s*", re.IGNORECASE)
_ITEM_REACH = 40  # no person item starts further than this before its person word
_WORD_RE = re.compile(r"\b\w+")

# Where a count may start (a qualifier, "between", a number word; digits are found apart) and the
# person words lists end on: the patterns are only tried there (one Aho-Corasick pass instead of
# trying them at every character).
#: The words a count may start with and the person words lists end on, for a phrase matcher.
COUNT_WORDS = {"start": [*_QUALIFIERS, "between", *WORD_VALUES, *VAGUE_VALUES], "person": list(PERSONS)}
_HINTS = PhraseMatcher(COUNT_WORDS)
_DIGIT_START_RE = re.compile(r"\d(?<![\w.,]\d)")  # the digit first: scanned fast


@dataclass(frozen=True)
class Quantity:
    """A count found in text: ``low``..``high`` (equal for a single figure) and its qualifier."""

    start: int
    end: int
    text: str
    low: int
    high: int
    qualifier: str = ""


def _unit_value(text: str) -> float:
    if text.isdigit():
        return int(text)
    text = text.lower().replace(",", "")
    if text[0].isdigit():
        return float(text)
    parts = text.replace("-", " ").split(" ")
    head = " ".join(parts[:2]) if " ".join(parts[:2]) in WORD_VALUES else parts[0]
    rest = parts[2:] if head.count(" ") else parts[1:]
    return WORD_VALUES[head] + sum(WORD_VALUES[p] for p in rest)


def _scale(words: str) -> int:
    value = 1
    for word in words.lower().split():
        value *= _SCALES[word]
    return value


def _vague_value(text: str) -> int:
    words = text.lower().split()
    value = VAGUE_VALUES[words[0]]
    if len(words) == 3:  # "tens of thousands" = 10 * 1000
        value *= {"thousands": 1_000, "millions": 1_000_000}[words[2]]
    return value


def _person_count(m: re.Match) -> int | None:
    """How many people one listed item names (None for "their children": not said)."""
    if m.group("num"):
        return int(_unit_value(m.group("num")))
    return 1 if m.group("det") and PERSONS[m.group("person").lower()] else None


def number_hints(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'start' | 'person')``: where a count may start and the person words in
    ``text`` (spot them once in a whole report, pass each sentence its own to :func:`find_numbers`).

    >>> number_hints("at least two children")
    [(0, 8, 'start'), (9, 12, 'start'), (13, 21, 'person')]
    """
    return _HINTS.find(text)


def listed_people(text: str, hints: list[tuple[int, int, str]] | None = None) -> list[Quantity]:
    """People listed one by one, counted: each list of person items ("a man, his wife and their
    child") whose items all say how many they are. A lone "two children" is left to
    :func:`find_numbers`' plain count. ``hints``: ``text``'s :func:`number_hints`, if spotted.

    >>> [(q.text, q.low) for q in listed_people("A woman and her two children died; their children fled.")]
    [('A woman and her two children', 3)]
    """
    items: list[re.Match] = []
    for start, end, label in number_hints(text) if hints is None else hints:
        if label != "person" or text[end:end + 1] == "-":  # "child-care" is no person
            continue
        before = text[max(0, start - 16):start].split()[-1:]
        if not before or not (before[0].lower().split("-")[0] in _ITEM_STARTERS or before[0][0].isdigit()):
            continue  # no determiner, adjective or number just before: a bare "women" is no count
        lo = max(start - _ITEM_REACH, items[-1].end() if items else 0)
        # an item starts on a determiner, adjective, number or person word: the leftmost one
        # that ends on this person word
        m = next((m for w in _WORD_RE.finditer(text, lo, end)
                  if (w.group().lower() in _ITEM_STARTERS or w.group().isdigit())
                  and (m := _PERSON_ITEM_RE.match(text, w.start(), end)) and m.end() == end), None)
        if m and (m.group("det") or m.group("num")):
            items.append(m)
    lists: list[list[re.Match]] = []
    for m in items:
        if lists and _LIST_GAP_RE.fullmatch(text, lists[-1][-1].end(), m.start()):
            lists[-1].append(m)
        else:
            lists.append([m])
    out = []
    for group in lists:
        counts = [_person_count(m) for m in group]
        if None in counts or (len(group) == 1 and not group[0].group("det")):
            continue
        start, end = group[0].start(), group[-1].end()
        out.append(Quantity(start, end, text[start:end], sum(counts), sum(counts)))
    return out


def find_numbers(text: str, hints: list[tuple[int, int, str]] | None = None) -> list[Quantity]:
    """Every count in ``text``, in order, with its span; people listed one by one
    (:func:`listed_people`) count as one figure. ``hints``: ``text``'s :func:`number_hints`, if
    already spotted.

    >>> [(q.low, q.high) for q in find_numbers("between 43 and 53 dead; tens of thousands fled")]
    [(43, 53), (10000, 10000)]
    >>> find_numbers("nearly three million people")[0].low
    3000000
    >>> [q.low for q in find_numbers("a man, his wife and their child were killed")]
    [3]
    """
    hints = number_hints(text) if hints is None else hints
    people = listed_people(text, hints)
    out: list[Quantity] = list(people)
    starts = sorted({h[0] for h in hints if h[2] == "start"} | {m.start() for m in _DIGIT_START_RE.finditer(text)})
    matches, last = [], -1
    for pos in starts:
        m = _NUMBER_RE.match(text, pos) if pos >= last else None
        if m:
            matches.append(m)
            last = m.end()
    for m in matches:
        qualifier = _QUALIFIERS.get((m.group("qual") or "").lower(), "")
        if m.group("vague"):
            low = high = _vague_value(m.group("vague"))
        else:
            low = int(round(_unit_value(m.group("value")) * _scale(m.group("scale"))))
            if m.group("high"):
                hscale = _scale(m.group("hscale") or m.group("scale"))
                high = int(round(_unit_value(m.group("high")) * hscale))
                if high < low:  # "two to 3" style slips: keep the order honest
                    low, high = high, low
            else:
                high = low
        if not any(q.start < m.end() and m.start() < q.end for q in people):
            out.append(Quantity(m.start(), m.end(), m.group(0), low, high, qualifier))
    return sorted(out, key=lambda q: q.start)
