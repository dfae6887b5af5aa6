"""What the event rules share: reading counts (what they count, which place they belong to),
the places a sentence tells of, and the incident events (strikes, shelling, clashes) made from
them. The language patterns are the report's language pack's (``doc.lex.patterns``).

>>> from geo_idlib.reports.lang import lexicon
>>> from geo_idlib.reports.numbers import find_numbers
>>> s = "Jets hit the town, killing 4 people and wounding 9."
>>> [(q.low, k) for q, k in typed_numbers(lexicon("en"), s, find_numbers(s))]
[(4, 'killed'), (9, 'injured')]
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from geo_idlib.reports.actors import AIR_ACTORS
from geo_idlib.reports.attribution import attributions
from geo_idlib.reports.doc import Event, Hit, ReportDoc, Sentence
from geo_idlib.reports.lang import EventPatterns, Lexicon
from geo_idlib.reports.mentions import Mention
from geo_idlib.reports.numbers import Quantity

__all__ = ["typed_numbers", "sentence_places", "sentence_numbers", "sentence_attribution", "area_name",
           "incident_events", "aggregate", "deaths_without_figure"]


_STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


@lru_cache(maxsize=None)
def _stems(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for "any of these word stems" (a cheap check before a costlier pattern)."""
    return re.compile("|".join(map(re.escape, words)))


def _kind_of_number(lex: Lexicon, sentence: str, q: Quantity, offset: int) -> str:
    """What a count counts: killed, injured, displaced, distance or '' (from the words around it)."""
    p = lex.patterns
    start, end = q.start - offset, q.end - offset
    before, after = sentence[max(0, start - 180):start], sentence[end:end + 120]
    last = before.replace("(", " ").split()[-1:]
    if last and last[0].lower() not in p.before_words:
        before = ""  # none of the look-behind patterns can match: skip their searches
    # each look-ahead pattern needs one of its verbs in ``after``: skip it cheaply when absent
    words = after.lower()
    if _stems(p.distance_words).search(words, 0, 12) and p.distance_after.match(after):
        return "distance"
    if p.casualties_after.match(after):  # "killed or wounded", "بين قتيل وجريح": no toll
        return ""
    if p.killed_noun.search(q.text):  # "سبع شهداء وست جرحى": the figure's own noun says killed
        return "killed"
    if p.part_after.match(after):  # "two children were among five killed": the five count them
        return ""
    if p.group_after.match(after):  # "one family", "three homes": not a count of people hurt
        return "displaced" if p.displaced_after.match(after) or (before and p.displaced_before.search(before)) else ""
    if (_stems(p.injured_words).search(words) and p.injured_after.match(after)) \
            or (before and p.injured_before.search(before)):
        return "injured"
    if (_stems(p.killed_words).search(words) and p.killed_after.match(after)) \
            or (before and p.killed_before.search(before)):
        return "killed"
    if (_stems(p.displaced_words).search(words) and p.displaced_after.match(after)) \
            or (before and p.displaced_before.search(before)):
        return "displaced"
    return ""


def typed_numbers(lex: Lexicon, sentence: str, numbers: list[Quantity],
                  offset: int = 0) -> list[tuple[Quantity, str]]:
    """Each count (its offsets ``offset`` beyond the sentence's) with what it counts; after a
    toll, a bare "12 more in X" is a toll too ("13 in Jabala and 12 more in Khan Shaykhun")."""
    typed = [(q, _kind_of_number(lex, sentence, q, offset)) for q in numbers]
    if any(k == "killed" for _, k in typed):
        more, part = lex.patterns.more_in, lex.patterns.part_before
        # "12 more in X" is a toll; "a doctor at the hospital" (one person named) is not
        typed = [(q, k or ("killed" if (q.low > 1 or q.text[:1].isdigit()) and more.match(sentence, q.end - offset)
                           and not part.search(sentence, max(0, q.start - offset - 16), q.start - offset) else ""))  # nor a part
                 for q, k in typed]
    return typed


def sentence_numbers(doc: ReportDoc, s: Sentence) -> list[tuple[Quantity, str]]:
    """The sentence's counts (report offsets) with what they count; counts matter only next to a
    casualty, flight or distance word."""
    p = doc.lex.patterns
    counted = s.counts and (bool(s.cues & {"damage", "flee"}) or (
        bool(_stems(p.distance_words).search(s.text.lower())) and bool(p.distance_hint.search(s.text))))
    return typed_numbers(doc.lex, s.text, s.counts if counted else [], s.start)


def sentence_attribution(s: Sentence) -> list[str]:
    """Who the sentence says said it ("X (denies)" for a denial)."""
    return [a.who + (" (denies)" if a.stance == "denies" else "") for a in attributions(s.words["sources"])]


def aggregate(lex: Lexicon, sentence: str) -> bool:
    """Whether the sentence's tolls are campaign totals ("the offensive has killed over 1,500")."""
    return bool(_stems(lex.patterns.aggregate_words).search(sentence.lower())) and bool(
        lex.patterns.aggregate.search(sentence))


class Span(NamedTuple):
    """Where words stand in the report (its offsets)."""

    start: int
    end: int


def deaths_without_figure(doc: ReportDoc, s: Sentence, typed: list[tuple[Quantity, str]]) -> list[Span]:
    """Where the words stand that tell of deaths in a sentence that gives no death toll
    ("several people were killed", "deaths were reported", "سقوط ضحايا"); none when it gives one
    (``typed``: its counts), says no one died ("no casualties were reported") or tells a campaign
    total. Dead and wounded told as one figure ("15 killed or wounded") give no death toll."""
    hits = s.words["deaths"]
    if not hits or any(label == "none" for _, _, label in hits) or any(k == "killed" for _, k in typed) \
            or aggregate(doc.lex, s.text):
        return []
    return [Span(s.start + a, s.start + b) for a, b, _ in hits]


def _clauses(lex: Lexicon, sentence: str, offset: int) -> list[tuple[int, int]]:
    cut = any(mark in sentence for mark in lex.patterns.clause_marks)  # else one clause: skip the scan
    bounds = [0, *(m.end() for m in lex.patterns.clause.finditer(sentence))] if cut else [0]
    bounds.append(len(sentence) + 1)
    return [(offset + a, offset + b) for a, b in zip(bounds[:-1], bounds[1:])]


def _owners(q: Quantity | Span, places: list[Mention], clauses: list[tuple[int, int]], counts: list[int],
            p: EventPatterns, sentence: str, offset: int, other_place: bool = False,
            spoken: tuple[int, ...] = ()) -> list[Mention]:
    """The places a count ``q`` (or words that tell of deaths) belongs to: those after it in its
    clause up to the next count, unless a new phrase parts them ("A, killing two, and B"); else those named since the count
    before it in its clause ("A, killing two, and B, killing three"), else those before it in its
    clause ("A: two dead and three hurt"), else the sentence's one place, unless its clause names another place the gazetteer does not know (``other_place``).
    Where a toll follows its place (``p.place_then_toll``), those named since come first, after a
    place said right after it with "in" (``p.toll_place``: "four dead, two children among them, in X").
    A count followed by another place's name before the next count (``spoken``: where the sentence
    names any place, areas too) was told of that place: "killed 12 across southern Idlib,
    including five in X" gives X the five only."""
    pos = q.start
    first, last = next(((a, b) for a, b in clauses if a <= pos < b), clauses[-1])
    nxt = min([c for c in counts if c > pos] + [last])
    prev = max([c for c in counts if first <= c < pos] + [first])
    since = [m for m in places if prev <= m.start < pos]
    after = [m for m in places if pos < m.start < nxt
             and not p.toll_break.search(sentence, q.end - offset, m.start - offset)]
    # where a toll follows its place, a place said right after it with "in" is still where they died
    located = [m for m in after if p.toll_place.search(sentence, max(0, m.start - offset - 24), m.start - offset)
               and not p.phrase_end.search(sentence, q.end - offset, m.start - offset)]  # in the toll's own phrase
    found = (located or since or after) if p.place_then_toll else (after or since)
    # a lead that gives its tolls first and the places after them ("nine killed and 20 hurt in raids on
    # A and B", "قتل تسعة وأصيب 20 جراء غارات على أ وب"): the places after the last count of its clause
    if found:
        return found
    told_of = any(pos < a < nxt for a in spoken)  # a place not among ``places`` (an area) is named after it
    return [m for m in places if first <= m.start < pos] \
        or [m for m in places if max([c for c in counts if c < last] + [pos]) < m.start < last and not told_of] \
        or (places if len(places) == 1 and not other_place and not told_of else [])


def _downed_spans(lex: Lexicon, s: Sentence) -> list[tuple[int, int]]:
    """Report offsets of the phrases that tell where an aircraft was brought down ("a Su-25 was
    shot down near Saraqeb, ..."): from the word to the end of its phrase."""
    out = []
    for _, end, cue in s.words["cues"]:
        if cue == "downing":
            stop = lex.patterns.phrase_end.search(s.text, end)
            out.append((s.start + end, s.start + (stop.start() if stop else len(s.text))))
    return out


def sentence_places(doc: ReportDoc, s: Sentence, *, precise_only: bool = True) -> list[Mention]:
    """The sentence's resolved mentions outside the phrases telling where an aircraft was
    brought down, each place once; with ``precise_only``, region-level ones only when the
    sentence names nothing more precise."""
    skip = _downed_spans(doc.lex, s)
    inside = [m for m in s.mentions if not any(a <= m.start < b for a, b in skip)] if skip else s.mentions
    if precise_only and any(m.precision < 3 for m in inside):
        inside = [m for m in inside if m.precision < 3]
    seen, out = set(), []
    for m in inside:
        if m.place.id not in seen:
            seen.add(m.place.id)
            out.append(m)
    return out


def area_name(m: Mention) -> str:
    """A place as an area name: "southern Idleb" for a region-level mention."""
    direction = m.qualifier if m.place.kind == "admin unit" and m.qualifier not in (
        "", "province", "countryside", "district", "subdistrict") else ""
    return f"{direction} {m.place.name}".strip()


def _before_place(pattern, context: list[int], sentence: str, pos: int) -> bool:
    """Whether ``pattern`` matches the words just before a place at ``pos`` (tried only when a
    word such patterns need starts there: ``context``, their sorted offsets in the sentence)."""
    i = bisect_left(context, pos - 40)
    return i < len(context) and context[i] < pos and bool(pattern.search(sentence, max(0, pos - 40), pos))


def _without_locators(lex: Lexicon, sentence: str, offset: int, places: list[Mention]) -> list[Mention]:
    """The places without those named only to locate the place before them ("Bsonqul town west
    of Ariha city": Ariha is not struck); of two places a road runs between ("the road between A
    and B"), one event near the first."""
    out: list[Mention] = []
    for prev, m in zip([None, *places], places):
        gap = sentence[prev.end - offset:m.start - offset] if prev else ""
        if prev and gap.strip().lower() == "and" and out and out[-1].start == prev.start \
                and lex.patterns.between_before.search(sentence, max(0, prev.start - offset - 60), prev.start - offset):
            out[-1] = Mention(prev.text, prev.start, prev.end, prev.place, prev.score, max(prev.precision, 2), "near",
                              prev.matched)
            continue
        if not (prev and len(gap) < 60 and lex.patterns.locator.match(gap)):
            out.append(m)
    return out


def _strike_type(pos: int, cue_hits: list[Hit], default: str, air_report: bool) -> str:
    """Air strike or shelling for the place at ``pos``: the nearest air or shelling word before it
    decides ("jets hit A, and shells fell on B"), else the nearest after it ("In A, shelling...");
    a missile is an air strike in a report that speaks of air strikes."""
    missile = "air" if air_report else "shelling"
    weapons = [(start, missile if cue == "missile" else "air" if cue == "aircraft" else cue)
               for start, _, cue in cue_hits if cue in ("air", "aircraft", "shelling", "missile")]
    before = [w for w in weapons if w[0] < pos]
    cue = before[-1][1] if before else min(weapons, key=lambda w: w[0] - pos)[1] if weapons else ""
    if not cue:
        return default
    return "Shelling/artillery/missile attack" if cue == "shelling" else "Air/drone strike"


# "five of the", "two fighters of the", "عناصر من"
_COUNTED_GAP_RE = re.compile(r"\s*(?:(?:(?:members|fighters|soldiers|militants|troops|elements)\s+)?of\s+(?:the\s+)?"
                             r"|(?:عناصر\s+)?من\s+)?$")
_BY = "\u0628"  # Arabic "by" attached to the force: "قتل رجل بغارة روسية" (a man killed by a Russian raid)


def _counted_forces(s: Sentence, typed: list[tuple[Quantity, str]]) -> set[str]:
    """The forces named right after a toll ("33 Turkish soldiers were killed", "ثلاثة عناصر من
    قوات النظام"): the side that died, not the one that struck."""
    ends = [q.end - s.start for q, k in typed if k in ("killed", "injured")]
    return {name for a, _, name in s.words["forces"]
            if any(0 <= a - e <= 24 and _COUNTED_GAP_RE.match(s.text, e, a) for e in ends)
            and not s.text.startswith(_BY, a)}


def _struck_forces(p: EventPatterns, s: Sentence) -> set[str]:
    """The forces the sentence says were struck ("a Turkish convoy came under fire"): the words
    after the force, up to the next event word, say so."""
    cues = sorted(a for a, _, _ in s.words["cues"])
    out = set()
    for _, end, name in s.words["forces"]:
        stop = next((a for a in cues if a >= end), len(s.text))
        if p.struck_after.match(s.text[end:min(stop + 40, len(s.text))]):
            out.add(name)
    return out


def _toll_role(p: EventPatterns, sentence: str, q: Quantity, offset: int) -> str:
    """What a toll is to the one told before it: "revised" ("the toll rose to 20"), a "part" ("among
    the dead were six children") or "" (see :attr:`~geo_idlib.reports.doc.Event.toll_role`)."""
    lo, at = max(0, q.start - offset - 48), q.start - offset
    return "revised" if p.revised_before.search(sentence, lo, at) else "part" if p.toll_part_before.search(
        sentence, lo, at) else ""


def _give_parts(events: dict[int, Event], owned: list[tuple[Quantity, list[Mention]]], p: EventPatterns,
                sentence: str, offset: int) -> None:
    """A toll told of several places, then one place's part of it ("12 killed in A and B, nine of
    them in A"): the part is that place's toll and the other places share the rest (3 for B)."""
    for n, (whole, owners) in enumerate(owned):
        if len(owners) < 2:
            continue
        parts = [(q, who[0]) for q, who in owned[n + 1:] if len(who) == 1 and who[0] in owners and q.low < whole.low
                 and (p.part_of.match(sentence, q.end - offset)
                      or p.part_before.search(sentence, max(0, q.start - offset - 16), q.start - offset))]
        told = sum(q.low for q, _ in parts)
        others = [m for m in owners if all(m is not w for _, w in parts)]
        if not parts or told >= whole.low or not others:
            continue
        rest = Quantity(whole.start, whole.end, whole.text, whole.low - told, max(whole.high - told, whole.low - told))
        for _, m in parts:
            ev = events[m.start]
            ev.fatalities, ev.share["killed"] = [q for q in ev.fatalities if q is not whole], (1, 0)
        for rank, m in enumerate(others):
            ev = events[m.start]
            ev.fatalities, ev.share["killed"] = [rest if q is whole else q for q in ev.fatalities], (len(others), rank)


def incident_events(doc: ReportDoc, s: Sentence, kind: str, date, precision: int, *,
                    territory=None) -> list[Event]:
    """The incidents (strikes, shelling, clashes, or with ``territory`` changes of control) one
    sentence tells of, one per place: counts go to the place nearest them in their clause,
    targets to the nearest place, a distance ("12 km from Saraqeb") to every place.
    ``territory(actors)`` gives a change of control's (sub-event type, actor1, actor2)."""
    lex, p = doc.lex, doc.lex.patterns
    places = sentence_places(doc, s)
    if not places:
        return []
    cue_hits, actors, offset, sentence = s.words["cues"], s.actors, s.start, s.text
    attribution = sentence_attribution(s)
    typed = sentence_numbers(doc, s)
    distance = next((q for q, k in typed if k == "distance"), None)
    reference = [m for m in places if distance and m.qualifier == "near" and m.start > distance.end]
    context = [a for a, _, _ in s.words["context"]]
    referred = {id(r) for r in reference}  # "pushing towards Y", "12 km from Y": no event at Y
    event_places = _without_locators(lex, sentence, offset, [
        m for m in places if id(m) not in referred and not _before_place(p.heading_before, context, sentence,
                                                                         m.start - offset)])
    if territory is not None:
        if not event_places:  # "took an air base 12 km from Saraqeb": near Saraqeb
            event_places = reference[:1]
        verb = offset + next(start for start, _, cue in cue_hits if cue == "capture")
        event_places = [m for m in event_places if m.start > verb] or event_places
        end = p.capture_end.search(sentence, verb - offset)
        event_places = [m for m in event_places if not end or m.start - offset < end.start()] or event_places
        # "villages south of the town of X, including A and B": A and B were taken, not X
        event_places = [m for m in event_places if m.qualifier != "near"] or event_places
        # "the posts in X are now besieged": X was not taken
        event_places = [m for m in event_places if not p.besieged_after.match(sentence, m.end - offset)]
        sub, actor1, actor2 = territory(actors)
        subs = dict.fromkeys((m.start for m in event_places), sub)
    else:
        # "a mother from X", "shelling from X": not an event in X
        event_places = [m for m in event_places
                        if not _before_place(p.from_before, context, sentence, m.start - offset)]
        # "33 Turkish soldiers were killed", "a Turkish convoy came under fire": who was struck, not who struck
        victims = _counted_forces(s, typed) | _struck_forces(p, s)
        actor1 = next((a for a in actors if a not in victims), "")
        actor2 = next((a for a in actors if a != actor1), "")
        air_report = bool(doc.cue_families & {"air", "aircraft"})
        # an attack with no weapon named, by a side that does not fly ("rebels attacked X"): shelling
        default = "Shelling/artillery/missile attack" if kind == "Air/drone strike" and actor1 \
            and actor1 not in AIR_ACTORS else kind
        subs = {m.start: _strike_type(m.start - offset, cue_hits, default, air_report) if kind in _STRIKES else kind
                for m in event_places}
    # "Turkish drones", "Turkish jets": a force named by its aircraft flies, whatever side it is
    flying = {name for a, b, name in s.words["forces"]
              if any(a <= c < b for c, _, cue in cue_hits if cue == "aircraft")} if territory is None else set()
    events = {}
    for m in event_places:
        sub = subs[m.start]
        by = (doc.air_actor or actor1) if sub == "Air/drone strike" and actor1 not in AIR_ACTORS | flying else actor1
        events[m.start] = Event(sub, m, sentence, date, precision, by, actor2, attribution=list(attribution),
                                unnamed=m.precision == 3 and bool(p.unnamed_place.search(sentence)))
    counts = [q.start for q, k in typed if k in ("killed", "injured")]
    untold = deaths_without_figure(doc, s, typed)
    clauses = _clauses(lex, sentence, offset) if counts or untold else []
    # every naming of an event's place counts where it stands ("hit A and B, killing two in A")
    by_place = {m.place.id: m for m in event_places}
    named = [m for m in s.mentions if by_place.get(m.place.id) is not None] if counts or untold else []
    owned: list[tuple[Quantity, list[Mention]]] = []  # the tolls of the dead and whose they are
    spoken = tuple(m.start for m in s.mentions)
    for q, k in typed if counts else []:
        clause = next(((a, b) for a, b in clauses if a <= q.start < b), clauses[-1])
        # a campaign total ("since the offensive began") takes only its own clause's tolls
        if k not in ("killed", "injured") or aggregate(lex, sentence[clause[0] - offset:clause[1] - offset]):
            continue
        other = len(clauses) > 1 and not any(clause[0] <= m.start < clause[1] for m in places) and bool(
            p.place_noun.search(sentence, clause[0] - offset, clause[1] - offset))  # "... in the town of <unknown>"
        owners = list(dict.fromkeys(by_place[m.place.id] for m in _owners(
            q, named, clauses, counts, p, sentence, offset, other, spoken)))
        if k == "killed":
            owned.append((q, owners))
        each = len(owners) > 1 and bool(p.each_after.match(sentence, q.end - offset))  # "two in each": not shared
        role = _toll_role(p, sentence, q, offset) if k == "killed" else ""
        for rank, m in enumerate(owners):
            ev = events[m.start]
            if role == "part" and any(t.low >= q.low for t in ev.fatalities):
                continue  # "killing 20, among the dead were six children": the six are of the 20
            if role == "revised":  # "killing 12, a toll that later rose to 20": the 20 only
                ev.fatalities = []
            (ev.fatalities if k == "killed" else ev.injured).append(q)
            ev.toll_role = role if k == "killed" else ev.toll_role
            if len(owners) > ev.share.get(k, (1, 0))[0] and not each:
                ev.share[k] = (len(owners), rank)
    _give_parts(events, owned, p, sentence, offset)
    marks = sorted(counts + [w.start for w in untold])
    for w in untold:  # deaths told without a figure: no toll of 0 for the places they were told of
        owners = [by_place[m.place.id] for m in _owners(w, named, clauses, marks, p, sentence, offset)]
        for m in owners or event_places:
            events[m.start].deaths_no_figure = True
    for pos, _, target in s.words["targets"]:
        nearest = min(event_places, key=lambda m: abs(m.start - offset - pos))
        if target not in events[nearest.start].targets:
            events[nearest.start].targets.append(target)
    road = p.road.search(sentence) if p.road_word in sentence else None
    for ev in events.values():
        if distance is not None:
            ev.distance_km = float(distance.low)
            ev.reference_place = reference[0].place.name if reference else ""
        if road:
            ev.heading = road.group("road")
    return list(events.values())
