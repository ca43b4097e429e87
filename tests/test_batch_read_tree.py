"""``kei batch`` remembers a rule's outcomes by the fields its check actually read.

A check that reads a field only for some values of another (US-LSV-DEF reads the date of
manufacture only of a truck carrying a low-speed vehicle's label) is run once for every truck
alike in what it read, not once for each date; and whatever it remembers, the memo answers as
the check does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from kei_core.dates import PartialDate
from kei_core.engine.memo import MemoRunner
from kei_core.engine.run import DIRECT
from kei_core.rules import Outcome, Rule, RuleKind, failed, passed, unknown
from kei_core.vehicle import Vehicle

ON = dt.date(2026, 11, 25)


def _labelled_rule(calls: list[Vehicle]) -> Rule:
    def check(vehicle: Vehicle, on: dt.date) -> Outcome:
        calls.append(vehicle)
        if "lsv_certification_label" not in vehicle.documents:
            return failed("no label")
        built = vehicle.manufactured
        if built is None:
            return unknown("needs manufactured")
        return passed("labelled, built late") if built.earliest().year >= 2006 else failed("built early")

    return Rule(
        "ZZ-LABELLED",
        "ZZ",
        "A labelled truck built from 2006",
        citation="test",
        source="https://example.org",
        reviewed_on="2026-11-25",
        kind=RuleKind.PATHWAY,
        check=check,
        reads={"documents", "manufactured"},
        uses_date=False,
    )


def _truck(day: dt.date, documents: tuple[str, ...]) -> Vehicle:
    return Vehicle(manufactured=PartialDate(day.year, day.month, day.day), documents=documents)


def _essential(runner: MemoRunner | None, rule: Rule, vehicle: Vehicle) -> object:
    if runner is None:
        return DIRECT.essentials([(rule, "zz")], vehicle, ON)[0]
    return runner.essentials([(rule, "zz")], vehicle, ON)[0]


def test_a_check_that_did_not_read_the_date_is_not_run_again_for_another_date() -> None:
    calls: list[Vehicle] = []
    rule = _labelled_rule(calls)
    runner = MemoRunner()
    days = [dt.date(1990, 1, 1) + dt.timedelta(days=37 * n) for n in range(40)]
    answers = [_essential(runner, rule, _truck(day, ("hs7",))) for day in days]
    assert len(calls) == 1
    assert all(
        answer == _essential(None, rule, _truck(day, ("hs7",)))
        for answer, day in zip(answers, days, strict=True)
    )


def test_a_check_that_read_the_date_is_run_for_each_date() -> None:
    calls: list[Vehicle] = []
    rule = _labelled_rule(calls)
    runner = MemoRunner()
    labelled = ("lsv_certification_label",)
    early = _essential(runner, rule, _truck(dt.date(2004, 5, 1), labelled))
    late = _essential(runner, rule, _truck(dt.date(2007, 5, 1), labelled))
    assert len(calls) == 2
    assert early != late


def _dated_check(calls: list[Vehicle]) -> Callable[[Vehicle, dt.date], Outcome]:
    def check(vehicle: Vehicle, on: dt.date) -> Outcome:
        calls.append(vehicle)
        if vehicle.width_mm is None:
            return unknown("needs width_mm")
        if vehicle.width_mm > 1480:
            return failed("too wide")
        return passed("fits") if on.year >= 2020 else failed("not yet")

    return check


DOCUMENTS = st.sampled_from([(), ("hs7",), ("lsv_certification_label",), ("hs7", "lsv_certification_label")])
WIDTHS = st.one_of(st.none(), st.sampled_from([1395, 1475, 1480, 1481, 1500]))


@settings(max_examples=80, deadline=None)
@given(
    trucks=st.lists(
        st.tuples(st.dates(dt.date(1990, 1, 1), dt.date(2026, 1, 1)), DOCUMENTS, WIDTHS),
        min_size=1,
        max_size=12,
    ),
    days=st.lists(st.dates(dt.date(2015, 1, 1), dt.date(2030, 1, 1)), min_size=1, max_size=3),
)
def test_through_one_memo_every_truck_is_answered_as_its_check_answers(
    trucks: list[tuple[dt.date, tuple[str, ...], int | None]], days: list[dt.date]
) -> None:
    labelled = _labelled_rule([])
    dated = Rule(
        "ZZ-WIDTH",
        "ZZ",
        "Not too wide, from 2020",
        citation="test",
        source="https://example.org",
        reviewed_on="2026-11-25",
        kind=RuleKind.REQUIREMENT,
        check=_dated_check([]),
        reads={"width_mm"},
    )
    rules = [(labelled, "zz"), (dated, "zz")]
    runner = MemoRunner()
    for day in days:
        for built, documents, width in trucks:
            vehicle = Vehicle(
                manufactured=PartialDate(built.year, built.month, built.day),
                documents=documents,
                width_mm=width,
            )
            assert runner.essentials(rules, vehicle, day) == DIRECT.essentials(rules, vehicle, day)
            assert [runner.finding(r, p, vehicle, day) for r, p in rules] == list(
                DIRECT.findings(rules, vehicle, day)
            )
