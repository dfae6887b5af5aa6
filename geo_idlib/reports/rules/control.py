"""Changes of control: a capture word and a named force; the type follows who took the place
(the government side: "Government regains territory"; rebels, HTS: "Non-state actor overtakes
territory"), the places are those after the verb.

>>> RULE.claims({"capture"}, ["Military Forces of Syria"], frozenset()), RULE.claims({"capture"}, [], frozenset())
('territory', '')
>>> territory_type(["Military Forces of Syria", "Hayat Tahrir al-Sham"])
('Government regains territory', 'Military Forces of Syria', 'Hayat Tahrir al-Sham')
>>> territory_type(["Military Forces of Syria", "Hayat Tahrir al-Sham"], "Hayat Tahrir al-Sham")
('Non-state actor overtakes territory', 'Hayat Tahrir al-Sham', 'Military Forces of Syria')
"""
from __future__ import annotations

from geo_idlib.reports.actors import GOVERNMENT_ACTORS
from geo_idlib.reports.doc import Event, ReportDoc, Sentence
from geo_idlib.reports.lang import Lexicon
from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.clash import NAME as CLASH
from geo_idlib.reports.rules.common import incident_events

GOVERNMENT, NON_STATE = "Government regains territory", "Non-state actor overtakes territory"
#: Who took a place when a report names only the side that lost it.
GOVERNMENT_TAKER, NON_STATE_TAKER = "Military Forces of Syria", "Syrian opposition rebels"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """A change of control when a capture word and a force are named."""
    return "territory" if "capture" in cues and actors else ""


def territory_type(actors: list[str], taker: str = "") -> tuple[str, str, str]:
    """Sub-event type, actor1, actor2 of a change of control, by who took the place (``taker``,
    else the first force named)."""
    actor1 = taker or (actors[0] if actors else "")
    actor2 = next((a for a in actors if (a in GOVERNMENT_ACTORS) != (actor1 in GOVERNMENT_ACTORS)), "")
    return (GOVERNMENT if actor1 in GOVERNMENT_ACTORS else NON_STATE), actor1, actor2


def taker(lex: Lexicon, s: Sentence, verb: int) -> str:
    """Who took the place: in a verb-first language the force right after the verb; else the
    last force named before the capture verb that is not an object
    ("counter-attacks on regime forces"), else the agent after it ("fell to rebels"), else the
    other side when only the side that lost it is named ("captured X from militants"), else ''."""
    p = lex.patterns
    objects = {a for a, _, _ in s.words["forces"] if p.object_before.search(s.text, max(0, a - 30), a)}
    agents = {a for a, _, _ in s.words["forces"] if p.agent_before.search(s.text, max(0, a - 12), a)}
    subject = next((name for a, _, name in s.words["forces"] if verb < a < verb + 40 and a not in objects | agents),
                   "") if p.verb_first else ""
    if subject:  # "استعادة قوات النظام مدينة سراقب"
        return subject
    before = [name for a, _, name in s.words["forces"] if a < verb and a not in objects]
    if before:
        return before[-1]
    agent = next((name for a, _, name in s.words["forces"] if a > verb
                  and p.agent_before.search(s.text, max(0, a - 12), a)), "")
    if agent or not objects or len(objects) < len(s.words["forces"]):
        return agent
    # only the side that lost it is named ("captured X from militants")
    return NON_STATE_TAKER if all(a in GOVERNMENT_ACTORS for a in s.actors) else GOVERNMENT_TAKER


def events(doc: ReportDoc, s: Sentence, kind: str, date, precision: int) -> list[Event]:
    """One change of control per place taken."""
    verb = next(a for a, _, cue in s.words["cues"] if cue == "capture")
    if doc.lex.patterns.given_up.search(s.text, verb):  # "took parts of X before withdrawing": fighting
        return incident_events(doc, s, CLASH, date, precision)
    took = taker(doc.lex, s, verb)
    return incident_events(doc, s, kind, date, precision, territory=lambda actors: territory_type(actors, took))


RULE = Rule("control", ("territory", GOVERNMENT, NON_STATE), ("capture",), claims, events)
