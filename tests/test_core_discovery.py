"""Plugin discovery as installed: entry points, lazy import, isolation, disabling (DESIGN §2, §6)."""

from __future__ import annotations

import datetime as dt
import sys
import textwrap
from pathlib import Path

import pytest

from kei_core import Status, Vehicle
from kei_core.plugins import Registry

ON = dt.date(2026, 1, 22)

GOOD = """
from kei_core import Jurisdiction, Rule, hookimpl, passed

@hookimpl
def kei_jurisdictions():
    return [Jurisdiction("{code}", "{code} land", registers=True)]

@hookimpl
def kei_rules():
    return [Rule(id="{code}-OK", jurisdiction="{code}", statement="ok", citation="Act s. 1",
                 source="https://example.org", reviewed_on="2026-01-01", check=lambda v, on: passed("fine"))]
"""


def install(site: Path, module: str, code: str, body: str, name: str | None = None) -> None:
    """A fake installed distribution: a module and a dist-info folder with its entry points."""
    (site / f"{module}.py").write_text(textwrap.dedent(body.replace("{code}", code)))
    info = site / f"{module}-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(
        f"[kei]\n{name or module} = {module}\n\n[kei.jurisdictions]\n{code} = {module}\n"
    )


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in [m for m in sys.modules if m.startswith("fakekei_")]:
        del sys.modules[name]


def test_only_the_plugins_a_question_needs_are_imported(site: Path) -> None:
    install(site, "fakekei_aa", "AA", GOOD)
    install(site, "fakekei_bb", "BB", GOOD)
    registry = Registry(environ={})
    assert {"AA", "BB"} <= set(registry.declared_codes())
    assert registry.evaluate(Vehicle(), "AA", ON).status is Status.LEGAL
    assert "fakekei_aa" in sys.modules
    assert "fakekei_bb" not in sys.modules


def test_a_plugin_that_fails_to_import_is_named_and_the_others_answer(site: Path) -> None:
    install(site, "fakekei_aa", "AA", GOOD)
    install(site, "fakekei_broken", "BB", "raise RuntimeError('half-installed')\n")
    registry = Registry(environ={})
    broken = registry.evaluate(Vehicle(), "BB", ON)
    assert broken.status is Status.UNKNOWN
    assert "fakekei_broken" in " ".join(p.message for p in broken.levels[0].problems)
    assert "half-installed" in " ".join(p.message for p in broken.levels[0].problems)
    assert registry.evaluate(Vehicle(), "AA", ON).status is Status.LEGAL


def test_a_misspelt_hook_name_is_an_error_not_silence(site: Path) -> None:
    install(
        site,
        "fakekei_typo",
        "CC",
        "from kei_core import hookimpl\n\n@hookimpl\ndef kei_rule():\n    return []\n",
    )
    registry = Registry(environ={})
    assert registry.evaluate(Vehicle(), "CC", ON).status is Status.UNKNOWN
    assert "kei_rule" in (registry.plugins["fakekei_typo"].error or "")


def test_disabled_plugins_are_never_loaded(site: Path) -> None:
    install(site, "fakekei_aa", "AA", GOOD)
    assert "fakekei_aa" not in Registry(disabled={"fakekei_aa"}, environ={}).plugins
    assert "fakekei_aa" not in Registry(environ={"KEI_DISABLE_PLUGINS": "x,fakekei_aa"}).plugins


def test_without_autoload_only_the_named_plugins_load(site: Path) -> None:
    install(site, "fakekei_aa", "AA", GOOD)
    install(site, "fakekei_bb", "BB", GOOD)
    registry = Registry(enabled={"fakekei_bb"}, environ={"KEI_DISABLE_PLUGIN_AUTOLOAD": "1"})
    assert set(registry.plugins) == {"fakekei_bb"}
    assert registry.evaluate(Vehicle(), "AA", ON).status is Status.UNKNOWN


def test_plugins_report_their_distribution_and_version(site: Path) -> None:
    install(site, "fakekei_aa", "AA", GOOD)
    plugin = Registry(environ={}).plugins["fakekei_aa"]
    assert (plugin.distribution, plugin.version, plugin.declared) == ("fakekei-aa", "1.0", ("AA",))


def test_kei_plugins_warns_when_the_static_declaration_differs_from_the_hooks(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from kei_core.cli import cli

    # Declares AA statically, but its hooks speak of AB: questions about AB would never load it.
    install(site, "fakekei_aa", "AA", GOOD.replace('"{code}', '"AB'))
    monkeypatch.setenv("KEI_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = CliRunner().invoke(cli, ["-p", "fakekei_aa", "plugins"])
    assert result.exit_code == 0, result.output
    assert (
        "plugin fakekei_aa declares AA under kei.jurisdictions, but its hooks return nothing" in result.output
    )
    assert "its hooks return AB, which it does not declare" in result.output
