"""Folding (DESIGN §3, §5) and the search for ``eligible_from``: the one fold.

A requirement takes the best status of its pathways; a level the worst of its requirements; a
verdict the worst of its levels. Information never folds. A level whose owner is missing or
broken is ``unknown``; so is anything a crashed plugin covers. A place whose chain holds no
registering level answers at best ``conditional`` (import admissibility).

:func:`evaluate` answers with the full :class:`~kei_core.verdicts.Verdict` (``kei check``) or
with its :class:`~kei_core.summary.Summary` (``kei batch``): the same day folded by the same
code, the summary merely skipping what it does not report (information findings, messages,
conditions, restrictions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, Protocol, TypeVar, cast, overload

import attrs

from kei_core.engine.plan import Layout, LevelPlan, Plan
from kei_core.engine.run import DIRECT, Runner
from kei_core.problems import Problem, ProblemKind
from kei_core.rules import Restriction, Rule, RuleKind
from kei_core.status import Status
from kei_core.vehicle import Vehicle
from kei_core.verdicts import Decided, Finding, Level, Verdict, in_the_way

if TYPE_CHECKING:
    from kei_core.summary import Summary

MAX_CANDIDATE_DATES = 64


class Route(Protocol):
    """What the fold needs of a finding: its status and when time alone makes it pass."""

    @property
    def status(self) -> Status: ...

    @property
    def passes_from(self) -> dt.date | None: ...


R = TypeVar("R", bound=Route)


class LevelFold(NamedTuple, Generic[R]):
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
    unknown."""
    level = Status.UNKNOWN if cannot_answer or not groups else Status.LEGAL
    chosen: dict[str, R] = {}
    time_blocked = incurable = False
    for requirement_id, routes in groups.items():
        # The best route; of equally good ones the first declared (plugins list the most specific
        # first). No route in force: unknown.
        top = None
        rank = 4
        for route in routes:
            if route.status.rank < rank:
                top, rank = route, route.status.rank
        if top is None:
            status = Status.UNKNOWN
        else:
            status = top.status
            if rank <= 1:
                chosen[requirement_id] = top
                if rank > level.rank:
                    level = status
                continue
        if status.rank > level.rank:
            level = status
        if any(route.passes_from is not None for route in routes):
            time_blocked = True
        elif status is Status.NOT_LEGAL:
            incurable = True
    return LevelFold(level, chosen, time_blocked, incurable)


def _fold_positions(
    findings: Sequence[R], groups: Sequence[tuple[str, tuple[int, ...]]], cannot_answer: bool
) -> LevelFold[R]:
    """:func:`fold_level` of a level's ``findings`` grouped by position (a
    :class:`~kei_core.engine.plan.Layout`'s groups), without making a list of routes per
    requirement: the same fold, on ranks."""
    level = 2 if cannot_answer or not groups else 0  # unknown, or legal
    chosen: dict[str, R] = {}
    time_blocked = incurable = False
    for requirement_id, at in groups:
        top = None
        rank = 4
        for i in at:
            route = findings[i]
            if route.status.rank < rank:
                top, rank = route, route.status.rank
        if top is None:
            rank = 2  # no route in force: unknown
        elif rank <= 1:
            chosen[requirement_id] = top
            if rank > level:
                level = rank
            continue
        if rank > level:
            level = rank
        for i in at:
            if findings[i].passes_from is not None:
                time_blocked = True
                break
        else:
            if rank == 3:  # not legal
                incurable = True
    return LevelFold(_BY_RANK[level], chosen, time_blocked, incurable)


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
    *,
    fixed: Iterable[dt.date] = (),
    held: Callable[[T], dt.date | None] | None = None,
    until: dt.date | None = None,
) -> tuple[dt.date, T] | None:
    """The first candidate day after ``on`` on which nothing time-related or incurable stands
    in the way. ``at(day)`` evaluates on ``day`` and returns whether something still blocks,
    the new candidate days it reveals (later ``passes_from``), and what to hand back.

    ``fixed`` are candidates that are always tried (the days rules come into or go out of
    force). With ``held``, a blocked day's result says until when it is sure to stay blocked
    (:func:`held_until`); the other candidates before that day are then passed over unevaluated,
    as evaluating them could only find the same block; ``until`` is that day for ``on``."""
    # Plain loops rather than comprehensions: a search runs for every vehicle time blocks.
    after: set[dt.date] = set()
    for day in fixed:
        if day > on:
            after.add(day)
    pending = set(after)
    for day in candidates:
        if day > on:
            pending.add(day)
    tried: set[dt.date] = set()
    while pending and len(tried) < MAX_CANDIDATE_DATES:
        day = min(pending)
        pending.discard(day)
        if until is not None and day < until and day not in after:
            continue
        tried.add(day)
        blocked, revealed, result = at(day)
        if not blocked:
            return day, result
        for later in revealed:
            if later > day and later not in tried:
                pending.add(later)
        until = held(result) if held is not None else None
    return None


class _LevelDay:
    """One level on one day: its findings (in declaration order) and its fold. ``grouped``:
    whether some requirement was there to fold (else nothing of the level is in force)."""

    # A plain class, not a NamedTuple (which compiles its __new__ when created): read by name only.
    __slots__ = ("blocks", "findings", "fold", "grouped", "layout", "plan")

    def __init__(
        self,
        plan: LevelPlan,
        findings: tuple[Decided, ...],
        fold: LevelFold[Decided],
        layout: Layout,
        grouped: bool,
        blocks: bool,
    ) -> None:
        self.plan = plan
        self.findings = findings
        self.fold = fold
        self.layout = layout
        self.grouped = grouped
        self.blocks = blocks
        """Whether time or something time does not cure stands in the way at this level."""


class _Day:
    """A place on one day: its levels, its status, and whether time or something time does not
    cure stands in the way."""

    __slots__ = ("blocked", "levels", "status")

    def __init__(self, levels: tuple[_LevelDay, ...], status: Status, blocked: bool) -> None:
        self.levels = levels
        self.status = status
        self.blocked = blocked

    def folded(self) -> list[Decided]:
        return [f for level in self.levels for f in level.findings if f.kind is not RuleKind.INFORMATION]

    def revealed(self) -> list[dt.date]:
        """The days on which time alone makes a folded finding pass: candidates for ``eligible_from``."""
        days = []
        for level in self.levels:
            for f in level.findings:
                if f.passes_from is not None and f.kind is not RuleKind.INFORMATION:
                    days.append(f.passes_from)
        return days

    def held_until(self) -> dt.date | None:
        """The first day something standing in the way today may stop doing so; ``None`` when
        that may be any day. A requirement no route meets stays in the way until the first
        ``passes_from`` of its routes (a finding that says time makes it pass on a day keeps
        saying so until then), or for good when none has one and none uses the date asked;
        a route that uses the date without saying when it passes may change any day. One
        such requirement holds the place; the days rules come into force are tried apart."""
        held: dt.date | None = None
        for level in self.levels:
            rules = level.layout.rules
            for _, at in level.layout.groups:
                if not at:
                    continue
                change = dt.date.max
                timed = False
                incurable = True
                for i in at:
                    found = level.findings[i]
                    if found.status.rank <= 1:
                        break  # met: not in the way
                    day = found.passes_from
                    if day is not None:
                        timed, change = True, min(change, day)
                    elif rules[i][0].uses_date:
                        break  # may change any day
                    if found.status is not Status.NOT_LEGAL:
                        incurable = False
                else:
                    if timed or incurable:
                        held = change if held is None else max(held, change)
        return held

    def met(self) -> dict[str, Decided]:
        return {requirement: f for level in self.levels for requirement, f in level.fold.chosen.items()}


def _on(
    plan: Plan,
    vehicle: Vehicle,
    day: dt.date,
    runner: Runner,
    summary: bool,
    known: Sequence[Decided] | None = None,
) -> _Day:
    """Every level of ``plan`` run and folded on ``day``: full findings, or (``summary``) the
    essentials of the folded ones alone (information rules never count). ``known``: those
    essentials already found, level after level (each level's ``layout(day, folded_only=True)``
    rules in order), so they are not obtained again."""
    obtain: Callable[[Sequence[tuple[Rule, str]], Vehicle, dt.date], tuple[Decided, ...]] = (
        runner.essentials if summary else runner.findings
    )
    # A level shared by several places (the U.S. federal level of 51 states) is folded once a
    # day for the one vehicle when the runner keeps levels for it (OnceRunner.level_memo).
    memo_of = getattr(runner, "level_memo", None) if known is None else None
    memo: dict[tuple[int, dt.date, bool], Any] | None = memo_of(vehicle) if memo_of is not None else None
    levels = []
    rank = 0 if plan.levels else Status.UNKNOWN.rank
    blocked = False
    start = 0
    for level in plan.levels:
        found = None
        if memo is not None:
            found = memo.get((id(level), day, summary))  # it holds the level: the id stays its own
        if found is None:
            layout = level.layout(day, folded_only=summary)
            if known is None:
                findings = obtain(layout.rules, vehicle, day)
            else:
                end = start + len(layout.rules)
                findings = tuple(known[start:end])
                start = end
            groups = layout.groups
            fold = _fold_positions(findings, groups, level.cannot_answer)
            blocks = (
                fold.time_blocked
                or fold.incurable
                # waits_for_its_law, on positions: held up only because its law has not begun
                or (
                    not (level.cannot_answer or (groups and all(at for _, at in groups)))
                    and level.last_start is not None
                    and level.last_start > day
                )
            )
            found = _LevelDay(level, findings, fold, layout, bool(groups), blocks)
            if memo is not None:
                memo[id(level), day, summary] = found
        if found.fold.status.rank > rank:
            rank = found.fold.status.rank
        blocked = blocked or found.blocks
        levels.append(found)
    if not plan.registers and rank < 1:
        # DESIGN §5: admission is not registration; a place with no registering level is at
        # best conditional, and says so (scope, scope_note).
        rank = 1
    return _Day(tuple(levels), _BY_RANK[rank], blocked)


_BY_RANK = tuple(Status)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _findings(found: _LevelDay) -> tuple[Finding, ...]:
    return cast(tuple[Finding, ...], found.findings)  # a full evaluation's, not essentials


def _problems(found: _LevelDay, day: dt.date) -> tuple[Problem, ...]:
    """A level's problems on ``day``: its plan's, and nothing in force when no rule is."""
    plan = found.plan
    if found.grouped or plan.cannot_answer:
        return plan.problems
    return (
        *plan.problems,
        Problem(
            ProblemKind.NOTHING_IN_FORCE,
            f"no rule encoded for this date: no rules of {plan.code} are in force on {day}",
            plan.code,
            remedy=f"kei knows no law of {plan.code} in force on {day}; ask the authority of {plan.name}",
        ),
    )


def _level(found: _LevelDay, day: dt.date) -> Level:
    plan = found.plan
    return Level(
        jurisdiction=plan.code,
        name=plan.name,
        status=found.fold.status,
        findings=_findings(found),
        owner=plan.owner,
        problems=_problems(found, day),
    )


def _settle(levels: Sequence[Level]) -> tuple[str, ...]:
    """What would settle an answer: what its unknown findings ask for, then what its levels'
    problems need (a missing plugin), each once."""
    settle = [s for level in levels for f in level.findings if f.status is Status.UNKNOWN for s in f.settle]
    settle += [problem.remedy for level in levels for problem in level.problems if problem.remedy]
    return _unique(settle)


def settle(plan: Plan, vehicle: Vehicle, on: dt.date, runner: Runner = DIRECT) -> tuple[str, ...]:
    """The ``settle`` of the verdict for ``vehicle`` in ``plan``'s place on ``on`` (what would
    settle an unknown answer), found without the rest of the verdict or the search for
    ``eligible_from``: ``kei batch`` counts it for every unknown row."""
    found = _on(plan, vehicle, on, runner, False)
    return _settle([_level(level, on) for level in found.levels])


def statuses_on(
    plan: Plan, vehicle: Vehicle, on: dt.date, runner: Runner = DIRECT
) -> tuple[Status, dict[str, Status], dict[str, Status]]:
    """The statuses of :func:`verdict_on`'s verdict (``eligible`` aside), without making it: the
    place's, each level's by code and each finding's by rule ID (of two findings of one rule,
    the later), as ``kei check`` compares them when typical values were used."""
    found = _on(plan, vehicle, on, runner, False)
    levels = {level.plan.code: level.fold.status for level in found.levels}
    findings = {f.rule: f.status for level in found.levels for f in _findings(level)}
    return found.status, levels, findings


def verdict_on(
    plan: Plan, vehicle: Vehicle, on: dt.date, eligible: dt.date | None, runner: Runner = DIRECT
) -> Verdict:
    """The full verdict for ``vehicle`` in ``plan``'s place on ``on`` when its ``eligible_from``
    is already known (``eligible``: its summary's): what :func:`evaluate` answers, without
    searching again and without ``still_missing_then`` (what would still be missing on that
    day). ``kei batch`` writes its columns for acting on a row from it."""
    verdict = _verdict(plan, _on(plan, vehicle, on, runner, False), on)
    return attrs.evolve(verdict, eligible_from=eligible) if eligible is not None else verdict


def _verdict(
    plan: Plan, found: _Day, day: dt.date, eligible: dt.date | None = None, missing: tuple[str, ...] = ()
) -> Verdict:
    levels = tuple([_level(level, day) for level in found.levels])
    chosen = cast(dict[str, Finding], found.met())
    counted = [*chosen.values()]
    for level in levels:
        for f in level.findings:
            if f.kind is RuleKind.INFORMATION:
                counted.append(f)
    # Conditions and restrictions of what counted, each once, in the order found.
    conditions: dict[str, None] = {}
    restrictions: dict[tuple[str, str], Restriction] = {}
    for finding in counted:
        for condition in finding.conditions:
            conditions.setdefault(condition, None)
        for restriction in finding.restrictions:
            restrictions.setdefault((restriction.kind, restriction.text), restriction)
    return Verdict(
        plan.code,
        day,
        found.status,
        levels,
        tuple(conditions),
        tuple(restrictions.values()),
        eligible,
        {requirement: f.rule for requirement, f in chosen.items()},
        _settle(levels),
        missing,
        plan.scope,
        plan.scope_note(),
    )


def _held(day: _Day) -> dt.date | None:
    return day.held_until()


def eligible_from(
    plan: Plan, vehicle: Vehicle, on: dt.date, runner: Runner = DIRECT, *, first: _Day | None = None
) -> dt.date | None:
    """The first day after ``on`` from which nothing time-related stands in the way (DESIGN §5),
    found by folding on the candidate days: the folded findings' ``passes_from`` and the days
    rules come into or go out of force; ``None`` when time does not cure what stands in the way."""
    found = _search(plan, vehicle, on, runner, first)
    return found[0] if found is not None else None


def _search(
    plan: Plan, vehicle: Vehicle, on: dt.date, runner: Runner, first: _Day | None
) -> tuple[dt.date, _Day] | None:
    """:func:`eligible_from` and the place folded on it (the folded rules' essentials)."""
    today = first if first is not None else _on(plan, vehicle, on, runner, True)
    if today.status.permits_use or not today.blocked:
        return None

    def at(day: dt.date) -> tuple[bool, Iterable[dt.date], _Day]:
        later = _on(plan, vehicle, day, runner, True)
        return later.blocked, later.revealed(), later

    return search_eligible_from(
        on, today.revealed(), at, fixed=plan.boundaries(), held=_held, until=today.held_until()
    )


def summary_of(
    plan: Plan,
    vehicle: Vehicle,
    on: dt.date,
    runner: Runner = DIRECT,
    *,
    known: Sequence[Decided] | None = None,
) -> tuple[Summary, bool]:
    """``evaluate(..., detail="summary")``, and whether its ``eligible_from`` was searched for.

    When it was not (the place permits use on ``on``, or nothing time cures stands in the way),
    the summary is decided by what the folded rules in force on ``on`` found that day alone
    (their essentials, :class:`~kei_core.engine.run.Essential`): ``kei batch`` remembers it by
    them. A searched summary also depends on what they find on later days. ``known``: those
    essentials when already found (in the fold's order, level after level), as the runner
    would give them."""
    from kei_core.summary import Summary  # kei check never makes one: not created unless asked

    today = _on(plan, vehicle, on, runner, True, known)
    searched = not today.status.permits_use and today.blocked
    summary = Summary(
        plan.code,
        today.status,
        eligible_from(plan, vehicle, on, runner, first=today) if searched else None,
        in_the_way(today.folded(), today.met()),
    )
    return summary, searched


@overload
def evaluate(
    plan: Plan, vehicle: Vehicle, on: dt.date, *, runner: Runner = ..., detail: Literal["full"] = ...
) -> Verdict: ...


@overload
def evaluate(
    plan: Plan, vehicle: Vehicle, on: dt.date, *, runner: Runner = ..., detail: Literal["summary"]
) -> Summary: ...


def evaluate(
    plan: Plan,
    vehicle: Vehicle,
    on: dt.date,
    *,
    runner: Runner = DIRECT,
    detail: Literal["full", "summary"] = "full",
) -> Verdict | Summary:
    """The verdict for ``vehicle`` in ``plan``'s place on ``on``, with ``eligible_from``; with
    ``detail="summary"``, only what a table shows (:class:`~kei_core.summary.Summary`).

    ``runner`` obtains each finding (:data:`~kei_core.engine.run.DIRECT` runs every check;
    ``kei batch`` remembers them, :class:`~kei_core.engine.memo.MemoRunner`)."""
    if detail == "summary":
        return summary_of(plan, vehicle, on, runner)[0]
    full = _on(plan, vehicle, on, runner, False)
    found = _search(plan, vehicle, on, runner, full)
    if found is None:
        return _verdict(plan, full, on)
    day, later = found
    return _verdict(plan, full, on, day, _still_blocking(later, vehicle, day, runner))


def _still_blocking(later: _Day, vehicle: Vehicle, day: dt.date, runner: Runner) -> tuple[str, ...]:
    """What would settle what still blocks the place on ``day`` (``eligible_from``; ``later``,
    its folded rules' essentials as the search found them): the unknown findings of
    requirements not met that day, and the levels' problems. A route of a requirement another
    route meets then, or an information rule, blocks nothing. Only those unknown findings are
    made in full (for their ``settle``): the verdict of that day is not needed."""
    met = later.met()
    settle: list[str] = []
    for level in later.levels:
        for i, f in enumerate(level.findings):
            if f.status is Status.UNKNOWN and f.requirement is not None and f.requirement not in met:
                settle += runner.findings(level.layout.rules[i : i + 1], vehicle, day)[0].settle
    settle += [
        problem.remedy for level in later.levels for problem in _problems(level, day) if problem.remedy
    ]
    return _unique(settle)
