"""``kei batch`` counts, for every unknown row, what would settle its answer: remembered, not
worked out again for each day of manufacture, and always what the core works out.

The rules that read a date only by age (``Rule.read_by_age``) find, on the day asked, what
where the date's threshold days fall decides (their status and what would settle them: the
conformance check verifies it), so trucks built on different days alike around those
thresholds share one answer; a rule reading the date otherwise is asked each time.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kei_core.dates import PartialDate
from kei_core.engine import memo
from kei_core.engine.fold import settle
from kei_core.engine.memo import MemoRunner, Summaries
from kei_core.testing import make_registry
from kei_core.vehicle import Vehicle
from kei_core_test_helpers import installed_plugins

ON = dt.date(2026, 11, 25)


@functools.cache
def _registry() -> Any:
    return make_registry(*installed_plugins())


@functools.cache
def _summaries(code: str) -> Summaries:
    """One memo a place, kept across examples: later vehicles meet what earlier ones taught it."""
    return Summaries(_registry().plan(code), ON, MemoRunner())


def _codes() -> list[str]:
    return sorted(set(_registry().declared_codes()) - {"ZX", "ZY", "ZZ"})


DATES = st.one_of(
    st.none(),
    st.integers(1980, 2026).map(PartialDate),
    st.tuples(st.integers(1980, 2026), st.integers(1, 12)).map(lambda ym: PartialDate(*ym)),
    st.dates(dt.date(1980, 1, 1), dt.date(2026, 11, 25)).map(lambda d: PartialDate(d.year, d.month, d.day)),
)
TRUCKS = st.builds(
    Vehicle,
    make=st.sampled_from([None, "Suzuki"]),
    model_code=st.sampled_from([None, "DA63T"]),
    manufactured=DATES,
    first_registered=st.one_of(st.none(), st.integers(1990, 2026).map(PartialDate)),
    original_configuration=st.sampled_from([None, True, False]),
    documents=st.sampled_from(
        [(), ("hs7",), ("hs7", "epa_3520_1"), ("lsv_certification_label",), ("off_road_title",)]
    ),
    equipment=st.sampled_from([(), ("headlamps", "speed_governor")]),
    top_speed_kmh=st.sampled_from([None, 40, 120]),
)


@settings(max_examples=60, deadline=None)
@given(trucks=st.lists(TRUCKS, min_size=1, max_size=12), places=st.data())
def test_what_would_settle_a_row_is_what_the_core_says(trucks: list[Vehicle], places: Any) -> None:
    codes = _codes()
    if not codes:
        pytest.skip("no jurisdiction plugin installed")
    for code in places.draw(st.lists(st.sampled_from(codes), min_size=1, max_size=4, unique=True)):
        remembered = _summaries(code)
        for truck in trucks:
            assert remembered.settle(truck) == settle(remembered.plan, truck, ON)


def test_trucks_alike_around_the_age_thresholds_are_settled_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fifty unknown trucks (no word on their original configuration), each built on another day
    of 2010: the fold works out what would settle them once, not fifty times."""
    if "US-TX" not in _codes():
        pytest.skip("kei-us-tx not installed")
    folded: list[Vehicle] = []

    def counted(plan: Any, vehicle: Vehicle, on: dt.date, runner: Any) -> tuple[str, ...]:
        folded.append(vehicle)
        return settle(plan, vehicle, on, runner)

    monkeypatch.setattr(memo, "settle", counted)
    remembered = Summaries(_registry().plan("US-TX"), ON, MemoRunner())
    trucks = [Vehicle(manufactured=PartialDate(2010, 1 + n % 12, 1 + n % 28)) for n in range(50)]
    answers = {remembered.settle(truck) for truck in trucks}
    assert answers == {settle(remembered.plan, trucks[0], ON)}
    assert len(folded) == 1


def _direct_reader_registry() -> Any:
    """XD: one rule reading the date by age, and one reading it directly (unknown on odd days)."""
    from kei_core import (
        AgeThreshold,
        Granularity,
        Jurisdiction,
        Outcome,
        Rule,
        RuleKind,
        hookimpl,
        passed,
        unknown,
    )

    age = AgeThreshold(25, Granularity.DAY)

    def by_age(vehicle: Vehicle, on: dt.date) -> Outcome:
        test = age.test(vehicle.manufactured, on)
        if test.status.value == "legal":
            return passed("old enough")
        return unknown("maybe not old enough", settle=("the maker's label",), passes_from=test.passes_from)

    def directly(vehicle: Vehicle, on: dt.date) -> Outcome:
        built = vehicle.manufactured
        if built is None or built.day is None or built.day % 2:
            return unknown("an odd day", settle=(f"the papers of {built}",))
        return passed("an even day")

    def rule(code: str, check: Any, **declared: Any) -> Rule:
        return Rule(code, "XD", code, citation="test", source="https://example.invalid/xd", reviewed_on="2026-11-25",
                    kind=RuleKind.REQUIREMENT, check=check, reads={"manufactured"}, **declared)  # fmt: skip

    class Plugin:
        @hookimpl
        def kei_jurisdictions(self) -> list[Jurisdiction]:
            return [Jurisdiction("XD", "Directland", parent=None, registers=True)]

        @hookimpl
        def kei_rules(self) -> tuple[Rule, ...]:
            return (rule("XD-AGE", by_age, read_by_age={"manufactured": age}), rule("XD-DAY", directly))

    return make_registry(Plugin())


@settings(max_examples=40, deadline=None)
@given(days=st.lists(st.dates(dt.date(1995, 1, 1), dt.date(2026, 11, 25)), min_size=1, max_size=20))
def test_a_rule_reading_the_date_otherwise_is_asked_for_each_truck(days: list[dt.date]) -> None:
    plan = _direct_reader_registry().plan("XD")
    remembered = Summaries(plan, ON, MemoRunner())
    for day in days:
        truck = Vehicle(manufactured=PartialDate(day.year, day.month, day.day))
        assert remembered.settle(truck) == settle(plan, truck, ON)
