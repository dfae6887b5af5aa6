"""geo_idlib: turn reports of the air war in north-west Syria into maps people can trust.

The data flows one way: ``names`` → ``gazetteer`` → ``reports`` → ``layers`` → ``render``;
``cli`` sits on top.

>>> from geo_idlib import Gazetteer
>>> Gazetteer.default().resolve("Saraqeb")[0].place.name
'Saraqib'
"""
from geo_idlib.errors import GeoIdlibError, InputError
from geo_idlib.gazetteer import Candidate, Gazetteer, Place

__all__ = ["Gazetteer", "Place", "Candidate", "GeoIdlibError", "InputError"]
__version__ = "0.1.0"
