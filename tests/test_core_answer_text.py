"""What the text answer says about time: what still blocks on the day it is eligible, which
route gives that day in a short answer for several places, and a date before kei's rules."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Jurisdiction, Period, Requirement, RuleKind, Status, Vehicle, unknown
from kei_core.api import Kei
from kei_core.render import formats
from kei_core.render.formats import text
from kei_core.testing import make_registry
from kei_core_test_helpers import age_check, built, plugin_module, rule

ON = dt.date(2026, 12, 1)


def _proof(vehicle: Vehicle, on: dt.date) -> Any:
    return unknown("no proof of compliance given", settle=("proof of compliance",))


def _papers(vehicle: Vehicle, on: dt.date) -> Any:
    return unknown("papers not seen", settle=("the registration papers",))


def _place(code: str, *, papers: bool, unconfirmed: bool = False) -> Any:
    """A place where registration is met by proof (unknown) or by being 20 years old; with
    ``papers``, a second requirement stays unknown whatever the date."""
    rules: list[Any] = [
        Requirement(f"{code}-REG", code, "registration"),
        rule(f"{code}-PROOF", code, _proof, RuleKind.PATHWAY, f"{code}-REG", reads={"manufactured"}),
        rule(
            f"{code}-20Y",
            code,
            age_check(20),
            RuleKind.PATHWAY,
            f"{code}-REG",
            reads={"manufactured"},
            unconfirmed=unconfirmed,
        ),
    ]
    if papers:
        rules.append(rule(f"{code}-PAPERS", code, _papers, reads={"manufactured"}, uses_date=False))
    return plugin_module(code.lower(), [Jurisdiction(code, code, registers=True)], rules)


def test_still_to_settle_then_leaves_out_a_route_of_a_requirement_met_that_day() -> None:
    verdict = Kei(make_registry(_place("XA", papers=False))).check(built("2020-03"), ["XA"], ON).verdicts[0]
    assert verdict.eligible_from == dt.date(2040, 3, 31)
    assert "proof of compliance" in verdict.settle  # today, the proof would settle it
    assert verdict.still_missing_then == ()  # on 2040-03-31 the 20-year route meets it


def test_still_to_settle_then_keeps_what_still_blocks_that_day() -> None:
    result = Kei(make_registry(_place("XB", papers=True))).check(built("2020-03"), ["XB"], ON)
    assert result.verdicts[0].still_missing_then == ("the registration papers",)
    assert "Still to settle then: the registration papers\n" in text(result) + "\n"


@given(st.integers(1950, 2026), st.booleans())
def test_what_is_still_to_settle_then_is_what_the_answer_on_that_day_needs(year: int, papers: bool) -> None:
    """Invariant: asked again on ``eligible_from``, the requirements not met are exactly those
    ``still_missing_then`` settles; nothing listed is met that day."""
    kei = Kei(make_registry(_place("XC", papers=papers)))
    verdict = kei.check(built(str(year)), ["XC"], ON).verdicts[0]
    if verdict.eligible_from is None:
        return
    then = kei.check(built(str(year)), ["XC"], verdict.eligible_from).verdicts[0]
    blocking = {s for f in then.findings if f.requirement not in then.pathways for s in f.settle}
    assert set(verdict.still_missing_then) == blocking


def test_a_short_answer_for_several_places_names_the_route_giving_the_date_and_its_flag() -> None:
    kei = Kei(make_registry(_place("XD", papers=False, unconfirmed=True), _place("XE", papers=True)))
    shown = text(kei.check(built("2020-03"), ["XD", "XE"], ON)).splitlines()
    assert "XD: UNKNOWN — not before 2040-03-31 (by XD-20Y, unconfirmed)" in shown
    assert "XE: UNKNOWN — not before 2040-03-31 (by XE-20Y)" in shown
    # a truck old enough needs no date, and none is named
    old = text(kei.check(built("1990"), ["XD", "XE"], ON))
    assert "(by " not in old


def _later_place(code: str, starts: str, reviewed: str) -> Any:
    """A place whose only rule comes into force on ``starts``, its source read on ``reviewed``."""
    law = attrs.evolve(
        rule(f"{code}-AGE", code, age_check(25), reads={"manufactured"}, in_force=Period(starts)),
        reviewed_on=dt.date.fromisoformat(reviewed),
    )
    return plugin_module(code.lower(), [Jurisdiction(code, code, registers=True)], [law])


def _problems(result: Any) -> list[dict[str, Any]]:
    document = json.loads(formats.json(result))
    assert document["schema"] == "kei/check@1"
    return [p for v in document["verdicts"] for level in v["levels"] for p in level["problem_details"]]


def test_a_date_before_a_levels_first_rule_says_kei_has_no_rule_for_it_not_a_legal_date() -> None:
    kei = Kei(make_registry(_later_place("XU", "2026-12-01", "2026-12-01")))
    result = kei.check(built("1995-05"), ["XU"], dt.date(2020, 1, 1))
    said = text(result)
    assert "kei has no rule for this date: its rules for XU begin on 2026-12-01" in said
    assert "the day their sources were read" in said and "not a date the law gives" in said
    assert "time no longer stands in the way" not in said
    (problem,) = _problems(result)
    assert problem["kind"] == "nothing_in_force" and "begin on 2026-12-01" in problem["message"]
    assert result.verdicts[0].status is Status.UNKNOWN


def test_a_dated_first_rule_is_named_without_calling_its_date_the_reading_day() -> None:
    kei = Kei(make_registry(_later_place("XV", "2024-01-01", "2026-11-01")))
    said = text(kei.check(built("1995-05"), ["XV"], dt.date(2020, 1, 1)))
    assert "kei has no rule for this date: its rules for XV begin on 2024-01-01" in said
    assert "sources were read" not in said


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
def test_the_no_rule_note_appears_exactly_before_the_first_rule(day: dt.date) -> None:
    kei = Kei(make_registry(_later_place("XW", "2026-12-01", "2026-12-01")))
    result = kei.check(built("1995-05"), ["XW"], day)
    noted = any("kei has no rule for this date" in p["message"] for p in _problems(result))
    assert noted == (day < dt.date(2026, 12, 1))
