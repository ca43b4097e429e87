"""Properties the Swiss rules keep for any date a truck may carry.

The veteran entry ("first registration more than 30 years ago"): over the threshold it never fails,
under it it always fails, it only gets better in time, and on its ``passes_from`` it passes while the
day before it does not. And what no age changes: without an accepted emission and noise proof no
Swiss answer is better than unknown, the veteran's limits are never imposed on the ordinary route,
and right-hand drive, found neither allowed nor barred, never changes a verdict.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kei_ch
from kei_ch import veteran
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ONE_DAY = dt.timedelta(days=1)
IN_FORCE = dt.date(2026, 12, 1)
RANK = {Status.LEGAL: 0, Status.CONDITIONAL: 0, Status.UNKNOWN: 1, Status.NOT_LEGAL: 2}
REGISTRY = make_registry(kei_ch)


def years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the conservative later day, as kei_core counts
        return dt.date(day.year + years, 3, 1)


def more_than_thirty(day: dt.date) -> dt.date:
    """Written out apart from the plugin: the day after the 30th anniversary."""
    return years_later(day, 30) + ONE_DAY


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    return PartialDate(day.year, day.month) if precision == "month" else PartialDate(day.year)


def near(day: dt.date) -> st.SearchStrategy[dt.date]:
    """A date asked within about three years either side of ``day``, where the answers change."""
    return st.integers(-1100, 1100).map(lambda offset: day + dt.timedelta(days=offset))


def private_truck(registered: PartialDate) -> Vehicle:
    return Vehicle(first_registered=registered, commercial_use=False, original_configuration=True)


@given(data=st.data())
def test_over_thirty_years_the_veteran_entry_never_fails(data: st.DataObject) -> None:
    registered = data.draw(partial_dates())
    on = data.draw(near(more_than_thirty(registered.latest())))
    assume(on >= more_than_thirty(registered.latest()))
    outcome = veteran.veteran_entry(private_truck(registered), on)
    assert outcome.status is Status.CONDITIONAL
    assert {r.kind for r in outcome.restrictions} == {"limited_use", "ch.max_km_per_year"}


@given(data=st.data())
def test_thirty_years_or_less_the_veteran_entry_always_fails(data: st.DataObject) -> None:
    registered = data.draw(partial_dates())
    on = data.draw(near(more_than_thirty(registered.earliest())))
    assume(on < more_than_thirty(registered.earliest()))
    assert veteran.veteran_entry(private_truck(registered), on).status is Status.NOT_LEGAL


@given(data=st.data())
def test_the_veteran_entry_only_gets_better_in_time(data: st.DataObject) -> None:
    registered = data.draw(partial_dates())
    days = data.draw(st.lists(near(more_than_thirty(registered.earliest())), min_size=2, max_size=2))
    early, late = sorted(days)
    truck = private_truck(registered)
    assert RANK[veteran.veteran_entry(truck, late).status] <= RANK[veteran.veteran_entry(truck, early).status]


@given(data=st.data())
def test_the_veteran_entry_passes_on_passes_from_and_not_the_day_before(data: st.DataObject) -> None:
    registered = data.draw(partial_dates())
    truck = private_truck(registered)
    outcome = veteran.veteran_entry(truck, data.draw(near(more_than_thirty(registered.earliest()))))
    assume(not outcome.status.permits_use and outcome.passes_from is not None)
    day = outcome.passes_from
    assert day == more_than_thirty(registered.latest())
    assert veteran.veteran_entry(truck, day).status.permits_use
    assert not veteran.veteran_entry(truck, day - ONE_DAY).status.permits_use


@given(registered=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2080, 12, 31)))
def test_a_truck_in_commercial_use_never_gets_the_veteran_entry(registered: PartialDate, on: dt.date) -> None:
    truck = Vehicle(first_registered=registered, commercial_use=True, original_configuration=True)
    outcome = veteran.veteran_entry(truck, on)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from is None


@given(built=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31)))
def test_without_a_first_registration_the_veteran_entry_is_never_given(
    built: PartialDate, on: dt.date
) -> None:
    """The 30 years run from the first registration, which may be years after the build: the build
    date bounds it (a fail while even the build is too recent) but never grants the entry."""
    truck = Vehicle(manufactured=built, commercial_use=False, original_configuration=True)
    outcome = veteran.veteran_entry(truck, on)
    assert not outcome.status.permits_use
    assert not outcome.restrictions
    if on < more_than_thirty(built.earliest()):
        assert outcome.status is Status.NOT_LEGAL


trucks = st.builds(
    Vehicle,
    first_registered=st.none() | partial_dates(),
    commercial_use=st.sampled_from([None, True, False]),
    original_configuration=st.sampled_from([None, True, False]),
    steering=st.sampled_from([None, "right", "left"]),
)
asked = st.dates(IN_FORCE, dt.date(2070, 12, 31))


@settings(max_examples=60)
@given(truck=trucks, on=asked)
def test_without_an_emission_and_noise_proof_no_age_makes_switzerland_better_than_unknown(
    truck: Vehicle, on: dt.date
) -> None:
    verdict = REGISTRY.evaluate(truck, "CH", on)
    assert RANK[verdict.status] >= RANK[Status.UNKNOWN]
    assert verdict.eligible_from is None  # what stands in the way is a proof, not time


@settings(max_examples=60)
@given(truck=trucks, on=asked)
def test_with_the_proof_the_ordinary_inspection_decides_and_imposes_no_veteran_limits(
    truck: Vehicle, on: dt.date
) -> None:
    proven = Vehicle(
        first_registered=truck.first_registered,
        commercial_use=truck.commercial_use,
        original_configuration=truck.original_configuration,
        documents={"ch.emissions_noise_proof"},
    )
    verdict = REGISTRY.evaluate(proven, "CH", on)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.pathways["CH-REGISTRATION"] == "CH-EINZELPRUEFUNG"
    assert verdict.restrictions == ()


@settings(max_examples=40)
@given(registered=partial_dates(), on=asked, proof=st.booleans())
def test_right_hand_drive_never_changes_the_swiss_verdict(
    registered: PartialDate, on: dt.date, proof: bool
) -> None:
    documents = {"ch.emissions_noise_proof"} if proof else set()
    right, left = (
        REGISTRY.evaluate(Vehicle(first_registered=registered, steering=side, documents=documents), "CH", on)
        for side in ("right", "left")
    )
    assert right.status is left.status
    assert right.eligible_from == left.eligible_from
