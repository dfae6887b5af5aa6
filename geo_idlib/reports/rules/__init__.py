"""Event rules: one module per event family, each a small :class:`Rule` with its name, the
sub-event types it makes and the cue families it reads, registered in order.

A sentence with a cue word and a resolved place goes to the first rule that claims it
(:func:`classify`); that rule makes its events (:attr:`Rule.events`). A new event type is one
module here plus its map symbol (:mod:`geo_idlib.layers.symbols`) and its ACLED type
(:data:`geo_idlib.schema.SUB_EVENT_TYPES`).

>>> [r.name for r in RULES]
['control', 'displacement', 'explosion', 'shelling', 'strike', 'clash']
>>> classify({"air", "damage"}, []), classify({"damage"}, [], frozenset({"air"})), classify({"damage"}, [])
('Air/drone strike', 'Air/drone strike', '')
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from geo_idlib.reports.doc import Event, ReportDoc, Sentence

__all__ = ["Rule", "RULES", "classify", "rule_for", "STRIKE_TYPES", "WEAPON_CUES", "AIR_CUES"]

#: The strike types (ACLED's remote violence).
STRIKE_TYPES = ("Air/drone strike", "Shelling/artillery/missile attack")
#: Cue families that name a weapon or a strike (a report with one "speaks of strikes").
WEAPON_CUES = ("air", "aircraft", "shelling", "missile", "strike")
#: Cue families that name aircraft or air strikes.
AIR_CUES = frozenset({"air", "aircraft"})


@dataclass(frozen=True)
class Rule:
    """One event family: ``claims(cues, actors, report)`` gives the sub-event type a sentence
    tells of from its cue families, its actors and the cue families of the whole report ('' when
    not this family); ``events(doc, sentence, kind, date, precision)``
    makes its draft events."""

    name: str
    sub_event_types: tuple[str, ...]
    cues: tuple[str, ...]
    claims: Callable[[set[str], list[str], frozenset[str]], str]
    events: Callable[[ReportDoc, Sentence, str, object, int], list[Event]]


def _registry() -> list[Rule]:
    from geo_idlib.reports.rules import clash, control, displacement, explosion, shelling, strike
    return [control.RULE, displacement.RULE, explosion.RULE, shelling.RULE, strike.RULE, clash.RULE]


RULES: list[Rule] = _registry()


def classify(cues: set[str], actors: list[str], report: frozenset[str] = frozenset()) -> str:
    """The sub-event type (or "territory" for a change of control, decided by who took it) of
    the first rule that claims a sentence's cue families and actors (``report``: the cue
    families of the whole report); '' for none."""
    for rule in RULES:
        kind = rule.claims(cues, actors, report)
        if kind:
            return kind
    return ""


def rule_for(kind: str) -> Rule:
    """The rule that makes events of ``kind``."""
    return next(r for r in RULES if kind in r.sub_event_types)
