"""Places and plugins an owner can act on: a place no installed plugin covers says so without
naming a package that may not exist; a disabled plugin is reported as disabled; ``-p no:NAME``
with a name no plugin has is a warning, with what was meant, and the answer still comes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kei_core import cli as cli_module
from kei_core.testing import make_registry

ON = "2026-01-22"


def test_a_place_no_plugin_covers_points_at_the_guide_not_at_a_package(
    monkeypatch, federal_and_state
) -> None:
    registry = make_registry(*federal_and_state)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    argv = ["check", "-", "--in", "XA-OT", "--on", ON, "--format", "json"]
    result = CliRunner().invoke(cli_module.cli, argv, input='manufactured = "1990"\n')
    document = json.loads(result.output)
    verdict = document["verdicts"][0]
    assert verdict["status"] == "unknown"
    said = " ".join(verdict["settle"]) + " ".join(p for lv in verdict["levels"] for p in lv["problems"])
    assert "no plugin covers XA-OT yet" in said and "docs/writing-a-plugin.md" in said
    assert "install kei-" not in said and "pip install" not in said


def test_a_disabled_plugin_is_reported_as_disabled_with_the_way_back(tmp_path) -> None:
    pytest.importorskip("kei_jp")
    truck = tmp_path / "truck.toml"
    truck.write_text('model_code = "DA63T"\nmanufactured = "2005-06"\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli_module.cli, ["-p", "no:jp", "check", str(truck), "--in", "JP", "--on", ON]
    )
    assert result.exit_code == 3
    assert "jp, which covers it, is disabled" in result.stdout
    assert "enable plugin jp (drop -p no:jp or KEI_DISABLE_PLUGINS)" in result.stdout
    assert "install kei-jp" not in result.stdout


def test_disabling_a_plugin_no_one_has_is_a_warning_with_what_was_meant(tmp_path) -> None:
    pytest.importorskip("kei_jp")
    truck = tmp_path / "truck.toml"
    truck.write_text('model_code = "DA63T"\nmanufactured = "2005-06"\n', encoding="utf-8")
    result = CliRunner().invoke(
        cli_module.cli, ["-p", "no:jpp", "check", str(truck), "--in", "JP", "--on", ON]
    )
    assert result.exit_code in (0, 3), result.output  # an answer, not a usage error
    assert "kei: warning: -p no:jpp: no installed plugin has that name (did you mean 'jp'?)" in result.stderr
    assert "JP:" in result.stdout


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("01/22/2026", "'01/22/2026' is not written YYYY-MM-DD: write 2026-01-22"),
        ("22.01.2026", "'22.01.2026' is not written YYYY-MM-DD: write 2026-01-22"),
        ("02/03/2026", "'02/03/2026' is not written YYYY-MM-DD: write 2026-02-03 or 2026-03-02"),
    ],
)
def test_a_date_asked_written_day_or_month_first_is_refused_with_its_iso_form(written, said) -> None:
    result = CliRunner().invoke(
        cli_module.cli, ["check", "-", "--in", "JP", "--on", written], input="make = 'x'\n"
    )
    assert result.exit_code == 2
    assert f"--on: {said}" in result.output
