"""Serving: HEAD answered as GET without a body, the app under a path prefix behind a reverse
proxy (``kei serve --root-path``), the API's JSON written as the standard library writes it, and
the answer page's notes in words."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient
from web_support import ASKED_ON, CLI, installed, needs_texas

from kei_core.api import Kei
from kei_web.app import create_app

TEXAS = f"/check?model=DA63T&made=2005&in=US-TX&on={ASKED_ON}"
EXAMPLES = sorted((Path(__file__).resolve().parents[3] / "examples" / "vehicles").glob("*.toml"))

# -- HEAD -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        TEXAS,
        "/check.svg?made=1990&in=JP",
        "/rules",
        "/models",
        "/inventory",
        "/docs",
        "/static/style.css",
        "/healthz",
    ],
)
def test_head_is_get_without_the_body(client: Any, path: str) -> None:
    if "US-TX" in path and not installed("kei_jp", "kei_us", "kei_us_tx"):
        pytest.skip("needs kei-jp, kei-us and kei-us-tx")
    got = client.get(path)
    head = client.head(path)
    assert got.status_code == head.status_code == 200
    assert head.content == b""
    assert got.content
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))
    assert head.headers["x-frame-options"] == "DENY"


def test_head_of_an_unknown_rule_is_its_404_without_a_body(client: Any) -> None:
    head = client.head("/rules/NO-SUCH-RULE")
    assert head.status_code == 404 and head.content == b""


def test_head_of_a_post_only_route_is_refused(client: Any) -> None:
    assert client.head("/api/batch").status_code == 405


# -- under a path prefix ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def prefixed(kei: Kei) -> Iterator[Any]:
    """The app as uvicorn runs it with ``--root-path /kei``: ASGI's root_path is /kei and a
    request's path starts with it (the proxy took /kei off, uvicorn puts it back)."""
    with TestClient(create_app(kei), root_path="/kei") as client:
        yield client


def local_urls(html: str) -> list[str]:
    """Every link, form action and asset of a page that stays on the site."""
    found = re.findall(r'(?:href|src|action|data-search)="([^"]*)"', html)
    return [url for url in found if not url.startswith(("http://", "https://", "#", "data:"))]


@pytest.mark.parametrize("path", ["/", "/rules", "/rules/{first}", "/models", "/inventory", "/docs", TEXAS])
def test_every_page_under_a_prefix_links_under_it(prefixed: Any, kei: Kei, path: str) -> None:
    if "{first}" in path:
        rules = kei.rules()
        if not rules:
            pytest.skip("no installed plugin has a rule to show")
        path = path.format(first=rules[0].id)
    if "US-TX" in path and not installed("kei_jp", "kei_us", "kei_us_tx"):
        pytest.skip("needs kei-jp, kei-us and kei-us-tx")
    page = prefixed.get("/kei" + path)
    assert page.status_code == 200
    urls = local_urls(page.text)
    assert urls
    assert all(url.startswith("/kei/") for url in urls), [u for u in urls if not u.startswith("/kei/")]
    for url in {u.split("?")[0] for u in urls if "/static/" in u or u.endswith(("/rules", "/models"))}:
        assert prefixed.get(url).status_code == 200, url  # and they answer there


def test_the_form_under_a_prefix_submits_and_searches_there(prefixed: Any) -> None:
    html = prefixed.get("/kei/").text
    assert 'action="/kei/check" method="get"' in html
    assert '<script src="/kei/static/kei.js" defer>' in html
    assert 'data-search="/kei/api/models"' in html
    answer = prefixed.get(f"/kei/check?made=1990&in=JP&on={ASKED_ON}")
    assert answer.status_code == 200
    assert f'href="/kei/api/check?made=1990&amp;in=JP&amp;on={ASKED_ON}"' in answer.text
    assert prefixed.get("/kei/api/models?q=Carry").status_code == 200


def test_the_api_description_under_a_prefix_names_it(prefixed: Any, client: Any) -> None:
    assert prefixed.get("/kei/openapi.json").json()["servers"] == [{"url": "/kei"}]
    assert client.get("/openapi.json").json()["servers"] == [{"url": "/"}]
    docs = prefixed.get("/kei/docs").text
    assert '<a href="/kei/openapi.json">' in docs and "POST /kei/api/check" in docs


def test_at_the_root_links_are_as_before(client: Any) -> None:
    html = client.get("/").text
    assert all(url.startswith("/") and not url.startswith("//") for url in local_urls(html))
    assert 'action="/check"' in html and 'href="/static/style.css"' in html


@pytest.mark.parametrize("value", ["kei", "/kei here", '/"x', "/a//b", "//evil.example"])
def test_a_root_path_that_is_not_a_plain_path_is_bad_usage(value: str) -> None:
    done = subprocess.run([*CLI, "serve", "--root-path", value], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.startswith("kei: error: --root-path: expected a path such as /kei")


# -- the API's JSON ---------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda path: path.stem)
def test_the_api_writes_the_bytes_json_dumps_would(client: Any, kei: Any, example: Path) -> None:
    """/api/check returns, byte for byte, the standard library's compact writing of the document
    kei-core's renderer makes for the question (msgspec writes it, in a tenth of the time)."""
    from kei_core.render.document import check_document
    from kei_core.vehicle_io import parse_vehicle_text, vehicle_to_mapping
    from kei_web.questions import from_body

    vehicle = parse_vehicle_text(example.read_text(encoding="utf-8"), name=example.name)
    places = ["JP", "US-TX", "CA-BC"] if installed("kei_us_tx", "kei_ca") else ["JP"]
    for asked in ([places[-1]], places):
        body = json.dumps({"vehicle": vehicle_to_mapping(vehicle), "in": asked, "on": ASKED_ON}).encode()
        response = client.post("/api/check", content=body)
        assert response.status_code == 200, response.text
        result = from_body(kei, body).answer(kei)
        document = check_document(result, vehicle_to_mapping(result.vehicle))
        assert response.content == json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


# -- the answer page's notes ------------------------------------------------------------------


@needs_texas
def test_the_catalog_notes_name_the_fields_in_words(client: Any) -> None:
    html = client.get(TEXAS).text
    notes = re.search(r'<ul class="notes">(.*?)</ul>', html, re.S)
    assert notes is not None
    text = notes.group(1)
    assert (
        "From the DA63T catalog entry: maker, model name, length, width, height, engine displacement" in text
    )
    assert "Typical values, check your papers: length, width, height" in text
    assert "top speed" in text
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), "no field name left"
    # the JSON keeps the names a vehicle file and --set use
    document = client.get("/api" + TEXAS).json()
    assert "height_mm" in document["catalog"]["typical"]
    assert any("height_mm" in note for note in document["catalog_notes"])


def test_field_words_read_as_an_owner_reads() -> None:
    from kei_core.vehicle import VEHICLE_FIELDS
    from kei_web.pages import field_words

    assert field_words("height_mm") == "height"
    assert field_words("top_speed_kmh") == "top speed"
    assert field_words("gvwr_kg") == "gross vehicle weight"
    assert all("_" not in field_words(name) and field_words(name) for name in VEHICLE_FIELDS)


def test_a_note_naming_a_field_outside_the_catalog_lists_gets_its_words(kei: Kei) -> None:
    import attrs

    from kei_web.pages import worded_notes
    from kei_web.questions import from_form

    result = from_form(kei, {"made": ["1990"], "in": ["JP"]}).answer(kei)
    result = attrs.evolve(result, notes=("curb_weight_kg and height_mm rest on typical values",))
    assert worded_notes(result) == ["curb weight and height rest on typical values"]
