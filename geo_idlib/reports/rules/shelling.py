"""Shelling, artillery and missile attacks: a sentence with a shelling word (or a missile, in a
report that tells of no air strike) and no air word (places after an air word in the same
sentence are still air strikes, see :func:`~.common.incident_events`).

>>> none = frozenset()
>>> RULE.claims({"shelling", "damage"}, [], none), RULE.claims({"shelling", "air"}, [], none)
('Shelling/artillery/missile attack', '')
>>> RULE.claims({"missile"}, [], none), RULE.claims({"missile"}, [], frozenset({"air"}))
('Shelling/artillery/missile attack', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import AIR_CUES, Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Shelling/artillery/missile attack"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """Shelling when a shelling word (or a missile, in a report without air strikes) is there
    and no air word."""
    if cues & AIR_CUES:
        return ""
    return NAME if "shelling" in cues or ("missile" in cues and not report & AIR_CUES) else ""


RULE = Rule("shelling", (NAME,), ("shelling", "missile"), claims, incident_events)
