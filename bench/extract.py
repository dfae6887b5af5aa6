"""Reports benchmark: megabytes of report text per second through geoparse and extract.

The corpus is N reports (default 1,000) generated from ``examples/reports``: report ``i`` joins
``k`` consecutive example reports (default 3, so reports are about as long as wire copy). The
same text goes through one ``re.findall(r"\\w+")`` pass in the same run as the floor.
Prints figures; asserts nothing. Target (issue 3): >= 1 MB/s and within 30x of the floor.

    python bench/extract.py [N] [k]
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.reports.events import extract_reports
from geo_idlib.reports.mentions import find_mentions, matcher_for
from geo_idlib.reports.reading import Report, read_reports

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "reports"


def corpus(n: int, k: int) -> list[Report]:
    """``n`` reports, each joining ``k`` consecutive example reports (deterministic)."""
    examples = read_reports(sorted(EXAMPLES.glob("*.txt")))
    return [Report(f"bench-{i}", "\n\n".join(examples[(i + j) % len(examples)].text for j in range(k)),
                   examples[i % len(examples)].published) for i in range(n)]


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(n: int = 1000, k: int = 3) -> None:
    gz = Gazetteer.default()
    matcher_for(gz)  # build the automata before timing (once per gazetteer)
    reports = corpus(n, k)
    texts = [r.text for r in reports]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extract_reports(reports[:20], gazetteer=gz)  # warm the look-up caches
    floor = _timed(lambda: [re.findall(r"\w+", t) for t in texts])
    geoparse = _timed(lambda: [find_mentions(t, gz) for t in texts])
    events = []
    extract = _timed(lambda: events.append(extract_reports(reports, gazetteer=gz)))
    print(f"corpus: {n} reports, {mb:.2f} MB, {len(events[0])} events")
    for name, seconds in (("re.findall(\\w+)", floor), ("geoparse", geoparse), ("geoparse+extract", extract)):
        print(f"{name:18s} {mb / seconds:8.2f} MB/s   {seconds / floor:6.1f}x the findall pass")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
