"""Zones of control, frontlines, flows and rings on a map made by ``geo-idlib map``, in chromium."""
from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import chromium, visit

from geo_idlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.fixture(scope="module")
def front_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("front") / "front.html"
    frontline = EXAMPLES / "reports" / "2018-01-21-frontline-airbase.txt"
    events = out.parent / "events.csv"
    assert main(["extract", str(frontline), "-o", str(events)]) == 0
    assert main(["map", str(events), "--control", str(EXAMPLES / "control" / "abu_duhur_2018.csv"),
                 "--flows", str(EXAMPLES / "flows_demo.csv"), "--roads", "--offline", "-o", str(out),
                 "--title", "The front before and after January 2018"]) == 0
    return out


def _overlay_names(page) -> dict[str, bool]:
    return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '.leaflet-control-layers-overlays label')].map(l => [l.textContent.trim(), l.querySelector('input').checked]))""")


def _slider(page, which: str, index: int) -> None:
    page.evaluate("([cls, v]) => { const s = document.querySelector('.gi-time ' + cls); s.value = v;"
                  " s.dispatchEvent(new Event('input')); }", [which, index])


def test_front_layers_draw_and_follow_the_time_slider(front_map):
    with chromium() as browser, visit(browser, front_map) as seen:
        page = seen.page
        overlays = _overlay_names(page)
        assert overlays["Control on 2017-10-01"] is False and overlays["Control on 2018-02-01"] is True
        assert overlays["Changed hands 2017-10-01 → 2018-02-01"] is False
        assert overlays["Displacement flows"] is True and overlays["Highways M5/M4 (schematic)"] is True
        assert overlays["Distances claimed (rings)"] is True
        legend = page.get_by_role("region", name="Zones of control")
        assert "derived from 17 places" in legend.inner_text() and "Frontline (derived)" in legend.inner_text()
        assert page.locator("path.gi-hatched").count() == 0  # no contested place in this table
        dates = page.evaluate("() => [...document.querySelectorAll('.gi-time input')].map(i => i.max)")
        # the slider's last date shown decides which control layer is drawn
        _slider(page, ".gi-time-to", 0)
        overlays = _overlay_names(page)
        assert overlays["Control on 2017-10-01"] is True and overlays["Control on 2018-02-01"] is False
        _slider(page, ".gi-time-to", int(dates[1]))
        assert _overlay_names(page)["Control on 2018-02-01"] is True
        ring = page.get_by_text("12 km from Saraqib (claim, 2018-01-20)")
        assert ring.count() == 1
        assert seen.errors == [] and seen.dialogs == [] and seen.blocked == []


def test_a_place_popup_says_who_held_it_and_the_source(front_map):
    with chromium() as browser, visit(browser, front_map) as seen:
        page = seen.page
        page.evaluate("""() => { let hit = null;
            const map = Object.values(window).find(v => v instanceof L.Map);
            map.eachLayer(l => {
            if (l.feature && l.feature.properties.title === 'Abu al-Duhur Military Airbase'
                && l.feature.properties.rows[1][1] === '2018-02-01') hit = l; });
            hit.openPopup(); }""")
        popup = page.locator(".leaflet-popup-content").inner_text()
        assert "Abu al-Duhur Military Airbase" in popup and "government" in popup and "2018-01-20" in popup
        assert seen.errors == []
