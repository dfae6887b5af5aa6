"""Zones of control, frontlines, flows and rings on a map made by ``geo-idlib map``, in chromium."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from browser_support import chromium, visit

from geo_idlib.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BASE = EXAMPLES.parent / "gazetteer" / "control_2017.csv"
TABLE = EXAMPLES / "control" / "abu_duhur_2018.csv"
ROWS = list(csv.DictReader(open(TABLE, encoding="utf-8")))
LAST = max(row["date"] for row in ROWS)


@pytest.fixture(scope="module")
def front_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("front") / "front.html"
    frontline = EXAMPLES / "reports" / "2018-01-21-frontline-airbase.txt"
    events = out.parent / "events.csv"
    assert main(["extract", str(frontline), "-o", str(events)]) == 0
    assert main(["map", str(events), "--control", str(BASE), "--control", str(TABLE),
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
        assert overlays["Control on 2017-10-01"] is False and overlays[f"Control on {LAST}"] is True
        assert overlays["Changed hands 2018-01-19 → 2018-01-20"] is False
        assert overlays["Displacement flows"] is True and overlays["Highways M5/M4 (schematic)"] is True
        assert overlays["Distances claimed (rings)"] is True
        # the key starts closed when the panels would cover too much of the map; the reader opens it
        page.evaluate("() => { document.querySelector('details.gi-legend').open = true; }")
        legend = page.get_by_role("region", name="Zones of control")
        text = legend.inner_text()
        days = {row["date"] for row in ROWS}
        assert (f"derived from 2262 places' last known status on each of {len(days) + 1} dates, "
                f"2017-10-01 to {LAST}") in text
        assert "Frontline (derived)" in text
        assert "No data: no place with a known status within 10 km" in text
        assert page.locator("path.gi-nodata").count() == 1  # the hatched no-data area of the date shown
        fill = page.evaluate("() => document.querySelector('path.gi-nodata').getAttribute('fill')")
        assert fill == "url(#gi-nodata)" and page.locator("pattern#gi-nodata").count() == 1
        # the 2017 statuses next to the January captures are hatched as unconfirmed, over their colour
        assert "Unconfirmed: last known status older than a change of side within 5 km" in text
        assert page.locator("path.gi-unconfirmed").count() == 1 and page.locator("pattern#gi-unconfirmed").count() == 1
        assert page.evaluate("() => document.querySelector('path.gi-unconfirmed').getAttribute('fill')") \
            == "url(#gi-unconfirmed)"
        dates = page.evaluate("() => [...document.querySelectorAll('.gi-time input')].map(i => i.max)")
        # the slider's last date shown decides which control layer is drawn
        _slider(page, ".gi-time-to", 0)
        overlays = _overlay_names(page)
        assert overlays["Control on 2017-10-01"] is True and overlays[f"Control on {LAST}"] is False
        _slider(page, ".gi-time-to", int(dates[1]))
        assert _overlay_names(page)[f"Control on {LAST}"] is True
        ring = page.get_by_text("12 km from Saraqib (claim, 2018-01-20)")
        assert ring.count() == 1
        assert seen.errors == [] and seen.dialogs == [] and seen.blocked == []


def test_a_place_that_changed_hands_on_the_date_shown_says_who_took_it_and_the_source(front_map):
    with chromium() as browser, visit(browser, front_map) as seen:
        page = seen.page
        titles = page.evaluate("""() => { const titles = [];
            const map = Object.values(window).find(v => v instanceof L.Map);
            map.eachLayer(l => { const p = l.feature && l.feature.properties;
                if (p && p.rows && p.rows[0][0] === 'Controller') titles.push(p.title); });
            return titles; }""")
        # the last date shows the places its rows changed, not the 2,262 behind them
        assert sorted(titles) == sorted(row["name"] for row in ROWS if row["date"] == LAST)
        page.evaluate("""() => { const map = Object.values(window).find(v => v instanceof L.Map);
            map.eachLayer(l => { const p = l.feature && l.feature.properties;
                if (p && p.rows && p.rows[0][0] === 'Controller') l.openPopup(); }); }""")
        popups = page.locator(".leaflet-popup-content").all_inner_texts()
        expected = [row for row in ROWS if row["date"] == LAST]
        assert len(popups) == len(expected)
        assert all(any(row["name"] in popup and row["controller"] in popup and LAST in popup
                       and row["source"].split(":")[0] in popup for popup in popups) for row in expected)
        assert seen.errors == []
