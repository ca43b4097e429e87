"""The ``kei`` program starts from :mod:`kei_core._launch` (start-up, issue 10): the collector's
threshold is raised before click is imported, ``python -m kei_core`` is the same command, and a
program importing kei_core as a library keeps its collector as it was."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

VEHICLE = Path(__file__).parent.parent / "examples/vehicles/suzuki-carry-da63t-2005.toml"


def _run(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)


def test_the_launcher_raises_the_threshold_before_click_is_imported() -> None:
    script = (
        "import gc, sys\n"
        "import kei_core._launch as launch\n"
        "seen = []\n"
        "real = launch.own_the_collector\n"
        "def spy():\n"
        "    real()\n"
        "    seen.append(('click' in sys.modules, gc.get_threshold()[0]))\n"
        "launch.own_the_collector = spy\n"
        "try:\n    launch.main()\n"
        "finally:\n    print(seen[0])\n"
    )
    done = _run(script, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["kei, version " + _version(), "(False, 100000)"]


def _version() -> str:
    from kei_core import __version__

    return __version__


def test_importing_kei_core_or_its_launcher_leaves_the_collector_alone() -> None:
    done = _run(
        "import gc\nbefore = gc.get_threshold()\nimport kei_core, kei_core._launch, kei_core.cli\nprint(gc.get_threshold() == before)"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


@pytest.mark.skipif(
    importlib.util.find_spec("kei_jp") is None, reason="the check compared is in Japan: needs kei-jp"
)
def test_python_m_kei_core_is_the_kei_command() -> None:
    from click.testing import CliRunner

    from kei_core.cli import main

    args = ["check", str(VEHICLE), "--in", "JP", "--on", "2026-12-01"]
    done = subprocess.run([sys.executable, "-m", "kei_core", *args], capture_output=True, text=True)
    inside = CliRunner().invoke(main, args)
    assert done.returncode == inside.exit_code == 0, done.stderr
    assert done.stdout == inside.output
    wrong = subprocess.run(
        [sys.executable, "-m", "kei_core", "check", "--in"], capture_output=True, text=True
    )
    assert wrong.returncode == 2 and wrong.stderr.startswith("kei: error:")


def test_the_console_script_starts_from_the_launcher() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["kei"] == "kei_core._launch:main"


def test_importing_the_main_module_runs_nothing() -> None:
    done = _run("import kei_core.__main__\nprint('imported')", "check", "--in")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "imported\n"
