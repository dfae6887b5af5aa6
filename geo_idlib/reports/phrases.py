"""Word-bounded phrase spotting with one Aho-Corasick automaton: the cue words of the rule
components (actors, sources, targets, event cues), found in one pass instead of one regular
expression per family.

>>> m = PhraseMatcher({"air": expand("air strike|airstrike", "|s"), "strike": ["strike", "strikes"]})
>>> m.find("Air strikes and a strike; not airstrikers.")
[(0, 11, 'air'), (18, 24, 'strike')]
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from typing import Iterable

import ahocorasick

__all__ = ["PhraseMatcher", "expand"]

_SEPARATORS_RE = re.compile(r"[^\w ]")  # what is not a letter, digit, "_" or space


def expand(*parts: str) -> list[str]:
    """Every phrase made of one alternative of each ``|``-separated part, in order.

    >>> expand("Russian|Syrian", " jets| warplanes")
    ['Russian jets', 'Russian warplanes', 'Syrian jets', 'Syrian warplanes']
    """
    return ["".join(p) for p in product(*(part.split("|") for part in parts))]


@lru_cache(maxsize=1)  # the matchers of one report run over the same text one after another
def _spaced(text: str) -> str:
    """``text`` lower-cased, letters and digits kept, everything else a space, after one leading
    space: a key (" phrase") can only match where a word starts, so the automaton reports no
    matches inside words. Same length as ``text`` plus one.

    >>> _spaced("Jets' RAIDS-hit")
    ' jets  raids hit'
    """
    low = text.lower()
    if len(low) != len(text):  # a few letters lower-case to two characters: keep offsets
        low = "".join(c.lower()[:1] for c in text)
    return " " + _SEPARATORS_RE.sub(" ", low.replace("_", " "))


class PhraseMatcher:
    """Case-insensitive, word-bounded, leftmost-longest phrase matches labelled by family.

    Every character that is not a letter or digit counts as a space ("pro-government" also
    matches "pro government"). A phrase listed under two labels keeps the first label given.
    """

    def __init__(self, phrases: dict[str, Iterable[str]]) -> None:
        self._automaton = ahocorasick.Automaton()
        for label, items in phrases.items():
            for phrase in items:
                key = _spaced(phrase)  # " phrase": matches start on a word
                if key.strip() and key not in self._automaton:
                    self._automaton.add_word(key, (label, len(key) - 1))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of the phrases in ``text``, in order, not overlapping."""
        spaced = _spaced(text)
        hits = []
        size = len(text)
        for last, (label, length) in self._automaton.iter(spaced):
            end = last  # offsets in ``spaced`` are one more than in ``text``
            if end == size or spaced[end + 1] == " ":
                hits.append((end - length, end, label))
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
