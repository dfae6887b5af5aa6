"""Whose forces did it: ACLED actor names for the forces reports name.

>>> find_actors("Russian jets pounded the town as rebels withdrew.")
['Military Forces of Russia', 'Syrian opposition rebels']
"""
from __future__ import annotations

from geo_idlib.reports.phrases import PhraseMatcher, expand

__all__ = ["ACTORS", "AIR_ACTORS", "actor_spans", "find_actors"]

_FORCES = " forces| troops"
#: Actor names (ACLED style) and the phrases that name them (case-insensitive, whole words).
ACTORS = {
    "Military Forces of Syria": [
        *expand("Russian|Russia|Iran|Iranian", "-backed |-backed Syrian | backed | backed Syrian ",
                "government|army|regime|pro-government", _FORCES),
        *expand("Syrian ", "government|army|regime|air force", "| jets| warplanes| helicopters| aircraft|" + _FORCES),
        *expand("government", " jets| warplanes| helicopters| aircraft|" + _FORCES),
        *expand("pro-government", _FORCES + "| militias"), "regime", "Syrian troops", "the army",
        "the Syrian army", *expand("Assad", "|'s|s", _FORCES), "barrel bomb", "barrel bombs",
    ],
    "Military Forces of Russia": [
        *expand("Russian ", "jets|warplanes|aircraft|planes|air force|airforce|bombers|helicopters|forces|military"
                "|air strikes|airstrikes|raids"),
        *expand("Russia's |Russias ", "jets|warplanes|aircraft|air force|military"),
        *expand("Russian and Syrian ", "jets|warplanes|aircraft"),
    ],
    "Military Forces of Turkey": expand("Turkish ", "forces|army|troops|military|soldiers"),
    "Hayat Tahrir al-Sham": [*expand("Hayat |", "Tahrir al", "-| ", "Sham"), "HTS"],
    "Syrian opposition rebels": ["rebel", "rebels", "insurgents", "militants", "jihadists",
                                 *expand("opposition ", "fighters|factions|groups")],
}
#: Actors that fly: the ones an air strike can be put on.
AIR_ACTORS = frozenset({"Military Forces of Syria", "Military Forces of Russia"})
_MATCHER = PhraseMatcher(ACTORS)


def actor_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, actor)`` of every force ``text`` names, in order.

    >>> actor_spans("Russian jets and HTS")
    [(0, 12, 'Military Forces of Russia'), (17, 20, 'Hayat Tahrir al-Sham')]
    """
    return _MATCHER.find(text)


def find_actors(sentence: str) -> list[str]:
    """The actors a sentence names, in order of first mention, each once.

    >>> find_actors("Russian-backed government forces captured the town from HTS.")
    ['Military Forces of Syria', 'Hayat Tahrir al-Sham']
    """
    return list(dict.fromkeys(name for _, _, name in _MATCHER.find(sentence)))
