"""Shelling, artillery and missile attacks: a sentence with a shelling word and no air word
(places after an air word in the same sentence are still air strikes, see
:func:`~.common.incident_events`).

>>> RULE.claims({"shelling", "damage"}, [], False), RULE.claims({"shelling", "air"}, [], False)
('Shelling/artillery/missile attack', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Shelling/artillery/missile attack"


def claims(cues: set[str], actors: list[str], report_has_strikes: bool) -> str:
    """Shelling when a shelling word is there and no air word."""
    return NAME if "shelling" in cues and "air" not in cues else ""


RULE = Rule("shelling", (NAME,), ("shelling",), claims, incident_events)
