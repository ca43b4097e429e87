"""Test helpers for plugin authors: a registry of chosen plugins, the conformance check, and
golden cases (vehicle, place, date -> expected answer) kept in a TOML file beside the tests.

    from kei_core.testing import make_registry, check_conformance, golden_cases, assert_golden_case

    def test_conformance():
        assert check_conformance(kei_us, distribution="kei-us") == []

    @pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
    def test_golden(case):
        assert_golden_case(case, make_registry(kei_us))
"""

from __future__ import annotations

import datetime as dt
import tomllib
import types
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from kei_core.dates import parse_iso_date
from kei_core.entrypoints import entry_points
from kei_core.evaluation import outcome_problem
from kei_core.plugins import ENTRY_POINT_GROUP, JURISDICTIONS_GROUP, Registry
from kei_core.rules import Jurisdiction, Requirement, Rule, RuleKind
from kei_core.status import Status
from kei_core.vehicle import Modification, Vehicle
from kei_core.vehicle_io import vehicle_from_mapping
from kei_core.verdicts import Finding, Verdict

__all__ = [
    "GoldenCase",
    "assert_golden_case",
    "check_conformance",
    "golden_cases",
    "make_registry",
    "sample_vehicles",
    "vehicle_from_mapping",
]


def make_registry(*modules: types.ModuleType) -> Registry:
    """A registry holding exactly ``modules`` (entry-point autoload off), for tests."""
    registry = Registry(autoload=False, environ={})
    for module in modules:
        registry.register(module)
    return registry


def sample_vehicles() -> list[Vehicle]:
    """Vehicles every rule must answer without crashing: empty, complete, old, new, odd."""
    full = dict(
        make="Suzuki",
        model="Carry",
        model_code="DA63T",
        manufactured="2005-06",
        first_registered="2005-07-14",
        length_mm=3395,
        width_mm=1475,
        height_mm=1765,
        displacement_cc=658,
        power_kw=36,
        curb_weight_kg=700,
        gvwr_kg=1160,
        payload_kg=350,
        seats=2,
        drive="4WD",
        fuel="petrol",
        top_speed_kmh=120,
        steering="right",
        original_configuration=True,
        commercial_use=False,
        equipment=["headlamps", "tail_lamps", "stop_lamps", "turn_signals", "parking_brake", "seat_belts"],
        documents=["maker_label", "export_certificate"],
    )
    return [
        Vehicle(),
        vehicle_from_mapping(full),
        vehicle_from_mapping(
            {**full, "manufactured": "1988", "displacement_cc": 543, "first_registered": None}
        ),
        vehicle_from_mapping(
            {
                **full,
                "manufactured": "2024-02-29",
                "first_registered": None,
                "fuel": "electric",
                "displacement_cc": None,
            }
        ),
        attrs.evolve(
            vehicle_from_mapping({**full, "original_configuration": False, "top_speed_kmh": 40}),
            modifications=(Modification(None, "speed governor", True),),
        ),
    ]


def _declared_codes(module_name: str, distribution: str | None) -> tuple[set[str] | None, bool]:
    """Codes declared statically for ``module_name``, and whether a ``kei`` entry point names it.

    :raises LookupError: ``distribution`` is not installed (or declares no kei entry point), so
        nothing about its declaration can be checked.
    """
    if distribution is None:
        return None, True
    wanted = distribution.lower().replace("_", "-")
    mine = [
        ep
        for ep in entry_points(ENTRY_POINT_GROUP, JURISDICTIONS_GROUP)
        if (ep.distribution or "").lower().replace("_", "-") == wanted
    ]
    if not mine:
        raise LookupError(distribution)
    codes = {ep.name for ep in mine if ep.group == JURISDICTIONS_GROUP and ep.value == module_name}
    has_entry = any(ep.group == ENTRY_POINT_GROUP and ep.value == module_name for ep in mine)
    return codes, has_entry


def check_conformance(
    module: types.ModuleType,
    distribution: str | None = None,
    *,
    with_plugins: Iterable[types.ModuleType] = (),
    on: Iterable[dt.date] = (dt.date(2026, 1, 22),),
) -> list[str]:
    """Every way ``module`` breaks the plugin contract, as sentences; ``[]`` when it conforms.

    Checks: hooks are valid and return the right types; every rule has an ID, a statement, a
    citation, an http(s) source and a review date; IDs are unique; every owned code has one
    owner and an existing parent; pathways name a declared requirement; the static
    ``kei.jurisdictions`` declaration of ``distribution`` matches what the hooks say; and every
    rule answers the :func:`sample_vehicles` with an :class:`~kei_core.Outcome`, never a crash.
    Pass the plugins it builds on (``with_plugins=[kei_us]``) so parents and requirements resolve.
    """
    problems: list[str] = []
    registry = make_registry(*with_plugins)
    plugin = registry.register(module)
    if plugin.error:
        return [f"plugin {plugin.name}: {plugin.error}"]
    if (
        "kei_rules" not in plugin.hooks
        and "kei_jurisdictions" not in plugin.hooks
        and "kei_models" not in plugin.hooks
    ):
        problems.append(f"{module.__name__} implements no kei hook")
    others = [p for p in registry.plugins.values() if p.name != plugin.name]
    owned = [j.code for j in plugin.jurisdictions]
    known_codes = set(owned) | {j.code for p in others for j in p.jurisdictions}
    for code in {c for c in owned if owned.count(c) > 1}:
        problems.append(f"{code} is returned more than once by kei_jurisdictions")
    for jurisdiction in plugin.jurisdictions:
        if any(jurisdiction.code in {j.code for j in p.jurisdictions} for p in others):
            problems.append(f"{jurisdiction.code} is also owned by another plugin")
        if jurisdiction.parent and jurisdiction.parent not in known_codes:
            problems.append(
                f"{jurisdiction.code}'s parent {jurisdiction.parent} is owned by no plugin given "
                "(pass the plugin that owns it in with_plugins)"
            )
    requirements = {
        item.id for p in registry.plugins.values() for item in p.rules if isinstance(item, Requirement)
    }
    seen: set[str] = set()
    rule_codes: set[str] = set()
    for item in plugin.rules:
        rule_codes.add(item.jurisdiction)
        if item.id in seen:
            problems.append(f"ID {item.id} is used more than once")
        seen.add(item.id)
        if item.jurisdiction not in known_codes:
            problems.append(f"{item.id} is for {item.jurisdiction}, which no plugin given owns")
        if isinstance(item, Rule):
            problems.extend(_rule_problems(item, requirements))
    try:
        declared, has_entry = _declared_codes(module.__name__, distribution)
    except LookupError:
        problems.append(
            f"distribution {distribution} is not installed (or declares no kei entry point), so its "
            "kei.jurisdictions declaration cannot be checked; install it first"
        )
        declared, has_entry = None, True
    if not has_entry:
        problems.append(
            f"distribution {distribution} has no [project.entry-points.kei] entry for {module.__name__}"
        )
    if declared is not None:
        needed = set(owned) | rule_codes
        for code in sorted(needed - declared):
            problems.append(f"{code} is not declared under kei.jurisdictions in {distribution}")
        for code in sorted(declared - needed):
            problems.append(
                f"{code} is declared under kei.jurisdictions in {distribution} but has no rules or owner"
            )
    for item in plugin.rules:
        if isinstance(item, Rule) and item.check is not None:
            problems.extend(_check_problems(item, on))
    return problems


def _rule_problems(rule: Rule, requirements: set[str]) -> list[str]:
    problems = []
    for name in ("statement", "citation", "source"):
        if not getattr(rule, name).strip():
            problems.append(f"{rule.id} has no {name}")
    if not rule.source.startswith(("https://", "http://")):
        problems.append(f"{rule.id}'s source {rule.source!r} is not a URL")
    if rule.reviewed_on > dt.date.today():
        problems.append(f"{rule.id} was reviewed in the future ({rule.reviewed_on})")
    if rule.kind is RuleKind.PATHWAY and rule.requirement not in requirements:
        problems.append(f"{rule.id} is a pathway of {rule.requirement}, which no plugin given declares")
    if rule.kind is not RuleKind.PATHWAY and rule.requirement is not None:
        problems.append(f"{rule.id} names requirement {rule.requirement} but is not a pathway")
    if rule.check is None and rule.kind is not RuleKind.INFORMATION:
        problems.append(f"{rule.id} has no check (only information rules may have none)")
    return problems


def _check_problems(rule: Rule, days: Iterable[dt.date]) -> list[str]:
    assert rule.check is not None
    for day in days:
        for vehicle in sample_vehicles():
            try:
                outcome = rule.check(vehicle, day)
            except Exception as error:
                return [f"{rule.id} raised {type(error).__name__}: {error} on {vehicle.label} ({day})"]
            problem = outcome_problem(outcome)
            if problem is not None:
                return [f"{rule.id} {problem} on {vehicle.label} ({day})"]
    return []


@attrs.frozen
class GoldenCase:
    """One worked example: a vehicle in a place on a date, and the answer the law gives."""

    name: str
    jurisdiction: str
    on: dt.date
    vehicle: Mapping[str, Any]
    status: Status | None = None
    eligible_from: dt.date | str | None = "any"
    passes: tuple[str, ...] = ()
    fails: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    source: str = ""

    def __str__(self) -> str:
        return self.name


_CASE_KEYS = {
    "name",
    "in",
    "on",
    "vehicle",
    "status",
    "eligible_from",
    "passes",
    "fails",
    "unknown",
    "source",
}


def golden_cases(path: Path | str) -> list[GoldenCase]:
    """The cases of a golden file: ``[[case]]`` tables with ``name``, ``in``, ``on``,
    ``vehicle`` and the expected ``status``, ``eligible_from`` (a date, or ``"none"``),
    ``passes``, ``fails`` and ``unknown`` rule IDs."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    cases = []
    for index, raw in enumerate(data.get("case", []), start=1):
        extra = set(raw) - _CASE_KEYS
        if extra:
            raise ValueError(f"{path}: case {index} has unknown keys {sorted(extra)}")
        eligible = raw.get("eligible_from", "any")
        if eligible == "none":
            eligible = None
        elif eligible != "any":
            eligible = parse_iso_date(eligible)
        cases.append(
            GoldenCase(
                name=raw.get("name", f"case {index}"),
                jurisdiction=raw["in"],
                on=parse_iso_date(raw["on"]),
                vehicle=raw.get("vehicle", {}),
                status=Status(raw["status"]) if "status" in raw else None,
                eligible_from=eligible,
                passes=tuple(raw.get("passes", ())),
                fails=tuple(raw.get("fails", ())),
                unknown=tuple(raw.get("unknown", ())),
                source=raw.get("source", ""),
            )
        )
    return cases


def _finding(verdict: Verdict, rule_id: str) -> Finding:
    finding = verdict.finding(rule_id)
    if finding is None:
        applied = ", ".join(f.rule for f in verdict.findings) or "none"
        raise AssertionError(f"rule {rule_id} was not applied (applied: {applied})")
    return finding


def assert_golden_case(case: GoldenCase, registry: Registry) -> Verdict:
    """Evaluate ``case`` and fail with a readable explanation where the answer differs."""
    vehicle = vehicle_from_mapping(case.vehicle)
    verdict: Verdict = registry.evaluate(vehicle, case.jurisdiction, case.on)
    story = "; ".join(f"{f.rule}={f.status.value} ({f.message})" for f in verdict.findings)
    if case.status is not None and verdict.status is not case.status:
        raise AssertionError(
            f"{case.name}: expected {case.status.value}, got {verdict.status.value}: {story}"
        )
    if case.eligible_from != "any" and verdict.eligible_from != case.eligible_from:
        raise AssertionError(
            f"{case.name}: expected eligible_from {case.eligible_from}, got {verdict.eligible_from}: {story}"
        )
    for rule_id in case.passes:
        finding = _finding(verdict, rule_id)
        if not finding.status.permits_use:
            raise AssertionError(
                f"{case.name}: expected {rule_id} to pass, got {finding.status.value}: {finding.message}"
            )
    for rule_id in case.fails:
        finding = _finding(verdict, rule_id)
        if finding.status is not Status.NOT_LEGAL:
            raise AssertionError(
                f"{case.name}: expected {rule_id} to fail, got {finding.status.value}: {finding.message}"
            )
    for rule_id in case.unknown:
        finding = _finding(verdict, rule_id)
        if finding.status is not Status.UNKNOWN:
            raise AssertionError(
                f"{case.name}: expected {rule_id} unknown, got {finding.status.value}: {finding.message}"
            )
    return verdict


_ = Jurisdiction
