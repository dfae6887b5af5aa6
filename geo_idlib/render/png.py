"""PNG export: the print rendering of a map (no controls, the whole key, the credits line)
drawn by headless Debian chromium through Playwright; one panel, or small multiples side by
side (one per date, e.g. before and after) under one title and one credits line."""
from __future__ import annotations

import asyncio
import concurrent.futures
import os
import tempfile
from pathlib import Path
from urllib.parse import quote

from geo_idlib.errors import GeoIdlibError
from geo_idlib.io import write_atomic
from geo_idlib.layers.safe import escape_text

#: Debian's chromium (Playwright's own browser download does not work offline).
CHROMIUM = os.environ.get("GEO_IDLIB_CHROMIUM", "/usr/bin/chromium")
#: Flags that keep a headless run quiet: no sandbox (containers), no calls to Google hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
#: JS condition for "the map has drawn everything and placed its labels".
MAP_READY = "window.GeoIdlib !== undefined && window.GeoIdlib.ready === true"
#: Least height (CSS px) of the small multiples' title row and credits row.
HEADER_PX, FOOTER_PX = 58, 40

_PANELS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>
html, body {{ margin: 0; height: 100%; background: #fff; font: 13px/1.35 system-ui, "Noto Sans", sans-serif; }}
body {{ display: flex; flex-direction: column; }}
header {{ min-height: {header}px; box-sizing: border-box; padding: 8px 12px; }}
header h1 {{ font-size: 19px; margin: 0 0 2px; }} header p {{ margin: 0; color: #444; }}
main {{ display: flex; gap: 4px; flex: 1; min-height: 0; }}
iframe {{ flex: 1; min-width: 0; border: 0; height: 100%; }}
footer {{ min-height: {footer}px; box-sizing: border-box; padding: 3px 12px; font-size: 11px; color: #333; border-top: 1px solid #ccc; }}
</style></head><body><header><h1>{title}</h1><p>{subtitle}</p></header><main>{frames}</main>
<footer class="gi-credits">{credits}</footer></body></html>"""


def panel_hash(panel: dict, *, last: bool, multiple: bool) -> str:
    """The print page's ``#hash`` for one panel: date range, caption, and (in small multiples)
    the key on the last panel only and no credits line (the page has one).

    >>> panel_hash({"hi": "2018-02-01", "caption": "Control on 2018-02-01"}, last=True, multiple=True)
    '#hi=2018-02-01&caption=Control%20on%202018-02-01&credits=0'
    """
    items = [(k, str(v)) for k, v in panel.items() if k in ("lo", "hi", "caption", "sub") and v]
    if multiple:
        items += ([] if last else [("legend", "0")]) + [("credits", "0")]
    return "#" + "&".join(f"{k}={quote(v, safe='')}" for k, v in items) if items else ""


def panels_page(map_name: str, panels: list[dict], *, title: str, subtitle: str, credits: str) -> str:
    """The HTML page that shows ``panels`` of the print map ``map_name`` side by side."""
    frames = "".join(f'<iframe src="{escape_text(map_name + panel_hash(p, last=k == len(panels) - 1, multiple=True))}" '
                     f'title="{escape_text(p.get("caption", title))}"></iframe>' for k, p in enumerate(panels))
    return _PANELS_PAGE.format(title=escape_text(title), subtitle=escape_text(subtitle), credits=escape_text(credits),
                               frames=frames, header=HEADER_PX, footer=FOOTER_PX)


def print_png(html: str, panels: list[dict], *, size: tuple[int, int] = (1400, 900), scale: float = 1,
              title: str = "", subtitle: str = "", credits: str = "", timeout_ms: int = 60_000) -> bytes:
    """The PNG of a print page (``MapBuilder.render(print_mode=True)``): one panel, or the
    small multiples of :func:`panels_page`."""
    with tempfile.TemporaryDirectory(prefix="geo_idlib_png_") as tmp:
        page = Path(tmp) / "map.html"
        page.write_text(html, encoding="utf-8")
        if len(panels) > 1:
            outer = Path(tmp) / "panels.html"
            outer.write_text(panels_page(page.name, panels, title=title, subtitle=subtitle, credits=credits),
                             encoding="utf-8")
            return png_bytes(outer, size, timeout_ms, scale=scale, frames=len(panels))
        return png_bytes(page, size, timeout_ms, scale=scale,
                         fragment=panel_hash(panels[0], last=True, multiple=False) if panels else "")


def render_png(html_path: str | Path, png_path: str | Path, size: tuple[int, int] = (1400, 900),
               timeout_ms: int = 60_000, scale: float = 1) -> Path:
    """Screenshot the map at ``html_path`` into ``png_path`` (every http(s) request is blocked).

    >>> render_png("maps/idlib_demo.html", "maps/idlib_demo.png")  # doctest: +SKIP
    PosixPath('maps/idlib_demo.png')
    """
    return write_atomic(png_path, png_bytes(html_path, size, timeout_ms, scale=scale))


def png_bytes(html_path: str | Path, size: tuple[int, int] = (1400, 900), timeout_ms: int = 60_000, *,
              scale: float = 1, fragment: str = "", frames: int = 0) -> bytes:
    """The PNG screenshot of the page at ``html_path`` (+ ``fragment``), once its map (or, with
    ``frames``, the maps of that many iframes) is ready. Runs in a worker thread when called
    from a running event loop (a Jupyter kernel), where Playwright's sync API cannot run."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _png_bytes(Path(html_path), size, timeout_ms, scale, fragment, frames)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_png_bytes, Path(html_path), size, timeout_ms, scale, fragment, frames).result()


def _png_bytes(html_path: Path, size: tuple[int, int], timeout_ms: int, scale: float, fragment: str,
               frames: int) -> bytes:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise GeoIdlibError(f"no chromium at {CHROMIUM}: install it (make browser) or set "
                            "GEO_IDLIB_CHROMIUM")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": size[0], "height": size[1]}, device_scale_factor=scale)
                page.route("http://**/*", lambda route: route.abort())
                page.route("https://**/*", lambda route: route.abort())
                page.goto(html_path.resolve().as_uri() + fragment, wait_until="load", timeout=timeout_ms)
                maps = [f for f in page.frames if f != page.main_frame] if frames else [page.main_frame]
                for frame in maps:  # polled by time: a frame out of view gets no animation frames
                    frame.wait_for_function(MAP_READY, timeout=timeout_ms, polling=100)
                page.wait_for_timeout(300)  # let the last label placement (one animation frame) land
                png = page.screenshot(type="png")
            finally:
                browser.close()
    except PlaywrightError as exc:
        raise GeoIdlibError(f"PNG export of {html_path} failed: {exc.message.splitlines()[0]}") from None
    return png
