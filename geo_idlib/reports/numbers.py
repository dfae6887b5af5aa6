"""Counts written in reports: digits and words, vague quantities and their qualifiers.

The words are the language pack's (:class:`~geo_idlib.reports.lang.NumberWords`). ACLED's fixed
values stand for vague words ("dozens" = 12, "tens" = 10, "hundreds" = 100); "several" and "a
few" are not numbers and are not returned. People listed one by one are counted: "a man, his
wife and their child" = 3, "a woman and her two children" = 3.

>>> [(q.low, q.high, q.qualifier) for q in find_numbers("at least fifteen, a family of seven")]
[(15, 15, 'at least'), (7, 7, '')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from geo_idlib.reports.lang import Lexicon, lexicon
from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["Quantity", "count_words", "find_numbers", "number_hints", "listed_people"]

_ITEM_REACH = 40  # no person item starts further than this before its person word
_WORD_RE = re.compile(r"\b\w+")
_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))  # attached Arabic letters before a figure


@dataclass(frozen=True, init=False)
class Quantity:
    """A count found in text: ``low``..``high`` (equal for a single figure) and its qualifier."""

    start: int
    end: int
    text: str
    low: int
    high: int
    qualifier: str = ""

    def __init__(self, start: int, end: int, text: str, low: int, high: int, qualifier: str = "") -> None:
        # every field at once (see Mention.__init__): a report makes a quantity per figure
        self.__dict__.update(start=start, end=end, text=text, low=low, high=high, qualifier=qualifier)


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def count_words(lex: Lexicon) -> dict[str, list[str]]:
    """The words a count may start with (a qualifier, "between", a number word; digits are found
    apart) and the person words lists end on, for a phrase matcher: the patterns are only tried
    there."""
    n = lex.numbers
    return {"start": [*n.qualifiers, n.between[0], *n.values, *n.vague], "person": list(n.persons)}


class _Reader:
    """One language's count patterns, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        n = self.words = lex.numbers
        unit = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{n.unit})"
        scale = rf"(?:\s+(?:{_alternation(n.scales)}))*"
        rng = _alternation(n.range)
        negation = rf"(?<!{n.negation})" if n.negation else ""
        self.number = re.compile(
            rf"(?<!{n.not_before}){negation}(?:(?P<qual>{_alternation(n.qualifiers)})\s+)?"
            rf"(?P<between>{re.escape(n.between[0])}\s+)?"
            rf"(?:(?P<vague>{n.vague_pattern})"
            rf"|(?P<value>{unit})(?P<scale>{scale})"
            rf"(?:\s*(?:-|–|{rng}|(?(between){re.escape(n.between[1])}|(?!)))\s*(?P<high>{unit})(?P<hscale>{scale}))?)"
            rf"(?![\w])", re.IGNORECASE)
        self.item = re.compile(
            rf"(?<!{n.not_before[:-1]}-])(?:(?P<det>{_alternation(n.determiners)})\s+)?"
            rf"(?:(?:{_alternation(n.adjectives)})\s+)?"
            rf"(?:(?P<num>{n.unit}|\d+)\s+)?(?:(?:{_alternation(n.adjectives)})\s+)?(?P<person>{_alternation(n.persons)})"
            rf"(?![\w-])", re.IGNORECASE)
        self.list_gap = re.compile(n.list_gap, re.IGNORECASE)
        self.list_next = re.compile(rf"(?:{n.list_gap})\S", re.IGNORECASE)  # another item follows
        self.starters = frozenset([*n.determiners, *n.adjectives, *n.persons, *(w.split()[0] for w in n.values)])
        self.hints = PhraseMatcher(count_words(lex))
        self.qualifiers = {k.lower(): v for k, v in n.qualifiers.items()}
        self.digit_start = re.compile(rf"\d(?<!{n.not_before}\d)")  # the digit first: scanned fast
        self.sum_gap = re.compile(n.sum_gap) if n.sum_gap else None

    def unit_value(self, text: str) -> float:
        if text.isdigit():
            return int(text)
        plain = text.replace(",", "")
        if plain[0].isdigit():
            return float(plain)
        return self.words.word_value(text)

    def scale(self, words: str) -> int:
        value = 1
        for word in words.lower().split():
            value *= self.words.scales[word]
        return value


@lru_cache(maxsize=None)
def _reader(lex: Lexicon) -> _Reader:
    return _Reader(lex)


def number_hints(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, 'start' | 'person')``: where a count may start and the person words in
    ``text`` (spot them once in a whole report, pass each sentence its own to :func:`find_numbers`).

    >>> number_hints("at least two children")
    [(0, 8, 'start'), (9, 12, 'start'), (13, 21, 'person')]
    """
    return _reader(lex or lexicon("en")).hints.find(text)


def _person_count(r: _Reader, m: re.Match) -> int | None:
    """How many people one listed item names (None for "their children": not said)."""
    if m.group("num"):
        return int(r.unit_value(m.group("num")))
    alone = r.words.persons[m.group("person").lower()]  # 1 singular, 2 dual, 0 plural
    return alone if alone and (m.group("det") or r.words.bare_singular) else None


def listed_people(text: str, hints: list[tuple[int, int, str]] | None = None,
                  lex: Lexicon | None = None) -> list[Quantity]:
    """People listed one by one, counted: each list of person items ("a man, his wife and their
    child") whose items all say how many they are. A lone "two children" is left to
    :func:`find_numbers`' plain count. ``hints``: ``text``'s :func:`number_hints`, if spotted.

    >>> [(q.text, q.low) for q in listed_people("A woman and her two children died; their children fled.")]
    [('A woman and her two children', 3)]
    """
    r = _reader(lex or lexicon("en"))
    items: list[re.Match] = []
    for start, end, label in r.hints.find(text) if hints is None else hints:
        if label != "person" or text[end:end + 1] == "-":  # "child-care" is no person
            continue
        before = text[max(0, start - 16):start].split()[-1:]
        if not r.words.bare_singular and (not before or not (
                before[0].lower().split("-")[0] in r.starters or before[0][0].isdigit())):
            continue  # no determiner, adjective or number just before: a bare "women" is no count
        if not r.words.bare_singular and (before[0][0].isdigit() or before[0].lower() in r.words.values) \
                and not r.list_next.match(text, end) and not (items and start - items[-1].end() < _ITEM_REACH):
            continue  # "15 people", "three civilians" alone: a plain count, no list
        lo = max(start - _ITEM_REACH, items[-1].end() if items else 0)
        # an item starts on a determiner, adjective, number or person word: the leftmost one
        # that ends on this person word (walk back over such words, then try from the leftmost)
        tokens = [(w.start() + len(w.group()) - len(w.group().lstrip(_LETTERS)) if w.group()[-1].isdigit()
                   else w.start(), w.group()) for w in _WORD_RE.finditer(text, lo, start)]  # "و11": the 11
        k = len(tokens)
        while k and (tokens[k - 1][1].lower() in r.starters or tokens[k - 1][1][-1].isdigit()):
            k -= 1
        m = next((m for at in [*(a for a, _ in tokens[k:]), start] if (m := r.item.match(text, at, end))
                  and m.end() == end), None)
        if m and (m.group("det") or m.group("num") or (r.words.bare_singular and r.words.persons[
                m.group("person").lower()])):
            items.append(m)
    lists: list[list[re.Match]] = []
    for m in items:
        if lists and r.list_gap.fullmatch(text, lists[-1][-1].end(), m.start()):
            if m.group("person").lower() in r.words.alone_only:
                continue  # "مدني آخر": another civilian, one person
            lists[-1].append(m)
        else:
            lists.append([m])
    out = []
    for group in lists:
        counts = [_person_count(r, m) for m in group]
        if None in counts or (len(group) == 1 and not group[0].group("det") and not r.words.bare_singular):
            continue
        if group[0].group("person").lower() in r.words.joined_only and not group[0].group("num"):
            continue  # "والده" alone: his father, not a count
        if not group[0].group("num") and text[max(0, group[0].start() - 12):group[0].start()].split()[-1:] in (
                [w] for w in r.words.no_count_before):
            continue  # "بين قتيل وجريح": the dead and the wounded, no count
        start, end = group[0].start(), group[-1].end()
        out.append(Quantity(start, end, text[start:end], sum(counts), sum(counts)))
    return out


def find_numbers(text: str, hints: list[tuple[int, int, str]] | None = None,
                 lex: Lexicon | None = None) -> list[Quantity]:
    """Every count in ``text``, in order, with its span; people listed one by one
    (:func:`listed_people`) count as one figure. ``hints``: ``text``'s :func:`number_hints`, if
    already spotted; ``lex``: the language pack (English by default).

    >>> [(q.low, q.high) for q in find_numbers("between 43 and 53 dead; tens of thousands fled")]
    [(43, 53), (10000, 10000)]
    >>> find_numbers("nearly three million people")[0].low
    3000000
    >>> [q.low for q in find_numbers("a man, his wife and their child were killed")]
    [3]
    >>> find_numbers("no one was killed")
    []
    """
    lex = lex or lexicon("en")
    r = _reader(lex)
    hints = r.hints.find(text) if hints is None else hints
    people = listed_people(text, hints, lex)
    out: list[Quantity] = list(people)
    starts = sorted({h[0] for h in hints if h[2] == "start"} | {m.start() for m in r.digit_start.finditer(text)})
    matches, last = [], -1
    for pos in starts:
        m = r.number.match(text, pos) if pos >= last else None
        if m:
            matches.append(m)
            last = m.end()
    for m in matches:
        qualifier = r.qualifiers.get((m.group("qual") or "").lower(), "")
        if m.group("vague"):
            low = high = r.words.vague_value(m.group("vague"))
        else:
            low = int(round(r.unit_value(m.group("value")) * r.scale(m.group("scale"))))
            if m.group("high"):
                hscale = r.scale(m.group("hscale") or m.group("scale"))
                high = int(round(r.unit_value(m.group("high")) * hscale))
                if high < low:  # "two to 3" style slips: keep the order honest
                    low, high = high, low
            else:
                high = low
        inside = [q for q in people if q.start < m.end() and m.start() < q.end] if people else []
        if inside:
            begins = m.start("value") if m.group("value") else m.start()
            if not all(begins < q.start for q in inside):
                continue  # the listed people are the figure ("a woman and her two children")
            out = [q for q in out if all(q is not i for i in inside)]  # "25 ألف مدني": the figure
        out.append(Quantity(m.start(), m.end(), m.group(0), low, high, qualifier))
    out.sort(key=lambda q: q.start)
    return _summed(out, text, r.sum_gap) if r.sum_gap and len(out) > 1 else out


def _summed(counts: list[Quantity], text: str, gap: re.Pattern) -> list[Quantity]:
    """The counts with two figures parted only by ``gap`` (the two sides of one toll) as one, their sum."""
    out = [counts[0]]
    for q in counts[1:]:
        p = out[-1]
        if gap.fullmatch(text, p.end, q.start):
            q = Quantity(p.start, q.end, text[p.start:q.end], p.low + q.low, p.high + q.high, p.qualifier)
            out.pop()
        out.append(q)
    return out
