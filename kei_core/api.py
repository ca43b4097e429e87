"""The application facade: what the CLI, batch, the web page and tests all call.

:class:`Kei` answers with typed results (:class:`CheckResult`, :class:`PlaceInfo`,
:class:`RuleInfo`, ...); renderers in :mod:`kei_core.render` turn them into text, JSON,
Markdown or a table. Nothing here prints, parses options or knows about HTTP.

    kei = Kei()                                   # every installed plugin, loaded as needed
    result = kei.check(vehicle, ["US-TX"], on=dt.date(2026, 1, 22))
    result.verdicts[0].status                     # Status.NOT_LEGAL
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs
from attrs import NOTHING

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.errors import InputError, did_you_mean, shown
from kei_core.plugins.registry import Registry
from kei_core.plugins.rulebook import PluginInfo
from kei_core.problems import Problem, ProblemKind
from kei_core.rules import Jurisdiction, Model, Rule, RuleKind, Stage, stage_of
from kei_core.status import Status, worst
from kei_core.vehicle import Vehicle
from kei_core.verdicts import Decided, Finding, Verdict
from kei_core.vocabulary import Term

if TYPE_CHECKING:
    from attrs import NothingType

    from kei_core.api_listings import PlaceInfo as PlaceInfo
    from kei_core.api_listings import RuleInfo as RuleInfo
    from kei_core.catalog import Filled
    from kei_core.engine.plan import Plan
    from kei_core.engine.run import Runner
    from kei_core.plugins.rulebook import RuleBook

NOTICE = "kei gives information, not legal advice"


def __getattr__(name: str) -> object:
    """:class:`PlaceInfo` and :class:`RuleInfo`, from :mod:`kei_core.api_listings` the first time
    they are asked for: ``kei check`` lists neither and never creates them."""
    if name in ("PlaceInfo", "RuleInfo"):
        from kei_core import api_listings

        value = getattr(api_listings, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def notice(reviewed: Iterable[dt.date]) -> str:
    """The closing line of every answer: information, not advice, and how recent the rules are."""
    days = sorted(set(reviewed))
    if not days:
        return f"{NOTICE}; no installed rule was applied."
    span = days[0].isoformat() if len(days) == 1 else f"{days[0].isoformat()} to {days[-1].isoformat()}"
    return f"{NOTICE}; the rules applied were last reviewed {span}."


_setattr_of = object.__setattr__.__get__


@attrs.frozen
class Situation:
    """Where the truck already is on its way onto the road: ``imported`` (it is in the country),
    ``titled`` (it holds a title in the place asked, so it was imported too). It marks the
    conditions of the stages behind it as met; it never changes a status: a truck that is in
    the country may have been entered on a declaration that does not make it eligible for the
    road (docs/writing-a-plugin.md and the README explain why)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    imported: bool = False
    titled: bool = False

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, imported: bool = False, titled: bool = False) -> None:
        _setattr = _setattr_of(self)
        _setattr("imported", imported)
        _setattr("titled", titled)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        if self.titled and not self.imported:
            object.__setattr__(self, "imported", True)

    def met(self, stage: Stage) -> bool:
        """Whether the demands of ``stage`` are behind the truck."""
        return (stage is Stage.IMPORT and self.imported) or (stage is Stage.TITLE and self.titled)


_NO_SITUATION = Situation()
"""The default: neither imported nor titled."""


@attrs.frozen
class Condition:
    """A condition of a verdict with the rule that set it, its :class:`~kei_core.rules.Stage`,
    and whether the :class:`Situation` says it is already met."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    text: str
    rule: str | None
    stage: Stage
    met: bool = False

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, text: str, rule: str | None, stage: Stage, met: bool = False) -> None:
        _setattr = _setattr_of(self)
        _setattr("text", text)
        _setattr("rule", rule)
        _setattr("stage", stage)
        _setattr("met", met)


@attrs.frozen
class CheckResult:
    """The answer to one question: a vehicle, the places asked (none: every installed place),
    the date, one verdict a place, the plugins that answered (those of the places asked and the
    catalog's, whatever else the process has loaded), notes about the vehicle (which
    values came from the catalog, ``catalog`` saying it field by field), the
    :class:`Situation` asked about, and the stage of each rule applied."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    vehicle: Vehicle
    on: dt.date
    verdicts: tuple[Verdict, ...]
    asked: tuple[str, ...] = ()
    plugins: tuple[PluginInfo, ...] = ()
    notes: tuple[str, ...] = ()
    catalog: Filled | None = None
    situation: Situation = _NO_SITUATION
    stages: Mapping[str, Stage] = attrs.field(factory=dict)
    """Rule ID -> the stage its demands fall due (:func:`~kei_core.rules.stage_of`)."""
    statements: Mapping[str, str] = attrs.field(factory=dict)
    """Rule ID -> its one-line statement, for the rules behind the verdicts (what "What would
    settle it" quotes: the figure a missing value is measured against)."""

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        vehicle: Vehicle,
        on: dt.date,
        verdicts: tuple[Verdict, ...],
        asked: tuple[str, ...] = (),
        plugins: tuple[PluginInfo, ...] = (),
        notes: tuple[str, ...] = (),
        catalog: Filled | None = None,
        situation: Situation = _NO_SITUATION,
        stages: Mapping[str, Stage] | NothingType = NOTHING,
        statements: Mapping[str, str] | NothingType = NOTHING,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("vehicle", vehicle)
        _setattr("on", on)
        _setattr("verdicts", verdicts)
        _setattr("asked", asked)
        _setattr("plugins", plugins)
        _setattr("notes", notes)
        _setattr("catalog", catalog)
        _setattr("situation", situation)
        _setattr("stages", {} if stages is NOTHING else stages)
        _setattr("statements", {} if statements is NOTHING else statements)

    def stage(self, finding: Finding) -> Stage:
        """The stage of ``finding``'s rule (``REGISTRATION`` if kei was not told)."""
        return self.stages.get(finding.rule, Stage.REGISTRATION)

    def conditions(self, verdict: Verdict) -> tuple[Condition, ...]:
        """``verdict``'s conditions, in order, each with the rule that set it and its stage."""
        if not verdict.conditions:
            return ()
        origin: dict[str, Finding] = {}
        for finding in verdict.findings:
            for text in finding.conditions:
                chosen = verdict.pathways.get(finding.requirement or "")
                if chosen is None or chosen == finding.rule or finding.kind is not RuleKind.PATHWAY:
                    origin.setdefault(text, finding)
        found = []
        for text in verdict.conditions:
            source = origin.get(text)
            own = getattr(text, "stage", None)  # a condition staged apart from its rule (rules.staged)
            stage = own if isinstance(own, Stage) else self.stage(source) if source else Stage.REGISTRATION
            found.append(Condition(text, source.rule if source else None, stage, self.situation.met(stage)))
        return tuple(found)

    @property
    def status(self) -> Status:
        """The worst status of the places asked (what the exit status reports)."""
        return worst(v.status for v in self.verdicts)

    @property
    def notice(self) -> str:
        return notice({f.reviewed_on for v in self.verdicts for level in v.levels for f in level.findings})


READS_KEPT = 1024
"""Answers of :func:`_reads_any` kept (by place plan and fields); then all are forgotten."""

_reads: dict[tuple[int, frozenset[str]], tuple[Plan, bool]] = {}


def _reads_any(plan: Plan, fields: frozenset[str]) -> bool:
    """Whether a rule of ``plan``'s place reads one of ``fields`` (or does not say what it reads).
    Remembered by plan and fields: a server asks it of the same few places and models."""
    key = (id(plan), fields)
    known = _reads.get(key)
    if known is not None and known[0] is plan:
        return known[1]
    found = any(_may_read(rule, fields) for level in plan.levels for rule in level.all_rules)
    if len(_reads) >= READS_KEPT:
        _reads.clear()
    _reads[key] = (plan, found)  # the plan is held, so its id is not reused while the entry lives
    return found


def _may_read(rule: Rule, fields: frozenset[str]) -> bool:
    """Whether ``rule``'s finding may depend on one of ``fields``: it reads one, or does not say
    what it reads. A rule without a check reads nothing (its finding is its statement)."""
    reads = rule.reads
    return rule.check is not None and (reads is None or not reads.isdisjoint(fields))


def _same_without(
    plan: Plan, verdict: Verdict, bare: Vehicle, typical: frozenset[str], day: dt.date, runner: Runner
) -> bool:
    """Whether each rule of ``verdict`` that reads a typical field (or does not say what it
    reads) finds for ``bare`` the status it found with them. Every other finding being the
    same, so is then every status of the answer without them (a fold reads statuses alone):
    nothing is flagged and the verdict stands as it is. ``False`` also when a rule ID is
    given twice (flags are by ID: :meth:`Kei._typical_values_flagged` decides). Statuses only:
    the rules run again are asked for what the fold uses (essentials), not whole findings."""
    if len(plan.levels) != len(verdict.levels):
        return False
    seen: set[str] = set()
    for level_plan, level in zip(plan.levels, verdict.levels, strict=True):
        rules = level_plan.layout(day).rules
        findings = level.findings
        if len(rules) != len(findings):
            return False
        for (rule, plugin), finding in zip(rules, findings, strict=True):
            rule_id = rule.id
            if rule_id != finding.rule or rule_id in seen:
                return False
            seen.add(rule_id)
            if _may_read(rule, typical):
                again = runner.essentials(((rule, plugin),), bare, day)[0]
                if again.status is not finding.status:
                    return False
    return True


def _without_typical(
    plan: Plan, verdict: Verdict, bare: Vehicle, typical: frozenset[str], day: dt.date, runner: Runner
) -> tuple[Status, dict[str, Status], dict[str, Status]] | None:
    """The statuses of ``verdict`` (for the vehicle with its typical values, on ``day``) asked
    again for ``bare``, the vehicle without them: of the place, of each level (by code) and of
    each finding (by rule ID; :func:`~kei_core.engine.fold.statuses_on`). Only the rules that
    read a typical field (or do not say what they read) are run again, by ``runner`` (``bare``'s);
    every other finding is ``verdict``'s own (a check is a function of the fields it declares it
    reads, :attr:`Rule.reads <kei_core.rules.Rule.reads>`), and no ``eligible_from`` is
    searched (only statuses are compared). ``None`` when no rule of the place reads a typical
    field (:func:`_reads_any`): the answer without them is ``verdict``."""
    if not _reads_any(plan, typical):
        return None
    from kei_core.engine.fold import statuses_on

    known = {(f.jurisdiction, f.rule): f for f in verdict.findings}
    return statuses_on(plan, bare, day, _Reusing(known, typical, runner))


class _Reusing:
    """A :class:`~kei_core.engine.run.Runner` that runs only the rules reading one of ``fields``
    (or not saying what they read), by ``runner``, and takes every other finding from ``known``
    (the same place's findings on the same day for a vehicle differing only in ``fields``)."""

    def __init__(
        self, known: Mapping[tuple[str, str], Finding], fields: frozenset[str], runner: Runner
    ) -> None:
        self.known = known
        self.fields = fields
        self.runner = runner

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        found = []
        for rule, plugin in rules:
            finding = None
            if not _may_read(rule, self.fields):
                finding = self.known.get((rule.jurisdiction, rule.id))
            if finding is None:
                finding = self.runner.findings(((rule, plugin),), vehicle, day)[0]
            found.append(finding)
        return tuple(found)

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Decided, ...]:
        return self.runner.essentials(rules, vehicle, day)


def before_the_rules(code: str, rules: Iterable[Rule], on: dt.date) -> Problem | None:
    """The :class:`~kei_core.problems.Problem` of a level asked about ``on``, a date before
    every rule of it that decides (requirements and pathways) comes into force; ``None``
    otherwise. When the first rule comes into force on the day its sources were read (an
    official page that gives no date: ``in_force.from`` is ``reviewed_on``), it says that the
    date is that day, not a date the law gives."""
    rules = list(rules)
    starts = [rule.in_force.start for rule in rules]
    if not rules or None in starts:
        return None
    first = min(start for start in starts if start is not None)
    if first <= on:
        return None
    undated = any(rule.in_force.start == first == rule.reviewed_on for rule in rules)
    return _before_the_rules_problem(code, first, undated, on)


def _before_the_rules_problem(code: str, first: dt.date, undated: bool, on: dt.date) -> Problem:
    message = f"kei has no rule for this date: its rules for {code} begin on {first.isoformat()}"
    if undated:
        message += (
            ", the day their sources were read (official pages that give no date), not a date the law gives"
        )
    return Problem(
        ProblemKind.NOTHING_IN_FORCE,
        message,
        code,
        remedy=f"kei cannot say what applied in {code} on {on.isoformat()}: ask its authority",
    )


ANSWERED_BY_KEPT = 256
"""Sets of places whose plugins :meth:`Kei._answered_by` keeps for a book; then it forgets them."""


class _BookIndex:
    """What an answer looks up in one :class:`~kei_core.plugins.rulebook.RuleBook`, made once:
    the codes declared, each level's first day of law (:func:`before_the_rules`), and each
    rule's stage and statement. A server has loaded every plugin, and scanning all their rules
    on every request cost a tenth of a check."""

    __slots__ = ("about", "answered", "book", "codes", "declared", "first")

    def __init__(self, book: RuleBook) -> None:
        self.book = book
        self.answered: dict[tuple[tuple[str, ...], str | None], tuple[PluginInfo, ...]] = {}
        """The plugins behind an answer (:meth:`Kei._answered_by`) by the places asked and the
        catalog's plugin."""
        self.codes = tuple(book.declared_codes())
        self.declared = frozenset(self.codes)
        deciding: dict[str, list[Rule]] = {}
        about: dict[str, tuple[Stage, str]] = {}
        for _, item in book.all_rules():
            if isinstance(item, Rule):
                about[item.id] = (stage_of(item), item.statement)  # the last of an ID, as before
                if item.kind is not RuleKind.INFORMATION:
                    deciding.setdefault(item.jurisdiction, []).append(item)
        self.about = about
        self.first: dict[str, tuple[dt.date, bool]] = {}
        """Code -> the day its first deciding rule comes into force and whether that is the day
        its sources were read; only for codes all of whose deciding rules have a start."""
        for code, rules in deciding.items():
            starts = [rule.in_force.start for rule in rules]
            if None in starts:
                continue
            first = min(start for start in starts if start is not None)
            undated = any(rule.in_force.start == first == rule.reviewed_on for rule in rules)
            self.first[code] = (first, undated)

    def before_the_rules(self, code: str, on: dt.date) -> Problem | None:
        """:func:`before_the_rules` for the level ``code`` and its deciding rules in this book."""
        found = self.first.get(code)
        if found is None or found[0] <= on:
            return None
        return _before_the_rules_problem(code, found[0], found[1], on)


class Kei:
    """kei's questions, answered from one :class:`Registry` (built from the plugin options, or
    given). Share one instance between threads: the registry loads under a lock and evaluation
    reads immutable snapshots."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry if registry is not None else Registry()
        self._index: _BookIndex | None = None

    def _book_index(self) -> _BookIndex:
        """What every answer looks up in the loaded rules, indexed once per
        :class:`~kei_core.plugins.rulebook.RuleBook` (a new one is made only when a plugin loads)."""
        book = self.registry.book()
        index = self._index
        if index is None or index.book is not book:
            index = self._index = _BookIndex(book)  # one assignment: threads may race, never mix
        return index

    @classmethod
    def from_options(cls, enabled: Iterable[str] = (), disabled: Iterable[str] = ()) -> Kei:
        """As the command line's ``-p NAME`` / ``-p no:NAME`` options ask."""
        return cls(Registry(enabled=enabled, disabled=disabled))

    # -- answers -------------------------------------------------------------------------------

    def places(self) -> list[str]:
        """Every code an enabled plugin declares (no plugin is imported)."""
        return list(self._book_index().codes)

    def declares(self, code: str) -> bool:
        """Whether an enabled plugin declares ``code``, exactly as written (``code in
        places()``, without the list of every code: a server asks it of every request)."""
        return code in self._book_index().declared

    def check(
        self,
        vehicle: Vehicle,
        places: Sequence[str] = (),
        on: dt.date | None = None,
        *,
        notes: Sequence[str] | None = None,
        catalog: Filled | None = None,
        situation: Situation = Situation(),
    ) -> CheckResult:
        """The verdict for ``vehicle`` in each of ``places`` (none: every installed place) on
        ``on`` (default: today). ``catalog`` is how :meth:`complete` filled the vehicle (its
        notes are the answer's unless ``notes`` are given); ``situation`` says whether it is
        already imported or titled (:class:`Situation`: it never changes a status)."""
        day = on or dt.date.today()
        self._check_plugin_terms(vehicle)
        codes = tuple(places) or tuple(self.places())
        verdicts = self._evaluate(vehicle, codes, day)
        if notes is None:
            notes = catalog.notes if catalog is not None else ()
        if (
            catalog is not None
            and catalog.typical
            and (catalog.vehicle is vehicle or catalog.vehicle == vehicle)
        ):
            verdicts, resting = self._typical_values_flagged(verdicts, catalog, day)
            if resting:
                notes = (
                    *notes,
                    f"{', '.join(resting)} rest on typical values: they read at best conditional and "
                    "are flagged until the truck's own figures are given",
                )
        verdicts = self._before_the_rules(verdicts, day)
        return CheckResult(
            vehicle,
            day,
            verdicts,
            tuple(places),
            self._answered_by(codes, catalog),
            tuple(notes),
            catalog,
            situation,
            *self._about(verdicts),
        )

    def _evaluate(self, vehicle: Vehicle, codes: Sequence[str], day: dt.date) -> tuple[Verdict, ...]:
        """The verdict of each of ``codes``, every rule checked once a day however many of the
        places have it (:class:`~kei_core.engine.run.OnceRunner`). A registry whose ``evaluate``
        was replaced (a subclass, a test) is asked place by place, as before."""
        registry = self.registry
        if getattr(registry.evaluate, "__func__", None) is not Registry.evaluate:
            return tuple(registry.evaluate(vehicle, code, day) for code in codes)
        from kei_core.engine.fold import evaluate
        from kei_core.engine.run import OnceRunner

        runner = OnceRunner(vehicle)
        return tuple(evaluate(registry.plan(code), vehicle, day, runner=runner) for code in codes)

    def _answered_by(self, codes: Sequence[str], catalog: Filled | None) -> tuple[PluginInfo, ...]:
        """The plugins behind an answer, as a fresh ``kei check`` lists them: those declared for
        the levels of the places asked and, when the catalog completed the vehicle, the plugin
        whose entry did; never every plugin the process has loaded (a server's has loaded all)."""
        registry = self.registry
        index = self._book_index()
        by = catalog.plugin if catalog is not None and catalog.model is not None else None
        key = (tuple(codes), by)
        found = index.answered.get(key)
        if found is not None:
            return found
        used = {
            plugin.name
            for code in codes
            for level in registry.chain(code)
            for plugin in registry.plugins_for(level)
        }
        if by is not None:
            used.add(by)
        found = tuple(p for p in registry.plugins.values() if p.loaded and p.name in used)
        if registry.book() is index.book:  # nothing loaded meanwhile: the same book answers the same
            if len(index.answered) >= ANSWERED_BY_KEPT:
                index.answered.clear()
            index.answered[key] = found
        return found

    def _typical_values_flagged(
        self, verdicts: Sequence[Verdict], catalog: Filled, day: dt.date
    ) -> tuple[tuple[Verdict, ...], tuple[str, ...]]:
        """``verdicts`` asked again without the catalog's typical values: every finding they
        changed is flagged ``unconfirmed`` (a pass among them reads ``conditional``), and a level
        or verdict that only they made ``legal`` reads ``conditional``
        (:func:`kei_core.catalog.read_with_typical`). A figure only typical of the model (a
        class-level height or top speed) may answer a question the owner could not, but never as
        if it were the truck's own (DESIGN §5).

        Only what the typical values can change is asked again (:func:`_without_typical`), each
        rule once a day for all the places (one :class:`~kei_core.engine.run.OnceRunner`): a
        place none of whose rules reads them keeps its verdict as it is."""
        from kei_core.catalog import read_with_typical, without_typical
        from kei_core.engine.run import OnceRunner

        typical = frozenset(catalog.typical)
        bare: Vehicle | None = None
        runner: OnceRunner | None = None
        flagged: dict[str, None] = {}
        found = []
        for verdict in verdicts:
            plan = self.registry.plan(verdict.jurisdiction)
            without = None
            if _reads_any(plan, typical):
                if bare is None or runner is None:
                    bare = without_typical(catalog)
                    runner = OnceRunner(bare)
                if not _same_without(plan, verdict, bare, typical, day, runner):
                    without = _without_typical(plan, verdict, bare, typical, day, runner)
            if without is None:
                found.append(verdict)
                continue
            status_without, level_before, before = without
            levels = []
            changed = False
            for level in verdict.levels:
                findings: list[Finding] | None = None
                for i, finding in enumerate(level.findings):
                    if before.get(finding.rule) is not finding.status:
                        flagged[finding.rule] = None
                        if findings is None:
                            findings = list(level.findings)
                        findings[i] = attrs.evolve(
                            finding,
                            status=read_with_typical(finding.status, Status.UNKNOWN),
                            unconfirmed=True,
                        )
                status = read_with_typical(level.status, level_before.get(level.jurisdiction, Status.UNKNOWN))
                if findings is not None or status is not level.status:
                    changed = True
                    level = attrs.evolve(
                        level,
                        findings=tuple(findings) if findings is not None else level.findings,
                        status=status,
                    )
                levels.append(level)
            status = read_with_typical(verdict.status, status_without)
            if changed or status is not verdict.status:
                verdict = attrs.evolve(verdict, levels=tuple(levels), status=status)
            found.append(verdict)
        return tuple(found), tuple(flagged)

    def _before_the_rules(self, verdicts: tuple[Verdict, ...], day: dt.date) -> tuple[Verdict, ...]:
        """``verdicts`` with a level asked about a date before its first rule saying so: kei has
        no rule for that date (:func:`before_the_rules`), not that the law began later."""
        index = self._book_index()
        found = []
        for verdict in verdicts:
            levels, remedies = [], []
            for level in verdict.levels:
                problem = index.before_the_rules(level.jurisdiction, day)
                if problem is not None:
                    kept = [p for p in level.problems if p.kind is not ProblemKind.NOTHING_IN_FORCE]
                    level = attrs.evolve(level, problems=(*kept, problem))
                    remedies.append(problem.remedy)
                levels.append(level)
            if remedies:
                settle = tuple(dict.fromkeys((*verdict.settle, *remedies)))
                verdict = attrs.evolve(verdict, levels=tuple(levels), settle=settle)
            found.append(verdict)
        return tuple(found)

    def _about(self, verdicts: Sequence[Verdict]) -> tuple[dict[str, Stage], dict[str, str]]:
        """The stage and the statement of every rule behind ``verdicts`` (their plugins are
        loaded by now)."""
        about = self._book_index().about
        stages: dict[str, Stage] = {}
        statements: dict[str, str] = {}
        for verdict in verdicts:
            for level in verdict.levels:
                for finding in level.findings:
                    found = about.get(finding.rule)
                    if found is not None:
                        stages[finding.rule], statements[finding.rule] = found
        return stages, statements

    def vehicle(
        self,
        file: str | None = None,
        *,
        model: str | None = None,
        made: str | None = None,
        frame: str | None = None,
        sets: Sequence[str] = (),
        on: dt.date | None = None,
    ) -> Filled:
        """The vehicle asked about, read exactly as ``kei check FILE --model --made --frame --set``
        reads it: from a vehicle file (``-``: stdin) or from the options alone, ``sets`` being
        ``FIELD=VALUE`` strings, then completed from the catalog (:meth:`complete`);
        ``filled.vehicle`` is the vehicle, ``filled`` what :meth:`check` takes as ``catalog``.
        Built after ``on`` (the date asked), or any bad value: an
        :class:`~kei_core.errors.InputError` naming the option (``--model``, ``--set``) or field,
        the line the CLI prints (:func:`kei_core.errors.one_line`)."""
        from kei_core.commands.check import vehicle_from_options

        return vehicle_from_options(self.registry, file, model, made, frame, sets, on)

    def complete(self, vehicle: Vehicle, *, required: bool = False) -> Filled:
        """``vehicle`` with what its ``model_code`` or ``frame_number`` names in the catalog
        filled in, its own values winning, saying which came from the catalog and which are
        only typical (:func:`kei_core.catalog.complete`, what ``kei check`` and ``kei batch``
        use); an unknown code is an :class:`~kei_core.errors.InputError` with a "did you mean"."""
        from kei_core import catalog

        return catalog.complete(self.registry, vehicle, required=required)

    def _check_plugin_terms(self, vehicle: Vehicle) -> None:
        """A plugin's equipment or document name (``de.vollgutachten``) must be one an installed
        plugin declares: a typo never silently counts as a missing document."""
        wanted = {
            (kind, name)
            for kind, names in (("equipment", vehicle.equipment), ("document", vehicle.documents))
            for name in names
            if "." in name
        }
        if not wanted:
            return
        known = {(term.kind, term.name) for _, term in self.vocabulary()}
        for kind, name in sorted(wanted - known):
            field = "equipment" if kind == "equipment" else "documents"
            names = [n for k, n in known if k == kind]
            raise InputError(
                f"no installed plugin declares the {kind} {shown(name)}{did_you_mean(name, names)} "
                "(see `kei vocabulary`)",
                field=field,
            )

    def verdict(self, vehicle: Vehicle, place: str, on: dt.date) -> Verdict:
        """One place's verdict."""
        return self.registry.evaluate(vehicle, place, on)

    # -- listings ------------------------------------------------------------------------------

    def plugins(self) -> list[PluginInfo]:
        """Every enabled plugin, loaded, with what it returned or why it failed."""
        return self.registry.load_all()

    def place(self, code: str) -> PlaceInfo:
        from kei_core.api_listings import PlaceInfo

        registry = self.registry
        owners = registry.owners_of(code)
        jurisdiction: Jurisdiction | None = registry.jurisdiction(code)
        return PlaceInfo(
            code=code,
            name=jurisdiction.name if jurisdiction else None,
            parent=jurisdiction.parent if jurisdiction else None,
            chain=tuple(registry.chain(code)),
            registers=bool(jurisdiction and jurisdiction.registers),
            owner=owners[0].name if len(owners) == 1 else None,
            plugins=tuple(p.name for p in registry.plugins_for(code)),
        )

    def jurisdictions(self) -> list[PlaceInfo]:
        return [self.place(code) for code in self.places()]

    def rules(self, place: str | None = None) -> list[RuleInfo]:
        """Every rule of the installed plugins, or those of ``place``'s levels, by place and ID."""
        from kei_core.api_listings import RuleInfo

        items = [RuleInfo(item, plugin.name) for plugin, item in self.registry.all_rules()]
        if place is not None:
            chain = set(self.registry.chain(place))
            items = [info for info in items if info.item.jurisdiction in chain]
        return sorted(items, key=lambda info: (info.item.jurisdiction, info.item.id))

    def rule(self, rule_id: str) -> RuleInfo | None:
        """The rule with ``rule_id`` (case-insensitive), or ``None``."""
        wanted = rule_id.strip().upper()
        return next((info for info in self.rules() if info.id == wanted), None)

    def vocabulary(self) -> list[tuple[str, Term]]:
        """The names plugins add to kei's vocabulary, with the plugin adding each."""
        return self.registry.vocabulary()

    def models(self, query: str = "") -> list[Model]:
        """The catalog's models matching every word of ``query`` (all when empty)."""
        from kei_core import catalog

        return catalog.search(self.registry, query)
