"""Spotting: the spans of a text that spell a known name.

One Aho-Corasick automaton (pyahocorasick) runs over the report's tokens, each reduced to its
folded key (:func:`geo_idlib.names.fold`, :func:`~geo_idlib.names.fold_arabic`), and a second
over their consonant skeletons (:func:`~geo_idlib.names.skeleton`), so that "Saraqeb" and "Kafr
Nubl" meet "Saraqib" and "Kafranbel"; a third runs the skeletons of Arabic words (after their
proclitics) over every name's, so that "كنصفرة" meets Kansafrah, a village the sources name only
in Latin. A span must start and end on token boundaries, and every Latin word in it must be
capitalised (or one of the few lower-case words names hold: "al", "southern", "air base"). Only
runs of such words are keyed at all: the lower-case prose between them is skipped by one regular
expression. No name crosses two runs, so each run's name spans are found once per matcher and
reused (runs such as "Kafr Nubl" or "The" recur from report to report).

>>> m = PlaceMatcher([Place(id="x", name="Saraqib", lat=35.86, lon=36.8, kind="town")])
>>> m.spans("Jets hit Saraqeb.")
[(9, 16)]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import ahocorasick

from geo_idlib.gazetteer import Gazetteer, Place
from geo_idlib.names import ARTICLES, fold, fold_arabic, is_arabic, skeleton, tokens
from geo_idlib.reports import arabic
from geo_idlib.reports.lang.en.places import LOWER_WORDS, NEIGHBOURS, NOT_PLACE_AFTER, NOT_PLACE_AFTER_ANY_CASE
from geo_idlib.translit import sound_keys

TOKEN_RE = re.compile(r"[^\W_]+(?:['\u2019`\u2018\u02bf\u02be][^\W_]+)*")


JOINERS = " \t\n\r\f\v\u00a0-\u2010\u2013'\u2019`\u2018\u02bf\u02be_"  # what may stand between a name's words


_POSSESSIVE_RE = re.compile(r"['\u2019]s$")


_WORD_RE = re.compile(r"[^\W\d_][\w'\u2019]*")


WORD_AFTER_RE = re.compile(r"[ \t]+([^\W\d_][\w'\u2019]*)")


_WORD_SPLIT_RE = re.compile(r"[\s\-\u2010\u2013]+")


MARKS = "'\u2019`\u2018\u02bf\u02be"


_MIN_SKELETON = 3


_MIN_KEY = 3  # the shortest folded key a name is spotted by


_MARK = "['\u2019`\u2018\u02bf\u02be]"


_JOINER_SET = frozenset(JOINERS)


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
# LOWER_WORDS and articles, joined by JOINERS only; a token starts where no letter (or letter and
# mark) precedes. A run is found from its first capitalised token (the scan skips lower-case
# letters quickly: it starts on a class of plain ranges, A-Z, digits or beyond ASCII, and then asks
# for a word character) and takes in the lower-case name words joined before it, read backwards on
# the reversed text ("the Turkish border", "southern Idlib").
_NAME_TOKEN = (rf"(?:[^\W_a-z][^\W_]*|{_by_first_letter(LOWER_WORDS | ARTICLES)}(?![^\W_]|{_MARK}[^\W_]))"
               rf"(?:{_MARK}[^\W_]+)*")


_RUN_RE = re.compile(rf"[A-Z0-9\u0080-\U0010FFFF](?<=[^\W_])(?<![^\W_].)(?<![^\W_]{_MARK}.)[^\W_]*(?:{_MARK}[^\W_]+)*"
                     rf"(?:[{re.escape(JOINERS)}]+{_NAME_TOKEN})*")


_LEFT_WORDS_RE = re.compile(rf"(?:[{re.escape(JOINERS)}]+{_by_first_letter(w[::-1] for w in LOWER_WORDS | ARTICLES)}"
                            rf"(?![^\W_]|{_MARK}[^\W_]))+")


# the words after a space that _NOT_PLACE_AFTER_RE reads (a time zone, an organisation as it is
# written in its name, a road)
_NOT_PLACE_WORDS = frozenset([*(w.title() for w in NOT_PLACE_AFTER), *(w.upper() for w in NOT_PLACE_AFTER),
                              *(v for w in (*NOT_PLACE_AFTER_ANY_CASE, "highway", "road", "motorway")
                                for v in (w, w.title(), w.upper()))])
_NOT_PLACE_AFTER_RE = re.compile(
    rf"(?:-(?i:based)\b|(?:-[A-Z][\w']+)?\s+(?:{'|'.join(sorted(_NOT_PLACE_WORDS, key=len, reverse=True))})\b)")


_WORD_PART_RE = re.compile(r"\w+")


_ROAD_BEFORE_RE = re.compile(r"[A-Z][\w']+-$")  # the second town of "Damascus-Aleppo highway"


_ROAD_AFTER_RE = re.compile(r"\s+(?:highway|road|motorway)\b")


# an article joined to the name by a hyphen or mark ("as-Suqaylabiyah"), or "al"/"el" by a space
# ("Al Bara"; "as", "an", "at" are English words too)
_ARTICLE_BEFORE_RE = re.compile(rf"(?<![^\W_])(?:(?:{'|'.join(sorted(ARTICLES, key=len, reverse=True))})"
                                rf"(?:[-\u2010]|{_MARK})|(?:al|el) )$", re.IGNORECASE)


_ARTICLE_JOINERS = frozenset("- \u2010" + MARKS)


_AL_EL = frozenset(a + b for a in "aAeE" for b in "lL")  # "al", "El", ... before a space


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
            at, end = run.span()
            # lower-case name words before it ("the", "southern", "al-") start with a joiner
            left = _LEFT_WORDS_RE.match(backwards, size - at) if text[at - 1:at] in _JOINER_SET else None
            words = text[size - left.end() if left else at:end]
            if not words.islower():  # only lower-case words and digits: no name is capitalised here
                out.append((end - len(words), words))
        return out

    def _spans_in_run(self, words: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """The ``(start, end)`` spans of one run that spell a known name, leftmost-longest first
        and in the order of Arabic text (see :meth:`candidates`): the folded and the skeleton keys
        of its tokens, each joined into a stream, with maps from stream offsets to the run
        offsets where matches may start and end."""
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
        leftmost = tuple(sorted(found, key=_leftmost_longest))

        def order(span: tuple[int, int]) -> tuple[int, int, int]:
            # no letter precedes a run: a span's word starts inside it
            at = word_start(words, span[0]) if words[span[0] - 1:span[0]] in arabic.LETTERS else span[0]
            return at, -span[1], span[0]

        by_word = tuple(sorted(found, key=order)) if arabic.LETTER_RE.search(words) else leftmost
        return leftmost, by_word

    def spans(self, text: str, keep=None, runs: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
        """Leftmost-longest ``(start, end)`` spans of text that spell a known name, among
        those ``keep(text, start, end)`` accepts (all by default); ``runs``: the text's
        :meth:`_runs`, when already known. An Arabic span that starts after a proclitic counts
        from its word's start: "كمعرة النعمان" is ك + معرة النعمان."""
        out: list[tuple[int, int]] = []
        for start, end in self.candidates(text, runs if runs is not None else self._runs(text)):
            if (not out or start >= out[-1][1]) and (keep is None or keep(text, start, end)):
                out.append((start, end))
        return out

    def candidates(self, text: str, runs: list[tuple[int, str]]) -> list[tuple[int, int]]:
        """Every ``(start, end)`` span of text that spells a known name, overlapping ones too, in
        the order :meth:`spans` takes them: leftmost-longest, an Arabic span from its word's start."""
        # Runs come in order and a span's word starts inside its run: the spans of each run in
        # order are all the text's spans in order. In Arabic text a span that starts after a
        # proclitic counts from its word's start.
        by_word = any(w[:1] in arabic.LETTERS for _, w in runs)
        return [(at + start, at + end) for at, words in runs for start, end in self._run_spans(words)[by_word]]


def _leftmost_longest(span: tuple[int, int]) -> tuple[int, int]:
    """The order of spans by start, the longest first at each start."""
    return span[0], -span[1]


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
    for m in TOKEN_RE.finditer(words):
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
        elif word and word.lower() not in LOWER_WORDS and word.lower().strip(MARKS) not in ARTICLES:
            return False
    return upper


def looks_like_place(text: str, start: int, end: int, lead: int | None = None) -> bool:
    """Whether a span in Latin script is capitalised as a name and no part of another name;
    ``lead``: its :func:`article_start`, when already known."""
    return _capitalised(text[start:end]) and not _inside_other_name(
        text, start, end, article_start(text, start) if lead is None else lead)


def article_start(text: str, start: int) -> int:
    """Where an article attached before ``start`` begins ("al-" of "al-Muntar"), else ``start``."""
    joiner = text[start - 1:start]
    if joiner not in _ARTICLE_JOINERS or (joiner == " " and text[start - 3:start - 1] not in _AL_EL):
        return start
    window = text[max(0, start - 6):start]
    m = _ARTICLE_BEFORE_RE.search(window)
    if m is None or (m.start() == 0 and start - 6 > 0 and text[start - 7].isalnum()):
        return start
    return start - len(window) + m.start()


def _inside_other_name(text: str, start: int, end: int, lead: int) -> bool:
    """True when a capitalised word that is not a place word touches the span ("Ahmad Hilal",
    "Hayat Tahrir al-Sham": an article between them does not part them); ``lead`` is where an
    article attached before it starts."""
    after = WORD_AFTER_RE.match(text, end, end + 40)
    if _names_other(after.group(1)) if after else _NOT_PLACE_AFTER_RE.match(text, end, end + 40):
        return True
    if text[start - 1:start] == "-" and _ROAD_BEFORE_RE.search(text[max(0, start - 30):start]) \
            and _ROAD_AFTER_RE.match(text, end, end + 20):
        return True
    before = text[max(0, lead - 40):lead].rsplit(None, 1) if text[lead - 1:lead] in (" ", "\t") else ()
    for word in (before[-1] if before else "", after.group(1) if after else ""):
        # in capitals ("KAFR NUBL IS IN HANDS"), capitals join nothing
        if word and _joins_names(word) and not (word.isupper() and text[start:end].isupper()):
            return True
    return False


@lru_cache(maxsize=100_000)  # words recur from report to report
def _names_other(word: str) -> bool:
    """Whether the word after a name (after spaces, as WORD_AFTER_RE reads it) makes the name part
    of something else, as ``_NOT_PLACE_AFTER_RE`` reads it ("Aleppo Media", "Damascus time")."""
    part = _WORD_PART_RE.match(word).group()
    return part in _NOT_PLACE_WORDS if part.isascii() else bool(_NOT_PLACE_AFTER_RE.match(" " + word))


@lru_cache(maxsize=100_000)  # words recur from report to report
def _joins_names(word: str) -> bool:
    """Whether a capitalised word next to a name makes it part of another name: a Latin word
    that is not a place word ("Ahmad", not "Northern")."""
    return word[0].isupper() and word.lower() not in NEIGHBOURS and bool(_WORD_RE.fullmatch(word)) \
        and not is_arabic(word)


def word_start(text: str, start: int) -> int:
    """Where the Arabic word holding ``start`` begins (before its proclitics)."""
    while start and text[start - 1] in arabic.LETTERS:
        start -= 1
    return start
