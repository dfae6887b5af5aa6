"""Whose forces did it: ACLED actor names for the forces reports name.

>>> find_actors("Russian jets pounded the town as rebels withdrew.")
['Military Forces of Russia', 'Syrian opposition rebels']
"""
from __future__ import annotations

import re

__all__ = ["ACTORS", "AIR_ACTORS", "find_actors"]

#: Actor names (ACLED style) and the phrases that name them, most specific first.
ACTORS = {
    "Military Forces of Syria": (
        r"(?:Russian|Russia|Iran|Iranian)[- ]backed (?:Syrian )?(?:government|army|regime|pro-government)"
        r" (?:forces|troops)|Syrian (?:government|army|regime|air force)(?: jets| warplanes| helicopters"
        r"| forces| troops| aircraft)?|government (?:forces|troops|jets|warplanes|helicopters|aircraft)"
        r"|(?:the )?regime|pro-government (?:forces|militias|troops)|Syrian troops|the (?:Syrian )?army"
        r"|Assad'?s? forces|barrel bombs?"
    ),
    "Military Forces of Russia": (
        r"Russian (?:jets|warplanes|aircraft|planes|air ?force|bombers|helicopters|forces|military|air strikes"
        r"|airstrikes|raids)|Russia'?s (?:jets|warplanes|aircraft|air force|military)|Russian and Syrian"
        r" (?:jets|warplanes|aircraft)"
    ),
    "Military Forces of Turkey": r"Turkish (?:forces|army|troops|military|soldiers)",
    "Hayat Tahrir al-Sham": r"Hayat Tahrir al[- ]Sham|Tahrir al[- ]Sham|\bHTS\b",
    "Syrian opposition rebels": r"rebels?|insurgents|opposition (?:fighters|factions|groups)|militants|jihadists",
}
#: Actors that fly: the ones an air strike can be put on.
AIR_ACTORS = frozenset({"Military Forces of Syria", "Military Forces of Russia"})
_NAMES = list(ACTORS)
# Every phrase above holds one of these: sentences without any are skipped cheaply.
_HINTS = ("russia", "iran", "syrian", "government", "regime", "army", "assad", "barrel", "turkish", "tahrir",
          "hts", "rebel", "insurgent", "opposition", "militant", "jihadist")
_ACTOR_RE = re.compile(r"\b(?:" + "|".join(f"(?P<a{i}>{rx})" for i, rx in enumerate(ACTORS.values())) + ")",
                       re.IGNORECASE)


def find_actors(sentence: str) -> list[str]:
    """The actors a sentence names, in order of first mention, each once.

    >>> find_actors("Russian-backed government forces captured the town from HTS.")
    ['Military Forces of Syria', 'Hayat Tahrir al-Sham']
    """
    out: list[str] = []
    low = sentence.lower()
    if not any(h in low for h in _HINTS):
        return out
    for m in _ACTOR_RE.finditer(sentence):
        name = _NAMES[int(m.lastgroup[1:])]
        if name not in out:
            out.append(name)
    return out
