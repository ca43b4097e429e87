"""A worked example as the public JSON and text answers show it. (The golden cases and the plugin
contract run from golden.toml, collected by kei-core's pytest plugin.)"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import kei_no
from kei_core.testing import make_registry, vehicle_from_mapping
from kei_no import preservation


def test_norway_is_a_registering_country_outside_the_union() -> None:
    [norway] = kei_no.kei_jurisdictions()
    assert (norway.code, norway.parent, norway.registers) == ("NO", None, True)


def test_a_1995_hijet_in_json_and_text() -> None:
    render = pytest.importorskip("kei_core.render")
    truck = vehicle_from_mapping(
        {
            "make": "Daihatsu",
            "model": "Hijet",
            "first_registered": "1995-10-02",
            "original_configuration": True,
        }
    )
    verdict = make_registry(kei_no).evaluate(truck, "NO", dt.date(2026, 12, 1))
    data = json.loads(json.dumps(render.verdict_json(verdict)))
    findings = {f["rule"]: f for level in data["levels"] for f in level["findings"]}
    assert data["status"] == "conditional"
    assert findings["NO-BEVARINGSVERDIG-1-9"]["unconfirmed"] is True
    assert findings["NO-ENKELTGODKJENNING"]["status"] == "unknown"
    assert findings["NO-SPECIAL-EXEMPT-EEA-US-CA"]["status"] == "not_legal"
    assert data["restrictions"] == [
        {
            "kind": "no.bevaringsverdig_use_limits",
            "value": True,
            "text": preservation.USE_LIMITS.text,
        }
    ]
    assert "motor-historic gatherings" in data["restrictions"][0]["text"]
    assert render.verdict_text(verdict).startswith("NO: CONDITIONAL")
