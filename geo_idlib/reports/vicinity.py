"""The places around a report: a name the gazetteer does not know, in a place role, read as
the nearby place it most resembles (:mod:`geo_idlib.reports.spelling`), and a village picked far
from every other place of the report yielding to a namesake near them.

>>> from geo_idlib.gazetteer import Gazetteer
>>> from geo_idlib.reports.mentions import find_mentions
>>> [(m.text, m.place.name, m.matched) for m in find_mentions(
...     "Shells fell on Kafr Nubl and the village of Hass, then on Bsekla.", Gazetteer.default())][-1]
('Bsekla', 'Basqala', 'near-miss')
"""
from __future__ import annotations

from geo_idlib.gazetteer import ACCEPT_SCORE, CONFIDENT_SCORE, SPELT_TIERS, Candidate, Place
from geo_idlib.geodesy import distances_km
from geo_idlib.names import fold
from geo_idlib.reports import evidence
from geo_idlib.reports.drafts import Draft, after_article, in_list, toponym_span
from geo_idlib.reports.lang.en.places import NEIGHBOURS
from geo_idlib.reports.resolution import PLACE_KINDS, Choice, Resolver
from geo_idlib.reports.spelling import MIN_CONSONANT_RATIO, near_miss
from geo_idlib.reports.weighing import cued


def near_misses(text: str, drafts: list[Draft], picked: list[Choice], keep: list[bool],
                 res: Resolver) -> None:
    """Names the gazetteer does not know (or not in the governorate the text states), in a place
    role, read as the nearby place they most resemble (see :mod:`geo_idlib.reports.spelling`);
    ``picked`` and ``keep`` are updated in place."""
    todo = [i for i, c in enumerate(picked)
            if c.cand is None or (drafts[i].admin1 and c.cand.place.admin1_pcode != drafts[i].admin1)]  # see _elsewhere
    if not todo:
        return
    before = list(zip(drafts, picked, keep))  # the report's places are read as they were before any miss
    nearby: list[Place] | None = None  # the places around the report, found when first needed
    named: set[str] = set()  # "al-" names read as places by a kind word ("the towns of al-Habit")
    for i in todo:
        d = drafts[i]
        surface = text[slice(*toponym_span(text, d))]
        # an English word ("Syrian", not the Arabic "al-Habit") or a neighbour's name is no
        # misspelling: asked first (cached)
        if (evidence.word_zipf(surface) >= evidence.LOOSE_ZIPF and not _arabic_name(text, d, surface, named)) \
                or fold(surface) in _NEIGHBOUR_KEYS:
            continue
        if not (cued(text, d) or any(in_list(text, drafts[j], d) or in_list(text, d, drafts[j])
                                     for j in (i - 1, i + 1) if 0 <= j < len(drafts))):
            continue
        if evidence.acronym(surface, text, d.start) or evidence.time_zone(text, d.lead) \
                or evidence.foreign_name(surface) or evidence.abroad(text, d.lead, d.end):
            continue
        if len(fold(surface)) < 4:  # "the village of Qah": too short to spot, or to read as a misspelling
            short = _short_name(res, d, surface)
            if short is not None:
                picked[i], keep[i] = Choice(short, 1, d.kind), True
            continue
        if d.admin1:
            pool = res.around([], {d.admin1})
        else:
            nearby = _around_report(before, res) if nearby is None else nearby
            pool = nearby
        # a list names different places: not a misspelling of the place next to it in the list
        listed = {fold(picked[j].cand.place.name) for j in (i - 1, i + 1) if 0 <= j < len(drafts)
                  and picked[j].cand is not None and (in_list(text, drafts[j], d) or in_list(text, d, drafts[j]))}
        pool = [p for p in pool if fold(p.name) not in listed] if listed else pool
        hit = near_miss(surface, pool) if pool else None
        if hit is None:
            continue
        picked[i] = miss_choice(d, *hit)
        keep[i] = True
        if after_article(text, d.start) and d.kind in PLACE_KINDS:
            named.add(fold(surface))


def _short_name(res: Resolver, d: Draft, surface: str) -> Candidate | None:
    """A name too short for the spotter's keys (three letters: "Qah", "al-Tah") that a kind word
    makes a place and the gazetteer spells so (exactly or by its folded key), in the stated
    governorate if any."""
    if not d.unspotted or d.kind not in PLACE_KINDS:
        return None
    found = [c for c in res.candidates(surface, d.admin1) if c.matched in SPELT_TIERS]
    return found[0] if found else None


def _arabic_name(text: str, d: Draft, surface: str, named: set[str]) -> bool:
    """Whether a name that spells an English word is an Arabic name all the same: its article
    hyphenated to it ("al-Habit") and a kind word making it a place ("the village of"), or
    the report read it so before. Other "al-" names ("al-Qaeda") stay words."""
    return after_article(text, d.start) and (d.kind in PLACE_KINDS or fold(surface) in named)


def _elsewhere(d: Draft, c: Choice) -> bool:
    """Whether a pick lies outside the governorate the text states."""
    return c.cand is not None and bool(d.admin1) and c.cand.place.admin1_pcode != d.admin1


def _around_report(rows: list[tuple[Draft, Choice, bool]], res: Resolver) -> list[Place]:
    """The places around a report's kept places (not regions), else in its governorates."""
    points = [c.cand.place.point for d, c, k in rows
              if k and c.cand is not None and c.precision < 3 and c.cand.place.kind not in ("admin unit", "region")
              and not _elsewhere(d, c)]
    govs = {c.cand.place.admin1_pcode for _, c, k in rows if k and c.cand is not None and c.governorate}
    return res.around(points, set() if points else govs)


_NEIGHBOUR_KEYS = frozenset(fold(w) for w in NEIGHBOURS)


#: A village this far (km) from every other place of a report yields to a namesake near them.
FAR_KM = 60.0


def miss_choice(d: Draft, place: Place, likeness: float) -> Choice:
    """The pick of a near-miss spelling, scored in the "check it" band."""
    score = ACCEPT_SCORE + (CONFIDENT_SCORE - ACCEPT_SCORE) * min(1.0, (likeness - MIN_CONSONANT_RATIO) / 60)
    precision = 2 if d.kind in ("near", "countryside") or d.direction else 1
    return Choice(Candidate(place, round(score, 4), "near-miss", place.name), precision,
                   d.kind if precision == 1 else (d.direction or d.kind))


def nearer_namesakes(text: str, rows: list[tuple[Draft, Choice]], res: Resolver) -> None:
    """A village picked far from every other place of the report yields to a namesake near them
    ("al-Muntar" in a report about southern Idlib and northern Hama is Hama's Al Mantar, not the
    Al-Muntar near al-Bab); ``rows`` are updated in place."""
    picks = [(i, c.cand) for i, (_, c) in enumerate(rows)  # a tie between namesakes is no evidence (see below)
             if c.cand is not None and c.precision < 3 and c.cand.place.kind not in ("admin unit", "region")
             and not c.ambiguous]
    if len(picks) < 3:
        return
    lats, lons = [cand.place.lat for _, cand in picks], [cand.place.lon for _, cand in picks]
    if max(lats) - min(lats) < FAR_KM / 111 and max(lons) - min(lons) < FAR_KM / 111:
        return  # all within a box of about FAR_KM: none is far from the others
    # a neighbour in the same or a touching cell of about FAR_KM is near enough: no geodesic needed
    cell = FAR_KM / 111 / 2
    keys = [(int(lat // cell), int(lon // cell)) for lat, lon in zip(lats, lons)]
    cells = dict.fromkeys(keys, 0)
    for key in keys:
        cells[key] += 1
    for k, (i, cand) in enumerate(picks):
        place = cand.place
        y, x = keys[k]
        # a place named twice shares its own cell: asked first, before the eight around it
        if cells[y, x] > 1 or place.kind not in ("village", "town") or place.population >= 10_000 \
                or cand.matched == "near-miss" \
                or sum(cells.get((y + a, x + b), 0) for a in (-1, 0, 1) for b in (-1, 0, 1)) > 1:
            continue
        lat, lon = lats[k], lons[k]
        others = [p for j, p in enumerate(zip(lats, lons)) if j != k]
        if distances_km(lat, lon, [a for a, _ in others], [b for _, b in others]).min() <= FAR_KM:
            continue
        d = rows[i][0]
        hit = near_miss(text[slice(*toponym_span(text, d))], res.around(others, set()))
        if hit is not None and hit[0].id != place.id:
            rows[i] = (d, miss_choice(d, *hit))
