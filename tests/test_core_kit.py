"""The kit every state, province or territory shares (kei_core.kit): limits compared exactly,
the law carried once (Law, for Rule and Provision alike), blocks made rules, equipment, scopes,
and a plugin of one jurisdiction declared in a line."""

from __future__ import annotations

import datetime as dt
import sys
import types
from decimal import Decimal
from typing import Any, ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_core
from kei_core import (
    AnyOf,
    Jurisdiction,
    JurisdictionPlugin,
    Law,
    Limit,
    Outcome,
    Period,
    Provision,
    RequiredEquipment,
    Rule,
    RuleKind,
    Scope,
    Status,
    Vehicle,
    failed,
    jurisdiction_plugin,
    passed,
    rules_from,
    unknown,
)
from kei_core.testing import check_conformance, make_registry
from kei_core_test_helpers import plugin_module

ON = dt.date(2026, 1, 22)
LAW: dict[str, Any] = {
    "citation": "Test Code § 1",
    "source": "https://example.org/law",
    "reviewed_on": "2026-11-25",
}
LAW_FIELDS = {
    "citation",
    "source",
    "reviewed_on",
    "source_as_of",
    "unconfirmed",
    "policy",
    "sources",
    "notes",
    "stage",
}


# -- the law, carried once -------------------------------------------------------------------------


def test_rule_and_provision_carry_the_law_through_one_base() -> None:
    assert {field.name for field in attrs.fields(Law)} == LAW_FIELDS
    assert issubclass(Rule, Law) and issubclass(Provision, Law)
    assert {field.name for field in attrs.fields(Rule)} >= LAW_FIELDS
    assert {field.name for field in attrs.fields(Provision)} >= LAW_FIELDS


def test_a_rule_is_written_as_before_id_jurisdiction_and_statement_first_the_rest_by_name() -> None:
    rule = Rule(
        "XK-OK",
        "XK",
        "ok",
        citation="Act s. 1",
        source="https://example.org",
        reviewed_on="2026-01-01",
        source_as_of="2025-12-01",
        sources="https://example.org/copy",
        in_force=Period("2020-01-01"),
    )
    assert (rule.id, rule.jurisdiction, rule.statement) == ("XK-OK", "XK", "ok")
    assert rule.reviewed_on == dt.date(2026, 1, 1) and rule.source_as_of == dt.date(2025, 12, 1)
    assert rule.sources == ("https://example.org/copy",)  # one URL, not its characters
    with pytest.raises(TypeError):
        Rule("XK-OK", "XK", "ok", "Act s. 1", "https://example.org", "2026-01-01")  # type: ignore[misc]


# -- limits ----------------------------------------------------------------------------------------


@given(st.decimals(min_value=1, max_value=3000, places=3))
def test_at_most_and_more_than_the_same_figure_never_agree(value: Decimal) -> None:
    assert Limit.at_most("54 in").admits(value) != Limit.more_than("54 in").admits(value)
    assert Limit.at_least("48 in").admits(value) != Limit.less_than("48 in").admits(value)


def test_54_inches_is_exactly_1371_6_mm() -> None:
    width = Limit.at_most("54 in")
    assert width.admits(Decimal("1371.6")) and not width.admits(Decimal("1371.7"))
    assert (width.dimension, width.unit, width.describe()) == ("length", "mm", "at most 54 in")


def test_a_limit_says_the_figures_as_people_write_them_with_the_places_the_comparison_needs() -> None:
    assert Limit.at_most("25 mph").figures(Decimal(110)) == ("110 km/h", " (40 km/h)")
    assert Limit.at_most("25 mph").figures(Decimal("40.24")) == ("40.24 km/h", " (40.23 km/h)")
    assert Limit.at_most("660 cc").figures(Decimal(657)) == ("657 cc", "")
    assert Limit.between("900 lb", "2,200 lb").describe() == "900 lb to 2,200 lb"


def test_a_limit_needs_a_bound_of_one_kind() -> None:
    with pytest.raises(ValueError, match="bound"):
        Limit()
    with pytest.raises(ValueError, match="different things"):
        Limit.between("1 m", "2 kg")


# -- equipment ------------------------------------------------------------------------------------

MIRRORS = RequiredEquipment(
    ["headlamps", "exterior_mirror_driver", AnyOf("exterior_mirror_passenger", "interior_mirror")], **LAW
)


def test_equipment_the_vehicle_lacks_is_a_condition_not_a_failure() -> None:
    outcome = MIRRORS.check(Vehicle(equipment=frozenset({"headlamps"})), ON)
    assert outcome.status is Status.CONDITIONAL
    assert len(outcome.conditions) == 2
    assert any("passenger's side or an interior" in c for c in outcome.conditions)


def test_any_of_is_met_by_either_fitting() -> None:
    for mirror in ("exterior_mirror_passenger", "interior_mirror"):
        truck = Vehicle(equipment=frozenset({"headlamps", "exterior_mirror_driver", mirror}))
        assert MIRRORS.check(truck, ON).status is Status.LEGAL


def test_equipment_names_must_be_known() -> None:
    with pytest.raises(ValueError, match="not an equipment name"):
        RequiredEquipment(["headlamp"], **LAW)


# -- blocks become rules ---------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Licence(Provision):
    """A block of a made-up statute: the driver holds a licence."""

    part: ClassVar[str] = "LICENCE"

    def statement(self) -> str:
        return f"The driver holds a licence ({self.citation})."

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        return passed(f"A licence is all {self.citation} asks.")


def test_rules_from_names_each_block_gives_it_its_law_and_one_period() -> None:
    rules = rules_from(
        "XK-ST",
        Licence(unconfirmed=True, notes="why", sources=("https://example.org/copy",), **LAW),
        attrs.evolve(MIRRORS, id="XK-ST-MIRRORS"),
        in_force=Period("2027-07-01"),
    )
    assert [r.id for r in rules] == ["XK-ST-LICENCE", "XK-ST-MIRRORS"]
    licence = rules[0]
    assert (licence.citation, licence.source, licence.reviewed_on) == (
        "Test Code § 1",
        LAW["source"],
        dt.date(2026, 11, 25),
    )
    assert licence.unconfirmed and not licence.policy and licence.notes == "why"
    assert licence.sources == ("https://example.org/copy",)
    assert licence.statement == "The driver holds a licence (Test Code § 1)."
    assert all(r.kind is RuleKind.REQUIREMENT and r.in_force == Period("2027-07-01") for r in rules)


def test_a_policy_block_is_flagged_and_its_message_is_its_own() -> None:
    (rule,) = rules_from("XK-ST", Licence(policy=True, **LAW), in_force=Period("2020-01-01"))
    assert rule.policy and rule.check is not None
    assert rule.check(Vehicle(), ON).message == "A licence is all Test Code § 1 asks."


def test_rules_from_needs_the_day_the_law_took_effect() -> None:
    with pytest.raises(ValueError, match="in_force=Period"):
        rules_from("XK-ST", Licence(**LAW))


# -- scopes ---------------------------------------------------------------------------------------


def small_trucks(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.displacement_cc is None:
        return unknown("Whether it is small needs displacement_cc.", settle=("give displacement_cc",))
    if vehicle.displacement_cc > 660:
        return failed(f"It is not small: {vehicle.displacement_cc} cc is over 660 cc.")
    return passed("It is small.")


SMALL = Scope(what="a small truck", law="Test Code § 1", test=small_trucks, ask="the test office")


def test_a_scope_leaves_a_vehicle_outside_it_unknown_and_says_whom_to_ask() -> None:
    refuse = SMALL.guard(lambda vehicle, on: failed("No registrations."))
    outside = refuse(Vehicle(displacement_cc=Decimal(1300)), ON)
    assert outside.status is Status.UNKNOWN
    assert outside.message.startswith(
        "It is not small: 1300 cc is over 660 cc. Only a small truck falls under"
    )
    assert outside.settle == ("ask the test office",)
    assert refuse(Vehicle(), ON).settle == ("give displacement_cc",)
    assert refuse(Vehicle(displacement_cc=Decimal(657)), ON).status is Status.NOT_LEGAL


def test_rules_from_guards_every_block_with_the_scope() -> None:
    (rule,) = rules_from("XK-ST", Licence(**LAW), in_force=Period("2020-01-01"), scope=SMALL)
    assert rule.check is not None
    assert rule.check(Vehicle(displacement_cc=Decimal(1300)), ON).status is Status.UNKNOWN
    assert rule.check(Vehicle(displacement_cc=Decimal(657)), ON).status is Status.LEGAL


def test_a_scope_is_tested_once_for_all_it_guards_and_again_for_another_vehicle_or_day() -> None:
    asked: list[tuple[Decimal | None, dt.date]] = []

    def counted(vehicle: Vehicle, on: dt.date) -> Outcome:
        asked.append((vehicle.displacement_cc, on))
        return small_trucks(vehicle, on)

    scope = Scope(what="a small truck", law="Test Code § 1", test=counted, ask="the test office")
    guarded = [scope.guard(lambda vehicle, on: passed("Fine.")) for _ in range(3)]
    small, large = Vehicle(displacement_cc=Decimal(657)), Vehicle(displacement_cc=Decimal(1300))
    assert [check(small, ON).status for check in guarded] == [Status.LEGAL] * 3
    assert [check(large, ON).status for check in guarded] == [Status.UNKNOWN] * 3
    later = ON + dt.timedelta(days=1)
    assert [check(large, later).status for check in guarded] == [Status.UNKNOWN] * 3
    assert guarded[0](small, ON).status is Status.LEGAL
    assert asked == [(657, ON), (1300, ON), (1300, later), (657, ON)]


# -- a plugin of one jurisdiction, declared --------------------------------------------------------

PARENT = plugin_module("xk_federal", [Jurisdiction("XK", "Test federal level")])


@pytest.fixture
def law_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """``xk_state_law`` with ``RULES``: one rule of XK-ST, in force from 2020."""
    module = types.ModuleType("xk_state_law")
    module.RULES = rules_from("XK-ST", Licence(**LAW), in_force=Period("2020-01-01"))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "xk_state_law", module)
    return module


def test_a_declared_plugin_owns_its_jurisdiction_and_imports_its_law_only_when_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plugin = jurisdiction_plugin("XK-ST", "Test State", parent="XK", rules="xk_state_law:RULES")
    assert isinstance(plugin, JurisdictionPlugin)
    assert plugin.name == "xk-st"
    assert plugin.kei_jurisdictions() == [Jurisdiction("XK-ST", "Test State", parent="XK", registers=True)]
    monkeypatch.delitem(sys.modules, "xk_state_law", raising=False)
    with pytest.raises(ModuleNotFoundError):
        plugin.kei_rules()  # the law module is imported now, not when the plugin was declared


@pytest.mark.usefixtures("law_module")
def test_a_declared_plugin_registers_answers_and_conforms() -> None:
    plugin = jurisdiction_plugin("XK-ST", "Test State", parent="XK", rules="xk_state_law:RULES")
    registry = make_registry(PARENT, plugin)
    assert "xk-st" in registry.plugins
    verdict = registry.evaluate(Vehicle(), "XK-ST", ON)
    assert verdict.finding("XK-ST-LICENCE") is not None
    assert check_conformance(plugin, with_plugins=[PARENT]) == []


def test_a_declared_plugin_names_its_rules_in_entry_point_syntax() -> None:
    with pytest.raises(ValueError, match="module:attribute"):
        jurisdiction_plugin("XK-ST", "Test State", parent="XK", rules="xk_state_law.RULES")
    with pytest.raises(ValueError, match="jurisdiction code"):
        jurisdiction_plugin("Texas", "Texas", parent="US", rules="x:RULES")


def test_a_declared_plugin_that_cannot_import_its_law_fails_alone_and_named() -> None:
    broken = jurisdiction_plugin("XK-ZZ", "Broken", parent="XK", rules="xk_no_such_law:RULES")
    registry = make_registry(PARENT, broken)
    info = registry.plugins["xk-zz"]
    assert info.failed and "xk_no_such_law" in (info.error or "")
    level = registry.evaluate(Vehicle(), "XK-ZZ", ON).levels[-1]
    assert level.status is Status.UNKNOWN
    assert any("plugin xk-zz failed" in str(problem) for problem in level.problems)


def test_the_kit_is_part_of_the_public_api() -> None:
    for name in (
        "Law",
        "Limit",
        "Provision",
        "RequiredEquipment",
        "AnyOf",
        "Scope",
        "rules_from",
        "RESTRICTIONS",
    ):
        assert name in kei_core.__all__
        assert getattr(kei_core, name) is not None
    with pytest.raises(AttributeError):
        kei_core.no_such_name  # noqa: B018
