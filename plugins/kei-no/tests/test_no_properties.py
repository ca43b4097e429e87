"""Properties the Norwegian rules keep for any date a truck may carry.

The preservation-worthy route (30 years, counted to the day from the later of the build and
first-registration dates): over the threshold it never fails, under it it never permits use, it only
gets better in time, on its ``passes_from`` it passes while the day before it does not, a build date
never reads more favourably than the first registration alone, and without a first registration the
route never opens (nor reads better than with any first registration the build date allows). For the
whole answer: ``eligible_from`` is exact (conditional that day, not the day before), a truck without
its first registration and without documentation is never conditional, and right-hand drive, found
neither allowed nor barred, changes nothing.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

import kei_no
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry
from kei_no import preservation

ONE_DAY = dt.timedelta(days=1)
IN_FORCE = dt.date(2026, 12, 1)
RANK = {Status.LEGAL: 0, Status.CONDITIONAL: 0, Status.UNKNOWN: 1, Status.NOT_LEGAL: 2}
REGISTRY = make_registry(kei_no)
DATED = (("first_registered",), ("manufactured", "first_registered"))
"""The dates a truck gives: its first registration alone, or built and registered on the same day."""


def thirty_years(day: dt.date) -> dt.date:
    """Written out apart from the plugin: the 30th anniversary (29 February: 1 March)."""
    try:
        return day.replace(year=day.year + 30)
    except ValueError:
        return dt.date(day.year + 30, 3, 1)


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


def truck(fields: tuple[str, ...], when: PartialDate, **more: object) -> Vehicle:
    return Vehicle(**dict.fromkeys(fields, when), original_configuration=True, **more)  # type: ignore[arg-type]


@given(fields=st.sampled_from(DATED), data=st.data())
def test_at_thirty_years_the_route_never_fails(fields: tuple[str, ...], data: st.DataObject) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(thirty_years(when.latest())))
    assume(on >= thirty_years(when.latest()))
    outcome = preservation.preservation_worthy(truck(fields, when), on)
    assert outcome.status is Status.CONDITIONAL
    assert [r.kind for r in outcome.restrictions] == ["no.bevaringsverdig_use_limits"]


@given(fields=st.sampled_from(DATED), data=st.data())
def test_under_thirty_years_the_route_never_permits_use(fields: tuple[str, ...], data: st.DataObject) -> None:
    when = data.draw(partial_dates())
    on = data.draw(near(thirty_years(when.earliest())))
    assume(on < thirty_years(when.earliest()))
    outcome = preservation.preservation_worthy(truck(fields, when), on)
    assert not outcome.status.permits_use
    assert outcome.passes_from == thirty_years(when.latest())


@given(fields=st.sampled_from(DATED), data=st.data())
def test_the_route_only_gets_better_in_time(fields: tuple[str, ...], data: st.DataObject) -> None:
    when = data.draw(partial_dates())
    early, late = sorted(data.draw(st.lists(near(thirty_years(when.earliest())), min_size=2, max_size=2)))
    vehicle = truck(fields, when)
    assert (
        RANK[preservation.preservation_worthy(vehicle, late).status]
        <= RANK[preservation.preservation_worthy(vehicle, early).status]
    )


@given(fields=st.sampled_from(DATED), data=st.data())
def test_the_route_opens_on_passes_from_and_not_the_day_before(
    fields: tuple[str, ...], data: st.DataObject
) -> None:
    when = data.draw(partial_dates())
    vehicle = truck(fields, when)
    outcome = preservation.preservation_worthy(vehicle, data.draw(near(thirty_years(when.earliest()))))
    assume(not outcome.status.permits_use and outcome.passes_from is not None)
    day = outcome.passes_from
    assert preservation.preservation_worthy(vehicle, day).status.permits_use
    assert not preservation.preservation_worthy(vehicle, day - ONE_DAY).status.permits_use


@given(
    built=partial_dates(), registered=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2070, 12, 31))
)
def test_a_build_date_never_reads_more_favourably_than_the_first_registration_alone(
    built: PartialDate, registered: PartialDate, on: dt.date
) -> None:
    both = preservation.preservation_worthy(
        Vehicle(manufactured=built, first_registered=registered, original_configuration=True), on
    )
    alone = preservation.preservation_worthy(truck(("first_registered",), registered), on)
    assert RANK[both.status] >= RANK[alone.status]


@given(built=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2080, 12, 31)))
def test_without_a_first_registration_the_route_never_opens(built: PartialDate, on: dt.date) -> None:
    outcome = preservation.preservation_worthy(truck(("manufactured",), built), on)
    assert outcome.status is Status.UNKNOWN
    assert outcome.passes_from is None  # time alone cannot settle a date that is not given
    assert not outcome.restrictions


@given(built=partial_dates(), later=st.integers(0, 20 * 366), data=st.data())
def test_a_missing_first_registration_never_reads_better_than_any_it_could_be(
    built: PartialDate, later: int, data: st.DataObject
) -> None:
    registered_on = built.latest() + dt.timedelta(days=later)
    registered = PartialDate(registered_on.year, registered_on.month, registered_on.day)
    on = data.draw(near(thirty_years(registered_on)))
    without = preservation.preservation_worthy(truck(("manufactured",), built), on)
    with_it = preservation.preservation_worthy(
        Vehicle(manufactured=built, first_registered=registered, original_configuration=True), on
    )
    assert RANK[without.status] >= RANK[with_it.status]


@given(registered=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2070, 12, 31)))
def test_a_modified_truck_is_never_found_preservation_worthy(registered: PartialDate, on: dt.date) -> None:
    outcome = preservation.preservation_worthy(
        Vehicle(first_registered=registered, original_configuration=False), on
    )
    assert outcome.status is Status.UNKNOWN
    assert outcome.passes_from is None  # time does not make a modified truck original


@given(registered=partial_dates(), on=st.dates(dt.date(1990, 1, 1), dt.date(2080, 12, 31)))
def test_a_truck_in_commercial_use_is_never_found_preservation_worthy(
    registered: PartialDate, on: dt.date
) -> None:
    """The use limits were not read: they may exclude work, so work never reads conditional."""
    outcome = preservation.preservation_worthy(
        truck(("first_registered",), registered, commercial_use=True), on
    )
    assert not outcome.status.permits_use
    assert not outcome.restrictions


@settings(max_examples=60)
@given(registered=partial_dates(), on=st.dates(IN_FORCE, dt.date(2060, 12, 31)))
def test_eligible_from_is_exact(registered: PartialDate, on: dt.date) -> None:
    vehicle = truck(("first_registered",), registered)
    verdict = REGISTRY.evaluate(vehicle, "NO", on)
    if verdict.status is Status.CONDITIONAL:
        assert verdict.eligible_from is None
        return
    assert verdict.eligible_from == max(thirty_years(registered.latest()), IN_FORCE)
    assert REGISTRY.evaluate(vehicle, "NO", verdict.eligible_from).status is Status.CONDITIONAL
    before = verdict.eligible_from - ONE_DAY
    if before > on:
        assert REGISTRY.evaluate(vehicle, "NO", before).status is not Status.CONDITIONAL


@settings(max_examples=60)
@given(built=partial_dates(), on=st.dates(IN_FORCE, dt.date(2080, 12, 31)))
def test_without_first_registration_or_documentation_norway_is_never_conditional(
    built: PartialDate, on: dt.date
) -> None:
    verdict = REGISTRY.evaluate(truck(("manufactured",), built), "NO", on)
    assert verdict.status is Status.UNKNOWN
    assert verdict.restrictions == ()


@settings(max_examples=40)
@given(registered=partial_dates(), on=st.dates(IN_FORCE, dt.date(2070, 12, 31)), documented=st.booleans())
def test_right_hand_drive_never_changes_the_norwegian_verdict(
    registered: PartialDate, on: dt.date, documented: bool
) -> None:
    documents = {"no.requirement_documentation"} if documented else set()
    right, left = (
        REGISTRY.evaluate(Vehicle(first_registered=registered, steering=side, documents=documents), "NO", on)
        for side in ("right", "left")
    )
    assert right.status is left.status
    assert right.eligible_from == left.eligible_from
