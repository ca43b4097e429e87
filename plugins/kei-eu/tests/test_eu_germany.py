"""Germany: the § 21 StVZO permit, the H plate at 30 years to the day, and the 1 July default."""

from __future__ import annotations

import datetime as dt

from kei_core import PartialDate, Status, Vehicle
from kei_eu import germany

ON = dt.date(2026, 1, 22)


def test_every_kei_truck_can_take_the_individual_permit_on_conditions() -> None:
    for truck in (Vehicle(), Vehicle(manufactured=PartialDate(2024, 2))):
        outcome = germany.individual_permit(truck, ON)
        assert outcome.status is Status.CONDITIONAL
        assert any("§ 21" in c for c in outcome.conditions)


def test_h_plate_on_the_thirtieth_anniversary_of_first_registration() -> None:
    passes = germany.oldtimer_by_age(Vehicle(first_registered=PartialDate(1996, 1, 22)), ON)
    assert passes.status is Status.LEGAL
    assert "First registered 1996-01-22" in passes.message
    short = germany.oldtimer_by_age(Vehicle(first_registered=PartialDate(1996, 1, 23)), ON)
    assert short.status is Status.NOT_LEGAL
    assert short.passes_from == dt.date(2026, 1, 23)


def test_h_plate_counts_from_first_registration_not_the_build_date() -> None:
    truck = Vehicle(manufactured=PartialDate(1994, 5), first_registered=PartialDate(1996, 6, 1))
    outcome = germany.oldtimer_by_age(truck, ON)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from == dt.date(2026, 6, 1)


def test_year_only_registration_waits_for_the_latest_day_and_names_the_office_default() -> None:
    truck = Vehicle(manufactured=PartialDate(1995, 3), first_registered=PartialDate(1995))
    outcome = germany.oldtimer_by_age(truck, dt.date(2025, 9, 1))
    assert outcome.status is Status.UNKNOWN  # the office's 1 July would already pass: not relied on
    assert outcome.passes_from == dt.date(2025, 12, 31)
    assert "1995-07-01" in outcome.message and "2025-07-01" in outcome.message


def test_the_default_never_makes_the_answer_earlier() -> None:
    truck = Vehicle(manufactured=PartialDate(1995, 3), first_registered=PartialDate(1995))
    for day in (dt.date(2025, 7, 1), dt.date(2025, 12, 30)):
        assert not germany.oldtimer_by_age(truck, day).status.permits_use
    assert germany.oldtimer_by_age(truck, dt.date(2025, 12, 31)).status is Status.LEGAL


def test_without_first_registration_the_build_date_bounds_it() -> None:
    young = germany.oldtimer_by_age(Vehicle(manufactured=PartialDate(2000, 4)), ON)
    assert young.status is Status.NOT_LEGAL
    assert young.passes_from is None  # the real day depends on the unknown first registration
    old = germany.oldtimer_by_age(Vehicle(manufactured=PartialDate(1990, 4)), ON)
    assert old.status is Status.UNKNOWN
    assert "1990-07-01" in old.message
    assert old.settle


def test_office_default_is_1_july_of_the_build_year() -> None:
    assert germany.office_default(Vehicle(manufactured=PartialDate(1988, 11))) == dt.date(1988, 7, 1)
    assert germany.office_default(Vehicle(first_registered=PartialDate(1989))) == dt.date(1989, 7, 1)
    assert germany.office_default(Vehicle(first_registered=PartialDate(1989, 2))) is None
    outcome = germany.registration_default(Vehicle(manufactured=PartialDate(1988, 11)), ON)
    assert outcome.status is Status.UNKNOWN
    assert "1988-07-01" in outcome.message
    known = germany.registration_default(Vehicle(first_registered=PartialDate(1989, 2, 3)), ON)
    assert known.status is Status.LEGAL


def test_the_appraisal_rules_are_those_of_the_first_registration_day() -> None:
    outcome = germany.rules_at_first_registration(Vehicle(first_registered=PartialDate(2005, 7, 14)), ON)
    assert "2005-07-14" in outcome.message and "first_registered" in outcome.message
    missing = germany.rules_at_first_registration(Vehicle(manufactured=PartialDate(2005, 6)), ON)
    assert missing.status is Status.UNKNOWN
