"""What was hit: the target classes a strike report names (the words are the language pack's).

>>> find_targets("The strike hit a hospital and a busy market.")
['hospital', 'market']
"""
from __future__ import annotations

from functools import lru_cache

from geo_idlib.reports.lang import Lexicon, lexicon
from geo_idlib.reports.phrases import PhraseMatcher

__all__ = ["find_targets", "target_spans"]


@lru_cache(maxsize=None)
def _matcher(lex: Lexicon) -> PhraseMatcher:
    return PhraseMatcher(lex.targets)


def target_spans(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, target class)`` of every target word in ``text``.

    >>> target_spans("a residential building collapsed")
    [(2, 13, 'residential'), (14, 22, 'residential')]
    """
    return _matcher(lex or lexicon("en")).find(text)


def find_targets(sentence: str, lex: Lexicon | None = None) -> list[str]:
    """Target classes named in ``sentence``, sorted, each once.

    >>> find_targets("a residential building collapsed")
    ['residential']
    """
    return sorted({target for _, _, target in target_spans(sentence, lex)})
