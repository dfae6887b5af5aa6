"""Word-bounded phrase spotting with one Aho-Corasick automaton: the cue words of the rule
components (actors, sources, targets, event cues), found in one pass instead of one regular
expression per family.

>>> m = PhraseMatcher({"air": expand("air strike|airstrike", "|s"), "strike": ["strike", "strikes"]})
>>> m.find("Air strikes and a strike; not airstrikers.")
[(0, 11, 'air'), (18, 24, 'strike')]
"""
from __future__ import annotations

import re
from itertools import product
from typing import Iterable

import ahocorasick

__all__ = ["PhraseFamilies", "PhraseMatcher", "expand"]

_SEPARATORS_RE = re.compile(r"[^\w ]")  # what is not a letter, digit, "_" or space


def expand(*parts: str) -> list[str]:
    """Every phrase made of one alternative of each ``|``-separated part, in order.

    >>> expand("Russian|Syrian", " jets| warplanes")
    ['Russian jets', 'Russian warplanes', 'Syrian jets', 'Syrian warplanes']
    """
    return ["".join(p) for p in product(*(part.split("|") for part in parts))]


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


def _leftmost_longest(hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    if any(a[1] > b[0] for a, b in zip(hits, hits[1:])):  # hits come by end: only overlaps need sorting
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    else:
        return hits
    out: list[tuple[int, int, str]] = []
    for hit in hits:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


class PhraseFamilies:
    """Several families of labelled phrases spotted in one Aho-Corasick pass; within each
    family, matches are case-insensitive, word-bounded, leftmost-longest and do not overlap.

    Every character that is not a letter or digit counts as a space ("pro-government" also
    matches "pro government"). A phrase listed under two labels of one family keeps the first.

    >>> PhraseFamilies({"cue": {"air": ["air strikes"]}, "actor": {"RU": ["Russian air strikes"]}}).find(
    ...     "Russian air strikes")
    {'cue': [(8, 19, 'air')], 'actor': [(0, 19, 'RU')]}
    """

    def __init__(self, families: dict[str, dict[str, Iterable[str]]]) -> None:
        self._families = list(families)
        keys: dict[str, list[tuple[int, str, int]]] = {}
        for n, phrases in enumerate(families.values()):
            for label, items in phrases.items():
                for phrase in items:
                    key = _spaced(phrase)  # " phrase": matches start on a word
                    entries = keys.setdefault(key, []) if key.strip() else []
                    if key.strip() and all(family != n for family, _, _ in entries):
                        entries.append((n, label, len(key) - 1))
        self._automaton = ahocorasick.Automaton()
        for key, entries in keys.items():
            self._automaton.add_word(key, tuple(entries))
        self._automaton.make_automaton()

    def find(self, text: str) -> dict[str, list[tuple[int, int, str]]]:
        """Per family, ``(start, end, label)`` of its phrases in ``text``, in order."""
        spaced = _spaced(text)
        hits: list[list[tuple[int, int, str]]] = [[] for _ in self._families]
        size = len(text)
        for end, entries in self._automaton.iter(spaced):  # offsets in ``spaced`` are one more
            if end == size or spaced[end + 1] == " ":
                for family, label, length in entries:
                    hits[family].append((end - length, end, label))
        return {name: _leftmost_longest(found) for name, found in zip(self._families, hits)}


class PhraseMatcher:
    """Case-insensitive, word-bounded, leftmost-longest phrase matches labelled by family (one
    family of :class:`PhraseFamilies`)."""

    def __init__(self, phrases: dict[str, Iterable[str]]) -> None:
        self._families = PhraseFamilies({"": phrases})

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of the phrases in ``text``, in order, not overlapping."""
        return self._families.find(text)[""]

    def labels(self, text: str) -> set[str]:
        """The labels present in ``text``.

        >>> PhraseMatcher({"a": ["jets"]}).labels("Jets hit.")
        {'a'}
        """
        return {label for _, _, label in self.find(text)}
