"""Limits: bodies, uploads and query strings beyond their size get 413/414; an evaluation that
runs too long gets 503; never a traceback."""

from __future__ import annotations

import json
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from kei_core.api import Kei
from kei_web.app import create_app
from kei_web.security import Limits


@pytest.fixture(scope="module")
def small(kei: Kei) -> Iterator[Any]:
    with TestClient(
        create_app(kei, Limits(body_bytes=4096, upload_bytes=8192, query_characters=512))
    ) as client:
        yield client


def test_a_ten_megabyte_field_is_413(client: Any) -> None:
    body = json.dumps({"vehicle": {"make": "x" * 10_000_000}, "in": ["JP"]})
    response = client.post("/api/check", content=body.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert set(response.json()) == {"error"}


def test_a_body_over_the_limit_is_413(small: Any) -> None:
    body = json.dumps({"vehicle": {"make": "x" * 5000}, "in": ["JP"]}).encode()
    assert (
        small.post("/api/check", content=body, headers={"content-type": "application/json"}).status_code
        == 413
    )
    under = json.dumps({"vehicle": {"make": "Suzuki", "manufactured": "1990"}, "in": ["JP"]}).encode()
    assert (
        small.post("/api/check", content=under, headers={"content-type": "application/json"}).status_code
        == 200
    )


def test_an_upload_over_the_limit_is_413(small: Any) -> None:
    inventory = b"make,manufactured\n" + b"Suzuki,1990-03\n" * 1000
    assert (
        small.post("/api/batch?in=JP", content=inventory, headers={"content-type": "text/csv"}).status_code
        == 413
    )
    page = small.post(
        "/inventory", files={"inventory": ("stock.csv", inventory, "text/csv")}, data={"in": "JP"}
    )
    assert page.status_code == 413


def test_a_query_string_over_the_limit_is_414(small: Any) -> None:
    response = small.get("/check?in=JP&make=" + "x" * 600)
    assert response.status_code == 414
    assert "query string" in response.json()["error"]
    assert response.headers["x-frame-options"] == "DENY"


class SlowKei(Kei):
    def check(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        return super().check(*args, **kwargs)


def test_an_evaluation_over_the_time_limit_is_503(kei: Kei) -> None:
    slow = SlowKei(kei.registry)
    with TestClient(create_app(slow, Limits(evaluation_seconds=0.2))) as client:
        started = time.monotonic()
        response = client.post("/api/check", json={"vehicle": {"manufactured": "1990"}, "in": ["JP"]})
        assert time.monotonic() - started < 1.2
    assert response.status_code == 503
    assert response.json() == {"error": "the evaluation took longer than 0.2 s"}


def test_an_unforeseen_failure_is_500_in_one_line(kei: Kei) -> None:
    class BrokenKei(Kei):
        def check(self, *args: Any, **kwargs: Any) -> Any:
            raise RuntimeError("a bug\nwith a second line")

    with TestClient(create_app(BrokenKei(kei.registry))) as client:
        response = client.post("/api/check", json={"vehicle": {"manufactured": "1990"}, "in": ["JP"]})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: RuntimeError"}


# -- on the event loop (as under `kei serve`): the loop runs in the main thread ------------------


def ask_in_main_thread(app: Any, body: dict[str, Any]) -> tuple[Any, float]:
    """``POST /api/check`` through the app on an event loop in this (the main) thread, as uvicorn
    runs it; the response and the seconds it took."""
    import asyncio

    import httpx

    async def ask() -> Any:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://kei") as client:
            return await client.post("/api/check", json=body)

    started = time.monotonic()
    response = asyncio.run(ask())
    return response, time.monotonic() - started


class RecordingKei(Kei):
    """Records the thread each check ran on and, for ``busy`` seconds, spins in Python (the work
    of a slow evaluation: CPU, not waiting), counting its turns."""

    busy = 0.0

    def __init__(self, registry: Any) -> None:
        super().__init__(registry)
        self.threads: list[str] = []
        self.turns = 0

    def check(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread().name)
        until = time.monotonic() + self.busy
        while time.monotonic() < until:
            self.turns += 1
        return super().check(*args, **kwargs)


def test_a_question_of_a_few_places_is_answered_on_the_loop(kei: Kei) -> None:
    recording = RecordingKei(kei.registry)
    app = create_app(recording)
    response, _ = ask_in_main_thread(app, {"vehicle": {"manufactured": "1990"}, "in": ["JP"]})
    assert response.status_code == 200
    assert recording.threads == [threading.main_thread().name]
    every, _ = ask_in_main_thread(app, {"vehicle": {"manufactured": "1990"}})
    assert every.status_code == 200
    assert recording.threads[1] != threading.main_thread().name  # every place: in a thread


def test_an_evaluation_on_the_loop_over_the_limit_is_503_and_stopped(kei: Kei) -> None:
    recording = RecordingKei(kei.registry)
    recording.busy = 3.0
    app = create_app(recording, Limits(evaluation_seconds=0.2))
    response, seconds = ask_in_main_thread(app, {"vehicle": {"manufactured": "1990"}, "in": ["JP"]})
    assert response.status_code == 503
    assert response.json() == {"error": "the evaluation took longer than 0.2 s"}
    assert seconds < 1.5
    assert recording.threads == [threading.main_thread().name]
    turns = recording.turns
    time.sleep(0.2)
    assert recording.turns == turns, "the evaluation was stopped, not left running"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    # the next question is answered as usual
    recording.busy = 0.0
    again, _ = ask_in_main_thread(app, {"vehicle": {"manufactured": "1990"}, "in": ["JP"]})
    assert again.status_code == 200


def test_a_sleeping_evaluation_on_the_loop_is_stopped_at_the_limit(kei: Kei) -> None:
    slow = SlowKei(kei.registry)
    response, seconds = ask_in_main_thread(
        create_app(slow, Limits(evaluation_seconds=0.2)), {"vehicle": {"manufactured": "1990"}, "in": ["JP"]}
    )
    assert response.status_code == 503
    assert seconds < 1.2


def test_every_place_over_the_limit_is_503_from_the_thread(kei: Kei) -> None:
    recording = RecordingKei(kei.registry)
    recording.busy = 1.5
    app = create_app(recording, Limits(evaluation_seconds=0.2))
    response, seconds = ask_in_main_thread(app, {"vehicle": {"manufactured": "1990"}})
    assert response.status_code == 503
    assert seconds < 1.2
    assert recording.threads[0] != threading.main_thread().name
