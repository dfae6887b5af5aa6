"""Geoparsing: spot every gazetteer place name in a report and resolve it in context.

Spotting runs one Aho-Corasick automaton (pyahocorasick) over the report's tokens, each reduced
to its folded key (:func:`geo_idlib.names.fold`, :func:`~geo_idlib.names.fold_arabic`), and a
second over their consonant skeletons (:func:`~geo_idlib.names.skeleton`) so that "Saraqeb" and
"Kafr Nubl" meet "Saraqib" and "Kafranbel". A span must start and end on token boundaries,
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
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import ahocorasick

from geo_idlib.gazetteer import ACCEPT_SCORE, SETTLEMENT_KINDS, Candidate, Gazetteer, Place
from geo_idlib.geodesy import distance_km
from geo_idlib.names import ARTICLES, fold, fold_arabic, is_arabic, skeleton, tokens
from geo_idlib.reports import arabic

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
#: Capitalised words that may stand next to a place name without making it part of another name.
_NEIGHBOURS = frozenset(
    "the in on at of from near outside inside across around throughout into to towards toward "
    "and or but both as while after before since between by for with within via "
    "northern southern eastern western central rural greater north south east west "
    "northwestern northeastern southwestern southeastern north-western north-eastern "
    "south-western south-eastern province governorate city town village countryside district "
    "camp camps airbase air base military airport highway road".split()
)
#: Lower-case words a place name may hold ("Abu al-Duhur air base", "southern Idlib").
_LOWER_WORDS = frozenset("air base airbase airport military camp camps crossing border dam hill prison "
                         "bridge junction plain valley mount highway road the of with rural countryside "
                         "north south east west northern southern eastern western".split())
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
# _LOWER_WORDS and articles, joined by _JOINERS only; a token starts where no letter (or letter and
# mark) precedes. A run is found from its first capitalised token (the scan skips lower-case
# letters quickly) and takes in the lower-case name words joined before it, read backwards on the
# reversed text ("the Turkish border", "southern Idlib").
_NAME_TOKEN = (rf"(?:[^\W_a-z][^\W_]*|{_by_first_letter(_LOWER_WORDS | ARTICLES)}(?![^\W_]|{_MARK}[^\W_]))"
               rf"(?:{_MARK}[^\W_]+)*")
_RUN_RE = re.compile(rf"[^\W_a-z](?<![^\W_].)(?<![^\W_]{_MARK}.)[^\W_]*(?:{_MARK}[^\W_]+)*"
                     rf"(?:[{re.escape(_JOINERS)}]+{_NAME_TOKEN})*")
_LEFT_WORDS_RE = re.compile(rf"(?:[{re.escape(_JOINERS)}]+{_by_first_letter(w[::-1] for w in _LOWER_WORDS | ARTICLES)}"
                            rf"(?![^\W_]|{_MARK}[^\W_]))+")
#: Words after a name that make it something else: time zones, organisations.
_NOT_PLACE_AFTER_RE = re.compile(
    r"^(?:\s+time\b|-based\b|(?:-[A-Z][\w']+)?\s+(?:highway|road|motorway)\b|\s+(?:media|observatory|center|centre|council|office|university|"
    r"news|agency|today|network|post|directorate|front|brigade)\b)", re.IGNORECASE)
_ROAD_BEFORE_RE = re.compile(r"[A-Z][\w']+-$")  # the second town of "Damascus-Aleppo highway"
_ROAD_AFTER_RE = re.compile(r"\s+(?:highway|road|motorway)\b")
_DIRECTION = (r"(?:north|south|east|west|north-?west|north-?east|south-?west|south-?east)(?:ern)?"
              r"|rural|central|greater")
_DIRECTION_ENDS = ("north", "south", "east", "west", "ern", "rural", "central", "greater")
_NEAR_LAST = frozenset({"near", "outside", "to", "around", "of", "from"})
_REGION_BEFORE_RE = re.compile(rf"\b(?P<dir>{_DIRECTION})\s+$", re.IGNORECASE)
_PROVINCE_AFTER_RE = re.compile(r"^(?:'s)?\s+(?P<word>province|governorate|countryside|district|"
                                r"sub-?district|region|city|town|village|camps?|air ?base|airport)\b(?!\s+of\b)",
                                re.IGNORECASE)
_KIND_BEFORE_RE = re.compile(
    r"\b(?P<word>town|city|village|camp|province|governorate|district|towns|cities|villages|"
    r"camps|countryside|outskirts|suburbs|edge|area|vicinity)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR_BEFORE_RE = re.compile(
    r"\b(?:near|outside|close to|around|west of|east of|north of|south of|(?:kilomet(?:re|er)s?|km|miles?)"
    r" (?:\w+ )?(?:of|from))\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITAL_RE = re.compile(r"^,?\s+(?:the\s+)?provincial capital\b|^\s+city\b", re.IGNORECASE)
_CAPITAL_BEFORE_RE = re.compile(r"provincial capital(?:\s+of)?,?\s+$", re.IGNORECASE)
_LIST_GAP_RE = re.compile(r"^\s*(?:,|and|or|&)?\s*(?:,|and|or)?\s*$", re.IGNORECASE)
_LIST_NEW_KIND_RE = re.compile(r"^\s*,?\s*(?:and|as well as|in addition to)\s+(?:the\s+)?"
                               r"(?P<word>towns?|cities|city|villages?|camps?)\s+of\s+$", re.IGNORECASE)
_STATED_AFTER_RE = re.compile(rf"^\s*(?:,|in|in the|of)\s*(?:(?:{_DIRECTION})\s+)?$", re.IGNORECASE)
_STATED_BEFORE_RE = re.compile(r"^(?:\s+(?:province|governorate|countryside)(?:'s)?)?\s+"
                               r"(?:town|village|city|camp)\s+of\s+$", re.IGNORECASE)
_KIND_WORDS = {
    "town": "settlement", "towns": "settlement", "city": "city", "cities": "city",
    "village": "settlement", "villages": "settlement", "camp": "camp", "camps": "camp",
    "province": "province", "governorate": "province", "district": "district",
    "sub-district": "subdistrict", "subdistrict": "subdistrict", "region": "province",
    "countryside": "countryside", "outskirts": "near", "suburbs": "near", "edge": "near",
    "area": "near", "vicinity": "near", "airbase": "airbase", "air base": "airbase",
    "airport": "airbase",
}


@dataclass(frozen=True)
class Mention:
    """A place name found in a text: span, surface form, resolved place (or None) and how.

    ``precision`` is ACLED's geo_precision (1 the place itself, 2 near or part of it, 3 a
    region or province); ``qualifier`` the words that decided it ("city", "province",
    "southern", "near", ...).
    """

    text: str
    start: int
    end: int
    place: Place | None = None
    score: float = 0.0
    precision: int = 1
    qualifier: str = ""

    def to_dict(self) -> dict:
        """The ``geoparse --json`` form."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "place": self.place.to_dict() if self.place else None, "score": round(self.score, 4),
                "geo_precision": self.precision, "qualifier": self.qualifier}


def _latin_key(name: str) -> str:
    return "".join(fold(t) for t in tokens(name))


def _latin_skeleton(name: str) -> str:
    return "".join(skeleton(t) for t in tokens(name) if t not in ARTICLES)


def _arabic_key(name: str) -> str:
    return "".join(fold_arabic(w) for w in name.split())


def _sound_keys(name: str) -> set[str]:
    """The consonant skeletons Arabic words of a text may spell ``name`` by (any script): the
    whole name's (one word: كفرومة = Kafr Rumah), its words' joined (two words: كفر رومة), and
    without the -t of a first word's ta marbuta (معرة حرمة = Ma'arrat Hurmah).

    >>> sorted(_sound_keys("Ma'arrat Hurmah"))
    ['mrrm', 'mrtrm']
    """
    words = [w for w in (name.split() if is_arabic(name) else tokens(name)) if w not in ARTICLES]
    skels = [skeleton(w) for w in words]
    keys = {skeleton(name), "".join(skels)}
    keys.add("".join(k[:-1] if i < len(skels) - 1 and k.endswith("t") and not is_arabic(name) else k
                     for i, k in enumerate(skels)))
    return keys - {""}


class PlaceMatcher:
    """Two Aho-Corasick automata over the folded keys and consonant skeletons of every name
    of the given places, run over a text's runs of name words (capitalised words and the
    lower-case words names hold). Built once per gazetteer (see :func:`matcher_for`).

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
                for sound in _sound_keys(name):
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
                        found.add((starts[last + 1 - length], ends[last + 1]))
        return tuple(found)

    def spans(self, text: str, keep=None) -> list[tuple[int, int]]:
        """Leftmost-longest ``(start, end)`` spans of text that spell a known name, among
        those ``keep(text, start, end)`` accepts (all by default). An Arabic span that starts
        after a proclitic counts from its word's start: "كمعرة النعمان" is ك + معرة النعمان."""
        found = [(at + start, at + end) for at, words in self._runs(text) for start, end in self._run_spans(words)]
        out: list[tuple[int, int]] = []
        for start, end in sorted(found, key=lambda s: (_word_start(text, s[0]), -s[1], s[0])):
            if (not out or start >= out[-1][1]) and (keep is None or keep(text, start, end)):
                out.append((start, end))
        return out


def _run_streams(words: str) -> list[tuple[str, dict[int, int], dict[int, int]]]:
    """For the folded keys, the skeletons of Latin words and the skeletons of Arabic words of
    one run of name words: the concatenated keys of its tokens with maps from stream offsets to
    the run offsets where matches may start and end (a lower-case word breaks the Latin skeleton
    stream with '|'; a match may start after an Arabic word's proclitics).

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
                ends[positions[n]] = start + length
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
        elif word and word.lower() not in _LOWER_WORDS and word.lower().strip(_MARKS) not in ARTICLES:
            return False
    return upper


def _looks_like_place(text: str, start: int, end: int) -> bool:
    return _capitalised(text[start:end]) and not _inside_other_name(text, start, end)


def _inside_other_name(text: str, start: int, end: int) -> bool:
    """True when a capitalised word that is not a place word touches the span ("Ahmad Hilal")."""
    if _NOT_PLACE_AFTER_RE.match(text[end:end + 40]):
        return True
    if text[start - 1:start] == "-" and _ROAD_BEFORE_RE.search(text[max(0, start - 30):start]) \
            and _ROAD_AFTER_RE.match(text[end:end + 20]):
        return True
    before = text[max(0, start - 40):start]
    words = [before.rsplit(None, 1)[-1] if before[-1:] in (" ", "\t") and before.strip() else ""]
    after = _WORD_AFTER_RE.match(text, end, end + 40)
    words.append(after.group(1) if after else "")
    return any(w[0].isupper() and w.lower() not in _NEIGHBOURS and _WORD_RE.fullmatch(w) and not is_arabic(w)
               for w in words if w)


@dataclass
class _Draft:
    start: int
    end: int
    text: str
    kind: str = ""  # settlement, city, camp, airbase, province, district, countryside, near, region
    direction: str = ""
    admin1: str = ""  # stated governorate (P-code)
    kind_end: int = 0  # end of a kind word after the name ("air base" in "Abu al-Duhur air base")


def _last_words(before: str) -> list[str]:
    """The last two words of ``before`` (lower case), to skip the look-behind patterns cheaply."""
    return ["", "", *before.lower().rsplit(None, 2)[-2:]][-2:]


def _qualify(text: str, drafts: list[_Draft]) -> None:
    """Set each draft's kind from the words around it (and from the list it stands in)."""
    prev: _Draft | None = None
    for d in drafts:
        before, after = text[max(0, d.start - 60):d.start], text[d.end:d.end + 40]
        last, low_after = _last_words(before), after.lower()
        m_after = _PROVINCE_AFTER_RE.match(after)
        # the look-behind patterns only need the end of ``before``: no kind or direction word is long
        m_kind = _KIND_BEFORE_RE.search(before, max(0, len(before) - 32)) if last[-1] in ("of", "the") else None
        if m_after:
            d.kind = _KIND_WORDS[re.sub(r"\s+", " ", m_after.group("word").lower())]
            d.kind_end = d.end + m_after.end()
        elif (("capital" in low_after or "city" in low_after) and _CAPITAL_RE.match(after)) \
                or ("capital" in before[-30:].lower() and _CAPITAL_BEFORE_RE.search(before[-30:])):
            d.kind = "city"
        elif m_kind:
            d.kind = _KIND_WORDS[m_kind.group("word").lower()]
        elif set(last) & _NEAR_LAST and _NEAR_BEFORE_RE.search(before, max(0, len(before) - 48)):
            d.kind = "near"
        elif prev is not None and prev.kind and _LIST_GAP_RE.match(text[prev.end:d.start]):
            d.kind = prev.kind  # "the towns of Kafr Nubl and Maasran"
        new_kind = _LIST_NEW_KIND_RE.match(text[prev.end:d.start]) if prev and d.start - prev.end < 40 else None
        if new_kind:
            d.kind = _KIND_WORDS[new_kind.group("word").lower()]
        m_dir = _REGION_BEFORE_RE.search(before, max(0, len(before) - 24)) if last[-1].endswith(_DIRECTION_ENDS) \
            else None
        if m_dir:
            d.direction = m_dir.group("dir").lower()
        prev = d


class _Resolver:
    """Gazetteer look-ups, each asked once per gazetteer; only accepted candidates kept."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer
        self._cache: dict[tuple, tuple[Candidate, ...]] = {}
        self._choices: dict[tuple, tuple[_Choice, bool]] = {}
        self._stated: dict[str, str] = {}

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


_NON_ADMIN_KINDS = frozenset({"city", "town", "village", "camp", "airbase", "military site", "hill",
                              "region", "crossing"})
_KIND_FILTERS = {
    "settlement": frozenset(SETTLEMENT_KINDS), "city": frozenset({"city", "town"}),
    "camp": frozenset({"camp", "village", "town"}), "airbase": frozenset({"airbase", "military site"}),
}
_ADMIN_LEVELS = {"province": 1, "district": 2, "subdistrict": 3}


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


def _pick(text: str, d: _Draft, res: _Resolver, city_names: set[str]) -> _Choice:
    """The candidate, precision and qualifier of one draft, before context re-ranking; a camp
    or air base named with its site word ("Atmeh camp") becomes that longer span."""
    site = text[d.start:d.kind_end] if d.kind in ("camp", "airbase") and d.kind_end else ""
    choice, on_site = res.choice(d.text, d.kind, d.direction, d.admin1, site, fold(d.text) in city_names)
    if on_site:
        d.end, d.text = d.kind_end, site
    return choice


def _choose(res: _Resolver, surface: str, kind: str, direction: str, stated: str, site: str,
            city_named: bool) -> tuple[_Choice, bool]:
    """:func:`_pick` for one surface form and its context words (see ``_Draft``), and whether
    the ``site`` span ("X air base") was taken."""
    admin_units = res.candidates(surface, stated, frozenset({"admin unit"}))
    level = _ADMIN_LEVELS.get(kind)
    if level:
        admin = [c for c in admin_units if c.place.admin_level == level]
        return _Choice(admin[0] if admin else None, 3, kind), False
    gov = _governorate(admin_units)
    if gov is not None and (direction or kind == "countryside" or (not kind and not city_named)):
        return _Choice(gov, 3, direction or kind or "province"), False
    kinds = _KIND_FILTERS.get(kind, _NON_ADMIN_KINDS)
    if site:  # the site itself: "Atmeh camp", "X air base"
        found = res.candidates(site, stated, kinds)
        if found:
            return _Choice(found[0], 1, kind), True
    admin1, qualifier = stated, kind
    pool = res.candidates(surface, admin1, kinds)
    if not pool and admin1:  # the stated governorate may be wrong; the name still counts
        admin1 = ""
        pool = res.candidates(surface, admin1, kinds)
    if not pool and kinds is not _NON_ADMIN_KINDS:  # "the cities of A and southern Idlib": not a city
        kinds, qualifier = _NON_ADMIN_KINDS, ""
        pool = res.candidates(surface, admin1, kinds)
    if not pool:
        return _Choice(None, 1, qualifier), False
    best = pool[0]
    if best.place.kind == "region":
        precision = 3
    elif kind in ("near", "countryside") or direction:
        precision, qualifier = 2, direction or kind
    else:
        precision = 1
    return _Choice(best, precision, qualifier, pool, kinds, admin1, _ambiguous(pool)), False


def _ambiguous(pool: tuple[Candidate, ...]) -> bool:
    """Two different places within 0.1 of the best score and more than 5 km apart."""
    return any(c.place.id != pool[0].place.id and pool[0].score - c.score <= 0.1
               and distance_km(c.place.point, pool[0].place.point) > 5 for c in pool[1:])


# ---------------------------------------------------------------- Arabic script
def _word_start(text: str, start: int) -> int:
    """Where the Arabic word holding ``start`` begins (before its proclitics)."""
    while start and text[start - 1] in arabic.LETTERS:
        start -= 1
    return start


def _arabic_span(text: str, start: int, end: int, res: "_Resolver") -> bool:
    """Whether an Arabic span may be a name: not a cue word, not a clock ("10:09 دمشق"), not a
    proclitic reading of a frequent word (لبنان is not ل + بنان), and known to the gazetteer."""
    surface = text[start:end]
    if not arabic.is_letter(surface[:1]):
        return True
    if arabic.is_cue(surface):
        return False
    at = _word_start(text, start)
    if arabic.is_clock(text[max(0, at - 24):at]):
        return False
    if at < start and surface not in arabic.PLACE_WORDS:
        word = text[at:end].split()[0]
        if any(arabic.is_common(word[o:]) for o in (0, *arabic.name_starts(word)) if o < start - at):
            return False  # لبنان, للبنان: a frequent word, not ل + بنان
    return bool(res.candidates(surface))


def _qualify_arabic(text: str, drafts: list[_Draft], res: "_Resolver") -> list[_Draft]:
    """The Arabic drafts read in their words (see :mod:`geo_idlib.reports.arabic`): the words
    that open or close a region's name peeled off its toponym (ريف إدلب الجنوبي -> إدلب, the
    governorate's countryside, southern), the kind a cue word before it states (بلدة، مدينة،
    ريف، محافظة، مخيم...), directions, the kind of the list it stands in; then only those with
    evidence of being places are kept (see :func:`_with_evidence`)."""
    cued: set[int] = set()
    prev: _Draft | None = None
    arabic_drafts = [d for d in drafts if arabic.is_letter(d.text[:1])]
    for i, d in enumerate(drafts):
        if not arabic.is_letter(d.text[:1]):
            prev = None
            continue
        opened, closed = arabic.opener_end(d.text), arabic.closer_start(d.text)
        kind, direction = arabic.read_before(d.text[:opened], "") if opened else ("", "")
        if closed < len(d.text):
            direction = direction or arabic.read_after(" " + d.text[closed:])
        name = d.text[opened:closed].rstrip()
        d.start, d.end, d.text = d.start + opened, d.start + opened + len(name), name
        if arabic.is_cue(name) or arabic.is_head(name, text[d.end:d.end + 3]):
            d.text = ""  # "مركز المدينة": no name left; "تل" of a hill the gazetteer does not know
            continue
        if not (kind or direction):
            at = _word_start(text, d.start)
            kind, direction = arabic.read_before(text[max(0, at - 60):at], text[at:d.start])
            if kind in ("countryside", "province"):
                direction = direction or arabic.read_after(text[d.end:d.end + 40])
        if kind or direction:
            cued.add(i)
        elif prev is not None and prev.kind and arabic.LIST_GAP_RE.match(text[prev.end:d.start]):
            kind = prev.kind  # "بلدات كفرسجنة ومعرزيتا"
        if direction and kind not in ("", "countryside", "province", "near"):
            kind, direction = "near", ""  # جنوب مدينة إدلب: south of the city, near it
        d.kind, d.direction = d.kind or kind, d.direction or direction
        prev = d
    if not arabic_drafts:
        return drafts
    keep = _with_evidence(text, drafts, res, cued)
    return [d for i, d in enumerate(drafts) if d.text and i in keep]


_SOURCE_TIERS = frozenset({"exact", "alternate", "folded"})


def _with_evidence(text: str, drafts: list[_Draft], res: "_Resolver", cued: set[int]) -> set[int]:
    """The indexes of the drafts with evidence of being places: every non-Arabic one, and the
    Arabic ones that pass. Arabic script has no capitals to tell a name. A frequent word (الباب،
    الثورة), or a word-like one met only through the transliteration of a Latin name, needs a
    cue word of its own before it (بلدة، قرية، ريف...). A rarer one met that way is a place with
    a cue, in a list of them ("بلدات A وB"), in a list with a place that is one ("A وB، C"), when
    a governorate is stated after it (X بريف إدلب), or when the report names the same place with
    evidence elsewhere. A name the sources give in Arabic needs nothing more unless it is one
    word that reads like a word (الراعي "the shepherd"): then it needs such evidence too."""
    n = len(drafts)
    is_ar = [not d.text or arabic.is_letter(d.text[:1]) for d in drafts]
    best = [res.candidates(d.text)[:1] if is_ar[i] and d.text else () for i, d in enumerate(drafts)]
    strong = [bool(b) and b[0].matched in _SOURCE_TIERS for b in best]
    level = [arabic.commonness(d.text) if is_ar[i] else 0 for i, d in enumerate(drafts)]
    # a name of several words the sources give in Arabic is a name (جبل الزاوية, معرة النعمان)
    phrase = [strong[i] and " " in drafts[i].text for i in range(n)]
    own_cue_only = [not phrase[i] and (level[i] >= 2 or (level[i] == 1 and not strong[i])) for i in range(n)]
    never = [level[i] == 3 and not strong[i] for i in range(n)]
    strong = [phrase[i] or (strong[i] and level[i] == 0) for i in range(n)]  # الراعي "the shepherd" needs evidence

    def stated_after(i: int) -> bool:
        return i + 1 < n and bool(res.stated(drafts[i + 1].text)) \
            and bool(arabic.STATED_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start]))

    ok = [not is_ar[i] or (i in cued and not never[i])
          or (not own_cue_only[i] and (strong[i] or bool(drafts[i].kind) or stated_after(i))) for i in range(n)]
    listed = [i + 1 < n and is_ar[i] and is_ar[i + 1]
              and bool(arabic.LIST_GAP_RE.match(text[drafts[i].end:drafts[i + 1].start])) for i in range(n)]
    for _ in range(2):
        # a place the report names with evidence once is that place everywhere in it (كفر سجنة, كفرسجنة)
        named = {best[i][0].place.id for i in range(n) if ok[i] and best[i]}
        ok = [ok[i] or (not own_cue_only[i] and bool(best[i]) and best[i][0].place.id in named) for i in range(n)]
        for order in (range(n - 1), reversed(range(n - 1))):  # along each list, both ways
            for i in order:
                if listed[i] and (ok[i] or ok[i + 1]):
                    for j in (i, i + 1):
                        ok[j] = ok[j] or not own_cue_only[j]
    return {i for i in range(n) if ok[i]}


def find_mentions(text: str, gazetteer: Gazetteer, *, matcher: PlaceMatcher | None = None) -> list[Mention]:
    """Every place mention in ``text``, in order, resolved in the context of the whole text.

    A spotted name the gazetteer cannot resolve is kept with ``place=None`` only when the
    words around it say it is a place ("the village of X"); otherwise it is dropped.

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> ms = find_mentions("Strikes hit the cities of Saraqeb and Idlib and southern Idlib.", Gazetteer.default())
    >>> [(m.text, m.place.kind, m.precision, m.qualifier) for m in ms]
    [('Saraqeb', 'town', 1, 'city'), ('Idlib', 'city', 1, 'city'), ('southern Idlib', 'region', 3, '')]
    """
    matcher = matcher or matcher_for(gazetteer)
    res = _resolver_for(gazetteer)
    drafts = [_Draft(s, e, text[s:e]) for s, e in matcher.spans(
        text, lambda t, s, e: _looks_like_place(t, s, e) and _arabic_span(t, s, e, res))]
    _qualify(text, drafts)
    drafts = _qualify_arabic(text, drafts, res)
    # A stated governorate constrains its neighbour: "Dana, Idlib", "the Idlib village of X".
    govs = {i: res.stated(d.text) for i, d in enumerate(drafts)}
    for i, d in enumerate(drafts):
        nxt, prv = govs.get(i + 1), govs.get(i - 1)
        gap = text[d.end:drafts[i + 1].start] if nxt else ""
        if nxt and (_STATED_AFTER_RE.match(gap) or (is_arabic(d.text) and arabic.STATED_GAP_RE.match(gap))):
            d.admin1 = nxt
        elif prv and _STATED_BEFORE_RE.match(text[drafts[i - 1].end:d.start]):
            d.admin1 = prv
    city_names = {fold(d.text) for d in drafts if d.kind == "city"}
    picked = [_pick(text, d, res, city_names) for d in drafts]
    # Context: unambiguous places pull ambiguous names toward them.
    anchors = [c.cand.place.point for c in picked if c.pool and not c.ambiguous]
    out = []
    for d, c in zip(drafts, picked):
        cand = c.cand
        if c.pool and anchors and c.ambiguous:
            near = (round(sum(a[0] for a in anchors) / len(anchors), 4),
                    round(sum(a[1] for a in anchors) / len(anchors), 4))
            cand = (res.candidates(d.text, c.admin1, c.kinds, near) or (cand,))[0]
        if cand is None and not d.kind:
            continue
        out.append(Mention(d.text, d.start, d.end, cand.place if cand else None,
                           cand.score if cand else 0.0, c.precision, c.qualifier))
    return out
