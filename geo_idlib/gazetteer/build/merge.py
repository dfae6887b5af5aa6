"""Merging source records into one row per real place.

Rules, in order (each tested in ``tests/test_gazetteer_build.py``):

1. Every GeoNames row is a place of its own.
2. A GeoNames alternate name that is really a *neighbour's* name (GeoNames lists "Marshemarin",
   the village Maar Shamarin 44 km south, under Ma`arrat Misrin) is moved to that neighbour:
   it is moved when a Wikipedia settlement between ``NEIGHBOUR_KM`` and ``NEIGHBOURHOOD_KM`` away
   has that name (same folded key) and the place's own name does not fold to it.
3. A Wikipedia *settlement* mark joins the nearest place within ``SAME_PLACE_KM`` (``CITY_KM``
   for cities) whose names share a folded key or consonant skeleton with the mark, or fuzzily
   match. Marks of other kinds (hills, bases, airbases, crossings, dams) never join a settlement:
   "Abu al-Duhur Military Airbase" is not the town. They join only a mark of their own kind with
   the same name nearby (the same checkpoint marked twice).
4. Same-named places further apart stay apart (two Ma`saran, two Kafr Amim, two Kafriya).
5. OCHA names a sub-district after its seat: the seat settlement (same English or Arabic name:
   "Madiq Castle" is قلعة المضيق, GeoNames' Qal`at al Madiq) gets OCHA's English and Arabic
   names (how most villages get an Arabic name at all).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from geo_idlib.gazetteer.place import SETTLEMENT_KINDS
from geo_idlib.geodesy import distances_km
from geo_idlib.names import fold, is_arabic, skeleton

SAME_PLACE_KM = 4.0
CITY_KM = 9.0
SAME_MARK_KM = 1.5
NEIGHBOUR_KM = 4.0
NEIGHBOURHOOD_KM = 60.0
FUZZY_SAME = 88.0

@dataclass
class Draft:
    """A place being assembled from records; ``core_names`` come from CC BY sources
    (GeoNames, OCHA, curated), ``wiki_names`` from the CC BY-SA Wikipedia marks."""

    name: str
    lat: float
    lon: float
    kind: str
    sources: set[str]
    refs: list[str]
    located_by: str = ""  # the source whose coordinates the place has
    core_names: list[str] = field(default_factory=list)
    wiki_names: list[str] = field(default_factory=list)
    name_ar: str = ""
    population: int = 0
    control_2017: str = ""
    admin_level: int = 0
    admin: dict = field(default_factory=dict)
    wiki_point: tuple[float, float] | None = None

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(self.core_names + self.wiki_names))

    def add_names(self, names: list[str], *, wiki: bool) -> None:
        target = self.wiki_names if wiki else self.core_names
        for n in names:
            if n not in target:
                target.append(n)


def _keys(names: list[str]) -> tuple[set[str], set[str]]:
    folded = {fold(n) for n in names} - {""}
    skeletons = {s for s in (skeleton(n) for n in names) if len(s) >= 3}
    return folded, skeletons


def names_match(a: list[str], b: list[str]) -> bool:
    """True when two name lists share a folded key or a (3+ letter) consonant skeleton, or a pair
    of Latin names is a close fuzzy match of folded keys.

    >>> names_match(["Jisr Shughur"], ["Jisr ash Shughūr", "Djisr el Choghour"])
    True
    >>> names_match(["Kafr Amim"], ["Kafr Nabl"])
    False
    """
    fa, sa = _keys(a)
    fb, sb = _keys(b)
    if fa & fb or sa & sb:
        return True
    latin_a = [fold(n) for n in a if not is_arabic(n)]
    latin_b = [fold(n) for n in b if not is_arabic(n)]
    return any(fuzz.ratio(x, y) >= FUZZY_SAME for x in latin_a for y in latin_b if x and y)


def move_neighbour_names(geonames: list[Draft], wiki_records: list[dict]) -> list[tuple[str, str, str]]:
    """Take neighbours' names out of GeoNames alternates (rule 2). Returns (name, from, to) moves;
    the moved names are added to the neighbour when its mark is merged (by name)."""
    marks = [r for r in wiki_records if r["kind"] in SETTLEMENT_KINDS]
    lats = np.array([r["lat"] for r in marks])
    lons = np.array([r["lon"] for r in marks])
    mark_keys = np.array([fold(r["name"]) for r in marks])
    moves = []
    for place in geonames:
        own = fold(place.name)
        dist = distances_km(place.lat, place.lon, lats, lons)
        neighbours = (dist > NEIGHBOUR_KM) & (dist <= NEIGHBOURHOOD_KM)
        for alt in list(place.core_names[1:]):
            key = fold(alt)
            if is_arabic(alt) or len(key) < 5 or fuzz.ratio(key, own) >= FUZZY_SAME:
                continue
            hits = np.flatnonzero(neighbours & (mark_keys == key))
            if hits.size:
                place.core_names.remove(alt)
                marks[hits[0]].setdefault("moved_names", []).append(alt)
                moves.append((alt, place.name, marks[hits[0]]["name"]))
    return moves


class Merger:
    """Accumulates drafts; :meth:`add_wikipedia` applies rules 3-4 mark by mark."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = list(drafts)

    def _near(self, lat: float, lon: float, km: float) -> list[tuple[float, Draft]]:
        lats = np.array([d.lat for d in self.drafts])
        lons = np.array([d.lon for d in self.drafts])
        dist = distances_km(lat, lon, lats, lons)
        idx = np.flatnonzero(dist <= km)
        return sorted(((float(dist[i]), self.drafts[i]) for i in idx), key=lambda t: t[0])

    def _target(self, rec: dict) -> Draft | None:
        settlement = rec["kind"] in SETTLEMENT_KINDS
        for dist, draft in self._near(rec["lat"], rec["lon"], CITY_KM if settlement else SAME_MARK_KM):
            if draft.kind == "admin unit":
                continue
            if settlement:
                if draft.kind not in SETTLEMENT_KINDS:
                    continue
                if dist > SAME_PLACE_KM and draft.kind != "city":
                    continue
            elif draft.kind != rec["kind"]:
                continue
            if names_match(rec["names"], draft.names):
                return draft
        return None

    def add_wikipedia(self, rec: dict) -> Draft:
        """Merge one Wikipedia mark into its place, or start a new place."""
        target = self._target(rec)
        if target is None:
            target = Draft(name=rec["name"], lat=rec["lat"], lon=rec["lon"], kind=rec["kind"],
                           sources=set(), refs=[], located_by="wikipedia")
            self.drafts.append(target)
        target.sources.add("wikipedia")
        target.refs.append(rec["ref"])
        target.add_names(rec["names"] + rec.get("moved_names", []), wiki=True)
        if target.wiki_point is None:
            target.wiki_point = (rec["lat"], rec["lon"])
        if rec["control_2017"] and not target.control_2017:
            target.control_2017 = rec["control_2017"]
        return target


def add_seat_names(drafts: list[Draft], admin_records: list[dict]) -> int:
    """Rule 5: give each sub-district's seat settlement OCHA's names for it. Returns the count."""
    count = 0
    for unit in (r for r in admin_records if r["admin_level"] == 3):
        seats = [d for d in drafts if d.kind in SETTLEMENT_KINDS
                 and d.admin.get("admin3_pcode") == unit["ref"]
                 and names_match([unit["name"], unit["name_ar"]], [*d.names, d.name_ar])]
        if not seats:
            continue
        seat = max(seats, key=lambda d: (d.population, d.sources != {"wikipedia"}, -len(d.refs)))
        ocha = [n for n in unit["names"] if n == unit["name"] or is_arabic(n)]
        seat.add_names(ocha, wiki=False)
        seat.sources.add("ocha")
        if not seat.name_ar:
            seat.name_ar = unit["name_ar"]
        count += 1
    return count
