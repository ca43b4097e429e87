"""The testing kit: what the conformance check verifies, what a golden case can say, and golden
files that name a plugin object (``module:attribute``)."""

from __future__ import annotations

import datetime as dt
import types
from pathlib import Path
from typing import Any

import pytest

import kei_core.testing
from kei_core import (
    Jurisdiction,
    Outcome,
    Period,
    Restriction,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    passed,
)
from kei_core.testing import (
    GoldenCase,
    assert_golden_case,
    check_conformance,
    golden_cases,
    make_registry,
    sample_vehicles,
)
from kei_core_test_helpers import plugin_module

pytest_plugins = ["pytester"]

ON = dt.date(2026, 1, 22)
LAW: dict[str, Any] = {"citation": "Act s. 1", "source": "https://example.org", "reviewed_on": "2026-01-01"}


def restricted(vehicle: Vehicle, on: dt.date) -> Outcome:
    return conditional(
        "Fine within limits.",
        conditions=("register it at the office (Act s. 1)",),
        restrictions=(Restriction("max_posted_speed_mph", 35, "roads posted 35 mph or less"),),
    )


def xq(*rules: Rule, code: str = "XQ") -> types.ModuleType:
    return plugin_module("xq_plugin", [Jurisdiction(code, "Q", registers=True)], rules)


def rule(rule_id: str = "XQ-ROADS", check: Any = restricted, **more: Any) -> Rule:
    return Rule(rule_id, "XQ", "roads", check=check, **{**LAW, **more})


# -- conformance ----------------------------------------------------------------------------------


def test_every_sample_vehicle_includes_one_with_every_fitting_and_paper() -> None:
    from kei_core import DOCUMENTS, EQUIPMENT

    assert any(v.equipment == set(EQUIPMENT) and v.documents == set(DOCUMENTS) for v in sample_vehicles())


def test_a_restriction_kind_outside_the_vocabulary_is_refused() -> None:
    def invented(vehicle: Vehicle, on: dt.date) -> Outcome:
        return passed("Fine.", restrictions=(Restriction("max_speed_kmh", 40, "40 km/h"),))

    problems = check_conformance(xq(rule(check=invented)))
    assert problems == [
        "XQ-ROADS restricts use with kind 'max_speed_kmh', which kei_core.RESTRICTIONS does not define "
        "(a new kind is one more line there, with what its value means)"
    ]
    assert check_conformance(xq(rule())) == []


def test_before_its_first_rule_a_level_must_answer_unknown() -> None:
    assert check_conformance(xq(rule(in_force=Period("2020-01-01")))) == []

    class Answers:
        """A registry whose level wrongly answers before its first rule."""

        def all_rules(self) -> list[tuple[object, Rule]]:
            return [(None, rule(in_force=Period("2020-01-01")))]

        def evaluate(self, vehicle: Vehicle, code: str, day: dt.date) -> Any:
            level = types.SimpleNamespace(jurisdiction=code, status=Status.CONDITIONAL)
            return types.SimpleNamespace(levels=(level,))

    (problem,) = kei_core.testing._before_the_first_rule(Answers(), "XQ")  # type: ignore[arg-type]
    assert problem.startswith("XQ answers conditional on 2019-12-31")
    assert "before the first rule kei knows, a level answers unknown" in problem


def test_the_distributions_entry_points_must_load_this_very_plugin() -> None:
    kei_us = pytest.importorskip("kei_us")
    louisiana = pytest.importorskip("kei_us_la")
    assert check_conformance(louisiana.plugin, "kei-us-la", with_plugins=[kei_us]) == []
    assert check_conformance(kei_us, "kei-us") == []
    look_alike = type(louisiana.plugin)(louisiana.plugin.jurisdiction, louisiana.plugin.rules)
    assert check_conformance(look_alike, "kei-us-la", with_plugins=[kei_us]) == [
        "distribution kei-us-la has no [project.entry-points.kei] entry that loads plugin us-la"
    ]


def test_a_distribution_that_is_not_installed_is_named() -> None:
    (problem,) = check_conformance(xq(rule()), "kei-xq-nowhere")
    assert problem.startswith("distribution kei-xq-nowhere is not installed")


# -- what a golden case can say ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry() -> Any:
    info = rule("XQ-NOTE", kind=RuleKind.INFORMATION, check=None, in_force=Period("2020-01-01"))
    return make_registry(xq(rule(unconfirmed=True, in_force=Period("2020-01-01")), info))


def case(**expected: Any) -> GoldenCase:
    return GoldenCase(name="a case", jurisdiction="XQ", on=ON, vehicle={}, **expected)


@pytest.mark.parametrize(
    "expected",
    [
        {"status": Status.CONDITIONAL},
        {"levels": {"XQ": Status.CONDITIONAL}},
        {"passes": ("XQ-ROADS",), "applied": ("XQ-NOTE",)},
        {"restrictions": {"max_posted_speed_mph": 35}},
        {"conditions": ("at the office",), "no_condition": ("permit",)},
        {"says": {"XQ-ROADS": "within limits"}},
        {"flags": {"XQ-ROADS": frozenset({"unconfirmed"}), "XQ-NOTE": frozenset()}},
    ],
    ids=["status", "levels", "applied", "restrictions", "conditions", "says", "flags"],
)
def test_a_golden_case_checks_what_it_states(registry: Any, expected: dict[str, Any]) -> None:
    assert_golden_case(case(**expected), registry)


@pytest.mark.parametrize(
    ("expected", "message"),
    [
        ({"levels": {"XQ": Status.LEGAL}}, "expected level XQ legal, got conditional"),
        ({"not_applied": ("XQ-ROADS",)}, "expected XQ-ROADS not to apply on 2026-01-22"),
        ({"restrictions": {}}, "expected restrictions {}, got {'max_posted_speed_mph': 35}"),
        ({"conditions": ("a permit",)}, "expected a condition saying 'a permit'"),
        ({"no_condition": ("office",)}, "expected no condition saying 'office'"),
        ({"says": {"XQ-ROADS": "refused"}}, "expected XQ-ROADS to say 'refused'"),
        ({"flags": {"XQ-ROADS": frozenset()}}, "expected XQ-ROADS flagged nothing, got ['unconfirmed']"),
    ],
)
def test_a_golden_case_says_what_differs(registry: Any, expected: dict[str, Any], message: str) -> None:
    with pytest.raises(AssertionError, match="^a case: " + message.replace("[", r"\[").replace("{", r"\{")):
        assert_golden_case(case(**expected), registry)


def test_a_golden_file_reads_every_key_and_refuses_unknown_ones(tmp_path: Path) -> None:
    path = tmp_path / "golden.toml"
    path.write_text(
        'plugins = ["x"]\n[[case]]\nin = "XQ"\non = 2026-01-22\nrestrictions = { excluded_highways = ["interstate"] }\n'
        'flags = { XQ-ROADS = ["policy"] }\nlevels = { XQ = "unknown" }\n'
    )
    (read,) = golden_cases(path)
    assert read.restrictions == {"excluded_highways": ("interstate",)}
    assert read.flags == {"XQ-ROADS": frozenset({"policy"})}
    assert read.levels == {"XQ": Status.UNKNOWN}
    path.write_text('plugin = ["x"]\n')
    with pytest.raises(ValueError, match="unknown top-level keys \\['plugin'\\]"):
        golden_cases(path)
    path.write_text('[[case]]\nin = "XQ"\non = 2026-01-22\nflags = { XQ-ROADS = ["confirmed"] }\n')
    with pytest.raises(ValueError, match="may name only"):
        golden_cases(path)


# -- golden files naming a declared plugin ----------------------------------------------------------

STATE = """
from kei_core import Jurisdiction, Period, Rule, hookimpl, jurisdiction_plugin, passed

@hookimpl
def kei_jurisdictions():
    return [Jurisdiction("XQ", "Q")]

RULES = [Rule("XQ-ST-OK", "XQ-ST", "ok", citation="Act s. 1", source="https://example.org",
              reviewed_on="2026-01-01", check=lambda v, on: passed("Fine."), in_force=Period("2020-01-01"))]

plugin = jurisdiction_plugin("XQ-ST", "Q state", parent="XQ", rules="gt_state:RULES")
"""

CASES = """
plugins = ["gt_state", "gt_state:plugin"]

[[case]]
name = "a truck is legal in XQ-ST"
in = "XQ-ST"
on = 2026-01-01
levels = { XQ-ST = "legal" }
"""


def test_a_golden_file_names_a_plugin_object_as_an_entry_point_does(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(gt_state=STATE)
    pytester.makefile(".toml", golden=CASES)
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider", "golden.toml")
    result.assert_outcomes(passed=2)  # the conformance item and the case
