"""Colorado: HB25-1281 "Concerning kei vehicles", effective 2027-07-01, applications from 2028-01-01."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
import kei_us_co
import kei_us_co.kei_vehicles
from kei_core import Status
from kei_core.testing import (
    assert_golden_case,
    check_conformance,
    golden_cases,
    make_registry,
    vehicle_from_mapping,
)

HERE = Path(__file__).parent
CARRY_1996 = vehicle_from_mapping(
    {
        "make": "Suzuki",
        "model": "Carry",
        "manufactured": "1996-05",
        "original_configuration": True,
        "displacement_cc": 657,
        "width_mm": 1395,
        "length_mm": 3395,
    }
)
TAKES_EFFECT = dt.date(2027, 7, 1)
APPLIES_FROM = dt.date(2028, 1, 1)


@pytest.fixture(scope="module")
def colorado():
    return make_registry(kei_us, kei_us_co.plugin)


def test_conformance():
    assert check_conformance(kei_us_co.plugin, distribution="kei-us-co", with_plugins=[kei_us]) == []


def test_before_the_act_the_verdict_says_no_statute_decides(colorado):
    verdict = colorado.evaluate(CARRY_1996, "US-CO", on=dt.date(2026, 11, 25))
    finding = verdict.finding("US-CO-NO-KEI-STATUTE")
    assert finding.status is Status.UNKNOWN
    assert "county" in finding.message
    assert verdict.finding("US-CO-KEI-DEFINITION") is None
    assert verdict.restrictions == ()


def test_the_act_comes_into_force_on_2027_07_01_and_not_a_day_earlier(colorado):
    day_before = colorado.evaluate(CARRY_1996, "US-CO", on=TAKES_EFFECT - dt.timedelta(days=1))
    first_day = colorado.evaluate(CARRY_1996, "US-CO", on=TAKES_EFFECT)
    assert day_before.finding("US-CO-NO-KEI-STATUTE") is not None
    assert day_before.finding("US-CO-KEI-ACT-PENDING") is None
    assert first_day.finding("US-CO-NO-KEI-STATUTE") is None
    assert first_day.finding("US-CO-KEI-ACT-PENDING").status is Status.UNKNOWN


def test_between_july_and_december_2027_nothing_says_it_may_be_driven(colorado):
    # Audit F7, scenario 19: the act is in effect but applies to applications and offenses only
    # from 2028-01-01; an unknown answer must not carry road permission beside it.
    verdict = colorado.evaluate(CARRY_1996, "US-CO", on=TAKES_EFFECT)
    assert verdict.status is Status.UNKNOWN
    assert verdict.eligible_from == APPLIES_FROM
    assert verdict.finding("US-CO-KEI-ROADS") is None
    assert verdict.finding("US-CO-KEI-DEFINITION") is None
    assert verdict.restrictions == ()
    assert not any("may be driven" in f.message for f in verdict.findings)


def test_the_definition_and_road_rules_apply_with_registration_from_2028_01_01():
    for rule in kei_us_co.kei_vehicles.RULES:
        if rule.id in {"US-CO-KEI-DEFINITION", "US-CO-KEI-ROADS", "US-CO-KEI-REGISTRATION"}:
            assert rule.in_force.start == APPLIES_FROM and rule.in_force.end is None


def test_registration_under_the_act_opens_on_2028_01_01(colorado):
    assert (
        colorado.evaluate(CARRY_1996, "US-CO", on=APPLIES_FROM - dt.timedelta(days=1)).status
        is Status.UNKNOWN
    )
    verdict = colorado.evaluate(CARRY_1996, "US-CO", on=APPLIES_FROM)
    assert verdict.status is Status.CONDITIONAL
    assert any("two-speed idle test" in c for c in verdict.conditions)


def test_from_2028_the_kei_vehicle_keeps_to_roads_posted_55_mph_or_less(colorado):
    verdict = colorado.evaluate(CARRY_1996, "US-CO", on=APPLIES_FROM)
    kinds = {r.kind: r.value for r in verdict.restrictions}
    assert kinds == {
        "max_posted_speed_mph": 55,
        "excluded_highways": ("limited_access",),
        "crossing": "intersection",
    }


def test_67_inches_is_the_widest_kei_vehicle(colorado):
    at = vehicle_from_mapping(
        {"manufactured": "1996-05", "displacement_cc": 657, "width_mm": "67 in", "length_mm": 3395}
    )
    over = vehicle_from_mapping(
        {"manufactured": "1996-05", "displacement_cc": 657, "width_mm": "1701.9", "length_mm": 3395}
    )
    assert colorado.evaluate(at, "US-CO", on=APPLIES_FROM).finding("US-CO-KEI-DEFINITION").status.permits_use
    assert (
        colorado.evaluate(over, "US-CO", on=APPLIES_FROM).finding("US-CO-KEI-DEFINITION").status
        is Status.NOT_LEGAL
    )


@settings(max_examples=40, deadline=None)
@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=APPLIES_FROM - dt.timedelta(days=1)))
def test_before_the_act_applies_colorado_is_unknown_never_legal_or_conditional(on: dt.date) -> None:
    full_1984 = vehicle_from_mapping(
        {"manufactured": "1984-05", "original_configuration": True, "displacement_cc": 547, "width_mm": 1395}
    )
    verdict = make_registry(kei_us, kei_us_co.plugin).evaluate(full_1984, "US-CO", on=on)
    colorado = next(level for level in verdict.levels if level.jurisdiction == "US-CO")
    assert colorado.status is Status.UNKNOWN
    assert not verdict.status.permits_use


@settings(max_examples=40, deadline=None)
@given(on=st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 12, 31)))
def test_a_1996_truck_is_never_usable_before_registration_opens_and_always_points_to_2028(
    on: dt.date,
) -> None:
    verdict = make_registry(kei_us, kei_us_co.plugin).evaluate(CARRY_1996, "US-CO", on=on)
    assert verdict.status is Status.UNKNOWN
    assert verdict.eligible_from == APPLIES_FROM


@settings(max_examples=40, deadline=None)
@given(on=st.dates(min_value=APPLIES_FROM, max_value=dt.date(2060, 12, 31)))
def test_colorado_never_answers_plain_legal(on: dt.date) -> None:
    verdict = make_registry(kei_us, kei_us_co.plugin).evaluate(CARRY_1996, "US-CO", on=on)
    assert verdict.status is Status.CONDITIONAL


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_co.plugin))
