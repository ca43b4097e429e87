"""Canada, federal: the 15-year exclusion of MVSR s. 4(2)(a)(ii), counted the certain way, with
Transport Canada's month-and-year count shipped as an unconfirmed reading."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_ca
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ON = dt.date(2026, 1, 22)
AGE_RULES = ("CA-MVSR-15Y", "CA-ECCC-EMISS")
REGISTRY = make_registry(kei_ca)


def finding(made: PartialDate | str | None, on: dt.date, rule: str = "CA-MVSR-15Y"):
    vehicle = Vehicle(manufactured=None if made is None else PartialDate.parse(made))
    result = REGISTRY.evaluate(vehicle, "CA", on).finding(rule)
    assert result is not None
    return result


def years_after(day: dt.date, years: int) -> dt.date:
    """The anniversary, 29 February rolling to 1 March (kei's declared convention)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def first_of_month_after(day: dt.date, years: int) -> dt.date:
    """The most favourable reading of "month and year": the first day of the anniversary month."""
    return dt.date(day.year + years, day.month, 1)


def test_a_truck_built_on_2011_01_22_is_certainly_15_on_2026_01_22():
    result = finding("2011-01-22", ON)
    assert result.status is Status.LEGAL
    assert not result.unconfirmed
    assert "date of importation" in result.message


def test_built_the_next_day_it_passes_only_by_month_and_year_and_says_so():
    result = finding("2011-01-23", ON)
    assert result.status is Status.CONDITIONAL
    assert result.unconfirmed
    assert result.passes_from == dt.date(2026, 1, 23)


def test_a_september_2013_build_is_certain_from_30_september_2028():
    result = finding("2013-09", dt.date(2026, 1, 22))
    assert result.status is Status.NOT_LEGAL
    assert result.passes_from == dt.date(2028, 9, 30)
    assert "2028-09-01" in result.message
    assert finding("2013-09", dt.date(2028, 8, 31)).status is Status.NOT_LEGAL
    early = finding("2013-09", dt.date(2028, 9, 1))
    assert (early.status, early.unconfirmed) == (Status.CONDITIONAL, True)
    assert finding("2013-09", dt.date(2028, 9, 30)).status is Status.LEGAL


def test_no_date_of_manufacture_is_unknown_never_legal():
    result = finding(None, ON)
    assert result.status is Status.UNKNOWN
    assert "manufacture" in result.message


def test_a_japanese_truck_has_no_route_but_the_15_years():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("2020-05")), "CA", ON)
    assert verdict.finding("CA-NONUS-BAR").status is Status.NOT_LEGAL
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2035, 5, 31)


def test_an_admitted_truck_still_has_to_prove_its_age_at_the_border():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("2005-06")), "CA", ON)
    assert verdict.status is Status.CONDITIONAL  # the emission exclusion is unconfirmed
    assert any("CBSA" in condition for condition in verdict.conditions)


partial_dates = st.builds(
    lambda day, precision: PartialDate.parse(
        day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    ),
    st.dates(min_value=dt.date(1985, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
days = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2045, 12, 31))


@pytest.mark.parametrize("rule", AGE_RULES)
@given(made=partial_dates, on=days)
def test_15_years_after_the_latest_possible_day_never_fails(rule, made, on):
    if on >= years_after(made.latest(), 15):
        assert finding(made, on, rule).status.permits_use
        assert finding(made, on, "CA-MVSR-15Y").status is Status.LEGAL


@pytest.mark.parametrize("rule", AGE_RULES)
@given(made=partial_dates, on=days)
def test_before_even_the_month_reading_allows_it_always_fails(rule, made, on):
    if on < first_of_month_after(made.earliest(), 15):
        assert finding(made, on, rule).status is Status.NOT_LEGAL


@pytest.mark.parametrize("rule", AGE_RULES)
@given(made=partial_dates, on=days, later=st.integers(min_value=0, max_value=4000))
def test_waiting_never_makes_the_answer_worse(rule, made, on, later):
    before = finding(made, on, rule).status
    after = finding(made, on + dt.timedelta(days=later), rule).status
    assert after <= before


@given(made=partial_dates, on=days)
def test_on_eligible_from_the_truck_is_certainly_15_and_the_day_before_it_is_not(made, on):
    verdict = REGISTRY.evaluate(Vehicle(manufactured=made), "CA", on)
    if verdict.eligible_from is None:
        return
    assert verdict.eligible_from == years_after(made.latest(), 15)
    assert finding(made, verdict.eligible_from).status is Status.LEGAL
    assert finding(made, verdict.eligible_from - dt.timedelta(days=1)).status is not Status.LEGAL
