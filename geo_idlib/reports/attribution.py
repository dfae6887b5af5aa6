"""Who said it: the sources a report cites for a claim, and whether they deny it (the source
names and verbs are the language pack's ``sources`` and ``verbs``).

>>> [(a.who, a.stance) for a in find_attributions("Civil defense sources said jets hit the town.")]
[('Syrian Civil Defence', 'says')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from geo_idlib.reports.lang import Lexicon, lexicon
from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["Attribution", "STANCES", "find_attributions", "attribution_phrases", "attribution_spans", "attributions"]

#: The labels of verbs: saying and denying.
STANCES = ("says", "denies")


@dataclass(frozen=True)
class Attribution:
    """A cited source: canonical name, ``says`` or ``denies``, and the span of its mention."""

    who: str
    stance: str
    start: int
    end: int


def attribution_phrases(lex: Lexicon) -> dict[str, list[str]]:
    """Verbs (labelled by stance) and sources (labelled by canonical name), for a phrase matcher."""
    return {**lex.verbs, **lex.sources}


@lru_cache(maxsize=None)
def _matcher(lex: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(attribution_phrases(lex))


def find_attributions(sentence: str, lex: Lexicon | None = None) -> list[Attribution]:
    """The sources a sentence attributes its claim to (only when it has a verb of saying).

    >>> [(a.who, a.stance) for a in find_attributions("Russia's defence ministry denied the strikes.")]
    [('Russian Ministry of Defence', 'denies')]
    >>> find_attributions("Rescuers reached the town.")
    []
    """
    return attributions(attribution_spans(sentence, lex))


def attribution_spans(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the sources (canonical name) and verbs (``says``/``denies``)
    in ``text``: spot them once in a whole report, then read them sentence by sentence.

    >>> attribution_spans("Rescuers said")
    [(0, 8, 'rescuers'), (9, 13, 'says')]
    """
    return _matcher(lex or lexicon("en")).find(text)


def attributions(hits: list[tuple[int, int, str]]) -> list[Attribution]:
    """The attributions of one sentence's :func:`attribution_spans` (sources need a verb)."""
    verbs = [(start, stance) for start, _, stance in hits if stance in STANCES]
    if not verbs:
        return []
    out, seen = [], set()
    for start, end, who in hits:
        if who in STANCES or who in seen:
            continue
        seen.add(who)
        stance = min(verbs, key=lambda v: abs(v[0] - start))[1]
        out.append(Attribution(who, stance, start, end))
    return out
