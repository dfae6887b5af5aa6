"""Fronts benchmark: how often zones derived from the 2017 snapshot put a place it does not list
in the zone of its own controller, and how long the derivation takes.

Accuracy: 10 rounds (fixed seed); each holds out 10% of the snapshot's places at random, derives
the zones from the rest (``control_zones``: Voronoi cells up to ``NO_DATA_KM``, dissolved by
controller) and counts the held-out places inside the zone of their own controller (a place that
falls in "no data" counts as a miss; one on the border or the coast, just off the drawn area, by the
zone within ``EDGE_M`` of it, as the gazetteer gives it the unit beside it). Beside it, in the same
run, the naive baseline: the controller of the nearest listed place, and a reference for how far any rule of nearby places can
go: a vote of the k nearest listed places weighted by 1/distance, for k = 3, 5, 8. All are counted per controller and per side of the front
(the opposition, HTS and the Turkey-backed factions as one side, ``geo_idlib.layers.sides``), over
all held-out places and over the settlements among them (bases and hills are positions at fronts).

Speed: the whole derivation (zones, frontlines, no data, changes) for the snapshot with the
bundled examples' changes on top, at 6 of their dates; best of 3.

    python bench/fronts.py [ROUNDS]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from scipy.spatial import cKDTree

from geo_idlib.gazetteer import Gazetteer
from geo_idlib.gazetteer.build.admin import EDGE_M
from geo_idlib.gazetteer.place import SETTLEMENT_KINDS
from geo_idlib.layers.control import (METRIC_CRS, combine_status, control_layers, control_status, control_zones,
                                      focus_area)
from geo_idlib.layers.sides import side_of

ROOT = Path(__file__).resolve().parents[1]
SEED, HOLD_OUT = 2017, 0.10
VOTES = (3, 5, 8)
DATES = ["2017-10-01", "2018-01-29", "2019-05-26", "2019-08-23", "2020-02-17", "2020-03-06"]


def _read(path: Path, gz: Gazetteer) -> pd.DataFrame:
    return control_status(pd.read_csv(path, dtype=str, keep_default_na=False), gz, path=str(path))


def _metric(frame: pd.DataFrame) -> np.ndarray:
    pts = gpd.GeoSeries(gpd.points_from_xy(frame["longitude"], frame["latitude"]), crs=4326).to_crs(METRIC_CRS)
    return np.column_stack([pts.x, pts.y])


def _vote(controllers: np.ndarray, nearest: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Per held-out place, the controller with the most weight (1/distance) among its neighbours."""
    out = []
    for idx, dist in zip(nearest, distance):
        weight: dict[str, float] = {}
        for c, d in zip(controllers[idx], dist):
            weight[c] = weight.get(c, 0.0) + 1.0 / max(d, 1.0)
        out.append(max(sorted(weight), key=weight.get))
    return np.array(out, dtype=object)


def one_round(status: pd.DataFrame, settled: np.ndarray, rng: np.random.Generator, area) -> dict[str, float]:
    """Shares of held-out places put right, by zones and by the baseline, per controller and per
    side, over all places and over settlements only (``settled``: a village, town or city)."""
    order = rng.permutation(len(status))
    cut = int(round(HOLD_OUT * len(status)))
    held, kept = status.iloc[order[:cut]], status.iloc[order[cut:]]
    zones = control_zones(kept, kept["date"].max(), area=area)
    found = np.array([""] * len(held), dtype=object)
    for z in zones.itertuples(index=False):
        found[shapely.contains_xy(z.geometry, held["longitude"].to_numpy(), held["latitude"].to_numpy())] = z.controller
    outside = np.flatnonzero(found == "")
    if len(outside):  # a border or coast place just off the drawn area: the zone beside it
        metric_zones = zones.to_crs(METRIC_CRS)
        points = gpd.GeoSeries(gpd.points_from_xy(held["longitude"].to_numpy()[outside], held["latitude"].to_numpy()[outside]),
                               crs=4326).to_crs(METRIC_CRS)
        for k, point in zip(outside, points):
            gaps = metric_zones.distance(point)
            if gaps.min() <= EDGE_M:
                found[k] = metric_zones["controller"].iloc[int(gaps.to_numpy().argmin())]
    distance, nearest = cKDTree(_metric(kept)).query(_metric(held), k=max(VOTES))
    naive = kept["controller"].to_numpy()[nearest[:, 0]]
    truth = held["controller"].to_numpy()
    sides = np.vectorize(side_of)
    out = {"no_data": float(np.mean(found == ""))}
    for scope, mask in (("all", np.ones(len(held), dtype=bool)), ("settlements", settled[order[:cut]])):
        guesses = [("zones", found), ("baseline", naive)]
        guesses += [(f"vote {k}", _vote(kept["controller"].to_numpy(), nearest[:, :k], distance[:, :k])) for k in VOTES]
        for method, guess in guesses:
            out[f"{scope} {method} controller"] = float(np.mean(guess[mask] == truth[mask]))
            out[f"{scope} {method} side"] = float(np.mean(sides(guess[mask]) == sides(truth[mask])))
    return out


def main(rounds: int = 10) -> None:
    gz = Gazetteer.default()
    area = focus_area(gz)
    snapshot = _read(ROOT / "gazetteer" / "control_2017.csv", gz)
    settled = np.array([gz.get(p).kind in SETTLEMENT_KINDS for p in snapshot["place_id"]])
    rng = np.random.default_rng(SEED)
    results = pd.DataFrame([one_round(snapshot, settled, rng, area) for _ in range(rounds)])
    print(f"accuracy: {rounds} rounds, {HOLD_OUT:.0%} of {len(snapshot)} places held out each (seed {SEED}); "
          f"share of held-out places in the zone of their own controller / side (mean, min-max over rounds)")
    print(f"{'':50s}{'own controller':>22s}{'own side':>22s}")
    for scope, label in (("all", f"all places ({len(snapshot)})"), ("settlements", f"settlements ({int(settled.sum())})")):
        methods = [("zones", "derived zones"), ("baseline", "nearest listed place (naive)")]
        methods += [(f"vote {k}", f"vote of the {k} nearest (reference)") for k in VOTES]
        for method, name in methods:
            cells = [results[f"{scope} {method} {what}"] for what in ("controller", "side")]
            text = "".join(f"{c.mean():10.1%} ({c.min():.1%}-{c.max():.1%})" for c in cells)
            print(f"{label + ', ' + name:50s}{text}")
    print(f"held-out places in 'no data': {results['no_data'].mean():.1%} (target: >= 95% in their own zone)")

    tables = [snapshot] + [_read(p, gz) for p in sorted((ROOT / "examples" / "control").glob("*.csv"))]
    status = combine_status(tables)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        layers = control_layers(status, area=area, dates=DATES)
        times.append(time.perf_counter() - start)
    counts = ", ".join(f"{len(frame)} {name}" for name, frame in layers.items())
    print(f"derivation: {len(status)} rows, {len(DATES)} dates: best {min(times):.2f} s of 3 "
          f"(median {sorted(times)[1]:.2f} s; target <= 3 s) -> {counts}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
