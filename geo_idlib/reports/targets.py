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
_TARGET_RE = re.compile("|".join(f"(?P<t{i}>\\b(?:{rx})\\b)" for i, rx in enumerate(TARGETS.values())),
                        re.IGNORECASE)


def target_spans(sentence: str) -> list[tuple[int, str]]:
    """``(offset, target class)`` of every target word in ``sentence``.

    >>> target_spans("a residential building collapsed")
    [(2, 'residential'), (14, 'residential')]
    """
    return [(m.start(), _NAMES[int(m.lastgroup[1:])]) for m in _TARGET_RE.finditer(sentence)]


def find_targets(sentence: str) -> list[str]:
    """Target classes named in ``sentence``, sorted, each once.

    >>> find_targets("a residential building collapsed")
    ['residential']
    """
    return sorted({target for _, target in target_spans(sentence)})
