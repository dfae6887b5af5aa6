"""Metric distances on the WGS84 ellipsoid (pyproj), shared by every room."""
from __future__ import annotations

import numpy as np
from pyproj import Geod

_GEOD = Geod(ellps="WGS84")


def distances_km(lat: float, lon: float, lats, lons) -> np.ndarray:
    """Geodesic distances in km from one point to many.

    >>> round(float(distances_km(35.0, 36.0, [35.0], [36.1])[0]), 2)
    9.13
    """
    lats, lons = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
    if lats.size == 0:
        return np.zeros(0)
    _, _, metres = _GEOD.inv(np.full(lats.shape, lon), np.full(lats.shape, lat), lons, lats)
    return np.asarray(metres) / 1000.0


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in km between two ``(lat, lon)`` points.

    >>> round(distance_km((35.0, 36.0), (35.0, 36.1)), 2)
    9.13
    """
    return float(distances_km(a[0], a[1], [b[0]], [b[1]])[0])
