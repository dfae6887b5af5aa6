"""Geoparsing: every place name in a report, resolved in the context of the whole report.

The rooms along the way: :mod:`~geo_idlib.reports.spotting` (the spans that spell a known name),
:mod:`~geo_idlib.reports.arabic_drafts` (Arabic names read in their words),
:mod:`~geo_idlib.reports.drafts` (what the words around each name say),
:mod:`~geo_idlib.reports.resolution` (the gazetteer's pick in that context),
:mod:`~geo_idlib.reports.weighing` (which names are places at all: evidence before a common
word is one), :mod:`~geo_idlib.reports.vicinity` (misspellings and namesakes read against the
places around the report); then the report's unambiguous places pull ambiguous names toward
them, a later short form takes the place named before, and a capital that speaks stands for its
government.

>>> from geo_idlib.gazetteer import Gazetteer
>>> [(m.text, m.place.name, m.precision) for m in find_mentions("Jets hit Saraqeb.", Gazetteer.default())]
[('Saraqeb', 'Saraqib', 1)]
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from geo_idlib.gazetteer import Gazetteer, Place
from geo_idlib.names import ARTICLES, fold, skeleton, tokens
from geo_idlib.reports import arabic
from geo_idlib.reports.arabic_drafts import arabic_span, qualify_arabic
from geo_idlib.reports.drafts import (
    Draft,
    list_chains,
    qualify,
    state_governorates,
    toponym_span,
    unspotted,
)
from geo_idlib.reports.lang.en.places import GOVERNMENT_VERBS
from geo_idlib.reports.resolution import (
    PLACE_KINDS,
    Choice,
    Resolver,
    follow_lists,
    median,
    pick,
    resolver_for,
)
from geo_idlib.reports.spotting import (
    WORD_AFTER_RE,
    PlaceMatcher,
    article_start,
    looks_like_place,
    matcher_for,
)
from geo_idlib.reports.vicinity import near_misses, nearer_namesakes
from geo_idlib.reports.weighing import vouch, weigh

__all__ = ["Mention", "PlaceMatcher", "find_mentions", "matcher_for"]

_START = attrgetter("start")


@dataclass(frozen=True, init=False)
class Mention:
    """A place name found in a text: the toponym's span and surface form ("Idlib" in "southern
    Idlib province", with an attached article: "al-Muntar"), the resolved place (or None) and how.

    ``precision`` is ACLED's geo_precision (1 the place itself, 2 near or part of it, 3 a
    region or province); ``qualifier`` the words that decided it ("city", "province",
    "southern", "near", "airbase", or "government" for a capital standing for its government);
    ``matched`` how the name met the place (the gazetteer's tiers, "near-miss" for a misspelling
    read against the places around, "earlier" for a short form of a name the report gave before).
    """

    text: str
    start: int
    end: int
    place: Place | None = None
    score: float = 0.0
    precision: int = 1
    qualifier: str = ""
    matched: str = ""

    def __init__(self, text: str, start: int, end: int, place: Place | None = None, score: float = 0.0,
                 precision: int = 1, qualifier: str = "", matched: str = "") -> None:
        # every field at once: a frozen dataclass's own __init__ sets each with a call of its own,
        # twice as slow, and a report makes a mention per name
        self.__dict__.update(text=text, start=start, end=end, place=place, score=score, precision=precision,
                             qualifier=qualifier, matched=matched)

    def to_dict(self) -> dict:
        """The ``geoparse --json`` form."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "place": self.place.to_dict() if self.place else None, "score": round(self.score, 4),
                "geo_precision": self.precision, "qualifier": self.qualifier, "matched": self.matched}


def _earlier_forms(mentions: list[Mention]) -> list[Mention]:
    """A later bare name takes the place the report named in full before: "Maarat" after
    "Maarat al-Numan", "Abu Duhur" after "the Abu Duhur air base". Governorate names keep their
    own reading."""
    seen: dict[str, Mention] = {}
    out = []
    for m in mentions:
        if m.place is None or m.place.kind in ("admin unit", "region"):
            out.append(m)
            continue
        keys = _coreference_keys(m.text)
        earlier = seen.get(keys[0]) if keys else None
        if earlier is None and len(keys) > 1:
            earlier = seen.get(keys[1])
        if earlier is not None and not m.qualifier and m.matched != "exact" and earlier.place.id != m.place.id:
            m = Mention(m.text, m.start, m.end, earlier.place, earlier.score, earlier.precision, "", "earlier")
        for k in keys:
            seen.setdefault(k, m)
        out.append(m)
    return out


@lru_cache(maxsize=100_000)
def _coreference_keys(toponym: str) -> tuple[str, ...]:
    """The keys a later short form may meet a toponym by: its folded key, its consonant skeleton
    (3+ letters) and the folded key of its first word (4+ letters, of a name of several words)."""
    skel = skeleton(toponym)
    words = [w for w in tokens(toponym) if w not in ARTICLES]
    keys = [fold(toponym), skel if len(skel) >= 3 else ""]
    if len(words) > 1 and len(words[0]) >= 4:
        keys.append(fold(words[0]))
    return tuple(k for k in keys if k)


_CAPITAL_KINDS = frozenset({"city", "admin unit"})  # the kinds of place that may stand for a government


def _government(text: str, m: Mention) -> Mention:
    """A capital followed by a verb of speech or stance stands for its government ("Damascus
    denied"): the mention keeps its place, with the qualifier "government"."""
    if m.place is None or m.place.kind not in _CAPITAL_KINDS:
        return m
    after = WORD_AFTER_RE.match(text, m.end, m.end + 30)
    if after is None or after.group(1).lower() not in GOVERNMENT_VERBS:
        return m
    return Mention(m.text, m.start, m.end, m.place, m.score, m.precision, "government", m.matched)


def _spotted(text: str, matcher: PlaceMatcher, runs: list[tuple[int, str]], res: Resolver) -> list[Draft]:
    """The drafts of the names :meth:`PlaceMatcher.spans` keeps: leftmost-longest, Arabic spans
    that may be names (:func:`arabic_span`), Latin ones that look like places (with the article
    before them found once, for the check and the draft)."""
    drafts: list[Draft] = []
    taken = -1  # where the last kept span ends
    for start, end in matcher.candidates(text, runs):
        if start < taken:
            continue
        lead = article_start(text, start)
        if arabic_span(text, start, end, res) if text[start] in arabic.LETTERS else looks_like_place(text, start, end, lead):
            drafts.append(Draft(start, end, text[start:end], lead))
            taken = end
    return drafts


def find_mentions(text: str, gazetteer: Gazetteer, *, matcher: PlaceMatcher | None = None) -> list[Mention]:
    """Every place mention in ``text``, in order, resolved in the context of the whole text.

    A spotted name the gazetteer cannot resolve is kept with ``place=None`` only when the
    words around it say it is a place ("the village of X"); otherwise it is dropped.

    >>> from geo_idlib.gazetteer import Gazetteer
    >>> ms = find_mentions("Strikes hit the cities of Saraqeb and Idlib and southern Idlib.", Gazetteer.default())
    >>> [(m.text, m.place.kind, m.precision, m.qualifier) for m in ms]
    [('Saraqeb', 'town', 1, 'city'), ('Idlib', 'city', 1, 'city'), ('Idlib', 'region', 3, 'southern')]
    """
    if arabic.has_marks(text):  # tashkeel (قُتل، معرّة) read with tatweel in its place: words stay whole
        found = find_mentions(arabic.MARKS_RE.sub("\u0640", text), gazetteer, matcher=matcher)
        return [replace(m, text=text[m.start:m.end]) for m in found]
    matcher = matcher or matcher_for(gazetteer)
    res = resolver_for(gazetteer)
    runs = matcher._runs(text)
    drafts = _spotted(text, matcher, runs, res)
    drafts = qualify_arabic(text, drafts, res)
    misspelt = unspotted(text, [(d.lead, d.end) for d in drafts], runs)
    if misspelt:  # the spotted drafts come in order already
        drafts = sorted(drafts + misspelt, key=_START)
    if not drafts:  # no name at all: nothing to read around
        return []
    chains = list_chains(text, drafts)
    qualify(text, drafts, chains)
    state_governorates(text, drafts, chains, res)
    city_names = {fold(d.text) for d in drafts if d.kind == "city"}
    picked = [Choice(None, 1, d.kind) if d.unspotted else pick(text, d, res, city_names) for d in drafts]
    follow_lists(text, drafts, chains, picked, res, city_names)
    keep, needy = weigh(text, drafts, picked, res)
    near_misses(text, drafts, picked, keep, res)
    vouch(chains, picked, keep, needy)
    rows = [(d, c) for d, c, k in zip(drafts, picked, keep)
            if (k and c.cand is not None) or (c.cand is None and d.kind and (k or d.kind in PLACE_KINDS))]
    nearer_namesakes(text, rows, res)
    # Context: unambiguous places pull ambiguous names toward them (their median: a far capital
    # named in passing does not pull).
    near = None
    if any(c.pool and c.ambiguous for _, c in rows):
        anchors = [c.cand.place.point for _, c in rows if c.pool and not c.ambiguous]
        near = (median([a[0] for a in anchors]), median([a[1] for a in anchors])) if anchors else None
    out = []
    for d, c in rows:
        cand = c.cand
        if c.pool and near and c.ambiguous:
            cand = (res.candidates(d.text, c.admin1, c.kinds, near) or (cand,))[0]
        start, end = toponym_span(text, d)
        qualifier = c.qualifier
        if cand is not None and cand.place.kind == "region" and start > d.start:  # "southern": what made it a region
            qualifier = " ".join(w for w in text[d.start:start].lower().split() if w != "the") or qualifier
        elif cand is not None and cand.place.kind == "region" and d.direction:  # إدلب of ريف إدلب الجنوبي
            qualifier = d.direction
        m = Mention(text[start:end], start, end, cand.place if cand else None, cand.score if cand else 0.0,
                    c.precision, qualifier, cand.matched if cand else "")
        out.append(_government(text, m) if cand is not None and cand.place.kind in _CAPITAL_KINDS else m)
    return _earlier_forms(out)
