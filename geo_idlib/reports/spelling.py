"""Near-miss spellings: a name the gazetteer does not know, read as the place around the report
that it most resembles ("Samarda" for Sarmada, "Mrdikh" for Tall Mardikh, "al-Hbit" for
al-Hobait).

Only places near the report's other places (or in the governorate the text states) are
compared, so a typo cannot jump across the country; a candidate must be close in spelling
(rapidfuzz ratio over folded keys >= :data:`MIN_RATIO`), or share the consonants of its folded
key and be fairly close (>= :data:`MIN_CONSONANT_RATIO`), and beat any other place by a margin.
Generic first words that reporters drop ("Tall Mardikh" -> "Mardikh") are tried without.

>>> from geo_idlib.gazetteer import Place
>>> p = Place(id="s", name="Sarmada", lat=36.19, lon=36.72, kind="town")
>>> near_miss("Samarda", [p])[0].name
'Sarmada'
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz

from geo_idlib.gazetteer import Place
from geo_idlib.names import fold, is_arabic

__all__ = ["MIN_RATIO", "MIN_CONSONANT_RATIO", "near_miss"]

MIN_RATIO = 80.0
MIN_CONSONANT_RATIO = 50.0
MARGIN = 5.0  # the best place must beat any other place by this many points
CONSONANT_BONUS = 10.0  # points for the same consonants ("Hbit" and "Hobait")
GENERIC_PENALTY = 8.0  # points off a match made without the name's generic first word
#: Generic first words reporters drop from a name ("Tall Mardikh" -> "Mardikh").
GENERIC_FIRST = ("tall", "tal", "tell", "khirbat", "khirbet", "khirbit")
_VOWELS_RE = re.compile(r"[aeiouy]")
_GENERIC_RE = re.compile(rf"^(?:{'|'.join(GENERIC_FIRST)})[\s-]+", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _keys(name: str) -> tuple[str, ...]:
    """The folded keys a name is compared by: itself, and without a generic first word."""
    keys = [fold(name)]
    short = _GENERIC_RE.sub("", name)
    if short != name:
        keys.append(fold(short))
    return tuple(k for k in keys if k)


@lru_cache(maxsize=100_000)
def _consonants(key: str) -> str:
    return _VOWELS_RE.sub("", key)


def _likeness(key: str, name: str) -> float:
    """How alike a folded key and a place name are: the rapidfuzz ratio (0-100), plus a bonus for
    the same consonants, less a penalty for a match without a generic first word; 0 when not
    close enough (see the module doc)."""
    best = 0.0
    for n, other in enumerate(_keys(name)):
        ratio = fuzz.ratio(key, other)
        same = len(_consonants(key)) >= 3 and _consonants(key) == _consonants(other)
        if ratio >= MIN_RATIO or (same and ratio >= MIN_CONSONANT_RATIO):
            best = max(best, ratio + CONSONANT_BONUS * same - GENERIC_PENALTY * (n > 0))
    return best


def near_miss(surface: str, places: Sequence[Place]) -> tuple[Place, float] | None:
    """The place among ``places`` whose name ``surface`` most likely misspells, and its likeness
    (about 50-110); None when none is close enough or two places are equally close."""
    key = fold(surface)
    if len(key) < 4 or is_arabic(surface):
        return None
    scored: dict[str, tuple[float, Place]] = {}
    for place in places:
        best = max((_likeness(key, n) for n in (place.name, *place.names) if n and not is_arabic(n)), default=0.0)
        if best and best > scored.get(place.id, (0.0, place))[0]:
            scored[place.id] = (best, place)
    if not scored:
        return None
    ranked = sorted(scored.values(), key=lambda s: (-s[0], s[1].id))
    best_ratio, best = ranked[0]
    if len(ranked) > 1 and best_ratio - ranked[1][0] < MARGIN and ranked[1][1].name != best.name:
        return None
    return best, best_ratio
