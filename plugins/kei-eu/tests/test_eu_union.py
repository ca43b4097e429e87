"""The Union level: new or used (six months), category N1, not a quadricycle, historic at 30."""

from __future__ import annotations

import datetime as dt

from kei_core import PartialDate, RuleKind, Status, Vehicle
from kei_eu import kei_rules, union

ON = dt.date(2026, 1, 22)


def test_a_truck_registered_in_japan_for_years_is_used_and_left_to_the_member_state() -> None:
    outcome = union.new_or_used(Vehicle(first_registered=PartialDate(2005, 7, 14)), ON)
    assert outcome.status is Status.LEGAL
    assert "member state" in outcome.message


def test_registered_31_august_counts_as_new_until_1_march() -> None:
    # Six months from 31 August end on a day February lacks: kei takes 1 March, the later day.
    truck = Vehicle(first_registered=PartialDate(2025, 8, 31))
    assert union.new_or_used(truck, dt.date(2026, 2, 28)).status is Status.CONDITIONAL
    assert union.new_or_used(truck, dt.date(2026, 3, 1)).status is Status.LEGAL


def test_a_new_truck_needs_an_individual_approval() -> None:
    outcome = union.new_or_used(Vehicle(first_registered=PartialDate(2025, 12, 1)), ON)
    assert outcome.status is Status.CONDITIONAL
    assert any("individual vehicle approval" in c for c in outcome.conditions)


def test_a_truck_built_last_year_without_a_first_registration_may_still_count_as_new() -> None:
    outcome = union.new_or_used(Vehicle(manufactured=PartialDate(2025, 6)), ON)
    assert outcome.status is Status.CONDITIONAL
    assert outcome.conditions[0].startswith("If the truck counts as new")
    assert outcome.conditions[0].endswith(".")


def test_month_only_registration_straddling_six_months_is_conditional() -> None:
    # Registered "July 2025": used from 2026-01-14 if registered on the 14th, certain only from 2026-01-31.
    outcome = union.new_or_used(Vehicle(first_registered=PartialDate(2025, 7)), ON)
    assert outcome.status is Status.CONDITIONAL
    assert "2026-01-31" in outcome.message


def test_category_n1_by_maximum_mass() -> None:
    assert union.category_n1(Vehicle(gvwr_kg=1160), ON).status is Status.LEGAL
    assert union.category_n1(Vehicle(gvwr_kg=3500), ON).status is Status.LEGAL
    assert union.category_n1(Vehicle(gvwr_kg=3501), ON).status is Status.NOT_LEGAL
    assert "gvwr_kg" in union.category_n1(Vehicle(), ON).message


def test_figures_are_printed_as_people_write_them() -> None:
    # Audit F9: "40 PS" came back as "29.41995000 kW"; "50 PS" as "36.77493750 kW".
    assert (
        "Its 29.4 kW (40 PS) is over the 15 kW"
        in union.not_a_quadricycle(Vehicle(power_kw="40 PS"), ON).message
    )
    assert "36.8 kW (50 PS)" in union.not_a_quadricycle(Vehicle(power_kw="50 PS"), ON).message
    assert "1,160 kg" in union.category_n1(Vehicle(gvwr_kg="1160.0"), ON).message


def test_over_15_kw_is_not_a_quadricycle() -> None:
    assert union.not_a_quadricycle(Vehicle(power_kw=36), ON).status is Status.LEGAL
    at_limit = union.not_a_quadricycle(Vehicle(power_kw=15), ON)
    assert at_limit.status is Status.UNKNOWN
    assert at_limit.settle


def test_historical_interest_counts_from_either_date_and_says_which() -> None:
    truck = Vehicle(manufactured=PartialDate(1995, 12), first_registered=PartialDate(1996, 3, 1))
    outcome = union.historical_interest(truck, ON)
    assert outcome.status is Status.LEGAL
    assert outcome.message.startswith("Built December 1995")


def test_historical_interest_one_day_short() -> None:
    outcome = union.historical_interest(Vehicle(manufactured=PartialDate(1996, 1, 23)), ON)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from == dt.date(2026, 1, 23)


def test_only_the_new_vehicle_rule_folds_at_union_level() -> None:
    union_rules = [r for r in kei_rules() if r.jurisdiction == "EU"]
    folded = [r.id for r in union_rules if getattr(r, "kind", None) is not RuleKind.INFORMATION]
    assert folded == ["EU-IVA-NEW-ONLY"]
