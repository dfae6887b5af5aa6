"""Whether a spotted name is a place at all: what the words and the line around it say.

Many village names are also English words ("Has" for Hass, "Tell", "Dana"), and the skeleton
match meets many more ("Babies" and Babis, "Source" and Sorke). A name whose every word is a
common English word (wordfreq's Zipf frequency >= :data:`COMMON_ZIPF`, about once per million
words) is a place only with evidence: capitalised where no sentence, line or headline starts
(capitals there say nothing), and a place cue ("in", "the town of", "near", a list of places, a
stated governorate). :func:`admitted_words` lists the exceptions: names of Syria's
governorates, of its cities of 100,000 people or more, and of north-west towns of 10,000 or more,
which are common words in English news *because* they are places ("Aleppo", "Damascus", "Dana").

Not places whatever their spelling: acronyms (short all-capital words such as "SANA" in
mixed-case text) and a city named after a clock time ("10:31 Damascus": a time zone).

>>> common_word("Source"), common_word("Saraqeb"), common_word("Al-Sham")
(True, False, True)
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from wordfreq import zipf_frequency

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.names import ARTICLES, fold, tokens
from geo_idlib.reports.lang.en.places import FOREIGN_ADJECTIVES, FOREIGN_COUNTRIES, FOREIGN_PLACES

__all__ = ["COMMON_ZIPF", "LOOSE_ZIPF", "abroad", "admitted_words", "acronym", "common_word", "foreign_name", "foreign_words", "headline",
           "sentence_initial", "time_zone", "word_zipf"]

#: At or above this Zipf frequency (English) a word is common: it needs evidence to be a place.
COMMON_ZIPF = 3.0
#: At or above this, a word is English enough that a loose (skeleton or misspelt) match needs a cue.
LOOSE_ZIPF = 2.0
_ADMITTED_POPULATION = {"north-west": 10_000, "syria": 100_000}
_NORTH_WEST = frozenset({"SY07", "SY05", "SY02", "SY06"})  # Idleb, Hama, Aleppo, Lattakia

_LINE_START_RE = re.compile(r"(?:^|\n)[ \t]*[-\u2022*>#\"'\u201c\u2018(\[]*[ \t]*$")
_SENTENCE_END_RE = re.compile(r"[.!?:;\u061f|][\"'\u201d\u2019)\]]*[ \t]*$")
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?\s+$")
_LINE_WORDS_RE = re.compile(r"[^\W\d_][\w'\u2019-]*")
_FOREIGN_BEFORE_RE = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, FOREIGN_ADJECTIVES))})\s+(?:border\s+)?"
    r"(?:(?:town|city|village|province|region|camp|district)s?\s+(?:of\s+)?)?$")
# the same read backwards, on the reversed words before a name: matched where the name starts
# instead of searched for along the 40 characters before it (a search tries every position;
# tests/test_reports_backward_patterns.py checks that both forms read alike)
_FOREIGN_BEFORE_BACK_RE = re.compile(
    r"(?:(?:\s+fo)?\s+s?(?:nwot|ytic|egalliv|ecnivorp|noiger|pmac|tcirtsid))?(?:\s+redrob)?\s+"
    rf"(?:{'|'.join(re.escape(a[::-1]) for a in FOREIGN_ADJECTIVES)})\b")
_FOREIGN_AFTER_RE = re.compile(
    rf"(?:,\s*|\s+in\s+(?:(?:southern|northern|eastern|western)\s+)?|\s+\()(?:{'|'.join(FOREIGN_COUNTRIES)})\b")
# the words those two patterns read a country by (each has one capital, its first letter: no two
# occurrences overlap, so a search finds every one)
_FOREIGN_WORD_RE = re.compile("|".join(sorted(map(re.escape, FOREIGN_ADJECTIVES + FOREIGN_COUNTRIES), key=len, reverse=True)))
_FOREIGN_KEYS = frozenset(fold(n) for n in FOREIGN_PLACES)
_HEADLINE_SMALL = frozenset("a an and as at but by for from in into of on or the to with vs via".split())
#: Lines longer than this are prose, never a headline; an acronym's line is read this far each side.
LINE_WINDOW = 300


@lru_cache(maxsize=100_000)
def word_zipf(surface: str) -> float:
    """The lowest English Zipf frequency of the words of a name (articles left out).

    >>> word_zipf("Kafr Nubl") < 2 < word_zipf("Tell")
    True
    """
    words = [t for t in tokens(surface) if t not in ARTICLES]
    return min((zipf_frequency(w, "en") for w in words), default=0.0)


def common_word(surface: str) -> bool:
    """Whether every word of ``surface`` (articles left out) is a common English word."""
    return word_zipf(surface) >= COMMON_ZIPF


@lru_cache(maxsize=8)
def admitted_words(gazetteer: Gazetteer) -> frozenset[str]:
    """Lower-cased names that are common English words and still read as places at any position:
    the spellings of the own names of Syria's governorates, of its cities of 100,000 people or
    more and of the north-west's towns of 10,000 or more.

    >>> {"aleppo", "dana"} <= admitted_words(Gazetteer.default()), "tell" in admitted_words(Gazetteer.default())
    (True, False)
    """
    out = set()
    for p in gazetteer.places:
        governorate = p.kind == "admin unit" and p.admin_level == 1
        floor = _ADMITTED_POPULATION["north-west" if p.admin1_pcode in _NORTH_WEST else "syria"]
        if governorate or (p.kind in ("city", "town") and p.population >= floor):
            main = fold(p.name)  # spellings of the place's own name, not its other names ("Sam")
            out.update(n.lower() for n in (p.name, *p.names) if n.isascii() and fold(n) == main and common_word(n))
    return frozenset(out)


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a list item.

    >>> sentence_initial("Fighting went on. Source said so.", 18), sentence_initial("in Source", 3)
    (True, False)
    """
    before = text[max(0, start - 40):start]
    if not before.strip():
        return True
    return bool(_LINE_START_RE.search(before) or _SENTENCE_END_RE.search(before))


def headline(text: str, start: int) -> bool:
    """Whether the line holding ``start`` reads as a headline or label: no sentence mark at its
    end and most of its longer words capitalised ("Babies Among Dead In Raids").

    >>> headline("Babies Among Dead In Idlib Raids\\nJets hit the town.", 0)
    True
    """
    a, b = _line_around(text, start)
    line = text[a:b].strip()
    # a sentence mark at its end asked before its words: most lines are sentences
    if b - a > LINE_WINDOW or line.endswith((".", "!", "?", "\u061f", ",", ";")):
        return False
    words = [w for w in _LINE_WORDS_RE.findall(line) if w.lower() not in _HEADLINE_SMALL]
    if len(words) < 2:
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def acronym(surface: str, text: str, start: int) -> bool:
    """A short all-capital word in a line that is not all capitals ("SANA", "HTS").

    >>> acronym("SANA", "state news agency SANA said", 18), acronym("IDLIB", "IDLIB, Syria", 0)
    (True, False)
    """
    if not surface.isupper():  # a letter not upper case, or none cased: asked before reading each
        return False
    letters = [c for c in surface if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(letters) > 4:
        return False
    a, b = _line_around(text, start)
    line = text[a:b]
    cased = [c for c in line if c.isalpha() and c.isascii()]
    return sum(c.islower() for c in cased) > 0.3 * len(cased)


def _line_around(text: str, start: int) -> tuple[int, int]:
    """The line holding ``start``, cut :data:`LINE_WINDOW` characters each side of it: a text
    of one long line costs each name a window, not the whole text.

    >>> _line_around("Headline\\nBody text", 12)
    (9, 18)
    """
    low, high = max(0, start - LINE_WINDOW), min(len(text), start + LINE_WINDOW)
    a = text.rfind("\n", low, start)
    b = text.find("\n", start, high)
    return (a + 1 if a >= 0 else low), (b if b >= 0 else high)


def foreign_words(text: str) -> list[int]:
    """Where the words that may put a name abroad (a country, a nationality) start in ``text``,
    in order: read once per text, so that the names with none near skip :func:`abroad`'s patterns.

    >>> foreign_words("From Idlib to the Turkish border and on to Turkey")
    [18, 43]
    """
    return [m.start() for m in _FOREIGN_WORD_RE.finditer(text)]


def abroad(text: str, start: int, end: int, foreign: list[int] | None = None) -> bool:
    """Whether the words around a name put it in another country ("the Turkish town of Kilis",
    "Sinjar, Iraq", "Arsal in Lebanon"); ``foreign``: the text's :func:`foreign_words`, when known.

    >>> abroad("crossed into the Turkish town of Kilis", 33, 38), abroad("fled to Sinjar in Iraq", 8, 14)
    (True, True)
    >>> abroad("shelling hit Saraqeb in Idlib", 13, 20)
    False
    """
    if foreign is not None:  # the patterns read a country 40 characters before or 32 after at most
        k = bisect_left(foreign, start - 40)
        if k == len(foreign) or foreign[k] >= end + 32:
            return False
    return bool(_FOREIGN_AFTER_RE.match(text, end, end + 32)
                or _FOREIGN_BEFORE_BACK_RE.match(text[max(0, start - 40):start][::-1]))


@lru_cache(maxsize=100_000)  # names recur from report to report
def foreign_name(surface: str) -> bool:
    """Whether a name is one of the places abroad that reports on Syria often name.

    >>> foreign_name("Hatay"), foreign_name("Saraqeb")
    (True, False)
    """
    return fold(surface) in _FOREIGN_KEYS


def time_zone(text: str, start: int) -> bool:
    """A city named right after a clock time is a time zone ("10:31 Damascus").

    >>> time_zone("2019-04-08 10:31 Damascus", 17)
    True
    """
    return bool(_CLOCK_RE.search(text[max(0, start - 16):start]))
