"""Scale: reports per second in this process and on a local Dask cluster, and peak memory as the corpus grows.

The corpus is made here (for measuring only): N distinct short reports (default 10,000), each a
few sentences written for this bench (strikes, shelling, clashes, captures, displacement, and
sentences with no event) about places of the north-west drawn from the bundled gazetteer, with
random tolls, dates, weekdays, outlets and targets; no text is repeated (checked). Figures:

1. Throughput, wall seconds over the same files, warm (gazetteer and automata built first):
   ``geo_idlib.batches`` in this process, then on a ``LocalCluster`` of 1 and of 2 worker
   processes (one thread each), in turn, ``--runs`` times; min and median. The events must be
   identical every way (checked). Target (issue 12): 2 workers >= 1.7x 1 worker on 2 cores.
2. Peak memory (the process's own high-water mark, VmHWM) of ``geo-idlib extract FOLDER -o events.csv`` at
   1x, 4x and 16x the corpus (``--unit`` reports, default 500, each three generated stories long:
   about 2.6 KB, as long as the reports the issue measured), this branch against the code at
   ``--before`` (another checkout, e.g. a worktree of the commit before a change) in the same run, the two side by side (each
   process's own peak; their seconds are not compared). Target: flat within 20%.

    python bench/scale.py [--reports 10000] [--runs 2] [--unit 500] [--before /path/to/checkout]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo_idlib.batches import batches, dask_client  # noqa: E402
from geo_idlib.gazetteer import Gazetteer  # noqa: E402

OUTLETS = ["Northwest Wire", "Idlib Monitor Desk", "Civil Defence Bulletin", "Aleppo Evening News",
           "Field Reporters Network", "Border Agency Digest", "Relief Update"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TARGETS = ["a market", "a bakery", "a school", "a hospital", "a mosque", "homes", "a camp for displaced families"]
SAYS = ["rescuers said", "a monitor said", "local residents said", "medics reported", "activists said",
        "the outlet's correspondent reported"]
EVENTS = [
    "{force} bombed {place} on {when}, killing {n} people, {says}.",
    "Air raids on {place} {when} left {n} dead and {m} wounded, {says}.",
    "{n} civilians died when jets hit {target} in {place} on {when}, {says}.",
    "Artillery fire from government positions struck {place} on {when}, killing {n}, {says}.",
    "Rockets landed on {target} in {place} on {when}; {m} people were hurt, {says}.",
    "Fighting broke out near {place} on {when} between rebel groups and government troops, {says}.",
    "Government forces took control of {place} on {when} after days of fighting, {says}.",
    "About {k} people fled {place} towards the Turkish border after the raids, {says}.",
    "A barrel bomb fell on {place} on {when}, killing {n} members of one family, {says}.",
]
FILLER = [
    "The claims could not be checked independently.",
    "Footage shared online showed smoke above the town.",
    "Crews worked through the night to reach people under the rubble.",
    "Shops stayed closed for a second day.",
    "Aid groups warned that supplies were running low.",
    "The road to the south was cut for several hours.",
]
FORCES = ["Russian warplanes", "Syrian government jets", "Helicopters", "Warplanes", "Drones"]


def place_names() -> list[str]:
    """Latin spellings of towns and villages of the north-west, from the bundled gazetteer."""
    gz = Gazetteer.default()
    names = set()
    for p in gz.places:
        if p.admin1 in ("Idleb", "Hama", "Aleppo") and p.kind in ("town", "village", "city"):
            names.update(n for n in p.names if n.isascii() and n[:1].isupper() and len(n) > 3)
    return sorted(names)


def corpus(n: int, seed: int = 12) -> list[str]:
    """``n`` distinct report files' texts (front matter and body)."""
    rng = np.random.default_rng(seed)
    names = place_names()
    start = dt.date(2017, 1, 1)
    texts, seen = [], set()
    while len(texts) < n:
        day = start + dt.timedelta(days=int(rng.integers(0, 1200)))
        outlet = OUTLETS[rng.integers(len(OUTLETS))]
        sentences = []
        for _ in range(int(rng.integers(4, 11))):  # about as long as a short wire story
            back = int(rng.integers(0, 6))
            when = WEEKDAYS[(day - dt.timedelta(days=back)).weekday()] if back else "Tuesday" if rng.random() < 0.1 \
                else f"{(day - dt.timedelta(days=back)).day} {day.strftime('%B')}"
            sentences.append(EVENTS[rng.integers(len(EVENTS))].format(
                force=FORCES[rng.integers(len(FORCES))], place=names[rng.integers(len(names))], when=when,
                n=int(rng.integers(1, 30)), m=int(rng.integers(2, 60)), k=f"{int(rng.integers(2, 90)) * 100:,}",
                target=TARGETS[rng.integers(len(TARGETS))], says=SAYS[rng.integers(len(SAYS))]))
            if rng.random() < 0.5:
                sentences.append(FILLER[rng.integers(len(FILLER))])
        cut = int(rng.integers(1, len(sentences)))
        body = " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
        if body in seen:
            continue
        seen.add(body)
        texts.append(f"published: {day.isoformat()}\noutlet: {outlet}\n\n{body}\n")
    return texts


def write_corpus(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"r{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def extract_all(paths: list[Path], client=None) -> pd.DataFrame:
    frames = [b.events for b in batches(paths, client=client)]
    return pd.concat(frames, ignore_index=True)


def _warm(*_):
    """Build the gazetteer and the automata (on a worker, or here)."""
    from geo_idlib.batches import _gazetteer
    from geo_idlib.reports.events import extract_events

    return len(extract_events("Jets struck Saraqeb on Monday, killing 3 people.", gazetteer=_gazetteer(None)))


PEAK_PROBE = """import atexit, os, sys
def peak():
    with open("/proc/self/status") as status, open(os.environ["PEAK_FILE"], "w") as out:
        out.write(next(line.split()[1] for line in status if line.startswith("VmHWM")))
atexit.register(peak)
from geo_idlib.cli import main
sys.exit(main(sys.argv[1:]))
"""


def long_reports(texts: list[str]) -> list[str]:
    """Reports three times as long: each the front matter of one text and the bodies of three."""
    return ["\n\n".join([texts[i]] + [texts[j].split("\n\n", 1)[1] for j in (i + 1, i + 2)])
            for i in range(0, len(texts) - 2, 3)]


def peak_rss_mib(runs: dict[str, tuple[list[str], dict]], folder: Path) -> dict[str, float]:
    """Peak RSS (MiB: each process's own high-water mark, VmHWM) of whole ``geo-idlib`` processes
    (``name: (args, env)``), run side by side."""
    started = {}
    for name, (args, env) in runs.items():
        peak = folder / f"peak_{len(started)}.txt"
        started[name] = peak, args, subprocess.Popen([sys.executable, "-c", PEAK_PROBE, *args],
                                                     env=dict(env, PEAK_FILE=str(peak)),
                                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks = {}
    for name, (peak, args, proc) in started.items():
        _, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"geo-idlib {' '.join(args)} failed: {err.decode()[-500:]}")
        peaks[name] = int(peak.read_text()) / 1024
    return peaks


def cpu_seconds(client) -> dict:
    """CPU seconds used so far by this process, or by each worker of ``client``."""
    return {"here": time.process_time()} if client is None else client.run(time.process_time)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--unit", type=int, default=500, help="reports in the 1x corpus of the memory test")
    parser.add_argument("--before", default="", help="a checkout of the code to compare memory with")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="geo_idlib_scale_"))
    texts = corpus(max(args.reports, 3 * 16 * args.unit))
    assert len(set(texts)) == len(texts)
    work = write_corpus(folder / "all", texts[:args.reports])
    mb = sum(len(t.encode()) for t in texts[:args.reports]) / 1e6
    print(f"corpus: {args.reports:,} distinct generated reports ({mb:.1f} MB) in {folder}")

    _warm()
    clients = {"in-process": None}
    for n in (1, 2):
        client = dask_client(workers=n)
        client.run(_warm)
        clients[f"LocalCluster, {n} worker{'s' if n > 1 else ''}"] = client
    times: dict[str, list[float]] = {name: [] for name in clients}
    busiest: dict[str, list[float]] = {name: [] for name in clients}  # CPU s of the busiest worker
    total: dict[str, list[float]] = {name: [] for name in clients}  # CPU s of all workers
    loads, client_cpu, reference = [], [], None
    for _ in range(args.runs):
        for name, client in clients.items():  # in turn, so each sees the same machine
            before, start, mine = cpu_seconds(client), time.perf_counter(), time.process_time()
            events = extract_all(work, client)
            if name.endswith("2 workers"):
                client_cpu.append(time.process_time() - mine)
            times[name].append(time.perf_counter() - start)
            used = [cpu_seconds(client)[k] - v for k, v in before.items()]
            busiest[name].append(max(used))
            total[name].append(sum(used))
            loads.append(os.getloadavg()[0])
            if reference is None:
                reference = events
            pd.testing.assert_frame_equal(events, reference)  # the same events every way
    for client in reversed(clients.values()):  # the last made first: each restores the log levels it found
        if client is not None:
            client.close()
    print(f"{len(reference):,} events, identical in-process and on 1 and 2 workers (checked); "
          f"load average during the runs {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores")
    print(f"{'where':<24} {'wall min':>9} {'wall med':>9} {'reports/s':>10} {'x here':>7} {'CPU all':>8} "
          f"{'CPU busiest':>12}")
    base = statistics.median(times["in-process"])
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"{name:<24} {min(ts):>9.2f} {med:>9.2f} {args.reports / med:>10.0f} {base / med:>7.2f} "
              f"{statistics.median(total[name]):>8.2f} {statistics.median(busiest[name]):>12.2f}")
    one, two = list(times)[1:]
    wall = statistics.median(times[one]) / statistics.median(times[two])
    split = statistics.median(total[one]) / statistics.median(busiest[two])
    print(f"2 workers / 1 worker, wall: {wall:.2f}x (target >= 1.7: {'met' if wall >= 1.7 else 'NOT met'}); "
          f"by CPU (1 worker's CPU / the busiest of 2 workers' CPU: what 2 free cores give): {split:.2f}x "
          f"({'met' if split >= 1.7 else 'NOT met'})")
    print(f"each worker: {args.reports / statistics.median(total[two]):.0f} reports per CPU second "
          f"(N free cores: about N times that; this process, the client, used {statistics.median(client_cpu):.1f} "
          f"CPU s a run on 2 workers)")

    if args.skip_memory:
        return
    longer = long_reports(texts[:3 * 16 * args.unit])
    assert len(set(longer)) == len(longer)
    paths = write_corpus(folder / "long", longer)
    kb = sum(len(t.encode()) for t in longer) / len(longer) / 1e3
    print(f"\npeak RSS (VmHWM) of `geo-idlib extract FOLDER -o events.csv` (MiB); 1x = {args.unit:,} reports "
          f"of {kb:.1f} KB on average (distinct)")
    codes = {"this branch": str(ROOT)}
    if args.before and Path(args.before, "geo_idlib").is_dir():
        codes[f"before ({args.before})"] = str(Path(args.before).resolve())
    rows: dict[str, list] = {}
    for k in (1, 4, 16):
        sized = folder / f"x{k}"
        sized.mkdir()
        for p in paths[:k * args.unit]:
            (sized / p.name).symlink_to(p)
        peaks = peak_rss_mib({name: (["extract", str(sized), "-o", str(folder / f"events_{k}_{i}.csv"), "-q"],
                                     dict(os.environ, PYTHONPATH=code)) for i, (name, code) in enumerate(codes.items())},
                             folder)
        for name, rss in peaks.items():
            rows.setdefault(name, []).append((k, rss))
    for name, got in rows.items():
        line = ", ".join(f"{k}x {rss:.0f} MiB" for k, rss in got)
        growth = got[-1][1] / got[0][1]
        print(f"{name:<28} {line}; 16x / 1x = {growth:.2f}"
              + (f" (target <= 1.2: {'met' if growth <= 1.2 else 'NOT met'})" if name == "this branch" else ""))


if __name__ == "__main__":
    main()
