"""Air strikes: a sentence with an air or strike word, a missile in a report that speaks of air
strikes, or (in a report that speaks of strikes) a damage word and no fighting; each place gets
the weapon named nearest before it (:func:`~.common.incident_events`).

>>> air = frozenset({"air"})
>>> RULE.claims({"strike"}, [], frozenset()), RULE.claims({"damage"}, [], air), RULE.claims({"damage"}, [], frozenset())
('Air/drone strike', 'Air/drone strike', '')
>>> RULE.claims({"missile"}, [], air), RULE.claims({"missile"}, [], frozenset())
('Air/drone strike', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import WEAPON_CUES, Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Air/drone strike"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """An air strike when the sentence names an air strike (or a missile in a report of air
    strikes), or tells of damage and no fighting in a report that speaks of strikes."""
    if cues & {"air", "shelling", "strike"} or ("missile" in cues and "air" in report):
        return NAME
    return NAME if "damage" in cues and "clash" not in cues and report & set(WEAPON_CUES) else ""


RULE = Rule("strike", (NAME,), ("air", "strike", "missile", "damage"), claims, incident_events)
