"""One answer checks each rule once a day: ``kei check`` and kei-web's requests evaluate every
place asked with one :class:`~kei_core.engine.run.OnceRunner`, and answer exactly as running
every check for every place does."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kei_core import (
    Jurisdiction,
    Outcome,
    PartialDate,
    Period,
    Requirement,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    failed,
    passed,
    unknown,
)
from kei_core.api import Kei
from kei_core.engine.fold import evaluate
from kei_core.engine.run import DIRECT, OnceRunner
from kei_core.plugins.registry import Registry
from kei_core.testing import make_registry
from kei_core.verdicts import Verdict
from kei_core_test_helpers import plugin_module, rule

EXAMPLES = Path(__file__).parent.parent / "examples" / "vehicles"
CALLS: Counter[tuple[str, dt.date]] = Counter()


def _age_rule(rule_id: str) -> Callable[[Vehicle, dt.date], Outcome]:
    def check(vehicle: Vehicle, on: dt.date) -> Outcome:
        CALLS[rule_id, on] += 1
        if vehicle.manufactured is None:
            return unknown("needs the build date", settle=("give manufactured",))
        ready = dt.date(vehicle.manufactured.year + 25, 1, 1)
        if on >= ready:
            return passed("old enough")
        return failed("too young", passes_from=ready)

    return check


def _width(vehicle: Vehicle, on: dt.date) -> Outcome:
    CALLS["XF-WIDTH", on] += 1
    if vehicle.width_mm is not None and vehicle.width_mm > 1480:
        return failed("too wide until the 2030 rule", passes_from=dt.date(2030, 1, 1))
    return passed("narrow enough")


def _seats(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.seats is None:
        return unknown("needs seats", settle=("give seats",))
    return passed("seats given") if vehicle.seats <= 2 else conditional("a permit", conditions=("a permit",))


def _crash(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.seats == 3:
        raise ZeroDivisionError("three seats")
    return passed("fine")


FEDERAL = plugin_module(
    "xf",
    [Jurisdiction("XF", "F")],
    [
        Requirement("XF-IMPORT", "XF", "import"),
        rule("XF-AGE", "XF", _age_rule("XF-AGE"), RuleKind.PATHWAY, "XF-IMPORT", reads={"manufactured"}),
        rule("XF-WIDTH", "XF", _width, RuleKind.PATHWAY, "XF-IMPORT", reads={"width_mm"}, uses_date=False),
        rule("XF-NOTE", "XF", _seats, RuleKind.INFORMATION, reads={"seats"}, uses_date=False),
        rule("XF-CRASH", "XF", _crash, reads={"seats"}, uses_date=False, unconfirmed=True),
    ],
)
STATES = plugin_module(
    "xf-states",
    [
        Jurisdiction("XF-A", "A", parent="XF", registers=True),
        Jurisdiction("XF-B", "B", parent="XF", registers=True),
    ],
    [
        rule("XF-A-SEATS", "XF-A", _seats, reads={"seats"}, uses_date=False, in_force=Period("2028-01-01")),
        rule("XF-B-SEATS", "XF-B", _seats, reads={"seats"}, uses_date=False),
        rule("XF-B-AGE", "XF-B", _age_rule("XF-B-AGE"), reads={"manufactured"}),
    ],
)
PLACES = ("XF", "XF-A", "XF-B")

vehicles = st.builds(
    Vehicle,
    manufactured=st.none() | st.builds(PartialDate, st.integers(1995, 2012)),
    width_mm=st.none() | st.sampled_from([Decimal(1475), Decimal("1480.5")]),
    seats=st.none() | st.integers(1, 3),
)
days = st.dates(dt.date(2020, 1, 1), dt.date(2036, 12, 31))


@settings(max_examples=80, deadline=None)
@given(vehicles, st.lists(days, min_size=1, max_size=4))
def test_one_runner_for_every_place_answers_as_running_every_check(
    vehicle: Vehicle, asked: list[dt.date]
) -> None:
    registry = make_registry(FEDERAL, STATES)
    runner = OnceRunner(vehicle)  # one runner for every place and every day: what it remembers is right
    for day in asked * 2:
        for code in PLACES:
            plan = registry.plan(code)
            assert evaluate(plan, vehicle, day, runner=runner) == evaluate(plan, vehicle, day, runner=DIRECT)
            summary = evaluate(plan, vehicle, day, detail="summary")
            assert evaluate(plan, vehicle, day, runner=runner, detail="summary") == summary


def test_another_vehicle_is_checked_for_itself() -> None:
    registry = make_registry(FEDERAL, STATES)
    old, young = (
        Vehicle(manufactured=PartialDate(1990), seats=2),
        Vehicle(manufactured=PartialDate(2010), seats=2),
    )
    plan, day = registry.plan("XF-B"), dt.date(2026, 1, 22)
    runner = OnceRunner(old)
    assert evaluate(plan, old, day, runner=runner) == evaluate(plan, old, day)
    assert evaluate(plan, young, day, runner=runner) == evaluate(plan, young, day)
    assert evaluate(plan, old, day).status != evaluate(plan, young, day).status


def test_every_place_checks_a_federal_rule_once_a_day() -> None:
    registry = make_registry(FEDERAL, STATES)
    kei = Kei(registry)
    vehicle = Vehicle(manufactured=PartialDate(2010), width_mm=Decimal("1480.5"), seats=2)
    day = dt.date(2026, 1, 22)
    CALLS.clear()
    result = kei.check(vehicle, PLACES, day)
    assert [v.eligible_from for v in result.verdicts] == [dt.date(2035, 1, 1)] * 3
    # Three places, each searched for eligible_from: the age rule (it uses the date) once on the
    # day asked and once on each day tried; the width rule (it does not) once in all.
    assert CALLS["XF-WIDTH", day] == 1
    assert sum(n for (rule_id, _), n in CALLS.items() if rule_id == "XF-WIDTH") == 1
    assert CALLS["XF-AGE", day] == 1
    assert all(n == 1 for (rule_id, _), n in CALLS.items() if rule_id == "XF-AGE")
    # The same answer as a registry whose evaluate is asked place by place, every check run.
    direct = make_registry(FEDERAL, STATES)
    direct.evaluate = lambda vehicle, code, on: Registry.evaluate(direct, vehicle, code, on)  # type: ignore[method-assign]
    CALLS.clear()
    assert Kei(direct).check(vehicle, PLACES, day) == result
    assert CALLS["XF-WIDTH", day] == 3


@pytest.mark.parametrize("example", ["suzuki-carry-da63t-2005.toml", "honda-acty-ha4-1996.toml"])
def test_the_installed_places_answer_as_running_every_check(example: str) -> None:
    kei = Kei()
    day = dt.date(2026, 11, 25)
    vehicle = kei.vehicle(str(EXAMPLES / example), on=day).vehicle
    runner = OnceRunner(vehicle)
    for code in kei.places():
        plan = kei.registry.plan(code)
        assert evaluate(plan, vehicle, day, runner=runner) == evaluate(plan, vehicle, day, runner=DIRECT), (
            code
        )


def _missing_then(verdict: Verdict) -> tuple[str, ...]:
    """What a full verdict on ``eligible_from`` says still blocks: the unknown findings of the
    requirements no route meets that day, then its levels' problems (DESIGN §5)."""
    settle = [
        s
        for f in verdict.findings
        if f.status is Status.UNKNOWN and f.requirement is not None and f.requirement not in verdict.pathways
        for s in f.settle
    ]
    settle += [p.remedy for level in verdict.levels for p in level.problems if p.remedy]
    return tuple(dict.fromkeys(settle))


@settings(max_examples=80, deadline=None)
@given(vehicles, days)
def test_still_missing_then_is_what_the_verdict_on_that_day_lacks(vehicle: Vehicle, day: dt.date) -> None:
    registry = make_registry(FEDERAL, STATES)
    for code in PLACES:
        plan = registry.plan(code)
        verdict = evaluate(plan, vehicle, day, runner=OnceRunner(vehicle))
        if verdict.eligible_from is None:
            assert verdict.still_missing_then == ()
            continue
        then = evaluate(plan, vehicle, verdict.eligible_from)
        assert verdict.still_missing_then == _missing_then(then)


def test_still_missing_then_names_an_unknown_left_on_that_day() -> None:
    registry = make_registry(FEDERAL, STATES)
    young = Vehicle(manufactured=PartialDate(2010))  # no seats: XF-B-SEATS stays unknown
    verdict = evaluate(registry.plan("XF-B"), young, dt.date(2026, 1, 22), runner=OnceRunner(young))
    assert verdict.eligible_from == dt.date(2035, 1, 1)
    assert verdict.still_missing_then == ("give seats",)


def test_places_sharing_a_level_share_its_plan() -> None:
    local = plugin_module(
        "xf-local",
        [Jurisdiction("XF-C", "C", parent="XF", registers=True)],
        [
            rule("XF-C-SEATS", "XF-C", _seats, reads={"seats"}, uses_date=False),
            # A rule of the federal level that applies only within XF-C (an ordinance of its own).
            rule("XF-C-LOCAL", "XF", _seats, reads={"seats"}, uses_date=False, within="XF-C"),
        ],
    )
    registry = make_registry(FEDERAL, STATES, local)
    federal_a, federal_b, federal_c = (registry.plan(code).levels[0] for code in ("XF-A", "XF-B", "XF-C"))
    assert federal_a is federal_b  # the same rules: planned once, its layouts made once
    assert federal_c is not federal_a
    assert [r.id for r, _ in federal_c.rules] == [*(r.id for r, _ in federal_a.rules), "XF-C-LOCAL"]
    assert registry.plan("XF-A").boundaries() == (dt.date(2028, 1, 1),)
    assert registry.plan("XF-B").boundaries() == ()
