"""Who said it: the sources a report cites for a claim, and whether they deny it.

>>> [(a.who, a.stance) for a in find_attributions("Civil defense sources said jets hit the town.")]
[('Syrian Civil Defence', 'says')]
"""
from __future__ import annotations

from dataclasses import dataclass

from geo_idlib.reports.phrases import PhraseMatcher, expand

__all__ = ["Attribution", "find_attributions", "attribution_spans", "attributions", "SOURCES", "VERBS", "PHRASES"]

#: Canonical source names and the phrases reports use for them (case-insensitive, whole words).
SOURCES = {
    "Syrian Observatory for Human Rights": [
        "Syrian Observatory", "Syrian Observatory for Human Rights", "the Observatory", "SOHR",
        *expand("a |the ", "Britain|UK", "-based ", "|war ", "monitor")],
    "Syrian Civil Defence": [*expand("civil defen", "c|s", "e", "| sources| workers| officials| volunteers"),
                             "White Helmets"],
    "rescuers": ["rescuers", "rescue workers"],
    "medical sources": ["medics", "doctors", "medical sources", *expand("hospital ", "officials|staff|director")],
    "residents": ["residents", "locals", "witnesses", "eyewitnesses", "a witness", "an eyewitness"],
    "activists": ["activists", "opposition media"],
    "United Nations": ["the United Nations", "the UN", "UN officials", "OCHA", "UNHCR"],
    "Russian Ministry of Defence": [*expand("Russia's |Russias |Russian |the Russian ", "defence|defense", " ministry"),
                                    "Moscow", "the Kremlin"],
    "Syrian state media": ["state media", "Syrian state media", "SANA", "state television", "the Syrian army",
                           *expand("army ", "officials|sources"), "a military source"],
    "Turkish officials": ["Turkish officials", "Ankara"],
}
#: Verbs of saying and of denying.
VERBS = {
    "denies": ["denies", "denied", "deny", "denying", "rejected", "dismissed"],
    "says": ["said", "says", "say", "saying", "told", "reported", "reports", "stated", "estimated", "counted",
             "documented", *expand("put the ", "|death ", "toll"), "according to", "claimed", "claims",
             "confirmed", "announced"],
}
#: Verbs and sources together, as :func:`attribution_spans` labels them.
PHRASES = {**VERBS, **SOURCES}
_MATCHER = PhraseMatcher(PHRASES)


@dataclass(frozen=True)
class Attribution:
    """A cited source: canonical name, ``says`` or ``denies``, and the span of its mention."""

    who: str
    stance: str
    start: int
    end: int


def find_attributions(sentence: str) -> list[Attribution]:
    """The sources a sentence attributes its claim to (only when it has a verb of saying).

    >>> [(a.who, a.stance) for a in find_attributions("Russia's defence ministry denied the strikes.")]
    [('Russian Ministry of Defence', 'denies')]
    >>> find_attributions("Rescuers reached the town.")
    []
    """
    return attributions(attribution_spans(sentence))


def attribution_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of the sources (canonical name) and verbs (``says``/``denies``)
    in ``text``: spot them once in a whole report, then read them sentence by sentence.

    >>> attribution_spans("Rescuers said")
    [(0, 8, 'rescuers'), (9, 13, 'says')]
    """
    return _MATCHER.find(text)


def attributions(hits: list[tuple[int, int, str]]) -> list[Attribution]:
    """The attributions of one sentence's :func:`attribution_spans` (sources need a verb)."""
    verbs = [(start, stance) for start, _, stance in hits if stance in VERBS]
    if not verbs:
        return []
    out, seen = [], set()
    for start, end, who in hits:
        if who in VERBS or who in seen:
            continue
        seen.add(who)
        stance = min(verbs, key=lambda v: abs(v[0] - start))[1]
        out.append(Attribution(who, stance, start, end))
    return out
