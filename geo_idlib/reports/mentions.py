"""Geoparsing: spot every gazetteer place name in a report and resolve it in context.

Spotting runs one Aho-Corasick automaton (pyahocorasick) over the report's tokens, each reduced
to its folded key (:func:`geo_idlib.names.fold`, :func:`~geo_idlib.names.fold_arabic`), and a
second over their consonant skeletons (:func:`~geo_idlib.names.skeleton`) so that "Saraqeb" and
"Kafr Nubl" meet "Saraqib" and "Kafranbel"; a third runs the skeletons of Arabic words (after
their proclitics) over every name's, so that "كنصفرة" meets Kansafrah, a village the sources
name only in Latin (read in its words by :mod:`geo_idlib.reports.arabic`). A span must start and
end on token boundaries,
every Latin word in it must be capitalised (or one of the few lower-case words names hold: "al",
"southern", "air base"), and the gazetteer must accept the surface form. Only runs of such
words are keyed at all: the lower-case prose between them is skipped by one regular expression.
No name crosses two runs, so each run's name spans are found once per matcher and reused (runs
such as "Kafr Nubl" or "The" recur from report to report).

Resolution reads the words around each span:

* "the town of X", "the cities of A, B and C" (lists inherit the qualifier), "X city",
  "X, the provincial capital" → a settlement, geo_precision 1;
* "near X", "the outskirts of X", "X countryside" (of a town) → geo_precision 2;
* "X province", "southern X", "rural X" where X names a governorate → the governorate,
  geo_precision 3; a bare governorate name that is also a city ("Idlib") is the governorate
  unless the report says city;
* a stated governorate ("the southern Idlib village of Jabala", "Dana, Idlib") filters;
* the report's unambiguous places pull ambiguous names toward them (the southern Dana when
  Maarat al-Numan is nearby).

Not taken for places: words inside longer proper names ("Ahmad Hilal", "Aleppo Media Center"),
"Damascus time", "Aleppo-based".

>>> from geo_idlib.gazetteer import Gazetteer
>>> [(m.text, m.place.name, m.precision) for m in find_mentions("Jets hit Saraqeb.", Gazetteer.default())]
[('Saraqeb', 'Saraqib', 1)]
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

import ahocorasick
import numpy as np

from geo_idlib.gazetteer import ACCEPT_SCORE, CONFIDENT_SCORE, SETTLEMENT_KINDS, Candidate, Gazetteer, Place
from geo_idlib.geodesy import distance_km, distances_km
from geo_idlib.names import ARTICLES, fold, fold_arabic, is_arabic, skeleton, tokens
from geo_idlib.reports import arabic, evidence
from geo_idlib.reports.lang.en.places import (DIRECTIONS, GOVERNMENT_VERBS, KIND_WORDS, LOWER_WORDS, NEIGHBOURS,
                                              NOT_PLACE_AFTER, PLACE_CUES)
from geo_idlib.reports.spelling import MIN_CONSONANT_RATIO, near_miss
from geo_idlib.translit import sound_keys

__all__ = ["Mention", "PlaceMatcher", "find_mentions", "matcher_for"]

_TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019`\u2018\u02bf\u02be][^\W_]+)*")
_JOINERS = " \t\n\r\f\v\u00a0-\u2010\u2013'\u2019`\u2018\u02bf\u02be_"  # what may stand between a name's words
_POSSESSIVE_RE = re.compile(r"['\u2019]s$")
_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019]*")
_WORD_AFTER_RE = re.compile(r"[ \t]+([^\W\d_][\w'\u2019]*)")
_WORD_SPLIT_RE = re.compile(r"[\s\-\u2010\u2013]+")
_MARKS = "'\u2019`\u2018\u02bf\u02be"
_MIN_SKELETON = 3
_MIN_KEY = 3  # the shortest folded key a name is spotted by
_MARK = "['\u2019`\u2018\u02bf\u02be]"


def _by_first_letter(words: Iterable[str]) -> str:
    """An alternation of ``words`` grouped by first letter (far fewer tries per position).

    >>> _by_first_letter(["al", "air", "the"])
    '(?:a(?:ir|l)|t(?:he))'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{c}(?:{'|'.join(sorted(rest, key=len, reverse=True))})"
                            for c, rest in groups.items()) + ")"


# A run of tokens a name may hold: capitalised words, digits or non-ASCII script, and the
# LOWER_WORDS and articles, joined by _JOINERS only; a token starts where no letter (or letter and
# mark) precedes. A run is found from its first capitalised token (the scan skips lower-case
# letters quickly) and takes in the lower-case name words joined before it, read backwards on the
# reversed text ("the Turkish border", "southern Idlib").
_NAME_TOKEN = (rf"(?:[^\W_a-z][^\W_]*|{_by_first_letter(LOWER_WORDS | ARTICLES)}(?![^\W_]|{_MARK}[^\W_]))"
               rf"(?:{_MARK}[^\W_]+)*")
_RUN_RE = re.compile(rf"[^\W_a-z](?<![^\W_].)(?<![^\W_]{_MARK}.)[^\W_]*(?:{_MARK}[^\W_]+)*"
                     rf"(?:[{re.escape(_JOINERS)}]+{_NAME_TOKEN})*")
_LEFT_WORDS_RE = re.compile(rf"(?:[{re.escape(_JOINERS)}]+{_by_first_letter(w[::-1] for w in LOWER_WORDS | ARTICLES)}"
                            rf"(?![^\W_]|{_MARK}[^\W_]))+")
_NOT_PLACE_AFTER_RE = re.compile(
    rf"^(?:\s+time\b|-based\b|(?:-[A-Z][\w']+)?\s+(?:highway|road|motorway)\b|\s+(?:{'|'.join(NOT_PLACE_AFTER)})\b)",
    re.IGNORECASE)
_ROAD_BEFORE_RE = re.compile(r"[A-Z][\w']+-$")  # the second town of "Damascus-Aleppo highway"
_ROAD_AFTER_RE = re.compile(r"\s+(?:highway|road|motorway)\b")
_DIRECTION = "|".join(sorted(map(re.escape, DIRECTIONS), key=len, reverse=True))
_DIRECTION_ENDS = ("north", "south", "east", "west", "ern", "rural", "central", "greater")
_NEAR_LAST = frozenset({"near", "outside", "to", "around", "of", "from"})
_REGION_BEFORE_RE = re.compile(rf"\b(?P<dir>{_DIRECTION})\s+$", re.IGNORECASE)
_PROVINCE_AFTER_RE = re.compile(r"^(?:'s)?\s+(?P<word>provinces?|governorates?|countryside|district|"
                                r"sub-?district|region|city|town|village|communities|camps?|air ?base|"
                                r"(?:military )?airport)\b(?!\s+of\b)", re.IGNORECASE)
_KIND_BEFORE_RE = re.compile(
    r"\b(?P<word>town|city|village|camp|province|governorate|district|towns|cities|villages|"
    r"camps|countryside|outskirts|suburbs|edges?|area|vicinity)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR_BEFORE_RE = re.compile(
    r"\b(?:near|outside|close to|around|west of|east of|north of|south of|(?:kilomet(?:re|er)s?|km|miles?)"
    r" (?:\w+ )?(?:of|from))\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITAL_RE = re.compile(r"^,?\s+(?:the\s+)?provincial capital\b|^\s+city\b", re.IGNORECASE)
_CAPITAL_BEFORE_RE = re.compile(r"provincial capital(?:\s+of)?,?\s+$", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"^\s*(?:,|and|or|&)?\s*(?:,|and|or)?\s*$", re.IGNORECASE)
_LIST_NEW_KIND_RE = re.compile(r"^\s*,?\s*(?:and|as well as|in addition to)\s+(?:the\s+)?"
                               r"(?P<word>towns?|cities|city|villages?|camps?)\s+of\s+$", re.IGNORECASE)
# "A, B and C in Hama", "A, Idlib", "A and B communities in Hama Governorate"
_STATED_AFTER_RE = re.compile(rf"^(?:\s+(?:villages|towns|communities|areas))?\s*(?:,|in|in the|of)\s*"
                              rf"(?:(?:{_DIRECTION})\s+)?$", re.IGNORECASE)
_STATED_BEFORE_RE = re.compile(r"^(?:\s+(?:province|governorate|countryside)(?:'s)?)?\s+"
                               r"(?:town|village|city|camp)\s+of\s+$", re.IGNORECASE)
# an article joined to the name by a hyphen or mark ("as-Suqaylabiyah"), or "al"/"el" by a space
# ("Al Bara"; "as", "an", "at" are English words too)
_ARTICLE_BEFORE_RE = re.compile(rf"(?<![^\W_])(?:(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})"
                                rf"(?:[-\u2010]|{_MARK})|(?:al|el) )$", re.IGNORECASE)
_ARTICLE_JOINERS = frozenset("- \u2010" + _MARKS)
_LEAD_WORDS_RE = re.compile(rf"(?:(?:the|{_DIRECTION})[\s\u00a0]+)+", re.IGNORECASE)
_KIND_TAIL_RE = re.compile(rf"(?:(?:'s)?[\s\u00a0]+(?:{'|'.join(sorted(map(re.escape, KIND_WORDS), key=len, reverse=True))}|"
                           r"military|governorates|provinces))+$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A place name found in a text: the toponym's span and surface form ("Idlib" in "southern
    Idlib province", with an attached article: "al-Muntar"), the resolved place (or None) and how.

    ``precision`` is ACLED's geo_precision (1 the place itself, 2 near or part of it, 3 a
    region or province); ``qualifier`` the words that decided it ("city", "province",
    "southern", "near", "airbase", or "government" for a capital standing for its government);
    ``matched`` how the name met the place (the gazetteer's tiers, "near-miss" for a misspelling
    read against the places around, "earlier" for a short form of a name the report gave before).
    """

    text: str
    start: int
    end: int
    place: Place | None = None
    score: float = 0.0
    precision: int = 1
    qualifier: str = ""
    matched: str = ""

    def to_dict(self) -> dict:
        """The ``geoparse --json`` form."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "place": self.place.to_dict() if self.place else None, "score": round(self.score, 4),
                "geo_precision": self.precision, "qualifier": self.qualifier, "matched": self.matched}


def _latin_key(name: str) -> str:
    return "".join(fold(t) for t in tokens(name))


def _latin_skeleton(name: str) -> str:
    return "".join(skeleton(t) for t in tokens(name) if t not in ARTICLES)


def _arabic_key(name: str) -> str:
    return "".join(fold_arabic(w) for w in name.split())


class PlaceMatcher:
    """Aho-Corasick automata over the folded keys and consonant skeletons of every name of the
    given places, run over a text's runs of name words (capitalised words, Arabic script and
    the lower-case words names hold); Arabic words meet every name's skeletons (see
    :func:`~geo_idlib.translit.sound_keys`). Built once per gazetteer (see :func:`matcher_for`).

    >>> m = PlaceMatcher([Place(id="x", name="Kafr Nubl", lat=35.6, lon=36.5, kind="town")])
    >>> m.spans("Raids on Kafranbel and Kafr Nubl.")
    [(9, 18), (23, 32)]
    """

    def __init__(self, places: Iterable[Place]) -> None:
        self._folded = ahocorasick.Automaton()
        self._skeletal = ahocorasick.Automaton()
        self._sounds = ahocorasick.Automaton()  # every name's skeletons, for Arabic-script words
        for place in places:
            for name in {place.name, place.name_ar, *place.names} - {""}:
                for sound in sound_keys(name):
                    self._sounds.add_word(sound, len(sound))
                if is_arabic(name):
                    key = _arabic_key(name)
                    if len(key) >= _MIN_KEY:
                        self._folded.add_word(key, len(key))
                    continue
                key, skel = _latin_key(name), _latin_skeleton(name)
                if len(key) >= _MIN_KEY:
                    self._folded.add_word(key, len(key))
                if len(skel) >= _MIN_SKELETON:
                    self._skeletal.add_word(skel, len(skel))
        for automaton in (self._folded, self._skeletal, self._sounds):
            if len(automaton):
                automaton.make_automaton()
        # Runs recur from report to report (names, capitalised words): each is read once.
        self._run_spans = lru_cache(maxsize=100_000)(self._spans_in_run)

    @staticmethod
    def _runs(text: str) -> list[tuple[int, str]]:
        """``(offset, words)`` of each run of name words in ``text`` (see ``_RUN_RE``) that holds
        a capitalised word, a digit or non-Latin script. No name runs across two runs."""
        out = []
        backwards, size = text[::-1], len(text)
        for run in _RUN_RE.finditer(text):
            left = _LEFT_WORDS_RE.match(backwards, size - run.start())
            at = size - left.end() if left else run.start()
            words = text[at:run.end()]
            if not words.islower():  # only lower-case words and digits: no name is capitalised here
                out.append((at, words))
        return out

    def _spans_in_run(self, words: str) -> tuple[tuple[int, int], ...]:
        """The ``(start, end)`` spans of one run that spell a known name: the folded and the
        skeleton keys of its tokens, each joined into a stream, with maps from stream offsets
        to the run offsets where matches may start and end."""
        found = set()
        for automaton, shortest, (stream, starts, ends) in zip(
                (self._folded, self._skeletal, self._sounds), (_MIN_KEY, _MIN_SKELETON, 1), _run_streams(words)):
            if len(automaton) and len(stream) >= shortest:  # no key is shorter
                for last, length in automaton.iter(stream):
                    if last + 1 in ends and last + 1 - length in starts:
                        for end in ends[last + 1]:
                            span = (starts[last + 1 - length], end)
                            # a sound met only by its skeleton is no name when it is a cue or one
                            # of the commonest words (بلدة، كان): left out once per run
                            if automaton is not self._sounds or span in found \
                                    or not arabic.never_a_name(words[slice(*span)]):
                                found.add(span)
        return tuple(found)

    def spans(self, text: str, keep=None, runs: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
        """Leftmost-longest ``(start, end)`` spans of text that spell a known name, among
        those ``keep(text, start, end)`` accepts (all by default); ``runs``: the text's
        :meth:`_runs`, when already known. An Arabic span that starts after a proclitic counts
        from its word's start: "كمعرة النعمان" is ك + معرة النعمان."""
        runs = runs if runs is not None else self._runs(text)
        found = [(at + start, at + end) for at, words in runs for start, end in self._run_spans(words)]
        out: list[tuple[int, int]] = []
        def order(span: tuple[int, int]) -> tuple[int, int, int]:
            at = _word_start(text, span[0]) if text[span[0] - 1:span[0]] in arabic.LETTERS else span[0]
            return at, -span[1], span[0]

        arabic_runs = any(words[:1] in arabic.LETTERS for _, words in runs)
        for start, end in sorted(found, key=order if arabic_runs else lambda s: (s[0], -s[1])):
            if (not out or start >= out[-1][1]) and (keep is None or keep(text, start, end)):
                out.append((start, end))
        return out


def _run_streams(words: str) -> list[tuple[str, dict[int, int], dict[int, tuple[int, ...]]]]:
    """For the folded keys, the skeletons of Latin words and the skeletons of Arabic words of
    one run of name words: the concatenated keys of its tokens with maps from stream offsets to
    the run offsets where matches may start and the run offsets where they may end (a lower-case
    word breaks the Latin skeleton stream with '|'; a match may start after an Arabic word's
    proclitics, and end after a word of weak letters only).

    >>> [stream for stream, _, _ in _run_streams("Kafr Nubl")]
    ['kafrnubl', 'kfrnbl', '']
    >>> [stream for stream, _, _ in _run_streams("بكفر سجنة")]
    ['بكفرسجنه', '', 'bkfrsjn']
    """
    streams = [([], {}, {}) for _ in range(3)]  # folded, Latin skeletons, Arabic skeletons
    positions = [0, 0, 0]
    for m in _TOKEN_RE.finditer(words):
        start = m.start()
        keys, length = _word_keys(m.group())
        for n, (key, offsets) in enumerate(keys):
            parts, starts, ends = streams[n]
            if key == "|":  # a lower-case word: no misspelt name runs through it
                parts.append("|")
                positions[n] += 1
            elif key:
                for k, at in offsets:
                    starts.setdefault(positions[n] + k, start + at)
                parts.append(key)
                positions[n] += len(key)
                ends[positions[n]] = (start + length,)
            elif offsets and positions[n] in ends and m.group().startswith("ال"):  # the weak letters of a
                ends[positions[n]] += (start + length,)  # name's second word (الهوى): it may end after them
    return [("".join(parts), starts, ends) for parts, starts, ends in streams]


@lru_cache(maxsize=200_000)
def _word_keys(word: str) -> tuple[tuple[tuple[str, tuple[tuple[int, int], ...]], ...], int]:
    """A token's folded key, Latin skeleton and Arabic skeleton, each with the ``(key offset,
    word offset)`` pairs where a name may start in it (after an Arabic word's proclitics: بريف,
    وسراقب), and its length without a possessive "'s". Lower-case words other than articles get
    the Latin skeleton '|': skeletons (the loose match) only run through capitalised words."""
    word = _POSSESSIVE_RE.sub("", word)
    if is_arabic(word):
        return (_arabic_keys(word, fold_arabic), ("", ()), _arabic_keys(word, skeleton)), len(word)
    parts = tokens(word)
    skel = "".join(skeleton(t) for t in parts)
    if word[:1].islower() and skel:
        skel = "|"
    return (("".join(fold(t) for t in parts), ((0, 0),)), (skel, ((0, 0),)), ("", ())), len(word)


def _arabic_keys(word: str, key_of) -> tuple[str, tuple[tuple[int, int], ...]]:
    """An Arabic word's key and where names may start in it: at its start, and after each
    proclitic whose stem's key ends the word's key ("والدانا": the key drops و and ال alike, so
    the name starts after و)."""
    key = key_of(word)
    offsets = {0: 0}
    for at in arabic.name_starts(word):
        stem = key_of(word[at:])
        if stem and key.endswith(stem):
            offsets.setdefault(len(key) - len(stem), at)
            if len(stem) == len(key):
                offsets[0] = max(offsets[0], at)
    return key, tuple(sorted(offsets.items()))


@lru_cache(maxsize=8)
def matcher_for(gazetteer: Gazetteer) -> PlaceMatcher:
    """The (cached) matcher over every name of ``gazetteer``'s places."""
    return PlaceMatcher(gazetteer.places)



@lru_cache(maxsize=8)
def _resolver_for(gazetteer: Gazetteer) -> "_Resolver":
    return _Resolver(gazetteer)


@lru_cache(maxsize=100_000)  # names recur from report to report
def _capitalised(surface: str) -> bool:
    """Arabic script, or Latin words that start upper-case; articles, directions and site words
    ("southern Idlib", "Abu al-Duhur air base", "the border with Turkey") may be lower-case
    around at least one capitalised word."""
    if is_arabic(surface):
        return True
    upper = False
    for word in _WORD_SPLIT_RE.split(surface):
        if word[:1].isupper() or word[:1].isdigit():
            upper = True
        elif word and word.lower() not in LOWER_WORDS and word.lower().strip(_MARKS) not in ARTICLES:
            return False
    return upper


def _looks_like_place(text: str, start: int, end: int) -> bool:
    return _capitalised(text[start:end]) and not _inside_other_name(text, start, end)


def _article_start(text: str, start: int) -> int:
    """Where an article attached before ``start`` begins ("al-" of "al-Muntar"), else ``start``."""
    joiner = text[start - 1:start]
    if joiner not in _ARTICLE_JOINERS or (joiner == " " and text[start - 3:start - 1].lower() not in ("al", "el")):
        return start
    window = text[max(0, start - 6):start]
    m = _ARTICLE_BEFORE_RE.search(window)
    if m is None or (m.start() == 0 and start - 6 > 0 and text[start - 7].isalnum()):
        return start
    return start - len(window) + m.start()


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised word that is not a place word touches the span ("Ahmad Hilal",
    "Hayat Tahrir al-Sham": an article between them does not part them)."""
    if _NOT_PLACE_AFTER_RE.match(text[end:end + 40]):
        return True
    if text[start - 1:start] == "-" and _ROAD_BEFORE_RE.search(text[max(0, start - 30):start]) \
            and _ROAD_AFTER_RE.match(text[end:end + 20]):
        return True
    lead = _article_start(text, start)
    before = text[max(0, lead - 40):lead]
    words = [before.rsplit(None, 1)[-1] if before[-1:] in (" ", "\t") and before.strip() else ""]
    after = _WORD_AFTER_RE.match(text, end, end + 40)
    words.append(after.group(1) if after else "")
    shouting = text[start:end].isupper()  # in capitals ("KAFR NUBL IS IN HANDS"), capitals join nothing
    return any(w[0].isupper() and w.lower() not in NEIGHBOURS and _WORD_RE.fullmatch(w) and not is_arabic(w)
               and not (shouting and w.isupper()) for w in words if w)


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    text: str
    lead: int = -1  # start with an attached article ("al-" of "al-Muntar")
    kind: str = ""  # settlement, city, camp, airbase, province, district, countryside, near, region
    direction: str = ""
    admin1: str = ""  # stated governorate (P-code)
    kind_end: int = 0  # end of a kind word after the name ("air base" in "Abu al-Duhur air base")
    plural: bool = False  # the kind word after it is plural ("Idlib and Hama governorates")
    unspotted: bool = False  # a capitalised name no gazetteer key spells (a misspelling, or no place)
    toponym: tuple[int, int] | None = None  # see _toponym_span

    def __post_init__(self) -> None:
        if self.lead < 0:
            self.lead = self.start


def _last_words(before: str) -> list[str]:
    """The last two words of ``before`` (lower case), to skip the look-behind patterns cheaply."""
    return ["", "", *before.lower().rsplit(None, 2)[-2:]][-2:]


def _in_list(text: str, a: _Draft, b: _Draft) -> bool:
    """Whether ``a`` and ``b`` stand side by side in a list ("A, B and C", "أ، ب وج")."""
    if text[b.lead:b.lead + 1] in arabic.LETTERS and text[a.end - 1:a.end] in arabic.LETTERS:
        return b.lead - a.end < 40 and bool(arabic.LIST_GAP_RE.match(text[a.end:b.lead]))
    return b.lead - a.end < 12 and bool(_LIST_GAP_RE.match(text[a.end:b.lead]))


def _chains(text: str, drafts: list[_Draft]) -> list[list[int]]:
    """Indexes of the drafts grouped into lists ("the towns of A, B and C"), in order."""
    out: list[list[int]] = []
    for i, d in enumerate(drafts):
        if out and _in_list(text, drafts[out[-1][-1]], d):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _qualify(text: str, drafts: list[_Draft], chains: list[list[int]]) -> None:
    """Set each draft's kind from the words around it (and from the list it stands in)."""
    prev: _Draft | None = None
    for d in drafts:
        before, after = text[max(0, d.lead - 60):d.lead], text[d.end:d.end + 40]
        last, low_after = _last_words(before), after.lower()
        m_after = _PROVINCE_AFTER_RE.match(after)
        # the look-behind patterns only need the end of ``before``: no kind or direction word is long
        m_kind = _KIND_BEFORE_RE.search(before, max(0, len(before) - 32)) if last[-1] in ("of", "the") else None
        if m_after:
            word = re.sub(r"\s+", " ", m_after.group("word").lower())
            d.kind, d.kind_end = KIND_WORDS[word], d.end + m_after.end()
            d.plural = word.endswith("s") and word not in ("countryside",)
        elif (("capital" in low_after or "city" in low_after) and _CAPITAL_RE.match(after)) \
                or ("capital" in before[-30:].lower() and _CAPITAL_BEFORE_RE.search(before[-30:])):
            d.kind = "city"
        elif m_kind:
            d.kind = KIND_WORDS[m_kind.group("word").lower()]
        elif set(last) & _NEAR_LAST and _NEAR_BEFORE_RE.search(before, max(0, len(before) - 48)):
            d.kind = "near"
        elif prev is not None and prev.kind and not prev.plural and _LIST_GAP_RE.match(text[prev.end:d.lead]):
            d.kind = prev.kind  # "the towns of Kafr Nubl and Maasran"
        new_kind = _LIST_NEW_KIND_RE.match(text[prev.end:d.lead]) if prev and d.lead - prev.end < 40 else None
        if new_kind:
            d.kind = KIND_WORDS[new_kind.group("word").lower()]
        m_dir = _REGION_BEFORE_RE.search(before, max(0, len(before) - 24)) if last[-1].endswith(_DIRECTION_ENDS) \
            else None
        if m_dir:
            d.direction = m_dir.group("dir").lower()
        prev = d
    # a plural kind word after a list names the kind of each ("in Idlib and Hama governorates")
    for chain in chains:
        last = drafts[chain[-1]]
        if last.plural:
            for i in chain[:-1]:
                drafts[i].kind = drafts[i].kind or last.kind


def _state_governorates(text: str, drafts: list[_Draft], chains: list[list[int]], res: "_Resolver") -> None:
    """A stated governorate constrains the names it goes with: "Dana, Idlib", "the Idlib village
    of X", and every name of a list before it ("A, B and C communities in Hama")."""
    govs = [res.stated(d.text) for d in drafts]
    for chain in chains:
        end = chain[-1]
        nxt = govs[end + 1] if end + 1 < len(drafts) else ""
        gap = text[drafts[end].end:drafts[end + 1].lead] if nxt else ""
        if nxt and (_STATED_AFTER_RE.match(gap) or (drafts[end].text[:1] in arabic.LETTERS
                                                   and arabic.STATED_GAP_RE.match(gap))):  # "X بريف إدلب"
            for i in chain:
                if not govs[i]:
                    drafts[i].admin1 = nxt
    for i, d in enumerate(drafts):
        if i and govs[i - 1] and not d.admin1 and _STATED_BEFORE_RE.match(text[drafts[i - 1].end:d.lead]):
            d.admin1 = govs[i - 1]


class _Resolver:
    """Gazetteer look-ups, each asked once per gazetteer; only accepted candidates kept."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer
        self._cache: dict[tuple, tuple[Candidate, ...]] = {}
        self._choices: dict[tuple, tuple[_Choice, bool]] = {}
        self._stated: dict[str, str] = {}
        self._needs: dict[tuple[str, str, str], bool] = {}
        self.sites = [p for p in gazetteer.places if p.kind not in ("admin unit", "region")]
        self._lats = np.array([p.lat for p in self.sites])
        self._lons = np.array([p.lon for p in self.sites])
        self.admitted = evidence.admitted_words(gazetteer)

    def candidates(self, surface: str, admin1: str = "", kinds: frozenset | None = None,
                   near: tuple[float, float] | None = None) -> tuple[Candidate, ...]:
        key = (surface, admin1, kinds, near)
        if key not in self._cache:
            found = self.gz.resolve(surface, near=near, admin1=admin1 or None, kinds=kinds, limit=8)
            self._cache[key] = tuple(c for c in found if c.score >= ACCEPT_SCORE)
        return self._cache[key]

    def stated(self, surface: str) -> str:
        """The governorate a name states (see :func:`_stated_admin1`), asked once per gazetteer."""
        if surface not in self._stated:
            self._stated[surface] = _stated_admin1(self, surface)
        return self._stated[surface]

    def choice(self, *key) -> tuple["_Choice", bool]:
        """:func:`_choose` for a surface form in its context words, asked once per gazetteer."""
        if key not in self._choices:
            self._choices[key] = _choose(self, *key)
        return self._choices[key]

    def needs_evidence(self, surface: str, name: str, matched: str) -> bool:
        """:func:`_needs_evidence`, asked once per gazetteer."""
        key = (surface, name, matched)
        if key not in self._needs:
            self._needs[key] = _needs_evidence(self, surface, name, matched)
        return self._needs[key]

    def around(self, points: list[tuple[float, float]], admin1: set[str]) -> list[Place]:
        """Places (not admin units) within :data:`NEAR_MISS_KM` of ``points`` or in the
        governorates ``admin1``: where a misspelt name is looked for."""
        mask = np.zeros(len(self.sites), dtype=bool)
        reach = NEAR_MISS_KM / 100  # degrees: more than NEAR_MISS_KM at these latitudes; geodesics inside only
        for lat, lon in points:
            box = np.flatnonzero((np.abs(self._lats - lat) < reach) & (np.abs(self._lons - lon) < reach))
            mask[box[distances_km(lat, lon, self._lats[box], self._lons[box]) <= NEAR_MISS_KM]] = True
        if admin1:
            mask |= np.array([p.admin1_pcode in admin1 for p in self.sites])
        return [self.sites[i] for i in np.flatnonzero(mask)]


_NON_ADMIN_KINDS = frozenset({"city", "town", "village", "camp", "airbase", "military site", "hill",
                              "region", "crossing"})
_KIND_FILTERS = {
    "settlement": frozenset(SETTLEMENT_KINDS), "city": frozenset({"city", "town"}),
    "camp": frozenset({"camp", "village", "town"}), "airbase": frozenset({"airbase", "military site"}),
}
_ADMIN_LEVELS = {"province": 1, "district": 2, "subdistrict": 3}
_PLACE_KINDS = frozenset({"settlement", "city", "camp"})  # "the village of X": X is a place, known or not
#: A bare governorate name is the governorate ("Idlib"), unless its seat is a national city of at
#: least this many people ("Aleppo", "Hama"): then it is the city.
NATIONAL_CITY = 400_000
#: How far from a report's places a misspelt name is looked for (km).
NEAR_MISS_KM = 30.0


def _governorate(cands: tuple[Candidate, ...]) -> Candidate | None:
    return next((c for c in cands if c.place.kind == "admin unit" and c.place.admin_level == 1), None)


def _stated_admin1(res: _Resolver, surface: str) -> str:
    """The governorate P-code a name states when it names a governorate or a region of one
    ("Idlib", "southern Idlib"), else '' (ask :meth:`_Resolver.stated`: cached)."""
    for c in res.candidates(surface):
        if (c.place.kind == "admin unit" and c.place.admin_level == 1) or c.place.kind == "region":
            return c.place.admin1_pcode
    return ""


@dataclass(frozen=True)
class _Choice:
    """A draft's pick and the look-up it came from (to re-rank it by context)."""

    cand: Candidate | None
    precision: int
    qualifier: str
    pool: tuple[Candidate, ...] = ()
    kinds: frozenset | None = None
    admin1: str = ""
    ambiguous: bool = False

    @property
    def governorate(self) -> bool:
        """Whether the pick is a governorate or a region."""
        place = self.cand.place if self.cand else None
        return bool(place and (place.kind == "region" or (place.kind == "admin unit" and place.admin_level == 1)))


def _pick(text: str, d: _Draft, res: _Resolver, city_names: set[str], kind: str = "") -> _Choice:
    """The candidate, precision and qualifier of one draft, before context re-ranking; a camp
    or air base named with its site word ("Atmeh camp") is that site."""
    kind = kind or d.kind
    site = text[d.start:d.kind_end] if kind in ("camp", "airbase") and d.kind_end else ""
    return res.choice(d.text, kind, d.direction, d.admin1, site, fold(d.text) in city_names)[0]


def _national_city(res: _Resolver, surface: str) -> bool:
    return any(c.place.kind == "city" and c.place.population >= NATIONAL_CITY
               for c in res.candidates(surface, "", frozenset({"city"})))


def _choose(res: _Resolver, surface: str, kind: str, direction: str, stated: str, site: str,
            city_named: bool) -> tuple[_Choice, bool]:
    """:func:`_pick` for one surface form and its context words (see ``_Draft``), and whether
    the ``site`` span ("X air base") was taken."""
    admin_units = res.candidates(surface, stated, frozenset({"admin unit"}))
    level = _ADMIN_LEVELS.get(kind)
    admin = [c for c in admin_units if c.place.admin_level == level] if level else []
    if admin:
        return _Choice(admin[0], 3, kind), False
    gov = _governorate(admin_units)
    bare = not kind and not city_named and not _national_city(res, surface)
    if gov is not None and (direction or kind == "countryside" or bare):
        return _Choice(gov, 3, direction or kind or "province"), False
    kinds = _KIND_FILTERS.get(kind, _NON_ADMIN_KINDS)
    if site:  # the site itself: "Atmeh camp", "X air base"
        found = res.candidates(site, stated, kinds)
        if found:
            return _Choice(found[0], 1, kind), True
    admin1, qualifier = stated, kind
    pool = res.candidates(surface, admin1, kinds)
    if not pool and admin1 and kinds is not _NON_ADMIN_KINDS and is_arabic(surface):
        # in the stated governorate, a site of the name before a namesake elsewhere (الزعلانة بريف
        # إدلب: the checkpoint the sources mark there, not Aleppo's village)
        pool = res.candidates(surface, admin1, _NON_ADMIN_KINDS)
        kinds, qualifier = (_NON_ADMIN_KINDS, "") if pool else (kinds, qualifier)
    loose = False  # a name met elsewhere only by transliteration yields to the stated governorate
    if not pool and admin1:  # the stated governorate may be wrong; the name still counts
        admin1, loose = "", True
        pool = res.candidates(surface, admin1, kinds)
    if not pool and kinds is not _NON_ADMIN_KINDS:  # "the cities of A and southern Idlib": not a city
        kinds, qualifier = _NON_ADMIN_KINDS, ""
        pool = res.candidates(surface, admin1, kinds)
    if loose:
        pool = tuple(c for c in pool if c.matched != "transliterated" or c.place.admin1_pcode == stated)
    if not pool:
        return _Choice(None, 1, qualifier), False
    best = pool[0]
    if best.place.kind == "region":
        precision = 3
    elif kind in ("near", "countryside") or direction:
        precision, qualifier = 2, direction or kind
    else:
        precision = 1
    return _Choice(best, precision, qualifier, pool, kinds, admin1, _ambiguous(pool, is_arabic(surface))), False


def _ambiguous(pool: tuple[Candidate, ...], arabic_script: bool = False) -> bool:
    """Two different places within 0.1 of the best score and more than 5 km apart; in Arabic
    script within 0.15: a village met by transliteration scores up to that much below a namesake
    the sources name in Arabic (الدانا: Ad Dana in the north, and the village near Ma`arrat)."""
    margin = 0.15 if arabic_script else 0.1
    return any(c.place.id != pool[0].place.id and pool[0].score - c.score <= margin
               and distance_km(c.place.point, pool[0].place.point) > 5 for c in pool[1:])


def _follow_lists(text: str, drafts: list[_Draft], chains: list[list[int]], picked: list[_Choice],
                  res: _Resolver, city_names: set[str]) -> None:
    """A bare governorate name reads like the list it stands in: "Saraqeb, Idlib and Ariha" are
    towns, "Idlib and Aleppo" governorates (a bare "Idlib" is the province)."""
    for chain in chains:
        if len(chain) < 2:
            continue
        bare = [i for i in chain if not drafts[i].kind and not drafts[i].direction
                and _governorate(res.candidates(drafts[i].text, "", frozenset({"admin unit"}))) is not None]
        towns = any(picked[j].precision == 1 and picked[j].cand is not None for j in chain if j not in bare)
        provinces = any(picked[j].governorate for j in chain)
        if towns or provinces:
            for i in bare:
                picked[i] = _pick(text, drafts[i], res, city_names, "settlement" if towns else "province")


def _cued(text: str, d: _Draft) -> bool:
    """Whether the words around a draft put it in a place role (kind, direction, stated
    governorate, or a place word right before it: "in X", "shelled X")."""
    if d.kind or d.direction or d.admin1:
        return True
    last = text[max(0, d.lead - 24):d.lead].split()
    return bool(last) and last[-1].lower().strip(",;:\"'\u201c") in PLACE_CUES


def _needs_evidence(res: _Resolver, surface: str, name: str, matched: str) -> bool:
    """Whether the name reads as an English word (or met its place only loosely) and so counts
    as a place only with evidence (see :mod:`geo_idlib.reports.evidence`); ``name`` is the
    spotted span, ``matched`` how it met its place ('' for none)."""
    if surface.lower() in res.admitted or name.lower() in res.admitted:
        return False
    if matched in ("exact", "alternate", "folded") and len([w for w in tokens(name) if w not in ARTICLES]) > 1:
        return False  # a name of several words spelt as the gazetteer spells it ("the Turkish border")
    zipf = evidence.word_zipf(surface)
    return zipf >= evidence.COMMON_ZIPF or (matched in ("skeleton", "fuzzy") and zipf >= evidence.LOOSE_ZIPF)


def _capital_evidence(text: str, d: _Draft, surface: str) -> bool:
    """Capitalised where capitals say something: not at a sentence or line start, not in a headline."""
    return surface[:1].isupper() and not evidence.sentence_initial(text, d.lead) and not evidence.headline(text, d.lead)


def _weigh(text: str, drafts: list[_Draft], picked: list[_Choice], res: _Resolver) -> tuple[list[bool], list[int]]:
    """Which drafts are places: acronyms and time zones never; a name that reads as an English
    word only with capitals that mean something and a place cue. Also returns the drafts that a
    list of accepted places would vouch for (see :func:`_vouch`)."""
    keep, needy = [], []
    for i, (d, c) in enumerate(zip(drafts, picked)):
        surface = text[slice(*_toponym_span(text, d))]
        if d.unspotted or (surface.isupper() and evidence.acronym(surface, text, d.start)) \
                or (":" in text[max(0, d.lead - 12):d.lead] and evidence.time_zone(text, d.lead)):
            keep.append(False)
            continue
        if is_arabic(surface):
            keep.append(True)
            continue
        if not res.needs_evidence(surface, d.text, c.cand.matched if c.cand is not None else ""):
            keep.append(True)
            continue
        capitals = not evidence.common_word(surface) or _capital_evidence(text, d, surface)
        keep.append(_cued(text, d) and capitals)
        if not keep[-1] and capitals:
            needy.append(i)
    return keep, needy


def _vouch(chains: list[list[int]], picked: list[_Choice], keep: list[bool], needy: list[int]) -> None:
    """A list of accepted places vouches for its other names ("Kansafra, Bsekla, Has and Abdin")."""
    for chain in chains:
        for i in chain:
            if i in needy and any(keep[j] and picked[j].cand is not None for j in chain if j != i):
                keep[i] = True


def _toponym_span(text: str, d: _Draft) -> tuple[int, int]:
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


def _near_misses(text: str, drafts: list[_Draft], picked: list[_Choice], keep: list[bool],
                 res: _Resolver) -> None:
    """Names the gazetteer does not know (or not in the governorate the text states), in a place
    role, read as the nearby place they most resemble (see :mod:`geo_idlib.reports.spelling`);
    ``picked`` and ``keep`` are updated in place."""
    def elsewhere(d: _Draft, c: _Choice) -> bool:  # outside the governorate the text states
        return c.cand is not None and bool(d.admin1) and c.cand.place.admin1_pcode != d.admin1

    points = [c.cand.place.point for d, c, k in zip(drafts, picked, keep)
              if k and c.cand is not None and c.precision < 3 and c.cand.place.kind not in ("admin unit", "region")
              and not elsewhere(d, c)]
    govs = {c.cand.place.admin1_pcode for c, k in zip(picked, keep) if k and c.cand is not None and c.governorate}
    nearby: list[Place] | None = None  # the places around the report, found when first needed
    for i, (d, c) in enumerate(zip(drafts, picked)):
        if (c.cand is not None and not elsewhere(d, c)) or not (
                _cued(text, d) or any(_in_list(text, drafts[j], d) or _in_list(text, d, drafts[j])
                                      for j in (i - 1, i + 1) if 0 <= j < len(drafts))):
            continue
        surface = text[slice(*_toponym_span(text, d))]
        if evidence.word_zipf(surface) >= evidence.LOOSE_ZIPF or fold(surface) in _NEIGHBOUR_KEYS \
                or evidence.acronym(surface, text, d.start) or evidence.time_zone(text, d.lead):
            continue
        if d.admin1:
            pool = res.around([], {d.admin1})
        else:
            nearby = res.around(points, set() if points else govs) if nearby is None else nearby
            pool = nearby
        hit = near_miss(surface, pool) if pool else None
        if hit is None:
            continue
        picked[i] = _miss_choice(d, *hit)
        keep[i] = True


_NEIGHBOUR_KEYS = frozenset(fold(w) for w in NEIGHBOURS)
#: A village this far (km) from every other place of a report yields to a namesake near them.
FAR_KM = 60.0


def _miss_choice(d: _Draft, place: Place, likeness: float) -> _Choice:
    """The pick of a near-miss spelling, scored in the "check it" band."""
    score = ACCEPT_SCORE + (CONFIDENT_SCORE - ACCEPT_SCORE) * min(1.0, (likeness - MIN_CONSONANT_RATIO) / 60)
    precision = 2 if d.kind in ("near", "countryside") or d.direction else 1
    return _Choice(Candidate(place, round(score, 4), "near-miss", place.name), precision,
                   d.kind if precision == 1 else (d.direction or d.kind))


def _nearer_namesakes(text: str, rows: list[tuple[_Draft, _Choice]], res: _Resolver) -> None:
    """A village picked far from every other place of the report yields to a namesake near them
    ("al-Muntar" in a report about southern Idlib and northern Hama is Hama's Al Mantar, not the
    Al-Muntar near al-Bab); ``rows`` are updated in place."""
    points = [(i, c.cand.place.point) for i, (_, c) in enumerate(rows)
              if c.cand is not None and c.precision < 3 and c.cand.place.kind not in ("admin unit", "region")]
    if len(points) < 3:
        return
    # a neighbour in the same or a touching cell of about FAR_KM is near enough: no geodesic needed
    cell = FAR_KM / 111 / 2
    cells = Counter((int(lat // cell), int(lon // cell)) for _, (lat, lon) in points)
    for i, (lat, lon) in points:
        d, c = rows[i]
        place = c.cand.place
        if place.kind not in ("village", "town") or place.population >= 10_000 or c.cand.matched == "near-miss":
            continue
        y, x = int(lat // cell), int(lon // cell)
        if sum(cells.get((y + a, x + b), 0) for a in (-1, 0, 1) for b in (-1, 0, 1)) > 1:
            continue
        others = [p for j, p in points if j != i]
        if distances_km(lat, lon, [a for a, _ in others], [b for _, b in others]).min() <= FAR_KM:
            continue
        hit = near_miss(text[slice(*_toponym_span(text, d))], res.around(others, set()))
        if hit is not None and hit[0].id != place.id:
            rows[i] = (d, _miss_choice(d, *hit))


def _unspotted(text: str, taken: list[tuple[int, int]], runs: list[tuple[int, str]]) -> list[_Draft]:
    """Capitalised names of one to three words (with articles) that no spotted name covers and
    that are not English words: where a misspelt place name may stand."""
    out = []
    for at, words in runs:
        for a, b in _name_groups(words):
            a, b = at + a, at + b
            if not any(x < b and a < y for x, y in taken):
                out.append(_Draft(a, b, text[a:b], _article_start(text, a), unspotted=True))
    return out


@lru_cache(maxsize=100_000)  # runs recur from report to report
def _name_groups(words: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` in one run of each group of one to three capitalised words (articles may
    join them) that is not an English word (see :func:`_unspotted`)."""
    out = []
    group: list[tuple[int, int]] = []
    for m in [*_TOKEN_RE.finditer(words), None]:
        span = m.span() if m else (-1, -1)
        word = m.group() if m else ""
        joined = bool(group) and span[0] - group[-1][1] <= 2 and not words[group[-1][1]:span[0]].strip(_JOINERS)
        if word and not is_arabic(word) and (word[:1].isupper() or (joined and word.lower() in ARTICLES)) \
                and (joined or not group):
            group.append(span)
            continue
        while group and words[group[-1][0]:group[-1][1]].lower() in ARTICLES:
            group.pop()
        if group and len(group) <= 3:
            a, b = group[0][0], group[-1][1]
            if len(fold(words[a:b])) >= 4 and evidence.word_zipf(words[a:b]) < evidence.LOOSE_ZIPF:
                out.append((a, b))
        group = [span] if word and word[:1].isupper() and not is_arabic(word) else []
    return tuple(out)


def _earlier_forms(mentions: list[Mention]) -> list[Mention]:
    """A later bare name takes the place the report named in full before: "Maarat" after
    "Maarat al-Numan", "Abu Duhur" after "the Abu Duhur air base". Governorate names keep their
    own reading."""
    seen: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if m.place is None or m.place.kind in ("admin unit", "region"):
            out.append(m)
            continue
        keys = _coreference_keys(m.text)
        earlier = next((seen[k] for k in keys[:2] if k in seen), None)
        if earlier is not None and earlier.place.id != m.place.id and not m.qualifier and m.matched != "exact":
            m = Mention(m.text, m.start, m.end, earlier.place, earlier.score, earlier.precision, "", "earlier")
        for k in keys:
            seen.setdefault(k, m)
        out.append(m)
    return out


@lru_cache(maxsize=100_000)
def _coreference_keys(toponym: str) -> tuple[str, ...]:
    """The keys a later short form may meet a toponym by: its folded key, its consonant skeleton
    (3+ letters) and the folded key of its first word (4+ letters, of a name of several words)."""
    skel = skeleton(toponym)
    words = [w for w in tokens(toponym) if w not in ARTICLES]
    keys = [fold(toponym), skel if len(skel) >= 3 else ""]
    if len(words) > 1 and len(words[0]) >= 4:
        keys.append(fold(words[0]))
    return tuple(k for k in keys if k)


def _government(text: str, m: Mention) -> Mention:
    """A capital followed by a verb of speech or stance stands for its government ("Damascus
    denied"): the mention keeps its place, with the qualifier "government"."""
    if m.place is None or m.place.kind not in ("city", "admin unit"):
        return m
    after = _WORD_AFTER_RE.match(text, m.end, m.end + 30)
    if after is None or after.group(1).lower() not in GOVERNMENT_VERBS:
        return m
    return Mention(m.text, m.start, m.end, m.place, m.score, m.precision, "government", m.matched)


# ---------------------------------------------------------------- Arabic script
def _word_start(text: str, start: int) -> int:
    """Where the Arabic word holding ``start`` begins (before its proclitics)."""
    while start and text[start - 1] in arabic.LETTERS:
        start -= 1
    return start


def _arabic_span(text: str, start: int, end: int, res: "_Resolver") -> bool:
    """Whether a span in Arabic script may be a name: see :func:`_arabic_name`."""
    at = _word_start(text, start)
    return _arabic_name(res, text[max(0, at - 24):at], text[at:end], start - at)


@lru_cache(maxsize=100_000)  # spans recur from report to report
def _arabic_name(res: "_Resolver", before: str, words: str, clitic: int) -> bool:
    """Whether ``words[clitic:]`` may be a name: not a cue word, not a clock ("بتوقيت دمشق"), not
    a proclitic reading of a frequent word (لبنان is not ل + بنان), known to the gazetteer, and,
    met loosely, not ending on a word that adds nothing to the name."""
    surface = words[clitic:]
    if arabic.is_cue(surface) or arabic.is_clock(before):
        return False
    if clitic and surface not in arabic.PLACE_WORDS and arabic.clitic_misreading(words.split()[0], clitic):
        return False  # لبنان, للبنان, فرقه: words of their own, not ل + بنان, ف + رقه
    found = res.candidates(surface)
    if found and " " in surface and found[0].matched not in _SOURCE_TIERS:
        # met loosely, its last word must add to the name: "معرة النعمان إن" is معرة النعمان
        shorter = res.candidates(surface.rsplit(None, 1)[0])
        return not (shorter and shorter[0].place.id == found[0].place.id and shorter[0].score >= found[0].score)
    return bool(found)


def _qualify_arabic(text: str, drafts: list[_Draft], res: "_Resolver") -> list[_Draft]:
    """The Arabic drafts read in their words (see :mod:`geo_idlib.reports.arabic`): the words
    that open or close a region's name peeled off its toponym (ريف إدلب الجنوبي -> إدلب, the
    governorate's countryside, southern), the kind a cue word before it states (بلدة، مدينة،
    ريف، محافظة، مخيم...), directions, the kind of the list it stands in; then only those with
    evidence of being places are kept (see :func:`_with_evidence`)."""
    if not any(arabic.is_letter(d.text[:1]) for d in drafts):
        return drafts
    cued: set[int] = set()
    prev: _Draft | None = None
    for i, d in enumerate(drafts):
        if not arabic.is_letter(d.text[:1]):
            prev = None
            continue
        at = _word_start(text, d.start)
        full = d.text
        opened, length, kind, direction, whole = _arabic_reading(full, text[max(0, at - 60):at], text[at:d.start],
                                                                 text[d.end:d.end + 40])
        name = full[opened:opened + length]
        phrase = full if whole and name != full else ""
        d.start, d.end, d.text = d.start + opened, d.start + opened + length, name
        d.lead, d.toponym = d.start, None
        if not name:
            continue
        if kind or direction:
            cued.add(i)
        elif prev is not None and prev.kind and arabic.LIST_GAP_RE.match(text[prev.end:d.start]):
            kind = prev.kind  # "بلدات كفرسجنة ومعرزيتا"
        if direction and kind not in ("", "countryside", "province", "near"):
            kind, direction = "near", ""  # جنوب مدينة إدلب: south of the city, near it
        lookup = _arabic_phrase(res, phrase, name, kind, direction)
        if lookup:  # looked up as the region or site, shown as its toponym: إدلب of ريف إدلب الجنوبي
            d.text, d.toponym, kind = lookup, (d.start, d.end), ""
        d.kind, d.direction = d.kind or kind, d.direction or direction
        prev = d
    keep = _with_evidence(text, drafts, res, cued)
    return [d for i, d in enumerate(drafts) if d.text and i in keep]


@lru_cache(maxsize=100_000)  # names recur from report to report in the same words
def _arabic_reading(span: str, before: str, clitic: str, after: str) -> tuple[int, int, str, str, bool]:
    """How a spotted Arabic span reads in its words: where its toponym starts and how long it is
    (0 when no name is left: "مركز المدينة", "تل" of a hill the gazetteer does not know, a name
    that closes an organisation's: قناة حلب اليوم, or one put abroad), the kind and direction the
    words around it state, and whether the span as a whole may name a region (its opening and
    closing words are all the direction: not جنوب + شرق إدلب, not ريف إدلب الجنوبي + الغربي).
    ``before`` is the text up to the span's word, ``clitic`` its proclitics, ``after`` what follows.

    >>> _arabic_reading("ريف إدلب الجنوبي", "قصف على ", "ب", "، حيث")
    (4, 4, 'countryside', 'southern', True)
    """
    opened = arabic.opener_end(span)
    closed = arabic.closer_start(span) if opened else len(span)  # الدير الغربي is a village's name
    kind, direction = arabic.read_before(before + clitic + span[:opened], "") if opened else ("", "")
    # a direction before the opening words: جنوب شرق إدلب is not the region شرق إدلب names
    whole = not opened or (kind, direction) == arabic.read_before(span[:opened], "")
    if closed < len(span):  # and the adjectives after it: ريف إدلب الجنوبي الغربي
        direction = direction or arabic.read_after(" " + span[closed:] + after[:30])
        whole = whole and direction == arabic.read_after(" " + span[closed:])
    name = span[opened:closed].rstrip()
    if arabic.is_cue(name) or arabic.is_head(name, after[:3] if closed == len(span) else " ") \
            or (not opened and arabic.in_organisation(before, clitic)) \
            or (closed == len(span) and arabic.abroad(before if not opened else span[:opened], after)):
        return opened, 0, "", "", False
    if not (kind or direction) and not opened:
        kind, direction = arabic.read_before(before, clitic)
        if kind in ("countryside", "province"):
            direction = direction or arabic.read_after(after)
    return opened, len(name), kind, direction, whole


_WHOLE_KINDS = frozenset({"region", "airbase", "military site", "camp", "crossing"})


def _arabic_phrase(res: "_Resolver", phrase: str, name: str, kind: str, direction: str) -> str:
    """What a name is looked up as when more than its toponym names the place: the spotted
    phrase when it names a region or a site (ريف إدلب الجنوبي, جنوب إدلب, مخيم الكرامة), or the
    direction noun and a governorate's name when that is a region (الريف الجنوبي لإدلب -> جنوب
    إدلب); '' when the toponym is looked up itself (ريف حماة الغربي: the governorate)."""
    def region(surface: str) -> bool:
        return any(c.place.kind == "region" for c in res.candidates(surface))

    if phrase and any(c.place.kind in _WHOLE_KINDS for c in res.candidates(phrase)[:1]):
        return phrase
    noun = arabic.direction_noun(direction) if kind in ("", "countryside", "province") else ""
    return f"{noun} {name}" if noun and res.stated(name) and region(f"{noun} {name}") else ""


def _with_evidence(text: str, drafts: list[_Draft], res: "_Resolver", cued: set[int]) -> set[int]:
    """The indexes of the drafts with evidence of being places: every non-Arabic one, and the
    Arabic ones that pass. Arabic script has no capitals to tell a name. A frequent word (الباب،
    الثورة), or a word-like one met only through the transliteration of a Latin name, needs a
    cue word of its own before it (بلدة، قرية، ريف...); one of the commonest words (كان، على)
    met that way is never a place. A rarer one met that way is a place with a cue, in a list of
    them ("بلدات A وB"), in a list with a place that is one ("A وB، C"), when a governorate is
    stated after it (X بريف إدلب), or when the report names the same place with evidence
    elsewhere. A name the sources give in Arabic needs nothing more unless it is one word that
    reads like a word (الراعي "the shepherd"): then it needs such evidence too."""
    n = len(drafts)
    is_ar = [d.text[:1] in arabic.LETTERS for d in drafts]
    facts = [_arabic_facts(res, d.text) if is_ar[i] else ("", "sure") for i, d in enumerate(drafts)]

    def stated_after(i: int) -> bool:
        return i + 1 < n and bool(res.stated(drafts[i + 1].text)) \
            and bool(arabic.STATED_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start]))

    ok = [need == "sure" or (i in cued and need != "never")
          or (need == "evidence" and (bool(drafts[i].kind) or stated_after(i))) for i, (_, need) in enumerate(facts)]
    if all(ok):
        return set(range(n))
    open_ = [need == "evidence" for _, need in facts]  # may take its evidence from the report
    listed = [i + 1 < n and is_ar[i] and is_ar[i + 1]
              and bool(arabic.LIST_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start])) for i in range(n)]
    for _ in range(2):
        # a place the report names with evidence once is that place everywhere in it (كفر سجنة, كفرسجنة)
        named = {place for (place, _), sure in zip(facts, ok) if sure and place}
        ok = [ok[i] or (open_[i] and facts[i][0] in named) for i in range(n)]
        for order in (range(n - 1), reversed(range(n - 1))):  # along each list, both ways
            for i in order:
                if listed[i] and (ok[i] or ok[i + 1]):
                    ok[i], ok[i + 1] = ok[i] or open_[i], ok[i + 1] or open_[i + 1]
    return {i for i in range(n) if ok[i]}


_SOURCE_TIERS = frozenset({"exact", "alternate", "folded"})


@lru_cache(maxsize=100_000)  # names recur from report to report
def _arabic_facts(res: "_Resolver", surface: str) -> tuple[str, str]:
    """The best place of an Arabic name and what it needs to count as one: "sure" (a name of the
    sources, not a word), "evidence" (see :func:`_with_evidence`), "cue" (a cue word of its own),
    "never" (one of the commonest words met only by transliteration)."""
    best = res.candidates(surface)[:1] if surface else ()
    place = best[0].place.id if best else ""
    strong = bool(best) and best[0].matched in _SOURCE_TIERS
    level = arabic.commonness(surface) if surface else 3
    if strong and (level == 0 or " " in surface):  # جبل الزاوية, معرة النعمان: several words of the sources
        return place, "sure"
    if level == 3 and not strong:
        return place, "never"
    if level >= 2 or (level == 1 and not strong):
        return place, "cue"
    return place, "evidence"


def _median(values: list[float]) -> float:
    """The median, rounded to 4 decimals (a cache key for the look-ups near it)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return round(ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2, 4)


def find_mentions(text: str, gazetteer: Gazetteer, *, matcher: PlaceMatcher | None = None) -> list[Mention]:
    """Every place mention in ``text``, in order, resolved in the context of the whole text.

    A spotted name the gazetteer cannot resolve is kept with ``place=None`` only when the
    words around it say it is a place ("the village of X"); otherwise it is dropped.

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> ms = find_mentions("Strikes hit the cities of Saraqeb and Idlib and southern Idlib.", Gazetteer.default())
    >>> [(m.text, m.place.kind, m.precision, m.qualifier) for m in ms]
    [('Saraqeb', 'town', 1, 'city'), ('Idlib', 'city', 1, 'city'), ('Idlib', 'region', 3, 'southern')]
    """
    if arabic.has_marks(text):  # tashkeel (قُتل، معرّة) read with tatweel in its place: words stay whole
        found = find_mentions(arabic.MARKS_RE.sub("\u0640", text), gazetteer, matcher=matcher)
        return [replace(m, text=text[m.start:m.end]) for m in found]
    matcher = matcher or matcher_for(gazetteer)
    res = _resolver_for(gazetteer)
    runs = matcher._runs(text)
    drafts = [_Draft(s, e, text[s:e], _article_start(text, s)) for s, e in matcher.spans(
        text, lambda t, s, e: _arabic_span(t, s, e, res) if t[s] in arabic.LETTERS else _looks_like_place(t, s, e),
        runs)]
    drafts = _qualify_arabic(text, drafts, res)
    drafts = sorted(drafts + _unspotted(text, [(d.lead, d.end) for d in drafts], runs), key=lambda d: d.start)
    chains = _chains(text, drafts)
    _qualify(text, drafts, chains)
    _state_governorates(text, drafts, chains, res)
    city_names = {fold(d.text) for d in drafts if d.kind == "city"}
    picked = [_Choice(None, 1, d.kind) if d.unspotted else _pick(text, d, res, city_names) for d in drafts]
    _follow_lists(text, drafts, chains, picked, res, city_names)
    keep, needy = _weigh(text, drafts, picked, res)
    _near_misses(text, drafts, picked, keep, res)
    _vouch(chains, picked, keep, needy)
    rows = [(d, c) for d, c, k in zip(drafts, picked, keep)
            if (k and c.cand is not None) or (c.cand is None and d.kind and (k or d.kind in _PLACE_KINDS))]
    _nearer_namesakes(text, rows, res)
    # Context: unambiguous places pull ambiguous names toward them.
    anchors = [c.cand.place.point for _, c in rows if c.pool and not c.ambiguous]
    # their median: a far capital named in passing does not pull
    near = (_median([a[0] for a in anchors]), _median([a[1] for a in anchors])) \
        if anchors and any(c.pool and c.ambiguous for _, c in rows) else None
    out = []
    for d, c in rows:
        cand = c.cand
        if c.pool and near and c.ambiguous:
            cand = (res.candidates(d.text, c.admin1, c.kinds, near) or (cand,))[0]
        start, end = _toponym_span(text, d)
        qualifier = c.qualifier
        if cand is not None and cand.place.kind == "region" and start > d.start:  # "southern": what made it a region
            qualifier = " ".join(w for w in text[d.start:start].lower().split() if w != "the") or qualifier
        elif cand is not None and cand.place.kind == "region" and d.direction:  # إدلب of ريف إدلب الجنوبي
            qualifier = d.direction
        out.append(_government(text, Mention(text[start:end], start, end, cand.place if cand else None,
                                             cand.score if cand else 0.0, c.precision, qualifier,
                                             cand.matched if cand else "")))
    return _earlier_forms(out)
