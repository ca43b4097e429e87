"""Properties the New Zealand age rules keep, for any date a truck may carry: 20 years or more
before certification never fails, under 20 always fails, time only helps, and the verdict's
``eligible_from`` is the 20th anniversary exactly. The unconfirmed emissions exemption never makes
an answer better than conditional, and a code kei cannot read never passes the floor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_nz
from kei_core import Outcome, PartialDate, Status, Vehicle
from kei_core.testing import make_registry, vehicle_from_mapping
from kei_nz import emissions, esc

Check = Callable[[Vehicle, dt.date], Outcome]
ONE_DAY = dt.timedelta(days=1)
EXEMPTIONS: list[tuple[str, Check]] = [
    ("NZ-ESC-20Y-EXEMPT", esc.twenty_year_exemption),
    ("NZ-EMISSIONS-20Y-EXEMPT", emissions.twenty_year_exemption),
]
FIELDS = ("manufactured", "first_registered")

days = st.dates(dt.date(1960, 1, 1), dt.date(2060, 12, 31))
built = st.dates(dt.date(1985, 1, 1), dt.date(2030, 12, 31))


def twentieth(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 20)
    except ValueError:  # 29 February: the later day, 1 March
        return dt.date(day.year + 20, 3, 1)


def truck(field: str, day: dt.date) -> Vehicle:
    return Vehicle(**{field: PartialDate(day.year, day.month, day.day)})


@pytest.mark.parametrize(("rule", "check"), EXEMPTIONS)
@pytest.mark.parametrize("field", FIELDS)
@given(day=built, on=days)
def test_twenty_years_before_certification_never_fails_and_under_always_does(
    rule: str, check: Check, field: str, day: dt.date, on: dt.date
) -> None:
    outcome = check(truck(field, day), on)
    if on >= twentieth(day):
        assert outcome.status.permits_use
    else:
        assert outcome.status is Status.NOT_LEGAL and outcome.passes_from == twentieth(day)


@pytest.mark.parametrize(("rule", "check"), EXEMPTIONS)
@given(
    when=st.sampled_from(["2004", "2006-02", "2006-12-20", "1996-02-29"]),
    on=days,
    later=st.integers(1, 20_000),
)
def test_time_only_helps(rule: str, check: Check, when: str, on: dt.date, later: int) -> None:
    vehicle = vehicle_from_mapping({"manufactured": when})
    then = on + dt.timedelta(days=later)
    assert check(vehicle, then).status.rank <= check(vehicle, on).status.rank


@pytest.mark.parametrize(("rule", "check"), EXEMPTIONS)
@given(year=st.integers(1990, 2020), month=st.integers(1, 12))
def test_a_month_only_date_is_certain_from_the_anniversary_of_its_last_day(
    rule: str, check: Check, year: int, month: int
) -> None:
    when = PartialDate(year, month)
    certain = twentieth(when.latest())
    assert check(Vehicle(manufactured=when), certain).status.permits_use
    assert not check(Vehicle(manufactured=when), certain - ONE_DAY).status.permits_use


@given(day=st.dates(dt.date(2006, 1, 1), dt.date(2020, 12, 31)))
def test_without_esc_the_verdict_is_eligible_from_the_twentieth_anniversary_exactly(day: dt.date) -> None:
    registry = make_registry(kei_nz)
    vehicle = Vehicle(
        manufactured=PartialDate(day.year, day.month, day.day),
        fuel="petrol",
        emission_code="GD",
        equipment=["headlamps"],
    )
    on = dt.date(2026, 12, 1)
    boundary = twentieth(day)
    verdict = registry.evaluate(vehicle, "NZ", on)
    if on >= boundary:
        assert verdict.status is Status.CONDITIONAL
        return
    assert verdict.status is Status.NOT_LEGAL and verdict.eligible_from == boundary
    assert registry.evaluate(vehicle, "NZ", boundary).status is Status.CONDITIONAL
    assert registry.evaluate(vehicle, "NZ", boundary - ONE_DAY).status is Status.NOT_LEGAL


@given(
    day=st.dates(dt.date(1970, 1, 1), dt.date(2006, 11, 30)),
    on=st.dates(dt.date(2016, 3, 1), dt.date(2040, 1, 1)),
)
def test_the_unconfirmed_emissions_exemption_never_reads_legal(day: dt.date, on: dt.date) -> None:
    vehicle = Vehicle(manufactured=PartialDate(day.year, day.month, day.day), fuel="petrol")
    verdict = make_registry(kei_nz).evaluate(vehicle, "NZ", on)
    finding = verdict.finding("NZ-EMISSIONS-20Y-EXEMPT")
    assert finding.unconfirmed
    assert verdict.status is not Status.LEGAL


codes = st.one_of(
    st.from_regex(r"[0-9A-Z]{1,4}", fullmatch=True), st.from_regex(r"D[0-9A-Z]{2}", fullmatch=True)
)


@given(code=codes, year=st.integers(2000, 2024))
def test_only_a_2018_code_or_a_d_code_built_from_2012_meets_the_floor_of_2024(code: str, year: int) -> None:
    vehicle = Vehicle(manufactured=PartialDate(year), fuel="petrol", emission_code=code)
    outcome = emissions.approved_standard(vehicle, dt.date(2026, 12, 1))
    if outcome.status.permits_use:
        assert len(code) == 3 and (code[0] in "3456" or (code[0] == "D" and year >= 2012))
    if code[0] == "D" and len(code) == 3:
        assert outcome.status is (Status.CONDITIONAL if year >= 2012 else Status.NOT_LEGAL)
    if emissions.standard_of(code) is None:
        assert outcome.status is Status.UNKNOWN


@pytest.mark.parametrize(("rule", "check"), EXEMPTIONS)
@given(built=built, gap=st.integers(0, 3000), on=days)
def test_the_earlier_of_build_and_first_registration_abroad_decides(
    rule: str, check: Check, built: dt.date, gap: int, on: dt.date
) -> None:
    """'manufactured, or first registered outside of New Zealand, twenty years or more before': either
    date suffices, so the exemption holds from the 20th anniversary of the earlier one, and not before."""
    registered = built + dt.timedelta(days=gap)
    vehicle = Vehicle(
        manufactured=PartialDate(built.year, built.month, built.day),
        first_registered=PartialDate(registered.year, registered.month, registered.day),
    )
    outcome = check(vehicle, on)
    if on >= twentieth(built):
        assert outcome.status.permits_use
    else:
        assert outcome.status is Status.NOT_LEGAL and outcome.passes_from == twentieth(built)
