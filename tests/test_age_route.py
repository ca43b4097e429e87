"""kei_core.age_route: the answer of a route that opens at an age, as a plugin's check relies on it."""

from __future__ import annotations

import datetime as dt

import pytest

import kei_core
from kei_core import (
    AgeRule,
    AgeTest,
    AgeThreshold,
    Granularity,
    Outcome,
    PartialDate,
    Status,
    Vehicle,
    age_from,
    age_from_either,
    age_route,
    conditional,
    passed,
)

THIRTY = AgeThreshold(30, Granularity.DAY)
VETERAN = AgeRule("manufactured", THIRTY)


def route(age: object, **overrides: object) -> Outcome:
    """The route of a plugin's 30-year check, its texts naming the day they are given."""
    keywords: dict[str, object] = {
        "old_enough": lambda: conditional("old enough", conditions=("register it as a veteran",)),
        "too_young": lambda day: f"30 years only on {day}",
        "unsure": lambda day: f"30 years certain only from {day}",
        "settle": "the day of manufacture",
    }
    keywords.update(overrides)
    return age_route(age, **keywords)  # type: ignore[arg-type]


def built(when: str | None) -> Vehicle:
    return Vehicle(manufactured=PartialDate.parse(when) if when else None)


def test_a_partial_date_straddling_the_threshold_reads_unknown_until_the_certain_day() -> None:
    # Built some day of 1996: 30 years old from 1996-01-01 + 30 at the earliest, for certain
    # only from the 30th anniversary of 1996-12-31.
    truck = built("1996")
    for day in (dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2026, 12, 30)):
        outcome = route(VETERAN.test(truck, day), too_young=pytest.fail)
        assert outcome.status is Status.UNKNOWN
        assert outcome.passes_from == dt.date(2026, 12, 31)
        assert outcome.message == "30 years certain only from 2026-12-31"
        assert outcome.settle == ("the day of manufacture",)
    assert route(VETERAN.test(truck, dt.date(2026, 12, 31))).status is Status.CONDITIONAL
    # The day before the earliest reading, it is too young whatever the day of 1996.
    assert route(VETERAN.test(truck, dt.date(2025, 12, 31))).status is Status.NOT_LEGAL


def test_too_young_fails_passing_from_the_first_certain_day() -> None:
    truck = built("2005-06")  # certainly 30 from 2035-06-30, possibly from 2035-06-01
    outcome = route(age_from(truck, "manufactured", THIRTY, dt.date(2026, 11, 25)), unsure=pytest.fail)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from == dt.date(2035, 6, 30) == THIRTY.reached_on(dt.date(2005, 6, 30))
    assert outcome.message == "30 years only on 2035-06-30"
    assert outcome.settle == ()
    exact = built("1996-11-26")
    assert route(THIRTY.test(exact.manufactured, dt.date(2026, 11, 25))).passes_from == dt.date(2026, 11, 26)
    assert route(THIRTY.test(exact.manufactured, dt.date(2026, 11, 26))).status is Status.CONDITIONAL


def test_old_enough_is_the_routes_own_answer_asked_only_then() -> None:
    asked: list[str] = []

    def old_enough() -> Outcome:
        asked.append("old enough")
        return passed("old enough")

    assert route(VETERAN.test(built("1980"), dt.date(2026, 11, 25)), old_enough=old_enough) == passed(
        "old enough"
    )
    assert (
        route(VETERAN.test(built("2001"), dt.date(2026, 11, 25)), old_enough=old_enough).status
        is Status.NOT_LEGAL
    )
    assert (
        route(VETERAN.test(built("1996"), dt.date(2026, 11, 25)), old_enough=old_enough).status
        is Status.UNKNOWN
    )
    assert asked == ["old enough"]


def test_either_date_the_better_one_decides() -> None:
    # Built some day of 1996 (certain at 30 on 2026-12-31), first registered 1996-03-04.
    truck = Vehicle(manufactured=PartialDate.parse("1996"), first_registered=PartialDate.parse("1996-03-04"))
    assert route(age_from_either(truck, THIRTY, dt.date(2026, 3, 4))).status is Status.CONDITIONAL
    before = route(age_from_either(truck, THIRTY, dt.date(2026, 3, 3)))
    assert (before.status, before.passes_from) == (Status.UNKNOWN, dt.date(2026, 3, 4))


def test_a_missing_date_asks_for_it() -> None:
    on = dt.date(2026, 11, 25)
    unsure = route(VETERAN.test(Vehicle(), on))
    assert (unsure.status, unsure.passes_from) == (Status.UNKNOWN, None)
    assert unsure.message == "needs manufactured, which was not given"
    assert unsure.settle == ("give manufactured",)
    registered = route(age_from(Vehicle(), "first_registered", THIRTY, on))
    assert registered.settle == ("give first_registered",)
    # age_from_either answers None when neither date is given: either would do.
    either = route(age_from_either(Vehicle(), THIRTY, on))
    assert either.settle == ("give manufactured", "give first_registered")
    assert either.status is Status.UNKNOWN


def test_a_route_may_say_itself_what_a_missing_date_needs() -> None:
    own = conditional("ask the registry", conditions=("show the papers",))
    assert route(VETERAN.test(Vehicle(), dt.date(2026, 11, 25)), needs=lambda: own) is own
    assert route(None, needs=lambda: own) is own
    # A bare AgeTest does not say which date it counts from: the route must say what it needs.
    assert route(THIRTY.test(None, dt.date(2026, 11, 25)), needs=lambda: own) is own
    with pytest.raises(ValueError, match="needs="):
        route(AgeTest(Status.UNKNOWN, None))


def test_it_is_public() -> None:
    assert "age_route" in kei_core.__all__
    assert kei_core.age_route is age_route
    assert age_route.__doc__
