"""Louisiana, La. R.S. 32:299.2: mini-trucks on highways posted 55 mph or less."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
import kei_us_la
import kei_us_la.mini_trucks
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
CARRY_1996 = vehicle_from_mapping(
    {"make": "Suzuki", "model": "Carry", "manufactured": "1996-05", "original_configuration": True}
)
LA_EQUIPMENT = [
    "headlamps",
    "turn_signals",
    "tail_lamps",
    "stop_lamps",
    "exterior_mirror_driver",
    "interior_mirror",
    "parking_brake",
    "windshield_wiper",
    "speedometer",
    "odometer",
    "service_brakes",
    "seat_belts",
    "vin_plate",
]


@pytest.fixture(scope="module")
def louisiana():
    return make_registry(kei_us, kei_us_la.plugin)


def test_conformance() -> None:
    assert check_conformance(kei_us_la.plugin, distribution="kei-us-la", with_plugins=[kei_us]) == []


def test_a_1996_truck_is_conditional_on_55_mph_roads_without_interstates(louisiana) -> None:
    verdict = louisiana.evaluate(CARRY_1996, "US-LA", on=ON)
    assert verdict.status is Status.CONDITIONAL
    restrictions = "; ".join(r.text for r in verdict.restrictions)
    assert restrictions.startswith(
        "roads posted 55 mph or less; no interstates or controlled-access highways"
    )
    assert "multi-lane divided highways with partial or no control of access" in restrictions
    kinds = {r.kind: r.value for r in verdict.restrictions}
    assert kinds["max_posted_speed_mph"] == 55
    assert kinds["excluded_highways"] == ("interstate", "controlled_access")


def test_a_1996_truck_is_told_the_equipment_it_needs(louisiana) -> None:
    verdict = louisiana.evaluate(CARRY_1996, "US-LA", on=ON)
    equipment = [c for c in verdict.conditions if c.endswith("(La. R.S. 32:299.2(B))")]
    assert len(equipment) == 13
    assert any("passenger's side or an interior rear-view mirror" in c for c in equipment)
    assert any("windshield wiper" in c for c in equipment)


def test_equipment_already_fitted_is_not_asked_for_again(louisiana) -> None:
    fitted = vehicle_from_mapping(
        {"manufactured": "1996-05", "original_configuration": True, "equipment": LA_EQUIPMENT}
    )
    verdict = louisiana.evaluate(fitted, "US-LA", on=ON)
    assert not [c for c in verdict.conditions if c.endswith("(La. R.S. 32:299.2(B))")]
    assert verdict.finding("US-LA-EQUIPMENT").status is Status.CONDITIONAL  # unconfirmed text


def test_registration_is_off_road_with_the_omv_decal_and_the_driver_needs_licence_and_insurance(
    louisiana,
) -> None:
    conditions = louisiana.evaluate(CARRY_1996, "US-LA", on=ON).conditions
    assert any("off-road vehicle and display the OMV decal" in c for c in conditions)
    assert "its driver holds a valid driver's license (La. R.S. 32:299.2(A), (D), (E))" in conditions
    assert any("R.S. 32:900(B)" in c for c in conditions)


# -- when: Act No. 563 of 2010, in force from 2010-08-15 ------------------------------------

ACT_563_TAKES_EFFECT = dt.date(2010, 8, 15)
FULL_1984 = vehicle_from_mapping(
    {
        "make": "Suzuki",
        "model": "Carry",
        "manufactured": "1984-05",
        "displacement_cc": 547,
        "top_speed_kmh": 110,
        "original_configuration": True,
        "equipment": LA_EQUIPMENT,
    }
)


def louisiana_level(verdict):
    return next(level for level in verdict.levels if level.jurisdiction == "US-LA")


def test_every_louisiana_rule_applies_from_the_day_act_563_took_effect() -> None:
    assert {rule.in_force.start for rule in kei_us_la.mini_trucks.RULES} == {ACT_563_TAKES_EFFECT}
    assert all(rule.in_force.end is None for rule in kei_us_la.mini_trucks.RULES)


def test_a_1984_carry_on_new_years_day_2010_is_not_judged_by_the_later_act(louisiana) -> None:
    # Audit scenario 26: before 2010-08-15 R.S. 32:299.2 did not exist; kei encodes no earlier
    # Louisiana rule (R.S. 32:297.1), so the answer is unknown, not conditional.
    verdict = louisiana.evaluate(FULL_1984, "US-LA", on=dt.date(2010, 1, 1))
    assert verdict.status is Status.UNKNOWN
    assert louisiana_level(verdict).status is Status.UNKNOWN
    assert not louisiana_level(verdict).findings
    assert verdict.finding("US-FMVSS-25Y").status.permits_use


def test_on_the_day_act_563_took_effect_the_same_truck_is_conditional(louisiana) -> None:
    day_before = louisiana.evaluate(FULL_1984, "US-LA", on=ACT_563_TAKES_EFFECT - dt.timedelta(days=1))
    assert day_before.status is Status.UNKNOWN
    verdict = louisiana.evaluate(FULL_1984, "US-LA", on=ACT_563_TAKES_EFFECT)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.finding("US-LA-ROADS").status is Status.CONDITIONAL


@settings(max_examples=30, deadline=None)
@given(
    built=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(1985, 12, 31)),
    on=st.dates(min_value=dt.date(1990, 1, 1), max_value=ACT_563_TAKES_EFFECT - dt.timedelta(days=1)),
)
def test_before_act_563_louisiana_is_unknown_never_legal_or_conditional(built: dt.date, on: dt.date) -> None:
    vehicle = vehicle_from_mapping(
        {"manufactured": built.isoformat(), "original_configuration": True, "equipment": LA_EQUIPMENT}
    )
    verdict = make_registry(kei_us, kei_us_la.plugin).evaluate(vehicle, "US-LA", on=on)
    assert louisiana_level(verdict).status is Status.UNKNOWN
    assert not verdict.status.permits_use


def test_every_louisiana_finding_says_it_rests_on_an_unconfirmed_text(louisiana) -> None:
    verdict = louisiana.evaluate(CARRY_1996, "US-LA", on=ON)
    state = [f for f in verdict.findings if f.jurisdiction == "US-LA"]
    assert {f.rule for f in state} == {
        "US-LA-ROADS",
        "US-LA-EQUIPMENT",
        "US-LA-REGISTRATION",
        "US-LA-DEFINITION",
    }
    assert all(f.unconfirmed and not f.policy for f in state)


@settings(max_examples=40, deadline=None)
@given(
    built=st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2015, 12, 31)),
    on=st.dates(min_value=ACT_563_TAKES_EFFECT, max_value=dt.date(2045, 12, 31)),
)
def test_louisiana_never_answers_plain_legal(built: dt.date, on: dt.date) -> None:
    vehicle = vehicle_from_mapping({"manufactured": built.isoformat(), "original_configuration": True})
    verdict = make_registry(kei_us, kei_us_la.plugin).evaluate(vehicle, "US-LA", on=on)
    assert verdict.status is not Status.LEGAL


@settings(max_examples=25, deadline=None)
@given(built=st.dates(min_value=dt.date(2002, 1, 1), max_value=dt.date(2015, 12, 31)))
def test_on_eligible_from_it_may_be_used_and_the_day_before_it_may_not(built: dt.date) -> None:
    registry = make_registry(kei_us, kei_us_la.plugin)
    vehicle = vehicle_from_mapping({"manufactured": built.isoformat(), "original_configuration": True})
    verdict = registry.evaluate(vehicle, "US-LA", on=ON)
    if verdict.eligible_from is None:
        return
    assert registry.evaluate(vehicle, "US-LA", on=verdict.eligible_from).status.permits_use
    day_before = verdict.eligible_from - dt.timedelta(days=1)
    assert not registry.evaluate(vehicle, "US-LA", on=day_before).status.permits_use


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case) -> None:
    assert_golden_case(case, make_registry(kei_us, kei_us_la.plugin))
