"""Armed clashes: fighting words with no strike word.

>>> RULE.claims({"clash"}, [], False)
'Armed clash'
"""
from __future__ import annotations

from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Armed clash"


def claims(cues: set[str], actors: list[str], report_has_strikes: bool) -> str:
    """A clash when the sentence has a fighting word."""
    return NAME if "clash" in cues else ""


RULE = Rule("clash", (NAME,), ("clash",), claims, incident_events)
