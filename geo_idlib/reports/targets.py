"""What was hit: the target classes a strike report names.

>>> find_targets("The strike hit a hospital and a busy market.")
['hospital', 'market']
"""
from __future__ import annotations

import re

__all__ = ["TARGETS", "find_targets", "target_spans"]

#: Target classes and the words that name them.
TARGETS = {
    "hospital": r"hospitals?|clinics?|medical (?:centre|center|facility|facilities|point)|health (?:centre|center)",
    "school": r"schools?|kindergartens?|university",
    "market": r"markets?|marketplaces?|souqs?|bazaars?",
    "camp": r"camps?|(?:displacement|tent) settlements?",
    "residential": r"residential|homes?|houses?|apartments?|(?:five|four|three|six|multi)[- ]stor(?:e)?y|buildings?"
                   r"|neighbou?rhoods?",
}
_NAMES = list(TARGETS)
# Every word above holds one of these: sentences without any are skipped cheaply.
_HINTS = ("hospital", "clinic", "medical", "health", "school", "kindergarten", "university", "market", "souq",
          "bazaar", "camp", "settlement", "residential", "home", "house", "apartment", "stor", "building", "neighbo")
_TARGET_RE = re.compile(r"\b(?:" + "|".join(f"(?P<t{i}>{rx})" for i, rx in enumerate(TARGETS.values())) + r")\b",
                        re.IGNORECASE)


def target_spans(sentence: str) -> list[tuple[int, str]]:
    """``(offset, target class)`` of every target word in ``sentence``.

    >>> target_spans("a residential building collapsed")
    [(2, 'residential'), (14, 'residential')]
    """
    low = sentence.lower()
    if not any(h in low for h in _HINTS):
        return []
    return [(m.start(), _NAMES[int(m.lastgroup[1:])]) for m in _TARGET_RE.finditer(sentence)]


def find_targets(sentence: str) -> list[str]:
    """Target classes named in ``sentence``, sorted, each once.

    >>> find_targets("a residential building collapsed")
    ['residential']
    """
    return sorted({target for _, target in target_spans(sentence)})
