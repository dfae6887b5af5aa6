"""English counts: number words, ACLED's vague values, hedges and person words."""
from __future__ import annotations

import re

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
VAGUE_PATTERN = r"(?:dozens|tens|hundreds|thousands)(?:\s+of\s+(?:thousands|millions))?"
SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
#: Hedges and their canonical names.
QUALIFIERS = {
    "at least": "at least", "more than": "over", "over": "over", "nearly": "nearly",
    "almost": "nearly", "about": "about", "around": "about", "some": "about",
    "up to": "up to", "roughly": "about", "an estimated": "about", "as many as": "up to",
}
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_WORD = "|".join(sorted((re.escape(w) for w in WORD_VALUES), key=len, reverse=True))
#: One number in words: "fifteen", "twenty-one", "a dozen".
UNIT = rf"(?:{_WORD})(?:[- ](?:{_UNITS}))?"
#: Persons a report may list one by one, singular (1) and plural (0).
PERSONS = dict(
    [(w, 1) for w in "man woman child boy girl baby infant toddler teenager wife husband son daughter mother "
                     "father brother sister grandmother grandfather grandchild nephew niece cousin person civilian "
                     "citizen teacher student doctor nurse paramedic medic rescuer volunteer worker fighter soldier "
                     "second third fourth fifth sixth".split()]
    + [(w, 0) for w in "men women children boys girls babies infants toddlers teenagers wives husbands sons "
                       "daughters mothers fathers brothers sisters grandchildren nephews nieces cousins people "
                       "persons civilians citizens teachers students doctors nurses paramedics medics rescuers "
                       "volunteers workers fighters soldiers".split()]
    # fighters by side, plural only ("12 soldiers and 8 rebels" is one toll of 20; "a rebel attack" counts no one)
    + [(w, 0) for w in "rebels insurgents militants jihadists troops gunmen combatants policemen".split()])
ADJECTIVES = ("young", "elderly", "old", "little", "teenage", "pregnant", "other", "more", "unidentified")
DETERMINERS = ("a", "an", "one", "his", "her", "their", "its", "the", "another")
RANGE = ("to",)
BETWEEN = ("between", "and")
LIST_GAP = r",?\s+and\s+|,\s*"
#: What makes the count after it none: "no one was killed" is no toll of one.
NEGATION = r"\bno\s"


def word_value(text: str) -> int:
    """The value of a number written in words ("twenty-one" = 21, "a dozen" = 12).

    >>> word_value("Twenty one"), word_value("a dozen")
    (21, 12)
    """
    parts = text.lower().replace("-", " ").split(" ")
    head = " ".join(parts[:2]) if " ".join(parts[:2]) in WORD_VALUES else parts[0]
    rest = parts[2:] if head.count(" ") else parts[1:]
    return WORD_VALUES[head] + sum(WORD_VALUES[p] for p in rest)


def vague_value(text: str) -> int:
    """ACLED's value of a vague quantity ("tens of thousands" = 10,000).

    >>> vague_value("tens of thousands")
    10000
    """
    words = text.lower().split()
    value = VAGUE_VALUES[words[0]]
    if len(words) == 3:
        value *= {"thousands": 1_000, "millions": 1_000_000}[words[2]]
    return value
