"""PNG export: the saved HTML map rendered by headless Debian chromium through Playwright."""
from __future__ import annotations

import os
from pathlib import Path

from geo_idlib.errors import GeoIdlibError
from geo_idlib.io import write_atomic

#: Debian's chromium (Playwright's own browser download does not work offline).
CHROMIUM = os.environ.get("GEO_IDLIB_CHROMIUM", "/usr/bin/chromium")
#: Flags that keep a headless run quiet: no sandbox (containers), no calls to Google hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
#: JS condition for "the map has finished drawing its furniture".
MAP_READY = "window.L && document.querySelector('.leaflet-control-layers')"


def render_png(html_path: str | Path, png_path: str | Path, size: tuple[int, int] = (1400, 900),
               timeout_ms: int = 60_000) -> Path:
    """Screenshot the map at ``html_path`` into ``png_path`` (every http(s) request is blocked).

    >>> render_png("maps/idlib_demo.html", "maps/idlib_demo.png")  # doctest: +SKIP
    PosixPath('maps/idlib_demo.png')
    """
    return write_atomic(png_path, png_bytes(html_path, size, timeout_ms))


def png_of_html(html: str, size: tuple[int, int] = (1400, 900), timeout_ms: int = 60_000) -> bytes:
    """The PNG of a map page not yet written anywhere (rendered from a temporary copy)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="geo_idlib_png_") as tmp:
        page = Path(tmp) / "map.html"
        page.write_text(html, encoding="utf-8")
        return png_bytes(page, size, timeout_ms)


def png_bytes(html_path: str | Path, size: tuple[int, int] = (1400, 900), timeout_ms: int = 60_000) -> bytes:
    """The PNG screenshot of the map at ``html_path``."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    html_path = Path(html_path)
    if not Path(CHROMIUM).exists():
        raise GeoIdlibError(f"no chromium at {CHROMIUM}: install it (make browser) or set "
                            "GEO_IDLIB_CHROMIUM")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": size[0], "height": size[1]})
                page.route("http://**/*", lambda route: route.abort())
                page.route("https://**/*", lambda route: route.abort())
                page.goto(html_path.resolve().as_uri(), wait_until="load", timeout=timeout_ms)
                page.wait_for_function(MAP_READY, timeout=timeout_ms)
                page.wait_for_timeout(300)  # let the last redraw after fitBounds land
                png = page.screenshot(type="png")
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise GeoIdlibError(f"PNG export of {html_path} failed: {exc.message.splitlines()[0]}") from None
    return png
