"""The name index: every spelling of every place under its exact, folded and skeleton keys,
plus the list of folded keys that fuzzy matching runs over."""
from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from geo_idlib.gazetteer.place import Place
from geo_idlib.names import fold, is_arabic, skeleton, tokens
from geo_idlib.translit import similarity, sound_keys

#: Base scores of the match tiers, before the ranking adjusts them (see ``scoring``).
EXACT_PRIMARY, EXACT_ALTERNATE, FOLDED = 1.0, 0.98, 0.93
# A shared skeleton counts as much as the folded keys are alike (same script), or as long as it is
# (a Latin spelling of an Arabic name).
SKELETON_FLOOR, SKELETON_SPAN = 0.40, 0.50
SKELETON_ARABIC, SKELETON_ARABIC_STEP = 0.78, 0.02
# Arabic script met by a Latin name through the letter table: never confident (see ``translit``).
TRANSLITERATED, TRANSLITERATED_SLOPE = 0.89, 1.0
SHORT_SKELETON_PENALTY = 0.05  # three consonants are shared by too many unrelated names
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio (0-100) over folded keys below which nothing is proposed
FUZZY_WEIGHT = 0.95
FUZZY_TRIGGER = 0.75  # fuzzy matching runs when nothing better than this matched
MIN_SKELETON = 3

_AR_TASHKEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
#: Words the sources add after the name of a site ("Abu al-Duhur Military Airbase", "Kuweires
#: Airbase", "Al-Za'lana Checkpoint"); Arabic puts its own before the name (مطار أبو الظهور), so
#: the transliteration also meets the name without them.
SITE_WORDS_RE = re.compile(r"(?:[\s-]+(?:military|international|air|airbase|airport|airfield|base|"
                           r"checkpoints?|camps?))+$", re.IGNORECASE)


def exact_key(name: str) -> str:
    """Case, diacritics, ayn/hamza marks and separators ignored; nothing else.

    >>> exact_key("Sarāqib") == exact_key("saraqib"), exact_key("Kafr-Nubl")
    (True, 'kafr nubl')
    """
    if is_arabic(name):
        return " ".join(_AR_TASHKEEL.sub("", unicodedata.normalize("NFKC", name)).split())
    return " ".join(tokens(name))


@dataclass(frozen=True)
class Match:
    """One place found for a query: its index in the place list, base score and tier."""

    index: int
    score: float
    matched: str
    name: str


class NameIndex:
    """Lookups by tier over a fixed list of places.

    >>> idx = NameIndex([Place(id="x", name="Saraqib", lat=0, lon=0, kind="town", names=("Saraqeb",))])
    >>> [(m.matched, m.name) for m in idx.lookup("Sarakib")]
    [('folded', 'Saraqib')]
    """

    def __init__(self, places: list[Place] | tuple[Place, ...]) -> None:
        # Latin names meet Arabic script by their sounds only for places the sources name in Latin
        # alone: a place with an Arabic name is written so (Aleppo حلب, not البارة for its old Beroea)
        self.exact: dict[str, list[tuple[int, bool, str]]] = defaultdict(list)
        self.folded: dict[str, list[tuple[int, str]]] = defaultdict(list)
        self.skeleton: dict[str, list[tuple[int, str, str, bool]]] = defaultdict(list)
        self.sound: dict[str, list[tuple[int, str]]] = defaultdict(list)  # Latin names by skeleton
        fuzzy: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, place in enumerate(places):
            for name in dict.fromkeys((place.name, place.name_ar) + tuple(place.names)):
                if not name:
                    continue
                primary = name in (place.name, place.name_ar)
                self.exact[exact_key(name)].append((i, primary, name))
                key = fold(name)
                if key:
                    self.folded[key].append((i, name))
                    if not is_arabic(name):
                        fuzzy[key].append((i, name))
                skel = skeleton(name)
                if skel and not is_arabic(name) and not place.name_ar:
                    bare = SITE_WORDS_RE.sub("", name)
                    for variant in {name, bare} - {""}:
                        for sound in sound_keys(variant):
                            self.sound[sound].append((i, variant))
                if len(skel) >= MIN_SKELETON:
                    self.skeleton[skel].append((i, name, key, is_arabic(name)))
        # Fuzzy matching compares keys with the same first letter only (spellings of one name
        # rarely differ there), of lengths that can reach the cutoff: sorted by length to slice.
        self.fuzzy_keys: dict[str, list[str]] = defaultdict(list)
        for key in sorted(fuzzy, key=lambda k: (len(k), k)):
            self.fuzzy_keys[key[0]].append(key)
        self.fuzzy_lengths = {c: [len(k) for k in keys] for c, keys in self.fuzzy_keys.items()}
        self.fuzzy_hits = dict(fuzzy)

    def _fuzzy_choices(self, key: str) -> list[str]:
        """Keys with ``key``'s first letter whose length allows a ratio >= ``FUZZY_CUTOFF``."""
        lengths = self.fuzzy_lengths.get(key[0])
        if not lengths:
            return []
        r = FUZZY_CUTOFF / 100  # ratio = 2*common/(a+b) <= 2*min(a,b)/(a+b)
        lo = bisect_left(lengths, math.ceil(len(key) * r / (2 - r)))
        hi = bisect_right(lengths, math.floor(len(key) * (2 - r) / r))
        return self.fuzzy_keys[key[0]][lo:hi]

    def lookup(self, query: str, *, fuzzy: bool = True) -> list[Match]:
        """Every place matching ``query``, best tier per place, best first."""
        best: dict[int, Match] = {}

        def offer(i: int, score: float, matched: str, name: str) -> None:
            if i not in best or score > best[i].score:
                best[i] = Match(i, score, matched, name)

        for i, primary, name in self.exact.get(exact_key(query), ()):
            offer(i, EXACT_PRIMARY if primary else EXACT_ALTERNATE, "exact" if primary else "alternate", name)
        key = fold(query)
        for i, name in self.folded.get(key, ()):
            offer(i, FOLDED, "folded", name)
        skel = skeleton(query)
        arabic = is_arabic(query)
        if arabic:
            for i, name in self.sound.get(skel, ()):
                score = max(0.0, TRANSLITERATED - TRANSLITERATED_SLOPE * (1 - similarity(query, name)))
                offer(i, score, "transliterated", name)
        if len(skel) >= MIN_SKELETON:
            for i, name, name_key, name_arabic in self.skeleton.get(skel, ()):
                if arabic and not name_arabic:  # Latin names meet Arabic script by transliteration
                    continue
                if arabic:  # two spellings in Arabic script: as alike as their folded keys
                    score = SKELETON_FLOOR + SKELETON_SPAN * fuzz.ratio(key, name_key) / 100
                elif name_arabic:
                    score = SKELETON_ARABIC + SKELETON_ARABIC_STEP * min(len(skel) - MIN_SKELETON, 3)
                else:
                    score = SKELETON_FLOOR + SKELETON_SPAN * fuzz.ratio(key, name_key) / 100
                    score -= SHORT_SKELETON_PENALTY * (len(skel) == MIN_SKELETON)
                offer(i, score, "skeleton", name)
        if fuzzy and key and not arabic and max((m.score for m in best.values()), default=0) < FUZZY_TRIGGER:
            for other, ratio, _ in process.extract(key, self._fuzzy_choices(key), scorer=fuzz.ratio,
                                                   score_cutoff=FUZZY_CUTOFF, limit=8):
                for i, name in self.fuzzy_hits[other]:
                    offer(i, FUZZY_WEIGHT * ratio / 100, "fuzzy", name)
        return sorted(best.values(), key=lambda m: (-m.score, m.index))
