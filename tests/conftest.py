"""Shared fixtures: the bundled gazetteer, loaded once per test session."""
import pytest

from geo_idlib.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gz() -> Gazetteer:
    return Gazetteer.default()
