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
_LINE_RE = re.compile(r"[^\n]+")
_ENDS = (".", "!", "?", "\"", "”", "’", "'", "…", ")", "]", "؟", "۔")
_DATELINE_REACH = 3  # the dateline opens one of the first body lines
_CREDIT_REACH = 60  # a credit ends its line
_CREDIT_MARKS = re.compile(r"[|):\-–]")  # one of which every credit holds
_LONG = 12 * HEADLINE_WORDS  # characters: a line this long is body


@dataclass(frozen=True)
class Layout:
    """Body sentence spans, furniture spans (lines and caption sentences) and the dateline span
    (``(0, 0)`` when none), all offsets in the report."""

    sentences: list[tuple[int, int]]
    furniture: list[tuple[int, int]]
    dateline: tuple[int, int]


def _furniture_line(stripped: str, text: str, lines: list[tuple[int, int]], k: int, lex: Lexicon) -> bool:
    """Whether line ``k`` (``stripped``, not seen before) is furniture (see the module doc)."""
    if len(stripped) > _LONG or stripped.count(" ") >= HEADLINE_WORDS:
        return False
    tail = stripped[-_CREDIT_REACH:]
    if _CREDIT_MARKS.search(tail) and lex.layout.credit.search(tail):
        return True
    if stripped.endswith(_ENDS):
        return False
    # a hard-wrapped line goes on: it stops mid-phrase and the next line starts in lower case
    nxt = text[lines[k + 1][0]:lines[k + 1][0] + 8].lstrip()[:1] if k + 1 < len(lines) else ""
    return not (nxt.islower() and (stripped[-1:].islower() or stripped.endswith(",")))


def page_layout(text: str, lex: Lexicon) -> Layout:
    """The report's body sentences, furniture and dateline (see the module doc)."""
    lines = [m.span() for m in _LINE_RE.finditer(text)]
    sentences, furniture, seen = [], [], set()
    body: list[tuple[int, int]] = []  # runs of body lines with no furniture between
    run = False
    for k, (a, b) in enumerate(lines):
        stripped = text[a:b].strip()
        if not stripped:
            continue
        if stripped in seen or _furniture_line(stripped, text, lines, k, lex):
            furniture.append((a, b))
            run = False
        elif run:
            body[-1] = (body[-1][0], b)
        else:
            body.append((a, b))
            run = True
        if len(stripped) <= _LONG:
            seen.add(stripped)
    dateline = (0, 0)
    firsts = {a for a, _ in body}
    for a, b in body:
        for s, e in split_sentences(text[a:b]):
            if lex.layout.caption.match(text, a + s, a + e):
                furniture.append((a + s, a + e))
            else:
                sentences.append((a + s, a + e))
    for a in sorted(firsts)[:_DATELINE_REACH]:
        m = lex.layout.dateline.match(text, a)
        if m and m.end() - a < 80:
            dateline = (a, m.end())
            break
    return Layout(sentences, sorted(furniture), dateline)
