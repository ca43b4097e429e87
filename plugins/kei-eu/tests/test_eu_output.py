"""The worked example for Germany (2026-01-22) as a user reads it: in text and in JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import Any

import pytest

import kei_eu
from kei_core.testing import make_registry, vehicle_from_mapping

ON = dt.date(2026, 1, 22)
TRUCK = {"make": "Suzuki", "model": "Carry", "manufactured": "1995-12", "first_registered": "1996-01-22"}


def _verdict() -> Any:
    return make_registry(kei_eu).evaluate(vehicle_from_mapping(TRUCK), "DE", ON)


def test_worked_example_in_json() -> None:
    render = pytest.importorskip("kei_core.render")
    data = json.loads(json.dumps(render.verdict_json(_verdict())))
    assert data["status"] == "conditional"
    assert data["eligible_from"] is None
    findings = {f["rule"]: f for level in data["levels"] for f in level["findings"]}
    assert findings["DE-H-30Y"]["status"] == "legal"
    assert findings["DE-EBE-21"]["status"] == "conditional"
    assert findings["DE-FIRSTREG-DEFAULT"]["policy"] is True
    assert data["pathways"]["DE-REGISTRATION"] == "DE-EBE-21"
    assert any("Vollgutachten" in condition for condition in data["conditions"])


def test_worked_example_in_text() -> None:
    render = pytest.importorskip("kei_core.render")
    text = render.verdict_text(_verdict())
    assert text.startswith("DE: CONDITIONAL")
    assert "DE-H-30Y: First registered 1996-01-22" in text
    assert "DE-REGISTRATION via DE-EBE-21" in text


def test_worked_example_through_the_cli() -> None:
    cli = pytest.importorskip("kei_core.cli")
    testing = pytest.importorskip("click.testing")
    vehicle = "\n".join(f'{key} = "{value}"' for key, value in TRUCK.items())
    runner = testing.CliRunner()
    env = {**os.environ, "KEI_DISABLE_PLUGIN_AUTOLOAD": "1"}
    args = ["check", "-", "--in", "DE", "--on", "2026-01-22", "--format", "json"]
    result = runner.invoke(cli.main, ["-p", "eu", *args], input=vehicle, env=env)
    if result.exit_code == 2:
        pytest.skip(f"CLI usage differs from DESIGN §6 as assumed here: {result.output[:200]}")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    verdict = next(v for v in data["verdicts"] if v["jurisdiction"] == "DE")
    assert verdict["status"] == "conditional"
    text = runner.invoke(cli.main, ["-p", "eu", *args[:-1], "text"], input=vehicle, env=env)
    assert "DE-H-30Y" in text.output
