"""Evaluation: gather the rules of every level of a place, check them, fold them, and find
from when time alone makes the vehicle eligible.

Folding (DESIGN §3, §5): a requirement takes the best status of its pathways; a level the
worst of its requirements; a verdict the worst of its levels. Information never folds. A level
whose owner is missing or broken is ``unknown``; so is anything a crashed plugin covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

import attrs

from kei_core.hints import hint_for
from kei_core.problems import Problem, ProblemKind
from kei_core.rules import Outcome, Requirement, Restriction, Rule, RuleKind
from kei_core.status import Status, worst
from kei_core.vehicle import Vehicle
from kei_core.verdicts import IMPORT, REGISTRATION, Finding, Level, Verdict

if TYPE_CHECKING:
    from kei_core.plugins.rulebook import RuleBook

MAX_CANDIDATE_DATES = 64


@attrs.frozen
class LevelPlan:
    """A level of a place with everything needed to evaluate it on any date."""

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

    @property
    def cannot_answer(self) -> bool:
        return bool(self.problems)


@attrs.frozen
class Plan:
    """The prepared chain of levels for one code."""

    code: str
    levels: tuple[LevelPlan, ...]

    def boundaries(self) -> tuple[dt.date, ...]:
        """Every day a rule of this place comes into or goes out of force."""
        return tuple(
            sorted({day for level in self.levels for rule, _ in level.rules for day in rule.boundaries()})
        )

    @property
    def registers(self) -> bool:
        """Whether some level of the place registers vehicles for road use."""
        return any(level.registers for level in self.levels)

    @property
    def scope(self) -> str:
        """``import`` when every level is declared and none registers; else ``registration``
        (a place kei knows nothing of is unknown, not "import only")."""
        if self.levels and all(level.declared for level in self.levels) and not self.registers:
            return IMPORT
        return REGISTRATION

    def scope_note(self) -> str:
        """The sentence an import-only answer carries: what it says and who registers."""
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
        for item, plugin_name in book.rules_for(level_code):
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
            LevelPlan(
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
    for name in ("settle", "conditions"):
        if not all(isinstance(text, str) for text in getattr(outcome, name)):
            return f"returned {name} that are not all str"
    if not all(isinstance(r, Restriction) for r in outcome.restrictions):
        return "returned restrictions that are not all Restriction"
    if not isinstance(outcome.unconfirmed, bool):
        return f"returned unconfirmed {outcome.unconfirmed!r:.40}, not a bool"
    return None


def run_rule(rule: Rule, plugin: str, vehicle: Vehicle, on: dt.date) -> Finding:
    """Check one rule; a crash or a wrong return becomes ``unknown`` naming the plugin."""
    if rule.check is None:
        outcome = Outcome(
            Status.LEGAL if rule.kind is RuleKind.INFORMATION else Status.UNKNOWN, rule.statement
        )
    else:
        try:
            outcome = rule.check(vehicle, on)
        except Exception as error:  # Checkov's rule: a crash is UNKNOWN, not a stack trace
            outcome = Outcome(
                Status.UNKNOWN,
                f"rule {rule.id} of plugin {plugin} crashed ({type(error).__name__}: {error}); "
                "report it to the plugin's authors",
            )
        problem = outcome_problem(outcome)
        if problem is not None:
            outcome = Outcome(
                Status.UNKNOWN,
                f"rule {rule.id} of plugin {plugin} {problem}; report it to the plugin's authors",
            )
    unconfirmed = rule.unconfirmed or outcome.unconfirmed
    status, message = outcome.status, outcome.message
    if unconfirmed and status is Status.LEGAL:
        status = Status.CONDITIONAL
    return Finding(
        rule=rule.id,
        kind=rule.kind,
        requirement=rule.requirement_id,
        status=status,
        message=message,
        citation=rule.citation,
        source=rule.source,
        reviewed_on=rule.reviewed_on,
        jurisdiction=rule.jurisdiction,
        passes_from=outcome.passes_from if outcome.passes_from and outcome.passes_from > on else None,
        unconfirmed=unconfirmed,
        policy=rule.policy,
        plugin=plugin,
        settle=outcome.settle,
        conditions=outcome.conditions,
        restrictions=outcome.restrictions,
    )


class Route(Protocol):
    """What the fold needs of a finding: its status and when time alone makes it pass."""

    @property
    def status(self) -> Status: ...

    @property
    def passes_from(self) -> dt.date | None: ...


R = TypeVar("R", bound=Route)


@attrs.frozen
class LevelFold(Generic[R]):
    """A level folded: its status, the route that met each requirement met, and whether what
    stands in the way is time (a route with ``passes_from``) or something time does not cure."""

    status: Status
    chosen: dict[str, R]
    time_blocked: bool
    incurable: bool


def fold_level(groups: Mapping[str, Sequence[R]], cannot_answer: bool) -> LevelFold[R]:
    """Fold a level's routes grouped by requirement (DESIGN §3): a requirement takes the best
    of its routes (none in force: unknown), the level the worst of its requirements, and a
    level that cannot answer (no owner, a failed plugin) or has no requirement is at best
    unknown. This is the one fold; the full evaluation and ``kei batch`` both use it."""
    level = Status.UNKNOWN if cannot_answer or not groups else Status.LEGAL
    chosen: dict[str, R] = {}
    time_blocked = incurable = False
    for requirement_id, routes in groups.items():
        # The best route; of equally good ones the first declared (plugins list the most specific
        # first). No route in force: unknown.
        top = None
        for route in routes:
            if top is None or route.status.rank < top.status.rank:
                top = route
        status = top.status if top is not None else Status.UNKNOWN
        if status.rank > level.rank:
            level = status
        if top is not None and status.rank <= 1:
            chosen[requirement_id] = top
        elif any(route.passes_from is not None for route in routes):
            time_blocked = True
        elif status is Status.NOT_LEGAL:
            incurable = True
    return LevelFold(level, chosen, time_blocked, incurable)


def waits_for_its_law(
    cannot_answer: bool, groups: Mapping[str, Sequence[object]], rules: Iterable[Rule], on: dt.date
) -> bool:
    """Whether a level is held up only because its law has not begun: nothing (or no route of
    a requirement) is in force on ``on``, and a rule of the level comes into force later. Time
    then stands in the way, and ``eligible_from`` is searched from the day the law begins."""
    if cannot_answer or (groups and all(groups.values())):
        return False
    return any(rule.in_force.start is not None and rule.in_force.start > on for rule in rules)


T = TypeVar("T")


def search_eligible_from(
    on: dt.date,
    candidates: Iterable[dt.date],
    at: Callable[[dt.date], tuple[bool, Iterable[dt.date], T]],
) -> tuple[dt.date, T] | None:
    """The first candidate day after ``on`` on which nothing time-related or incurable stands
    in the way. ``at(day)`` evaluates on ``day`` and returns whether something still blocks,
    the new candidate days it reveals (later ``passes_from``), and what to hand back."""
    pending = {day for day in candidates if day > on}
    tried: set[dt.date] = set()
    while pending and len(tried) < MAX_CANDIDATE_DATES:
        day = min(pending)
        pending.discard(day)
        tried.add(day)
        blocked, revealed, result = at(day)
        if not blocked:
            return day, result
        pending |= {later for later in revealed if later > day} - tried
    return None


@attrs.frozen
class _Folded:
    level: Level
    chosen: dict[str, Finding]
    time_blocked: bool
    incurable: bool


def _fold_level(plan: LevelPlan, vehicle: Vehicle, on: dt.date) -> _Folded:
    findings = tuple(
        run_rule(rule, plugin, vehicle, on) for rule, plugin in plan.rules if rule.in_force_on(on)
    )
    groups: dict[str, list[Finding]] = {requirement_id: [] for requirement_id in plan.requirements}
    for finding in findings:
        if finding.requirement is not None:
            groups.setdefault(finding.requirement, []).append(finding)
    folded = fold_level(groups, plan.cannot_answer)
    if waits_for_its_law(plan.cannot_answer, groups, (rule for rule, _ in plan.rules), on):
        folded = attrs.evolve(folded, time_blocked=True)
    level = Level(
        jurisdiction=plan.code,
        name=plan.name,
        status=folded.status,
        findings=findings,
        owner=plan.owner,
        problems=plan.problems
        if groups or plan.cannot_answer
        else (
            *plan.problems,
            Problem(
                ProblemKind.NOTHING_IN_FORCE,
                f"no rule encoded for this date: no rules of {plan.code} are in force on {on}",
                plan.code,
                remedy=f"kei knows no law of {plan.code} in force on {on}; ask the authority of {plan.name}",
            ),
        ),
    )
    return _Folded(level, folded.chosen, folded.time_blocked, folded.incurable)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _verdict_on(plan: Plan, vehicle: Vehicle, on: dt.date) -> tuple[Verdict, bool, bool]:
    folded = [_fold_level(level, vehicle, on) for level in plan.levels]
    levels = tuple(f.level for f in folded)
    status = worst(level.status for level in levels)
    if not plan.registers:
        # DESIGN §5: admission is not registration; a place with no registering level is at
        # best conditional, and says so (scope, scope_note).
        status = max(status, Status.CONDITIONAL)
    counted = [f for fold in folded for f in fold.chosen.values()]
    counted += [f for level in levels for f in level.findings if f.kind is RuleKind.INFORMATION]
    restrictions: dict[tuple[str, str], Restriction] = {}
    for finding in counted:
        for restriction in finding.restrictions:
            restrictions.setdefault((restriction.kind, restriction.text), restriction)
    settle = [s for level in levels for f in level.findings if f.status is Status.UNKNOWN for s in f.settle]
    settle += [problem.remedy for level in levels for problem in level.problems if problem.remedy]
    verdict = Verdict(
        jurisdiction=plan.code,
        on=on,
        status=status,
        levels=levels,
        conditions=_unique(c for f in counted for c in f.conditions),
        restrictions=tuple(restrictions.values()),
        pathways={rid: f.rule for fold in folded for rid, f in fold.chosen.items()},
        settle=_unique(settle),
        scope=plan.scope,
        scope_note=plan.scope_note(),
    )
    return verdict, any(f.time_blocked for f in folded), any(f.incurable for f in folded)


def evaluate(plan: Plan, vehicle: Vehicle, on: dt.date) -> Verdict:
    """The verdict for ``vehicle`` on ``on``, with ``eligible_from`` found by re-evaluating on
    the candidate days: the findings' ``passes_from`` and the days rules come into or go out of
    force."""
    verdict, time_blocked, incurable = _verdict_on(plan, vehicle, on)
    if verdict.status.permits_use or not (time_blocked or incurable):
        return verdict

    def at(day: dt.date) -> tuple[bool, Iterable[dt.date], Verdict]:
        later, time_blocked, incurable = _verdict_on(plan, vehicle, day)
        return time_blocked or incurable, (f.passes_from for f in later.findings if f.passes_from), later

    candidates = [f.passes_from for f in verdict.findings if f.passes_from] + list(plan.boundaries())
    eligible = search_eligible_from(on, candidates, at)
    if eligible is None:
        return verdict
    day, later = eligible
    still = tuple(s for s in later.settle)
    return attrs.evolve(verdict, eligible_from=day, still_missing_then=still)
