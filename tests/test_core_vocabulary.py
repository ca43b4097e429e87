"""Plugins add vocabulary terms (hook kei_vocabulary), namespaced, listed by kei vocabulary."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kei_core import Jurisdiction, hookimpl
from kei_core import cli as cli_module
from kei_core.testing import make_registry
from kei_core.vocabulary import Term
from kei_core_test_helpers import plugin_module


def test_a_term_is_namespaced_by_its_plugin() -> None:
    assert Term("document", "de.vollgutachten", "a full § 21 StVZO expert report").name == "de.vollgutachten"
    with pytest.raises(ValueError, match="namespaced"):
        Term("document", "vollgutachten", "a full report")
    with pytest.raises(ValueError):
        Term("colour", "de.rot", "red")


def test_kei_vocabulary_lists_the_core_names_and_a_plugins_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    module = plugin_module("germany_words", [Jurisdiction("XG", "G", registers=True)], [])

    @hookimpl
    def kei_vocabulary() -> list[Term]:
        return [Term("document", "xg.vollgutachten", "a full expert report under § 21 StVZO")]

    module.kei_vocabulary = kei_vocabulary  # type: ignore[attr-defined]
    registry = make_registry(module)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    result = CliRunner().invoke(cli_module.cli, ["vocabulary", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {
        "kind": "document",
        "name": "xg.vollgutachten",
        "text": "a full expert report under § 21 StVZO",
        "plugin": "germany-words",
    } in rows
    assert any(r["name"] == "headlamps" and r["plugin"] is None for r in rows)
    assert any(r["kind"] == "restriction" and r["name"] == "max_posted_speed_mph" for r in rows)
    text = CliRunner().invoke(cli_module.cli, ["vocabulary"]).output
    assert "xg.vollgutachten" in text and "(germany-words)" in text


def test_a_vehicle_may_list_a_plugins_term_and_a_typo_in_one_is_an_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = plugin_module("germany_words", [Jurisdiction("XG", "G", registers=True)], [])

    @hookimpl
    def kei_vocabulary() -> list[Term]:
        return [Term("document", "xg.vollgutachten", "a full expert report under § 21 StVZO")]

    module.kei_vocabulary = kei_vocabulary  # type: ignore[attr-defined]
    registry = make_registry(module)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    good = CliRunner().invoke(
        cli_module.cli, ["check", "-", "--in", "XG"], input='documents = ["xg.vollgutachten"]'
    )
    assert good.exit_code == 3, good.output  # unknown: XG has no rules, but the name was accepted
    typo = CliRunner().invoke(
        cli_module.cli, ["check", "-", "--in", "XG"], input='documents = ["xg.volgutachten"]'
    )
    assert typo.exit_code == 2
    assert (
        "no installed plugin declares the document 'xg.volgutachten' (did you mean 'xg.vollgutachten'?)"
        in typo.output
    )
