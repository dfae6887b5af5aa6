"""What was hit: the target classes a strike report names.

>>> find_targets("The strike hit a hospital and a busy market.")
['hospital', 'market']
"""
from __future__ import annotations

from geo_idlib.reports.phrases import PhraseMatcher, expand

__all__ = ["TARGETS", "find_targets", "target_spans"]

#: Target classes and the words that name them (case-insensitive, whole words).
TARGETS = {
    "hospital": [*expand("hospital|clinic", "|s"), *expand("medical ", "centre|center|facility|facilities|point"),
                 *expand("health ", "centre|center")],
    "school": [*expand("school|kindergarten", "|s"), "university"],
    "market": expand("market|marketplace|souq|bazaar", "|s"),
    "camp": ["camp", "camps", *expand("displacement |tent ", "settlement", "|s")],
    "residential": ["residential", *expand("home|house|apartment|building|neighbourhood|neighborhood", "|s"),
                    *expand("five|four|three|six|multi", "-| ", "storey|story")],
}
_MATCHER = PhraseMatcher(TARGETS)


def target_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, target class)`` of every target word in ``text``.

    >>> target_spans("a residential building collapsed")
    [(2, 13, 'residential'), (14, 22, 'residential')]
    """
    return _MATCHER.find(text)


def find_targets(sentence: str) -> list[str]:
    """Target classes named in ``sentence``, sorted, each once.

    >>> find_targets("a residential building collapsed")
    ['residential']
    """
    return sorted({target for _, _, target in target_spans(sentence)})
