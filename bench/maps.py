"""Map size and speed: geo_idlib's offline map against plain folium, 1k / 10k / 100k events.

For each size, prints build+save seconds, HTML size, and headless-chromium seconds from navigation
to idle (page loaded, scripts run, two frames painted). Plain folium is one CircleMarker per event
with default settings; its CDN scripts are served from the local XStatic packages so that it can
run at all offline (its other CDN files are refused, which it survives).

    python bench/maps.py            # all sizes
    python bench/maps.py 1000 10000 # chosen sizes
"""
from __future__ import annotations

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

from geo_idlib.render.builder import MapBuilder
from geo_idlib.render.png import CHROMIUM, CHROMIUM_ARGS

SIZES = (1_000, 10_000, 100_000)
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


def build_ours(events: pd.DataFrame, path: Path) -> float:
    start = time.perf_counter()
    MapBuilder("Benchmark", offline=True).add_events(events).save(path)
    return time.perf_counter() - start


def build_plain(events: pd.DataFrame, path: Path) -> float:
    start = time.perf_counter()
    m = folium.Map(location=[35.8, 36.7], zoom_start=9)
    for lat, lon in zip(events["latitude"], events["longitude"]):
        folium.CircleMarker([lat, lon]).add_to(m)
    m.save(str(path))
    return time.perf_counter() - start


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


def main(sizes: tuple[int, ...]) -> None:
    folder = Path(tempfile.mkdtemp(prefix="geo_idlib_bench_"))
    print(f"maps written to {folder}")
    header = (f"{'events':>8} | {'ours build s':>12} {'MB':>7} {'load s':>7} | "
              f"{'folium build s':>14} {'MB':>7} {'load s':>7} | {'size x':>6} {'load x':>6}")
    print(header)
    print("-" * len(header))
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        warm = folder / "warm_up.html"
        MapBuilder("warm-up", context=None).save(warm)
        load_seconds(browser, warm)  # the first page of a fresh browser pays for its start-up
        for n in sizes:
            events = synthetic_events(n)
            ours, plain = folder / f"ours_{n}.html", folder / f"plain_{n}.html"
            ours_build, plain_build = build_ours(events, ours), build_plain(events, plain)
            ours_load, ours_errors = load_seconds(browser, ours)
            plain_load, _ = load_seconds(browser, plain)
            ours_mb, plain_mb = ours.stat().st_size / 1e6, plain.stat().st_size / 1e6
            rows.append((n, ours_build, ours_mb, ours_load, plain_build, plain_mb, plain_load))
            print(f"{n:>8} | {ours_build:>12.2f} {ours_mb:>7.2f} {ours_load:>7.2f} | "
                  f"{plain_build:>14.2f} {plain_mb:>7.2f} {plain_load:>7.2f} | "
                  f"{plain_mb / ours_mb:>6.1f} {plain_load / ours_load:>6.1f}"
                  + (f"  ({ours_errors} page errors in ours!)" if ours_errors else ""))
        browser.close()
    n, _, mb, load, _, plain_mb, plain_load = rows[-1]
    print(f"\ntargets at {n} events: size {mb:.1f} MB <= 15 [{'ok' if mb <= 15 else 'MISSED'}], "
          f"load {load:.2f} s <= 3 [{'ok' if load <= 3 else 'MISSED'}], "
          f"{plain_mb / mb:.1f}x smaller >= 4 [{'ok' if plain_mb / mb >= 4 else 'MISSED'}], "
          f"{plain_load / load:.1f}x faster >= 4 [{'ok' if plain_load / load >= 4 else 'MISSED'}]")


if __name__ == "__main__":
    main(tuple(int(a) for a in sys.argv[1:]) or SIZES)
