"""Test helpers for plugin authors: a registry of chosen plugins, the conformance check, and
golden cases (vehicle, place, date -> expected answer) kept in a TOML file beside the tests.

A plugin needs no test code for these: kei-core's pytest plugin (:mod:`kei_core.testing.pytest_plugin`)
collects every ``golden*.toml`` whose header names the plugins to register, and runs its cases
and the conformance check as test items::

    plugins = ["kei_us", "kei_us_la:plugin"]   # modules or module:attribute; the last is under test
    distribution = "kei-us-la"                 # its entry points are checked too

The same helpers serve a plugin's own tests::

    from kei_core.testing import make_registry, check_conformance, vehicle_from_mapping

    registry = make_registry(kei_us, kei_us_la.plugin)
    verdict = registry.evaluate(vehicle_from_mapping({"manufactured": "1996-05"}), "US-LA", day)
    assert check_conformance(kei_us_la.plugin, distribution="kei-us-la", with_plugins=[kei_us]) == []
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
from kei_core.rules import Requirement, Rule, RuleKind
from kei_core.status import Status
from kei_core.testing.purity import age_read_problems, declaration_problems
from kei_core.vehicle import Modification, Vehicle
from kei_core.vehicle_io import vehicle_from_mapping
from kei_core.verdicts import Finding, Verdict
from kei_core.vocabulary import DOCUMENTS, EQUIPMENT, RESTRICTIONS

__all__ = [
    "GoldenCase",
    "assert_golden_case",
    "check_conformance",
    "golden_cases",
    "make_registry",
    "sample_vehicles",
    "vehicle_from_mapping",
]


def make_registry(*plugins: object) -> Registry:
    """A registry holding exactly ``plugins`` (modules, or objects with ``@hookimpl`` methods such
    as a declared ``jurisdiction_plugin``), entry-point autoload off, for tests."""
    registry = Registry(autoload=False, environ={})
    for plugin in plugins:
        registry.register(plugin)
    return registry


def _label(plugin: object) -> str:
    """How a problem names a plugin: its module's name, or the declared plugin's name."""
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__
    return f"plugin {getattr(plugin, 'name', None) or type(plugin).__name__}"


def sample_vehicles() -> list[Vehicle]:
    """Vehicles every rule must answer without crashing: empty, complete, old, new, odd, and one
    with every item of equipment and every document kei knows."""
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
        vehicle_from_mapping(
            {
                **full,
                "manufactured": "1990-03",
                "equipment": sorted(EQUIPMENT),
                "documents": sorted(DOCUMENTS),
            }
        ),
    ]


def _entry_points_of(plugin: object, distribution: str) -> tuple[set[str], bool]:
    """The codes ``distribution`` declares under ``kei.jurisdictions`` for ``plugin``, and whether
    one of its ``kei`` entry points names ``plugin`` (loads to this very module or object).

    A ``kei.jurisdictions`` value names the plugin as discovery reads it: the ``kei`` entry's
    whole value (``kei_us_la:plugin``) or its module part (``kei_us_la``).

    :raises LookupError: ``distribution`` is not installed (or declares no kei entry point), so
        nothing about its declaration can be checked.
    """
    wanted = distribution.lower().replace("_", "-")
    mine = [
        ep
        for ep in entry_points(ENTRY_POINT_GROUP, JURISDICTIONS_GROUP)
        if (ep.distribution or "").lower().replace("_", "-") == wanted
    ]
    if not mine:
        raise LookupError(distribution)
    values: set[str] = set()
    for ep in mine:
        if ep.group != ENTRY_POINT_GROUP:
            continue
        try:
            named = ep.load() is plugin
        except Exception:  # another plugin of the distribution that fails to import is not this one
            named = False
        if named:
            values |= {ep.value, ep.value.partition(":")[0].strip()}
    codes = {ep.name for ep in mine if ep.group == JURISDICTIONS_GROUP and ep.value in values}
    return codes, bool(values)


def check_conformance(
    plugin: object,
    distribution: str | None = None,
    *,
    with_plugins: Iterable[object] = (),
    on: Iterable[dt.date] = (dt.date(2026, 1, 22),),
) -> list[str]:
    """Every way ``plugin`` (a module, or an object with ``@hookimpl`` methods such as a
    ``state_plugin(...)``) breaks the plugin contract, as sentences; ``[]`` when it conforms.

    Checks:

    * its hooks are valid and return the right types;
    * every rule has an ID, a statement, a citation, an http(s) source and a review date not in
      the future; IDs are unique; a pathway names a declared requirement;
    * every owned code has one owner and an existing parent;
    * with ``distribution``: one of its ``kei`` entry points names this very plugin, and its
      static ``kei.jurisdictions`` declaration matches what the hooks say;
    * every rule answers the :func:`sample_vehicles` with an :class:`~kei_core.Outcome`, never a
      crash, and restricts use only with kinds of :data:`kei_core.RESTRICTIONS` or restriction
      terms the plugins given declare (hook ``kei_vocabulary``);
    * a rule's check reads no field its ``reads`` leaves out, and answers alike on different
      dates when it declares ``uses_date=False`` (:mod:`kei_core.testing.purity`);
    * before the earliest day a rule of an owned jurisdiction is in force, that level answers
      ``unknown`` ("no rule encoded for this date"), never a later law's answer.

    Pass the plugins it builds on (``with_plugins=[kei_us]``) so parents and requirements resolve.
    """
    problems: list[str] = []
    registry = make_registry(*with_plugins)
    info = registry.register(plugin)
    label = _label(plugin)
    if info.error:
        return [f"plugin {info.name}: {info.error}"]
    if (
        "kei_rules" not in info.hooks
        and "kei_jurisdictions" not in info.hooks
        and "kei_models" not in info.hooks
    ):
        problems.append(f"{label} implements no kei hook")
    others = [p for p in registry.plugins.values() if p.name != info.name]
    owned = [j.code for j in info.jurisdictions]
    known_codes = set(owned) | {j.code for p in others for j in p.jurisdictions}
    for code in {c for c in owned if owned.count(c) > 1}:
        problems.append(f"{code} is returned more than once by kei_jurisdictions")
    for jurisdiction in info.jurisdictions:
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
    for item in info.rules:
        rule_codes.add(item.jurisdiction)
        if item.id in seen:
            problems.append(f"ID {item.id} is used more than once")
        seen.add(item.id)
        if item.jurisdiction not in known_codes:
            problems.append(f"{item.id} is for {item.jurisdiction}, which no plugin given owns")
        if isinstance(item, Rule):
            problems.extend(_rule_problems(item, requirements))
    if distribution is not None:
        problems.extend(_declaration_problems(plugin, label, distribution, set(owned) | rule_codes))
    kinds = set(RESTRICTIONS) | {term.name for _, term in registry.vocabulary() if term.kind == "restriction"}
    for item in info.rules:
        if isinstance(item, Rule) and item.check is not None:
            problems.extend(_check_problems(item, on, kinds))
            problems.extend(declaration_problems(item, on, sample_vehicles()))
            problems.extend(age_read_problems(item, on, sample_vehicles()))
    for code in owned:
        problems.extend(_before_the_first_rule(registry, code))
    return problems


def _declaration_problems(plugin: object, label: str, distribution: str, needed: set[str]) -> list[str]:
    try:
        declared, has_entry = _entry_points_of(plugin, distribution)
    except LookupError:
        return [
            f"distribution {distribution} is not installed (or declares no kei entry point), so its "
            "kei.jurisdictions declaration cannot be checked; install it first"
        ]
    if not has_entry:
        return [f"distribution {distribution} has no [project.entry-points.kei] entry that loads {label}"]
    problems = [
        f"{code} is not declared under kei.jurisdictions in {distribution}"
        for code in sorted(needed - declared)
    ]
    problems += [
        f"{code} is declared under kei.jurisdictions in {distribution} but has no rules or owner"
        for code in sorted(declared - needed)
    ]
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


def _check_problems(rule: Rule, days: Iterable[dt.date], kinds: set[str]) -> list[str]:
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
            for restriction in outcome.restrictions:
                if restriction.kind not in kinds:
                    return [
                        f"{rule.id} restricts use with kind {restriction.kind!r}, which kei_core.RESTRICTIONS "
                        "does not define (a new kind is one more line there, with what its value means)"
                    ]
    return []


def _before_the_first_rule(registry: Registry, code: str) -> list[str]:
    """Before the first rule kei knows for ``code`` is in force, the level answers ``unknown``."""
    starts = [
        item.in_force.start
        for _, item in registry.all_rules()
        if isinstance(item, Rule) and item.jurisdiction == code
    ]
    if not starts or None in starts:
        return []  # no rule, or one in force since time began: there is no "before"
    first = min(start for start in starts if start is not None)
    day = first - dt.timedelta(days=1)
    for vehicle in sample_vehicles():
        verdict = registry.evaluate(vehicle, code, day)
        level = next((level for level in verdict.levels if level.jurisdiction == code), None)
        if level is not None and level.status is not Status.UNKNOWN:
            return [
                f"{code} answers {level.status.value} on {day} for {vehicle.label}, the day before its first rule "
                f"begins ({first}): before the first rule kei knows, a level answers unknown"
            ]
    return []


@attrs.frozen
class GoldenCase:
    """One worked example: a vehicle in a place on a date, and the answer the law gives.

    Only what a case states is checked: ``status``, ``eligible_from`` (``None`` for "none",
    ``"any"`` when not stated), rule IDs that ``passes``, ``fails`` or are ``unknown``, rules
    ``applied`` (a finding whatever its status: information) and ``not_applied`` (no finding on
    that date), each level's status (``levels``), the
    verdict's ``restrictions`` (kind -> value, all of them), fragments of its ``conditions`` (and
    ``no_condition``: fragments no condition may contain), fragments of a rule's message
    (``says``), and the flags a rule's finding carries (``flags``: ``unconfirmed``, ``policy``).
    """

    name: str
    jurisdiction: str
    on: dt.date
    vehicle: Mapping[str, Any]
    status: Status | None = None
    eligible_from: dt.date | str | None = "any"
    passes: tuple[str, ...] = ()
    fails: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()
    applied: tuple[str, ...] = ()
    not_applied: tuple[str, ...] = ()
    levels: Mapping[str, Status] = attrs.field(factory=dict)
    restrictions: Mapping[str, Any] | None = None
    conditions: tuple[str, ...] = ()
    no_condition: tuple[str, ...] = ()
    says: Mapping[str, str] = attrs.field(factory=dict)
    flags: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
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
    "applied",
    "not_applied",
    "levels",
    "restrictions",
    "conditions",
    "no_condition",
    "says",
    "flags",
    "source",
}
_FLAGS = {"unconfirmed", "policy"}
HEADER_KEYS = {"plugins", "distribution", "case"}
"""The top-level keys of a golden file: the plugins to register, the distribution whose entry
points the conformance check reads, and the cases."""


def _texts(raw: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, ())
    if isinstance(value, str) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{where}: {key} must be a list of strings")
    return tuple(value)


def _as_tuples(value: Any) -> Any:
    """TOML arrays as the tuples restriction values are."""
    if isinstance(value, list | tuple):
        return tuple(_as_tuples(item) for item in value)
    return value


def golden_cases(path: Path | str) -> list[GoldenCase]:
    """The cases of a golden file: ``[[case]]`` tables with ``name``, ``in``, ``on``,
    ``vehicle`` and what is expected (see :class:`GoldenCase`): ``status``, ``eligible_from`` (a
    date, or ``"none"``), ``passes``, ``fails``, ``unknown``, ``applied`` and ``not_applied`` rule IDs,
    ``levels`` (code -> status), ``restrictions`` (kind -> value), ``conditions`` and
    ``no_condition`` (fragments), ``says`` (rule ID -> fragment of its message) and ``flags``
    (rule ID -> ``["unconfirmed", "policy"]``, exactly). Unknown keys are errors."""
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    extra = set(data) - HEADER_KEYS
    if extra:
        raise ValueError(f"{path}: unknown top-level keys {sorted(extra)} (expected {sorted(HEADER_KEYS)})")
    cases = []
    for index, raw in enumerate(data.get("case", []), start=1):
        where = f"{path}: case {index}"
        extra = set(raw) - _CASE_KEYS
        if extra:
            raise ValueError(f"{where} has unknown keys {sorted(extra)}")
        eligible = raw.get("eligible_from", "any")
        if eligible == "none":
            eligible = None
        elif eligible != "any":
            eligible = parse_iso_date(eligible)
        flags = {rule: frozenset(_texts(raw["flags"], rule, where)) for rule in raw.get("flags", {})}
        for rule, named in flags.items():
            if named - _FLAGS:
                raise ValueError(
                    f"{where}: flags of {rule} may name only {sorted(_FLAGS)}, not {sorted(named - _FLAGS)}"
                )
        cases.append(
            GoldenCase(
                name=raw.get("name", f"case {index}"),
                jurisdiction=raw["in"],
                on=parse_iso_date(raw["on"]),
                vehicle=raw.get("vehicle", {}),
                status=Status(raw["status"]) if "status" in raw else None,
                eligible_from=eligible,
                passes=_texts(raw, "passes", where),
                fails=_texts(raw, "fails", where),
                unknown=_texts(raw, "unknown", where),
                applied=_texts(raw, "applied", where),
                not_applied=_texts(raw, "not_applied", where),
                levels={code: Status(status) for code, status in raw.get("levels", {}).items()},
                restrictions=(
                    {kind: _as_tuples(value) for kind, value in raw["restrictions"].items()}
                    if "restrictions" in raw
                    else None
                ),
                conditions=_texts(raw, "conditions", where),
                no_condition=_texts(raw, "no_condition", where),
                says=dict(raw.get("says", {})),
                flags=flags,
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


def _restrictions(verdict: Verdict) -> dict[str, Any]:
    """The verdict's restrictions as kind -> value (a tuple of values where a kind comes twice)."""
    found: dict[str, list[Any]] = {}
    for restriction in verdict.restrictions:
        found.setdefault(restriction.kind, []).append(_as_tuples(restriction.value))
    return {kind: values[0] if len(values) == 1 else tuple(values) for kind, values in found.items()}


def assert_golden_case(case: GoldenCase, registry: Registry) -> Verdict:
    """Evaluate ``case`` and fail with a readable explanation where the answer differs."""
    vehicle = vehicle_from_mapping(case.vehicle)
    verdict: Verdict = registry.evaluate(vehicle, case.jurisdiction, case.on)
    story = "; ".join(f"{f.rule}={f.status.value} ({f.message})" for f in verdict.findings)

    def fail(expected: str, *, with_story: bool = False) -> AssertionError:
        return AssertionError(f"{case.name}: expected {expected}" + (f": {story}" if with_story else ""))

    if case.status is not None and verdict.status is not case.status:
        raise fail(f"{case.status.value}, got {verdict.status.value}", with_story=True)
    if case.eligible_from != "any" and verdict.eligible_from != case.eligible_from:
        raise fail(f"eligible_from {case.eligible_from}, got {verdict.eligible_from}", with_story=True)
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
    for rule_id in case.applied:
        _finding(verdict, rule_id)
    for rule_id in case.not_applied:
        if verdict.finding(rule_id) is not None:
            raise fail(f"{rule_id} not to apply on {case.on}")
    levels = {level.jurisdiction: level.status for level in verdict.levels}
    for code, status in case.levels.items():
        if levels.get(code) is not status:
            got = levels[code].value if code in levels else "no such level"
            raise fail(f"level {code} {status.value}, got {got}", with_story=True)
    if case.restrictions is not None and _restrictions(verdict) != dict(case.restrictions):
        raise fail(f"restrictions {dict(case.restrictions)}, got {_restrictions(verdict)}")
    for fragment in case.conditions:
        if not any(fragment in condition for condition in verdict.conditions):
            raise fail(f"a condition saying {fragment!r}; the conditions are {list(verdict.conditions)}")
    for fragment in case.no_condition:
        found = [condition for condition in verdict.conditions if fragment in condition]
        if found:
            raise fail(f"no condition saying {fragment!r}, got {found}")
    for rule_id, fragment in case.says.items():
        finding = _finding(verdict, rule_id)
        if fragment not in finding.message:
            raise AssertionError(f"{case.name}: expected {rule_id} to say {fragment!r}: {finding.message}")
    for rule_id, expected in case.flags.items():
        finding = _finding(verdict, rule_id)
        carried = {flag for flag in _FLAGS if getattr(finding, flag)}
        if carried != expected:
            raise AssertionError(
                f"{case.name}: expected {rule_id} flagged {sorted(expected) or 'nothing'}, got "
                f"{sorted(carried) or 'nothing'}"
            )
    return verdict
