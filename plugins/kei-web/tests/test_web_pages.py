"""The pages: every route answers, the form works as a plain GET, user text is escaped as the
CLI escapes it, and every response carries the security headers."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from web_support import ASKED_ON, cli_error, needs_texas

TEXAS = f"/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}"


def test_the_form_labels_every_control(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    ids = set(re.findall(r'<input[^>]* id="([^"]+)"', html))
    labelled = set(re.findall(r'<label for="([^"]+)"', html))
    assert ids and ids <= labelled
    # checkboxes are labelled by the label around them
    assert all("<label" in html[: m.start()][-200:] for m in re.finditer(r'type="checkbox"', html))
    assert 'action="/check" method="get"' in html
    assert '<script src="/static/kei.js" defer>' in html
    assert not re.search(r"<script>|<script [^>]*>[^<]", html), "no inline script"
    assert " style=" not in html, "no inline style (the CSP forbids it)"


def test_the_form_groups_places_by_country(client: Any, kei: Any) -> None:
    html = client.get("/").text
    for code in kei.places():
        assert f'value="{code}"' in html


@needs_texas
def test_the_answer_page_shows_verdict_date_why_and_rules(client: Any) -> None:
    page = client.get(TEXAS)
    assert page.status_code == 200
    html = page.text
    assert "Not legal" in html and 'data-status="not_legal"' in html
    assert "2030-12-31" in html  # built 2005, to the year: 25 years after its last possible day
    assert "Why:" in html
    assert "Conditions" in html
    assert 'href="/rules/US-FMVSS-25Y"' in html
    assert re.search(r'<a href="https://[^"]+" rel="noopener noreferrer external">', html)
    assert "<svg" in html and 'class="kei-tl-row"' in html and 'data-place="US-TX"' in html
    assert f'href="/api/check?model=DA63T&amp;made=2005&amp;in=US-TX&amp;on={ASKED_ON}"' in html
    assert "kei gives information, not legal advice" in html


@needs_texas
def test_every_place_gets_the_table_and_a_row_each(client: Any, kei: Any) -> None:
    html = client.get(f"/check?model=DA63T&made=2005&on={ASKED_ON}").text
    assert html.count('class="kei-tl-row"') == len(kei.places())
    assert '<table class="summary">' in html


@needs_texas
def test_a_bad_model_code_shows_the_form_again_with_the_cli_line(client: Any) -> None:
    page = client.get(f"/check?model=DA63X&made=2005&in=US-TX&on={ASKED_ON}")
    assert page.status_code == 400
    line = cli_error("check", "--model", "DA63X", "--made", "2005", "--in", "US-TX", "--on", ASKED_ON)
    assert _text(line) in page.text
    assert 'role="alert"' in page.text
    assert 'value="DA63X"' in page.text  # what the owner typed is kept


def _text(line: str) -> str:
    """``line`` as the page's templates write it (autoescaped)."""
    from markupsafe import escape

    return str(escape(line))


@needs_texas
@pytest.mark.parametrize(
    "make",
    ['<script>alert("kei")</script>', '"><img src=x onerror=alert(1)>', "</title><svg onload=alert(1)>"],
)
def test_markup_in_a_make_is_shown_as_text(client: Any, make: str) -> None:
    page = client.get(TEXAS + "&make=" + quote(make))
    assert page.status_code == 200
    assert make not in page.text
    assert _text(make) in page.text
    svg = client.get(TEXAS.replace("/check?", "/check.svg?") + "&make=" + quote(make))
    assert svg.status_code == 200 and make not in svg.text


@needs_texas
def test_control_characters_are_shown_as_their_escapes(client: Any) -> None:
    page = client.get(TEXAS + "&make=" + quote("Suzuki\x1b[2J\u202eevil"))
    assert page.status_code == 200
    assert "\x1b" not in page.text and "\u202e" not in page.text
    assert "Suzuki\\x1b[2J\\u202eevil" in page.text


def test_a_value_longer_than_the_cli_takes_is_its_error(client: Any) -> None:
    page = client.get(f"/check?made=2005&in=JP&on={ASKED_ON}&make=" + "x" * 5000)
    assert page.status_code == 400
    assert "too long (expected at most 4,096 characters)" in page.text


@needs_texas
def test_the_timeline_svg_is_served_alone(client: Any) -> None:
    svg = client.get(TEXAS.replace("/check?", "/check.svg?"))
    assert svg.status_code == 200
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<?xml") and "<script" not in svg.text


@needs_texas
def test_rules_pages(client: Any) -> None:
    listing = client.get("/rules?in=US-TX")
    assert listing.status_code == 200 and 'href="/rules/US-TX-MINIATURE-VEHICLE"' in listing.text
    one = client.get("/rules/US-FMVSS-25Y")
    assert one.status_code == 200 and "49 U.S.C. 30112(b)(9)" in one.text
    missing = client.get("/rules/NOPE-1")
    assert missing.status_code == 404
    assert _text(cli_error("explain", "NOPE-1")) in missing.text
    assert client.get("/rules?in=%3Cb%3E").status_code == 400


@needs_texas
def test_models_page_searches_the_catalog(client: Any) -> None:
    page = client.get("/models?q=carry")
    assert page.status_code == 200 and "DA63T" in page.text and 'href="/?model=DA63T"' in page.text


def test_inventory_page_and_upload(client: Any) -> None:
    page = client.get("/inventory")
    assert page.status_code == 200 and 'enctype="multipart/form-data"' in page.text
    inventory = b"make,manufactured\nSuzuki,1990-03\n"
    answer = client.post(
        "/inventory",
        files={"inventory": ("stock.csv", inventory, "text/csv")},
        data={"in": "JP", "on": ASKED_ON},
    )
    assert answer.status_code == 200
    assert answer.headers["content-disposition"].startswith("attachment")
    assert answer.text.splitlines()[0] == "row,jurisdiction,status,eligible_from,failing_rules,error"
    assert answer.text.splitlines()[1].startswith("2,JP,")


def test_inventory_upload_of_a_workbook_is_read_as_its_csv(client: Any) -> None:
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["make", "manufactured", "width_mm"])
    sheet.append(["Suzuki", "1990-03", 1395])
    data = io.BytesIO()
    book.save(data)
    from_xlsx = client.post(
        "/inventory",
        files={"inventory": ("stock.xlsx", data.getvalue(), "application/octet-stream")},
        data={"in": "JP", "on": ASKED_ON},
    )
    from_csv = client.post(
        "/inventory",
        files={"inventory": ("stock.csv", b"make,manufactured,width_mm\nSuzuki,1990-03,1395\n", "text/csv")},
        data={"in": "JP", "on": ASKED_ON},
    )
    assert from_xlsx.status_code == 200
    assert from_xlsx.text == from_csv.text


def test_inventory_upload_that_is_not_an_inventory(client: Any) -> None:
    answer = client.post(
        "/inventory",
        files={"inventory": ("x.xlsx", b"PK\x03\x04 not a zip", "application/octet-stream")},
        data={"in": "JP"},
    )
    assert answer.status_code == 400 and "not a readable .xlsx workbook" in answer.text
    assert client.post("/inventory", data={"in": "JP"}).status_code == 400


def test_static_files_are_served_from_memory_and_nothing_else(client: Any) -> None:
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/kei.js").headers["content-type"].startswith("text/javascript")
    for path in (
        "/static/../app.py",
        "/static/..%2Fapp.py",
        "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
        "/static/templates",
    ):
        assert client.get(path).status_code == 404


def test_pages_load_nothing_from_elsewhere(client: Any) -> None:
    for path in ("/", "/rules", "/models", "/inventory", "/docs"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//[^"]*"[^>]*(rel="stylesheet"|defer)', html)
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html)


@pytest.mark.parametrize(
    "path", ["/", "/check?in=JP", "/api/jurisdictions", "/openapi.json", "/nope", "/static/style.css"]
)
def test_security_headers_on_every_response(client: Any, path: str) -> None:
    headers = client.get(path).headers
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert "server" not in headers or "uvicorn" not in headers["server"].lower()


def test_an_unknown_path_is_404_without_a_traceback(client: Any) -> None:
    response = client.get("/nope")
    assert response.status_code == 404
    assert "Traceback" not in response.text


@needs_texas
def test_the_page_weighs_little(client: Any) -> None:
    """No front-end framework: the form, its stylesheet and script, and a one-place answer stay small."""
    form = len(client.get("/").content)
    assets = len(client.get("/static/style.css").content) + len(client.get("/static/kei.js").content)
    answer = len(client.get(TEXAS).content)
    assert assets < 10_000
    assert form + assets < 60_000
    assert answer < 40_000
