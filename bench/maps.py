"""Map size and speed: geo_idlib's offline map against plain folium, 1k / 10k / 100k / 1M events.

For each size, prints build+save CPU seconds (min and median of ``--runs``), HTML size (and the
bytes each event added since the size before costs: the size grows linearly), and
headless-chromium seconds from navigation to idle (page loaded, scripts run, two frames painted;
up to ``--load-max`` events). Baselines of the same run:
plain folium, one CircleMarker per event with default settings (its CDN scripts are served from
the local XStatic packages so that it can run at all offline; up to ``--folium-max`` events), and
the strikes payload built row by row as before issue 12 (``tests/payload_reference.py``) against
the column-wise one. Targets (issue 12): build+save <= 1.5 s at 100,000 events, <= 15 s at 1,000,000.

    python bench/maps.py                       # all sizes
    python bench/maps.py 1000 10000 --runs 5   # chosen sizes
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import folium
import numpy as np
import pandas as pd
import xstatic.pkg.jquery as xs_jquery
import xstatic.pkg.leaflet as xs_leaflet
from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from payload_reference import reference_payload  # noqa: E402

from geo_idlib.layers.strikes import strike_payload  # noqa: E402
from geo_idlib.render.builder import MapBuilder  # noqa: E402
from geo_idlib.render.png import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SIZES = (1_000, 10_000, 100_000, 1_000_000)
BUDGET_S = {100_000: 1.5, 1_000_000: 15.0}
TYPES = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash",
         "Government regains territory", "Displacement"]
SOURCES = ["wire report", "monitoring group report", "UN/OCHA update", "civil-defence statement",
           "wire report; monitoring group report", "local news site", "medical charity statement"]
IDLE = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"
LOCAL_CDN = {  # plain folium's CDN files that exist in the XStatic packages
    "leaflet.js": Path(xs_leaflet.BASE_DIR) / "leaflet.js",
    "leaflet.css": Path(xs_leaflet.BASE_DIR) / "leaflet.css",
    "jquery-3.7.1.min.js": Path(xs_jquery.BASE_DIR) / "jquery.min.js",
}


def synthetic_events(n: int, seed: int = 7) -> pd.DataFrame:
    """``n`` made-up events over Idlib (for measuring only), 100 places, three years of dates."""
    rng = np.random.default_rng(seed)
    place = rng.integers(0, 100, n)
    precision = rng.choice([1, 1, 1, 1, 2, 3], n)
    spread = np.where(precision < 3, 0.01, 0.0)  # ACLED puts a region-level event on the region's centroid
    lat = 35.4 + (place % 10) * 0.09 + rng.normal(0, 1, n) * spread
    lon = 36.3 + (place // 10) * 0.08 + rng.normal(0, 1, n) * spread
    dates = pd.date_range("2017-09-01", "2020-03-05").strftime("%Y-%m-%d").to_numpy()
    fatalities = rng.poisson(2, n)
    return pd.DataFrame({
        "event_id_cnty": [f"SYR{i}" for i in range(n)], "event_date": rng.choice(dates, n),
        "time_precision": rng.choice([1, 1, 1, 2, 3], n), "sub_event_type": rng.choice(TYPES, n),
        "location": [f"Village {p}" for p in place], "location_ar": [f"قرية {p}" for p in place],
        "latitude": lat.round(5), "longitude": lon.round(5),
        "geo_precision": precision, "source": rng.choice(SOURCES, n),
        "fatalities": fatalities, "fatalities_min": fatalities, "fatalities_max": fatalities + rng.integers(0, 3, n),
        "notes": rng.choice(["Air raid on the village.", "Shelling reported.", "Clashes on the front line."], n),
    })


def cpu(fn, runs: int = 1) -> tuple[float, float]:
    """Min and median CPU seconds (this process) of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times), statistics.median(times)


def build_ours(events: pd.DataFrame, path: Path) -> None:
    MapBuilder("Benchmark", offline=True).add_events(events).save(path)


def build_plain(events: pd.DataFrame, path: Path) -> None:
    m = folium.Map(location=[35.8, 36.7], zoom_start=9)
    for lat, lon in zip(events["latitude"], events["longitude"]):
        folium.CircleMarker([lat, lon]).add_to(m)
    m.save(str(path))


def load_seconds(browser, path: Path) -> tuple[float, int]:
    """Seconds from navigation to idle, and how many page errors were seen."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_default_timeout(600_000)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def serve(route) -> None:
        local = LOCAL_CDN.get(route.request.url.rsplit("/", 1)[-1])
        if local is None:
            route.abort()
        else:
            route.fulfill(path=str(local))

    page.route("http://**/*", serve)
    page.route("https://**/*", serve)
    start = time.perf_counter()
    page.goto(path.resolve().as_uri(), wait_until="load")
    page.wait_for_function("window.L !== undefined")
    page.evaluate(IDLE)
    seconds = time.perf_counter() - start
    page.close()
    return seconds, len(errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=list(SIZES))
    parser.add_argument("--runs", type=int, default=3, help="build+save runs per size (min and median)")
    parser.add_argument("--folium-max", type=int, default=100_000, help="largest map plain folium builds")
    parser.add_argument("--load-max", type=int, default=100_000, help="largest map loaded in chromium")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="geo_idlib_bench_"))
    print(f"maps written to {folder}; CPU seconds (min / median of {args.runs} runs for ours)")
    header = (f"{'events':>9} | {'ours build min/med':>18} {'MB':>7} {'B/event':>7} {'load s':>6} | "
              f"{'folium build':>12} {'MB':>6} {'load s':>6} | {'payload row/col':>15}")
    print(header)
    print("-" * len(header))
    verdicts, last = [], (0, 0.0)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        warm = folder / "warm_up.html"
        MapBuilder("warm-up", context=None).save(warm)
        load_seconds(browser, warm)  # the first page of a fresh browser pays for its start-up
        for n in args.sizes:
            events = synthetic_events(n)
            ours, plain = folder / f"ours_{n}.html", folder / f"plain_{n}.html"
            low, mid = cpu(lambda: build_ours(events, ours), args.runs)
            mb = ours.stat().st_size / 1e6
            per_event, last = (mb - last[1]) * 1e6 / (n - last[0]), (n, mb)  # bytes each added event costs
            load = f"{load_seconds(browser, ours)[0]:>6.2f}" if n <= args.load_max else f"{'-':>6}"
            folium_cols = f"{'-':>12} {'-':>6} {'-':>6}"
            if n <= args.folium_max:
                plain_s = cpu(lambda: build_plain(events, plain))[0]
                folium_cols = (f"{plain_s:>12.2f} {plain.stat().st_size / 1e6:>6.1f} "
                               f"{load_seconds(browser, plain)[0] if n <= args.load_max else float('nan'):>6.2f}")
            frame = events.astype({"fatalities": float})
            row_s = cpu(lambda: reference_payload(frame))[0]
            col_s = cpu(lambda: strike_payload(frame))[0]
            print(f"{n:>9,} | {low:>8.2f} / {mid:>7.2f} {mb:>7.2f} {per_event:>7.0f} {load} | {folium_cols} | "
                  f"{row_s:>6.2f}/{col_s:<5.2f}{row_s / col_s:>3.0f}x")
            if n in BUDGET_S:
                verdicts.append(f"build+save at {n:,} events: {mid:.2f} s <= {BUDGET_S[n]} s "
                                f"[{'met' if mid <= BUDGET_S[n] else 'MISSED'}]")
        browser.close()
    print("\n".join(verdicts))


if __name__ == "__main__":
    main()
