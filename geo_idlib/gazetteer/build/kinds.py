"""Deciding a record's kind from what its source says about it."""
from __future__ import annotations

import re

_AIR = re.compile(r"air ?base|airport|air ?field|airstrip|helipad", re.I)
_CROSSING = re.compile(r"crossing|border gate", re.I)
_CAMP = re.compile(r"\bcamps?\b", re.I)
_LANDMARK_ICON = re.compile(r"\.svg$", re.I)


def kind_from_population(population: int) -> str:
    """GeoNames populated places: city from 100,000, town from 10,000 (or unknown: an admin seat).

    >>> kind_from_population(165000), kind_from_population(34231), kind_from_population(800)
    ('city', 'town', 'village')
    """
    if population >= 100_000:
        return "city"
    if population >= 10_000 or population == 0:
        return "town"
    return "village"


def kind_from_wikipedia_mark(label: str, mark: str) -> tuple[str, str]:
    """``(kind, control)`` of a Wikipedia map mark; ``control`` is the side holding it in 2017.

    Marks are ``<side>[_<icon>]`` (``gov``, ``opp_hill``, ``JaN_base``, ``gov_air``...); icon file
    names (dams, the city dot) carry no side.

    >>> kind_from_wikipedia_mark("Abu al-Duhur Military Airbase", "JaN_air")
    ('airbase', 'JaN')
    >>> kind_from_wikipedia_mark("Tall Salmu", "opp")
    ('village', 'opp')
    """
    if _LANDMARK_ICON.search(mark):
        return ("landmark" if re.search(r"\bdam\b", label, re.I) else "city"), ""
    side, _, icon = mark.partition("_")
    if side == "stable" or side == "Trk":  # stable_opp_JaN, stable_gov_SDF: joint control
        side, icon = (mark.removeprefix("stable_"), "") if side == "stable" else ("Turkey", icon)
    if icon in ("air", "heli") or _AIR.search(label):
        kind = "airbase"
    elif icon in ("base", "industry", "naval"):
        kind = "military site"
    elif icon == "hill":
        kind = "hill"
    elif side.startswith("pass") or _CROSSING.search(label):
        kind, side = "crossing", ("" if side.startswith("pass") else side)
    elif _CAMP.search(label):
        kind = "camp"
    else:
        kind = "village"
    return kind, side
