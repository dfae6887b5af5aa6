"""Remote explosives: a car bomb, an IED, a landmine or a suicide bomber (ACLED's "Remote
explosive/landmine/IED"), never an air strike even though a bomb is named.

>>> RULE.claims({"explosive", "damage"}, [], frozenset({"air"})), RULE.claims({"explosive", "air"}, [], frozenset())
('Remote explosive/landmine/IED', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Remote explosive/landmine/IED"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """An explosive device when one is named and no air strike is."""
    return NAME if "explosive" in cues and "air" not in cues else ""


RULE = Rule("explosion", (NAME,), ("explosive",), claims, incident_events)
