"""Properties of the federal age rules and verdicts, for any build date and any date asked."""

from __future__ import annotations

import calendar
import datetime as dt

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import kei_us
from kei_core import PartialDate, Rule, Status, Vehicle, anniversary
from kei_core.testing import make_registry

REGISTRY = make_registry(kei_us)
RULES = {item.id: item for item in kei_us.kei_rules() if isinstance(item, Rule)}
IVSCA = dt.date(1990, 1, 31)


def check(rule_id: str, vehicle: Vehicle, on: dt.date) -> Status:
    rule = RULES[rule_id]
    assert rule.check is not None
    return rule.check(vehicle, on).status


@st.composite
def partial_dates(draw: st.DrawFn, first: int = 1955, last: int = 2045) -> PartialDate:
    year = draw(st.integers(first, last))
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    return PartialDate(year, month, draw(st.integers(1, calendar.monthrange(year, month)[1])))


asked = st.dates(IVSCA, dt.date(2075, 12, 31))
documents = st.frozensets(
    st.sampled_from(
        [
            "off_road_title",
            "hs7",
            "epa_3520_1",
            "cbp_7501",
            "nhtsa_eligibility_decision",
            "lsv_certification_label",
            "fmvss_certification_label",
        ]
    ),
    max_size=3,
)


@st.composite
def trucks(draw: st.DrawFn) -> Vehicle:
    return Vehicle(
        make="Suzuki",
        model="Carry",
        manufactured=draw(st.none() | partial_dates()),
        first_registered=draw(st.none() | partial_dates()),
        original_configuration=draw(st.sampled_from([True, False, None])),
        top_speed_kmh=draw(st.sampled_from([None, 30, 40, 120])),
        gvwr_kg=draw(st.sampled_from([None, 1000, 1200, 1400])),
        documents=draw(documents),
        equipment=draw(st.sampled_from([frozenset(), frozenset({"speed_governor"})])),
    )


# --- US-FMVSS-25Y --------------------------------------------------------------------------------


@given(built=partial_dates(), on=asked, registered=st.none() | partial_dates())
def test_a_truck_25_years_old_even_on_its_latest_possible_day_never_fails(built, on, registered):
    truck = Vehicle(manufactured=built, first_registered=registered)
    if anniversary(built.latest(), 25) <= on:
        assert check("US-FMVSS-25Y", truck, on) is Status.LEGAL


@given(built=partial_dates(), on=asked, registered=st.none() | partial_dates())
def test_a_truck_under_25_even_on_its_earliest_possible_day_always_fails(built, on, registered):
    truck = Vehicle(manufactured=built, first_registered=registered)
    if anniversary(built.earliest(), 25) > on:
        assert check("US-FMVSS-25Y", truck, on) is Status.NOT_LEGAL


# --- US-EPA-21Y ----------------------------------------------------------------------------------


@given(built=partial_dates(), on=asked)
def test_epa_counts_whole_calendar_years(built, on):
    truck = Vehicle(manufactured=built, original_configuration=True)
    expected = Status.LEGAL if on.year - built.year >= 21 else Status.NOT_LEGAL
    assert check("US-EPA-21Y", truck, on) is expected


# --- eligible_from and monotonicity --------------------------------------------------------------

AGE_RULES = ("US-FMVSS-25Y", "US-EPA-21Y")


@settings(max_examples=150)
@given(built=partial_dates(1960, 2040), on=asked)
def test_on_eligible_from_the_age_findings_pass_and_on_the_day_before_they_do_not(built, on):
    truck = Vehicle(make="Honda", model="Acty", manufactured=built, original_configuration=True)
    verdict = REGISTRY.evaluate(truck, "US", on)
    if verdict.status.permits_use:
        assert verdict.eligible_from is None
        return
    day = verdict.eligible_from
    assert day is not None and day > on
    then = REGISTRY.evaluate(truck, "US", day)
    assert then.status.permits_use
    assert all(then.finding(rule).status.permits_use for rule in AGE_RULES)
    before = REGISTRY.evaluate(truck, "US", day - dt.timedelta(days=1))
    assert not all(before.finding(rule).status.permits_use for rule in AGE_RULES)
    assert day == max(anniversary(built.latest(), 25), dt.date(built.year + 21, 1, 1))


# Periods over which the set of federal rules in force (and folded) does not change.
STEADY = [(IVSCA, dt.date(1998, 6, 16)), (dt.date(1998, 6, 17), dt.date(2075, 12, 31))]


@st.composite
def two_days_in_one_steady_period(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    start, end = draw(st.sampled_from(STEADY))
    first = draw(st.dates(start, end))
    return first, draw(st.dates(first, end))


@settings(max_examples=200)
@given(truck=trucks(), days=two_days_in_one_steady_period())
def test_verdicts_only_improve_with_time_while_the_rules_stay_the_same(truck, days):
    earlier, later = (REGISTRY.evaluate(truck, "US", day) for day in days)
    assert later.status <= earlier.status


@settings(max_examples=200)
@given(truck=trucks(), on=asked)
def test_an_off_road_import_never_reads_legal(truck, on):
    if "off_road_title" in truck.documents and "hs7" not in truck.documents:
        assert not REGISTRY.evaluate(truck, "US", on).status.permits_use


@pytest.mark.parametrize("rule_id", sorted(RULES))
@settings(max_examples=60)
@given(truck=trucks(), on=asked)
def test_every_rule_answers_every_vehicle_without_crashing(rule_id, truck, on):
    rule = RULES[rule_id]
    if rule.check is not None:
        assert rule.check(truck, on).message
