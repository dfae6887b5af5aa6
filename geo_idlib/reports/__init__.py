"""The reports room: news reports in, one sourced ACLED-style event table out.

``reading`` (files) gives reports; ``events`` reads each as a ``doc.ReportDoc`` through the
stages of ``pipeline`` (``mentions`` for places, ``sentences``, ``numbers``, ``dates``,
``attribution``, ``actors``, ``targets`` over ``phrases``, the event ``rules``, ``folding``,
``rows``), with the words of its language pack (``lang``); ``merge`` joins reports; ``table``
holds the column types and the CSV/JSON/GeoJSON texts.

>>> from geo_idlib.reports import extract_events
>>> extract_events("Russian jets struck Saraqeb.")["location"].tolist()
['Saraqib']
"""
from geo_idlib.reports.events import extract_events, extract_reports
from geo_idlib.reports.mentions import Mention, find_mentions
from geo_idlib.reports.merge import merge_events
from geo_idlib.reports.reading import Report, read_events, read_reports

__all__ = ["extract_events", "extract_reports", "find_mentions", "Mention", "merge_events", "Report",
           "read_reports", "read_events"]
