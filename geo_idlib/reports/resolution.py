"""Resolving drafts: the gazetteer's candidates for a name in its context words, the pick, and
how a list reads a bare governorate name.

A bare governorate name is the governorate ("Idlib"), unless its seat is a national city of
:data:`NATIONAL_CITY` people or more ("Aleppo", "Hama": the city), or its list says otherwise
("Saraqeb, Idlib and Ariha": towns; "Idlib and Aleppo": governorates); a site word picks the
site ("Abu Duhur military airport" → the air base).

>>> from geo_idlib.gazetteer import Gazetteer
>>> choice = pick("Jets hit Saraqeb.", Draft(9, 16, "Saraqeb"), resolver_for(Gazetteer.default()), set())
>>> choice.cand.place.name, choice.precision
('Saraqib', 1)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from geo_idlib.gazetteer import (
    ACCEPT_SCORE,
    CONFIDENT_SCORE,
    SETTLEMENT_KINDS,
    SPELT_TIERS,
    Candidate,
    Gazetteer,
    Place,
)
from geo_idlib.geodesy import distance_km, distances_km
from geo_idlib.names import fold, is_arabic
from geo_idlib.reports import evidence
from geo_idlib.reports.drafts import Draft


@lru_cache(maxsize=8)
def resolver_for(gazetteer: Gazetteer) -> "Resolver":
    return Resolver(gazetteer)


class Resolver:
    """Gazetteer look-ups, each asked once per gazetteer; only accepted candidates kept."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gz = gazetteer
        self._cache: dict[tuple, tuple[Candidate, ...]] = {}
        self._choices: dict[tuple, tuple[Choice, bool]] = {}
        self._stated: dict[str, str] = {}
        self._governorates: dict[str, bool] = {}
        self.sites = [p for p in gazetteer.places if p.kind not in ("admin unit", "region")]
        self._lats = np.array([p.lat for p in self.sites])
        self._lons = np.array([p.lon for p in self.sites])
        self.admitted = evidence.admitted_words(gazetteer)

    def candidates(self, surface: str, admin1: str = "", kinds: frozenset | None = None,
                   near: tuple[float, float] | None = None) -> tuple[Candidate, ...]:
        key = (surface, admin1, kinds, near)
        known = self._cache.get(key)  # one look-up when known (a tuple key is hashed anew each time)
        if known is None:
            found = self.gz.resolve(surface, near=near, admin1=admin1 or None, kinds=kinds, limit=8)
            known = self._cache[key] = tuple(c for c in found if c.score >= ACCEPT_SCORE)
        return known

    def stated(self, surface: str) -> str:
        """The governorate a name states (see :func:`stated_admin1`), asked once per gazetteer."""
        known = self._stated.get(surface)
        if known is None:
            known = self._stated[surface] = stated_admin1(self, surface)
        return known

    def names_governorate(self, surface: str) -> bool:
        """Whether the name is a governorate's (its admin units hold one), asked once per gazetteer."""
        known = self._governorates.get(surface)
        if known is None:
            known = self._governorates[surface] = governorate_of(self.candidates(surface, "", _ADMIN_UNIT)) is not None
        return known

    def choice(self, *key) -> tuple["Choice", bool]:
        """:func:`choose` for a surface form in its context words, asked once per gazetteer."""
        known = self._choices.get(key)
        if known is None:
            known = self._choices[key] = choose(self, *key)
        return known

    def around(self, points: list[tuple[float, float]], admin1: set[str]) -> list[Place]:
        """Places (not admin units) within :data:`NEAR_MISS_KM` of ``points`` or in the
        governorates ``admin1``: where a misspelt name is looked for."""
        mask = np.zeros(len(self.sites), dtype=bool)
        reach = NEAR_MISS_KM / 100  # degrees: more than NEAR_MISS_KM at these latitudes; geodesics inside only
        for lat, lon in dict.fromkeys(points):  # a place named twice is looked around once
            box = np.flatnonzero((np.abs(self._lats - lat) < reach) & (np.abs(self._lons - lon) < reach))
            mask[box[distances_km(lat, lon, self._lats[box], self._lons[box]) <= NEAR_MISS_KM]] = True
        if admin1:
            mask |= np.array([p.admin1_pcode in admin1 for p in self.sites])
        return [self.sites[i] for i in np.flatnonzero(mask)]


NON_ADMIN_KINDS = frozenset({"city", "town", "village", "camp", "airbase", "military site", "hill",
                              "region", "crossing"})


_KIND_FILTERS = {
    "settlement": frozenset(SETTLEMENT_KINDS), "city": frozenset({"city", "town"}),
    "camp": frozenset({"camp", "village", "town"}), "airbase": frozenset({"airbase", "military site"}),
}


_ADMIN_LEVELS = {"province": 1, "district": 2, "subdistrict": 3}


_ADMIN_UNIT = frozenset({"admin unit"})
_REGION = frozenset({"region"})


PLACE_KINDS = frozenset({"settlement", "city", "camp"})  # "the village of X": X is a place, known or not


#: A bare governorate name is the governorate ("Idlib"), unless its seat is a national city of at
#: least this many people ("Aleppo", "Hama"): then it is the city.
NATIONAL_CITY = 400_000


#: How far from a report's places a misspelt name is looked for (km).
NEAR_MISS_KM = 30.0


def governorate_of(cands: tuple[Candidate, ...]) -> Candidate | None:
    return next((c for c in cands if c.place.kind == "admin unit" and c.place.admin_level == 1), None)


def stated_admin1(res: Resolver, surface: str) -> str:
    """The governorate P-code a name states when it names a governorate or a region of one
    ("Idlib", "southern Idlib"), else '' (ask :meth:`Resolver.stated`: cached)."""
    for c in res.candidates(surface):
        if (c.place.kind == "admin unit" and c.place.admin_level == 1) or c.place.kind == "region":
            return c.place.admin1_pcode
    return ""


@dataclass(frozen=True)
class Choice:
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


def pick(text: str, d: Draft, res: Resolver, city_names: set[str], kind: str = "") -> Choice:
    """The candidate, precision and qualifier of one draft, before context re-ranking; a camp
    or air base named with its site word ("Atmeh camp") is that site."""
    kind = kind or d.kind
    site = text[d.start:d.kind_end] if kind in ("camp", "airbase") and d.kind_end else ""
    return res.choice(d.text, kind, d.direction, d.admin1, site, bool(city_names) and fold(d.text) in city_names)[0]


def _national_city(res: Resolver, surface: str) -> bool:
    return any(c.place.kind == "city" and c.place.population >= NATIONAL_CITY
               for c in res.candidates(surface, "", frozenset({"city"})))


def choose(res: Resolver, surface: str, kind: str, direction: str, stated: str, site: str,
            city_named: bool) -> tuple[Choice, bool]:
    """:func:`pick` for one surface form and its context words (see ``Draft``), and whether
    the ``site`` span ("X air base") was taken."""
    admin_units = res.candidates(surface, stated, _ADMIN_UNIT)
    level = _ADMIN_LEVELS.get(kind)
    admin = [c for c in admin_units if c.place.admin_level == level] if level else []
    if admin:
        return Choice(admin[0], 3, kind), False
    gov = governorate_of(admin_units)
    bare = not kind and not city_named and not _national_city(res, surface)
    if gov is not None and direction:  # "Hama's northern countryside": the region it names, if there is one
        region = [c for c in res.candidates(f"{direction} {surface}", "", _REGION) if c.score >= CONFIDENT_SCORE]
        if region:
            return Choice(region[0], 3, direction), False
    if gov is not None and (direction or kind == "countryside" or bare):
        return Choice(gov, 3, direction or kind or "province"), False
    kinds = _KIND_FILTERS.get(kind, NON_ADMIN_KINDS)
    if site:  # the site itself: "Atmeh camp", "X air base"
        found = res.candidates(site, stated, kinds)
        if found:
            return Choice(found[0], 1, kind), True
    admin1, qualifier = stated, kind
    pool = res.candidates(surface, admin1, kinds)
    if not pool and admin1 and kinds is not NON_ADMIN_KINDS and is_arabic(surface):
        # in the stated governorate, a site of the name before a namesake elsewhere (الزعلانة بريف
        # إدلب: the checkpoint the sources mark there, not Aleppo's village)
        pool = res.candidates(surface, admin1, NON_ADMIN_KINDS)
        kinds, qualifier = (NON_ADMIN_KINDS, "") if pool else (kinds, qualifier)
    loose = False  # a name met elsewhere only by transliteration, sound or likeness yields to the stated governorate
    if not pool and admin1:  # the stated governorate may be wrong; the name still counts
        admin1, loose = "", True
        pool = res.candidates(surface, admin1, kinds)
    if not pool and kinds is not NON_ADMIN_KINDS:  # "the cities of A and southern Idlib": not a city
        kinds, qualifier = NON_ADMIN_KINDS, ""
        pool = res.candidates(surface, admin1, kinds)
    if loose:  # elsewhere only a name the sources spell so: not one met by sound or likeness
        pool = tuple(c for c in pool if c.matched in SPELT_TIERS or c.place.admin1_pcode == stated)
    if not pool:
        return Choice(None, 1, qualifier), False
    best = pool[0]
    if best.place.kind == "region":
        precision = 3
    elif kind in ("near", "countryside") or direction:
        precision, qualifier = 2, direction or kind
    else:
        precision = 1
    return Choice(best, precision, qualifier, pool, kinds, admin1, _ambiguous(pool, is_arabic(surface))), False


def _ambiguous(pool: tuple[Candidate, ...], arabic_script: bool = False) -> bool:
    """Two different places within 0.1 of the best score and more than 5 km apart; in Arabic
    script within 0.15: a village met by transliteration scores up to that much below a namesake
    the sources name in Arabic (الدانا: Ad Dana in the north, and the village near Ma`arrat)."""
    margin = 0.15 if arabic_script else 0.1
    return any(c.place.id != pool[0].place.id and pool[0].score - c.score <= margin
               and distance_km(c.place.point, pool[0].place.point) > 5 for c in pool[1:])


def follow_lists(text: str, drafts: list[Draft], chains: list[list[int]], picked: list[Choice],
                  res: Resolver, city_names: set[str]) -> None:
    """A bare governorate name reads like the list it stands in: "Saraqeb, Idlib and Ariha" are
    towns, "Idlib and Aleppo" governorates (a bare "Idlib" is the province)."""
    for chain in chains:
        if len(chain) < 2:
            continue
        bare = [i for i in chain if not drafts[i].kind and not drafts[i].direction
                and res.names_governorate(drafts[i].text)]
        if not bare:  # no bare governorate name to read again
            continue
        towns = any(picked[j].precision == 1 and picked[j].cand is not None for j in chain if j not in bare)
        provinces = any(picked[j].governorate for j in chain)
        if towns or provinces:
            for i in bare:
                picked[i] = pick(text, drafts[i], res, city_names, "settlement" if towns else "province")


def median(values: list[float]) -> float:
    """The median, rounded to 4 decimals (a cache key for the look-ups near it)."""
    ordered = sorted(values)
    mid = len(ordered) // 2
    return round(ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2, 4)
