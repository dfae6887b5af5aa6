"""Sentence spans of a report: the unit events, numbers and quotes are read from.

>>> [text[s:e] for text in ["Jets hit Saraqeb on Feb. 4. Rescuers said 5 died."] for s, e in split_sentences(text)]
['Jets hit Saraqeb on Feb. 4.', 'Rescuers said 5 died.']
>>> [text[s:e] for text in ["• Shells hit Hass\\n• Families fled"] for s, e in split_sentences(text)]
['• Shells hit Hass', '• Families fled']
"""
from __future__ import annotations

import re

__all__ = ["split_sentences"]

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st gen col lt sgt no vs approx jan feb mar apr jun jul aug sep sept oct nov dec "
    "u.s u.n e.g i.e al".split()
)
# A sentence ends at . ! ? or the Arabic question mark, optional closing quotes, then space and
# a capital, digit, quote or Arabic letter; a blank line always ends one, and so does a line
# break before a list item ("• ", "- ", "* ", "· ", "▪ ", "● ", "– "), full stop or not.
# (The pattern starts on one character class, so the scan skips other characters quickly.)
_END_RE = re.compile(r"[.!?\u061f\n](?:(?<=[.!?\u061f])[\"'\u201d\u2019)]*\s+(?=[A-Z0-9\"'\u201c\u2018(\u0600-\u06FF])"
                     r"|(?<=\n)\s*\n|(?<=\n)(?=[ \t]*[\u2022\u00b7\u25aa\u25cf\u2013*-][ \t]))")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``, whitespace trimmed.

    >>> split_sentences("One.  Two")
    [(0, 4), (6, 9)]
    """
    spans, start = [], 0
    for m in _END_RE.finditer(text):
        if not m.group(0).startswith("\n"):
            words = text[max(start, m.start() - 24):m.start()].split()
            token = words[-1].lower().lstrip("\"'(\u201c\u2018") if words and not text[m.start() - 1].isspace() else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            out.append((s + lead, s + trail))
    return out
