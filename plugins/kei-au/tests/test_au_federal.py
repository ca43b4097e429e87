"""Australia, Commonwealth: the older-vehicle route (relevant build date at least 25 years before
the date of application), which makes a truck eligible to apply for the import approval."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import kei_au
from kei_core import Modification, PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ON = dt.date(2026, 1, 22)
REGISTRY = make_registry(kei_au)


def older(vehicle: Vehicle, on: dt.date):
    result = REGISTRY.evaluate(vehicle, "AU", on).finding("AU-OLDER-25Y")
    assert result is not None
    return result


def years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def eligible(result) -> bool:
    """Eligible to apply: conditional on the approval, which the truck does not yet hold."""
    return result.status is Status.CONDITIONAL


def test_the_25_years_count_to_the_date_of_application():
    truck = Vehicle(manufactured=PartialDate.parse("2001-01-22"))
    assert eligible(older(truck, ON))
    assert "date of application" in older(truck, ON).message
    assert older(truck, ON - dt.timedelta(days=1)).status is Status.NOT_LEGAL


def test_a_1999_acty_is_eligible_to_apply_but_not_legal_until_the_approval_is_held():
    # Audit scenario 11: an Acty HA6 built July 1999, asked on 2026-11-30.
    acty = Vehicle(make="Honda", model="Acty", model_code="HA6", manufactured=PartialDate.parse("1999-07"))
    result = older(acty, dt.date(2026, 11, 30))
    assert result.status is Status.CONDITIONAL
    assert "eligible to apply" in result.message and "discretionary" in result.message
    verdict = REGISTRY.evaluate(acty, "AU", dt.date(2026, 11, 30))
    assert any(c.startswith("Apply for a concessional RAV entry approval") for c in verdict.conditions)


def test_with_the_concessional_rav_entry_approval_in_hand_the_route_is_met():
    acty = Vehicle(manufactured=PartialDate.parse("1999-07"), documents=("import_approval",))
    result = older(acty, dt.date(2026, 11, 30))
    assert result.status is Status.LEGAL
    verdict = REGISTRY.evaluate(acty, "AU", dt.date(2026, 11, 30))
    assert not any(c.startswith("Apply for") for c in verdict.conditions)
    assert any("Register of Approved Vehicles" in c for c in verdict.conditions)


def test_a_significant_modification_moves_the_relevant_build_date_to_its_completion():
    truck = Vehicle(
        manufactured=PartialDate.parse("1990-04"),
        modifications=(Modification(PartialDate.parse("2003-08-15"), "left-hand-drive conversion"),),
    )
    result = older(truck, ON)
    assert result.status is Status.NOT_LEGAL
    assert result.passes_from == dt.date(2028, 8, 15)
    assert "left-hand-drive conversion" in result.message


def test_an_undated_significant_modification_is_unknown_and_time_does_not_cure_it():
    truck = Vehicle(
        manufactured=PartialDate.parse("1990-04"), modifications=(Modification(None, "new chassis"),)
    )
    result = older(truck, ON)
    assert result.status is Status.UNKNOWN
    assert result.passes_from is None


def test_a_younger_truck_without_a_model_code_cannot_be_matched_against_the_sevs_register():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("2015-06")), "AU", ON)
    sevs = verdict.finding("AU-SEVS")
    assert sevs.status is Status.UNKNOWN
    assert "model code" in sevs.message
    assert verdict.status is Status.UNKNOWN


def test_before_the_older_vehicle_route_opened_no_route_is_in_force():
    verdict = REGISTRY.evaluate(Vehicle(manufactured=PartialDate.parse("1980-06")), "AU", dt.date(2019, 6, 1))
    assert verdict.status is Status.UNKNOWN


partial_dates = st.builds(
    lambda day, precision: PartialDate.parse(
        day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    ),
    st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2025, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
modifications = st.lists(
    st.builds(Modification, partial_dates, st.just("an engine swap"), st.booleans()), max_size=2
)
trucks = st.builds(
    lambda made, mods: Vehicle(manufactured=made, modifications=tuple(mods)), partial_dates, modifications
)
days = st.dates(min_value=dt.date(2019, 12, 10), max_value=dt.date(2055, 12, 31))


def relevant_dates(truck: Vehicle) -> list[PartialDate]:
    return [truck.manufactured] + [m.date for m in truck.modifications if m.significant]


@given(truck=trucks, on=days)
def test_25_years_after_every_relevant_date_never_fails(truck, on):
    if all(on >= years_after(date.latest(), 25) for date in relevant_dates(truck)):
        assert eligible(older(truck, on))


@given(truck=trucks, on=days)
def test_age_alone_is_never_legal_and_the_approval_makes_an_eligible_truck_legal(truck, on):
    approved = Vehicle(
        manufactured=truck.manufactured, modifications=truck.modifications, documents=("import_approval",)
    )
    assert older(truck, on).status is not Status.LEGAL
    assert (older(approved, on).status is Status.LEGAL) == eligible(older(truck, on))


@given(truck=trucks, on=days)
def test_under_25_years_from_any_relevant_date_always_fails(truck, on):
    if any(on < years_after(date.earliest(), 25) for date in relevant_dates(truck)):
        assert older(truck, on).status is Status.NOT_LEGAL


@given(truck=trucks, on=days, later=st.integers(min_value=0, max_value=4000))
def test_waiting_never_makes_the_older_vehicle_answer_worse(truck, on, later):
    assert older(truck, on + dt.timedelta(days=later)).status <= older(truck, on).status


@given(truck=trucks, on=days, made=partial_dates)
def test_a_further_significant_modification_never_helps(truck, on, made):
    modified = Vehicle(
        manufactured=truck.manufactured, modifications=(*truck.modifications, Modification(made))
    )
    assert older(modified, on).status >= older(truck, on).status


@given(truck=trucks, on=days)
def test_the_older_route_passes_on_its_passes_from_and_not_the_day_before(truck, on):
    result = older(truck, on)
    if result.passes_from is None:
        return
    assert result.passes_from == max(years_after(date.latest(), 25) for date in relevant_dates(truck))
    assert eligible(older(truck, result.passes_from))
    assert not eligible(older(truck, result.passes_from - dt.timedelta(days=1)))
