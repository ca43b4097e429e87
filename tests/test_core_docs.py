"""Documentation that must not drift from the code: the generated rules reference and the README."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(
    p.name.replace("-", "_") for p in (ROOT / "plugins").iterdir() if (p / "pyproject.toml").exists()
)
ALL_INSTALLED = all(importlib.util.find_spec(name) is not None for name in SHIPPED)
needs_everything = pytest.mark.skipif(not ALL_INSTALLED, reason="needs every shipped plugin installed")


def kei(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", "from kei_core.cli import main; main()", *args]
    return subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env={"PATH": "", "LANG": "C.UTF-8"}
    )


def example_plugins() -> list[str]:
    """The plugin names of the examples (examples/plugins/*): a third party's, not kei's rules."""
    import tomllib

    names = []
    for pyproject in sorted((ROOT / "examples" / "plugins").glob("*/pyproject.toml")):
        names += list(tomllib.loads(pyproject.read_text())["project"]["entry-points"]["kei"])
    return names


@needs_everything
def test_docs_rules_md_is_generated_from_the_installed_rules() -> None:
    # The reference documents the rules kei ships, whether or not an example is installed too.
    options = [part for name in example_plugins() for part in ("-p", f"no:{name}")]
    generated = kei(*options, "rules", "--format", "markdown").stdout
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert generated == current, (
        "docs/rules.md is stale: run `kei -p no:us-oh-uppersandusky rules --format markdown > docs/rules.md`"
    )


@needs_everything
def test_the_readme_set_up_command_checks_a_real_example() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"kei check (examples/vehicles/\S+\.toml)((?: --in \S+)+)", readme)
    assert match, "the README's first command must check an example vehicle"
    assert "--in JP" in match[2], "the first command prints a JP verdict"
    result = kei("check", match[1], *match[2].split())
    assert result.returncode in (0, 1, 3), result.stderr
    assert "not legal advice" in result.stdout


def test_every_example_vehicle_parses() -> None:
    from kei_core.vehicle_io import read_vehicle_file

    files = sorted((ROOT / "examples" / "vehicles").glob("*.toml"))
    assert len(files) >= 6
    makes = {read_vehicle_file(str(path)).make for path in files}
    assert len(makes) >= 4


def test_the_install_hint_knows_every_code_a_shipped_plugin_declares() -> None:
    """A user asking about a place a shipped plugin covers is told which distribution to install."""
    import tomllib

    from kei_core.hints import SHIPPED as HINTS

    declared: dict[str, str] = {}
    for folder in (ROOT / "plugins").iterdir():
        pyproject = folder / "pyproject.toml"
        if not pyproject.exists():
            continue
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        for code in project.get("entry-points", {}).get("kei.jurisdictions", {}):
            declared[code] = project["name"]
    assert declared, "no shipped plugin declares a code"
    assert {code: HINTS.get(code) for code in declared} == declared
