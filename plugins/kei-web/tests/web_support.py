"""Helpers of kei-web's tests: the CLI to compare with, and `kei serve` as a real process."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ASKED_ON = "2026-12-01"
CLI = [sys.executable, "-c", "from kei_core.cli import main; main()"]


def installed(*modules: str) -> bool:
    return all(importlib.util.find_spec(name) is not None for name in modules)


needs_texas = pytest.mark.skipif(
    not installed("kei_jp", "kei_us", "kei_us_tx"),
    reason="needs kei-jp (the DA63T catalog entry), kei-us and kei-us-tx installed (tox -e all has them)",
)


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``kei ARGS`` as a user runs it."""
    return subprocess.run([*CLI, *args], capture_output=True, text=True, input=stdin, timeout=120)


def cli_error(*args: str) -> str:
    """The line ``kei ARGS`` prints after ``kei: error:`` (it must exit 2)."""
    done = run_cli(*args)
    assert done.returncode == 2, done.stderr
    line = done.stderr.strip().splitlines()[-1]
    assert line.startswith("kei: error: ")
    return line.removeprefix("kei: error: ")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_up(url: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kei serve stopped with status {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("kei serve did not answer within a minute")


def vehicle_json(**fields: object) -> str:
    return json.dumps(fields)


def ci() -> bool:
    """Whether this run is CI's (CI set), where nothing a test needs may be missing."""
    return bool(os.environ.get("CI"))
