"""The reports pipeline: a report is read by named stages, in order, each a function over one
:class:`~geo_idlib.reports.doc.ReportDoc` (spaCy's pipeline, without spaCy).

* ``places``: resolved place mentions (:func:`~geo_idlib.reports.mentions.find_mentions`);
* ``sentences``: body sentences, page furniture and the dateline
  (:mod:`~geo_idlib.reports.layout`), paragraph breaks;
* ``words``: every word family of the language pack (cues, forces, sources, targets, date
  words, count words) in one Aho-Corasick pass, then counts and date hints;
* ``events``: sentence by sentence, the first rule that claims it (:mod:`~geo_idlib.reports.rules`)
  makes its events, dated by :func:`~geo_idlib.reports.dates.statement_date`;
* ``fold``: rows told twice within the report fold (:mod:`~geo_idlib.reports.folding`);
* ``denials``: a denial stated apart ("Russia denied...") joins the attribution of every strike
  not put on another side than the denier's;
* ``rows``: event-table records (:mod:`~geo_idlib.reports.rows`).

>>> [name for name, _ in STAGES]
['places', 'sentences', 'words', 'events', 'fold', 'denials', 'rows']
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Callable

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.reports.actors import AIR_ACTORS, SPEAKS_FOR
from geo_idlib.reports.attribution import attribution_phrases, attributions
from geo_idlib.reports.dates import date_hints, date_words, find_dates, statement_date
from geo_idlib.reports.doc import Event, ReportDoc, Sentence
from geo_idlib.reports.folding import fold_events, join_figures
from geo_idlib.reports.lang import Lexicon
from geo_idlib.reports.layout import page_layout
from geo_idlib.reports.mentions import find_mentions
from geo_idlib.reports.numbers import Quantity, count_words, find_numbers
from geo_idlib.reports.phrases import PhraseFamilies
from geo_idlib.reports.rows import event_row
from geo_idlib.reports.rules import STRIKE_TYPES, WEAPON_CUES, classify, rule_for
from geo_idlib.reports.rules.common import aggregate, deaths_without_figure, sentence_attribution, sentence_numbers

__all__ = ["STAGES", "run", "word_families"]

_PARAGRAPH_RE = re.compile(r"\n\s*\n")
#: An incident dated this many days before the report's date is background, not its news.
BACKGROUND_DAYS = 10
_INCIDENT_CUES = frozenset({"air", "aircraft", "shelling", "missile", "strike", "clash", "capture"})
_WEAPONS = frozenset({"air", "aircraft", "shelling", "missile"})  # cue families that name a weapon
_PENDING_REACH = 4  # sentences a toll told of an unnamed place waits for its place
_SUMMARY = "\x00summary"  # what a sentence dated by a whole year or recent days is said with
_COUNTED = frozenset({"after", "next"})  # date kinds counted from the date spoken of before
_FAMILIES = ("cues", "forces", "sources", "targets", "deaths", "dates", "context")


@lru_cache(maxsize=None)
def word_families(lex: Lexicon) -> PhraseFamilies:
    """Every word family a report is read for, spotted in one pass."""
    return PhraseFamilies({"cues": lex.cues, "forces": lex.forces, "sources": attribution_phrases(lex),
                           "targets": lex.targets, "deaths": lex.deaths, "dates": date_words(lex),
                           "counts": count_words(lex), "context": {"context": lex.patterns.context_words}})


def find_places(doc: ReportDoc) -> None:
    """The report's resolved place mentions, in text order."""
    doc.mentions = [m for m in find_mentions(doc.text, doc.gazetteer or Gazetteer.default()) if m.place is not None]


def split_text(doc: ReportDoc) -> None:
    """Body sentences, furniture, the dateline (and the date it gives), paragraph breaks."""
    lay = page_layout(doc.text, doc.lex)
    doc.sentences, doc.furniture, doc.dateline = lay.sentences, lay.furniture, lay.dateline
    doc.paragraphs = [m.start() for m in _PARAGRAPH_RE.finditer(doc.text)]
    dated = find_dates(doc.text[slice(*doc.dateline)], doc.published, lex=doc.lex) if lay.dateline[1] else []
    doc.reference = next((d.date for d in dated if d.date and d.precision == 1), doc.published)
    if doc.dateline[1]:
        doc.mentions = [m for m in doc.mentions if not doc.dateline[0] <= m.start < doc.dateline[1]]


def spot_words(doc: ReportDoc) -> None:
    """Word families, counts and date hints, found once in the whole report."""
    families = word_families(doc.lex).find(doc.text)
    broker = doc.lex.patterns.broker_before  # "a truce brokered by Moscow and Ankara": no side, no source
    for name in ("forces", "sources"):
        families[name] = [h for h in families[name] if not broker.search(doc.text, max(0, h[0] - 40), h[0])]
    doc.words = {name: families[name] for name in _FAMILIES}
    doc.date_hints = date_hints(doc.text, families["dates"], doc.lex)
    doc.words["dates"] = [(s, e, "") for s, e in doc.date_hints]
    doc.counts = find_numbers(doc.text, families["counts"], doc.lex)
    doc.cue_families = frozenset(cue for _, _, cue in doc.words["cues"])
    air_actors = {name for _, _, name in doc.words["forces"] if name in AIR_ACTORS}
    doc.air_actor = air_actors.pop() if len(air_actors) == 1 else ""
    # a place name inside a force or a source ("SANA", "Damascus and its allies") is no event place
    starts = [m.start for m in doc.mentions]
    inside = {k for family in ("forces", "sources") for s, e, _ in doc.words[family]
              for k in range(bisect_left(starts, s), bisect_left(starts, e)) if doc.mentions[k].end <= e}
    if inside:
        doc.mentions = [m for k, m in enumerate(doc.mentions) if k not in inside]


def _counts_within(counts: list[Quantity], starts: list[int], lo: int, hi: int) -> list[Quantity]:
    """The counts inside ``[lo, hi)`` (offsets stay the report's)."""
    return [q for q in counts[bisect_left(starts, lo):bisect_left(starts, hi)] if q.end <= hi]


def _dates_statement(doc: ReportDoc, sentence: str, at: int) -> bool:
    """Whether the date expression at ``at`` of a sentence dates a statement ("said today",
    "released on Monday"), not the incident the statement tells of."""
    return bool(doc.lex.dates.statement_before.search(sentence, max(0, at - 30), at))


def _own_date(doc: ReportDoc, s: Sentence):
    """The sentence's own date (None when it states none) and the words that said it: the most
    precise one, not counted from another ("a day after") when another is given, not the day of a
    statement ("said today") when another is given, and of those the one nearest an event word
    ("after gains on February 24, on February 25 troops took X")."""
    hints = s.words["dates"]
    found = find_dates(s.text, doc.reference, doc.dates.anchor, [(a, b) for a, b, _ in hints], doc.lex) \
        if hints else None
    if not found:
        return None, ""
    cues = [a for a, _, cue in s.words["cues"] if cue in _INCIDENT_CUES]
    if doc.dateline[1] > s.start:  # the dateline's date dates the report, not the sentence
        found = [d for d in found if s.start + d.start >= doc.dateline[1]] or None
        if not found:
            return None, ""
    # a date counted from another one ("a day after government forces had seized it") places
    # that other event: the sentence's own weekday or calendar date, if any, comes first
    resolved = sorted((d for d in found if d.date), key=lambda d: (
        d.precision, d.kind in _COUNTED, _dates_statement(doc, s.text, d.start),
        min((abs(c - d.start) for c in cues), default=0)))
    said = (resolved or found)[0].text.lower()
    if resolved and resolved[0].kind == "year" or not resolved and any(d.kind == "recent" for d in found) \
            or _long_span(doc, s.text, found):
        said = _SUMMARY  # "In 2019, 910 incidents ...", "in recent days": a summary, not an incident
    return ((resolved[0].date, resolved[0].precision) if resolved else (None, 3)), said


def _long_span(doc: ReportDoc, text: str, found) -> bool:
    """Whether two dates of ``text`` bound a span longer than a week ("between 28 April and 20
    June"): what happened over it is a summary, too long for ACLED's week precision."""
    words = doc.lex.dates
    return any(a.date and b.date and (b.date - a.date).days > 7 and words.span_before.search(text, 0, a.start)
               and words.span_join.fullmatch(text, a.end, b.start) for a, b in zip(found, found[1:]))


def _background(doc: ReportDoc, own, said: str = "") -> bool:
    """Whether a sentence's own date lies well before the report's (more than :data:`BACKGROUND_DAYS`
    before the dateline or publication date; a month counts from its end). In a round-up (see
    :func:`_roundup`) a date to the day is never background."""
    if said == _SUMMARY:
        return True
    if own is None or own[0] is None or doc.reference is None:
        return False
    end = own[0] + dt.timedelta(days=30 if own[1] == 3 else 6 if own[1] == 2 else 0)
    if (doc.reference - end).days <= BACKGROUND_DAYS:
        return False
    if own[1] == 1:  # old and dated to the day: asked only now whether the report is a round-up
        doc.roundup = _roundup(doc) if doc.roundup is None else doc.roundup
        return not doc.roundup
    return True


def _placeless(doc: ReportDoc, s: Sentence, kind: str, previous: list[Event]) -> str:
    """An incident sentence that names no place: a toll that goes on from the sentence before
    ("Five of them died in air strikes", "Another three were killed in shelling", "Dozens were
    wounded", "Several people died") is told of that
    sentence's one place (the sentence takes it, and ``kind`` is kept); a toll told of an unnamed
    place ("killed in air strikes on a hospital") waits for the place the report names next.
    Anything else makes no event ('')."""
    typed = sentence_numbers(doc, s)
    tolls = [q for q, k in typed if k == "killed"]
    told = tolls or any(k == "injured" for _, k in typed) or deaths_without_figure(doc, s, typed)
    if not told or aggregate(doc.lex, s.text):
        return ""
    places = list({ev.mention.place.id: ev.mention for ev in previous}.values())
    if len(places) == 1:
        s.mentions = places
        return kind
    if not tolls:
        return ""
    if doc.lex.patterns.unnamed_place.search(s.text):
        doc.pending = (kind, tolls, s.text, sentence_attribution(s), _PENDING_REACH)
    return ""


def _give_pending_toll(doc: ReportDoc, found: list[Event]) -> None:
    """A waiting toll goes to the first new event of its kind without a toll of its own."""
    if doc.pending is None:
        return
    kind, tolls, sentence, attribution, reach = doc.pending
    to = next((ev for ev in found if ev.sub_event_type == kind and not ev.fatalities), None)
    if to is not None:
        to.fatalities, to.sentence = list(tolls), f"{sentence} | {to.sentence}"
        to.attribution += [a for a in attribution if a not in to.attribution]
    doc.pending = None if to is not None or reach <= 1 else (kind, tolls, sentence, attribution, reach - 1)


def _parts(doc: ReportDoc, s: Sentence) -> list[Sentence]:
    """A sentence read in parts: clauses joined by a semicolon (or ", and" before a subject and its
    verb) that each tell of an incident ("shells hit A on Tuesday; B, which troops entered on
    Friday, ..."), and in each a flight told
    in a phrase of its own after strikes (see :func:`_flight_parts`); else itself."""
    cuts = [m.end() for m in doc.lex.patterns.clause_join.finditer(s.text)]
    bounds = [0]
    for cut in cuts:  # a clause that tells of no incident at a place of its own stays with the clause before it
        if _tells(s, bounds[-1], cut) and _tells(s, cut, len(s.text)):
            bounds.append(cut)
    if len(bounds) == 1:
        return _flight_parts(doc, s)
    parts = [_part(s, a, b) for a, b in zip(bounds, [*bounds[1:], len(s.text)])]
    for part in parts:  # a clause without a force of its own keeps the sentence's ("A raid on A, while B was shelled")
        part.actors = part.actors or list(s.actors)
    return [p for part in parts for p in _flight_parts(doc, part)]


def _tells(s: Sentence, a: int, b: int) -> bool:
    return any(a <= start < b for start, _, cue in s.words["cues"] if cue in _INCIDENT_CUES) \
        and any(a <= m.start - s.start < b for m in s.mentions)


def _flight_parts(doc: ReportDoc, s: Sentence) -> list[Sentence]:
    """A sentence that tells of strikes and then, in a phrase of its own, of a flight ("Air raids on
    A and B, and families fled towards the border") read as two parts, cut at the phrase break
    before the first flight word; else itself."""
    flight = next((a for a, _, cue in s.words["cues"] if cue == "flee"), None)
    if flight is None or not any(a < flight for a, _, cue in s.words["cues"] if cue in _INCIDENT_CUES):
        return [s]
    cut = max((m.end() for m in doc.lex.patterns.phrase_end.finditer(s.text, 0, flight)
               if s.text[m.end():m.end() + 1].isspace()), default=0)  # not the comma of "25,000"
    if not cut or not any(a < cut for a, _, cue in s.words["cues"] if cue in _INCIDENT_CUES):
        # no phrase break: the "and" before the flight ("killed three on Sunday and 200 people fled"),
        # not one inside the strikes' own words ("air strikes and shelling displaced...")
        cut = max((m.end() for m in doc.lex.patterns.and_break.finditer(s.text, 0, flight)
                   if not any(m.end() <= a < flight for a, _, cue in s.words["cues"] if cue in _INCIDENT_CUES)),
                  default=0)
    if not cut or not any(a < cut for a, _, cue in s.words["cues"] if cue in _INCIDENT_CUES):
        return [s]
    return [_part(s, 0, cut), _part(s, cut, len(s.text))]


def _part(s: Sentence, lo: int, hi: int) -> Sentence:
    """The part ``[lo, hi)`` of a sentence (offsets relative to it) as a sentence of its own."""
    words = {name: [(a - lo, b - lo, label) for a, b, label in hits if lo <= a < hi] for name, hits in s.words.items()}
    return Sentence(s.text[lo:hi], s.start + lo, s.paragraph,
                    [m for m in s.mentions if s.start + lo <= m.start < s.start + hi], words,
                    [q for q in s.counts if s.start + lo <= q.start < s.start + hi])


#: How far after a place its own day may be said ("A on Sunday", "A, on Sunday,").
_DAY_AFTER_PLACE = 16


def _days_by_place(doc: ReportDoc, s: Sentence, events: list[Event]) -> None:
    """A sentence that gives each place its own day ("jets hit A on Sunday and B on Monday"):
    each event takes the day said right after its place, not the sentence's one date."""
    if len(events) < 2 or len(s.words["dates"]) < 2:
        return
    days = [d for d in find_dates(s.text, doc.reference, doc.dates.anchor, [(a, b) for a, b, _ in s.words["dates"]],
                                  doc.lex) if d.date and d.precision == 1 and d.kind not in _COUNTED]
    if len({d.date for d in days}) < 2:
        return
    for ev in events:
        at = ev.mention.end - s.start
        day = next((d for d in days if 0 <= d.start - at <= _DAY_AFTER_PLACE), None)
        if day is not None and (doc.reference is None or (doc.reference - day.date).days <= BACKGROUND_DAYS):
            ev.date, ev.precision, ev.said = day.date, 1, day.text.lower()


def _events_of(doc: ReportDoc, s: Sentence, own, background: bool, previous: list[Event]) -> tuple[list[Event], bool]:
    """The events one sentence (or part) tells of, and whether it tells of an incident (which
    dates the report even without a place)."""
    claim = classify(s.cues, s.actors, doc.cue_families) if s.words["cues"] else ""
    # an incident told with no place still dates the report ("killed in Syria on Tuesday");
    # "an offensive that began in December" is background, not this report's event
    incident = not background and ((bool(claim) and claim != "Displacement") or bool(s.cues & _INCIDENT_CUES))
    kind = claim if claim == "Displacement" or (incident and claim) else ""
    if kind in STRIKE_TYPES and not s.cues & set(WEAPON_CUES):
        kind = doc.last_strike or kind  # "Rescuers said 4 died in X" after "Shelling hit X"
    placeless = bool(kind) and kind != "Displacement" and not s.mentions
    if placeless:
        kind = _placeless(doc, s, kind, previous)
    if not kind:
        return [], incident
    state = doc.dates
    date = statement_date(own, incident=kind != "Displacement", paragraph=state.paragraph_date,
                          lead=state.lead, published=doc.published)
    found = rule_for(kind).events(doc, s, kind, *date)
    # "Jets struck A on Sunday. Three soldiers were killed in the attack.": with no weapon of its own,
    # the toll is the incident's told just before (its type, its sides), if of its kind or of none
    told = next((ev for ev in reversed(previous) if ev.sub_event_type != "Displacement"), None) \
        if placeless and not s.cues & _WEAPONS else None
    if told is not None and (s.cues & _INCIDENT_CUES and told.sub_event_type != kind
                             and not {kind, told.sub_event_type} <= set(STRIKE_TYPES)):
        told = None  # "Fresh fighting took the toll to 52" after strikes: the fighting's toll
    if told is not None:
        for ev in found:
            join_figures(told, ev)
            told.targets += [t for t in ev.targets if t not in told.targets]
            told.sentence = f"{told.sentence} | {ev.sentence}"
        return [], incident
    if kind in STRIKE_TYPES and not s.cues & set(WEAPON_CUES):
        for ev in found:
            ev.toll_only = True
    _give_pending_toll(doc, found)
    return found, incident


#: A report is a round-up when at least this many incidents are dated to a day before
#: :data:`BACKGROUND_DAYS`, and at least twice as many as those dated within it.
ROUNDUP_OLD = 3


def _roundup(doc: ReportDoc) -> bool:
    """Whether the report is a round-up of past incidents (a monthly report, a log of the weeks
    before, an investigation published weeks after), not news with some background: its incident
    sentences, dated to a day, are mostly older than :data:`BACKGROUND_DAYS`, or all of them are."""
    if doc.reference is None:
        return False
    cues = [a for a, _, cue in doc.words["cues"] if cue in _INCIDENT_CUES]
    dates = doc.words["dates"]
    starts = [a for a, _, _ in dates]
    old = recent = 0
    for start, end in doc.sentences:
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        if i == j or bisect_left(cues, start) == bisect_left(cues, end):
            continue
        sentence = doc.text[start:end]
        found = find_dates(sentence, doc.reference, None, [(a - start, b - start) for a, b, _ in dates[i:j]], doc.lex)
        day = next((d.date for d in sorted(found, key=lambda d: _dates_statement(doc, sentence, d.start))
                    if d.date and d.precision == 1), None)
        if day is not None:
            old += (doc.reference - day).days > BACKGROUND_DAYS
            recent += (doc.reference - day).days <= BACKGROUND_DAYS
    # a log of past incidents, or an investigation of one told weeks later with no news of its own
    return (old >= ROUNDUP_OLD and old >= 2 * recent) or (old >= 1 and recent == 0)


def read_sentences(doc: ReportDoc) -> None:
    """Sentence by sentence: the rule that claims it makes its events; the date state runs on."""
    words = [(name, doc.words[name], [h[0] for h in doc.words[name]]) for name in _FAMILIES]
    count_starts = [q.start for q in doc.counts]
    placed = [m.start for m in doc.mentions]
    state = doc.dates
    previous: list[Event] = []  # the events of the sentence before, in the same paragraph
    marks = [h[0] for h in sorted(doc.words["cues"] + doc.words["dates"] + doc.words["sources"])]
    for start, end in doc.sentences:
        number = doc.paragraph_of(start)
        if bisect_left(marks, start) == bisect_left(marks, end):  # no cue, date or source: nothing to read
            previous = []
            if number != state.paragraph:
                state.paragraph, state.paragraph_date = number, None
            continue
        i, j = bisect_left(placed, start), bisect_left(placed, end)
        s = Sentence(doc.text[start:end], start, number, doc.mentions[i:j],
                     {name: [(a - start, b - start, label) for a, b, label in  # offsets made the sentence's
                             hits[bisect_left(starts, start):bisect_left(starts, end)]] if hits else []
                      for name, hits, starts in words},
                     _counts_within(doc.counts, count_starts, start, end))
        own, said = _own_date(doc, s)
        if number != state.paragraph:
            state.paragraph, state.paragraph_date = number, None
        background = _background(doc, own, said)
        found, incident, named = [], False, bool(s.mentions)
        parts = _parts(doc, s) if s.words["cues"] else [s]
        for part in parts:
            # a clause of its own with a date of its own ("...; X, which troops entered on 8 May")
            part_own, part_said = _own_date(doc, part) if len(parts) > 1 and part.words["dates"] else (own, said)
            part_own, part_said = (part_own, part_said) if part_own is not None else (own, said)
            events, told = _events_of(doc, part, part_own, _background(doc, part_own, part_said), previous)
            for ev in events:  # the words that date it: two undated rows are one day only if said alike
                ev.said = part_said if part_own is not None else state.paragraph_said if state.paragraph_date \
                    else state.lead_said if state.lead else ""
            _days_by_place(doc, part, events)
            found += events
            incident = incident or told
        # a toll that names no place and joined the events before goes on from them too
        previous = found if found or named else previous if number == state.paragraph else []
        if found:
            doc.events.extend(found)
            doc.last_strike = next((e.sub_event_type for e in reversed(found) if e.sub_event_type in STRIKE_TYPES),
                                   doc.last_strike)
        if own is not None:
            state.anchor = own[0] or state.anchor
            if not background:  # "first captured it on May 8": the later fighting is not of May 8
                state.paragraph_date, state.paragraph_said = own, said
            if state.lead is None and incident and own[0]:
                state.lead, state.lead_said = own, said
        if not found:
            doc.denials += [a.who for a in attributions(s.words["sources"]) if a.stance == "denies"]


def fold(doc: ReportDoc) -> None:
    """Rows told twice within the report fold into one."""
    doc.events = fold_events(doc.events)


def attach_denials(doc: ReportDoc) -> None:
    """A denial stated in a sentence of its own joins the attribution of every strike not put on
    another side than the one the denier speaks for (Moscow's denial is not of a rebel shelling)."""
    for ev in doc.events:
        if ev.sub_event_type in STRIKE_TYPES:
            ev.attribution += [f"{who} (denies)" for who in doc.denials if f"{who} (denies)" not in ev.attribution
                               and (not ev.actor1 or who not in SPEAKS_FOR or ev.actor1 in SPEAKS_FOR[who])]


def make_rows(doc: ReportDoc) -> None:
    """Event-table records, numbered within the report."""
    doc.rows = [event_row(ev, doc.report_id, doc.source, doc.url) for ev in doc.events]
    for n, row in enumerate(doc.rows, 1):
        row["event_id_cnty"] = f"SYR-{doc.report_id}-{n}"


#: The stages, in order: (name, function over the doc).
STAGES: list[tuple[str, Callable[[ReportDoc], None]]] = [
    ("places", find_places), ("sentences", split_text), ("words", spot_words), ("events", read_sentences),
    ("fold", fold), ("denials", attach_denials), ("rows", make_rows),
]


def run(doc: ReportDoc) -> ReportDoc:
    """``doc`` read by every stage in turn."""
    for _, stage in STAGES:
        stage(doc)
    return doc
