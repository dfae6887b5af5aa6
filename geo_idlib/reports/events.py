"""Reports to events: one ACLED-style row per strike, clash, territorial change or displacement.

The report is read by the stages of :mod:`~geo_idlib.reports.pipeline`, in its language's pack
(:mod:`~geo_idlib.reports.lang`), sentence by sentence by the rules of
:mod:`~geo_idlib.reports.rules`. A sentence tells of an event when it has a cue word
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
from typing import Iterable

import pandas as pd

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.reports.actors import find_actors
from geo_idlib.reports.doc import ReportDoc
from geo_idlib.reports.lang import lexicon
from geo_idlib.reports.phrases import PhraseMatcher
from geo_idlib.reports.pipeline import run
from geo_idlib.reports.reading import Report
from geo_idlib.reports.rules import classify
from geo_idlib.reports.table import events_frame

__all__ = ["extract_events", "extract_reports", "event_rows", "classify_sentence"]

_CUES = PhraseMatcher(lexicon("en").cues)


def classify_sentence(sentence: str, *, report_has_strikes: bool = False) -> str:
    """The sub-event type an English sentence tells of ('' for none; "territory" for a change
    of control).

    >>> classify_sentence("Government forces captured the village.")
    'territory'
    >>> classify_sentence("Artillery shelled the town.")
    'Shelling/artillery/missile attack'
    """
    return classify(_CUES.labels(sentence), find_actors(sentence), frozenset({"strike"} if report_has_strikes else ()))


def event_rows(text: str, published: dt.date | None = None, *, gazetteer: Gazetteer | None = None,
               report_id: str = "report", source: str = "", url: str = "", lang: str = "") -> list[dict]:
    """The events a report tells of, as event-table records (see :func:`extract_events`)."""
    return run(ReportDoc(text, published, report_id, source, url, lang, gazetteer)).rows


def extract_events(text: str, published: dt.date | None = None, *, gazetteer: Gazetteer | None = None,
                   report_id: str = "report", source: str = "", url: str = "", lang: str = "") -> pd.DataFrame:
    """The events a report tells of, as an event table (:data:`geo_idlib.schema.EVENT_COLUMNS`).

    ``published`` anchors relative dates; ``source`` names the outlet (``report_id`` when
    empty); ``gazetteer`` defaults to the bundled one; ``lang`` picks the language pack (by
    default the report's script does).

    >>> ev = extract_events("Government forces captured Kafr Nabudah in May 2019.")
    >>> ev[["event_date", "time_precision", "sub_event_type", "location"]].values.tolist()
    [['2019-05-01', 3, 'Government regains territory', 'Kafr Nabudah']]
    """
    return events_frame(event_rows(text, published, gazetteer=gazetteer, report_id=report_id,
                                   source=source, url=url, lang=lang))


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
                           source=r.outlet, url=r.url, lang=r.lang)
    return events_frame(rows)
