"""Air strikes: a sentence with an air, strike or (in a report that speaks of strikes) damage
word; each place gets the weapon named nearest before it (:func:`~.common.incident_events`).

>>> RULE.claims({"strike"}, [], False), RULE.claims({"damage"}, [], True), RULE.claims({"damage"}, [], False)
('Air/drone strike', 'Air/drone strike', '')
"""
from __future__ import annotations

from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

NAME = "Air/drone strike"


def claims(cues: set[str], actors: list[str], report_has_strikes: bool) -> str:
    """An air strike when the sentence names a weapon or strike, or tells of damage (and no
    fighting) in a report that speaks of strikes."""
    return NAME if cues & {"air", "shelling", "strike"} or (
        report_has_strikes and "damage" in cues and "clash" not in cues) else ""


RULE = Rule("strike", (NAME,), ("air", "strike", "damage"), claims, incident_events)
