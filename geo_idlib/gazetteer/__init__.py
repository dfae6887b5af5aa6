"""The gazetteer room: places of north-west Syria by any spelling, offline.

>>> from geo_idlib.gazetteer import Gazetteer
>>> Gazetteer.default().resolve("Kafr Nubl")[0].place.admin3_pcode
'SY070203'
"""
from geo_idlib.gazetteer.core import Gazetteer
from geo_idlib.gazetteer.place import KINDS, SETTLEMENT_KINDS, SPELT_TIERS, AdminUnit, Candidate, Place, ReverseResult
from geo_idlib.gazetteer.scoring import ACCEPT_SCORE, CONFIDENT_SCORE

__all__ = ["Gazetteer", "Place", "Candidate", "ReverseResult", "AdminUnit", "KINDS",
           "SETTLEMENT_KINDS", "SPELT_TIERS", "ACCEPT_SCORE", "CONFIDENT_SCORE"]
