"""``Rule.read_by_age``: a rule saying it reads a vehicle date only through age thresholds."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from kei_core import (
    AgeThreshold,
    Granularity,
    Jurisdiction,
    Outcome,
    PartialDate,
    Rule,
    Status,
    Vehicle,
    failed,
    hookimpl,
    passed,
    unknown,
)
from kei_core.testing import check_conformance, sample_vehicles
from kei_core.testing.purity import age_read_problems

LAW = {"citation": "Test Act s. 1", "source": "https://example.org/test-act", "reviewed_on": "2026-11-01"}
TWENTY_FIVE = AgeThreshold(25)


def test_thresholds_given_one_or_several_a_field_are_kept_as_pairs_in_order() -> None:
    rule = Rule(
        "XX-AGE",
        "XX",
        "old enough",
        reads={"manufactured", "first_registered"},
        read_by_age={
            "manufactured": (TWENTY_FIVE, AgeThreshold(21, Granularity.YEAR)),
            "first_registered": TWENTY_FIVE,
        },
        **LAW,
    )
    assert rule.read_by_age == (
        ("manufactured", TWENTY_FIVE),
        ("manufactured", AgeThreshold(21, Granularity.YEAR)),
        ("first_registered", TWENTY_FIVE),
    )
    assert attrs.evolve(rule, statement="still old enough").read_by_age == rule.read_by_age


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        (
            {"reads": {"documents"}, "read_by_age": {"manufactured": TWENTY_FIVE}},
            "must also be among the fields",
        ),
        ({"read_by_age": {"made": TWENTY_FIVE}}, "'made' is not a vehicle date"),
        ({"read_by_age": {"manufactured": 25}}, "25 for 'manufactured' is not an AgeThreshold"),
    ],
)
def test_a_wrong_declaration_is_refused_naming_what_is_wrong(
    declared: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Rule("XX-AGE", "XX", "old enough", **declared, **LAW)  # type: ignore[arg-type]


def _outcome_rule(check: Any, **declared: Any) -> Rule:
    return Rule("XX-AGE", "XX", "old enough", check=check, reads={"manufactured"}, **declared, **LAW)


def _by_age(vehicle: Vehicle, on: dt.date) -> Outcome:
    test = TWENTY_FIVE.test(vehicle.manufactured, on)
    if test.status is Status.LEGAL:
        return passed("25 years old")
    if test.status is Status.NOT_LEGAL:
        return failed("too young", passes_from=test.passes_from)
    return unknown("depends on the day", passes_from=test.passes_from)


def _by_month(vehicle: Vehicle, on: dt.date) -> Outcome:
    built = vehicle.manufactured
    if built is not None and built.month == 6:
        return failed("built in June")  # not an age: the thresholds cannot tell this apart
    return _by_age(vehicle, on)


def _a_day_late(vehicle: Vehicle, on: dt.date) -> Outcome:
    found = _by_age(vehicle, on)
    if found.passes_from is None:
        return found
    return attrs.evolve(found, passes_from=found.passes_from + dt.timedelta(days=1))


DAYS = (dt.date(2026, 11, 25),)


def test_a_check_reading_the_date_only_through_its_threshold_passes_the_conformance_check() -> None:
    rule = _outcome_rule(_by_age, read_by_age={"manufactured": TWENTY_FIVE})
    assert age_read_problems(rule, DAYS, sample_vehicles()) == []


@pytest.mark.parametrize("check", [_by_month, _a_day_late], ids=["reads the month", "passes a day late"])
def test_a_check_reading_the_date_otherwise_is_caught(check: Any) -> None:
    rule = _outcome_rule(check, read_by_age={"manufactured": TWENTY_FIVE})
    [problem] = age_read_problems(rule, DAYS, sample_vehicles())
    assert "XX-AGE declares it reads manufactured only through age thresholds" in problem


def test_the_conformance_check_of_a_plugin_reports_a_wrong_age_declaration() -> None:
    rule = _outcome_rule(_by_month, read_by_age={"manufactured": TWENTY_FIVE})

    class Plugin:
        @hookimpl
        def kei_jurisdictions(self) -> list[Jurisdiction]:
            return [Jurisdiction("XX", "Testland")]

        @hookimpl
        def kei_rules(self) -> list[Rule]:
            return [rule]

    problems = check_conformance(Plugin())
    assert any("read_by_age" in problem for problem in problems), problems


PERMITS_FROM = dt.date(2027, 1, 1)


def _permit(vehicle: Vehicle, on: dt.date) -> Outcome:
    if on >= PERMITS_FROM:
        return passed("permits issued")
    return failed("no permits issued yet", passes_from=PERMITS_FROM)


class _AgeAndPermit:
    """A place where a truck needs 25 years (read by age) and a permit first issued on a fixed day."""

    @hookimpl
    def kei_jurisdictions(self) -> list[Jurisdiction]:
        return [Jurisdiction("XX", "Testland")]

    @hookimpl
    def kei_rules(self) -> list[Rule]:
        return [
            _outcome_rule(_by_age, read_by_age={"manufactured": TWENTY_FIVE}),
            Rule("XX-PERMIT", "XX", "a permit", check=_permit, reads={"documents"}, **LAW),
        ]


def test_a_truck_whose_age_falls_on_the_other_side_of_another_rules_day_is_not_answered_from_the_first() -> (
    None
):
    """Two trucks alike around the day asked, but the first is 25 before permits are issued
    (eligible when they are) and the second after (eligible on its anniversary): the memo must
    not hand the second the first's answer."""
    from kei_core.engine import fold
    from kei_core.engine.memo import MemoRunner, Summaries
    from kei_core.testing import make_registry

    plan = make_registry(_AgeAndPermit()).plan("XX")
    on = dt.date(2026, 11, 25)
    summaries = Summaries(plan, on, MemoRunner())
    trucks = [Vehicle(manufactured=PartialDate.parse(built)) for built in ("2001-12-20", "2002-02-01")]
    answers = [summaries.of(truck) for truck in trucks]
    assert [a.eligible_from for a in answers] == [PERMITS_FROM, dt.date(2027, 2, 1)]
    assert answers == [fold.evaluate(plan, truck, on, detail="summary") for truck in trucks]
