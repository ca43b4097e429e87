"""Minnesota: § 169.011 subd. 40a (the mini truck) and § 169.045 (local ordinance, by permit only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import kei_us
import kei_us_mn
from kei_core import Status
from kei_core.testing import (
    assert_golden_case,
    check_conformance,
    golden_cases,
    make_registry,
    vehicle_from_mapping,
)

HERE = Path(__file__).parent
ON = dt.date(2026, 1, 22)
CARRY = {
    "manufactured": "1996-05",
    "original_configuration": True,
    "fuel": "petrol",
    "displacement_cc": 657,
    "curb_weight_kg": 700,
}


@pytest.fixture(scope="module")
def minnesota():
    return make_registry(kei_us, kei_us_mn)


def test_conformance():
    assert check_conformance(kei_us_mn, distribution="kei-us-mn", with_plugins=[kei_us]) == []


def test_only_designated_roadways_with_a_local_permit(minnesota):
    verdict = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=ON)
    assert verdict.status is Status.CONDITIONAL
    assert [r.kind for r in verdict.restrictions] == ["designated_roads_only"]
    assert any("permit from the county, city or town" in c for c in verdict.conditions)


def test_a_permit_shown_is_no_longer_asked_for(minnesota):
    permitted = vehicle_from_mapping({**CARRY, "documents": ["local_permit"]})
    verdict = minnesota.evaluate(permitted, "US-MN", on=ON)
    assert not any("permit from the county" in c for c in verdict.conditions)
    assert [r.kind for r in verdict.restrictions] == ["designated_roads_only"]


def test_the_dry_weight_is_asked_for_because_kei_knows_only_the_curb_weight(minnesota):
    verdict = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=ON)
    assert any("dry weight is 900 lb to 2,200 lb" in c for c in verdict.conditions)


def test_a_truck_lighter_than_900_lb_even_with_fuel_is_not_a_mini_truck(minnesota):
    light = vehicle_from_mapping({**CARRY, "curb_weight_kg": "899 lb"})
    assert minnesota.evaluate(light, "US-MN", on=ON).finding("US-MN-DEFINITION").status is Status.NOT_LEGAL


@pytest.mark.parametrize(("displacement", "fits"), [(660, True), (661, False)])
def test_660_cc_is_the_largest_engine(minnesota, displacement, fits):
    vehicle = vehicle_from_mapping({**CARRY, "displacement_cc": displacement})
    finding = minnesota.evaluate(vehicle, "US-MN", on=ON).finding("US-MN-DEFINITION")
    assert finding.status.permits_use is fits


@pytest.mark.parametrize(("power", "fits"), [("7,500 W", True), ("7.501 kW", False)])
def test_an_electric_mini_truck_has_at_most_7500_watts(minnesota, power, fits):
    vehicle = vehicle_from_mapping(
        {"manufactured": "1999-01", "fuel": "electric", "power_kw": power, "curb_weight_kg": 700}
    )
    finding = minnesota.evaluate(vehicle, "US-MN", on=ON).finding("US-MN-DEFINITION")
    assert finding.status.permits_use is fits


def test_the_definition_is_read_in_official_text_the_permit_rule_only_partly(minnesota):
    verdict = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=ON)
    assert not verdict.finding("US-MN-DEFINITION").unconfirmed
    assert verdict.finding("US-MN-ROADS").unconfirmed
    assert verdict.finding("US-MN-EQUIPMENT").unconfirmed


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_mn))
