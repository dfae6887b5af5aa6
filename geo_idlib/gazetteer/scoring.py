"""How candidates are ranked and what their scores mean.

A candidate's score is its match tier's base score (exact 1.0, alternate 0.98, folded 0.93,
skeleton 0.40-0.90 by likeness, fuzzy 0.95 x similarity) lowered by up to ``W`` for a weak *prior*: places
outside the north-west focus governorates, small places, non-settlements, and (with a ``near``
hint) places far from the hint.

Calibrated in ``tests/test_gazetteer_calibration.py`` on spellings held out of the index
(GeoNames alternates, OCHA names), names of places removed from the index and names of no place:

* ``score >= CONFIDENT_SCORE`` (0.90): the place; no removed place's name scored this high.
* ``ACCEPT_SCORE <= score < CONFIDENT_SCORE``: probably the place, check it. Near-homonyms live
  here: a village missing from the sources can match a similar-sounding one (about 1 in 5 did).
* ``score < ACCEPT_SCORE`` (0.75): not a good answer; unknown names end here or return nothing.
"""
from __future__ import annotations

import math

from geo_idlib.gazetteer.place import SETTLEMENT_KINDS, Place

#: Documented acceptance threshold: at or above, the candidate is a good answer.
ACCEPT_SCORE = 0.75
#: At or above, the match is confident (exact, alternate or folded spelling of a likely place).
CONFIDENT_SCORE = 0.90
#: North-west Syria (OCHA P-codes): Idleb, the heart of the focus region, then Hama, Aleppo, Lattakia.
FOCUS_ADMIN1 = {"SY07": 1.0, "SY05": 0.8, "SY02": 0.8, "SY06": 0.8}
PRIOR_WEIGHT = 0.25  # how much a weak prior can lower a score without hints
NEAR_WEIGHT = 0.40  # ... and with a near= hint
NEAR_SCALE_KM = 25.0
_KIND_SIZE = {"city": 0.8, "town": 0.5, "village": 0.2, "camp": 0.3}
_ADMIN_SIZE = {1: 0.9, 2: 0.7, 3: 0.5}


def size(place: Place) -> float:
    """0..1: bigger places rank first on ties (log population where known, else by kind).

    >>> size(Place(id="x", name="Idlib", lat=0, lon=0, kind="city", population=165000)) > 0.8
    True
    """
    if place.population > 0:
        return min(1.0, math.log10(place.population) / 6)
    if place.kind in ("admin unit", "region"):
        return _ADMIN_SIZE.get(place.admin_level, 0.7)
    return _KIND_SIZE.get(place.kind, 0.2)


def prior(place: Place, *, admin_query: bool = False, proximity: float | None = None) -> float:
    """0..1: how likely a reporter means this place, before comparing spellings."""
    if place.kind in ("admin unit", "region"):
        kind = 1.0 if admin_query else 0.3
    else:
        kind = 1.0 if place.kind in SETTLEMENT_KINDS else 0.6
    base = 0.5 * FOCUS_ADMIN1.get(place.admin1_pcode, 0.0) + 0.3 * size(place) + 0.2 * kind
    if proximity is None:
        return base
    return 0.6 * proximity + 0.4 * base


def proximity(distance_km: float) -> float:
    """1 at the hint, ~0.37 at 25 km, ~0.08 at 60 km."""
    return math.exp(-distance_km / NEAR_SCALE_KM)


def final_score(base: float, place_prior: float, *, near: bool = False) -> float:
    """The candidate's score: the tier's base score lowered for a weak prior."""
    weight = NEAR_WEIGHT if near else PRIOR_WEIGHT
    return base * (1 - weight * (1 - place_prior))
