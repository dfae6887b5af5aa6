"""PNG export (its own module: Playwright's sync API cannot nest inside the browser tests' one)."""
from __future__ import annotations

import struct
from pathlib import Path

import pandas as pd

from geo_idlib.layers.events import read_events
from geo_idlib.render.builder import MapBuilder
from geo_idlib.render.png import render_png

DEMO = Path(__file__).resolve().parents[1] / "examples" / "events_demo.csv"


def test_png_export_draws_the_map(tmp_path):
    html = MapBuilder("Demo").add_events(read_events([DEMO])).save(tmp_path / "demo.html")
    data = render_png(html, tmp_path / "demo.png", size=(800, 500)).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (800, 500)
    assert len(data) > 20_000  # a drawn map: a blank page of this size compresses to ~2 KB


def test_png_of_an_empty_map_still_renders(tmp_path):
    html = MapBuilder("Nothing yet", context=None).add_events(
        pd.DataFrame(columns=["event_date", "latitude", "longitude"])).save(tmp_path / "e.html")
    assert render_png(html, tmp_path / "e.png", size=(400, 300)).stat().st_size > 1_000
