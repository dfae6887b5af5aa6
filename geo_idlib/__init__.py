"""geo_idlib: turn reports of the air war in north-west Syria into maps people can trust.

The data flows one way: ``names`` → ``gazetteer`` → ``reports`` → ``layers`` → ``render``;
``cli`` sits on top. Names below load their module on first use, so that ``import geo_idlib``
(and ``geo-idlib --help``) stays cheap.

>>> from geo_idlib import Gazetteer
>>> Gazetteer.default().resolve("Saraqeb")[0].place.name
'Saraqib'
"""
from __future__ import annotations

import importlib

from geo_idlib.errors import GeoIdlibError, InputError

__all__ = ["Gazetteer", "Place", "Candidate", "GeoIdlibError", "InputError"]
__version__ = "0.1.0"

_LAZY = {"Gazetteer": "geo_idlib.gazetteer", "Place": "geo_idlib.gazetteer", "Candidate": "geo_idlib.gazetteer"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'geo_idlib' has no attribute {name!r}")
