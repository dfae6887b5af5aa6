"""Reports to events: one ACLED-style row per strike, clash, territorial change or displacement.

The report is read sentence by sentence. A sentence tells of an event when it has a cue word
(air raids, shelling, captured, fled...) and a resolved place; damage or casualty sentences count
as strikes in a report that speaks of strikes, of the kind the report last told of. Each event
place gets its own row; the counts, targets and distances of the sentence go to the place
nearest them in the same clause.

* Dates (:func:`~geo_idlib.reports.dates.statement_date`): the sentence's own date expression;
  a strike, clash or capture without one takes the last date stated in its paragraph, else the
  report's lead date (the first date stated with an event); displacement and other undated
  statements take the publication date with ``time_precision`` 2. A relative date without
  publication date stays empty.
* Fatalities follow ACLED: the most conservative figure in ``fatalities``, the range in
  ``fatalities_min``/``fatalities_max``; a toll shared by several places is split evenly
  (remainder to the first) with the whole toll as ``fatalities_max``.
* Within one report, a bare mention in a list ("struck the towns of A and B") folds into a
  more specific row about the same place, day and type, and a bare province- or district-level
  row ("raids on towns in Idlib province") into the first row of the same day and type inside it.
* Where an aircraft was brought down ("a Su-25 was shot down near Saraqeb") is not a strike.

>>> import datetime as dt
>>> ev = extract_events("Russian jets struck Saraqeb on Sunday, killing 4 people.", published=dt.date(2018, 2, 5))
>>> ev[["event_date", "sub_event_type", "actor1", "location", "fatalities"]].values.tolist()
[['2018-02-04', 'Air/drone strike', 'Military Forces of Russia', 'Saraqib', 4]]
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Iterable

import pandas as pd

from geo_idlib.gazetteer import Gazetteer, Place
from geo_idlib.reports.actors import ACTORS, AIR_ACTORS, find_actors
from geo_idlib.reports.attribution import PHRASES, attributions
from geo_idlib.reports.dates import DATE_WORDS, Dated, date_hints, find_dates, statement_date
from geo_idlib.reports.mentions import Mention, find_mentions
from geo_idlib.reports.numbers import COUNT_WORDS, Quantity, find_numbers
from geo_idlib.reports.phrases import PhraseFamilies, PhraseMatcher, expand
from geo_idlib.reports.reading import Report
from geo_idlib.reports.sentences import split_sentences
from geo_idlib.reports.table import events_frame
from geo_idlib.reports.targets import TARGETS
from geo_idlib.schema import SUB_EVENT_TYPES

__all__ = ["extract_events", "extract_reports", "event_rows", "classify_sentence"]

#: Cue words by family (case-insensitive, whole words); a sentence's families decide what it
#: tells of (see classify_sentence).
CUES = {
    "capture": [*expand("captur|seiz|recaptur", "e|ed|ing"), "took control of", "took", "taken", "taking", "retook",
                "retaken", *expand("regain", "|ed|ing"), "overran", "fell to", "entered"],
    "flee": ["fled", "flee", "fleeing", "displaced", "displacing", "displacement", "uprooted", "uprooting",
             "forced from their homes"],
    "air": [*expand("air strike|airstrike|air raid|airraid|raid|jet|warplane|plane|bomb|helicopter|drone|barrel bomb",
                    "|s"), "aircraft", "bombed", "bombing", "bombers", "air force"],
    "shelling": [*expand("shell", "|s|ed|ing"), "artillery", *expand("rocket|mortar|missile", "|s")],
    "strike": ["strike", "strikes", "struck", "pounded", "pounding", "hit", "attack", "attacks", "attacked",
               "targeted"],
    "damage": ["killed", "killing", "dead", "died", "bodies", "toll", "deaths", "lives", "wounded", "wounding",
               "injured", "injuring", "hurt", "levelled", "leveled",
               "destroyed", "damaged", "wrecked", "flattened", "collapsed", "out of service", "out of action"],
    "clash": [*expand("clash", "|es|ed"), "fighting", "battle", "battles", "fought"],
    # an aircraft brought down: the place it fell near is not struck
    "downing": ["shot down", "shoot down", "shooting down", "downed", "downing", "brought down", "bringing down"],
}
_CUES = PhraseMatcher(CUES)
# Every word family a report is read for, spotted in one pass.
_WORDS = PhraseFamilies({"cues": CUES, "forces": ACTORS, "sources": PHRASES, "targets": TARGETS, "dates": DATE_WORDS,
                         "counts": COUNT_WORDS})
_DISTANCE_HINT_RE = re.compile(r"kilomet|\dkm|\bkm\b", re.IGNORECASE)
_PEOPLE = r"(?:people|civilians|children|women|men|residents|persons|others|of them|fighters|soldiers)"
# An aside between a count and its verb: "nine people, among them women and children, were killed".
_ASIDE = r"(?:,\s+(?:among\s+(?:them|whom)|including|mostly|most\s+of\s+them|many\s+of\s+them)\b[^,;.]{0,60},)?"
_KILLED_AFTER_RE = re.compile(
    rf"^(?:\s+(?:more|of\s+(?:them|whom)|{_PEOPLE}|[a-z]+)){{0,4}}?{_ASIDE}\s+(?:(?:were|was|are|is|have been|had been|"
    rf"been|being)\s+)?(?:(?:feared|reported|confirmed|believed|among\s+those)\s+)?(?:killed|dead|died|bodies)\b",
    re.IGNORECASE)
_KILLED_BEFORE_RE = re.compile(r"(?:killing|killed|death toll (?:of|at|to|rose to|stood at)|toll at|family of|"
                               r"deaths? of|lives of|(?:dead|killed|victims) (?:were|included))\s+$", re.IGNORECASE)
_INJURED_AFTER_RE = re.compile(rf"^(?:\s+{_PEOPLE})?{_ASIDE}\s+(?:(?:were|was|are|have been)\s+)?"
                               r"(?:injured|wounded|hurt)\b",
                               re.IGNORECASE)
_INJURED_BEFORE_RE = re.compile(r"(?:injuring|wounding|wounded|injured)\s+$", re.IGNORECASE)
_DISPLACED_AFTER_RE = re.compile(
    rf"^(?:\s+of)?(?:\s+{_PEOPLE})?\s+(?:(?:have|had|has)\s+)?(?:(?:been|were|was)\s+)?(?:fled|displaced|uprooted|"
    r"forced)\b", re.IGNORECASE)
_DISPLACED_BEFORE_RE = re.compile(r"(?:displacing|uprooting|forcing)\s+$", re.IGNORECASE)
_INJURED_WORDS, _KILLED_WORDS = ("injur", "wound", "hurt"), ("kill", "dead", "died", "bodies")
_DISPLACED_WORDS = ("fled", "displac", "uproot", "forced")
_DISTANCE_AFTER_RE = re.compile(r"^[\s-]*(?:kilomet(?:re|er)s?|km)\b", re.IGNORECASE)
#: The last word before a count that one of the *_BEFORE_RE patterns needs.
_BEFORE_WORDS = frozenset("killing killed of at to were included injuring wounding wounded injured displacing "
                          "uprooting forcing".split())
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$", re.IGNORECASE)
_MORE_IN_RE = re.compile(r"\s+(?:more\s+)?(?:in|at)\b", re.IGNORECASE)
_AGGREGATE_WORDS = ("campaign", "offensive", "so far", "in total", "since the", "overall", "war")
_AGGREGATE_RE = re.compile(rf"\b(?:{'|'.join(_AGGREGATE_WORDS)})\b", re.IGNORECASE)
_DESTINATION_RE = re.compile(r"\b(?:to|towards|toward|for|into)\s+(?:the\s+)?(?P<dest>(?:safety of\s+)?(?:areas?|camps?|"
                             r"the)?[^,.;]*?(?:border|camps?|north|areas?)(?:\s+with\s+Turkey)?)\b", re.IGNORECASE)
_ORIGIN_RE = re.compile(r"\b(?:fled|from|left)\s+(?!(?:north|south|east|west)\w*\b)(?:the\s+)?(?P<orig>front ?lines?(?:\s+in\s+[^,.;]+?)?|[^,.;]+?)"
                        r"(?=\s+(?:to|towards|toward|for|into|since|after)\b|[,.;]|$)", re.IGNORECASE)
_ROAD_RE = re.compile(r"\btowards?\s+the\s+(?P<road>[A-Z][\w'-]+(?:-[A-Z][\w'-]+)?\s+(?:highway|road|motorway))")
_CLAUSE_RE = re.compile(r"[;:]|\s+while\s+|\s+whereas\s+")
_PHRASE_END_RE = re.compile(r"[,;:.]")
_PARAGRAPH_RE = re.compile(r"\n\s*\n")

_STRIKE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")
_WEAPON_CUES = ("air", "shelling", "strike")


@dataclass(slots=True)
class _Event:
    sub_event_type: str
    mention: Mention
    sentence: str
    date: dt.date | None
    precision: int
    actor1: str = ""
    actor2: str = ""
    fatalities: list[Quantity] = field(default_factory=list)
    share: dict[str, tuple[int, int]] = field(default_factory=dict)  # count kind -> (places sharing, rank)
    injured: list[Quantity] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    people: int | None = None
    origin: str = ""
    destination: str = ""
    distance_km: float | None = None
    reference_place: str = ""
    heading: str = ""  # "the Damascus-Aleppo highway" in "pushing towards the Damascus-Aleppo highway"
    attribution: list[str] = field(default_factory=list)


def classify_sentence(sentence: str, *, report_has_strikes: bool = False) -> str:
    """The sub-event type a sentence tells of ('' for none).

    >>> classify_sentence("Government forces captured the village.")
    'territory'
    >>> classify_sentence("Artillery shelled the town.")
    'Shelling/artillery/missile attack'
    """
    return _kind(_CUES.find(sentence), find_actors(sentence), report_has_strikes)


def _kind(hits: list[tuple[int, int, str]], actors: list[str], report_has_strikes: bool) -> str:
    """The sub-event type from a sentence's cue words and actors (see :func:`classify_sentence`)."""
    cues = {cue for _, _, cue in hits}
    if "capture" in cues and actors:
        return "territory"
    if "flee" in cues:
        return "Displacement"
    if cues & {"air", "shelling", "strike"} or (report_has_strikes and "damage" in cues):
        return "Shelling/artillery/missile attack" if "shelling" in cues and "air" not in cues \
            else "Air/drone strike"
    if "clash" in cues:
        return "Armed clash"
    return ""


def _kind_of_number(sentence: str, q: Quantity) -> str:
    """What a count counts: killed, injured, displaced, distance or '' (from the words around it)."""
    before, after = sentence[max(0, q.start - 40):q.start], sentence[q.end:q.end + 60]
    last = before.split()[-1:]
    if last and last[0].lower() not in _BEFORE_WORDS:
        before = ""  # none of the look-behind patterns can match: skip their searches
    # each look-ahead pattern needs one of its verbs in ``after``: skip it cheaply when absent
    words = after.lower()
    if after.lstrip().lstrip("-")[:1] in ("k", "K") and _DISTANCE_AFTER_RE.match(after):
        return "distance"
    if (any(w in words for w in _INJURED_WORDS) and _INJURED_AFTER_RE.match(after)) \
            or (before and _INJURED_BEFORE_RE.search(before)):
        return "injured"
    if (any(w in words for w in _KILLED_WORDS) and _KILLED_AFTER_RE.match(after)) \
            or (before and _KILLED_BEFORE_RE.search(before)):
        return "killed"
    if (any(w in words for w in _DISPLACED_WORDS) and _DISPLACED_AFTER_RE.match(after)) \
            or (before and _DISPLACED_BEFORE_RE.search(before)):
        return "displaced"
    return ""


def _typed_numbers(sentence: str, numbers: list[Quantity]) -> list[tuple[Quantity, str]]:
    """Each count with what it counts; after a toll, a bare "12 more in X" is a toll too
    ("13 in Jabala and 12 more in Khan Shaykhun")."""
    typed = [(q, _kind_of_number(sentence, q)) for q in numbers]
    if any(k == "killed" for _, k in typed):
        typed = [(q, k or ("killed" if _MORE_IN_RE.match(sentence, q.end) else "")) for q, k in typed]
    return typed


def _distance_hinted(sentence: str) -> bool:
    """Whether the sentence speaks of kilometres (a cheap word check before the pattern)."""
    low = sentence.lower()
    return ("km" in low or "kilomet" in low) and bool(_DISTANCE_HINT_RE.search(sentence))


def _aggregate(sentence: str) -> bool:
    """Whether the sentence's tolls are campaign totals ("the offensive has killed over 1,500")."""
    low = sentence.lower()
    return any(word in low for word in _AGGREGATE_WORDS) and bool(_AGGREGATE_RE.search(sentence))


def _clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    cut = any(mark in sentence for mark in (";", ":", " while", " whereas"))  # else one clause: skip the scan
    bounds = [0] + [m.end() for m in _CLAUSE_RE.finditer(sentence) if cut] + [len(sentence) + 1]
    return [(offset + a, offset + b) for a, b in zip(bounds[:-1], bounds[1:])]


def _owners(pos: int, places: list[Mention], clauses: list[tuple[int, int]], counts: list[int]) -> list[Mention]:
    """The places a count at ``pos`` belongs to: those after it in its clause up to the next
    count, else those before it in its clause."""
    first, last = next(((a, b) for a, b in clauses if a <= pos < b), clauses[-1])
    nxt = min([c for c in counts if c > pos] + [last])
    return ([m for m in places if pos < m.start < nxt] or [m for m in places if first <= m.start < pos]
            or (places if len(places) == 1 else []))


def _downed_spans(sentence: str, offset: int, cue_hits: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Report offsets of the phrases that tell where an aircraft was brought down ("a Su-25 was
    shot down near Saraqeb, ..."): from the word to the end of its phrase."""
    out = []
    for _, end, cue in cue_hits:
        if cue == "downing":
            stop = _PHRASE_END_RE.search(sentence, end)
            out.append((offset + end, offset + (stop.start() if stop else len(sentence))))
    return out


def _place_mentions(mentions: list[Mention], *, precise_only: bool = True,
                    skip: list[tuple[int, int]] = ()) -> list[Mention]:
    """A sentence's resolved mentions outside the ``skip`` spans, each place once; with
    ``precise_only``, region-level ones only when the sentence names nothing more precise."""
    inside = [m for m in mentions if not any(a <= m.start < b for a, b in skip)] if skip else mentions
    if precise_only and any(m.precision < 3 for m in inside):
        inside = [m for m in inside if m.precision < 3]
    seen, out = set(), []
    for m in inside:
        if m.place.id not in seen:
            seen.add(m.place.id)
            out.append(m)
    return out


def _area(m: Mention) -> str:
    """A place as an area name: "southern Idleb" for a region-level mention."""
    direction = m.qualifier if m.place.kind == "admin unit" and m.qualifier not in (
        "", "province", "countryside", "district", "subdistrict") else ""
    return f"{direction} {m.place.name}".strip()


def _displacement(ev: _Event, sentence: str, offset: int, places: list[Mention]) -> list[_Event]:
    """Fill origin and destination (places, else the words used) and put the event at the
    origin (else the destination)."""
    dest, orig = _DESTINATION_RE.search(sentence), _ORIGIN_RE.search(sentence)
    dest_places = [m for m in places if dest and dest.start() <= m.start - offset]
    orig_places = [m for m in places if m not in dest_places]
    ev.destination = "; ".join(map(_area, dest_places)) or (dest.group("dest").strip() if dest else "")
    ev.origin = "; ".join(map(_area, orig_places)) or (orig.group("orig").strip() if orig else "")
    where = orig_places or dest_places
    if not where:
        return []
    ev.mention = where[0]
    return [ev]


def _territory_type(actors: list[str]) -> tuple[str, str, str]:
    """Sub-event type, actor1, actor2 of a change of control, by who took the place."""
    government = {"Military Forces of Syria", "Military Forces of Russia"}
    actor1 = actors[0] if actors else ""
    actor2 = next((a for a in actors[1:] if (a in government) != (actor1 in government)), "")
    if actor1 in government:
        return "Government regains territory", actor1, actor2
    return "Non-state actor overtakes territory", actor1, actor2


def _sentence_events(sentence: str, offset: int, mentions: list[Mention], spotted: _Spotted, kind: str,
                     date: dt.date | None, precision: int, report_air_actor: str) -> list[_Event]:
    """The events one sentence tells of (offsets are the report's; ``mentions`` the sentence's
    resolved places, ``spotted`` its words)."""
    cue_hits, actors = spotted.cues, spotted.actors
    places = _place_mentions(mentions, precise_only=kind != "Displacement",
                             skip=_downed_spans(sentence, offset, cue_hits))
    if not places:
        return []
    attribution = [a.who + (" (denies)" if a.stance == "denies" else "") for a in attributions(spotted.sources)]
    # Counts matter only next to a casualty, flight or distance word.
    counted = spotted.counts and (any(cue in ("damage", "flee") for _, _, cue in cue_hits)
                                  or _distance_hinted(sentence))
    numbers = [Quantity(q.start - offset, q.end - offset, q.text, q.low, q.high, q.qualifier)
               for q in spotted.counts] if counted else []
    typed = _typed_numbers(sentence, numbers)
    if kind == "Displacement":
        people = [q for q, k in typed if k == "displaced"]
        ev = _Event("Displacement", places[0], sentence, date, precision, actors[0] if actors else "",
                    people=people[0].low if people else None, attribution=attribution)
        return _displacement(ev, sentence, offset, places)
    distance = next((q for q, k in typed if k == "distance"), None)
    reference = [m for m in places if distance and m.qualifier == "near" and m.start > offset + distance.end]
    event_places = [m for m in places if m not in reference]
    if kind == "territory" and not event_places:  # "took an air base 12 km from Saraqeb": near Saraqeb
        event_places = reference[:1]
    if kind == "territory":
        verb = offset + next(start for start, _, cue in cue_hits if cue == "capture")
        event_places = [m for m in event_places if m.start > verb] or event_places
        sub, actor1, actor2 = _territory_type(actors)
        subs = dict.fromkeys((m.start for m in event_places), sub)
    else:
        # "a mother from X", "shelling from X": not an event in X
        event_places = [m for m in event_places
                        if not _FROM_BEFORE_RE.search(sentence, max(0, m.start - offset - 40), m.start - offset)]
        actor1, actor2 = (actors + ["", ""])[:2]
        subs = {m.start: _strike_type(m.start - offset, cue_hits, kind) for m in event_places}
    events = {}
    for m in event_places:
        sub = subs[m.start]
        by = (report_air_actor or actor1) if sub == "Air/drone strike" and actor1 not in AIR_ACTORS else actor1
        events[m.start] = _Event(sub, m, sentence, date, precision, by, actor2, attribution=list(attribution))
    counts = [offset + q.start for q, k in typed if k in ("killed", "injured")]
    clauses = _clauses(sentence, offset) if counts else []
    for q, k in typed if counts and not _aggregate(sentence) else []:
        if k not in ("killed", "injured"):
            continue
        owners = _owners(offset + q.start, event_places, clauses, counts)
        for rank, m in enumerate(owners):
            ev = events[m.start]
            (ev.fatalities if k == "killed" else ev.injured).append(q)
            if len(owners) > ev.share.get(k, (1, 0))[0]:
                ev.share[k] = (len(owners), rank)
    for pos, _, target in spotted.targets:
        nearest = min(event_places, key=lambda m: abs(m.start - offset - pos))
        if target not in events[nearest.start].targets:
            events[nearest.start].targets.append(target)
    road = _ROAD_RE.search(sentence) if "toward" in sentence else None
    for ev in events.values():
        if distance is not None:
            ev.distance_km = float(distance.low)
            ev.reference_place = reference[0].place.name if reference else ""
        if road:
            ev.heading = road.group("road")
    return list(events.values())


def _split(ev: _Event, kind: str, low: int) -> int:
    """This place's part of a count shared by several places: even, remainder to the first."""
    n, i = ev.share.get(kind, (1, 0))
    return low // n + (1 if i < low % n else 0)


def _strike_type(pos: int, cue_hits: list[tuple[int, int, str]], default: str) -> str:
    """Air strike or shelling for the place at ``pos``: the nearest air or shelling word before it
    decides ("jets hit A, and shells fell on B"), else the nearest after it ("In A, shelling...")."""
    weapons = [(start, cue) for start, _, cue in cue_hits if cue in ("air", "shelling")]
    before = [w for w in weapons if w[0] < pos]
    cue = before[-1][1] if before else min(weapons, key=lambda w: w[0] - pos)[1] if weapons else ""
    if not cue:
        return default
    return "Shelling/artillery/missile attack" if cue == "shelling" else "Air/drone strike"


def _fatality_fields(ev: _Event) -> dict:
    """ACLED's conservative toll and the range; a shared toll is split evenly."""
    injured = _split(ev, "injured", min(q.low for q in ev.injured)) if ev.injured else None
    if not ev.fatalities:
        return {"fatalities": 0, "fatalities_min": None, "fatalities_max": None, "injured_min": injured}
    share = _split(ev, "killed", min(q.low for q in ev.fatalities))
    return {"fatalities": share, "fatalities_min": share, "fatalities_max": max(q.high for q in ev.fatalities),
            "injured_min": injured}


def _notes(ev: _Event, row: dict) -> str:
    where = "near" if row["geo_precision"] == 2 else "in"
    parts = [f"{ev.sub_event_type}{' by ' + ev.actor1 if ev.actor1 else ''} {where} {row['location']}"]
    if ev.targets:
        parts.append("hit " + ", ".join(sorted(ev.targets)))
    if row["fatalities_max"] is not None:
        toll = row["fatalities_min"] if row["fatalities_min"] == row["fatalities_max"] else \
            f"{row['fatalities_min']}-{row['fatalities_max']}"
        shared = " (toll shared by several places)" if ev.share.get("killed", (1, 0))[0] > 1 else ""
        parts.append(f"{toll} reported killed{shared}")
    if row["injured_min"] is not None:
        parts.append(f"{row['injured_min']} reported injured")
    if ev.people:
        parts.append(f"{ev.people} people displaced")
    if ev.distance_km is not None:
        parts.append(f"front {ev.distance_km:g} km from {ev.reference_place or 'a named place'}")
    if ev.heading:
        parts.append(f"advancing towards the {ev.heading}")
    if ev.attribution:
        parts.append("according to " + ", ".join(ev.attribution))
    return "; ".join(parts) + "."


def _row(ev: _Event, report_id: str, source: str, url: str) -> dict:
    place: Place = ev.mention.place
    row = {
        "event_date": ev.date.isoformat() if ev.date else "", "time_precision": ev.precision,
        "event_type": SUB_EVENT_TYPES[ev.sub_event_type], "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1, "actor2": ev.actor2, "country": "Syria",
        "admin1": place.admin1, "admin2": place.admin2, "admin3": place.admin3,
        "admin1_pcode": place.admin1_pcode, "admin2_pcode": place.admin2_pcode,
        "admin3_pcode": place.admin3_pcode, "location": place.name, "location_ar": place.name_ar,
        "place_id": place.id, "latitude": place.lat, "longitude": place.lon,
        "geo_precision": ev.mention.precision, "source": source or report_id, "source_url": url,
        "targets": "; ".join(sorted(ev.targets)), "people": ev.people, "origin": ev.origin,
        "destination": ev.destination, "distance_km": ev.distance_km, "reference_place": ev.reference_place,
        "quote": ev.sentence, "report_id": report_id, "attribution": "; ".join(ev.attribution),
        "sources_count": 1,
        "confidence": round(ev.mention.score * (1.0 if ev.date and ev.precision == 1 else 0.8), 2),
        **_fatality_fields(ev),
    }
    row["notes"] = _notes(ev, row)
    return row


def _specific(ev: _Event) -> bool:
    return bool(ev.targets or ev.fatalities or ev.injured or ev.people or ev.distance_km is not None)


def _fold_bare_mentions(events: list[_Event]) -> list[_Event]:
    """Within one report, drop a bare listed mention when a more specific event has the same
    place, date and type (its sentence joins the specific event's quote)."""
    out: list[_Event] = []
    for ev in events:
        same = [o for o in out if o.mention.place.id == ev.mention.place.id and o.date == ev.date
                and o.sub_event_type == ev.sub_event_type and o.actor2 == ev.actor2
                and (o.actor1 == ev.actor1 or not o.actor1 or not ev.actor1)]
        bare = [o for o in same if not _specific(o)]
        if same and not _specific(ev):
            same[0].sentence = f"{same[0].sentence} | {ev.sentence}"
            same[0].attribution += [a for a in ev.attribution if a not in same[0].attribution]
            continue
        for o in bare:
            out.remove(o)
            ev.sentence = f"{o.sentence} | {ev.sentence}"
            ev.actor1 = ev.actor1 or o.actor1
            ev.attribution += [a for a in o.attribution if a not in ev.attribution]
        out.append(ev)
    return out


def _covers(area: Place, place: Place) -> bool:
    """Whether the governorate, district or sub-district ``area`` holds ``place`` (by P-code)."""
    field_name = {1: "admin1_pcode", 2: "admin2_pcode", 3: "admin3_pcode"}.get(area.admin_level)
    return bool(field_name and area.kind == "admin unit" and area.id != place.id
                and getattr(area, field_name) and getattr(area, field_name) == getattr(place, field_name))


def _fold_areas(events: list[_Event]) -> list[_Event]:
    """Within one report, drop a bare province-, district- or sub-district-level row when the
    report tells of a more precise event of the same type and day inside that area ("raids on
    towns in Idlib province on Monday" before the towns are named); its sentence and sources
    join the first such event."""
    out = []
    for n, ev in enumerate(events):
        inside = [] if _specific(ev) or ev.mention.place.kind != "admin unit" else [
            o for o in events if o.mention.precision < 3 and o.date == ev.date
            and o.sub_event_type == ev.sub_event_type and _covers(ev.mention.place, o.mention.place)]
        if not inside:
            out.append(ev)
            continue
        first = inside[0]
        first.sentence = " | ".join([ev.sentence, first.sentence] if n < events.index(first) else
                                    [first.sentence, ev.sentence])
        first.actor1 = first.actor1 or ev.actor1
        first.attribution += [a for a in ev.attribution if a not in first.attribution]
    return out


def _own_date(sentence: str, published: dt.date | None, anchor: dt.date | None,
              hints: list[tuple[int, int]]) -> Dated | None:
    """The sentence's own date (first day-precise one first), None when it states none."""
    found = find_dates(sentence, published, anchor, hints)
    if not found:
        return None
    resolved = sorted((d for d in found if d.date), key=lambda d: d.precision)
    return (resolved[0].date, resolved[0].precision) if resolved else (None, 3)


@dataclass(slots=True)
class _Spotted:
    """The words one sentence holds, offsets relative to the sentence (counts: to the report)."""

    cues: list[tuple[int, int, str]]
    forces: list[tuple[int, int, str]]
    sources: list[tuple[int, int, str]]
    targets: list[tuple[int, int, str]]
    dates: list[tuple[int, int, str]]
    counts: list[Quantity]  # offsets in the report

    @property
    def actors(self) -> list[str]:
        """The actors named, in order, each once."""
        return list(dict.fromkeys(name for _, _, name in self.forces))


def _within(hits: list[tuple[int, int, str]], starts: list[int], lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The hits that start in ``[lo, hi)``, with offsets made relative to ``lo``."""
    return [(s - lo, e - lo, label) for s, e, label in hits[bisect_left(starts, lo):bisect_left(starts, hi)]]


def _counts_within(counts: list[Quantity], starts: list[int], lo: int, hi: int) -> list[Quantity]:
    """The counts inside ``[lo, hi)`` (offsets stay the report's)."""
    return [q for q in counts[bisect_left(starts, lo):bisect_left(starts, hi)] if q.end <= hi]


def event_rows(text: str, published: dt.date | None = None, *, gazetteer: Gazetteer | None = None,
               report_id: str = "report", source: str = "", url: str = "") -> list[dict]:
    """The events a report tells of, as event-table records (see :func:`extract_events`)."""
    gz = gazetteer or Gazetteer.default()
    mentions = find_mentions(text, gz)
    # Cue words, forces, sources, targets, date words and counts: found once in the whole
    # report, read per sentence.
    families = _WORDS.find(text)
    words = [(hits, [h[0] for h in hits]) for hits in
             (families["cues"], families["forces"], families["sources"], families["targets"],
              [(s, e, "") for s, e in date_hints(text, families["dates"])])]
    counts = find_numbers(text, families["counts"])
    count_starts = [q.start for q in counts]
    has_strikes = any(cue in _WEAPON_CUES for _, _, cue in words[0][0])
    air_actors = {name for _, _, name in words[1][0] if name in AIR_ACTORS}
    report_air_actor = air_actors.pop() if len(air_actors) == 1 else ""
    breaks = [m.start() for m in _PARAGRAPH_RE.finditer(text)]
    lead: Dated | None = None
    paragraph: tuple[int, Dated | None] = (-1, None)  # (paragraph number, last date stated in it)
    anchor, last_strike = None, ""
    events: list[_Event] = []
    denials: list[str] = []
    resolved = [m for m in mentions if m.place is not None]  # in text order
    placed = [m.start for m in resolved]
    for start, end in split_sentences(text):
        sentence = text[start:end]
        spotted = _Spotted(*[_within(hits, starts, start, end) for hits, starts in words],
                           _counts_within(counts, count_starts, start, end))
        own = _own_date(sentence, published, anchor, [(s, e) for s, e, _ in spotted.dates]) if spotted.dates else None
        number = bisect_right(breaks, start)
        if number != paragraph[0]:
            paragraph = (number, None)
        i, j = bisect_left(placed, start), bisect_left(placed, end)
        kind = _kind(spotted.cues, spotted.actors, has_strikes) if i < j and spotted.cues else ""
        if kind in _STRIKE_SUBS and not any(cue in _WEAPON_CUES for _, _, cue in spotted.cues):
            kind = last_strike or kind  # "Rescuers said 4 died in X" after "Shelling hit X"
        found = []
        if kind:
            date = statement_date(own, incident=kind != "Displacement", paragraph=paragraph[1], lead=lead,
                                  published=published)
            found = _sentence_events(sentence, start, resolved[i:j], spotted, kind, *date, report_air_actor)
        if found:
            events.extend(found)
            last_strike = next((e.sub_event_type for e in reversed(found) if e.sub_event_type in _STRIKE_SUBS),
                               last_strike)
        if own is not None:
            paragraph, anchor = (number, own), own[0] or anchor
            lead = lead or (own if found else None)
        if not found:
            denials += [f"{a.who} (denies)" for a in attributions(spotted.sources) if a.stance == "denies"]
    events = _fold_areas(_fold_bare_mentions(events))
    for ev in events:
        if ev.sub_event_type in _STRIKE_SUBS:
            ev.attribution += [d for d in denials if d not in ev.attribution]
    rows = [_row(ev, report_id, source, url) for ev in events]
    for n, row in enumerate(rows, 1):
        row["event_id_cnty"] = f"SYR-{report_id}-{n}"
    return rows


def extract_events(text: str, published: dt.date | None = None, *, gazetteer: Gazetteer | None = None,
                   report_id: str = "report", source: str = "", url: str = "") -> pd.DataFrame:
    """The events a report tells of, as an event table (:data:`geo_idlib.schema.EVENT_COLUMNS`).

    ``published`` anchors relative dates; ``source`` names the outlet (``report_id`` when
    empty); ``gazetteer`` defaults to the bundled one.

    >>> ev = extract_events("Government forces captured Kafr Nabudah in May 2019.")
    >>> ev[["event_date", "time_precision", "sub_event_type", "location"]].values.tolist()
    [['2019-05-01', 3, 'Government regains territory', 'Kafr Nabudah']]
    """
    return events_frame(event_rows(text, published, gazetteer=gazetteer, report_id=report_id,
                                   source=source, url=url))


def extract_reports(reports: Iterable[Report], *, published: dt.date | None = None,
                    gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """One event table for many reports (read with :func:`~geo_idlib.reports.reading.read_reports`);
    ``published`` stands in for reports that carry no date.

    >>> from geo_idlib.reports.reading import Report
    >>> len(extract_reports([Report("a", "Jets hit Saraqeb."), Report("b", "Shelling hit Idlib city.")]))
    2
    """
    rows: list[dict] = []
    for r in reports:
        rows += event_rows(r.text, r.published or published, gazetteer=gazetteer, report_id=r.report_id,
                           source=r.outlet, url=r.url)
    return events_frame(rows)
