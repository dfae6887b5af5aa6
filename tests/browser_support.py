"""Headless Debian chromium for the map tests: no network, every console error and dialog kept."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from playwright.sync_api import Browser, Page, Route, sync_playwright

from geo_idlib.render.png import CHROMIUM, CHROMIUM_ARGS, MAP_READY


@contextmanager
def chromium() -> Iterator[Browser]:
    """A headless chromium (Debian's, driven by Playwright)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class Visit:
    """What happened while a page was open."""

    page: Page
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@contextmanager
def visit(browser: Browser, path: Path, size: tuple[int, int] = (1200, 800)) -> Iterator[Visit]:
    """Open ``path`` with every http(s) request blocked and recorded; yields a :class:`Visit`."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    context.set_default_timeout(10_000)
    page = context.new_page()
    seen = Visit(page)

    def block(route: Route) -> None:
        seen.blocked.append(route.request.url)
        route.abort()

    def dialog(d) -> None:
        seen.dialogs.append(d.message)
        d.dismiss()

    page.route("http://**/*", block)
    page.route("https://**/*", block)
    page.on("pageerror", lambda exc: seen.errors.append(str(exc)))
    page.on("console", lambda msg: seen.errors.append(msg.text) if msg.type == "error" else None)
    page.on("dialog", dialog)
    try:
        page.goto(path.resolve().as_uri(), wait_until="load")
        page.wait_for_function(MAP_READY)
        yield seen
    finally:
        context.close()


def open_panels(page: Page) -> None:
    """Open every collapsible panel (key, dates, sources), as a reader clicking them would."""
    page.evaluate("() => document.querySelectorAll('details.gi-panel').forEach(d => { d.open = true; })")
