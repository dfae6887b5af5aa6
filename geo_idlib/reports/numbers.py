"""Counts written in reports: digits and words, vague quantities and their qualifiers.

ACLED's fixed values stand for vague words ("dozens" = 12, "tens" = 10, "hundreds" = 100);
"several" and "a few" are not numbers and are not returned.

>>> [(q.low, q.high, q.qualifier) for q in find_numbers("at least fifteen, a family of seven")]
[(15, 15, 'at least'), (7, 7, '')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["Quantity", "find_numbers", "WORD_VALUES", "VAGUE_VALUES"]

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


# Where a count may start: a qualifier, "between", a number word or a digit. The pattern is only
# tried there (one Aho-Corasick pass instead of trying it at every character).
_STARTS = PhraseMatcher({"start": [*_QUALIFIERS, "between", *WORD_VALUES, *VAGUE_VALUES]})
_DIGIT_START_RE = re.compile(r"(?<![\w.,])\d")


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
    text = text.lower().replace(",", "")
    if text[0].isdigit():
        return float(text)
    parts = re.split(r"[- ]", text)
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


def find_numbers(text: str) -> list[Quantity]:
    """Every count in ``text``, in order, with its span.

    >>> [(q.low, q.high) for q in find_numbers("between 43 and 53 dead; tens of thousands fled")]
    [(43, 53), (10000, 10000)]
    >>> find_numbers("nearly three million people")[0].low
    3000000
    """
    out: list[Quantity] = []
    starts = sorted({h[0] for h in _STARTS.find(text)} | {m.start() for m in _DIGIT_START_RE.finditer(text)})
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
        out.append(Quantity(m.start(), m.end(), m.group(0), low, high, qualifier))
    return out
