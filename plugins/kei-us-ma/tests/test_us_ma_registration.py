"""Massachusetts: kei registration rests on RMV policy since 2024-09-18."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
import kei_us_ma
import kei_us_ma.registration
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

CARRY_1995 = Vehicle(
    make="Suzuki", model="Carry", manufactured=PartialDate.parse("1995-06"), original_configuration=True
)


@pytest.fixture(scope="module")
def massachusetts():
    return make_registry(kei_us_ma.plugin)


def test_conformance():
    assert check_conformance(kei_us_ma.plugin, distribution="kei-us-ma", with_plugins=[kei_us]) == []


def test_the_rmv_policy_registers_but_is_flagged_as_policy_and_never_better_than_conditional(massachusetts):
    verdict = massachusetts.evaluate(CARRY_1995, "US-MA", on=dt.date(2026, 1, 22))
    finding = verdict.finding("US-MA-RMV-POLICY")
    assert finding.policy
    assert finding.unconfirmed
    assert finding.status is Status.CONDITIONAL
    assert any("passenger or a commercial plate" in c for c in finding.conditions)


def test_on_the_day_before_the_resumption_there_is_no_massachusetts_answer(massachusetts):
    assert (
        massachusetts.evaluate(CARRY_1995, "US-MA", on=dt.date(2024, 9, 17)).finding("US-MA-RMV-POLICY")
        is None
    )
    assert massachusetts.evaluate(CARRY_1995, "US-MA", on=dt.date(2024, 9, 18)).finding("US-MA-RMV-POLICY")


@given(on=st.dates(min_value=dt.date(2024, 9, 18), max_value=dt.date(2060, 12, 31)))
def test_a_policy_pass_is_never_reported_as_plain_legal(massachusetts, on):
    verdict = massachusetts.evaluate(CARRY_1995, "US-MA", on=on)
    assert verdict.finding("US-MA-RMV-POLICY").status is not Status.LEGAL
    assert verdict.status is not Status.LEGAL


def test_a_2005_truck_waits_for_federal_law_in_massachusetts():
    registry = make_registry(kei_us, kei_us_ma.plugin)
    truck = Vehicle(
        make="Suzuki",
        model="Carry",
        manufactured=PartialDate.parse("2005-06-14"),
        original_configuration=True,
    )
    verdict = registry.evaluate(truck, "US-MA", on=dt.date(2026, 1, 22))
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2030, 6, 14)


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_ma.plugin))


def test_the_rmv_policy_applies_from_2024_09_18():
    assert {r.in_force.start for r in kei_us_ma.registration.RULES} == {dt.date(2024, 9, 18)}


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2024, 9, 17)))
def test_before_the_rmv_resumed_registrations_massachusetts_is_unknown_never_legal_or_conditional(on):
    verdict = make_registry(kei_us, kei_us_ma.plugin).evaluate(CARRY_1995, "US-MA", on=on)
    massachusetts = next(level for level in verdict.levels if level.jurisdiction == "US-MA")
    assert massachusetts.status is Status.UNKNOWN
    assert not verdict.status.permits_use
