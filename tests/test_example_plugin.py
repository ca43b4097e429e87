"""The example third-party plugin installs like any package and changes kei's answers.

A fresh virtual environment gets kei-core, kei-us and examples/plugins/kei-us-tn from their
folders in one install command, as a plugin author's user would; then the public CLI must list
the plugin, cover US-TN, and answer for Tennessee where, once the plugin is uninstalled, it
answers ``unknown`` and names the missing owner. Slow-ish (builds three wheels): about 10–30 s.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "plugins" / "kei-us-tn"

ACTY = """\
make = "Honda"
model = "Acty"
manufactured = "1996-04"
top_speed_kmh = 110
original_configuration = true
equipment = ["headlamps", "turn_signals", "tail_lamps", "stop_lamps", "reflex_reflectors",
             "exterior_mirror_driver", "interior_mirror", "parking_brake", "windshield",
             "vin_plate", "seat_belts"]
"""

pytestmark = pytest.mark.slow


class Environment:
    """A fresh virtual environment and the way to install into it and run its ``kei``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.uv = shutil.which("uv")
        if self.uv:
            self._run([self.uv, "venv", "--quiet", "--python", sys.executable, str(path)])
        else:
            self._run([sys.executable, "-m", "venv", str(path)])
        scripts = path / ("Scripts" if os.name == "nt" else "bin")
        self.python = scripts / ("python.exe" if os.name == "nt" else "python")
        self.kei = scripts / ("kei.exe" if os.name == "nt" else "kei")
        # The user's own kei settings must not leak into the test.
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("KEI_", "VIRTUAL_ENV"))}

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}"

    def pip(self, *arguments: str) -> None:
        if self.uv:
            self._run(
                [self.uv, "pip", *arguments[:1], "--quiet", "--python", str(self.python), *arguments[1:]]
            )
        else:
            extra = ["-y"] if arguments[0] == "uninstall" else []
            self._run([str(self.python), "-m", "pip", *arguments[:1], "--quiet", *extra, *arguments[1:]])

    def kei_command(self, *arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.kei), *arguments],
            capture_output=True,
            text=True,
            timeout=120,
            env=self.env,
            check=False,
        )

    def check(
        self, vehicle: Path, *options: str, env: dict[str, str] | None = None
    ) -> tuple[int, dict[str, Any]]:
        """``kei [options] check VEHICLE --in US-TN --on 2026-01-22 --format json``: exit code and verdict."""
        command = [*options, "check", str(vehicle), "--in", "US-TN", "--on", "2026-01-22", "--format", "json"]
        done = subprocess.run(
            [str(self.kei), *command],
            capture_output=True,
            text=True,
            timeout=120,
            env={**self.env, **(env or {})},
            check=False,
        )
        assert done.stdout, f"kei {' '.join(command)} printed nothing:\n{done.stderr}"
        answer = json.loads(done.stdout)
        (verdict,) = answer["verdicts"]
        assert verdict["jurisdiction"] == "US-TN"
        return done.returncode, verdict


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Environment:
    if (
        not shutil.which("uv")
        and subprocess.run(
            [sys.executable, "-c", "import venv, ensurepip"], capture_output=True, check=False
        ).returncode
    ):
        pytest.skip("neither uv nor venv with ensurepip is available")
    environment = Environment(tmp_path_factory.mktemp("example-plugin") / "venv")
    # One command: installing the local folders together keeps pip from looking for kei-us on an index.
    environment.pip("install", str(ROOT), str(ROOT / "plugins" / "kei-us"), str(EXAMPLE))
    return environment


@pytest.fixture
def vehicle(tmp_path: Path) -> Path:
    path = tmp_path / "acty.toml"
    path.write_text(ACTY, encoding="utf-8")
    return path


def level(verdict: dict[str, Any], code: str) -> dict[str, Any]:
    return next(level for level in verdict["levels"] if level["jurisdiction"] == code)


def test_kei_plugins_lists_the_example(installed: Environment) -> None:
    done = installed.kei_command("plugins")
    assert done.returncode == 0, done.stderr
    assert "us-tn" in done.stdout
    assert "kei-us-tn" in done.stdout
    assert "US-TN" in done.stdout


def test_kei_jurisdictions_shows_tennessee_under_the_us(installed: Environment) -> None:
    done = installed.kei_command("jurisdictions")
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith("US-TN"))
    assert "Tennessee" in line


def assert_owner_missing(code: int, verdict: dict[str, Any]) -> None:
    assert verdict["status"] == "unknown", verdict
    assert code == 3
    tennessee = json.dumps(level(verdict, "US-TN"))
    assert "US-TN" in tennessee and "install" in tennessee.lower(), tennessee


def test_the_plugin_changes_the_verdict(installed: Environment, vehicle: Path) -> None:
    code, verdict = installed.check(vehicle)
    assert verdict["status"] == "conditional", verdict
    assert code == 0
    assert level(verdict, "US-TN")["findings"], "the Tennessee rules were not applied"
    kinds = {restriction["kind"]: restriction["value"] for restriction in verdict["restrictions"]}
    assert kinds.get("max_posted_speed_mph") == 40


def test_disabling_the_plugin_gives_unknown_and_names_the_missing_owner(
    installed: Environment, vehicle: Path
) -> None:
    assert_owner_missing(*installed.check(vehicle, "-p", "no:us-tn"))
    assert_owner_missing(*installed.check(vehicle, env={"KEI_DISABLE_PLUGINS": "us-tn"}))


def test_uninstalling_the_plugin_removes_tennessee(installed: Environment, vehicle: Path) -> None:
    installed.pip("uninstall", "kei-us-tn")
    try:
        assert_owner_missing(*installed.check(vehicle))
        assert "US-TN" not in installed.kei_command("jurisdictions").stdout
    finally:
        installed.pip("install", "--no-deps", str(EXAMPLE))
