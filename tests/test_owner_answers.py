"""What an owner reads when a figure is missing: where to find it and what it is measured against,
and a truck named by its model and year that is not stopped by a figure the catalog gives."""

from __future__ import annotations

import importlib.util

import pytest
from click.testing import CliRunner

from kei_core import Jurisdiction, Limit, Rule, Vehicle, missing, passed
from kei_core import cli as cli_module
from kei_core.testing import make_registry
from kei_core_test_helpers import plugin_module

LIMIT = Limit.at_most("78 in")


def height_rule(vehicle: Vehicle, on: object):
    if vehicle.height_mm is None:
        return missing("height_mm")
    return passed(f"height {vehicle.height_mm}")


def tall_place():
    return plugin_module(
        "fixture_tall",
        [Jurisdiction("XT", "Tallland", registers=True)],
        [
            Rule(
                "XT-MINI-TRUCK",
                "XT",
                "A mini truck as the Act defines it: 4 wheels; height at most 78 in; width at most 60 in",
                citation="Tallland Act s. 1",
                source="https://example.org/act",
                reviewed_on="2026-11-01",
                check=height_rule,
            )
        ],
    )


def test_a_missing_height_is_asked_for_where_the_owner_finds_it_and_against_its_limit(monkeypatch, tmp_path):
    registry = make_registry(tall_place())
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    truck = tmp_path / "truck.toml"
    truck.write_text('make = "Daihatsu"\n', encoding="utf-8")
    result = CliRunner().invoke(cli_module.cli, ["check", str(truck), "--in", "XT"])
    assert result.exit_code == 3
    settle = next(line for line in result.output.splitlines() if "What would settle it" in line)
    assert "from the ground to the cab roof" in settle and "高さ" in settle
    assert "XT-MINI-TRUCK: height at most 78 in" in settle
    assert "width" not in settle  # only the figure that is missing
    assert "give height_mm" not in settle


@pytest.mark.skipif(
    not all(importlib.util.find_spec(n) for n in ("kei_us", "kei_us_pa", "kei_jp")),
    reason="the farmer's Hijet in Pennsylvania",
)
def test_a_1997_hijet_named_by_model_and_year_is_not_stopped_by_its_height_in_pennsylvania() -> None:
    result = CliRunner().invoke(
        cli_module.cli, ["check", "--model", "S110P", "--made", "1997", "--in", "US-PA", "--on", "2026-12-01"]
    )
    assert result.exit_code in (0, 3), result.output
    assert "needs height_mm" not in result.output and "give height_mm" not in result.output
    assert "typical values, check your papers:" in result.output and "height_mm" in result.output


@pytest.mark.skipif(
    not all(importlib.util.find_spec(n) for n in ("kei_us", "kei_us_pa", "kei_us_la", "kei_jp")),
    reason="the farmer's three states",
)
def test_the_farmer_is_asked_in_plain_words_whether_the_engine_is_as_built() -> None:
    """US-EPA-21Y waits on original_configuration in every state asked; its settle sentence names
    the field in brackets, and the answer turns it into the question and the option."""
    result = CliRunner().invoke(
        cli_module.cli,
        [
            "check",
            "--model",
            "S110P",
            "--made",
            "1997",
            "--in",
            "US-LA",
            "--in",
            "US-PA",
            "--on",
            "2026-12-01",
        ],
    )
    assert "One fact would settle most of this: Is the engine, with its emission controls, as it left" in (
        result.output
    )
    assert "--set original_configuration=true" in result.output


def test_a_truck_time_will_not_make_legal_is_not_promised_eligibility(monkeypatch, tmp_path) -> None:
    """Georgia's answer listed 'Conditions (once it is eligible)' above 'Time alone does not make
    it legal': the conditions apply only if it ever becomes eligible."""
    from kei_core import failed

    barred = plugin_module(
        "fixture_barred",
        [Jurisdiction("XB", "Barland", registers=True)],
        [
            Rule(
                "XB-REGISTRATION",
                "XB",
                "No plate for a kei truck",
                citation="Barland Act s. 1",
                source="https://example.org/act",
                reviewed_on="2026-11-01",
                check=lambda v, on: failed("refused"),
            ),
            Rule(
                "XB-INSURANCE",
                "XB",
                "Insure it",
                citation="Barland Act s. 2",
                source="https://example.org/act",
                reviewed_on="2026-11-01",
                check=lambda v, on: passed("insurable", conditions=("insure it",)),
            ),
        ],
    )
    registry = make_registry(barred)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    truck = tmp_path / "truck.toml"
    truck.write_text('make = "Daihatsu"\n', encoding="utf-8")
    output = CliRunner().invoke(cli_module.cli, ["check", str(truck), "--in", "XB"]).output
    assert "Time alone does not make it legal" in output
    assert "Conditions (only if it ever becomes eligible)" in output and "- Insure it" in output
    assert "once it is eligible" not in output


def test_an_unknown_answer_is_not_said_to_be_eligible_from_a_date(monkeypatch, federal_and_state) -> None:
    """Built 2001, asked mid-2026: the 25 years may or may not be over. Time stops holding it back
    on 2026-12-31, which is 'not before', never 'eligible from', beside UNKNOWN."""
    registry = make_registry(*federal_and_state)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    result = CliRunner().invoke(
        cli_module.cli, ["check", "-", "--in", "XA-ST", "--on", "2026-06-01"], input='manufactured = "2001"\n'
    )
    assert "XA-ST: UNKNOWN — not before 2026-12-31" in result.output
    assert "UNKNOWN — eligible from" not in result.output
