"""Fixtures of kei-web's tests: the app in process and `kei serve` on a free loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # web_support, beside this file

from web_support import CLI, free_port, wait_until_up

from kei_core.api import Kei


@pytest.fixture(scope="session")
def kei() -> Kei:
    return Kei()


@pytest.fixture(scope="session")
def client(kei: Kei) -> Iterator[object]:
    from litestar.testing import TestClient

    from kei_web.app import create_app

    with TestClient(create_app(kei)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """``kei serve`` on a free loopback port, as a user starts it; stopped after the tests."""
    port = free_port()
    process = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where browser tests leave their screenshots: KEI_TEST_ARTIFACTS, else kei-web-artifacts
    in the system's temporary folder (never inside the repository)."""
    folder = Path(os.environ.get("KEI_TEST_ARTIFACTS") or Path(tempfile.gettempdir()) / "kei-web-artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
