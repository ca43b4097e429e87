"""Running a rule: the one place a check's outcome becomes a :class:`~kei_core.verdicts.Finding`.

A check written by a third party may crash or return anything; Checkov's rule applies: a crash
is ``unknown`` naming the plugin, never a stack trace, and so is a wrong return. A pass that
rests on an unconfirmed fact reads ``conditional`` (DESIGN §5). ``passes_from`` is kept only
when it lies after the day asked.

A :class:`Runner` decides how findings are obtained: :data:`DIRECT` runs the check every time;
:class:`~kei_core.engine.memo.MemoRunner` (``kei batch``) remembers them by what a rule
declares its check reads. Both normalise through :func:`outcome_of`, then :func:`finding_of`
(a full finding) or :func:`essential_of` (what the fold uses of it, for a summary), and
:func:`as_of`, so they cannot answer differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

import attrs

from kei_core.rules import Outcome, Restriction, Rule, RuleKind
from kei_core.status import Status
from kei_core.vehicle import Vehicle
from kei_core.verdicts import Decided, Finding


def outcome_problem(outcome: object) -> str | None:
    """Why ``outcome`` is not a well-formed :class:`Outcome`, or ``None`` when it is.

    A check written by a third party may return anything; a string where a date belongs
    (``failed("...", passes_from="2027-01-01")``) would otherwise crash every later comparison,
    and every place's answer with it. Checked on every finding, so kept to type tests."""
    if not isinstance(outcome, Outcome):
        return f"returned {type(outcome).__name__}, not an Outcome"
    if not isinstance(outcome.status, Status):
        return f"returned status {outcome.status!r:.40}, not a Status"
    if not isinstance(outcome.message, str):
        return f"returned message {type(outcome.message).__name__}, not a str"
    passes_from = outcome.passes_from
    if passes_from is not None and (type(passes_from) is not dt.date):
        return f"returned passes_from {passes_from!r:.40}, not a datetime.date or None"
    # Loops, not all() over a generator: most outcomes have no settle, conditions or restrictions.
    for text in outcome.settle:
        if not isinstance(text, str):
            return "returned settle that are not all str"
    for text in outcome.conditions:
        if not isinstance(text, str):
            return "returned conditions that are not all str"
    for restriction in outcome.restrictions:
        if not isinstance(restriction, Restriction):
            return "returned restrictions that are not all Restriction"
    if not isinstance(outcome.unconfirmed, bool):
        return f"returned unconfirmed {outcome.unconfirmed!r:.40}, not a bool"
    return None


def outcome_of(rule: Rule, plugin: str, vehicle: Vehicle, day: dt.date) -> Outcome:
    """What ``rule`` says about ``vehicle`` on ``day``: its check's outcome, or ``unknown``
    naming the plugin when the check crashes or returns something that is no :class:`Outcome`.
    A rule without a check reports its statement (information) or is ``unknown``."""
    if rule.check is None:
        return Outcome(Status.LEGAL if rule.kind is RuleKind.INFORMATION else Status.UNKNOWN, rule.statement)
    try:
        outcome = rule.check(vehicle, day)
    except Exception as error:  # Checkov's rule: a crash is UNKNOWN, not a stack trace
        return Outcome(
            Status.UNKNOWN,
            f"rule {rule.id} of plugin {plugin} crashed ({type(error).__name__}: {error}); "
            "report it to the plugin's authors",
        )
    problem = outcome_problem(outcome)
    if problem is not None:
        return Outcome(
            Status.UNKNOWN, f"rule {rule.id} of plugin {plugin} {problem}; report it to the plugin's authors"
        )
    return outcome


def status_of(rule: Rule, outcome: Outcome) -> Status:
    """The status ``outcome`` gives ``rule``: a pass resting on an unconfirmed fact is ``conditional``."""
    if outcome.status is Status.LEGAL and (rule.unconfirmed or outcome.unconfirmed):
        return Status.CONDITIONAL
    return outcome.status


def finding_of(rule: Rule, plugin: str, outcome: Outcome) -> Finding:
    """``outcome`` as ``rule``'s finding, with the rule's law (its status by :func:`status_of`).
    Its ``passes_from`` is the check's own (see :func:`as_of`)."""
    status = outcome.status
    unconfirmed = rule.unconfirmed or outcome.unconfirmed
    if status is Status.LEGAL and unconfirmed:  # status_of, inlined
        status = Status.CONDITIONAL
    return Finding(
        rule.id,
        rule.kind,
        rule.requirement_id,
        status,
        outcome.message,
        rule.citation,
        rule.source,
        rule.reviewed_on,
        rule.jurisdiction,
        outcome.passes_from,
        unconfirmed,
        rule.policy,
        plugin,
        outcome.settle,
        outcome.conditions,
        outcome.restrictions,
    )


class Essential(NamedTuple):
    """What the fold uses of a finding, and no more: enough for a
    :class:`~kei_core.summary.Summary` (status, ``eligible_from``, the rules in the way)."""

    rule: str
    kind: RuleKind
    requirement: str | None
    status: Status
    passes_from: dt.date | None

    def as_of(self, day: dt.date) -> Essential:
        """As answered on ``day`` (:func:`as_of`)."""
        if self.passes_from is None or self.passes_from > day:
            return self
        return self._replace(passes_from=None)


def essential_of(rule: Rule, outcome: Outcome) -> Essential:
    """What the fold uses of ``rule``'s finding for ``outcome``: exactly what :func:`finding_of` says."""
    status = outcome.status
    if status is Status.LEGAL and (rule.unconfirmed or outcome.unconfirmed):  # status_of, inlined
        status = Status.CONDITIONAL
    return _new_tuple(Essential, (rule.id, rule.kind, rule.requirement_id, status, outcome.passes_from))


_new_tuple = tuple.__new__  # Essential._make without its Python-level length check (five, as written)


def as_of(finding: Finding, day: dt.date) -> Finding:
    """``finding`` as answered on ``day``: a ``passes_from`` on or before it is no longer news."""
    if finding.passes_from is None or finding.passes_from > day:
        return finding
    return attrs.evolve(finding, passes_from=None)


class Runner(Protocol):
    """How the engine obtains a level's findings for a vehicle on a day."""

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        """The findings of ``rules`` (each with the name of the plugin giving it), in order: a
        level's rules in force, as :meth:`~kei_core.engine.plan.LevelPlan.layout` lists them."""
        ...

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Decided, ...]:
        """What the fold uses of the same findings (:func:`essential_of`), for a summary: an
        :class:`Essential`, or the finding itself when one was made (the same values)."""
        ...


class DirectRunner:
    """Runs the check every time: what ``kei check`` does."""

    def finding(self, rule: Rule, plugin: str, vehicle: Vehicle, day: dt.date) -> Finding:
        return as_of(finding_of(rule, plugin, outcome_of(rule, plugin, vehicle, day)), day)

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        return tuple([self.finding(rule, plugin, vehicle, day) for rule, plugin in rules])

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Essential, ...]:
        return tuple(
            [essential_of(rule, outcome_of(rule, plugin, vehicle, day)).as_of(day) for rule, plugin in rules]
        )


DIRECT = DirectRunner()


class _Once:
    """One rule's outcome for the vehicle on a day, and what was made of it once asked."""

    __slots__ = ("essential", "finding", "outcome", "rule")

    def __init__(self, rule: Rule, outcome: Outcome) -> None:
        self.rule = rule  # kept: the key holds its id
        self.outcome = outcome
        self.finding: Finding | None = None
        self.essential: Decided | None = None


class OnceRunner:
    """A :class:`Runner` for one answer about one vehicle (``kei check``, a request of kei-web):
    each rule is checked once a day asked, and once for every day when it declares it does not
    use the date (``Rule.uses_date``), however many places, searched days and passes ask for
    it: the U.S. federal rules once for 51 states, a day tried for ``eligible_from`` once
    for its search and for what would still be missing then. Findings and essentials are made
    from the outcome as :data:`DIRECT` makes them, so the answers are the same.

    Another vehicle is run directly, every time. Make one per answer: it remembers everything
    it is asked, and is not shared between threads."""

    __slots__ = ("_found", "_levels", "vehicle")

    def __init__(self, vehicle: Vehicle) -> None:
        self.vehicle = vehicle
        self._found: dict[tuple[int, str, dt.date | None], _Once] = {}
        self._levels: dict[tuple[int, dt.date, bool], Any] = {}

    def level_memo(self, vehicle: Vehicle) -> dict[tuple[int, dt.date, bool], Any] | None:
        """Where the fold keeps each level it folded for ``vehicle`` (by the level plan, the day
        and the kind of findings), so that a level several places share is folded once a day;
        ``None`` for another vehicle. The fold's own records: nothing else reads them."""
        return self._levels if vehicle is self.vehicle else None

    def _once(self, rule: Rule, plugin: str, day: dt.date) -> _Once:
        key = (id(rule), plugin, day if rule.uses_date else None)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = _Once(rule, outcome_of(rule, plugin, self.vehicle, day))
        return found

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        if vehicle is not self.vehicle:
            return DIRECT.findings(rules, vehicle, day)
        found = []
        memo = self._found
        for rule, plugin in rules:
            key = (id(rule), plugin, day if rule.uses_date else None)
            once = memo.get(key)
            if once is None:  # _once, inlined
                once = memo[key] = _Once(rule, outcome_of(rule, plugin, vehicle, day))
            finding = once.finding
            if finding is None:
                finding = once.finding = finding_of(rule, plugin, once.outcome)
            passes_from = finding.passes_from
            if passes_from is not None and passes_from <= day:  # as_of, tested inline
                finding = as_of(finding, day)
            found.append(finding)
        return tuple(found)

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Decided, ...]:
        if vehicle is not self.vehicle:
            return DIRECT.essentials(rules, vehicle, day)
        found: list[Decided] = []
        memo = self._found
        for rule, plugin in rules:
            key = (id(rule), plugin, day if rule.uses_date else None)
            once = memo.get(key)
            if once is None:  # _once, inlined
                once = memo[key] = _Once(rule, outcome_of(rule, plugin, vehicle, day))
            essential = once.essential
            if essential is None:
                # The finding already made holds what the fold reads, the values essential_of
                # gives (the search for eligible_from folds the rules of the day asked again on
                # each day it tries): no second record of the same outcome.
                essential = once.finding
                if essential is None:
                    essential = essential_of(rule, once.outcome)
                once.essential = essential
            passes_from = essential.passes_from
            if passes_from is not None and passes_from <= day:  # Essential.as_of, tested inline
                essential = essential_of(rule, once.outcome)._replace(passes_from=None)
            found.append(essential)
        return tuple(found)


def run_rule(rule: Rule, plugin: str, vehicle: Vehicle, on: dt.date) -> Finding:
    """Check one rule; a crash or a wrong return becomes ``unknown`` naming the plugin."""
    return DIRECT.finding(rule, plugin, vehicle, on)
