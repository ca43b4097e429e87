"""Australian states: NSW's Historic Vehicle Scheme (30 years as from the year of manufacture),
Tasmania's conditional registration, and the states where registration is undocumented."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_au
from kei_core import Modification, PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ON = dt.date(2026, 1, 22)
REGISTRY = make_registry(kei_au)


def nsw(made: PartialDate, on: dt.date):
    return REGISTRY.evaluate(Vehicle(manufactured=made), "AU-NSW", on)


def test_the_historic_scheme_counts_calendar_years_from_the_year_of_manufacture():
    assert nsw(PartialDate.parse("1996-12-31"), ON).finding("AU-NSW-CRS").status is Status.CONDITIONAL
    assert nsw(PartialDate.parse("1997-01-01"), ON).finding("AU-NSW-CRS").status is Status.UNKNOWN


def test_the_historic_scheme_comes_with_club_conditions_and_limited_use():
    verdict = nsw(PartialDate.parse("1990-03"), ON)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.pathways["AU-NSW-REGISTRATION"] == "AU-NSW-CRS"
    assert any("club" in condition for condition in verdict.conditions)
    assert [r.kind for r in verdict.restrictions] == ["nsw_historic_vehicle_scheme"]


def test_a_significantly_modified_old_truck_is_for_the_club_to_judge():
    truck = Vehicle(
        manufactured=PartialDate.parse("1990-03"),
        modifications=(Modification(PartialDate.parse("1992-01"), "a V-twin engine"),),
    )
    result = REGISTRY.evaluate(truck, "AU-NSW", ON).finding("AU-NSW-CRS")
    assert result.status is Status.UNKNOWN


def test_tasmania_registers_conditionally_with_restrictions_never_fully_legal():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("1999-11")), "AU-TAS", ON)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.finding("AU-TAS-CRS").policy
    assert [r.kind for r in verdict.restrictions] == ["tas_conditional_registration"]


@pytest.mark.parametrize("code", ["AU-VIC", "AU-QLD", "AU-SA", "AU-WA", "AU-NT", "AU-ACT"])
def test_other_states_are_unknown_with_the_reason_never_legal(code):
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("1990-03")), code, ON)
    assert verdict.status is Status.UNKNOWN
    result = verdict.finding(f"{code}-REG")
    assert result.status is Status.UNKNOWN
    assert "no official guidance" in result.message


years = st.integers(min_value=1960, max_value=2025)
partial_dates = st.builds(
    lambda day, precision: PartialDate.parse(
        day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    ),
    st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
days = st.dates(min_value=dt.date(2019, 12, 10), max_value=dt.date(2060, 12, 31))


@given(made=partial_dates, on=days)
def test_30_calendar_years_after_the_year_of_manufacture_the_scheme_never_fails(made, on):
    if on.year - made.year >= 30:
        assert nsw(made, on).finding("AU-NSW-CRS").status is Status.CONDITIONAL


@given(made=partial_dates, on=days)
def test_under_30_calendar_years_the_scheme_never_admits(made, on):
    if on.year - made.year < 30:
        assert not nsw(made, on).finding("AU-NSW-CRS").status.permits_use


@given(made=partial_dates, on=days, later=st.integers(min_value=0, max_value=4000))
def test_waiting_never_makes_the_nsw_answer_worse(made, on, later):
    assert nsw(made, on + dt.timedelta(days=later)).status <= nsw(made, on).status


@given(made=partial_dates, on=days)
def test_nsw_eligible_from_is_the_first_day_nothing_time_related_blocks(made, on):
    verdict = nsw(made, on)
    if verdict.eligible_from is None:
        return
    day = verdict.eligible_from
    assert day in (dt.date(made.year + 30, 1, 1), years_after_latest(made, 25))
    assert not any(f.time_blocked for f in nsw(made, day).findings)
    assert any(f.time_blocked for f in nsw(made, day - dt.timedelta(days=1)).findings)


def years_after_latest(made: PartialDate, years: int) -> dt.date:
    day = made.latest()
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)
