"""The Netherlands, France and Ireland: their routes and their dates."""

from __future__ import annotations

import datetime as dt

from kei_core import PartialDate, Status, Vehicle
from kei_eu import france, ireland, netherlands

ON = dt.date(2026, 1, 22)


def test_nl_first_admission_before_1998_opens_the_eu_route() -> None:
    before = netherlands.first_admitted_before_1998(Vehicle(first_registered=PartialDate(1997, 12, 31)), ON)
    assert before.status is Status.CONDITIONAL
    after = netherlands.first_admitted_before_1998(Vehicle(first_registered=PartialDate(1998, 1, 1)), ON)
    assert after.status is Status.NOT_LEGAL
    assert after.passes_from is None  # a fixed date: time never opens it


def test_nl_year_1997_is_certainly_before_1998() -> None:
    outcome = netherlands.first_admitted_before_1998(Vehicle(first_registered=PartialDate(1997)), ON)
    assert outcome.status is Status.CONDITIONAL


def test_nl_needs_the_date_of_first_admission() -> None:
    outcome = netherlands.first_admitted_before_1998(Vehicle(manufactured=PartialDate(1996)), ON)
    assert outcome.status is Status.UNKNOWN
    assert "first_registered" in outcome.message


def test_nl_individual_approval_is_always_open() -> None:
    assert netherlands.individual_approval(Vehicle(), ON).status is Status.CONDITIONAL


def test_fr_collection_needs_30_years_from_either_date() -> None:
    by_build = france.collection_vehicle(Vehicle(manufactured=PartialDate(1996, 1, 22)), ON)
    assert by_build.status is Status.CONDITIONAL
    assert any("FFVE" in c for c in by_build.conditions)
    short = france.collection_vehicle(Vehicle(first_registered=PartialDate(1996, 1, 23)), ON)
    assert short.status is Status.NOT_LEGAL
    assert short.passes_from == dt.date(2026, 1, 23)


def test_fr_collection_needs_the_original_state() -> None:
    modified = Vehicle(manufactured=PartialDate(1990), original_configuration=False)
    outcome = france.collection_vehicle(modified, ON)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from is None


def test_ie_vintage_counts_from_manufacture_only() -> None:
    built = ireland.vintage_motor_tax(Vehicle(manufactured=PartialDate(1996, 1, 22)), ON)
    assert built.status is Status.LEGAL
    registered_only = ireland.vintage_motor_tax(Vehicle(first_registered=PartialDate(1990, 1, 1)), ON)
    assert registered_only.status is Status.UNKNOWN
    assert "manufactured" in registered_only.message


def test_ie_vintage_by_year_waits_for_the_last_day_of_the_year() -> None:
    outcome = ireland.vintage_motor_tax(Vehicle(manufactured=PartialDate(1996)), ON)
    assert outcome.status is Status.UNKNOWN
    assert outcome.passes_from == dt.date(2026, 12, 31)


def test_ie_vrt_category_b_or_c() -> None:
    two_seat = ireland.vrt_category(Vehicle(seats=2, gvwr_kg=1200, curb_weight_kg=700), ON)
    assert "Category C" in two_seat.message
    heavy_body = ireland.vrt_category(Vehicle(seats=2, gvwr_kg=1000, curb_weight_kg=800), ON)
    assert "Category B" in heavy_body.message
    four_seat = ireland.vrt_category(Vehicle(seats=4, gvwr_kg=1400, curb_weight_kg=800), ON)
    assert "Category B" in four_seat.message
    # 1.3 x 760 = 988 < 1000 <= 1.3 x (760 + 75) = 1085.5: depends on whether the curb weight has a driver
    near = ireland.vrt_category(Vehicle(seats=2, gvwr_kg=1000, curb_weight_kg=760), ON)
    assert near.status is Status.UNKNOWN


def test_ie_registration_has_its_deadlines() -> None:
    outcome = ireland.register_and_pay(Vehicle(), ON)
    assert outcome.status is Status.CONDITIONAL
    assert any("7 days" in c for c in outcome.conditions)
    assert any("30 days" in c for c in outcome.conditions)
