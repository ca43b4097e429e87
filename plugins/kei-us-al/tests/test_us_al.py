"""Alabama: Ala. Code § 32-6-59 (tag and roads) and § 40-12-240 (the mini-truck)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
import kei_us_al
import kei_us_al.mini_trucks
from kei_core import Measure, Status
from kei_core.testing import (
    assert_golden_case,
    check_conformance,
    golden_cases,
    make_registry,
    vehicle_from_mapping,
)

HERE = Path(__file__).parent
ON = dt.date(2026, 1, 22)
GOVERNED = {
    "manufactured": "1996-05",
    "original_configuration": True,
    "width_mm": 1395,
    "curb_weight_kg": 700,
    "top_speed_kmh": 40,
    "equipment": ["speed_governor"],
}


@pytest.fixture(scope="module")
def alabama():
    return make_registry(kei_us, kei_us_al.plugin)


def test_conformance():
    assert check_conformance(kei_us_al.plugin, distribution="kei-us-al", with_plugins=[kei_us]) == []


def test_a_governed_truck_gets_the_restricted_low_speed_use_tag_and_no_interstates(alabama):
    verdict = alabama.evaluate(vehicle_from_mapping(GOVERNED), "US-AL", on=ON)
    assert verdict.status is Status.CONDITIONAL
    kinds = {r.kind: r.value for r in verdict.restrictions}
    assert kinds == {"plate_marking": "restricted low speed use", "excluded_highways": ("interstate",)}
    assert any("private passenger automobile" in c for c in verdict.conditions)


def test_the_tag_and_road_rules_are_read_in_the_official_code(alabama):
    verdict = alabama.evaluate(vehicle_from_mapping(GOVERNED), "US-AL", on=ON)
    assert not verdict.finding("US-AL-ROADS").unconfirmed
    assert not verdict.finding("US-AL-REGISTRATION").unconfirmed
    assert verdict.finding("US-AL-DEFINITION").unconfirmed


def test_an_unmodified_kei_truck_is_over_the_25_mph_governor_limit(alabama):
    unmodified = vehicle_from_mapping({**GOVERNED, "top_speed_kmh": 110, "equipment": []})
    finding = alabama.evaluate(unmodified, "US-AL", on=ON).finding("US-AL-DEFINITION")
    assert finding.status is Status.NOT_LEGAL
    assert "25 mph" in finding.message


def test_the_governor_must_be_fitted_not_just_the_speed_low(alabama):
    no_governor = vehicle_from_mapping({**GOVERNED, "equipment": []})
    verdict = alabama.evaluate(no_governor, "US-AL", on=ON)
    assert any("speed governor" in c for c in verdict.conditions)


@settings(max_examples=60, deadline=None)
@given(top_speed=st.decimals(min_value=Decimal(5), max_value=Decimal(160), places=4))
def test_25_mph_is_compared_exactly(top_speed: Decimal) -> None:
    registry = make_registry(kei_us, kei_us_al.plugin)
    vehicle = vehicle_from_mapping({**GOVERNED, "top_speed_kmh": str(top_speed)})
    finding = registry.evaluate(vehicle, "US-AL", on=ON).finding("US-AL-DEFINITION")
    assert (finding.status is Status.NOT_LEGAL) == (top_speed > Measure.parse("25 mph").si)


def test_48_inches_is_the_minimum_width(alabama):
    at = alabama.evaluate(vehicle_from_mapping({**GOVERNED, "width_mm": "48 in"}), "US-AL", on=ON)
    under = alabama.evaluate(vehicle_from_mapping({**GOVERNED, "width_mm": "1219.1"}), "US-AL", on=ON)
    assert at.finding("US-AL-DEFINITION").status.permits_use
    assert under.finding("US-AL-DEFINITION").status is Status.NOT_LEGAL


def test_an_unmodified_truck_is_told_the_limit_as_people_write_it(alabama):
    unmodified = vehicle_from_mapping({**GOVERNED, "top_speed_kmh": 110, "equipment": []})
    message = alabama.evaluate(unmodified, "US-AL", on=ON).finding("US-AL-DEFINITION").message
    assert "top speed 110 km/h is not at most 25 mph (40 km/h)" in message


def test_conditions_read_as_sentences(alabama):
    conditions = alabama.evaluate(vehicle_from_mapping(GOVERNED), "US-AL", on=ON).conditions
    assert "it has a fully enclosed metal cab (Ala. Code § 40-12-240 (mini-truck))" in conditions
    assert not any(c.startswith("it has is") or c.startswith("it has it") for c in conditions)


# -- when: Act 2011-205, applied from 2012-01-01 ---------------------------------------------

ACT_2011_205_APPLIES = dt.date(2012, 1, 1)
GOVERNED_1984 = {**GOVERNED, "manufactured": "1984-05"}


def alabama_level(verdict):
    return next(level for level in verdict.levels if level.jurisdiction == "US-AL")


def test_every_alabama_rule_applies_from_2012_01_01():
    assert {rule.in_force.start for rule in kei_us_al.mini_trucks.RULES} == {ACT_2011_205_APPLIES}


def test_a_governed_1984_truck_on_new_years_day_2010_is_unknown_not_conditional(alabama):
    # Audit F3: § 32-6-59 was added by Act 2011-205; on 2010-01-01 it did not exist.
    verdict = alabama.evaluate(vehicle_from_mapping(GOVERNED_1984), "US-AL", on=dt.date(2010, 1, 1))
    assert verdict.status is Status.UNKNOWN
    assert not alabama_level(verdict).findings
    assert alabama.evaluate(vehicle_from_mapping(GOVERNED_1984), "US-AL", on=ACT_2011_205_APPLIES).status is (
        Status.CONDITIONAL
    )


@settings(max_examples=30, deadline=None)
@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=ACT_2011_205_APPLIES - dt.timedelta(days=1)))
def test_before_act_2011_205_alabama_is_unknown_never_legal_or_conditional(on: dt.date) -> None:
    verdict = make_registry(kei_us, kei_us_al.plugin).evaluate(
        vehicle_from_mapping(GOVERNED_1984), "US-AL", on=on
    )
    assert alabama_level(verdict).status is Status.UNKNOWN
    assert not verdict.status.permits_use


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_al.plugin))
