"""Whose forces did it: ACLED actor names for the forces reports name (the phrases are the
language pack's ``forces``).

>>> find_actors("Russian jets pounded the town as rebels withdrew.")
['Military Forces of Russia', 'Syrian opposition rebels']
"""
from __future__ import annotations

from functools import lru_cache

from geo_idlib.reports.lang import Lexicon, lexicon
from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["AIR_ACTORS", "GOVERNMENT_ACTORS", "SPEAKS_FOR", "actor_spans", "find_actors"]

#: Actors that fly: the ones an air strike can be put on.
AIR_ACTORS = frozenset({"Military Forces of Syria", "Military Forces of Russia"})
#: The government side: what it takes is "Government regains territory".
GOVERNMENT_ACTORS = AIR_ACTORS
#: The forces a cited source speaks for (its denial is of what they did, not of others' strikes).
SPEAKS_FOR = {"Russian Ministry of Defence": GOVERNMENT_ACTORS, "Russian government": GOVERNMENT_ACTORS,
              "Syrian state media": GOVERNMENT_ACTORS, "Turkish officials": frozenset({"Military Forces of Turkey"})}


@lru_cache(maxsize=None)
def _matcher(lex: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(lex.forces)


def actor_spans(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, actor)`` of every force ``text`` names, in order.

    >>> actor_spans("Russian jets and HTS")
    [(0, 12, 'Military Forces of Russia'), (17, 20, 'Hayat Tahrir al-Sham')]
    """
    return _matcher(lex or lexicon("en")).find(text)


def find_actors(sentence: str, lex: Lexicon | None = None) -> list[str]:
    """The actors a sentence names, in order of first mention, each once.

    >>> find_actors("Russian-backed government forces captured the town from HTS.")
    ['Military Forces of Syria', 'Hayat Tahrir al-Sham']
    """
    return list(dict.fromkeys(name for _, _, name in actor_spans(sentence, lex)))
