"""Québec's right-hand-drive order (25 years), its 2009 history, and provinces whose
registration of an imported kei truck is undocumented (unknown, never legal)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_ca
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ON = dt.date(2026, 1, 22)
REGISTRY = make_registry(kei_ca)


def rhd(made: PartialDate, on: dt.date, steering: str | None = "right"):
    verdict = REGISTRY.evaluate(Vehicle(manufactured=made, steering=steering), "CA-QC", on)
    return verdict.finding("CA-QC-RHD")


def years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def test_the_order_counts_25_years_to_the_day_the_truck_is_on_the_road():
    assert rhd(PartialDate.parse("2001-01-22"), ON).status is Status.LEGAL
    late = rhd(PartialDate.parse("2001-01-23"), ON)
    assert late.status is Status.NOT_LEGAL
    assert late.passes_from == dt.date(2026, 1, 23)
    assert "public road" in late.message


def test_a_carry_built_september_2011_is_barred_from_quebec_roads_until_2036_09_30():
    # Audit scenario 6: C-24.2, r. 1, art. 1, exception 2° « dont la fabrication date de 25 ans ou plus ».
    result = rhd(PartialDate.parse("2011-09"), dt.date(2026, 11, 30))
    assert result.status is Status.NOT_LEGAL
    assert result.passes_from == dt.date(2036, 9, 30)
    assert result.message.startswith("Right-hand drive and built September 2011")


def test_the_same_carry_converted_to_left_hand_drive_is_no_longer_munis_dun_poste_de_conduite_a_droite():
    # Audit scenario 7: the order bars vehicles « munis d'un poste de conduite à droite », as they are.
    truck = Vehicle(
        manufactured=PartialDate.parse("2011-09"),
        steering="left",
        equipment=("left_hand_drive_conversion",),
        original_configuration=False,
    )
    verdict = REGISTRY.evaluate(truck, "CA-QC", dt.date(2026, 11, 30))
    assert verdict.finding("CA-QC-RHD").status is Status.LEGAL  # type: ignore[union-attr]
    assert verdict.status is Status.UNKNOWN  # the SAAQ's registration of it is undocumented


def test_left_hand_drive_is_outside_the_order_at_any_age():
    assert rhd(PartialDate.parse("2020-03"), ON, steering="left").status is Status.LEGAL


def test_without_the_steering_side_a_young_truck_is_unknown_until_25_years_settle_it():
    result = rhd(PartialDate.parse("2010-12"), ON, steering=None)
    assert result.status is Status.UNKNOWN
    assert result.passes_from == dt.date(2035, 12, 31)
    assert rhd(PartialDate.parse("2000-12"), ON, steering=None).status is Status.LEGAL


def test_the_2009_70_kmh_rule_is_history_shown_only_for_its_years_and_unconfirmed():
    truck = Vehicle(manufactured=PartialDate.parse("1995-06"), steering="right")
    in_2010 = REGISTRY.evaluate(truck, "CA-QC", dt.date(2010, 1, 15)).finding("CA-QC-KEI-70")
    assert in_2010 is not None and in_2010.unconfirmed
    assert REGISTRY.evaluate(truck, "CA-QC", ON).finding("CA-QC-KEI-70") is None


@pytest.mark.parametrize(
    "code, rule", [("CA-QC", "CA-QC-REG"), ("CA-BC", "CA-BC-REG"), ("CA-ON", "CA-ON-REG")]
)
def test_registration_of_an_admitted_truck_is_unknown_with_whom_to_ask(code, rule):
    verdict = REGISTRY.evaluate(
        Vehicle(manufactured=PartialDate.parse("1995-06"), steering="right"), code, ON
    )
    assert verdict.status is Status.UNKNOWN
    assert verdict.finding(rule).status is Status.UNKNOWN
    assert any(text.startswith("ask ") for text in verdict.settle)


def test_british_columbia_says_ask_icbc():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("2005-06")), "CA-BC", ON)
    assert "ICBC" in verdict.finding("CA-BC-REG").message


partial_dates = st.builds(
    lambda day, precision: PartialDate.parse(
        day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    ),
    st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
days = st.dates(min_value=dt.date(2012, 9, 1), max_value=dt.date(2055, 12, 31))


@given(made=partial_dates, on=days)
def test_25_years_after_the_latest_possible_day_never_fails(made, on):
    if on >= years_after(made.latest(), 25):
        assert rhd(made, on).status is Status.LEGAL


@given(made=partial_dates, on=days)
def test_under_25_years_even_from_the_earliest_day_always_fails(made, on):
    if on < years_after(made.earliest(), 25):
        assert rhd(made, on).status is Status.NOT_LEGAL


@given(made=partial_dates, on=days, later=st.integers(min_value=0, max_value=4000))
def test_waiting_never_makes_the_right_hand_drive_answer_worse(made, on, later):
    assert rhd(made, on + dt.timedelta(days=later)).status <= rhd(made, on).status


@given(made=partial_dates, on=days)
def test_on_eligible_from_nothing_time_related_stands_in_the_way_and_the_day_before_it_does(made, on):
    verdict = REGISTRY.evaluate(Vehicle(manufactured=made, steering="right"), "CA-QC", on)
    if verdict.eligible_from is None:
        return
    day = verdict.eligible_from
    assert day == years_after(made.latest(), 25)
    assert rhd(made, day).status is Status.LEGAL
    before = REGISTRY.evaluate(
        Vehicle(manufactured=made, steering="right"), "CA-QC", day - dt.timedelta(days=1)
    )
    assert any(f.time_blocked for f in before.findings)
