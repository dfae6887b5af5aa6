"""Test doubles shared by the layer tests."""
from __future__ import annotations

from geo_idlib.gazetteer import Candidate, Place


class FakeGazetteer:
    """Places with any names we like (the escaping tests need hostile ones)."""

    def __init__(self, *places: Place) -> None:
        self.by_id = {p.id: p for p in places}

    def get(self, place_id: str) -> Place:
        return self.by_id[place_id]

    def resolve(self, name: str, *, limit: int = 5) -> list[Candidate]:
        return [Candidate(p, 1.0, "exact", p.name) for p in self.by_id.values() if p.name == name][:limit]
