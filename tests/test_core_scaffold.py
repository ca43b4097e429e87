"""``kei new-plugin CODE`` writes a plugin that parses, registers and conforms before a line of
law is written, and never overwrites a folder."""

from __future__ import annotations

import importlib
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kei_core import Jurisdiction, Status
from kei_core.cli import main
from kei_core.scaffold import plugin_files
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry
from kei_core_test_helpers import plugin_module


def write(tmp_path: Path, *arguments: str) -> tuple[int, str]:
    """``kei new-plugin ARGUMENTS``, through kei's own command group (the ``kei.commands`` entry)."""
    result = CliRunner().invoke(main, ["new-plugin", *arguments], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def importable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``tmp_path`` as the working folder, on ``sys.path``; the packages imported from it are
    forgotten afterwards."""
    monkeypatch.chdir(tmp_path)
    before = set(sys.modules)
    yield tmp_path
    for name in set(sys.modules) - before:
        if name.startswith("kei_") and name.count("_") >= 2 and name not in ("kei_core", "kei_us"):
            del sys.modules[name]


def test_a_us_state_gets_every_file_but_its_law(importable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kei_us = pytest.importorskip("kei_us")
    code, output = write(importable, "US-NV")
    assert code == 0, output
    folder = importable / "kei-us-nv"
    assert sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) == [
        "README.md",
        "kei_us_nv/__init__.py",
        "kei_us_nv/law.py",
        "pyproject.toml",
        "tests/golden.toml",
    ]
    project = tomllib.loads((folder / "pyproject.toml").read_text())
    assert project["project"]["name"] == "kei-us-nv"
    assert "kei-us>=0.1" in project["project"]["dependencies"]
    assert project["project"]["entry-points"]["kei"] == {"us-nv": "kei_us_nv:plugin"}
    assert project["project"]["entry-points"]["kei.jurisdictions"] == {"US-NV": "kei_us_nv:plugin"}
    golden = tomllib.loads((folder / "tests" / "golden.toml").read_text())
    assert golden["plugins"] == ["kei_us", "kei_us_nv:plugin"]
    assert golden["distribution"] == "kei-us-nv"
    assert (
        'state_plugin("US-NV", "Nevada", rules="kei_us_nv.law:RULES")'
        in (folder / "kei_us_nv" / "__init__.py").read_text()
    )
    law = (folder / "kei_us_nv" / "law.py").read_text()
    for field in (
        "citation=",
        "source=",
        "reviewed_on=",
        "source_as_of=",
        "unconfirmed=",
        "policy=",
        "sources=",
        "notes=",
    ):
        assert f"#     {field}" in law, field

    monkeypatch.syspath_prepend(str(folder))
    plugin = importlib.import_module("kei_us_nv").plugin
    registry = make_registry(kei_us, plugin)
    assert registry.plugins["us-nv"].jurisdictions[0].parent == "US"
    assert check_conformance(plugin, with_plugins=[kei_us]) == []
    (case,) = golden_cases(folder / "tests" / "golden.toml")
    assert case.status is Status.UNKNOWN
    assert_golden_case(case, registry)


def test_a_province_is_declared_with_the_cores_kit(importable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, output = write(importable, "XA-YT", "--name", "Test Territory", "--into", "territory")
    assert code == 0, output
    folder = importable / "territory"
    assert "jurisdiction_plugin(" in (folder / "kei_xa_yt" / "__init__.py").read_text()
    assert tomllib.loads((folder / "pyproject.toml").read_text())["project"]["dependencies"] == [
        "kei-core>=0.1"
    ]
    monkeypatch.syspath_prepend(str(folder))
    plugin = importlib.import_module("kei_xa_yt").plugin
    parent = plugin_module("xa_country", [Jurisdiction("XA", "Test country")])
    assert check_conformance(plugin, with_plugins=[parent]) == []


def test_it_never_overwrites_a_folder(importable: Path) -> None:
    (importable / "kei-us-nv").mkdir()
    code, output = write(importable, "US-NV")
    assert code == 2
    assert "already exists" in output
    assert not any((importable / "kei-us-nv").iterdir())


@pytest.mark.parametrize(
    ("arguments", "says"), [(["Nevada"], "not a jurisdiction code"), (["XA-QQ"], "--name")]
)
def test_a_code_it_cannot_name_is_refused_in_one_line(
    importable: Path, arguments: list[str], says: str
) -> None:
    code, output = write(importable, *arguments)
    assert code == 2
    assert says in output
    assert not list(importable.iterdir())


def test_the_files_are_filled_in_for_the_code_and_name() -> None:
    files = plugin_files("CA-YT", "Yukon")
    assert 'parent="CA"' in files["kei_ca_yt/__init__.py"]
    assert '"kei-ca>=0.1"' in files["pyproject.toml"]  # the owner of the level above, when kei ships it
    assert 'plugins = ["kei_ca", "kei_ca_yt:plugin"]' in files["tests/golden.toml"]
    assert "$" not in "".join(files.values())
