"""`kei check --model/--frame`: specifications from the catalog, what came from it, overrides."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kei_jp
from kei_core import cli as cli_module
from kei_core.testing import make_registry


@pytest.fixture
def run(monkeypatch):
    registry = make_registry(kei_jp)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)

    def invoke(*args: str):
        return CliRunner().invoke(cli_module.cli, ["check", *args, "--in", "JP", "--format", "json"])

    return invoke


def test_a_type_designation_fills_the_specifications_and_says_which(run) -> None:
    result = run("--model", "EBD-DA63T", "--made", "2005-06")
    document = json.loads(result.output)
    assert document["vehicle"]["model_code"] == "DA63T"
    assert document["vehicle"]["width_mm"] == 1475
    notes = " ".join(document["catalog_notes"])
    assert "from the DA63T catalog entry" in notes and "width_mm" in notes


def test_explicit_fields_override_the_catalog_and_are_not_reported_as_from_it(run) -> None:
    document = json.loads(run("--model", "DA63T", "--made", "2005-06", "--set", "width_mm=1480").output)
    assert document["vehicle"]["width_mm"] == 1480
    assert "width_mm" not in document["catalog_notes"][0]


def test_a_frame_number_gives_the_model_and_a_date_outside_its_window_is_flagged(run) -> None:
    document = json.loads(run("--frame", "DA63T-123456", "--made", "2016").output)
    assert document["vehicle"]["frame_number"] == "DA63T-123456"
    assert any("outside the DA63T's production window" in note for note in document["catalog_notes"])


def test_an_unknown_model_is_one_line_with_a_suggestion_and_exit_2(run) -> None:
    result = run("--model", "DA63X", "--made", "2005")
    assert result.exit_code == 2
    assert "not in the catalog" in result.output and "did you mean 'DA63T'" in result.output
