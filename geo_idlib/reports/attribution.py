"""Who said it: the sources a report cites for a claim, and whether they deny it.

>>> [(a.who, a.stance) for a in find_attributions("Civil defense sources said jets hit the town.")]
[('Syrian Civil Defence', 'says')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Attribution", "find_attributions", "SOURCES"]

#: Canonical source names and the phrases reports use for them (regular expressions).
SOURCES = {
    "Syrian Observatory for Human Rights": r"Syrian Observatory(?: for Human Rights)?|the Observatory|SOHR|(?:a|the) (?:Britain|UK)-based (?:war )?monitor",
    "Syrian Civil Defence": r"civil defen[cs]e(?: sources| workers| officials| volunteers)?|White Helmets",
    "rescuers": r"rescuers|rescue workers",
    "medical sources": r"medics|doctors|hospital (?:officials|staff|director)|medical sources",
    "residents": r"residents|witnesses|locals",
    "activists": r"activists|opposition media",
    "United Nations": r"the United Nations|the UN|UN officials|OCHA|UNHCR",
    "Russian Ministry of Defence": r"Russia'?s (?:defen[cs]e|defense) ministry|(?:the )?Russian (?:defen[cs]e|defense) ministry|Moscow|the Kremlin",
    "Syrian state media": r"(?:Syrian )?state media|SANA|state television|the Syrian army|army (?:officials|sources)|a military source",
    "Turkish officials": r"Turkish officials|Ankara",
}
_DENY = r"denie[sd]|deny|denying|rejected|dismissed"
_SAY = (r"said|says|say|saying|told|reported|reports|stated|estimated|counted|documented|put the "
        r"(?:death )?toll|according to|claimed|claims|confirmed|announced")
# Every verb above holds one of these: sentences without any are skipped cheaply.
_VERB_HINTS = ("said", "say", "told", "report", "stated", "estimated", "counted", "documented", "toll", "according",
               "claim", "confirm", "announc", "deni", "deny", "reject", "dismiss")
_SOURCE_RE = re.compile(r"\b(?:" + "|".join(f"(?P<s{i}>{rx})" for i, rx in enumerate(SOURCES.values())) + r")\b",
                        re.IGNORECASE)
_NAMES = list(SOURCES)
_VERB_RE = re.compile(rf"\b(?P<deny>{_DENY})\b|\b(?P<say>{_SAY})\b", re.IGNORECASE)


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
    low = sentence.lower()
    verbs = list(_VERB_RE.finditer(sentence)) if any(h in low for h in _VERB_HINTS) else []
    if not verbs:
        return []
    out, seen = [], set()
    for m in _SOURCE_RE.finditer(sentence):
        who = _NAMES[int(m.lastgroup[1:])]
        if who in seen:
            continue
        seen.add(who)
        nearest = min(verbs, key=lambda v: abs(v.start() - m.start()))
        out.append(Attribution(who, "denies" if nearest.group("deny") else "says", m.start(), m.end()))
    return out
