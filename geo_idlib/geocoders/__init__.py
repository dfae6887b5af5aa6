"""geopy-compatible geocoders over the gazetteer (code written for geopy works unchanged).

>>> from geo_idlib.geocoders import IdlibGazetteer
>>> IdlibGazetteer().geocode("Saraqeb").point.latitude
35.86447
"""
from geo_idlib.geocoders.idlib import IdlibGazetteer

__all__ = ["IdlibGazetteer"]
