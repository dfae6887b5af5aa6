"""Page layout: which lines of a report are furniture (headlines, captions, bylines, datelines,
related links) and which are the body its events are read from.

A line is furniture when it is short (under :data:`HEADLINE_WORDS` words) and does not end a
sentence (a headline, a byline, a time stamp, a related link), when it ends on a credit
("| AFP"), or when it repeats an earlier line (a caption shown twice); a hard-wrapped line whose
next line goes on in lower case is body. A body sentence that describes a picture ("A picture
taken Sunday shows...") is a caption. The dateline that opens the body ("DAMASCUS, Jan. 29
(Xinhua) —") names where the story was filed, not where anything happened.

>>> from geo_idlib.reports.lang import lexicon
>>> text = "Jets pound Idlib\\nBy A. Writer\\nDAMASCUS - Jets hit Saraqeb. Rescuers said 4 died."
>>> lay = page_layout(text, lexicon("en"))
>>> [text[a:b] for a, b in lay.sentences], [text[a:b] for a, b in lay.furniture], text[slice(*lay.dateline)]
(['DAMASCUS - Jets hit Saraqeb.', 'Rescuers said 4 died.'], ['Jets pound Idlib', 'By A. Writer'], 'DAMASCUS - ')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from geo_idlib.reports.lang import Lexicon
from geo_idlib.reports.sentences import split_sentences

__all__ = ["Layout", "page_layout", "HEADLINE_WORDS"]

#: Lines shorter than this that do not end a sentence are headlines, bylines or links.
HEADLINE_WORDS = 30
_SHORT = 12 * HEADLINE_WORDS  # characters: a longer line is body
_SENTENCE_ENDS = (".", "!", "?", "\"", "”", "’", "'", "…", "؟", "۔")
_ENDS = (*_SENTENCE_ENDS, ")", "]")
_DATELINE_REACH = 3  # the dateline opens one of the first body lines
_CREDIT_REACH = 60  # a credit ends its line
_CREDIT_MARKS = re.compile(r"[|):\-–]")  # one of which every credit holds


@dataclass(frozen=True)
class Layout:
    """Body sentence spans, furniture spans (lines and caption sentences) and the dateline span
    (``(0, 0)`` when none), all offsets in the report."""

    sentences: list[tuple[int, int]]
    furniture: list[tuple[int, int]]
    dateline: tuple[int, int]


def _furniture_line(stripped: str, text: str, end: int, lex: Lexicon) -> bool:
    """Whether a short line (``stripped``, ending at ``end``, not seen before) is furniture."""
    if stripped.count(" ") >= HEADLINE_WORDS or stripped.endswith(_SENTENCE_ENDS):
        return False  # a sentence ends it: body (credits end on a name or a bracket)
    tail = stripped[-_CREDIT_REACH:]
    if _CREDIT_MARKS.search(tail) and lex.layout.credit.search(tail):
        return True
    if stripped.endswith(_ENDS):
        return False
    # a hard-wrapped line goes on: it stops mid-phrase and the next line starts in lower case
    nxt = text[end + 1:end + 9].lstrip()[:1]
    return not (nxt.islower() and (stripped[-1:].islower() or stripped.endswith(",")))


def _cut(spans: list[tuple[int, int]], holes: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """``spans`` with the ``holes`` (sorted, not overlapping each other) cut out, whitespace trimmed."""
    out = []
    for s, e in spans:
        pieces = [(s, e)]
        for a, b in holes:
            if a < e and s < b:
                pieces = [(x, min(y, a)) for x, y in pieces if x < a] + [(max(x, b), y) for x, y in pieces if y > b]
        for x, y in pieces:
            chunk = text[x:y]
            lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk.rstrip())
            if trail > lead:
                out.append((x + lead, x + trail))
    return out


def page_layout(text: str, lex: Lexicon) -> Layout:
    """The report's body sentences, furniture and dateline (see the module doc)."""
    furniture, seen = [], set()
    start, size = 0, len(text)
    while start < size:  # only short lines can be furniture
        end = text.find("\n", start)
        end = size if end < 0 else end
        if end - start <= _SHORT:
            line = text[start:end]
            stripped = line.strip()
            if stripped and (stripped in seen or _furniture_line(stripped, text, end, lex)):
                lead = len(line) - len(line.lstrip())
                furniture.append((start + lead, start + lead + len(stripped)))
            seen.add(stripped)
        start = end + 1
    sentences = _cut(split_sentences(text), furniture, text) if furniture else split_sentences(text)
    body = []
    for s, e in sentences:
        if lex.layout.caption.match(text, s, e):
            furniture.append((s, e))
        else:
            body.append((s, e))
    dateline = (0, 0)
    firsts = [s for s, _ in body if s == 0 or text[s - 1] == "\n"][:_DATELINE_REACH]
    for a in firsts:
        m = lex.layout.dateline.match(text, a)
        if m and m.end() - a < 80:
            dateline = (a, m.end())
            break
    sentences = body
    return Layout(sentences, sorted(furniture), dateline)
