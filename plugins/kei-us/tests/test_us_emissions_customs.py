"""EPA's 21 OP years, CBP duty and the Section 232 surcharge (national-rules.md §2.2, §2.3, §7)."""

from __future__ import annotations

import datetime as dt

import pytest

import kei_us
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ASKED = dt.date(2026, 1, 22)


@pytest.fixture(scope="module")
def registry():
    return make_registry(kei_us)


def status_of(registry, vehicle: Vehicle, rule_id: str, on: dt.date = ASKED) -> Status:
    return registry.evaluate(vehicle, "US", on).finding(rule_id).status


def hijet(built: str | None, **fields) -> Vehicle:
    fields.setdefault("original_configuration", True)
    return Vehicle(
        make="Daihatsu", model="Hijet", manufactured=PartialDate.parse(built) if built else None, **fields
    )


# --- US-EPA-21Y: calendar (OP) years, original configuration ----------------------------------


@pytest.mark.parametrize("built", ["2005-12-31", "2005", "1995-07"])
def test_op_year_2005_or_earlier_is_21_on_2026_01_22(registry, built):
    assert status_of(registry, hijet(built), "US-EPA-21Y") is Status.LEGAL


def test_op_year_2006_waits_for_1_january_2027(registry):
    finding = registry.evaluate(hijet("2006-01-02"), "US", ASKED).finding("US-EPA-21Y")
    assert finding.status is Status.NOT_LEGAL
    assert finding.passes_from == dt.date(2027, 1, 1)


def test_a_december_build_is_21_op_years_old_on_new_years_day(registry):
    truck = hijet("2005-12-20")
    assert status_of(registry, truck, "US-EPA-21Y", dt.date(2025, 12, 31)) is Status.NOT_LEGAL
    assert status_of(registry, truck, "US-EPA-21Y", dt.date(2026, 1, 1)) is Status.LEGAL


def test_a_replacement_engine_fails_code_e_and_time_does_not_cure_it(registry):
    verdict = registry.evaluate(hijet("1995-07", original_configuration=False), "US", ASKED)
    finding = verdict.finding("US-EPA-21Y")
    assert finding.status is Status.NOT_LEGAL
    assert "EPA-certified" in finding.message
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_an_unstated_configuration_is_unknown(registry):
    finding = registry.evaluate(hijet("1995-07", original_configuration=None), "US", ASKED).finding(
        "US-EPA-21Y"
    )
    assert finding.status is Status.UNKNOWN
    assert finding.settle


def test_the_21_year_pass_carries_the_certificate_holder_ambiguity(registry):
    verdict = registry.evaluate(hijet("1995-07"), "US", ASKED)
    finding = verdict.finding("US-EPA-21Y")
    assert finding.policy
    assert any("certificate holder" in c for c in finding.conditions)


def test_without_a_build_year_the_first_registration_year_is_used_unconfirmed(registry):
    truck = hijet(None, first_registered=PartialDate.parse("2004-03"))
    finding = registry.evaluate(truck, "US", ASKED).finding("US-EPA-21Y")
    assert finding.status is Status.CONDITIONAL
    assert finding.unconfirmed


def test_the_ici_route_fails_for_a_kei_truck(registry):
    finding = registry.evaluate(hijet("2015-01"), "US", ASKED).finding("US-EPA-ICI")
    assert finding.status is Status.NOT_LEGAL
    assert finding.unconfirmed


# --- duty and surcharge: information, never folded ---------------------------------------------


def test_the_goods_vehicle_duty_is_25_percent_under_8704_31_0120(registry):
    finding = registry.evaluate(hijet("1995-07", fuel="petrol"), "US", ASKED).finding("US-CBP-HTS-8704")
    assert "25 %" in finding.message and "8704.31.0120" in finding.message


def test_a_truck_built_in_2001_escapes_the_section_232_surcharge_in_2026(registry):
    finding = registry.evaluate(hijet("2001-12"), "US", ASKED).finding("US-CBP-S232-TRUCKS")
    assert "No Section 232 surcharge" in finding.message


def test_a_2002_truck_entered_in_june_2025_owes_the_additional_25_percent(registry):
    finding = registry.evaluate(hijet("2002-03"), "US", dt.date(2025, 6, 1)).finding("US-CBP-S232-TRUCKS")
    assert "9903.94.01" in finding.message
    assert not finding.unconfirmed


def test_after_the_japan_agreement_the_surcharge_answer_is_unconfirmed(registry):
    finding = registry.evaluate(hijet("2002-03"), "US", ASKED).finding("US-CBP-S232-TRUCKS")
    assert "Japan" in finding.message
    assert finding.unconfirmed


def test_no_surcharge_finding_before_2025_04_03(registry):
    assert (
        registry.evaluate(hijet("2002-03"), "US", dt.date(2025, 4, 2)).finding("US-CBP-S232-TRUCKS") is None
    )


def test_information_never_changes_the_verdict(registry):
    truck = hijet("1995-07", fuel="electric")
    verdict = registry.evaluate(truck, "US", ASKED)
    assert verdict.finding("US-CBP-HTS-8704").status is Status.UNKNOWN
    assert verdict.levels[0].status is Status.LEGAL


def test_federal_admission_says_states_decide_registration(registry):
    finding = registry.evaluate(hijet("1995-07"), "US", ASKED).finding("US-STATE-NOTE")
    assert "state" in finding.message
