"""Flows, rings and roads layers in headless chromium: drawn offline, text shown as text, toggled."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from browser_support import chromium, open_panels, visit

from fakes import FakeGazetteer

from geo_idlib.gazetteer import Place
from geo_idlib.layers.flows import flows_from_table
from geo_idlib.layers.rings import RingsTheme, rings_from_events
from geo_idlib.layers.roads import Road, RoadsTheme
from geo_idlib.render.builder import MapBuilder

NAMES = ['"><img src=x onerror=alert(1)>', "<svg onload=alert(1)>", "{{ 7 * 7 }}</script>"]
SOURCE = "<script>alert(1)</script>; <img src=x onerror=\"window.__xss=1\">"
INJECTED = "img, iframe, object, embed, svg[onload]"


@pytest.fixture(scope="module")
def page_path(tmp_path_factory) -> Path:
    fake = FakeGazetteer(*(Place(id=f"x:{i}", name=n, lat=35.6 + 0.3 * i, lon=36.5 + 0.15 * i,
                                 kind="camp") for i, n in enumerate(NAMES)))
    flows = flows_from_table(pd.DataFrame({
        "origin": [NAMES[0], NAMES[1]], "destination": [NAMES[2], NAMES[2]],
        "people": [300000, 900], "date": ["2019-06-01", "2019-06-02"], "source": [SOURCE, SOURCE]}), fake)
    rings = rings_from_events(pd.DataFrame({"event_date": ["2018-01-20"], "distance_km": [12],
                                            "reference_place": [NAMES[1]], "source": [SOURCE]}), fake)
    builder = MapBuilder("Shapes", context=None, gazetteer=fake, min_people=1000)
    builder.add(RoadsTheme(show=True, roads=[Road(NAMES[0], NAMES[1], ("x:0", "x:1", "x:2"))]))
    builder.add(RingsTheme(rings)).add_flows(flows)
    return builder.save(tmp_path_factory.mktemp("shapes") / "shapes.html")


LAYERS = """() => [...document.querySelectorAll('.gi-legend section')].map(e => e.dataset.layers)"""

OPEN_ALL = """(names) => {
  const popups = [], tips = [];
  for (const name of names) {
    window[name].eachLayer(l => {
      if (l.getPopup()) { l.openPopup(l.getLatLng ? l.getLatLng() : l.getBounds().getCenter());
                          popups.push(document.querySelector('.leaflet-popup-content').textContent); }
      if (l.getTooltip()) { l.openTooltip(l.getLatLng ? l.getLatLng() : l.getBounds().getCenter());
                            tips.push(l.getTooltip().getElement().textContent); l.closeTooltip(); }
    });
  }
  return {popups, tips};
}"""


def test_layers_draw_offline_and_show_hostile_text_as_text(page_path):
    with chromium() as browser, visit(browser, page_path) as v:
        page = v.page
        names = page.evaluate(LAYERS)
        assert len(names) == 3
        scripts = page.locator("script").count()
        labels = page.evaluate("[...document.querySelectorAll('.gi-maplabel span')].map(e => e.textContent)")
        assert "300,000" in labels and "900" not in labels  # the small flow is under the threshold
        assert any(NAMES[1] in t for t in labels)  # ring label: the name as text
        shown = page.evaluate(OPEN_ALL, names)
        assert any(NAMES[0] in t and NAMES[2] in t and "<script>alert(1)</script>" in t for t in shown["tips"])
        assert any(NAMES[0] in p for p in shown["popups"])
        assert page.evaluate("window.__xss") is None
        assert page.locator(INJECTED).count() == 0
        assert page.locator("script").count() == scripts
        assert page.evaluate("""() => [...document.querySelectorAll('body *')].filter(e =>
            [...e.attributes].some(a => a.name.startsWith('on'))).length""") == 0
        assert v.errors == [] and v.dialogs == [] and v.blocked == []


def test_layer_control_toggles_shapes_and_legend(page_path):
    with chromium() as browser, visit(browser, page_path) as v:
        page = v.page
        open_panels(page)
        legend = page.get_by_role("region", name="Displacement flows (people)")
        paths = "document.querySelectorAll('.leaflet-overlay-pane path').length"
        before = page.evaluate(paths)
        page.locator(".leaflet-control-layers").hover()
        assert legend.is_visible()
        box = page.locator(".leaflet-control-layers-overlays label", has_text="Displacement flows")
        box.locator("input").uncheck()
        assert not legend.is_visible() and page.evaluate(paths) < before
        box.locator("input").check()
        assert legend.is_visible() and page.evaluate(paths) == before
        assert v.errors == [] and v.dialogs == []
