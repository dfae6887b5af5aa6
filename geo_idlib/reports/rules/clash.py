"""Armed clashes: fighting words with no strike word.

>>> RULE.claims({"clash"}, [], frozenset())
'Armed clash'
"""
from __future__ import annotations

from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Armed clash"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """A clash when the sentence has a fighting word or, with nothing else told, names an offensive
    (not one that displaced people fled: "a camp of people who fled the offensive").

    >>> claims({"offensive", "displaced people"}, [], frozenset())
    ''
    """
    return NAME if "clash" in cues or "offensive" in cues and "displaced people" not in cues else ""


RULE = Rule("clash", (NAME,), ("clash", "offensive"), claims, incident_events)
