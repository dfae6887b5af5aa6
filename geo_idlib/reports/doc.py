"""The report being read: one :class:`ReportDoc` that the pipeline's stages fill in turn
(:mod:`geo_idlib.reports.pipeline`), and the views and drafts they pass around.

A doc carries the text and its language pack, sentences and paragraph breaks, place mentions,
word-family hits by name (``cues``, ``forces``, ``sources``, ``targets``, ``deaths``, ``dates``),
counts, date hints, the running date state, the draft events and the finished rows.

>>> import datetime as dt
>>> doc = ReportDoc("Jets hit Saraqeb. Shelling hit Sarmin.", published=dt.date(2018, 2, 5))
>>> doc.lex.code, doc.published.isoformat()
('en', '2018-02-05')
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.reports.dates import Dated
from geo_idlib.reports.lang import Lexicon, detect_language, lexicon
from geo_idlib.reports.mentions import Mention
from geo_idlib.reports.numbers import Quantity

__all__ = ["ReportDoc", "DateState", "Sentence", "Event", "Hit"]

#: A word-family hit: ``(start, end, label)``.
Hit = tuple[int, int, str]


@dataclass(slots=True)
class DateState:
    """The running date state while a report is read: the report's ``lead`` date (the first
    date stated with an event), the current ``paragraph`` and the last date stated in it, and the
    ``anchor`` (the date last spoken of, for "a day after")."""

    lead: Dated | None = None
    lead_said: str = ""  # the words that stated it ("on monday")
    paragraph: int = -1
    paragraph_date: Dated | None = None
    paragraph_said: str = ""
    anchor: dt.date | None = None


@dataclass(slots=True)
class Sentence:
    """One sentence as the rules see it: its text and report offset, its paragraph number, its
    resolved place mentions (report offsets), its word-family hits (offsets relative to the
    sentence) and its counts (report offsets)."""

    text: str
    start: int
    paragraph: int
    mentions: list[Mention]
    words: dict[str, list[Hit]]
    counts: list[Quantity]
    cues: set[str] = field(init=False)  # the cue families present
    actors: list[str] = field(init=False)  # the actors named, in order, each once

    def __post_init__(self) -> None:
        self.cues = {cue for _, _, cue in self.words["cues"]}
        self.actors = list(dict.fromkeys(name for _, _, name in self.words["forces"]))


@dataclass(slots=True, eq=False)
class Event:
    """A draft event: what one sentence tells of one place (made a table row at the end); two
    drafts are the same only when they are one object."""

    sub_event_type: str
    mention: Mention
    sentence: str
    date: dt.date | None
    precision: int
    actor1: str = ""
    actor2: str = ""
    fatalities: list[Quantity] = field(default_factory=list)
    deaths_no_figure: bool = False  # deaths told without a figure ("several were killed"): no toll of 0
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
    unnamed: bool = False  # an area-level toll told of "a town" the report names next
    said: str = ""  # the words that dated it ("on sunday", "today")
    toll_only: bool = False  # told with no weapon or strike word of its own ("rescuers put the toll at 8")
    # what its toll is to one told before: "revised" replaces it ("the toll rose to 20"), a "part" of it
    # ("among the dead were six children") does not lower it; "" adds to the range
    toll_role: str = ""


@dataclass(slots=True)
class ReportDoc:
    """One report and everything read from it so far (see the module doc). ``lang`` picks the
    language pack (front matter); by default the report's script does. The text is kept as the
    pack spells it (Arabic without diacritics)."""

    text: str
    published: dt.date | None = None
    report_id: str = "report"
    source: str = ""
    url: str = ""
    lang: str = ""
    gazetteer: Gazetteer | None = None
    lex: Lexicon = field(init=False)
    sentences: list[tuple[int, int]] = field(default_factory=list)  # the body's sentences
    furniture: list[tuple[int, int]] = field(default_factory=list)  # headlines, captions, bylines, links
    dateline: tuple[int, int] = (0, 0)  # "DAMASCUS, Jan. 29 (Xinhua) —": where the story was filed
    reference: dt.date | None = None  # what relative dates count from: the dateline's date, else publication
    paragraphs: list[int] = field(default_factory=list)  # offsets of paragraph breaks
    mentions: list[Mention] = field(default_factory=list)  # resolved, in text order
    words: dict[str, list[Hit]] = field(default_factory=dict)  # word-family hits by name
    counts: list[Quantity] = field(default_factory=list)
    date_hints: list[tuple[int, int]] = field(default_factory=list)
    dates: DateState = field(default_factory=DateState)
    last_strike: str = ""  # the strike type the report last told of
    air_actor: str = ""  # the one flying actor the report names, if only one
    roundup: bool | None = None  # a round-up of past incidents (a day-dated incident is news however old);
    # None until an old day-dated incident asks
    cue_families: frozenset[str] = frozenset()  # the cue families the whole report holds
    events: list[Event] = field(default_factory=list)
    pending: tuple | None = None  # a toll told of an unnamed place: (kind, counts, sentence, sources, reach)
    denials: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lex = lexicon(detect_language(self.text, self.lang))
        self.text = self.lex.normalise(self.text)

    def main_area(self) -> Mention | None:
        """The area the report is about: its most named region-level place (else its most named
        place), the first named on a tie; None without places."""
        pool = [m for m in self.mentions if m.precision == 3] or self.mentions
        if not pool:
            return None
        counts = Counter(m.place.id for m in pool)
        return max(pool, key=lambda m: (counts[m.place.id], -pool.index(m)))

    def paragraph_of(self, offset: int) -> int:
        """The number of the paragraph holding ``offset``."""
        return bisect_right(self.paragraphs, offset)
