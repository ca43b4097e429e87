"""The example third-party plugin, a city's ordinance, installs like any package and changes kei's
answers for that city only.

A fresh virtual environment gets kei-core, kei-us, kei-us-oh and
examples/plugins/kei-us-oh-uppersandusky from their folders in one install command, as a plugin
author's user would; then the public CLI must list the plugin and cover US-OH-UPPERSANDUSKY, answer
for the city with its ordinance (Ohio's local option met, streets posted 35 mph or less), leave
the answer for Ohio itself Ohio's (``unknown``: it depends on the city), and once the plugin is
disabled or uninstalled no longer know the city. Slow-ish (builds four wheels): about 10–30 s.
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
EXAMPLE = ROOT / "examples" / "plugins" / "kei-us-oh-uppersandusky"
CITY = "US-OH-UPPERSANDUSKY"
ON = "2026-12-01"

CARRY = """\
make = "Suzuki"
model = "Carry"
model_code = "DD51T"
manufactured = "1996-04"
displacement_cc = 657
fuel = "petrol"
original_configuration = true
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

    def run_check(
        self, vehicle: Path, place: str, *options: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """``kei [options] check VEHICLE --in PLACE --on 2026-12-01 --format json``."""
        command = [*options, "check", str(vehicle), "--in", place, "--on", ON, "--format", "json"]
        return subprocess.run(
            [str(self.kei), *command],
            capture_output=True,
            text=True,
            timeout=120,
            env={**self.env, **(env or {})},
            check=False,
        )

    def check(self, vehicle: Path, place: str, *options: str) -> tuple[int, dict[str, Any]]:
        """The exit code and the verdict for ``place``."""
        done = self.run_check(vehicle, place, *options)
        assert done.stdout, f"kei check --in {place} printed nothing:\n{done.stderr}"
        (verdict,) = json.loads(done.stdout)["verdicts"]
        assert verdict["jurisdiction"] == place
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
    environment.pip(
        "install",
        str(ROOT),
        str(ROOT / "plugins" / "kei-us"),
        str(ROOT / "plugins" / "kei-us-oh"),
        str(EXAMPLE),
    )
    return environment


@pytest.fixture
def vehicle(tmp_path: Path) -> Path:
    path = tmp_path / "carry.toml"
    path.write_text(CARRY, encoding="utf-8")
    return path


def level(verdict: dict[str, Any], code: str) -> dict[str, Any]:
    return next(level for level in verdict["levels"] if level["jurisdiction"] == code)


def finding_ids(verdict: dict[str, Any]) -> set[str]:
    return {finding["rule"] for level in verdict["levels"] for finding in level["findings"]}


def test_kei_plugins_lists_the_example(installed: Environment) -> None:
    done = installed.kei_command("plugins")
    assert done.returncode == 0, done.stderr
    assert "us-oh-uppersandusky" in done.stdout
    assert "kei-us-oh-uppersandusky" in done.stdout
    assert CITY in done.stdout


def test_kei_jurisdictions_shows_the_city_under_ohio(installed: Environment) -> None:
    done = installed.kei_command("jurisdictions")
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith(CITY))
    assert "Upper Sandusky" in line and "US-OH" in line


def test_in_the_city_its_ordinance_meets_ohios_local_option(installed: Environment, vehicle: Path) -> None:
    code, verdict = installed.check(vehicle, CITY)
    assert verdict["status"] == "conditional", verdict
    assert code == 0
    assert level(verdict, "US-OH")["status"] == "conditional"
    assert level(verdict, CITY)["findings"], "the city's rules were not applied"
    assert f"{CITY}-ORDINANCE" in finding_ids(verdict)
    kinds = {restriction["kind"]: restriction["value"] for restriction in verdict["restrictions"]}
    assert kinds.get("max_posted_speed_mph") == 35
    assert any("inspection by a local law enforcement agency" in c for c in verdict["conditions"])


def test_asked_about_ohio_the_answer_stays_ohios(installed: Environment, vehicle: Path) -> None:
    code, verdict = installed.check(vehicle, "US-OH")
    assert verdict["status"] == "unknown", verdict
    assert code == 3
    assert not {rule for rule in finding_ids(verdict) if rule.startswith(CITY)}
    assert "US-OH-LOCAL-ORDINANCE-STATEWIDE" in finding_ids(verdict)


def assert_city_unknown_to_kei(done: subprocess.CompletedProcess[str], why: str) -> None:
    """Without its plugin the city is a real place kei cannot answer for: unknown, saying why."""
    assert done.returncode == 3, done.stdout + done.stderr
    assert f"no installed plugin rules on {CITY}" in done.stdout and why in done.stdout, done.stdout


def test_disabling_the_plugin_leaves_ohio_and_forgets_the_city(installed: Environment, vehicle: Path) -> None:
    assert_city_unknown_to_kei(
        installed.run_check(vehicle, CITY, "-p", "no:us-oh-uppersandusky"), "is disabled"
    )
    assert_city_unknown_to_kei(
        installed.run_check(vehicle, CITY, env={"KEI_DISABLE_PLUGINS": "us-oh-uppersandusky"}), "is disabled"
    )
    code, verdict = installed.check(vehicle, "US-OH", "-p", "no:us-oh-uppersandusky")
    assert (code, verdict["status"]) == (3, "unknown")


def test_uninstalling_the_plugin_removes_the_city(installed: Environment, vehicle: Path) -> None:
    installed.pip("uninstall", "kei-us-oh-uppersandusky")
    try:
        assert_city_unknown_to_kei(installed.run_check(vehicle, CITY), f"no plugin covers {CITY} yet")
        assert CITY not in installed.kei_command("jurisdictions").stdout
        assert installed.check(vehicle, "US-OH")[1]["status"] == "unknown"
    finally:
        installed.pip("install", "--no-deps", str(EXAMPLE))
