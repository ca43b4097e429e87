"""Properties every EU age rule keeps, for any date a truck may carry:

* over the threshold (even the latest possible day old enough) it never fails;
* under it (even the earliest possible day too young) it always fails;
* in time it only gets better;
* on its ``passes_from`` it passes, and the day before it does not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kei_core import Outcome, PartialDate, Status, Vehicle
from kei_eu import france, germany, ireland, union

Check = Callable[[Vehicle, dt.date], Outcome]


def years_later(day: dt.date, years: int) -> dt.date:
    """The anniversary, written out independently of the core: 29 February rolls to 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


# (rule ID, check, the date field it counts from, years)
AGE_RULES = [
    ("DE-H-30Y", germany.oldtimer_by_age, "first_registered", 30),
    ("EU-RWT-HIST", union.historical_interest, "manufactured", 30),
    ("EU-RWT-HIST", union.historical_interest, "first_registered", 30),
    ("FR-CIC-30Y", france.collection_vehicle, "manufactured", 30),
    ("FR-CIC-30Y", france.collection_vehicle, "first_registered", 30),
    ("IE-MOTORTAX-VINTAGE", ireland.vintage_motor_tax, "manufactured", 30),
]
IDS = [f"{rule}-{field}" for rule, _, field, _ in AGE_RULES]


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    return PartialDate(day.year, day.month) if precision == "month" else PartialDate(day.year)


asked = st.dates(dt.date(1980, 1, 1), dt.date(2075, 12, 31))
RANK = {Status.LEGAL: 0, Status.CONDITIONAL: 0, Status.UNKNOWN: 1, Status.NOT_LEGAL: 2}


def truck(field: str, when: PartialDate) -> Vehicle:
    if field == "manufactured":
        return Vehicle(manufactured=when)
    return Vehicle(first_registered=when)


def near(day: dt.date) -> st.SearchStrategy[dt.date]:
    """A date asked within about three years either side of ``day``, where the answers change."""
    return st.integers(-1100, 1100).map(lambda offset: day + dt.timedelta(days=offset))


@pytest.mark.parametrize(("rule", "check", "field", "years"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_over_the_threshold_never_fails(
    rule: str, check: Check, field: str, years: int, data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(years_later(when.latest(), years)))
    assume(on >= years_later(when.latest(), years))
    assert check(truck(field, when), on).status.permits_use


@pytest.mark.parametrize(("rule", "check", "field", "years"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_under_the_threshold_always_fails(
    rule: str, check: Check, field: str, years: int, data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(years_later(when.earliest(), years)))
    assume(on < years_later(when.earliest(), years))
    assert check(truck(field, when), on).status is Status.NOT_LEGAL


@pytest.mark.parametrize(("rule", "check", "field", "years"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_monotone_in_time(rule: str, check: Check, field: str, years: int, data: st.DataObject) -> None:
    when = data.draw(partial_dates())
    early, late = sorted(
        data.draw(st.lists(near(years_later(when.earliest(), years)), min_size=2, max_size=2))
    )
    vehicle = truck(field, when)
    assert RANK[check(vehicle, late).status] <= RANK[check(vehicle, early).status]


@pytest.mark.parametrize(("rule", "check", "field", "years"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_passes_on_passes_from_and_not_the_day_before(
    rule: str, check: Check, field: str, years: int, data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(years_later(when.earliest(), years)))
    vehicle = truck(field, when)
    outcome = check(vehicle, on)
    assume(not outcome.status.permits_use and outcome.passes_from is not None)
    day = outcome.passes_from
    assert day == years_later(when.latest(), years)
    assert check(vehicle, day).status.permits_use
    assert not check(vehicle, day - dt.timedelta(days=1)).status.permits_use


@pytest.mark.parametrize("check", [union.historical_interest, france.collection_vehicle])
@given(built=partial_dates(), registered=partial_dates(), on=asked)
def test_either_date_suffices(check: Check, built: PartialDate, registered: PartialDate, on: dt.date) -> None:
    both = Vehicle(manufactured=built, first_registered=registered)
    alone = [Vehicle(manufactured=built), Vehicle(first_registered=registered)]
    best = min(RANK[check(v, on).status] for v in alone)
    assert RANK[check(both, on).status] == best


@given(registered=partial_dates(), on=asked)
def test_new_for_six_months_then_used(registered: PartialDate, on: dt.date) -> None:
    outcome = union.new_or_used(Vehicle(first_registered=registered), on)
    later = union.new_or_used(Vehicle(first_registered=registered), on + dt.timedelta(days=200))
    assert outcome.status in (Status.LEGAL, Status.CONDITIONAL)
    if outcome.status is Status.LEGAL:
        assert later.status is Status.LEGAL
    if on < registered.earliest() + dt.timedelta(days=181):
        assert outcome.status is Status.CONDITIONAL
    if on >= registered.latest() + dt.timedelta(days=184):
        assert outcome.status is Status.LEGAL
