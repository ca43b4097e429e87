"""A place prepared for evaluation: its chain of levels, each with its owner, its rules and
what keeps it from answering, gathered once from the loaded plugins and then shared.

A level's rules in force change only on the days a rule comes into or goes out of force, so
the grouping the fold needs (which rules apply, which routes each requirement has) is made once
per stretch between such days (:meth:`LevelPlan.layout`), not once per vehicle.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.hints import hint_for
from kei_core.problems import Problem, ProblemKind
from kei_core.rules import Requirement, Rule, RuleKind
from kei_core.verdicts import IMPORT, REGISTRATION

if TYPE_CHECKING:
    from kei_core.plugins.rulebook import RuleBook


class Layout(NamedTuple):
    """A level's rules in force over a stretch of days, in declaration order, and each
    requirement's routes among them (by position; declared requirements first, so that one
    with no route in force still counts, as unknown)."""

    rules: tuple[tuple[Rule, str], ...]
    groups: tuple[tuple[str, tuple[int, ...]], ...]


_setattr_of = object.__setattr__.__get__


def _starts(rules: Sequence[tuple[Rule, str]]) -> tuple[dt.date, ...]:
    return tuple(sorted({day for rule, _ in rules for day in rule.in_force.boundaries()}))


def _in_force_changes(level: LevelPlan) -> tuple[dt.date, ...]:
    return _starts(level.rules)


def _days(level: LevelPlan) -> frozenset[dt.date]:
    return frozenset(day for rule, _ in level.rules for day in rule.boundaries())


def _all_rules(level: LevelPlan) -> tuple[Rule, ...]:
    return tuple(rule for rule, _ in level.rules)


def _last_start(level: LevelPlan) -> dt.date | None:
    return max(
        (rule.in_force.start for rule, _ in level.rules if rule.in_force.start is not None), default=None
    )


@attrs.frozen
class LevelPlan:
    """A level of a place with everything needed to evaluate it on any date."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    code: str
    name: str
    owner: str | None
    problems: tuple[Problem, ...]
    rules: tuple[tuple[Rule, str], ...]
    requirements: dict[str, Requirement]
    registers: bool = False
    """Whether this level registers vehicles for road use (its owner's declaration)."""
    registered_by: str = ""
    declared: bool = False
    """Whether an installed owner declared this level (its ``registers`` is then known)."""
    _in_force_changes: tuple[dt.date, ...] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_in_force_changes, takes_self=True),
    )
    _layouts: dict[tuple[int, bool], Layout] = attrs.field(init=False, eq=False, repr=False, factory=dict)
    days: frozenset[dt.date] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_days, takes_self=True),
    )
    """Every day a rule of the level comes into or goes out of force, or a value it reads by the
    date asked changes (:meth:`Plan.boundaries` of the places it is a level of)."""
    all_rules: tuple[Rule, ...] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_all_rules, takes_self=True),
    )
    """The level's rules, in force or not."""
    last_start: dt.date | None = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_last_start, takes_self=True),
    )
    """The last day a rule of the level comes into force (``None``: every rule always was):
    after it, no part of the level still waits for its law to begin."""

    # What attrs would generate (kei_core._fields_repr), compiled with the module: the fields
    # made from others by their own factories, in the order declared.
    @written
    def __init__(
        self,
        code: str,
        name: str,
        owner: str | None,
        problems: tuple[Problem, ...],
        rules: tuple[tuple[Rule, str], ...],
        requirements: dict[str, Requirement],
        registers: bool = False,
        registered_by: str = "",
        declared: bool = False,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("code", code)
        _setattr("name", name)
        _setattr("owner", owner)
        _setattr("problems", problems)
        _setattr("rules", rules)
        _setattr("requirements", requirements)
        _setattr("registers", registers)
        _setattr("registered_by", registered_by)
        _setattr("declared", declared)
        _setattr("_in_force_changes", _in_force_changes(self))
        _setattr("_layouts", {})
        _setattr("days", _days(self))
        _setattr("all_rules", _all_rules(self))
        _setattr("last_start", _last_start(self))

    @property
    def cannot_answer(self) -> bool:
        return bool(self.problems)

    def layout(self, day: dt.date, *, folded_only: bool = False) -> Layout:
        """The rules in force on ``day`` and each requirement's routes among them; with
        ``folded_only``, without the information rules (they are reported, never folded)."""
        key = (bisect.bisect_right(self._in_force_changes, day), folded_only)
        found = self._layouts.get(key)
        if found is None:
            rules = tuple(
                (rule, plugin)
                for rule, plugin in self.rules
                if rule.in_force_on(day) and not (folded_only and rule.kind is RuleKind.INFORMATION)
            )
            groups: dict[str, list[int]] = {requirement: [] for requirement in self.requirements}
            for position, (rule, _) in enumerate(rules):
                if rule.requirement_id is not None:
                    groups.setdefault(rule.requirement_id, []).append(position)
            found = Layout(rules, tuple((requirement, tuple(at)) for requirement, at in groups.items()))
            self._layouts[key] = found  # at most one a stretch between two changes: bounded
        return found


def _boundaries(plan: Plan) -> tuple[dt.date, ...]:
    return tuple(sorted(frozenset().union(*(level.days for level in plan.levels))))


def _registers(plan: Plan) -> bool:
    return any(level.registers for level in plan.levels)


def _scope(plan: Plan) -> tuple[str, str]:
    return (plan._find_scope(), plan._find_scope_note())


@attrs.frozen
class Plan:
    """The prepared chain of levels for one code."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    code: str
    levels: tuple[LevelPlan, ...]
    _boundaries: tuple[dt.date, ...] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_boundaries, takes_self=True),
    )

    def boundaries(self) -> tuple[dt.date, ...]:
        """Every day a rule of this place comes into or goes out of force, or a value it reads
        by the date asked changes."""
        return self._boundaries

    registers: bool = attrs.field(
        init=False,
        eq=False,
        default=attrs.Factory(_registers, takes_self=True),
    )
    """Whether some level of the place registers vehicles for road use."""

    _scope: tuple[str, str] = attrs.field(
        init=False,
        eq=False,
        repr=False,
        default=attrs.Factory(_scope, takes_self=True),
    )
    """:attr:`scope` and :meth:`scope_note`, made once (every verdict of the place carries them)."""

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, code: str, levels: tuple[LevelPlan, ...]) -> None:
        _setattr = _setattr_of(self)
        _setattr("code", code)
        _setattr("levels", levels)
        _setattr("_boundaries", _boundaries(self))
        _setattr("registers", _registers(self))
        _setattr("_scope", _scope(self))

    @property
    def scope(self) -> str:
        """``import`` when every level is declared and none registers; else ``registration``
        (a place kei knows nothing of is unknown, not "import only")."""
        return self._scope[0]

    def scope_note(self) -> str:
        """The sentence an import-only answer carries: what it says and who registers."""
        return self._scope[1]

    def _find_scope(self) -> str:
        if self.levels and all(level.declared for level in self.levels) and not self.registers:
            return IMPORT
        return REGISTRATION

    def _find_scope_note(self) -> str:
        if self.registers:
            return ""
        name = self.levels[0].name if self.levels else self.code
        who = next((level.registered_by for level in self.levels if level.registered_by), "a lower level")
        return (
            f"Admissible for import at most: {name} registers no vehicle for road use; "
            f"registration is decided by {who} (ask kei about one with --in)."
        )


def plan_levels(book: RuleBook, chain: Sequence[str]) -> Plan:
    """Gather, for each level of a place (``chain``, top first), its owner, its rules and what
    keeps it from answering, from the plugins ``book`` has loaded for those codes."""
    levels = []
    for level_code in chain:
        declared = book.declaring(level_code)
        owners = book.owners_of(level_code)
        problems: list[Problem] = [
            Problem(
                ProblemKind.PLUGIN_FAILED,
                f"plugin {plugin.name} failed, so what it covers is unknown: {plugin.error}",
                level_code,
                plugin.name,
                f"report it to the authors of {plugin.distribution or plugin.name}, or disable it with -p no:{plugin.name}",
            )
            for plugin in declared
            if plugin.failed
        ]
        if len(owners) > 1:
            names = ", ".join(p.name for p in owners)
            problems.append(
                Problem(
                    ProblemKind.DUPLICATE_OWNER,
                    f"{level_code} is claimed by more than one plugin ({names}); uninstall all but one",
                    level_code,
                    remedy="uninstall all but one of them",
                )
            )
        elif not owners and not problems:
            off = book.disabled_for(level_code)
            if off:
                problems.append(
                    Problem(
                        ProblemKind.PLUGIN_DISABLED,
                        f"no installed plugin rules on {level_code}: {off[0].name}, which covers it, is disabled",
                        level_code,
                        off[0].name,
                        f"enable plugin {off[0].name} (drop -p no:{off[0].name} or KEI_DISABLE_PLUGINS)",
                    )
                )
            else:
                remedy = hint_for(level_code)
                problems.append(
                    Problem(
                        ProblemKind.NO_OWNER,
                        f"no installed plugin rules on {level_code}; {remedy}",
                        level_code,
                        remedy=remedy,
                    )
                )
        jurisdiction = book.jurisdiction(level_code)
        rules: list[tuple[Rule, str]] = []
        requirements: dict[str, Requirement] = {}
        for item, plugin_name in book.rules_for(level_code, chain):
            if isinstance(item, Requirement):
                requirements[item.id] = item
            else:
                rules.append((item, plugin_name))
        for rule, plugin_name in rules:
            if rule.kind is RuleKind.PATHWAY and rule.requirement not in requirements:
                problems.append(
                    Problem(
                        ProblemKind.DANGLING_PATHWAY,
                        f"rule {rule.id} (plugin {plugin_name}) is a pathway of {rule.requirement}, "
                        "which no installed plugin declares",
                        level_code,
                        plugin_name,
                        f"install the plugin that declares {rule.requirement}",
                    )
                )
        levels.append(
            _shared(
                code=level_code,
                name=jurisdiction.name if jurisdiction else level_code,
                owner=owners[0].name if len(owners) == 1 else None,
                problems=tuple(problems),
                rules=tuple(rules),
                requirements=requirements,
                registers=bool(jurisdiction and jurisdiction.registers),
                registered_by=jurisdiction.registered_by if jurisdiction else "",
                declared=jurisdiction is not None,
            )
        )
    return Plan(chain[-1] if chain else "", tuple(levels))


SHARED_LEVELS = 1024
"""Level plans :func:`plan_levels` keeps to hand out again; then it forgets them all."""

_levels: dict[tuple[object, ...], LevelPlan] = {}


def _shared(
    *,
    code: str,
    name: str,
    owner: str | None,
    problems: tuple[Problem, ...],
    rules: tuple[tuple[Rule, str], ...],
    requirements: dict[str, Requirement],
    registers: bool,
    registered_by: str,
    declared: bool,
) -> LevelPlan:
    """The :class:`LevelPlan` of these values: one already made for the very same rules and
    requirements (the same objects) and equal other values, else a new one. The U.S. federal
    level of 51 states is then planned once, and its layouts made once for all of them (a
    plan is immutable; what it keeps, its layouts, depends only on its rules)."""
    key = (
        code,
        name,
        owner,
        problems,
        tuple((id(rule), plugin) for rule, plugin in rules),
        tuple((requirement, id(item)) for requirement, item in requirements.items()),
        registers,
        registered_by,
        declared,
    )
    found = _levels.get(key)
    if found is None:
        if len(_levels) >= SHARED_LEVELS:
            _levels.clear()
        # The plan holds the rules and requirements the key names by id: none is freed and its id
        # reused while the entry lives.
        found = _levels[key] = LevelPlan(
            code=code,
            name=name,
            owner=owner,
            problems=problems,
            rules=rules,
            requirements=requirements,
            registers=registers,
            registered_by=registered_by,
            declared=declared,
        )
    return found
