"""Changes of control: a capture word and a named force; the type follows who took the place
(the government side: "Government regains territory"; rebels, HTS: "Non-state actor overtakes
territory"), the places are those after the verb.

>>> RULE.claims({"capture"}, ["Military Forces of Syria"], frozenset()), RULE.claims({"capture"}, [], frozenset())
('territory', '')
>>> territory_type(["Military Forces of Syria", "Hayat Tahrir al-Sham"])
('Government regains territory', 'Military Forces of Syria', 'Hayat Tahrir al-Sham')
"""
from __future__ import annotations

from geo_idlib.reports.actors import GOVERNMENT_ACTORS
from geo_idlib.reports.doc import Event, ReportDoc, Sentence
from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import incident_events

GOVERNMENT, NON_STATE = "Government regains territory", "Non-state actor overtakes territory"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """A change of control when a capture word and a force are named."""
    return "territory" if "capture" in cues and actors else ""


def territory_type(actors: list[str]) -> tuple[str, str, str]:
    """Sub-event type, actor1, actor2 of a change of control, by who took the place."""
    actor1 = actors[0] if actors else ""
    actor2 = next((a for a in actors[1:] if (a in GOVERNMENT_ACTORS) != (actor1 in GOVERNMENT_ACTORS)), "")
    return (GOVERNMENT if actor1 in GOVERNMENT_ACTORS else NON_STATE), actor1, actor2


def events(doc: ReportDoc, s: Sentence, kind: str, date, precision: int) -> list[Event]:
    """One change of control per place taken."""
    return incident_events(doc, s, kind, date, precision, territory=territory_type)


RULE = Rule("control", ("territory", GOVERNMENT, NON_STATE), ("capture",), claims, events)
