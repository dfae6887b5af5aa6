"""Displacement (our own type): a flight word; the event sits at the origin (else the
destination) and names the people (persons, not families: "3,000 families (15,000 people)" is
15,000), origin and destination (places, else the words used when they name a place: "the
front lines" is none). A
figure told with no place ("over 150,000 people fled") sits in the area the report is about.

>>> RULE.claims({"flee", "air"}, [], frozenset())
'Displacement'
"""
from __future__ import annotations

from geo_idlib.reports.doc import Event, ReportDoc, Sentence
from geo_idlib.reports.numbers import Quantity
from geo_idlib.reports.rules import Rule
from geo_idlib.reports.rules.common import area_name, sentence_attribution, sentence_numbers, sentence_places

NAME = "Displacement"


def claims(cues: set[str], actors: list[str], report: frozenset[str]) -> str:
    """Displacement when a flight word is there."""
    return NAME if "flee" in cues else ""


def events(doc: ReportDoc, s: Sentence, kind: str, date, precision: int) -> list[Event]:
    """One displacement event, at the origin (else the destination)."""
    places = sentence_places(doc, s, precise_only=False)
    people = _persons(doc, s, [q for q, k in sentence_numbers(doc, s) if k == "displaced"])
    if not places and people and doc.main_area() is not None:
        places = [doc.main_area()]  # "over 150,000 people fled": from the area the report is about
    if not places:
        return []
    actors = s.actors
    ev = Event(NAME, places[0], s.text, date, precision, actors[0] if actors else "",
               people=people[0].low if people else None, attribution=sentence_attribution(s))
    p = doc.lex.patterns
    dest, orig, came = p.destination.search(s.text), p.origin.search(s.text), p.arrival.search(s.text)
    if came:  # "arrived in A after fleeing B": A, and only A, is where they went
        dest_places = [m for m in places if came.start("dest") <= m.start - s.start < came.end("dest")]
        dest = came if dest_places else dest
    if not came or not dest_places:
        dest_places = [m for m in places if dest and dest.start() <= m.start - s.start]
    if not dest_places or came:  # "fled A to B and C": B and what follows it ("..., while others sheltered in D")
        first = next((m for m in places[1:] if p.destination_before.search(
            s.text, max(0, m.start - s.start - 30), m.start - s.start)), None)
        dest_places = [m for m in places if first is not None and m.start >= first.start
                       or any(m is d for d in dest_places)]
    orig_places = [m for m in places if all(m is not d for d in dest_places)]
    # "In Idlib province, families left A for B": the towns they left, not the province named before the flight
    flight = s.start + next((a for a, _, cue in s.words["cues"] if cue == "flee"), len(s.text))
    orig_places = [m for m in orig_places if m.precision < 3 or m.start > flight] or orig_places
    ev.destination = "; ".join(map(area_name, dest_places)) or _named(dest.group("dest") if dest else "")
    ev.origin = "; ".join(map(area_name, orig_places)) or _named(orig.group("orig") if orig else "")
    where = orig_places or dest_places
    if not where:
        return []
    ev.mention = where[0]
    return [ev]


def _persons(doc: ReportDoc, s: Sentence, displaced: list[Quantity]) -> list[Quantity]:
    """The counts of displaced persons: a count of families or homes is not one, unless the
    persons it stands for are counted right after it ("3,000 families (15,000 people)")."""
    group = doc.lex.patterns.group_after
    persons = [q for q in displaced if not group.match(s.text[q.end - s.start:q.end - s.start + 40])]
    if persons or not displaced:
        return persons
    first = displaced[0]
    after = [q for q in s.counts if q.start > first.end and q.start - first.end <= 48]
    if after and doc.lex.patterns.same_people.match(s.text, first.end - s.start, after[0].start - s.start):
        return after[:1]
    return []


def _named(words: str) -> str:
    """The words of an origin or destination the gazetteer does not know, when they name a place
    (a capitalised word or Arabic script: listed for review); '' for common words ("the front
    lines", "rural areas", "the area"), which are no place.

    >>> _named("the front lines"), _named("Kafr Zayta camp")
    ('', 'Kafr Zayta camp')
    """
    words = words.strip()
    return words if any(w[:1].isupper() or not w.isascii() for w in words.split()) else ""


RULE = Rule("displacement", (NAME,), ("flee",), claims, events)
