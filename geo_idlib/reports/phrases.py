"""Word-bounded phrase spotting with one Aho-Corasick automaton: the cue words of the rule
components (actors, sources, targets, event cues), found in one pass instead of one regular
expression per family.

>>> m = PhraseMatcher({"air": expand("air strike|airstrike", "|s"), "strike": ["strike", "strikes"]})
>>> m.find("Air strikes and a strike; not airstrikers.")
[(0, 11, 'air'), (18, 24, 'strike')]
"""
from __future__ import annotations

from itertools import product
from typing import Iterable

import ahocorasick

__all__ = ["PhraseMatcher", "expand"]


def expand(*parts: str) -> list[str]:
    """Every phrase made of one alternative of each ``|``-separated part, in order.

    >>> expand("Russian|Syrian", " jets| warplanes")
    ['Russian jets', 'Russian warplanes', 'Syrian jets', 'Syrian warplanes']
    """
    return ["".join(p) for p in product(*(part.split("|") for part in parts))]


class PhraseMatcher:
    """Case-insensitive, word-bounded, leftmost-longest phrase matches labelled by family.

    A phrase listed under two labels keeps the first label given.
    """

    def __init__(self, phrases: dict[str, Iterable[str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for label, items in phrases.items():
            for phrase in items:
                key = phrase.lower()
                if key and key not in self._automaton:
                    self._automaton.add_word(key, (label, len(key)))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of the phrases in ``text``, in order, not overlapping."""
        low = text.lower()
        if len(low) != len(text):  # a few letters lower-case to two characters: keep offsets
            low = "".join(c.lower()[:1] for c in text)
        hits = []
        size = len(low)
        for last, (label, length) in self._automaton.iter(low):
            start, end = last + 1 - length, last + 1
            if (start == 0 or not low[start - 1].isalnum()) and (end == size or not low[end].isalnum()):
                hits.append((start, end, label))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        out: list[tuple[int, int, str]] = []
        for hit in hits:
            if not out or hit[0] >= out[-1][1]:
                out.append(hit)
        return out

    def labels(self, text: str) -> set[str]:
        """The labels present in ``text``.

        >>> PhraseMatcher({"a": ["jets"]}).labels("Jets hit.")
        {'a'}
        """
        return {label for _, _, label in self.find(text)}
