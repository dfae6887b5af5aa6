"""Drafts of mentions: spotted names with what the words around them say (the kind of place,
a direction, a stated governorate, the list they stand in) and the toponym inside them.

* "the town of X", "the cities of A, B and C" (lists inherit the word), "X city", "X, the
  provincial capital" → a settlement; "near X", "the outskirts of X" → near it;
* "X province", "southern X", "rural X" → the governorate or a region of it;
* a stated governorate ("the southern Idlib village of Jabala", "Dana, Idlib", "A, B and C
  communities in Hama Governorate") constrains the names it goes with.

>>> text = "Shells hit the villages of Kafr Nabudah and Hawija."
>>> drafts = [Draft(27, 39, "Kafr Nabudah"), Draft(44, 50, "Hawija")]
>>> qualify(text, drafts, list_chains(text, drafts)); [d.kind for d in drafts]
['settlement', 'settlement']
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from geo_idlib.names import ARTICLES, fold, is_arabic
from geo_idlib.reports import arabic, evidence
from geo_idlib.reports.lang.en.places import DIRECTIONS, KIND_WORDS
from geo_idlib.reports.spotting import JOINERS, TOKEN_RE, article_start

if TYPE_CHECKING:
    from geo_idlib.reports.resolution import Resolver


_DIRECTION = "|".join(sorted(map(re.escape, DIRECTIONS), key=len, reverse=True))


_DIRECTION_ENDS = ("north", "south", "east", "west", "ern", "rural", "central", "greater")


_NEAR_LAST = frozenset({"near", "outside", "to", "around", "of", "from"})


_REGION_BEFORE_RE = re.compile(rf"\b(?P<dir>{_DIRECTION})\s+$", re.IGNORECASE)


# after a name: a kind word ("X province", "X air base"), else "X, the provincial capital", "X city"
# "Idlib province", "Hama's northern countryside" (the direction makes it a region)
_AFTER_RE = re.compile(rf"(?:'s|\u2019s)?(?:\s+(?P<dir>{_DIRECTION})(?=\s+countryside|\s+parts|\s+region|\s+suburbs))?"
                       r"\s+(?P<word>provinces?|governorates?|countryside|district|"
                       r"sub-?district|region|city|town|village|communities|camps?|air ?base|"
                       r"(?:military )?airport)\b(?!\s+of\b)"
                       r"|(?P<capital>,?\s+(?:the\s+)?provincial capital\b|\s+city\b)", re.IGNORECASE)


_KIND_BEFORE = ("town", "city", "village", "camp", "province", "governorate", "district", "towns", "cities",
                "villages", "camps", "countryside", "outskirts", "suburbs", "edge", "edges", "area", "vicinity")


_KIND_BEFORE_RE = re.compile(rf"\b(?P<word>{'|'.join(_KIND_BEFORE)})\s+of\s+(?:the\s+)?$", re.IGNORECASE)


_NEAR_BEFORE_RE = re.compile(
    r"\b(?:near|outside|close to|around|west of|east of|north of|south of|(?:kilomet(?:re|er)s?|km|miles?)"
    r" (?:\w+ )?(?:of|from))\s+(?:the\s+)?$", re.IGNORECASE)


# The two patterns above read backwards, on the reversed words before a name: matched where the
# name starts instead of searched for along the window (a search tries every position of it).
# tests/test_reports_backward_patterns.py checks that both forms read alike.
_KIND_BEFORE_BACK_RE = re.compile(rf"(?:\s+eht)?\s+fo\s+(?P<word>{'|'.join(w[::-1] for w in _KIND_BEFORE)})\b",
                                  re.IGNORECASE)


_NEAR_BEFORE_BACK_RE = re.compile(
    r"(?:\s+eht)?\s+(?:raen|edistuo|ot esolc|dnuora|fo tsew|fo tsae|fo htron|fo htuos|"
    r"(?:fo|morf)(?: \w+)? (?:s?(?:er|re)temolik|mk|s?elim))\b", re.IGNORECASE)


_CAPITAL_BEFORE_RE = re.compile(r"provincial capital(?:\s+of)?,?\s+$", re.IGNORECASE)


_LIST_GAP_RE = re.compile(r"\s*(?:,|and|or|&)?\s*(?:,|and|or)?\s*$", re.IGNORECASE)


_LIST_NEW_KIND_RE = re.compile(r"\s*,?\s*(?:and|as well as|in addition to)\s+(?:the\s+)?"
                               r"(?P<word>towns?|cities|city|villages?|camps?)\s+of\s+$", re.IGNORECASE)


# "A, B and C in Hama", "A, Idlib", "A and B communities in Hama Governorate"
_STATED_AFTER_RE = re.compile(rf"^(?:\s+(?:villages|towns|communities|areas))?\s*(?:,|in|in the|of)\s*"
                              rf"(?:(?:{_DIRECTION})\s+)?$", re.IGNORECASE)


_STATED_BEFORE_RE = re.compile(r"(?:\s+(?:province|governorate|countryside)(?:'s)?)?\s+"
                               r"(?:town|village|city|camp)\s+of\s+$", re.IGNORECASE)


_LEAD_WORDS_RE = re.compile(rf"(?:(?:the|{_DIRECTION})[\s\u00a0]+)+", re.IGNORECASE)


_KIND_TAIL_RE = re.compile(rf"(?:(?:'s)?[\s\u00a0]+(?:{'|'.join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))}|"
                           r"military|governorates|provinces))+$", re.IGNORECASE)


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    text: str
    lead: int = -1  # start with an attached article ("al-" of "al-Muntar")
    kind: str = ""  # settlement, city, camp, airbase, province, district, countryside, near, region, abroad
    direction: str = ""
    admin1: str = ""  # stated governorate (P-code)
    kind_end: int = 0  # end of a kind word after the name ("air base" in "Abu al-Duhur air base")
    plural: bool = False  # the kind word after it is plural ("Idlib and Hama governorates")
    unspotted: bool = False  # a capitalised name no gazetteer key spells (a misspelling, or no place)
    toponym: tuple[int, int] | None = None  # see toponym_span

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


def in_list(text: str, a: Draft, b: Draft) -> bool:
    """Whether ``a`` and ``b`` stand side by side in a list ("A, B and C", "أ، ب وج")."""
    if b.lead - a.end >= 40:  # too far apart in any script
        return False
    if text[b.lead:b.lead + 1] in arabic.LETTERS and text[a.end - 1:a.end] in arabic.LETTERS:
        return b.lead - a.end < 40 and bool(arabic.LIST_GAP_RE.match(text[a.end:b.lead]))
    return b.lead - a.end < 12 and bool(_LIST_GAP_RE.match(text[a.end:b.lead]))


def list_chains(text: str, drafts: list[Draft]) -> list[list[int]]:
    """Indexes of the drafts grouped into lists ("the towns of A, B and C"), in order."""
    out = [[0]] if drafts else []
    for i in range(1, len(drafts)):
        if in_list(text, drafts[i - 1], drafts[i]):  # the last of the open list
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _kind_before(before: str) -> tuple[str, int]:
    """The kind word (lower case) that ``before`` ends on, in its last 32 characters ("the town
    of ", "the outskirts of the "), and where it starts; else ('', 0). The kind word is one
    whole word: no other match.

    >>> _kind_before("shelled the Town of "), _kind_before("the town of the Ottomans, of ")
    (('town', 12), ('', 0))
    """
    back = _KIND_BEFORE_BACK_RE.match(before[::-1])
    return (back.group("word")[::-1].lower(), len(before) - back.end()) if back and back.end() <= 32 else ("", 0)


def _near_before(before: str) -> bool:
    """Whether ``before`` ends, in its last 48 characters, on words that put a name near a place
    ("near ", "12 km west of the ")."""
    back = _NEAR_BEFORE_BACK_RE.match(before[::-1])
    # a match that reaches further back may hide a shorter one ("km west of"): searched for then
    return back is not None and (back.end() <= 48 or _NEAR_BEFORE_RE.search(before, len(before) - 48) is not None)


def qualify(text: str, drafts: list[Draft], chains: list[list[int]]) -> None:
    """Set each draft's kind from the words around it (and from the list it stands in). The
    words after a name are read by one pattern matched in place (40 characters on); the
    patterns before it are tried only when the last two words before it may end them."""
    prev: Draft | None = None
    for d in drafts:
        before = text[max(0, d.lead - 60):d.lead]
        words = before.rsplit(None, 2)  # the last two words (lower case): they skip the patterns cheaply
        w0, w1 = words[-2].lower() if len(words) > 1 else "", words[-1].lower() if words else ""
        m_after = _AFTER_RE.match(text, d.end, d.end + 40)
        # the look-behind patterns only need the end of ``before``: no kind or direction word is long
        kind_word, kind_at = _kind_before(before) \
            if (w1 == "of" and w0.endswith(_KIND_BEFORE)) or (w0 == "of" and w1 == "the") else ("", 0)
        if m_after and m_after.group("word"):
            word = re.sub(r"\s+", " ", m_after.group("word").lower())
            d.kind, d.kind_end = KIND_WORDS[word], m_after.end()
            d.plural = word.endswith("s") and word not in ("countryside",)
            d.direction = (m_after.group("dir") or "").lower() or d.direction
        elif m_after or (("capital" in w0 or "capital" in w1) and _CAPITAL_BEFORE_RE.search(before[-30:])):
            d.kind = "city"
        elif kind_word:  # "south of the town of X": near the town
            d.kind = "near" if _near_before(before[:kind_at]) else KIND_WORDS[kind_word]
            m_dir = _REGION_BEFORE_RE.search(before, max(0, kind_at - 24), kind_at) \
                if kind_word == "countryside" else None  # "the southern countryside of Idlib"
            d.direction = m_dir.group("dir").lower() if m_dir else d.direction
        elif (w0 in _NEAR_LAST or w1 in _NEAR_LAST) and _near_before(before):
            d.kind = "near"
        elif prev is not None and prev.kind and not prev.plural and _LIST_GAP_RE.match(text[prev.end:d.lead]):
            d.kind = prev.kind  # "the towns of Kafr Nubl and Maasran"
        new_kind = _LIST_NEW_KIND_RE.match(text[prev.end:d.lead]) \
            if w1 == "of" and prev and d.lead - prev.end < 40 else None
        if new_kind:
            d.kind = KIND_WORDS[new_kind.group("word").lower()]
        if w1.endswith(_DIRECTION_ENDS):
            m_dir = _REGION_BEFORE_RE.search(before, max(0, len(before) - 24))
            d.direction = m_dir.group("dir").lower() if m_dir else d.direction
        prev = d
    # a plural kind word after a list names the kind of each ("in Idlib and Hama governorates")
    for chain in chains:
        last = drafts[chain[-1]]
        if last.plural:
            for i in chain[:-1]:
                drafts[i].kind = drafts[i].kind or last.kind


def state_governorates(text: str, drafts: list[Draft], chains: list[list[int]], res: "Resolver") -> None:
    """A stated governorate constrains the names it goes with: "Dana, Idlib", "the Idlib village
    of X", and every name of a list before it ("A, B and C communities in Hama")."""
    stated = res.stated
    govs = [stated(d.text) for d in drafts] + [""]  # none after the last
    for chain in chains:
        end = chain[-1]
        nxt = govs[end + 1]
        if not nxt:
            continue
        gap = text[drafts[end].end:drafts[end + 1].lead]
        if _STATED_AFTER_RE.match(gap) or (drafts[end].text[:1] in arabic.LETTERS
                                           and arabic.STATED_GAP_RE.match(gap)):  # "X بريف إدلب"
            for i in chain:
                if not govs[i]:
                    drafts[i].admin1 = nxt
    for i, gov in enumerate(govs[:-2], 1):  # each name after one that states a governorate
        if gov and not drafts[i].admin1 and _STATED_BEFORE_RE.match(text, drafts[i - 1].end, drafts[i].lead):
            drafts[i].admin1 = gov


def toponym_span(text: str, d: Draft) -> tuple[int, int]:
    """The toponym of a draft: without leading "the" and direction words or trailing kind words
    ("southern Idlib province" -> "Idlib"), with an attached article ("al-Muntar")."""
    if d.toponym is None:
        lead, tail = _trim(text[d.start:d.end])
        d.toponym = (d.lead if not lead else d.start + lead), d.end - tail
    return d.toponym


@lru_cache(maxsize=100_000)  # spans recur from report to report
def _trim(span: str) -> tuple[int, int]:
    """How many characters of leading "the"/direction words and of trailing kind words a span
    holds around its toponym."""
    lead = _LEAD_WORDS_RE.match(span)
    start = lead.end() if lead and lead.end() < len(span) and not is_arabic(span) else 0
    tail = _KIND_TAIL_RE.search(span, start)
    return start, (len(span) - tail.start() if tail and tail.start() > start else 0)


def after_article(text: str, start: int) -> bool:
    """Whether an Arabic article is hyphenated to the word at ``start`` ("al-Habit"): such a
    word is a name, whatever English word it spells.

    >>> after_article("the towns of al-Habit", 16), after_article("a Habit", 2)
    (True, False)
    """
    head = text[max(0, start - 5):start]
    if not head.endswith(("-", "\u2010")):
        return False
    word = head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else ""
    return word.lower().lstrip("(\"'\u201c") in ARTICLES


def unspotted(text: str, taken: list[tuple[int, int]], runs: list[tuple[int, str]]) -> list[Draft]:
    """Capitalised names of one to three words (with articles) that no spotted name covers and
    that are not English words: where a misspelt place name may stand."""
    out = []
    taken = sorted(taken)
    starts = [x for x, _ in taken]
    for at, words in runs:
        for a, b in _name_groups(words):
            a, b = at + a, at + b
            k = bisect_left(starts, b)  # spans that start before b: only the last two can reach a
            if (k < 1 or taken[k - 1][1] <= a) and (k < 2 or taken[k - 2][1] <= a):
                out.append(Draft(a, b, text[a:b], article_start(text, a), unspotted=True))
    return out


@lru_cache(maxsize=100_000)  # runs recur from report to report
def _name_groups(words: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` in one run of each group of one to three capitalised words (articles may
    join them) that is not an English word (see :func:`unspotted`)."""
    out = []
    group: list[tuple[int, int]] = []
    for m in [*TOKEN_RE.finditer(words), None]:
        span = m.span() if m else (-1, -1)
        word = m.group() if m else ""
        joined = bool(group) and span[0] - group[-1][1] <= 2 and not words[group[-1][1]:span[0]].strip(JOINERS)
        if word and not is_arabic(word) and (word[:1].isupper() or (joined and word.lower() in ARTICLES)) \
                and (joined or not group):
            group.append(span)
            continue
        while group and words[group[-1][0]:group[-1][1]].lower() in ARTICLES:
            group.pop()
        if group and len(group) <= 3:
            a, b = group[0][0], group[-1][1]
            if sum(c.isalpha() for c in words[a:b]) >= 3 and (evidence.word_zipf(words[a:b]) < evidence.LOOSE_ZIPF
                                               or after_article(words, a)):
                out.append((a, b))
        group = [span] if word and word[:1].isupper() and not is_arabic(word) else []
    return tuple(out)
