"""Assembling maps: ``MapBuilder`` (builder), inline assets, furniture, PNG and embed export.
"""
from geo_idlib.render.builder import MapBuilder

__all__ = ["MapBuilder"]
