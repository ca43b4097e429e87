"""What every state plugin built on the kit must do, checked on each state kei ships.

A state plugin holds its law and its worked examples (golden.toml) only; the properties every
state shares live here, run against each state package that is installed (skipped otherwise,
as when kei-us is tested alone).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import importlib.metadata
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kei_us
from kei_core import EQUIPMENT, JurisdictionPlugin, Limit, Rule, Status, Vehicle
from kei_core.testing import make_registry, sample_vehicles, vehicle_from_mapping
from kei_us.state_kit import FactVerdict, MiniTruckDefinition

STATES = tuple(
    sorted(
        point.name.removeprefix("us-")
        for point in importlib.metadata.entry_points(group="kei")
        if point.name.startswith("us-") and len(point.name) == 5
    )
) or ("tx",)
"""Every installed state plugin (entry point ``us-XX``), by the last part of its package name;
when kei-us is tested alone none is installed and the state tests skip."""

ON = dt.date(2026, 1, 22)
EVERY_FITTING = sorted(EQUIPMENT)


def state(name: str) -> JurisdictionPlugin:
    """The declared plugin of ``kei_us_<name>``, or a skip when that state is not installed."""
    plugin: JurisdictionPlugin = pytest.importorskip(f"kei_us_{name}").plugin
    return plugin


@cache
def registry_with(name: str, *, federal: bool = True) -> Any:
    """kei-us (unless ``federal=False``), kei-jp where installed (states defining their class by
    the kei class ask it), and the state."""
    plugins: list[object] = [kei_us] if federal else []
    with contextlib.suppress(ImportError):
        plugins.append(importlib.import_module("kei_jp"))
    return make_registry(*plugins, state(name))


def rules_of(plugin: JurisdictionPlugin) -> list[Rule]:
    return [item for item in plugin.kei_rules() if isinstance(item, Rule)]


def first_start(plugin: JurisdictionPlugin) -> dt.date | None:
    """The day the state's first rule begins; ``None`` if one has been in force since time began."""
    starts = [rule.in_force.start for rule in rules_of(plugin)]
    return None if None in starts else min(s for s in starts if s is not None)


def level(verdict: Any, code: str) -> Any:
    return next(level for level in verdict.levels if level.jurisdiction == code)


def definitions(plugin: JurisdictionPlugin) -> list[MiniTruckDefinition]:
    """The kit definitions in the state's law modules."""
    found = []
    for reference in plugin.rules:
        module = importlib.import_module(reference.partition(":")[0])
        found += [value for value in vars(module).values() if isinstance(value, MiniTruckDefinition)]
    return found


# -- the plugin is its declaration ----------------------------------------------------------------


@pytest.mark.parametrize("name", STATES)
def test_a_state_plugin_owns_its_state_below_the_federal_level_and_registers_vehicles(name: str) -> None:
    plugin = state(name)
    (jurisdiction,) = plugin.kei_jurisdictions()
    assert jurisdiction.code == f"US-{name.upper()}"
    assert jurisdiction.parent == kei_us.FEDERAL_CODE
    assert jurisdiction.registers
    assert plugin.name == f"us-{name}"
    assert {rule.jurisdiction for rule in rules_of(plugin)} == {jurisdiction.code}


# -- time: nothing before the first rule ------------------------------------------------------------


@pytest.mark.parametrize("name", STATES)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_before_its_first_rule_a_state_is_unknown_never_legal_or_conditional(
    name: str, data: st.DataObject
) -> None:
    plugin = state(name)
    first = first_start(plugin)
    if first is None:
        pytest.skip("a rule of this state is in force since time began; its golden cases say what it answers")
    before = first - dt.timedelta(days=1)
    on = data.draw(st.dates(min_value=min(dt.date(1990, 1, 1), before), max_value=before))
    built = data.draw(st.dates(min_value=dt.date(1960, 1, 1), max_value=min(on, dt.date(1995, 12, 31))))
    vehicle = vehicle_from_mapping(
        {"manufactured": built.isoformat(), "original_configuration": True, "equipment": EVERY_FITTING}
    )
    verdict = registry_with(name).evaluate(vehicle, plugin.jurisdiction.code, on)
    assert level(verdict, plugin.jurisdiction.code).status is Status.UNKNOWN
    assert not level(verdict, plugin.jurisdiction.code).findings
    assert not verdict.status.permits_use


@pytest.mark.parametrize("name", STATES)
@settings(max_examples=20, deadline=None)
@given(
    built=st.dates(min_value=dt.date(1998, 1, 1), max_value=dt.date(2015, 12, 31)),
    on=st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2029, 12, 31)),
)
def test_eligible_from_is_the_first_day_time_no_longer_stands_in_the_way(
    name: str, built: dt.date, on: dt.date
) -> None:
    plugin = state(name)
    registry = registry_with(name)
    vehicle = vehicle_from_mapping(
        {"manufactured": built.isoformat(), "original_configuration": True, "equipment": EVERY_FITTING}
    )
    verdict = registry.evaluate(vehicle, plugin.jurisdiction.code, on)
    if verdict.eligible_from is None:
        return
    day = verdict.eligible_from
    assert registry.evaluate(vehicle, plugin.jurisdiction.code, day).eligible_from is None
    assert (
        registry.evaluate(vehicle, plugin.jurisdiction.code, day - dt.timedelta(days=1)).eligible_from == day
    )


# -- flags: a state resting on copies never reads legal ----------------------------------------------


@pytest.mark.parametrize("name", STATES)
@settings(max_examples=20, deadline=None)
@given(
    built=st.dates(min_value=dt.date(1975, 1, 1), max_value=dt.date(2015, 12, 31)),
    on=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2060, 12, 31)),
)
def test_a_state_whose_every_finding_rests_on_unconfirmed_text_never_reads_legal(
    name: str, built: dt.date, on: dt.date
) -> None:
    plugin = state(name)
    if not any(rule.unconfirmed for rule in rules_of(plugin)):
        pytest.skip("every rule of this state rests on an official text")
    vehicle = vehicle_from_mapping(
        {"manufactured": built.isoformat(), "original_configuration": True, "equipment": EVERY_FITTING}
    )
    verdict = registry_with(name).evaluate(vehicle, plugin.jurisdiction.code, on)
    findings = level(verdict, plugin.jurisdiction.code).findings
    if findings and all(finding.unconfirmed for finding in findings):
        assert verdict.status is not Status.LEGAL


# -- plugins missing ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", STATES)
def test_without_kei_us_a_state_is_never_usable_and_says_to_install_it(name: str) -> None:
    plugin = state(name)
    verdict = registry_with(name, federal=False).evaluate(
        vehicle_from_mapping({"manufactured": "1995-06", "original_configuration": True}),
        plugin.jurisdiction.code,
        ON,
    )
    assert not verdict.status.permits_use
    federal = level(verdict, kei_us.FEDERAL_CODE)
    assert federal.status is Status.UNKNOWN
    assert any("kei-us" in str(problem) for problem in federal.problems)


@pytest.mark.parametrize("name", STATES)
def test_without_the_state_plugin_its_level_is_unknown_and_names_what_is_missing(name: str) -> None:
    code = state(name).jurisdiction.code
    verdict = make_registry(kei_us).evaluate(
        vehicle_from_mapping({"manufactured": "1995-06", "original_configuration": True}), code, ON
    )
    assert verdict.status is Status.UNKNOWN
    assert any(code in str(problem) for problem in level(verdict, code).problems)


# -- figures and sentences ------------------------------------------------------------------------


def _figure_axes(definition: MiniTruckDefinition) -> list[tuple[str, str, Limit]]:
    axes = [
        (name, field, getattr(definition, name))
        for name, field in (
            ("width", "width_mm"),
            ("length", "length_mm"),
            ("height", "height_mm"),
            ("top_speed", "top_speed_kmh"),
        )
        if getattr(definition, name) is not None
    ]
    if definition.engine is not None:
        axes.append(("engine", "displacement_cc", definition.engine))
    return axes


def _exactly_within(limit: Limit, value: Decimal) -> bool:
    """The comparison written out from the bounds' exact SI values, apart from the kit's own."""
    low = limit.low is None or (value >= limit.low.si if limit.low_inclusive else value > limit.low.si)
    high = limit.high is None or (value <= limit.high.si if limit.high_inclusive else value < limit.high.si)
    return low and high


@pytest.mark.parametrize("name", STATES)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_figure_of_a_state_definition_is_compared_exactly_and_said_as_compared(
    name: str, data: st.DataObject
) -> None:
    axes = [(d, axis) for d in definitions(state(name)) for axis in _figure_axes(d)]
    if not axes:
        pytest.skip("this state's law sets no figure")
    definition, (_, field, limit) = data.draw(st.sampled_from(axes))
    bound = (limit.low or limit.high).si  # type: ignore[union-attr]
    value = data.draw(
        st.decimals(min_value=bound * Decimal("0.9"), max_value=bound * Decimal("1.1"), places=4)
    )
    vehicle = Vehicle(**{field: value, "fuel": "petrol"})
    (fact,) = [f for f in definition.facts(vehicle) if f.field == field]
    assert (fact.verdict is FactVerdict.FITS) is _exactly_within(limit, value)
    shown, converted = limit.figures(value)
    if fact.verdict is FactVerdict.FAILS:
        outcome = definition.check(vehicle, ON)
        assert outcome.status is Status.NOT_LEGAL
        assert f"{shown} is not {limit.describe()}{converted}" in outcome.message
    rounded = Decimal(shown.split(" ")[0].replace(",", ""))
    if converted:
        bounds = [
            Decimal(b.strip().split(" ")[0].replace(",", "")) for b in converted.strip(" ()").split(" to ")
        ]
        in_words = Limit(
            low=None if limit.low is None else type(limit.low).parse(f"{bounds[0]} {limit.unit}"),
            high=None if limit.high is None else type(limit.high).parse(f"{bounds[-1]} {limit.unit}"),
            low_inclusive=limit.low_inclusive,
            high_inclusive=limit.high_inclusive,
        )
        assert in_words.admits(rounded) is _exactly_within(limit, value)


@pytest.mark.parametrize("name", STATES)
def test_every_condition_a_state_sets_reads_as_a_sentence(name: str) -> None:
    plugin = state(name)
    registry = registry_with(name)
    days = {ON, *(rule.in_force.start for rule in rules_of(plugin) if rule.in_force.start)}
    for vehicle in sample_vehicles():
        for day in days:
            for finding in level(
                registry.evaluate(vehicle, plugin.jurisdiction.code, day), plugin.jurisdiction.code
            ).findings:
                for condition in finding.conditions:
                    assert condition[:1].islower(), condition
                    assert not condition.startswith(("it has is ", "it has it ", "it has its ")), condition


@pytest.mark.parametrize("name", STATES)
def test_an_unknown_answer_never_says_the_truck_may_be_driven(name: str) -> None:
    # Audit F7: whether a truck may be driven is the verdict's answer; no finding of the state
    # beside an unknown answer may say it is.
    plugin = state(name)
    registry = registry_with(name)
    days = {
        ON,
        *(day for rule in rules_of(plugin) for day in (rule.in_force.start, rule.in_force.end) if day),
    }
    for vehicle in sample_vehicles():
        for day in days:
            verdict = registry.evaluate(vehicle, plugin.jurisdiction.code, day)
            if verdict.status is Status.UNKNOWN:
                findings = level(verdict, plugin.jurisdiction.code).findings
                assert not [f.message for f in findings if "may be driven" in f.message]
