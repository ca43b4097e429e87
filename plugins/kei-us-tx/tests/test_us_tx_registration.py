"""Texas: which rule registers a mini truck on which date, and what the federal level adds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
import kei_us_tx
import kei_us_tx.registration
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

CARRY_1995 = Vehicle(
    make="Suzuki", model="Carry", manufactured=PartialDate.parse("1995-06"), original_configuration=True
)
OFF_ROAD_IMPORT = Vehicle(
    make="Daihatsu",
    model="Hijet",
    manufactured=PartialDate.parse("2012-03"),
    equipment={"speed_governor"},
    documents={"off_road_title"},
)


@pytest.fixture(scope="module")
def texas():
    return make_registry(kei_us_tx.plugin)


def test_conformance():
    assert check_conformance(kei_us_tx.plugin, distribution="kei-us-tx", with_plugins=[kei_us]) == []


def test_the_2025_act_registers_a_mini_truck_but_only_unconfirmed(texas):
    verdict = texas.evaluate(CARRY_1995, "US-TX", on=dt.date(2026, 1, 22))
    finding = verdict.finding("US-TX-MINIATURE-VEHICLE")
    assert finding is not None
    assert finding.status is Status.CONDITIONAL
    assert finding.unconfirmed
    assert "§ 502.001(21-a)" in finding.message
    assert verdict.finding("US-TX-TXDMV-POLICY") is None


def test_the_txdmv_letter_decides_in_2024_and_is_agency_practice(texas):
    verdict = texas.evaluate(CARRY_1995, "US-TX", on=dt.date(2024, 12, 1))
    finding = verdict.finding("US-TX-TXDMV-POLICY")
    assert finding is not None
    assert finding.status is Status.CONDITIONAL
    assert finding.policy
    assert verdict.finding("US-TX-MINIATURE-VEHICLE") is None


def test_before_may_2024_texas_is_unknown_not_legal_or_legal(texas):
    verdict = texas.evaluate(CARRY_1995, "US-TX", on=dt.date(2023, 6, 1))
    assert verdict.finding("US-TX-BEFORE-POLICY").status is Status.UNKNOWN
    assert verdict.status is Status.UNKNOWN


@pytest.mark.parametrize("on", [dt.date(2024, 12, 1), dt.date(2026, 1, 22)])
def test_an_off_highway_import_is_titled_but_never_registered(texas, on):
    verdict = texas.evaluate(OFF_ROAD_IMPORT, "US-TX", on=on)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


@given(on=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)))
def test_exactly_one_texas_route_is_in_force_on_any_day(texas, on):
    verdict = texas.evaluate(CARRY_1995, "US-TX", on=on)
    routes = [
        rule
        for rule in ("US-TX-BEFORE-POLICY", "US-TX-TXDMV-POLICY", "US-TX-MINIATURE-VEHICLE")
        if verdict.finding(rule) is not None
    ]
    assert len(routes) == 1


def test_texas_alone_never_answers_legal_without_the_federal_level(texas):
    """With kei-us disabled or missing, the US level has no owner and names what to install."""
    verdict = texas.evaluate(CARRY_1995, "US-TX", on=dt.date(2026, 1, 22))
    assert verdict.status is Status.UNKNOWN
    federal = next(level for level in verdict.levels if level.jurisdiction == "US")
    assert federal.status is Status.UNKNOWN
    assert any("kei-us" in str(problem) for problem in federal.problems)


def test_a_2005_truck_is_not_legal_in_texas_because_of_federal_import_law():
    registry = make_registry(kei_us, kei_us_tx.plugin)
    truck = Vehicle(
        make="Suzuki",
        model="Carry",
        manufactured=PartialDate.parse("2005-06-14"),
        original_configuration=True,
    )
    verdict = registry.evaluate(truck, "US-TX", on=dt.date(2026, 1, 22))
    assert verdict.status is Status.NOT_LEGAL
    federal = next(level for level in verdict.levels if level.jurisdiction == "US")
    assert federal.status is Status.NOT_LEGAL
    assert verdict.finding("US-FMVSS-25Y").status is Status.NOT_LEGAL
    # 25 years after 2005-06-14; Texas itself would register it then.
    assert verdict.eligible_from == dt.date(2030, 6, 14)
    assert verdict.finding("US-TX-MINIATURE-VEHICLE").status is Status.CONDITIONAL
    later = registry.evaluate(truck, "US-TX", on=verdict.eligible_from)
    assert later.status.permits_use


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_tx.plugin))


def test_each_texas_route_has_its_period_and_only_the_unknown_one_is_open_before():
    periods = {r.id: r.in_force for r in kei_us_tx.registration.RULES if hasattr(r, "in_force")}
    assert periods["US-TX-BEFORE-POLICY"].end == dt.date(2024, 4, 30)
    assert periods["US-TX-TXDMV-POLICY"].start == dt.date(2024, 5, 1)
    assert periods["US-TX-MINIATURE-VEHICLE"].start == dt.date(2025, 9, 1)


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2024, 4, 30)))
def test_before_the_txdmv_letter_texas_is_unknown_never_legal_or_conditional(on):
    verdict = make_registry(kei_us, kei_us_tx.plugin).evaluate(CARRY_1995, "US-TX", on=on)
    texas = next(level for level in verdict.levels if level.jurisdiction == "US-TX")
    assert texas.status is Status.UNKNOWN
    assert not verdict.status.permits_use
