"""Merge speed: the blocked merge (issue 12) on 10k / 100k / 1M events, against the merge before it.

The table is made up here (for measuring only): events on 2,000 places of the north-west, about
300 a day, each told by one to three reports that differ in toll, day (a weekday read a day
off), precision, spelling of the source and targets, as reports of one event do. Every figure is
CPU seconds (``time.process_time``), min and median of ``r`` runs; the baselines run in the same
process, minutes apart at most:

* the brute-force merge as it was (every row against every group: ``tests/merge_reference.py``),
  at the sizes it can finish (it is quadratic: hours at 10,000 rows), and the blocked merge on the
  same tables, whose results must be identical (checked);
* ``merge_sources`` as it was (linked groups, each merged by the brute-force merge), on 10,000
  rows (and 100,000 with ``--slow``), against the blocked ``merge_sources`` (identical, checked).

    python bench/merge.py [--runs R] [--sizes 10000,100000,1000000] [--slow]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from merge_reference import reference_merge, reference_sources  # noqa: E402

from geo_idlib.reports.merge import merge_events  # noqa: E402
from geo_idlib.sources import merge_sources  # noqa: E402
from geo_idlib.tables import events_frame  # noqa: E402

KINDS = [("Explosions/Remote violence", "Air/drone strike"),
         ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Battles", "Armed clash"), ("Battles", "Government regains territory")]
OUTLETS = ["Wire", "Monitor", "Civil Defence", "Local News", "UN OCHA"]
TARGETS = ["", "", "", "", "hospital", "market", "school", "residential"]


def synthetic(n: int, seed: int = 12) -> pd.DataFrame:
    """About ``n`` rows: events told by 1-3 reports each, ~300 rows a day over 2,000 places."""
    rng = np.random.default_rng(seed)
    told = rng.choice([1, 1, 2, 2, 3], n)
    told = told[: np.searchsorted(np.cumsum(told), n) + 1]
    events = told.size
    place = rng.integers(0, 2000, events)
    plat, plon = 35.0 + (np.arange(2000) % 50) * 0.036, 35.9 + (np.arange(2000) // 50) * 0.04
    day = rng.integers(0, max(30, n // 300), events)
    kind = rng.choice(len(KINDS), events, p=[0.5, 0.3, 0.15, 0.05])
    toll = rng.poisson(2, events)
    target = rng.choice(len(TARGETS), events)
    ev = np.repeat(np.arange(events), told)[:n]
    m = ev.size
    off_by_one = rng.random(m) < 0.1  # a weekday read a day off
    dates = (pd.Timestamp("2012-01-01") + pd.to_timedelta(day[ev] + off_by_one, unit="D")).strftime("%Y-%m-%d")
    low = toll[ev] + rng.integers(0, 3, m)
    return events_frame(pd.DataFrame({
        "event_id_cnty": [f"SYR{i}" for i in range(m)], "event_date": dates,
        "event_type": [KINDS[k][0] for k in kind[ev]], "sub_event_type": [KINDS[k][1] for k in kind[ev]],
        "time_precision": rng.choice([1, 1, 1, 2], m), "geo_precision": rng.choice([1, 1, 2], m),
        "location": [f"Place {p}" for p in place[ev]], "place_id": [f"p{p}" for p in place[ev]],
        "latitude": plat[place[ev]], "longitude": plon[place[ev]],
        "actor1": rng.choice(["Military Forces of Russia", "Military Forces of Syria", ""], m),
        "report_id": [f"r{i}" for i in rng.permutation(m)], "source": rng.choice(OUTLETS, m),
        "quote": [f"Strikes on place {p}." for p in place[ev]], "targets": [TARGETS[t] for t in target[ev]],
        "fatalities": low, "fatalities_min": low, "fatalities_max": low + rng.integers(0, 4, m),
        "confidence": rng.choice([0.6, 0.75, 0.9], m),
    }))


def cpu(fn, runs: int) -> tuple[float, float, object]:
    """Min and median CPU seconds of ``runs`` calls of ``fn``, and its last result."""
    times, out = [], None
    for _ in range(runs):
        start = time.process_time()
        out = fn()
        times.append(time.process_time() - start)
    return min(times), statistics.median(times), out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--slow", action="store_true", help="also time the old merge_sources on 100,000 rows")
    args = parser.parse_args()
    print("CPU seconds, min / median of runs; 'x' = old / new (same tables, same run)")
    print(f"{'rows':>9} {'what':<40} {'new min':>8} {'new med':>8} {'old min':>9} {'old med':>9} {'x':>7}")
    for n in (250, 500):  # the brute-force merge can finish here
        table = synthetic(n)
        new_min, new_med, new = cpu(lambda: merge_events(table), args.runs)
        old_min, old_med, old = cpu(lambda: reference_merge(table), 1 if n > 250 else args.runs)
        pd.testing.assert_frame_equal(new, old)
        print(f"{n:>9,} {'merge_events (identical: checked)':<40} {new_min:>8.3f} {new_med:>8.3f} {old_min:>9.2f} "
              f"{old_med:>9.2f} {old_med / new_med:>7.0f}")
    old_sizes = (10_000, 100_000) if args.slow else (10_000,)
    for n in old_sizes:
        table = synthetic(n)
        frames, names = [table.iloc[::2], table.iloc[1::2]], ["reports", "more reports"]
        new_min, new_med, new = cpu(lambda: merge_sources(frames, names), args.runs)
        old_min, old_med, old = cpu(lambda: reference_sources(frames, names), 1)
        pd.testing.assert_frame_equal(new, old)
        print(f"{n:>9,} {'merge_sources (identical: checked)':<40} {new_min:>8.3f} {new_med:>8.3f} {old_min:>9.2f} "
              f"{old_med:>9.2f} {old_med / new_med:>7.1f}")
    print("growth (the blocked merge alone):")
    last = None
    for n in (int(s) for s in args.sizes.split(",")):
        table = synthetic(n)
        runs = args.runs if n < 1_000_000 else max(1, min(args.runs, 2))
        new_min, new_med, merged = cpu(lambda: merge_events(table), runs)
        src_min, src_med, _ = cpu(lambda: merge_sources([table], ["reports"]), runs)
        grow = f"  x{new_med / last[1]:.1f} time for x{n / last[0]:.0f} rows" if last else ""
        print(f"{n:>9,} merge_events {new_min:7.2f} / {new_med:7.2f} s, merge_sources {src_min:7.2f} / "
              f"{src_med:7.2f} s; {n - len(merged):,} rows merged away{grow}")
        last = (n, new_med)
        budget = 20 if n <= 100_000 else 300
        print(f"{'':>9} target <= {budget} s at {n:,}: {'met' if new_med <= budget else 'NOT met'}")


if __name__ == "__main__":
    main()
