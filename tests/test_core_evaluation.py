"""Folding, coverage, isolation and eligible_from (DESIGN §3, §5), on fixture plugins."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
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
    failed,
    passed,
    unknown,
)
from kei_core.evaluation import plan_levels
from kei_core.problems import ProblemKind
from kei_core.render import verdict_text
from kei_core.testing import make_registry
from kei_core_test_helpers import age_check, built, plugin_module, rule

JAN_22 = dt.date(2026, 1, 22)
statuses = st.sampled_from(list(Status))


def fixed(status: Status):
    return lambda vehicle, on: Outcome(status, f"fixed {status.value}")


def test_a_place_folds_its_federal_and_state_levels(federal_and_state) -> None:
    registry = make_registry(*federal_and_state)
    verdict = registry.evaluate(built("2001-01-15"), "XA-ST", JAN_22)
    assert [level.jurisdiction for level in verdict.levels] == ["XA", "XA-ST"]
    assert verdict.status is Status.LEGAL
    assert verdict.pathways == {"XA-SAFETY": "XA-25Y", "XA-ST-REG": "XA-ST-REG"}
    assert verdict.conditions == ("title it",)


def test_too_young_is_not_legal_with_the_day_it_becomes_eligible(federal_and_state) -> None:
    verdict = make_registry(*federal_and_state).evaluate(built("2005-06-14"), "XA-ST", JAN_22)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2030, 6, 14)
    assert verdict.conditions == ("title it",)  # still due once it is eligible


def test_a_level_without_its_owner_is_unknown_and_names_it(federal_and_state) -> None:
    federal, _ = federal_and_state
    verdict = make_registry(federal).evaluate(built("1990"), "XA-ST", JAN_22)
    assert verdict.status is Status.UNKNOWN
    assert any("no installed plugin rules on XA-ST" in p.message for p in verdict.levels[-1].problems)
    assert verdict.levels[-1].problems[0].kind is ProblemKind.NO_OWNER


def test_contributed_rules_do_not_make_an_unowned_level_legal(federal_and_state) -> None:
    federal, _ = federal_and_state
    county = plugin_module("county", [], [rule("XA-ST-C1", "XA-ST", fixed(Status.LEGAL))])
    verdict = make_registry(federal, county).evaluate(built("1990"), "XA-ST", JAN_22)
    assert verdict.status is Status.UNKNOWN


def test_a_crashing_rule_is_unknown_names_its_plugin_and_the_rest_still_answers(federal_and_state) -> None:
    def boom(vehicle: Vehicle, on: dt.date) -> Outcome:
        raise ZeroDivisionError("oops")

    federal, state = federal_and_state
    bad = plugin_module("badcounty", [], [rule("XA-ST-BOOM", "XA-ST", boom)])
    verdict = make_registry(federal, state, bad).evaluate(built("1990"), "XA-ST", JAN_22)
    finding = verdict.finding("XA-ST-BOOM")
    assert finding is not None and finding.status is Status.UNKNOWN
    assert "badcounty" in finding.message and "ZeroDivisionError" in finding.message
    assert verdict.finding("XA-25Y").status is Status.LEGAL  # type: ignore[union-attr]
    assert verdict.status is Status.UNKNOWN


def test_a_hook_returning_garbage_makes_its_level_unknown_naming_the_plugin(federal_and_state) -> None:
    federal, _ = federal_and_state
    garbage = plugin_module("garbage", [Jurisdiction("XA-ST", "State", registers=True)], ["not a rule"])  # type: ignore[list-item]
    registry = make_registry(federal, garbage)
    assert "returned str" in (registry.plugins["garbage"].error or "")
    verdict = registry.evaluate(built("1990"), "XA-ST", JAN_22)
    assert verdict.status is Status.UNKNOWN
    assert "garbage" in " ".join(p.message for p in verdict.levels[-1].problems)
    assert verdict.levels[-1].problems[0].kind is ProblemKind.PLUGIN_FAILED
    assert verdict.levels[0].status is Status.LEGAL


def test_an_unconfirmed_pass_reads_conditional_and_says_so() -> None:
    shaky = plugin_module(
        "shaky",
        [Jurisdiction("XB", "B", registers=True)],
        [rule("XB-R", "XB", fixed(Status.LEGAL), unconfirmed=True)],
    )
    verdict = make_registry(shaky).evaluate(Vehicle(), "XB", JAN_22)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.findings[0].unconfirmed
    # The flag is data; the renderer says it once, beside the plugin's own sentence.
    assert verdict.findings[0].message == "fixed legal"
    assert "XB-R: fixed legal [unconfirmed]" in verdict_text(verdict)


def test_information_is_reported_but_never_folded() -> None:
    info = plugin_module(
        "info",
        [Jurisdiction("XB", "B", registers=True)],
        [
            rule("XB-R", "XB", fixed(Status.LEGAL)),
            rule("XB-DUTY", "XB", fixed(Status.NOT_LEGAL), RuleKind.INFORMATION),
        ],
    )
    verdict = make_registry(info).evaluate(Vehicle(), "XB", JAN_22)
    assert verdict.status is Status.LEGAL
    assert verdict.finding("XB-DUTY") is not None


def test_a_level_with_no_rules_in_force_never_reads_legal() -> None:
    empty = plugin_module("empty", [Jurisdiction("XB", "B", registers=True)], [])
    assert make_registry(empty).evaluate(Vehicle(), "XB", JAN_22).status is Status.UNKNOWN


def test_a_law_taking_effect_later_sets_eligible_from_to_its_first_day() -> None:
    law = plugin_module(
        "law",
        [Jurisdiction("XC", "C", registers=True)],
        [
            Requirement("XC-REG", "XC", "registration"),
            rule(
                "XC-OLD",
                "XC",
                lambda v, on: failed("not registrable"),
                RuleKind.PATHWAY,
                "XC-REG",
                in_force=Period(None, "2027-06-30"),
            ),
            rule(
                "XC-NEW",
                "XC",
                lambda v, on: passed("mini-truck class"),
                RuleKind.PATHWAY,
                "XC-REG",
                in_force=Period("2027-07-01"),
            ),
        ],
    )
    verdict = make_registry(law).evaluate(Vehicle(), "XC", JAN_22)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2027, 7, 1)


def test_a_failure_time_does_not_cure_gives_no_eligible_from(federal_and_state) -> None:
    federal, _ = federal_and_state
    never = plugin_module(
        "never",
        [Jurisdiction("XA-ST", "S", parent="XA", registers=True)],
        [rule("XA-ST-NO", "XA-ST", lambda v, on: failed("no"))],
    )
    verdict = make_registry(federal, never).evaluate(built("2005-06-14"), "XA-ST", JAN_22)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_missing_data_on_the_eligible_day_is_named(federal_and_state) -> None:
    federal, _ = federal_and_state
    needs_width = plugin_module(
        "needs",
        [Jurisdiction("XA-ST", "S", parent="XA", registers=True)],
        [rule("XA-ST-W", "XA-ST", lambda v, on: unknown("needs width_mm", settle=("give width_mm",)))],
    )
    verdict = make_registry(federal, needs_width).evaluate(built("2005-06-14"), "XA-ST", JAN_22)
    assert verdict.eligible_from == dt.date(2030, 6, 14)
    assert "give width_mm" in verdict.still_missing_then


def _random_level(statuses_by_rule: list[tuple[Status, int]]):
    rules = [Requirement(f"XD-REQ{n}", "XD", f"req {n}") for n in range(3)]
    for index, (status, group) in enumerate(statuses_by_rule):
        rules.append(rule(f"XD-R{index}", "XD", fixed(status), RuleKind.PATHWAY, f"XD-REQ{group}"))
    return rules


findings_lists = st.lists(st.tuples(statuses, st.integers(0, 2)), min_size=3, max_size=8).filter(
    lambda items: {g for _, g in items} == {0, 1, 2}
)


@given(findings_lists, st.randoms())
def test_folding_does_not_depend_on_order(items, rnd: random.Random) -> None:
    rules = _random_level(items)
    shuffled = rules[:]
    rnd.shuffle(shuffled)
    a = make_registry(plugin_module("a", [Jurisdiction("XD", "D", registers=True)], rules)).evaluate(
        Vehicle(), "XD", JAN_22
    )
    b = make_registry(plugin_module("b", [Jurisdiction("XD", "D", registers=True)], shuffled)).evaluate(
        Vehicle(), "XD", JAN_22
    )
    assert a.status is b.status


@given(findings_lists, statuses)
def test_adding_a_requirement_never_improves_a_level(items, extra) -> None:
    rules = _random_level(items)
    before = make_registry(plugin_module("a", [Jurisdiction("XD", "D", registers=True)], rules)).evaluate(
        Vehicle(), "XD", JAN_22
    )
    more = [*rules, rule("XD-EXTRA", "XD", fixed(extra))]
    after = make_registry(plugin_module("b", [Jurisdiction("XD", "D", registers=True)], more)).evaluate(
        Vehicle(), "XD", JAN_22
    )
    assert after.status >= before.status


@given(findings_lists)
def test_a_level_without_its_owner_is_never_legal_or_conditional(items) -> None:
    registry = make_registry(plugin_module("contributor", [], _random_level(items)))
    assert not registry.evaluate(Vehicle(), "XD", JAN_22).status.permits_use


@given(
    st.dates(dt.date(1980, 1, 1), dt.date(2025, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
    st.dates(dt.date(2000, 1, 1), dt.date(2050, 12, 31)),
)
def test_on_eligible_from_time_no_longer_blocks_and_the_day_before_it_does(day, precision, on) -> None:
    made = PartialDate(
        day.year, day.month if precision != "year" else None, day.day if precision == "day" else None
    )
    registry = make_registry(
        plugin_module("fed", [Jurisdiction("XA", "A", registers=True)], [rule("XA-25Y", "XA", age_check(25))])
    )
    vehicle = Vehicle(manufactured=made)
    verdict = registry.evaluate(vehicle, "XA", on)
    if verdict.eligible_from is None:
        assert verdict.status is Status.LEGAL
        return
    assert registry.evaluate(vehicle, "XA", verdict.eligible_from).status is Status.LEGAL
    assert (
        registry.evaluate(vehicle, "XA", verdict.eligible_from - dt.timedelta(days=1)).status
        is not Status.LEGAL
    )


def test_the_chain_follows_declared_parents() -> None:
    eu = plugin_module(
        "eu",
        [
            Jurisdiction("EU", "European Union", registers=True),
            Jurisdiction("DE", "Germany", parent="EU", registers=True),
        ],
    )
    registry = make_registry(eu)
    assert registry.chain("DE") == ["EU", "DE"]
    assert [lvl.code for lvl in plan_levels(registry.book(), registry.chain("DE")).levels] == ["EU", "DE"]
    assert make_registry().chain("US-TX") == ["US", "US-TX"]
