"""Weighing: which spotted names of a report are places, by the rules of
:mod:`geo_idlib.reports.evidence` (acronyms and time zones never; a name that reads as an English
word only capitalised where capitals mean something and in a place role; a list of accepted
places vouches for its other names).

>>> from geo_idlib.reports.drafts import Draft
>>> cued("Raids on Has.", Draft(9, 12, "Has")), cued("Has it ended?", Draft(0, 3, "Has"))
(True, False)
"""
from __future__ import annotations

from functools import lru_cache

from geo_idlib.gazetteer import SPELT_TIERS
from geo_idlib.names import ARTICLES, is_arabic, tokens
from geo_idlib.reports import evidence
from geo_idlib.reports.drafts import Draft, toponym_span
from geo_idlib.reports.lang.en.places import PLACE_CUES
from geo_idlib.reports.resolution import Choice, Resolver


def cued(text: str, d: Draft) -> bool:
    """Whether the words around a draft put it in a place role (kind, direction, stated
    governorate, or a place word right before it: "in X", "shelled X")."""
    if d.kind or d.direction or d.admin1:
        return True
    last = text[max(0, d.lead - 24):d.lead].split()
    return bool(last) and last[-1].lower().strip(",;:\"'\u201c") in PLACE_CUES


def _needs_evidence(res: Resolver, surface: str, name: str, matched: str) -> bool:
    """Whether the name reads as an English word (or met its place only loosely) and so counts
    as a place only with evidence (see :mod:`geo_idlib.reports.evidence`); ``name`` is the
    spotted span, ``matched`` how it met its place ('' for none); asked of Latin names only."""
    if surface.lower() in res.admitted or name.lower() in res.admitted:
        return False
    if matched in SPELT_TIERS and len([w for w in tokens(name) if w not in ARTICLES]) > 1:
        return False  # a name of several words spelt as the gazetteer spells it ("the Turkish border")
    zipf = evidence.word_zipf(surface)
    return zipf >= evidence.COMMON_ZIPF or (matched in ("skeleton", "fuzzy") and zipf >= evidence.LOOSE_ZIPF)


def _capital_evidence(text: str, d: Draft, surface: str) -> bool:
    """Capitalised where capitals say something: not at a sentence or line start, not in a headline."""
    return surface[:1].isupper() and not evidence.sentence_initial(text, d.lead) and not evidence.headline(text, d.lead)


@lru_cache(maxsize=100_000)  # names recur from report to report
def _name_facts(res: Resolver, surface: str, name: str, matched: str) -> tuple[bool, bool, bool]:
    """What a name's spelling says, whatever its words: whether it is in Arabic script (its words
    are read in :mod:`~geo_idlib.reports.arabic_drafts`, never here), whether it is a well-known
    place abroad met only loosely, and whether it needs evidence (see :func:`_needs_evidence`)."""
    if is_arabic(surface):
        return True, False, False
    known_abroad = matched not in SPELT_TIERS and evidence.foreign_name(surface)
    return False, known_abroad, _needs_evidence(res, surface, name, matched)


def weigh(text: str, drafts: list[Draft], picked: list[Choice], res: Resolver) -> tuple[list[bool], list[int]]:
    """Which drafts are places: acronyms and time zones never; a name that reads as an English
    word only with capitals that mean something and a place cue. Also returns the drafts that a
    list of accepted places would vouch for (see :func:`vouch`)."""
    keep, needy = [], []
    foreign = evidence.foreign_words(text)  # a name with none of these words near is not put abroad by them
    for i, (d, c) in enumerate(zip(drafts, picked)):
        start, end = toponym_span(text, d)
        surface = text[start:end]
        matched = c.cand.matched if c.cand is not None else ""
        arabic_script, known_abroad, needs_evidence = _name_facts(res, surface, d.text, matched)
        if not arabic_script and (known_abroad or (foreign and evidence.abroad(text, d.lead, end, foreign))):
            d.kind = "abroad"  # not even an unknown place of ours
            keep.append(False)
            continue
        if d.unspotted or (surface.isupper() and evidence.acronym(surface, text, d.start)) \
                or (text.find(":", max(0, d.lead - 12), d.lead) >= 0 and evidence.time_zone(text, d.lead)):
            keep.append(False)
            continue
        if not needs_evidence:
            keep.append(True)
            continue
        capitals = not evidence.common_word(surface) or _capital_evidence(text, d, surface)
        keep.append(cued(text, d) and capitals)
        if not keep[-1] and capitals:
            needy.append(i)
    return keep, needy


def vouch(chains: list[list[int]], picked: list[Choice], keep: list[bool], needy: list[int]) -> None:
    """A list of accepted places vouches for its other names ("Kansafra, Bsekla, Has and Abdin")."""
    if not needy:
        return
    for chain in chains:
        for i in chain:
            if i in needy and any(keep[j] and picked[j].cand is not None for j in chain if j != i):
                keep[i] = True
