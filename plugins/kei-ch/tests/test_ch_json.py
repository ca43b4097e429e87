"""A worked example as the public JSON and text answers show it. (The golden cases and the plugin
contract run from golden.toml, collected by kei-core's pytest plugin.)"""

from __future__ import annotations

import datetime as dt
import json

import pytest

import kei_ch
from kei_core.testing import make_registry, vehicle_from_mapping


def test_switzerland_is_a_registering_country_outside_the_union() -> None:
    [switzerland] = kei_ch.kei_jurisdictions()
    assert (switzerland.code, switzerland.parent, switzerland.registers) == ("CH", None, True)


def test_a_1995_carry_in_json_and_text() -> None:
    render = pytest.importorskip("kei_core.render")
    truck = vehicle_from_mapping(
        {"make": "Suzuki", "model": "Carry", "first_registered": "1995-06-15", "commercial_use": False}
    )
    verdict = make_registry(kei_ch).evaluate(truck, "CH", dt.date(2026, 12, 1))
    data = json.loads(json.dumps(render.verdict_json(verdict)))
    findings = {f["rule"]: f for level in data["levels"] for f in level["findings"]}
    assert data["status"] == "unknown"
    assert data["eligible_from"] is None
    assert findings["CH-NON-COC-PROOFS"]["status"] == "unknown"
    assert findings["CH-NON-COC-PROOFS"]["policy"] is True
    assert findings["CH-VETERAN-30Y"]["status"] == "conditional"
    assert findings["CH-RHD"]["unconfirmed"] is True
    text = render.verdict_text(verdict)
    assert text.startswith("CH: UNKNOWN")
    assert "ch.emissions_noise_proof" in text


def test_the_build_year_fallback_is_offered_only_to_a_truck_that_may_be_over_thirty() -> None:
    """Appenzell Ausserrhoden: 31 December of the build year, for vehicles 'belegbar älter als 30
    Jahre' whose papers are missing; a younger truck is not told it may use it."""
    from kei_ch import inspection
    from kei_core import PartialDate, Vehicle

    on = dt.date(2026, 12, 1)
    old = inspection.rules_of_first_registration(Vehicle(manufactured=PartialDate(1988, 6)), on)
    young = inspection.rules_of_first_registration(Vehicle(manufactured=PartialDate(2020, 3)), on)
    assert "1988-12-31" in old.message
    assert "31 December" not in young.message
    assert old.status.value == young.status.value == "unknown"


def test_only_a_truck_that_may_take_the_veteran_entry_is_told_so() -> None:
    """The interval information names the veteran option only where CH-VETERAN-30Y would grant it."""
    from kei_ch import veteran
    from kei_core import PartialDate, Vehicle

    on = dt.date(2026, 12, 1)
    hint = "This truck may ask for that entry"

    def told(**fields: object) -> bool:
        return hint in veteran.veteran_interval(Vehicle(original_configuration=True, **fields), on).message  # type: ignore[arg-type]

    assert told(first_registered=PartialDate(1995, 6, 15), commercial_use=False)
    assert not told(first_registered=PartialDate(1995, 6, 15), commercial_use=True)
    assert not told(first_registered=PartialDate(1996, 12, 15), commercial_use=False)
    assert not told(manufactured=PartialDate(1990), commercial_use=False)
