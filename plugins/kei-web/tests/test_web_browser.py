"""A real browser against a real `kei serve`: the system's Chromium driven by Playwright (never a
browser Playwright downloads), on a free loopback port.

Without Chromium or Playwright these tests fail in CI (CI set) and are skipped elsewhere, saying
why. Screenshots go to the artifacts folder (see conftest); KEI_WEB_SCREENSHOT=1 also writes the
README's picture, docs/img/kei-web-answer.png.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from web_support import ASKED_ON, ci, needs_texas

CHROMIUM = os.environ.get("KEI_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
README_PICTURE = Path(__file__).resolve().parents[3] / "docs" / "img" / "kei-web-answer.png"

pytestmark = needs_texas


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is not installed (pip install 'kei-web[test]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if ci():
            pytest.fail(f"the browser tests need Chromium and Playwright in CI: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def watched(server: str) -> Iterator[dict[str, list[str]]]:
    """What a page tried that it must not: dialogs opened, requests to anywhere but the server."""
    yield {"dialogs": [], "elsewhere": []}


def _page(browser: Any, server: str, seen: dict[str, list[str]], *, javascript: bool = True) -> Any:
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))

    def route(found: Any) -> None:
        if found.request.url.startswith(server):
            found.continue_()
        else:
            seen["elsewhere"].append(found.request.url)
            found.abort()

    page.route("**/*", route)
    page.set_default_timeout(20_000)
    return page


def _ask_for_the_carry_in_texas(page: Any, server: str, *, javascript: bool) -> None:
    page.goto(server + "/")
    model = page.get_by_label("Model code or name")
    if javascript:
        model.press_sequentially("carry da63")  # as the owner types, matching models are listed
        page.locator("#model-matches button", has_text=re.compile(r"^DA63T ")).click()
        assert model.input_value() == "DA63T"
    else:
        model.fill("DA63T")
    page.get_by_label("Built (year, or year and month)").fill("2005")
    page.locator("details.country summary", has_text="United States").click()
    page.get_by_label("Texas").check()
    page.get_by_label("On the date").fill(ASKED_ON)
    page.get_by_role("button", name="Check").click()
    page.wait_for_url("**/check?**")


def _read_the_answer(page: Any) -> None:
    verdict = page.locator("#place-US-TX")
    assert verdict.locator("summary .status").inner_text().strip().endswith("Not legal")
    assert verdict.locator(".eligible-date").inner_text() == "2030-12-31"
    row = page.locator('svg.kei-timeline g.kei-tl-row[data-place="US-TX"]')
    assert row.count() == 1
    box = row.locator("rect").first.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 5


def test_an_owner_asks_about_a_2005_carry_in_texas(
    browser: Any, server: str, watched: Any, artifacts: Path
) -> None:
    page = _page(browser, server, watched)
    _ask_for_the_carry_in_texas(page, server, javascript=True)
    _read_the_answer(page)
    page.screenshot(path=str(artifacts / "kei-web-answer.png"), full_page=False)
    if os.environ.get("KEI_WEB_SCREENSHOT"):
        README_PICTURE.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(README_PICTURE), full_page=False)
    assert watched["elsewhere"] == [] and watched["dialogs"] == []
    page.context.close()


def test_the_same_without_javascript(browser: Any, server: str, watched: Any, artifacts: Path) -> None:
    page = _page(browser, server, watched, javascript=False)
    _ask_for_the_carry_in_texas(page, server, javascript=False)
    _read_the_answer(page)
    page.screenshot(path=str(artifacts / "kei-web-answer-no-js.png"), full_page=True)
    assert watched["elsewhere"] == []
    page.context.close()


def test_a_phone_sized_screen_reads_the_answer(
    browser: Any, server: str, watched: Any, artifacts: Path
) -> None:
    page = _page(browser, server, watched)
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{server}/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}")
    _read_the_answer(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375 + 1  # nothing wider than the phone
    page.screenshot(path=str(artifacts / "kei-web-phone.png"), full_page=True)
    page.context.close()


XSS = [
    "<script>window.__kei_xss = 1; alert('xss')</script>",
    '"><img src=x onerror="window.__kei_xss = 2; alert(2)">',
    '</title><svg onload="window.__kei_xss = 3"></svg>',
]


@pytest.mark.parametrize("payload", XSS)
def test_markup_in_what_a_user_types_never_runs(
    browser: Any, server: str, watched: Any, payload: str
) -> None:
    page = _page(browser, server, watched)
    for path in (
        f"/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}&make={quote(payload)}",  # the answer page
        f"/check?model={quote(payload)}&made=2005&in=US-TX",  # the form again, with the error
        f"/rules/{quote(payload, safe='')}",
        f"/models?q={quote(payload)}",
    ):
        page.goto(server + path)
        assert page.evaluate("window.__kei_xss") is None, path
    assert watched["dialogs"] == []
    # and what was typed is shown as text
    page.goto(f"{server}/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}&make={quote(payload)}")
    assert payload in page.locator("h1").inner_text()
    page.context.close()
