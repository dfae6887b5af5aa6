"""Metric distances on the WGS84 ellipsoid (pyproj), shared by every room. pyproj loads on the
first distance asked for, so that looking a name up does not pay for it."""
from __future__ import annotations

from functools import lru_cache

import numpy as np


@lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


def distances_km(lat: float, lon: float, lats, lons) -> np.ndarray:
    """Geodesic distances in km from one point to many.

    >>> round(float(distances_km(35.0, 36.0, [35.0], [36.1])[0]), 2)
    9.13
    """
    lats, lons = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
    if lats.size == 0:
        return np.zeros(0)
    _, _, metres = _geod().inv(np.full(lats.shape, lon), np.full(lats.shape, lat), lons, lats)
    return np.asarray(metres) / 1000.0


def paired_distances_km(lats1, lons1, lats2, lons2) -> np.ndarray:
    """Geodesic distances in km between the points of two arrays, pair by pair.

    >>> [round(float(d), 2) for d in paired_distances_km([35.0, 35.0], [36.0, 36.0], [35.0, 35.1], [36.1, 36.0])]
    [9.13, 11.09]
    """
    lats1, lons1 = np.asarray(lats1, dtype=float), np.asarray(lons1, dtype=float)
    if lats1.size == 0:
        return np.zeros(0)
    _, _, metres = _geod().inv(lons1, lats1, np.asarray(lons2, dtype=float), np.asarray(lats2, dtype=float))
    return np.asarray(metres) / 1000.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km between two ``(lat, lon)`` points.

    >>> round(distance_km((35.0, 36.0), (35.0, 36.1)), 2)
    9.13
    """
    return float(distances_km(a[0], a[1], [b[0]], [b[1]])[0])
