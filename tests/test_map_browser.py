"""What a reader sees: generated maps opened in headless chromium with the network blocked."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from browser_support import Visit, chromium, open_panels, visit

from geo_idlib.layers.events import read_events
from geo_idlib.render.builder import MapBuilder

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "events_demo.csv"

PAYLOADS = [
    "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "</script><script>alert(1)</script>",
    "javascript:alert(1)", '<img src=x onerror="window.__xss=1">', "<svg onload=alert(1)>",
    "<svg/onload=alert(1)>", "'><script>alert(1)</script>", '<iframe src="javascript:alert(1)"></iframe>',
    "<body onload=alert(1)>", '<a href="javascript:alert(1)">x</a>', "</textarea><script>alert(1)</script>",
    "</style><script>alert(1)</script>", "<!--<script>alert(1)//-->", "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>", "${alert(1)}", "{{constructor.constructor('alert(1)')()}}",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e", "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\u2028alert(1)\u2029", "'-alert(1)-'", '";alert(1);//', '<object data="javascript:alert(1)">',
    '<embed src="javascript:alert(1)">', '<video><source onerror="alert(1)">', "<marquee onstart=alert(1)>",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", " JaVaScRiPt:alert(1)",
    "<scr<script>ipt>alert(1)</script>", "<form action=javascript:alert(1)><button>x</button></form>",
    '<base href="javascript:alert(1)//">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<math><mtext><img src=x onerror=alert(1)></mtext></math>", "<style>*{display:none}</style>",
]
TEXT_FIELDS = ["location", "location_ar", "notes", "quote", "source", "source_url", "actor1", "targets",
               "admin1", "admin2", "admin3", "event_id_cnty", "sub_event_type", "attribution"]
INJECTED = ("img, iframe, object, embed, base, form, marquee, video, math, textarea, button:not(.gi-pager-nav button),"
            " details:not(.gi-panel), input:not([type=range]):not(.leaflet-control-layers-selector),"
            " meta[http-equiv=refresh], style:not(head style)")


def xss_events() -> pd.DataFrame:
    rows = []
    for i in range(len(PAYLOADS)):
        row = {field: PAYLOADS[(i + k) % len(PAYLOADS)] for k, field in enumerate(TEXT_FIELDS)}
        row["source_url"] = f"{row['source_url']} https://example.org/r{i}?a=1&b=2"
        row.update(event_date=f"2018-02-{1 + i % 20:02d}", latitude=35.5 + 0.02 * i,
                   longitude=36.4 + 0.015 * i, geo_precision=1 + i % 3, fatalities=i)
        rows.append(row)
    return pd.DataFrame(rows)


def synthetic(n: int, seed: int = 4) -> pd.DataFrame:
    import numpy as np
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2019-04-30", periods=120).strftime("%Y-%m-%d")
    return pd.DataFrame({
        "event_date": rng.choice(dates, n), "latitude": rng.uniform(35.4, 36.2, n).round(5),
        "longitude": rng.uniform(36.3, 37.0, n).round(5), "location": [f"Place {i % 50}" for i in range(n)],
        "sub_event_type": rng.choice(["Air/drone strike", "Shelling/artillery/missile attack"], n),
        "fatalities": rng.integers(0, 20, n), "geo_precision": rng.choice([1, 1, 1, 2, 3], n),
        "source": "monitoring group report", "source_url": "https://example.org/x"})


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def demo() -> pd.DataFrame:
    return read_events([DEMO])


@pytest.fixture(scope="module")
def maps(tmp_path_factory, demo, gz) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("maps")
    big = synthetic(3000)
    built = {
        "demo": MapBuilder("Demo map", gazetteer=gz).add_events(demo),
        "online": MapBuilder("Demo map", gazetteer=gz, offline=False).add_events(demo),
        "canvas": MapBuilder("Canvas map", gazetteer=gz).add_events(big),
        "density": MapBuilder("Density", gazetteer=gz, density=True).add_events(demo),
        "undated": MapBuilder("Undated", gazetteer=gz).add_events(
            pd.concat([demo.head(5), demo.tail(1).assign(event_date="", geo_precision=1.0)])),
        "xss": MapBuilder(PAYLOADS[1], PAYLOADS[2], gazetteer=gz).add_events(xss_events()),
        "xss_canvas": MapBuilder(PAYLOADS[0], PAYLOADS[4], gazetteer=gz, canvas_threshold=0)
        .add_events(xss_events()),
    }
    return {name: builder.save(out / f"{name}.html") for name, builder in built.items()}


def assert_clean(v: Visit) -> None:
    assert v.errors == [] and v.dialogs == [] and v.blocked == []


DRAWN = """() => {
  const clusters = [...document.querySelectorAll('.gi-cluster')].reduce((s, e) => s + (+e.textContent), 0);
  return {points: clusters + document.querySelectorAll('.leaflet-marker-icon.gi-symbol').length,
          circles: document.querySelectorAll('path.gi-approx').length,
          text: document.querySelector('.gi-time-text').textContent};
}"""


def set_slider(page, which: str, index: int) -> None:
    page.evaluate("([cls, k]) => { const i = document.querySelector(cls); i.value = k;"
                  " i.dispatchEvent(new Event('input')); }", [which, index])


def test_demo_map_loads_offline_with_everything_drawn(browser, maps, demo):
    with visit(browser, maps["demo"]) as v:
        page = v.page
        assert page.evaluate("L.version") == "1.9.3"
        drawn = page.evaluate(DRAWN)
        assert drawn["points"] == int((demo.geo_precision == 1).sum())
        assert drawn["circles"] == int((demo.geo_precision == 2).sum())  # regions: the areas layer
        assert drawn["text"].endswith("31 of 31 events shown")
        assert_clean(v)


def test_offline_basemap_and_furniture(browser, maps):
    with visit(browser, maps["demo"]) as v:
        page = v.page
        assert page.locator(".leaflet-overlay-pane path").count() > 30  # boundaries drawn
        labels = page.locator(".gi-maplabel").all_inner_texts()
        assert {"Idlib", "Saraqib", "Atme"} <= set(labels) and len(labels) > 10
        assert page.locator(".gi-minimap .leaflet-overlay-pane path").count() >= 14
        assert page.locator(".gi-title h1").inner_text() == "Demo map"
        assert page.locator(".gi-title p").inner_text() == "2017-09-20 to 2020-03-01 · 31 events"
        legend = page.get_by_role("region", name="Legend", exact=True)
        open_panels(page)
        assert legend.is_visible() and "Air/drone strike" in legend.inner_text()
        assert "Dashed circle" in legend.inner_text()
        sources = page.locator(".gi-sources").inner_text()
        assert "OCHA" in sources and "GeoNames" in sources and "Wikipedia" in sources
        assert "wire report 2018-02-05" in sources
        assert page.locator(".leaflet-control-scale").is_visible()
        layers = page.locator(".leaflet-control-layers").text_content()
        assert "Governorates (OCHA)" in layers and "Strikes and other events" in layers
        page.locator(".gi-fullscreen a").click()
        assert page.evaluate("!!document.fullscreenElement || document.querySelector('.gi-full') !== null")
        assert_clean(v)


def test_popup_opens_on_click_with_the_event(browser, maps):
    with visit(browser, maps["demo"]) as v:
        page = v.page
        page.evaluate("""() => new Promise(done => {
            const layer = GeoIdlib.strikeLayers[0], ev = layer.ev;
            const i = [...Array(ev.n).keys()].find(k => ev.text('location', k) === 'Jabala');
            window.__target = layer.items[i];
            layer.cluster.zoomToShowLayer(window.__target, done);
        })""")
        box = page.evaluate("() => { const r = window.__target._icon.getBoundingClientRect();"
                            " return [r.x + r.width / 2, r.y + r.height * 0.3]; }")
        page.mouse.click(*box)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        text = popup.inner_text()
        for needle in ("Air/drone strike", "2019-06-10 (sometime that week)", "Jabala", "جبالا",
                       "Kafr Nobol, Al Ma'ra, Idleb", "Location: the named place itself",
                       "Killed (reported): 13", "Sources (2)", "wire report 2019-06",
                       "monitoring group report 2019-06", "Event GI-2019-005"):
            assert needle in text, needle
        displaced = page.evaluate("""() => { const ev = GeoIdlib.strikeLayers[0].ev;
            const i = [...Array(ev.n).keys()].find(k => ev.text('event_id_cnty', k) === 'GI-2018-010');
            return GeoIdlib.popup(ev, i).innerText; }""")
        assert "People (reported): 10,000" in displaced and "Killed (reported): not reported" in displaced
        assert "Location approximate: near this place" in displaced
        untolled = page.evaluate("""() => { const ev = GeoIdlib.strikeLayers[0].ev;  // its fatalities cell is empty
            const i = [...Array(ev.n).keys()].find(k => ev.text('event_id_cnty', k) === 'GI-2019-007');
            return GeoIdlib.popup(ev, i).innerText; }""")
        assert "Killed (reported): no figure given" in untolled and "Killed (reported): 0" not in untolled
        assert_clean(v)


def test_events_on_one_town_spread_out_on_click(browser, maps):
    with visit(browser, maps["demo"]) as v:
        page = v.page
        page.wait_for_function("!GeoIdlib.strikeLayers[0].cluster._inZoomAnimation")  # fit animation over
        box = page.evaluate("""() => { const l = GeoIdlib.strikeLayers[0], ev = l.ev;
            const i = [...Array(ev.n).keys()].find(k => ev.text('location', k) === 'Saraqib');
            const r = l.cluster.getVisibleParent(l.items[i])._icon.getBoundingClientRect();
            return [r.x + r.width / 2, r.y + r.height / 2]; }""")
        before = page.locator(".leaflet-marker-icon.gi-symbol").count()
        page.mouse.click(*box)
        page.wait_for_selector(".gi-spider-leg", state="attached")
        assert page.locator(".leaflet-marker-icon.gi-symbol").count() == before + 3  # Saraqib's three
        assert page.locator(".gi-spider-leg").count() == 3
        assert_clean(v)


def test_date_slider_filters_what_is_drawn(browser, maps, demo):
    with visit(browser, maps["demo"]) as v:
        page = v.page
        dates = sorted(demo.event_date.unique())
        lo = dates.index("2019-04-30")
        dark = """() => { const c = document.querySelector('.gi-time-chart');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 0; i < d.length; i += 4) n += d[i + 3] > 0 && d[i] < 100; return n; }"""
        all_dark = page.evaluate(dark)
        set_slider(page, ".gi-time-from", lo)
        assert 0 < page.evaluate(dark) < all_dark  # the chart greys out the dates left out
        kept = demo[demo.event_date >= "2019-04-30"]
        drawn = page.evaluate(DRAWN)
        assert drawn["text"] == f"2019-04-30 – 2020-03-01 · {len(kept)} of 31 events shown"
        assert drawn["points"] == int((kept.geo_precision == 1).sum())
        assert drawn["circles"] == int((kept.geo_precision == 2).sum())
        set_slider(page, ".gi-time-to", lo)
        assert page.evaluate(DRAWN)["text"].startswith("2019-04-30 – 2019-04-30 · 1 of 31")
        assert_clean(v)


def test_undated_events_stay_shown_and_say_so(browser, maps):
    with visit(browser, maps["undated"]) as v:
        page = v.page
        set_slider(page, ".gi-time-to", 0)
        drawn = page.evaluate(DRAWN)
        assert drawn["text"] == "2017-09-20 – 2017-09-20 · 3 of 6 events shown"  # 2 that day + undated
        assert (drawn["points"], drawn["circles"]) == (1, 1)  # the undated one; that day's near-town one
        page.evaluate("""() => { const l = GeoIdlib.strikeLayers[0], ev = l.ev;
            document.body.appendChild(GeoIdlib.popup(ev, ev.n - 1)); }""")
        assert "Date unknown" in page.locator("body > .gi-popup").inner_text()
        assert_clean(v)


def test_canvas_map_draws_filters_and_pages_stacked_events(browser, maps):
    with visit(browser, maps["canvas"]) as v:
        page = v.page
        assert page.locator("canvas.gi-canvas").count() == 2  # events + density
        assert page.locator(".leaflet-marker-icon.gi-symbol").count() == 0
        point = page.evaluate("""() => { const l = GeoIdlib.strikeLayers[0], ev = l.ev;
            const central = k => { const p = l._map.latLngToContainerPoint(ev.latlng(k));
                return p.x > 350 && p.x < 800 && p.y > 200 && p.y < 600; };
            const i = [...Array(ev.n).keys()].find(k => ev.c.prec[k] === 1 && central(k));
            const p = l._map.latLngToContainerPoint(ev.latlng(i)); return [p.x, p.y]; }""")
        page.mouse.move(*point)
        page.wait_for_function("document.querySelector('.leaflet-container').style.cursor === 'pointer'")
        page.mouse.click(*point)
        popup = page.locator(".leaflet-popup-content")
        popup.wait_for()
        assert "Place " in popup.inner_text() and "monitoring group report" in popup.inner_text()
        assert popup.locator("a").get_attribute("href") == "https://example.org/x"
        set_slider(page, ".gi-time-from", 60)
        text = page.locator(".gi-time-text").text_content()
        shown = int(text.split("· ")[1].split(" of")[0])
        assert 0 < shown < 3000 and text.endswith("of 3000 events shown")
        assert page.evaluate("GeoIdlib.strikeLayers[0].ev.visible.reduce((a, b) => a + b, 0)") == shown
        assert_clean(v)


def test_density_layer_on_a_small_map_follows_the_slider(browser, maps):
    with visit(browser, maps["density"]) as v:
        page = v.page
        shaded = """() => { const c = document.querySelector('.leaflet-pane canvas.gi-canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) n += d[i] > 0; return n; }"""
        page.wait_for_timeout(100)  # one animation frame for the first draw
        before = page.evaluate(shaded)
        set_slider(page, ".gi-time-from", 20)
        page.wait_for_timeout(100)
        assert 0 < page.evaluate(shaded) < before
        assert "Shading: more events" in page.get_by_role("region", name="Legend", exact=True).text_content()
        assert_clean(v)


def test_online_tiles_stay_off_until_picked(browser, maps):
    with visit(browser, maps["online"]) as v:
        page = v.page
        page.wait_for_timeout(300)
        assert v.blocked == []
        page.locator(".leaflet-control-layers").hover()
        page.get_by_text("OpenStreetMap (online)").click()
        page.wait_for_timeout(300)
        assert any("tile.openstreetmap.org" in url for url in v.blocked)


@pytest.mark.parametrize("name", ["xss", "xss_canvas"])
def test_no_payload_runs_or_injects_anything(browser, maps, name):
    with visit(browser, maps[name]) as v:
        page = v.page
        scripts = page.locator("script").count()
        # Every event's popup, built by the same code a click runs, put into the page at once.
        n = page.evaluate("""() => { const l = GeoIdlib.strikeLayers[0], ev = l.ev;
            for (let i = 0; i < ev.n; i++) document.body.appendChild(GeoIdlib.popup(ev, i));
            return ev.n; }""")
        assert n == len(PAYLOADS)
        page.locator(".gi-sources summary").click()
        page.locator(".leaflet-control-layers").hover()
        page.wait_for_timeout(200)
        assert page.evaluate("window.__xss") is None
        assert v.dialogs == [] and v.blocked == []
        assert page.locator(INJECTED).count() == 0
        assert page.locator("script").count() == scripts
        assert page.evaluate("""() => [...document.querySelectorAll('*')].filter(e =>
            [...e.attributes].some(a => a.name.startsWith('on'))).length""") == 0
        hrefs = page.evaluate("[...document.querySelectorAll('.gi-popup a')].map(a => a.getAttribute('href'))")
        assert len(hrefs) == len(PAYLOADS)
        assert all(h.startswith("https://example.org/r") and h.endswith("?a=1&b=2") for h in hrefs)
        title = PAYLOADS[1] if name == "xss" else PAYLOADS[0]
        assert page.title() == title
        assert page.locator(".gi-title h1").inner_text() == title
        texts = page.locator(".gi-popup").all_inner_texts()
        assert any(PAYLOADS[0] in t for t in texts)  # shown as text, not run
        assert v.errors == []

