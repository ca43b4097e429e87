"""Georgia: kei vehicles barred from title and registration by DOR Policy Bulletin MVD-2023-05."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
import kei_us_ga
import kei_us_ga.registration
from kei_core import RuleKind, Status
from kei_core.testing import (
    assert_golden_case,
    check_conformance,
    golden_cases,
    make_registry,
    vehicle_from_mapping,
)

HERE = Path(__file__).parent
ON = dt.date(2026, 1, 22)
CARRY_1996 = vehicle_from_mapping({"manufactured": "1996-05", "original_configuration": True})


@pytest.fixture(scope="module")
def georgia():
    return make_registry(kei_us, kei_us_ga.plugin)


def test_conformance():
    assert check_conformance(kei_us_ga.plugin, distribution="kei-us-ga", with_plugins=[kei_us]) == []


def test_not_registrable_and_the_verdict_says_it_is_agency_policy(georgia):
    verdict = georgia.evaluate(CARRY_1996, "US-GA", on=ON)
    assert verdict.status is Status.NOT_LEGAL
    finding = verdict.finding("US-GA-REGISTRATION")
    assert finding.status is Status.NOT_LEGAL
    assert finding.policy and finding.unconfirmed
    assert "MVD-2023-05" in finding.citation


def test_the_vetoed_bill_is_reported_but_never_folded(georgia):
    verdict = georgia.evaluate(CARRY_1996, "US-GA", on=ON)
    veto = verdict.finding("US-GA-HB308-VETO")
    assert veto.kind is RuleKind.INFORMATION
    assert "vetoed on 2025-05-14" in veto.message
    assert "US-GA-HB308-VETO" not in verdict.failing_rules


def test_before_the_veto_the_bill_is_not_reported(georgia):
    assert georgia.evaluate(CARRY_1996, "US-GA", on=dt.date(2025, 5, 13)).finding("US-GA-HB308-VETO") is None


# -- when: Policy Bulletin MVD-2023-05, applied from 2023-12-01 ------------------------------

BULLETIN_APPLIES = dt.date(2023, 12, 1)
FULL_1996 = vehicle_from_mapping(
    {"make": "Suzuki", "model": "Carry", "manufactured": "1996-05", "original_configuration": True}
)


def georgia_level(verdict):
    return next(level for level in verdict.levels if level.jurisdiction == "US-GA")


def test_the_bulletin_applies_from_2023_12_01():
    registration = next(r for r in kei_us_ga.registration.RULES if r.id == "US-GA-REGISTRATION")
    assert registration.in_force.start == BULLETIN_APPLIES


def test_a_2023_bulletin_is_not_cited_for_2022(georgia):
    # Audit F5, scenario 30: on 2022-01-01 MVD-2023-05 did not exist; kei has no Georgia rule.
    verdict = georgia.evaluate(FULL_1996, "US-GA", on=dt.date(2022, 1, 1))
    assert verdict.status is Status.UNKNOWN
    assert verdict.finding("US-GA-REGISTRATION") is None
    assert not any("MVD-2023-05" in f.citation for f in verdict.findings)


def test_nor_for_2015(georgia):
    full_1984 = vehicle_from_mapping({"manufactured": "1984-05", "original_configuration": True})
    verdict = georgia.evaluate(full_1984, "US-GA", on=dt.date(2015, 1, 1))
    assert verdict.status is Status.UNKNOWN
    assert not georgia_level(verdict).findings


def test_from_2023_12_01_the_bulletin_bars_registration(georgia):
    assert georgia.evaluate(FULL_1996, "US-GA", on=BULLETIN_APPLIES - dt.timedelta(days=1)).status is (
        Status.UNKNOWN
    )
    verdict = georgia.evaluate(FULL_1996, "US-GA", on=BULLETIN_APPLIES)
    assert verdict.finding("US-GA-REGISTRATION").status is Status.NOT_LEGAL


@settings(max_examples=30, deadline=None)
@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=BULLETIN_APPLIES - dt.timedelta(days=1)))
def test_before_the_bulletin_georgia_is_unknown_never_legal_or_conditional(on: dt.date) -> None:
    verdict = make_registry(kei_us, kei_us_ga.plugin).evaluate(FULL_1996, "US-GA", on=on)
    assert georgia_level(verdict).status is Status.UNKNOWN
    assert not verdict.status.permits_use


@settings(max_examples=40, deadline=None)
@given(
    built=st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2024, 12, 31)),
    on=st.dates(min_value=BULLETIN_APPLIES, max_value=dt.date(2060, 12, 31)),
)
def test_no_kei_truck_is_ever_legal_or_eligible_in_georgia(built: dt.date, on: dt.date) -> None:
    vehicle = vehicle_from_mapping({"manufactured": built.isoformat(), "original_configuration": True})
    verdict = make_registry(kei_us, kei_us_ga.plugin).evaluate(vehicle, "US-GA", on=on)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_ga.plugin))
