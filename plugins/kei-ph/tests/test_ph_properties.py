"""Properties the Philippine rules keep: the 40 years of RA 11698 never fail a truck that old and
always fail a younger one, time only helps, and a right-hand-drive kei truck (built after 1970)
is never legal and has no eligible_from, whatever the date; converting it does not help while it
is a used import."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import kei_ph
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry
from kei_ph import import_ban, steering

ONE_DAY = dt.timedelta(days=1)
asked = st.dates(dt.date(1999, 1, 1), dt.date(2080, 12, 31))


def fortieth(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 40)
    except ValueError:  # 29 February: the later day, 1 March
        return dt.date(day.year + 40, 3, 1)


def built(day: dt.date, **fields: object) -> Vehicle:
    return Vehicle(manufactured=PartialDate(day.year, day.month, day.day), **fields)  # type: ignore[arg-type]


@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)), on=asked)
def test_forty_years_from_manufacture_never_fails_and_under_always_does(day: dt.date, on: dt.date) -> None:
    outcome = import_ban.vintage_import(built(day, steering="right"), on)
    if on >= fortieth(day):
        assert outcome.status.permits_use
    else:
        assert outcome.status is Status.NOT_LEGAL and outcome.passes_from == fortieth(day)


@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)), on=asked, later=st.integers(1, 20_000))
def test_time_only_helps_a_vintage_vehicle(day: dt.date, on: dt.date, later: int) -> None:
    vehicle = built(day, steering="right")
    then = on + dt.timedelta(days=later)
    for check in (import_ban.vintage_import, steering.vintage_right_hand_drive):
        assert check(vehicle, then).status.rank <= check(vehicle, on).status.rank


@given(
    day=st.dates(dt.date(1971, 1, 1), dt.date(2026, 11, 30)),
    on=st.dates(dt.date(1999, 1, 1), dt.date(2099, 1, 1)),
)
def test_a_right_hand_drive_truck_built_after_1970_is_never_legal_nor_eligible(
    day: dt.date, on: dt.date
) -> None:
    vehicle = built(
        day, steering="right", gvwr_kg=1200, first_registered=PartialDate(day.year, day.month, day.day)
    )
    verdict = make_registry(kei_ph).evaluate(vehicle, "PH", max(on, day))
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


@given(day=st.dates(dt.date(1971, 1, 1), dt.date(2026, 11, 30)))
def test_a_converted_used_kei_truck_is_not_legal_with_no_date_that_cures_it(day: dt.date) -> None:
    vehicle = built(
        day,
        steering="left",
        gvwr_kg=1200,
        equipment=["left_hand_drive_conversion"],
        documents=["export_certificate"],
    )
    verdict = make_registry(kei_ph).evaluate(vehicle, "PH", dt.date(2026, 12, 1))
    assert verdict.status is Status.NOT_LEGAL and verdict.eligible_from is None
    assert verdict.finding("PH-RA8506-RHD").status is Status.UNKNOWN


@given(day=st.dates(dt.date(1950, 1, 1), dt.date(1970, 12, 31)))
def test_a_right_hand_drive_vintage_vehicle_built_by_1970_is_eligible_from_the_vintage_law_or_its_fortieth_year(
    day: dt.date,
) -> None:
    vehicle = built(day, steering="right", gvwr_kg=1000, documents=["export_certificate"])
    registry = make_registry(kei_ph)
    verdict = registry.evaluate(vehicle, "PH", dt.date(2022, 1, 1))
    boundary = max(dt.date(2023, 4, 17), fortieth(day))
    assert verdict.status is Status.NOT_LEGAL and verdict.eligible_from == boundary
    assert registry.evaluate(vehicle, "PH", boundary).status is Status.CONDITIONAL
    assert registry.evaluate(vehicle, "PH", boundary - ONE_DAY).status is Status.NOT_LEGAL


@given(day=st.dates(dt.date(1920, 1, 1), dt.date(1975, 12, 31)), on=asked)
def test_right_hand_drive_vintage_needs_forty_years_and_a_build_by_1970(day: dt.date, on: dt.date) -> None:
    outcome = steering.vintage_right_hand_drive(built(day, steering="right"), on)
    if day > dt.date(1970, 12, 31):
        assert outcome.status is Status.NOT_LEGAL and outcome.passes_from is None
    elif on >= fortieth(day):
        assert outcome.status.permits_use
    else:
        assert outcome.status is Status.NOT_LEGAL and outcome.passes_from == fortieth(day)
