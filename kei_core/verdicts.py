"""What kei answers: findings, levels and the folded verdict for a place and a date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable
from typing import TYPE_CHECKING, Any, Protocol

import attrs
from attrs import NOTHING

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, hash_salt, slot_setters, written
from kei_core.problems import Problem
from kei_core.rules import Restriction, RuleKind
from kei_core.status import Status

if TYPE_CHECKING:
    from attrs import NothingType

    from kei_core.summary import Summary

REGISTRATION = "registration"
"""A verdict's scope when some level of the place registers vehicles for road use."""
IMPORT = "import"
"""A verdict's scope when every level only admits vehicles (import admissibility)."""


@attrs.frozen
class Finding:
    """One rule's outcome for one vehicle on one date, with the law it rests on.

    ``kind`` says how it folds: a ``requirement`` counts on its own, a ``pathway`` through the
    best of its requirement's pathways, ``information`` never. ``unconfirmed`` marks a finding
    resting on a fact not confirmed in an official text (a pass then reads ``conditional``);
    ``policy`` one resting on agency practice rather than statute.
    """

    __repr__ = fields_repr

    rule: str
    kind: RuleKind
    requirement: str | None
    status: Status
    message: str
    citation: str
    source: str
    reviewed_on: dt.date
    jurisdiction: str
    passes_from: dt.date | None = None
    unconfirmed: bool = False
    policy: bool = False
    plugin: str | None = None
    settle: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    restrictions: tuple[Restriction, ...] = ()

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        rule: str,
        kind: RuleKind,
        requirement: str | None,
        status: Status,
        message: str,
        citation: str,
        source: str,
        reviewed_on: dt.date,
        jurisdiction: str,
        passes_from: dt.date | None = None,
        unconfirmed: bool = False,
        policy: bool = False,
        plugin: str | None = None,
        settle: tuple[str, ...] = (),
        conditions: tuple[str, ...] = (),
        restrictions: tuple[Restriction, ...] = (),
    ) -> None:
        # Each field set through its slot's descriptor (bound after the class, below): half the
        # time of object.__setattr__ by name, and a check makes a dozen findings.
        _f_rule(self, rule)
        _f_kind(self, kind)
        _f_requirement(self, requirement)
        _f_status(self, status)
        _f_message(self, message)
        _f_citation(self, citation)
        _f_source(self, source)
        _f_reviewed_on(self, reviewed_on)
        _f_jurisdiction(self, jurisdiction)
        _f_passes_from(self, passes_from)
        _f_unconfirmed(self, unconfirmed)
        _f_policy(self, policy)
        _f_plugin(self, plugin)
        _f_settle(self, settle)
        _f_conditions(self, conditions)
        _f_restrictions(self, restrictions)

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.rule == other.rule
            and self.kind == other.kind
            and self.requirement == other.requirement
            and self.status == other.status
            and self.message == other.message
            and self.citation == other.citation
            and self.source == other.source
            and self.reviewed_on == other.reviewed_on
            and self.jurisdiction == other.jurisdiction
            and self.passes_from == other.passes_from
            and self.unconfirmed == other.unconfirmed
            and self.policy == other.policy
            and self.plugin == other.plugin
            and self.settle == other.settle
            and self.conditions == other.conditions
            and self.restrictions == other.restrictions
        )

    def __hash__(self) -> int:
        return hash(
            (
                _FINDING_SALT,
                self.rule,
                self.kind,
                self.requirement,
                self.status,
                self.message,
                self.citation,
                self.source,
                self.reviewed_on,
                self.jurisdiction,
                self.passes_from,
                self.unconfirmed,
                self.policy,
                self.plugin,
                self.settle,
                self.conditions,
                self.restrictions,
            )
        )

    @property
    def time_blocked(self) -> bool:
        """Not passing now, but time alone will make it pass (``passes_from`` is set)."""
        return not self.status.permits_use and self.passes_from is not None


_FINDING_SALT = hash_salt("kei_core.verdicts.Finding")


(
    _f_rule,
    _f_kind,
    _f_requirement,
    _f_status,
    _f_message,
    _f_citation,
    _f_source,
    _f_reviewed_on,
    _f_jurisdiction,
    _f_passes_from,
    _f_unconfirmed,
    _f_policy,
    _f_plugin,
    _f_settle,
    _f_conditions,
    _f_restrictions,
) = slot_setters(
    Finding,
    (
        "rule",
        "kind",
        "requirement",
        "status",
        "message",
        "citation",
        "source",
        "reviewed_on",
        "jurisdiction",
        "passes_from",
        "unconfirmed",
        "policy",
        "plugin",
        "settle",
        "conditions",
        "restrictions",
    ),
)


@attrs.frozen
class Level:
    """One level of a place (``US`` or ``US-TX``) and what its installed rules found."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    jurisdiction: str
    name: str
    status: Status
    findings: tuple[Finding, ...] = ()
    owner: str | None = None
    problems: tuple[Problem, ...] = ()
    """Why the level cannot answer fully: a missing owner, a plugin that failed, no rule in
    force on the date (typed; their remedies reach the verdict's ``settle``)."""

    @written
    def __init__(
        self,
        jurisdiction: str,
        name: str,
        status: Status,
        findings: tuple[Finding, ...] = (),
        owner: str | None = None,
        problems: tuple[Problem, ...] = (),
    ) -> None:
        _l_jurisdiction(self, jurisdiction)
        _l_name(self, name)
        _l_status(self, status)
        _l_findings(self, findings)
        _l_owner(self, owner)
        _l_problems(self, problems)


_l_jurisdiction, _l_name, _l_status, _l_findings, _l_owner, _l_problems = slot_setters(
    Level, ("jurisdiction", "name", "status", "findings", "owner", "problems")
)


@attrs.frozen
class Verdict:
    """The answer for a vehicle, a place and a date: the worst of its levels.

    ``eligible_from`` is the first day after ``on`` from which nothing time-related stands in the
    way (``None`` when nothing does, or when some failure is one that time does not cure);
    ``pathways`` maps each passed requirement to the pathway rule that passed it; ``settle``
    says what would turn an ``unknown`` into an answer.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq  # a verdict is not compared or hashed per batch row
    __hash__ = fields_hash

    jurisdiction: str
    on: dt.date
    status: Status
    levels: tuple[Level, ...]
    conditions: tuple[str, ...] = ()
    restrictions: tuple[Restriction, ...] = ()
    eligible_from: dt.date | None = None
    pathways: dict[str, str] = attrs.field(factory=dict)
    settle: tuple[str, ...] = ()
    still_missing_then: tuple[str, ...] = ()
    """What is still unknown on ``eligible_from`` for reasons time does not cure."""
    scope: str = REGISTRATION
    """``"registration"`` when a level of the place registers vehicles for road use, so the
    status says whether the truck may be driven there; ``"import"`` when every level only
    admits vehicles (``US``, ``CA``, ``AU``, ``EU`` alone): the status is then at best
    ``conditional`` and says whether it may be brought in, not whether it is street legal."""
    scope_note: str = ""
    """For an import-only answer, the plain sentence saying so and who registers."""

    @written
    def __init__(
        self,
        jurisdiction: str,
        on: dt.date,
        status: Status,
        levels: tuple[Level, ...],
        conditions: tuple[str, ...] = (),
        restrictions: tuple[Restriction, ...] = (),
        eligible_from: dt.date | None = None,
        pathways: dict[str, str] | NothingType = NOTHING,
        settle: tuple[str, ...] = (),
        still_missing_then: tuple[str, ...] = (),
        scope: str = REGISTRATION,
        scope_note: str = "",
    ) -> None:
        _v_jurisdiction(self, jurisdiction)
        _v_on(self, on)
        _v_status(self, status)
        _v_levels(self, levels)
        _v_conditions(self, conditions)
        _v_restrictions(self, restrictions)
        _v_eligible_from(self, eligible_from)
        _v_pathways(self, {} if pathways is NOTHING else pathways)
        _v_settle(self, settle)
        _v_still_missing_then(self, still_missing_then)
        _v_scope(self, scope)
        _v_scope_note(self, scope_note)

    @property
    def findings(self) -> tuple[Finding, ...]:
        return tuple([finding for level in self.levels for finding in level.findings])

    def finding(self, rule_id: str) -> Finding | None:
        """The finding of ``rule_id``, or ``None`` if that rule was not applied."""
        return next((f for f in self.findings if f.rule == rule_id), None)

    def rules_with(self, *statuses: Status) -> tuple[str, ...]:
        """IDs of the folded findings (requirements and pathways) with one of ``statuses``."""
        return tuple(
            f.rule for f in self.findings if f.kind is not RuleKind.INFORMATION and f.status in statuses
        )

    def requirement_statuses(self) -> dict[str, Status]:
        """Each folded requirement's status: the best of its pathways (DESIGN §3)."""
        statuses: dict[str, Status] = {}
        for f in self.findings:
            if f.requirement is not None:
                known = statuses.get(f.requirement)
                statuses[f.requirement] = f.status if known is None else min(known, f.status)
        return statuses

    def deciding(self) -> tuple[Finding, ...]:
        """The findings that make the status what it is, the most telling first.

        A requirement decides when its own status (the best of its pathways) equals the
        verdict's; within it, the findings with that status. A failed route of a requirement that
        is only unknown does not decide a ``not_legal`` (audit F6); confirmed findings come before
        unconfirmed ones, so an unconfirmed pathway is never the headline when a confirmed or
        policy finding decides too."""
        statuses = self.requirement_statuses()
        found = [
            f
            for f in self.findings
            if f.requirement is not None
            and f.requirement not in self.pathways
            and statuses[f.requirement] is self.status
            and f.status is self.status
        ]
        return tuple(sorted(found, key=lambda f: f.unconfirmed))

    @property
    def failing_rules(self) -> tuple[str, ...]:
        """IDs of the rules standing in the way (:func:`in_the_way`)."""
        return in_the_way(self.findings, self.pathways)

    def summary(self) -> Summary:
        """What this verdict comes to, without its findings (what ``kei batch`` reports)."""
        from kei_core.summary import Summary

        return Summary(self.jurisdiction, self.status, self.eligible_from, self.failing_rules)


(
    _v_jurisdiction,
    _v_on,
    _v_status,
    _v_levels,
    _v_conditions,
    _v_restrictions,
    _v_eligible_from,
    _v_pathways,
    _v_settle,
    _v_still_missing_then,
    _v_scope,
    _v_scope_note,
) = slot_setters(
    Verdict,
    (
        "jurisdiction",
        "on",
        "status",
        "levels",
        "conditions",
        "restrictions",
        "eligible_from",
        "pathways",
        "settle",
        "still_missing_then",
        "scope",
        "scope_note",
    ),
)


class Decided(Protocol):
    """What folding and :func:`in_the_way` read of a finding: a :class:`Finding`, or the
    engine's :class:`~kei_core.engine.run.Essential` of one."""

    @property
    def rule(self) -> str: ...

    @property
    def kind(self) -> RuleKind: ...

    @property
    def requirement(self) -> str | None: ...

    @property
    def status(self) -> Status: ...

    @property
    def passes_from(self) -> dt.date | None: ...


def in_the_way(findings: Iterable[Decided], met: Container[str]) -> tuple[str, ...]:
    """IDs of the rules standing in the way: the failing or unknown findings of requirements
    that no route met (``met``: the requirements some pathway passed; a failed route of a
    requirement another route met is not listed). The one definition, for every output."""
    # rank > 1: not Status.permits_use, read without the property (batch asks it of every row)
    return tuple(
        [
            f.rule
            for f in findings
            if f.kind is not RuleKind.INFORMATION and f.status.rank > 1 and f.requirement not in met
        ]
    )


def __getattr__(name: str) -> object:
    """``Summary``, kept importable from here; it lives in :mod:`kei_core.summary`, made only
    when ``kei batch`` or ``detail="summary"`` needs it (``kei check`` never does)."""
    if name == "Summary":
        from kei_core.summary import Summary

        return Summary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
