"""Air strikes: a sentence with an air or strike word, a missile in a report that speaks of air
strikes, or (in a report that speaks of strikes) a damage word and no fighting; each place gets
the weapon named nearest before it (:func:`~.common.incident_events`).

>>> air = frozenset({"air"})
>>> RULE.claims({"strike"}, [], frozenset()), RULE.claims({"damage"}, [], air), RULE.claims({"damage"}, [], frozenset())
('Air/drone strike', 'Air/drone strike', '')
>>> RULE.claims({"missile"}, [], air), RULE.claims({"missile"}, [], frozenset())
('Air/drone strike', '')
>>> RULE.claims({"aircraft"}, [], air), RULE.claims({"aircraft", "clash"}, [], air)
('Air/drone strike', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import AIR_CUES, WEAPON_CUES, Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Air/drone strike"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """An air strike when the sentence names an air strike, aircraft with no fighting (jets giving
    cover to an advance are no strike), a missile in a report of air strikes, or damage and no
    fighting in a report that speaks of strikes."""
    if cues & {"air", "shelling", "strike"} or ("aircraft" in cues and "clash" not in cues) or (
            "missile" in cues and report & AIR_CUES):
        return NAME
    return NAME if "damage" in cues and "clash" not in cues and report & set(WEAPON_CUES) else ""


RULE = Rule("strike", (NAME,), ("air", "aircraft", "strike", "missile", "damage"), claims, incident_events)
