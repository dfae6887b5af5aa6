"""What a newsroom publishes, in chromium: the embed at phone, tablet and desktop widths, and
the print rendering behind --png (no controls, the whole key, the credits line, no overlaps)."""
from __future__ import annotations

import struct
from pathlib import Path

import pytest
from browser_support import chromium, visit

from geo_idlib.cli import main
from geo_idlib.cli.control_cmds import read_csv_table
from geo_idlib.errors import InputError
from geo_idlib.layers.control import control_status
from geo_idlib.layers.events import read_events
from geo_idlib.render.builder import MapBuilder

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: Panels' share of the map, overlaps between panels counted twice (an upper bound).
COVERAGE = """() => { const c = document.querySelector('.leaflet-container').getBoundingClientRect();
  let area = 0;
  document.querySelectorAll('.leaflet-control, .gi-credits').forEach(e => { const r = e.getBoundingClientRect();
    const w = Math.min(r.right, c.right) - Math.max(r.left, c.left), h = Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top);
    if (w > 0 && h > 0) area += w * h; });
  return area / (c.width * c.height); }"""
#: Pairs of visible labels whose boxes overlap (by their text).
OVERLAPS = """() => { const boxes = [...document.querySelectorAll('.gi-maplabel > span')]
    .filter(s => getComputedStyle(s).visibility !== 'hidden' && s.getBoundingClientRect().width > 0)
    .map(s => [s.textContent, s.getBoundingClientRect()]);
  const out = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, r] = boxes[i], [b, q] = boxes[j];
    if (r.left < q.right - 0.5 && q.left < r.right - 0.5 && r.top < q.bottom - 0.5 && q.top < r.bottom - 0.5) out.push([a, b]);
  }
  return {shown: boxes.length, overlaps: out}; }"""
#: Interactive controls that have no place in print.
CONTROLS = (".leaflet-control-zoom, .leaflet-control-layers, .gi-time, .gi-fullscreen, .gi-minimap, "
            ".gi-sources, input, button, .gi-cluster, .leaflet-control-attribution")


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("published")
    html = out / "maps" / "idlib.html"
    assert main(["map", str(EXAMPLES / "reports"), str(EXAMPLES / "events_demo.csv"), "-o", str(html),
                 "--offline", "--roads", "--embed", "--quiet",
                 "--title", "Air war in Idlib, 2017-2020: events on the public record"]) == 0
    page = out / "maps" / "article.html"
    snippet = html.with_suffix(".embed.html").read_text(encoding="utf-8")
    page.write_text(f"<!DOCTYPE html><html><body style='margin:0'>{snippet}</body></html>", encoding="utf-8")
    standalone = out / "maps" / "standalone.html"
    standalone.write_text("<!DOCTYPE html><html><body style='margin:0'>"
                          + html.with_suffix(".embed-standalone.html").read_text(encoding="utf-8") + "</body></html>",
                          encoding="utf-8")
    return {"map": html, "article": page, "standalone": standalone}


@pytest.fixture(scope="module")
def print_page(tmp_path_factory, gz) -> Path:
    builder = MapBuilder("Air war in Idlib, 2017-2020", gazetteer=gz, roads=True)
    builder.add_events(read_events([EXAMPLES / "events_demo.csv"]))
    return builder_page(builder, tmp_path_factory.mktemp("print") / "print.html")


def builder_page(builder: MapBuilder, path: Path) -> Path:
    path.write_text(builder.render(print_mode=True), encoding="utf-8")
    return path


def _map_frame(page):
    frame = page.frames[1]
    frame.wait_for_function("window.GeoIdlib !== undefined && GeoIdlib.ready === true")
    frame.wait_for_timeout(100)  # the label placement after the last redraw
    return frame


@pytest.mark.parametrize("width", [320, 375, 760, 1280])
def test_the_embed_fits_a_phone_a_tablet_and_a_desktop(published, width):
    with chromium() as browser:
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(published["article"].as_uri())
        frame = _map_frame(page)
        box = page.locator("iframe").bounding_box()
        assert box["width"] == min(width, 1200) and box["height"] >= 420  # tall enough on a phone
        assert frame.evaluate(COVERAGE) <= 0.25, "panels cover more than a quarter of the map"
        labels = frame.evaluate(OVERLAPS)
        assert labels["shown"] >= 5 and labels["overlaps"] == []
        panels = frame.evaluate("[...document.querySelectorAll('details.gi-panel')].map(d => d.open)")
        if width < 600:  # panels are buttons that open over the map
            assert panels and not any(panels)
            frame.locator(".gi-legend summary").click()
            assert "Air/drone strike" in frame.get_by_role("region", name="Legend", exact=True).inner_text()
            assert frame.evaluate("document.querySelector('.gi-minimap').offsetWidth") == 0
        if width >= 1200:
            assert frame.evaluate("document.querySelector('.gi-legend').open")  # room for the key
        assert errors == []
        context.close()


def test_the_snippets_say_where_the_map_lives_and_one_needs_no_hosting(published):
    hosted = published["map"].with_suffix(".embed.html").read_text(encoding="utf-8")
    assert 'src="idlib.html"' in hosted and "hosted beside the article" in hosted
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 375, "height": 800})
        page.goto(published["standalone"].as_uri())
        frame = _map_frame(page)
        assert frame.locator(".gi-title h1").inner_text().startswith("Air war in Idlib")
        assert frame.evaluate("GeoIdlib.strikeLayers[0].ev.n") > 20


def test_the_print_page_has_no_controls_a_whole_key_credits_and_no_overlaps(print_page):
    with chromium() as browser, visit(browser, print_page, size=(1400, 900)) as v:
        page = v.page
        page.wait_for_timeout(100)
        assert page.locator(CONTROLS).count() == 0
        assert page.locator(".gi-cluster").count() == 0 and page.locator(".gi-symbol").count() > 10
        tolls = page.locator(".gi-toll span:not(.gi-dropped)").all_inner_texts()
        assert "15" in tolls and "13" in tolls  # Idlib's toll, Jabala's
        credits = page.locator(".gi-credits")
        assert credits.is_visible() and credits.bounding_box()["y"] + credits.bounding_box()["height"] <= 900
        text = credits.inner_text()
        for name in ("OCHA", "GeoNames", "CC BY 4.0", "Wikipedia", "CC BY-SA", "wire report 2019-06"):
            assert name in text, name
        key = page.locator(".gi-legend")
        box = key.bounding_box()
        assert key.is_visible() and box["y"] >= 0 and box["y"] + box["height"] <= 900
        assert key.evaluate("k => k.scrollHeight <= k.clientHeight + 1")  # nothing cut off
        assert "Number: people reported killed" in key.inner_text()
        assert page.locator(".gi-title h1").inner_text() == "Air war in Idlib, 2017-2020"
        assert page.locator(".gi-title p").inner_text().startswith("2017-09-20 to 2020-03-01")
        assert page.evaluate(OVERLAPS)["overlaps"] == []
        assert v.errors == [] and v.blocked == []


def test_png_size_scale_and_small_multiples(tmp_path, gz):
    status = control_status(read_csv_table(EXAMPLES / "control" / "southern_idlib_2019.csv"), gz)
    pocket = status[status["date"] <= "2019-08-23"]  # up to the end of the northern Hama pocket: three panels
    builder = MapBuilder("Northern Hama, August 2019", gazetteer=gz, start="2019-08-21").add_control(pocket)
    assert [p.get("caption") for p in builder.print_panels()] == [
        "Control on 2019-08-21", "Control on 2019-08-22", "Control on 2019-08-23"]
    png = builder.to_png(tmp_path / "front.png", size=(900, 500), scale=2)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1800, 1000)
    assert (tmp_path / "front.png").read_bytes() == png
    assert builder.print_panels(at="2019-08-22") == [
        {"hi": "2019-08-22", "caption": builder.title, "sub": "As of 2019-08-22: {n} events"}]
    every = MapBuilder("Northern Hama, 2019", gazetteer=gz).add_control(status)  # 20 dates: 4 panels, first to last
    assert [p["caption"] for p in every.print_panels()] == [
        "Control on 2019-05-06", "Control on 2019-05-31", "Control on 2019-08-13", "Control on 2019-08-30"]
    assert builder.print_panels(at=["2019-08-23", "2019-08-01"]) == [  # --at D1,D2: the dates chosen
        {"hi": "2019-08-01", "caption": "As of 2019-08-01", "sub": "Events up to 2019-08-01: {n}"},
        {"hi": "2019-08-23", "caption": "As of 2019-08-23", "sub": "Events up to 2019-08-23: {n}"}]
    page = tmp_path / "print.html"
    builder_page(builder, page)
    with chromium() as browser:
        tab = browser.new_page(viewport={"width": 700, "height": 600})
        tab.goto(page.as_uri() + "#hi=2019-08-21&caption=Control%20on%202019-08-21&legend=0")
        tab.wait_for_function("GeoIdlib.ready === true")
        assert tab.locator(".gi-title h1").inner_text() == "Control on 2019-08-21"
        assert not tab.locator(".gi-legend").is_visible()
        drawn = tab.evaluate("""() => Object.keys(window).filter(k => k.startsWith('shapes_layer')
            && GeoIdlib.map.hasLayer(window[k])).length""")
        assert drawn == 1  # the zones of 2019-08-21 only


def test_small_multiples_fit_the_png_width(tmp_path, gz):
    status = control_status(read_csv_table(EXAMPLES / "control" / "southern_idlib_2019.csv"), gz)
    builder = MapBuilder("Northern Hama, 2019", gazetteer=gz).add_control(status)
    # as many panels as the width holds at 400 px each: two in 900 px, one in 700 px
    assert [p["caption"] for p in builder.print_panels(width=900)] == ["Control on 2019-05-06", "Control on 2019-08-30"]
    assert builder.print_panels(width=700) == [{}]
    four = ["2019-05-06", "2019-06-07", "2019-07-29", "2019-08-23"]
    with pytest.raises(InputError) as err:
        builder.to_png(tmp_path / "narrow.png", size=(900, 500), at=four)
    assert err.value.field == "size" and "at least 1600 px wide" in err.value.message
    assert not (tmp_path / "narrow.png").exists()
    # four chosen dates in a wide PNG: every panel is drawn (the last one too, not left out of view)
    png = builder.to_png(tmp_path / "wide.png", size=(1700, 500), at=four)
    assert struct.unpack(">II", png[16:24]) == (1700, 500)


def test_the_print_page_shows_hostile_text_as_text(tmp_path):
    from test_map_browser import PAYLOADS, xss_events

    builder = MapBuilder(PAYLOADS[1], PAYLOADS[2], context=None).add_events(xss_events())
    page = builder_page(builder, tmp_path / "xss_print.html")
    with chromium() as browser, visit(browser, page, size=(1200, 800)) as v:
        scripts = v.page.locator("script").count()
        assert v.page.evaluate("window.__xss") is None and v.dialogs == [] and v.blocked == []
        assert v.page.locator("img, iframe, object, embed, base, form, marquee, video, math, textarea").count() == 0
        assert v.page.locator("script").count() == scripts
        assert v.page.evaluate("""() => [...document.querySelectorAll('*')].filter(e =>
            [...e.attributes].some(a => a.name.startsWith('on'))).length""") == 0
        assert v.page.locator(".gi-title h1").inner_text() == PAYLOADS[1]
        assert PAYLOADS[0] in v.page.locator(".gi-credits").inner_text()  # a source, shown as text
        assert v.errors == []
