"""Start-up cost of the ``geo-idlib`` command, measured on the whole process.

Usage: ``python bench/startup.py [RUNS]`` (default 9). Each command runs RUNS times, in turn, as
a child process (``python -m geo_idlib.cli ...``, i.e. the checkout this script belongs to when
it is on ``PYTHONPATH`` or installed); its CPU time (user + system, from ``os.wait4``) and wall
time are taken whole, and set against ``python -c pass`` timed in the same run. The budgets
(issue 10): ``geo-idlib --help`` <= 0.15 s of CPU, ``geo-idlib resolve Saraqeb`` <= 0.5 s.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "python -c pass": ["-c", "pass"],
    "geo-idlib --help": ["-m", "geo_idlib.cli", "--help"],
    "geo-idlib map --help": ["-m", "geo_idlib.cli", "map", "--help"],
    "geo-idlib --version": ["-m", "geo_idlib.cli", "--version"],
    "geo-idlib resolve Saraqeb": ["-m", "geo_idlib.cli", "resolve", "Saraqeb"],
}
BUDGETS = {"geo-idlib --help": 0.15, "geo-idlib resolve Saraqeb": 0.5}


def run_once(args: list[str]) -> tuple[float, float]:
    """``(cpu, wall)`` seconds of one child process."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(args)} exited {child.returncode}")
    return usage.ru_utime + usage.ru_stime, wall


def main(runs: int = 9) -> int:
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in COMMANDS}
    for name, args in COMMANDS.items():  # warm the file cache once
        run_once(args)
    for _ in range(runs):
        for name, args in COMMANDS.items():  # in turn, so that load on the machine hits all alike
            samples[name].append(run_once(args))
    base = statistics.median(cpu for cpu, _ in samples["python -c pass"])
    print(f"{'command':28s} {'CPU min':>8s} {'CPU med':>8s} {'- pass':>8s} {'wall med':>9s} {'budget':>7s}")
    failed = False
    for name, values in samples.items():
        cpus, walls = [c for c, _ in values], [w for _, w in values]
        median = statistics.median(cpus)
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else f"{budget:.2f} " + ("ok" if median <= budget else "OVER")
        failed |= budget is not None and median > budget
        print(f"{name:28s} {min(cpus):8.3f} {median:8.3f} {median - base:8.3f} {statistics.median(walls):9.3f} "
              f"{verdict:>7s}")
    print(f"({runs} runs each, seconds; CPU = user + system of the whole process)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 9))
