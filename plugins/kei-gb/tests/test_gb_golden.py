"""A worked example in JSON and text, and Great Britain outside the Union. (The golden cases and
the plugin contract run from golden.toml, collected by kei-core's pytest plugin.)"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import kei_gb
from kei_core.testing import (
    make_registry,
    vehicle_from_mapping,
)


def test_great_britain_is_outside_the_union() -> None:
    assert [(j.code, j.parent) for j in kei_gb.kei_jurisdictions()] == [("GB", None)]


def test_worked_example_in_json_and_text() -> None:
    render = pytest.importorskip("kei_core.render")
    truck = vehicle_from_mapping(
        {"make": "Daihatsu", "model": "Hijet", "manufactured": "1984-12", "commercial_use": False}
    )
    verdict = make_registry(kei_gb).evaluate(truck, "GB", dt.date(2026, 1, 22))
    data = json.loads(json.dumps(render.verdict_json(verdict)))
    findings = {f["rule"]: f for level in data["levels"] for f in level["findings"]}
    assert data["status"] == "conditional"
    assert findings["GB-HIST-VED"]["status"] == "legal"
    assert "built before 1985-01-01" in findings["GB-HIST-VED"]["message"]
    assert findings["GB-IVA-10Y"]["unconfirmed"] is True
    assert data["pathways"] == {"GB-REGISTRATION": "GB-IVA-10Y"}
    text = render.verdict_text(verdict)
    assert text.startswith("GB: CONDITIONAL")
    assert "GB-HIST-MOT: Built December 1984" in text
