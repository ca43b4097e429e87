"""The check's own request reading and response writing say to the server exactly what
Litestar's would: the body whole however the server cuts it (413 beyond the limit), and the
same status, headers and body as an ``ASGIResponse``."""

from __future__ import annotations

import itertools
import json
from typing import Any

import anyio
import pytest
from hypothesis import given
from hypothesis import strategies as st
from litestar.response.base import ASGIResponse

from kei_core.api import Kei
from kei_web.app import JSONBytes, create_app
from kei_web.security import Limits

QUESTION = json.dumps(
    {"vehicle": {"make": "Suzuki", "manufactured": "1990-03"}, "in": ["JP"], "on": "2026-12-01"}
).encode()


def sent_by(app: Any, scope: dict[str, Any], chunks: list[bytes]) -> list[dict[str, Any]]:
    """The messages ``app`` sends for a request whose body arrives in ``chunks``."""
    given = [
        {"type": "http.request", "body": chunk, "more_body": i < len(chunks) - 1}
        for i, chunk in enumerate(chunks)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if given:
            return given.pop(0)
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    anyio.run(app, scope, receive, send)
    return sent


def post(path: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 8000),
    }


def status_and_body(messages: list[dict[str, Any]]) -> tuple[int, bytes]:
    start = next(m for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return start["status"], body


@given(st.binary(max_size=20_000))
def test_a_json_answer_is_sent_as_asgi_response_sends_it(body: bytes) -> None:
    scope = {"type": "http"}
    litestars = sent_by(ASGIResponse(body=body, media_type="application/json; charset=utf-8"), scope, [])
    assert sent_by(JSONBytes(body), scope, []) == litestars


@pytest.fixture(scope="module")
def app(kei: Kei) -> Any:
    return create_app(kei)


@given(st.lists(st.integers(min_value=0, max_value=len(QUESTION)), max_size=6))
def test_a_question_cut_anywhere_is_read_whole(app: Any, cuts: list[int]) -> None:
    points = [0, *sorted(cuts), len(QUESTION)]
    chunks = [QUESTION[a:b] for a, b in itertools.pairwise(points)]
    status, body = status_and_body(sent_by(app, post("/api/check"), chunks))
    assert status == 200
    assert json.loads(body)["verdicts"][0]["jurisdiction"] == "JP"


def test_a_body_over_the_limit_in_pieces_is_413(kei: Kei) -> None:
    app = create_app(kei, Limits(body_bytes=len(QUESTION) - 1))
    halves = [QUESTION[: len(QUESTION) // 2], QUESTION[len(QUESTION) // 2 :]]
    status, body = status_and_body(sent_by(app, post("/api/check"), halves))
    assert status == 413
    assert json.loads(body) == {"error": "the request body is larger than the limit"}
    exact = create_app(kei, Limits(body_bytes=len(QUESTION)))
    assert status_and_body(sent_by(exact, post("/api/check"), halves))[0] == 200
