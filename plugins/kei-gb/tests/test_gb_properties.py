"""Properties every GB age rule keeps, for any date a truck may carry: over the threshold it
never fails, under it it always fails, it only gets better in time, and on its ``passes_from``
it passes while the day before it does not. The historic tax class is checked against the
rolling rule written out independently: from 1 April of year Y, built before 1 January Y-40."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kei_core import Outcome, PartialDate, Status, Vehicle
from kei_gb import approval, historic

Check = Callable[[Vehicle, dt.date], Outcome]
ONE_DAY = dt.timedelta(days=1)


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def over_ten(day: dt.date) -> dt.date:
    return years_later(day, 10) + ONE_DAY


def forty(day: dt.date) -> dt.date:
    return years_later(day, 40)


def built_before_jan_y_minus_40(day: dt.date) -> dt.date:
    """The first 1 April of a year Y with day < 1 January (Y - 40)."""
    return dt.date(day.year + 41, 4, 1)


def registered_before_8_jan_y_minus_40(day: dt.date) -> dt.date:
    """The first 1 April of a year Y with day < 8 January (Y - 40)."""
    year = day.year + 40 if day < dt.date(day.year, 1, 8) else day.year + 41
    return dt.date(year, 4, 1)


def historic_tax(vehicle: Vehicle, on: dt.date) -> Outcome:
    return historic.historic_tax_class(vehicle, on)


# (name, check, field, first day an exact date passes, extra vehicle fields)
AGE_RULES: list[tuple[str, Check, str, Callable[[dt.date], dt.date]]] = [
    ("GB-IVA-10Y-manufactured", approval.over_ten_years, "manufactured", over_ten),
    ("GB-IVA-10Y-first_registered", approval.over_ten_years, "first_registered", over_ten),
    ("GB-HIST-MOT-manufactured", historic.historic_interest, "manufactured", forty),
    ("GB-HIST-MOT-first_registered", historic.historic_interest, "first_registered", forty),
    ("GB-HIST-VED-manufactured", historic_tax, "manufactured", built_before_jan_y_minus_40),
    ("GB-HIST-VED-first_registered", historic_tax, "first_registered", registered_before_8_jan_y_minus_40),
]
IDS = [name for name, *_ in AGE_RULES]


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    return PartialDate(day.year, day.month) if precision == "month" else PartialDate(day.year)


asked = st.dates(dt.date(2018, 5, 20), dt.date(2080, 12, 31))
RANK = {Status.LEGAL: 0, Status.CONDITIONAL: 0, Status.UNKNOWN: 1, Status.NOT_LEGAL: 2}


def truck(field: str, when: PartialDate) -> Vehicle:
    if field == "manufactured":
        return Vehicle(manufactured=when, commercial_use=False)
    return Vehicle(first_registered=when, commercial_use=False)


def near(day: dt.date) -> st.SearchStrategy[dt.date]:
    """A date asked within about three years either side of ``day``, where the answers change."""
    return st.integers(-1100, 1100).map(lambda offset: day + dt.timedelta(days=offset))


@pytest.mark.parametrize(("name", "check", "field", "first_day"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_over_the_threshold_never_fails(
    name: str, check: Check, field: str, first_day: Callable[[dt.date], dt.date], data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(first_day(when.latest())))
    assume(on >= first_day(when.latest()))
    assert check(truck(field, when), on).status.permits_use


@pytest.mark.parametrize(("name", "check", "field", "first_day"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_under_the_threshold_always_fails(
    name: str, check: Check, field: str, first_day: Callable[[dt.date], dt.date], data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(first_day(when.earliest())))
    assume(on < first_day(when.earliest()))
    assert check(truck(field, when), on).status is Status.NOT_LEGAL


@pytest.mark.parametrize(("name", "check", "field", "first_day"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_monotone_in_time(
    name: str, check: Check, field: str, first_day: Callable[[dt.date], dt.date], data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    early, late = sorted(data.draw(st.lists(near(first_day(when.earliest())), min_size=2, max_size=2)))
    vehicle = truck(field, when)
    assert RANK[check(vehicle, late).status] <= RANK[check(vehicle, early).status]


@pytest.mark.parametrize(("name", "check", "field", "first_day"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_passes_on_passes_from_and_not_the_day_before(
    name: str, check: Check, field: str, first_day: Callable[[dt.date], dt.date], data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(first_day(when.earliest())))
    vehicle = truck(field, when)
    outcome = check(vehicle, on)
    assume(not outcome.status.permits_use and outcome.passes_from is not None)
    day = outcome.passes_from
    assert day == first_day(when.latest())
    assert check(vehicle, day).status.permits_use
    assert not check(vehicle, day - ONE_DAY).status.permits_use


@given(built=partial_dates(), on=asked)
def test_commercial_use_never_gets_the_historic_class(built: PartialDate, on: dt.date) -> None:
    outcome = historic.historic_tax_class(Vehicle(manufactured=built, commercial_use=True), on)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from is None


@given(built=partial_dates(), on=asked)
def test_historic_class_opens_only_on_1_april(built: PartialDate, on: dt.date) -> None:
    outcome = historic.historic_tax_class(Vehicle(manufactured=built, commercial_use=False), on)
    if outcome.passes_from is not None:
        assert (outcome.passes_from.month, outcome.passes_from.day) == (4, 1)


@given(built=partial_dates(), registered=partial_dates(), on=asked)
def test_two_dates_never_read_more_favourably_than_either_alone(
    built: PartialDate, registered: PartialDate, on: dt.date
) -> None:
    both = approval.over_ten_years(Vehicle(manufactured=built, first_registered=registered), on)
    for alone in (Vehicle(manufactured=built), Vehicle(first_registered=registered)):
        assert RANK[both.status] >= RANK[approval.over_ten_years(alone, on).status]
