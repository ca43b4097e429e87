"""Minnesota: § 169.011 subd. 40a (the mini truck) and § 169.045 (local ordinance, by permit only)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
import kei_us_mn
import kei_us_mn.mini_trucks
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
    return make_registry(kei_us, kei_us_mn.plugin)


def test_conformance():
    assert check_conformance(kei_us_mn.plugin, distribution="kei-us-mn", with_plugins=[kei_us]) == []


def test_only_designated_roadways_with_a_local_permit(minnesota):
    verdict = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=ON)
    assert verdict.status is Status.CONDITIONAL
    assert [r.kind for r in verdict.restrictions] == ["designated_roads_only"]
    assert (
        "get a permit from each county, city or town whose roads it uses (Minn. Stat. § 169.045, subd. 1)"
        in (verdict.conditions)
    )


def test_a_permit_shown_is_no_longer_asked_for(minnesota):
    permitted = vehicle_from_mapping({**CARRY, "documents": ["local_permit"]})
    verdict = minnesota.evaluate(permitted, "US-MN", on=ON)
    assert not any("permit from each county" in c for c in verdict.conditions)
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
    verdict = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=IN_THE_2009_TERM)
    assert not verdict.finding("US-MN-DEFINITION").unconfirmed
    assert verdict.finding("US-MN-ROADS").unconfirmed
    assert verdict.finding("US-MN-EQUIPMENT").unconfirmed


# -- when: Laws 2009, ch. 158, in force from 2009-08-01, to expire 2012-07-31 as enacted ------

TAKES_EFFECT = dt.date(2009, 8, 1)
AS_ENACTED_EXPIRES = dt.date(2012, 7, 31)
IN_THE_2009_TERM = dt.date(2011, 6, 1)
GOVERNED_1984 = {**CARRY, "manufactured": "1984-05", "displacement_cc": 547, "curb_weight_kg": 730}


def minnesota_level(verdict):
    return next(level for level in verdict.levels if level.jurisdiction == "US-MN")


def test_every_minnesota_rule_applies_from_2009_08_01():
    assert {rule.in_force.start for rule in kei_us_mn.mini_trucks.RULES} == {TAKES_EFFECT}


def test_on_2009_06_01_the_2009_law_was_not_yet_in_force(minnesota):
    # Audit F3: Laws 2009, ch. 158 took effect 2009-08-01; before it kei has no Minnesota rule.
    verdict = minnesota.evaluate(vehicle_from_mapping(GOVERNED_1984), "US-MN", on=dt.date(2009, 6, 1))
    assert verdict.status is Status.UNKNOWN
    assert not minnesota_level(verdict).findings
    on_the_day = minnesota.evaluate(vehicle_from_mapping(GOVERNED_1984), "US-MN", on=TAKES_EFFECT)
    assert on_the_day.status is Status.CONDITIONAL


def test_after_the_2012_expiry_the_answer_says_it_rests_on_unread_amendments(minnesota):
    last_day = minnesota.evaluate(vehicle_from_mapping(CARRY), "US-MN", on=AS_ENACTED_EXPIRES)
    assert not last_day.finding("US-MN-DEFINITION").unconfirmed
    after = minnesota.evaluate(
        vehicle_from_mapping(CARRY), "US-MN", on=AS_ENACTED_EXPIRES + dt.timedelta(days=1)
    )
    definition = after.finding("US-MN-DEFINITION")
    assert definition.unconfirmed
    assert "2012-07-31" in definition.message
    assert minnesota_level(after).status is Status.CONDITIONAL


@settings(max_examples=30, deadline=None)
@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=TAKES_EFFECT - dt.timedelta(days=1)))
def test_before_the_2009_law_minnesota_is_unknown_never_legal_or_conditional(on: dt.date) -> None:
    verdict = make_registry(kei_us, kei_us_mn.plugin).evaluate(
        vehicle_from_mapping(GOVERNED_1984), "US-MN", on=on
    )
    assert minnesota_level(verdict).status is Status.UNKNOWN
    assert not verdict.status.permits_use


@settings(max_examples=30, deadline=None)
@given(on=st.dates(min_value=AS_ENACTED_EXPIRES + dt.timedelta(days=1), max_value=dt.date(2060, 12, 31)))
def test_after_the_2012_expiry_no_minnesota_finding_is_presented_as_confirmed(on: dt.date) -> None:
    verdict = make_registry(kei_us, kei_us_mn.plugin).evaluate(vehicle_from_mapping(CARRY), "US-MN", on=on)
    assert all(f.unconfirmed for f in minnesota_level(verdict).findings)
    assert verdict.status is not Status.LEGAL


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_mn.plugin))
