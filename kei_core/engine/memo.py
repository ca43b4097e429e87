"""Remembering outcomes and summaries by what rules declare they read (``kei batch``).

A check is a pure function of the vehicle fields it reads and, unless the rule says otherwise,
of the date asked. A rule declares both (``Rule(reads={"manufactured"}, uses_date=True)``;
the conformance check verifies the declaration on the sample vehicles), so an outcome can be
remembered by the values of those fields, and the date when it matters. A rule that declares
nothing (``reads=None``) reads everything: always correct, merely run every time.

:class:`MemoRunner` is a :class:`~kei_core.engine.run.Runner`: it remembers each check's
outcome, and turns it into a finding or into its essential (what the fold uses) with the same
functions as :data:`~kei_core.engine.run.DIRECT`, so the engine folds the same answers.
:class:`Summaries` remembers a place's whole :class:`~kei_core.summary.Summary` on one date by
what decides it (see there). Each memo keeps at most :data:`MEMO_LIMIT` entries, then forgets
the older half: memory stays flat.

Nothing here is shared between instances or threads; make one :class:`MemoRunner` per job.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import Any, cast

from kei_core.dates import AgeThreshold, PartialDate
from kei_core.engine.fold import settle, summary_of
from kei_core.engine.plan import Plan
from kei_core.engine.run import Essential, Runner, as_of, essential_of, finding_of, outcome_of
from kei_core.engine.trace import recording
from kei_core.rules import Rule, RuleKind
from kei_core.status import Status
from kei_core.summary import Summary
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle
from kei_core.verdicts import Finding

MEMO_LIMIT = 30_000
"""Entries a memo keeps (per rule, per place, per kind); then the older half goes. What repeats in
an inventory (a model, a month of manufacture) comes back sooner than that; what does not (a
day of manufacture) would only take memory."""

_EVERY_FIELD = operator.attrgetter(*VEHICLE_FIELDS)


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    """``memo[key] = value``, forgetting the older half first when the memo is full."""
    if len(memo) >= MEMO_LIMIT:
        for old in list(itertools.islice(memo, MEMO_LIMIT // 2)):
            del memo[old]
    memo[key] = value


class _Fields:
    """A vehicle's fields read as attributes from a mapping of every field's value (its
    ``__dict__``), as memo keys read a :class:`~kei_core.vehicle.Vehicle`'s: made in no time,
    where the vehicle is made field by field. Never given to a check; a check recording its
    reads (:func:`~kei_core.engine.trace.recording`) gets a vehicle copied from it."""


def _read_as_vehicle(values: dict[str, Any]) -> Vehicle:
    fields = object.__new__(_Fields)
    fields.__dict__ = values
    return cast(Vehicle, fields)


def _item_reader(reads: frozenset[str]) -> Callable[[Mapping[str, Any]], Hashable]:
    """As :func:`reader`, from a mapping of every field's value: the same values, in the same order."""
    if not reads:
        return lambda values: ()
    return operator.itemgetter(*sorted(reads))


def reader(reads: frozenset[str] | None) -> Callable[[Vehicle], Hashable]:
    """A function giving the values of the fields ``reads`` names (every field for ``None``)."""
    if reads is None:
        return _EVERY_FIELD
    if not reads:
        return lambda vehicle: ()
    return operator.attrgetter(*sorted(reads))


class _Tokens:
    """Small integers for essentials, equal for equal essentials, so that a key made of them
    hashes cheaply (a :class:`~kei_core.status.Status` hashes in Python). Never reused."""

    __slots__ = ("counter", "known")

    def __init__(self) -> None:
        self.known: dict[Essential, int] = {}
        self.counter = itertools.count(1)

    def of(self, essential: Essential) -> int:
        found = self.known.get(essential)
        if found is None:
            found = next(self.counter)
            _remember(self.known, essential, found)
        return found


class _Found:
    """One remembered outcome's essential (what the fold uses), as checked and, when it carries
    a ``passes_from``, as answered on a day on or after it; each with its token once asked."""

    __slots__ = ("essential", "late", "late_token", "token")

    def __init__(self, essential: Essential) -> None:
        self.essential = essential
        self.token = 0
        self.late: Essential | None = None
        self.late_token = 0

    def essential_on(self, day: dt.date) -> Essential:
        early = self.essential
        if early.passes_from is None or early.passes_from > day:
            return early
        if self.late is None:
            self.late = early.as_of(day)
        return self.late

    def token_on(self, day: dt.date, tokens: _Tokens) -> int:
        """A number for :meth:`essential_on`, the same for equal essentials (:class:`_Tokens`)."""
        essential = self.essential_on(day)
        if essential is self.essential:
            if not self.token:
                self.token = tokens.of(essential)
            return self.token
        if not self.late_token:
            self.late_token = tokens.of(essential)
        return self.late_token


class _Branch:
    """A node of a :class:`_RuleMemo`'s tree of reads: the field the check read next, and
    where each of its values leads (another node, or the remembered outcome)."""

    __slots__ = ("name", "next", "read")

    def __init__(self, name: str) -> None:
        self.name = name
        self.read = operator.attrgetter(name)
        self.next: dict[Hashable, _Branch | _Found] = {}


class _RuleMemo:
    """One rule's outcomes, remembered by the values of the fields it declares it reads, and
    by the day when it uses the date: their essentials (for summaries) and, apart and only when
    asked, their findings.

    A vehicle new to that memo is looked up, before its check is run, in a tree of the reads
    the check made (:mod:`~kei_core.engine.trace`): by the value of the field it read first,
    then of the one it read next given that value, and so on. A check that reads a field only
    for some values of another (a date only with a label) then runs once for all the vehicles
    alike in what it read, not once for each value of a field it did not read."""

    __slots__ = ("dated", "findings", "found", "key", "leaves", "plugin", "rule", "tree")

    def __init__(self, rule: Rule, plugin: str) -> None:
        self.rule = rule
        self.plugin = plugin
        self.dated = rule.uses_date
        self.key = None if rule.reads is None else reader(rule.reads)
        self.found: dict[Hashable, _Found] = {}
        self.findings: dict[Hashable, Finding] = {}
        # The tree of reads, by the day first for a rule that uses it; its outcomes counted.
        self.tree: dict[Hashable, _Branch | _Found] = {}
        self.leaves = 0

    def _key(self, vehicle: Vehicle, day: dt.date) -> Hashable | None:
        if self.key is None:
            return None  # reads everything: checked every time
        return (self.key(vehicle), day) if self.dated else self.key(vehicle)

    def entry(self, vehicle: Vehicle, day: dt.date) -> _Found:
        """The remembered outcome's essential for ``vehicle`` on ``day``, checked now if new."""
        key = self._key(vehicle, day)
        found = self.found.get(key) if key is not None else None
        return found if found is not None else self.check(key, vehicle, day)

    def check(self, key: Hashable | None, vehicle: Vehicle, day: dt.date) -> _Found:
        """The outcome's essential for ``vehicle`` on ``day`` when its ``key`` is new: from the
        tree of reads, or checked now (and remembered there); remembered under ``key``. With a
        ``key``, ``vehicle`` is only read (its fields may come from a mapping: see
        :class:`_Fields`); the check runs on a copy."""
        if key is None:  # declares no reads: checked every time, as it may read anything
            return _Found(essential_of(self.rule, outcome_of(self.rule, self.plugin, vehicle, day)))
        node = self.tree.get(day if self.dated else None)
        while type(node) is _Branch:
            node = node.next.get(node.read(vehicle))
        if node is None:
            copy, read = recording(vehicle)
            found = _Found(essential_of(self.rule, outcome_of(self.rule, self.plugin, copy, day)))
            self._grow(day if self.dated else None, read, vehicle, found)
        else:
            found = cast(_Found, node)
        _remember(self.found, key, found)
        return found

    def _grow(self, root: Hashable, names: Iterable[str], vehicle: Vehicle, found: _Found) -> None:
        """Add ``found`` to the tree, reached by ``vehicle``'s values of the fields ``names``
        (in the order the check read them), when the rule declares it reads them."""
        names = tuple(names)
        if self.rule.reads is None or not self.rule.reads.issuperset(names):
            return  # read what it does not declare (the conformance check says so): not trusted
        if self.leaves >= MEMO_LIMIT:
            self.tree.clear()
            self.leaves = 0
        holder, value = self.tree, root
        for name in names:
            node = holder.get(value)
            if node is None:
                node = holder[value] = _Branch(name)
            elif type(node) is not _Branch or node.name != name:
                return  # read otherwise for the same values: not a function of them
            holder, value = node.next, getattr(vehicle, name)
        if value not in holder:
            holder[value] = found
            self.leaves += 1

    def finding(self, vehicle: Vehicle, day: dt.date) -> Finding:
        """The finding for ``vehicle`` on ``day``, remembered as the essentials are."""
        key = self._key(vehicle, day)
        found = self.findings.get(key) if key is not None else None
        if found is None:
            found = finding_of(self.rule, self.plugin, outcome_of(self.rule, self.plugin, vehicle, day))
            if key is not None:
                _remember(self.findings, key, found)
        return as_of(found, day)


class MemoRunner:
    """A :class:`~kei_core.engine.run.Runner` that remembers each rule's outcomes by the values
    of the fields the rule declares it reads (``Rule.reads``), and by the day only when it uses
    the date (``Rule.uses_date``)."""

    def __init__(self) -> None:
        self.tokens = _Tokens()
        self._rules: dict[int, _RuleMemo] = {}
        self._levels: dict[int, tuple[Sequence[tuple[Rule, str]], tuple[_RuleMemo, ...]]] = {}

    def memo_of(self, rule: Rule, plugin: str) -> _RuleMemo:
        found = self._rules.get(id(rule))
        if found is None or found.rule is not rule or found.plugin != plugin:
            found = self._rules[id(rule)] = _RuleMemo(rule, plugin)
        return found

    def _memos(self, rules: Sequence[tuple[Rule, str]]) -> tuple[_RuleMemo, ...]:
        # A level's rules in force are one tuple a stretch of days (the plan keeps it): their memos
        # are looked up once for it, not once a vehicle.
        known = self._levels.get(id(rules))
        if known is None or known[0] is not rules:
            known = self._levels[id(rules)] = (rules, tuple(self.memo_of(r, p) for r, p in rules))
        return known[1]

    def finding(self, rule: Rule, plugin: str, vehicle: Vehicle, day: dt.date) -> Finding:
        return self.memo_of(rule, plugin).finding(vehicle, day)

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        return tuple([memo.finding(vehicle, day) for memo in self._memos(rules)])

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Essential, ...]:
        found: list[Essential] = []
        for memo in self._memos(rules):  # _RuleMemo.entry and _Found.essential_on, inlined: the hot loop
            read = memo.key
            if read is None:
                entry = memo.check(None, vehicle, day)
            else:
                key = (read(vehicle), day) if memo.dated else read(vehicle)
                entry = memo.found.get(key) or memo.check(key, vehicle, day)
            essential = entry.essential
            if essential.passes_from is not None and essential.passes_from <= day:
                essential = entry.essential_on(day)
            found.append(essential)
        return tuple(found)


class Summaries:
    """One place's :class:`~kei_core.summary.Summary` on one date, remembered by what decides it.

    The summary is folded from what the folded rules find on ``on`` and on the later days
    ``eligible_from`` is searched on; information rules never count, nor do rules no longer in
    force. So vehicles alike in every field those rules read get the same summary (the first
    memo, keyed by those fields' values). Coarser still: a rule that does not use the date gives
    on a later day what it gave on ``on`` (its ``passes_from`` aside, which the day decides), so
    its essential on ``on`` (status and ``passes_from``: all the fold uses) may stand for it; a
    rule that uses the date, or comes into force later, is stood for by the fields it reads (the
    second memo). Only a vehicle new to both is folded, unless its summary needs no search for
    ``eligible_from`` and one was folded from the same findings on ``on`` (the third memo).

    A rule that reads a vehicle date only through age thresholds (``Rule.read_by_age``) is
    stood for, instead of by the date, by where the days its thresholds give for that date
    (first possible, first certain) fall among ``on``, the days rules come into or go out of
    force after it, the ``passes_from`` the other rules found, and one another: every day the
    fold looks at is one of those, and those rules see a date only through them, so two trucks
    dated alike around them get the same summary, its ``eligible_from`` being the same one of
    their days (:class:`_AgeKey`).
    """

    def __init__(self, plan: Plan, on: dt.date, runner: MemoRunner) -> None:
        self.plan = plan
        self.on = on
        self.runner = runner
        # What the rules using the date (or in force only later) read, ages aside: every
        # field any of them reads, in one look-up.
        dated_reads: set[str] | None = set()
        self._steady: list[Callable[[Vehicle], Hashable]] = []
        self._steady_memos: list[_RuleMemo] = []
        ages: dict[tuple[str, AgeThreshold], None] = {}
        reads: set[str] | None = set()
        for level in plan.levels:
            for rule, plugin in level.rules:
                ended = rule.in_force.end is not None and rule.in_force.end < on
                if rule.kind is RuleKind.INFORMATION or ended:
                    continue  # never folded, or never again in force
                reads = None if reads is None or rule.reads is None else reads | rule.reads
                if rule.in_force_on(on) and not rule.uses_date:
                    self._steady.append(self._essential_on(runner.memo_of(rule, plugin)))
                    self._steady_memos.append(runner.memo_of(rule, plugin))
                elif rule.read_by_age and rule.reads is not None:
                    ages.update(dict.fromkeys(rule.read_by_age))
                    if dated_reads is not None:
                        dated_reads |= rule.reads - {field for field, _ in rule.read_by_age}
                else:
                    dated_reads = (
                        None if dated_reads is None or rule.reads is None else dated_reads | rule.reads
                    )
        self._dated = reader(None if dated_reads is None else frozenset(dated_reads))
        # The days the fold may look at, whatever the truck: ``on`` and the later days rules
        # come into or go out of force.
        # What would settle an answer (fold.settle) is what every rule in force on ``on`` finds,
        # information rules too; a rule with no check reads nothing.
        # A rule reading a vehicle date only by age finds on ``on`` (its status and its settle
        # texts: what the conformance check verifies) what where the date's threshold days fall
        # around ``on`` decides; a rule reading such a date otherwise is stood for by what it
        # finds (looked up by its own reads); the others by the fields they read.
        in_force = [rule_plugin for level in plan.levels for rule_plugin in level.layout(on).rules]
        checked = [(rule, plugin) for rule, plugin in in_force if rule.check is not None]
        settle_ages = dict.fromkeys(pair for rule, _ in checked for pair in rule.read_by_age)
        by_age = {field for field, _ in settle_ages}
        self._settle_key: Callable[[Vehicle], Hashable] | None = None
        if all(rule.reads is not None for rule, _ in checked):
            plain = reader(
                frozenset(f for rule, _ in checked for f in cast(frozenset[str], rule.reads) - by_age)
            )
            direct = tuple(
                runner.memo_of(rule, plugin)
                for rule, plugin in checked
                if cast(frozenset[str], rule.reads) & (by_age - {field for field, _ in rule.read_by_age})
            )
            self._settle_key = _settle_key(plain, tuple(settle_ages), direct, on)
        self._settles: dict[Hashable, tuple[str, ...]] = {}
        fixed = sorted({on, *(day for day in plan.boundaries() if day > on)})
        self._ages = _AgeKey(tuple(ages), fixed) if ages else None
        # The rules in force that do not use the date and read no age-read date find on ``on``
        # what the fields they read decide: their findings are remembered together, by those
        # fields (a hot path, one look-up for them all); the others are looked up one by one.
        aged = {field for field, _ in ages}
        self._plain_memos = tuple(
            memo for memo in self._steady_memos if memo.rule.reads is not None and not memo.rule.reads & aged
        )
        self._aged_memos = tuple(memo for memo in self._steady_memos if memo not in self._plain_memos)
        self._plain_key = reader(
            frozenset(field for memo in self._plain_memos for field in cast(frozenset[str], memo.rule.reads))
        )
        self._plain: dict[Hashable, tuple[tuple[int, ...], tuple[dt.date, ...]]] = {}
        self._moved: dict[tuple[Summary, dt.date | None], Summary] = {}
        # The fixed days with the later days the rules in force find their findings pass from.
        self._fixed_with: dict[tuple[dt.date, ...], list[dt.date]] = {}
        self._by_age: dict[Hashable, tuple[Summary, int, tuple[dt.date, ...], Hashable]] = {}
        # Every folded rule in force on ``on``, in the fold's order: what they find that day
        # decides a summary whose ``eligible_from`` needs no search (fold.summary_of).
        # A rule declaring no reads is checked anew each time it is asked: then not worth it.
        today = [
            rule_plugin for level in plan.levels for rule_plugin in level.layout(on, folded_only=True).rules
        ]
        self._today = (
            tuple(runner.memo_of(rule, plugin) for rule, plugin in today)
            if all(rule.reads is not None for rule, _ in today)
            else None
        )
        # Where the rules of ``_steady`` stand among them (the same rules, in the same order).
        self._steady_at = tuple(i for i, (rule, _) in enumerate(today) if not rule.uses_date)
        self._unsearched: dict[tuple[Hashable, ...], Summary] = {}
        self._fields = None if reads is None else reader(frozenset(reads))
        self._values = None if reads is None else _item_reader(frozenset(reads))
        self._by_fields: dict[Hashable, Summary] = {}
        # By what the rules that use the date read, then by what the others found on ``on``.
        self._by_findings: dict[Hashable, dict[tuple[Hashable, ...], Summary]] = {}

    def _essential_on(self, memo: _RuleMemo) -> Callable[[Vehicle], Hashable]:
        on, tokens = self.on, self.runner.tokens

        def essential(vehicle: Vehicle) -> Hashable:
            return memo.entry(vehicle, on).token_on(on, tokens)

        return essential

    def of(self, vehicle: Vehicle) -> Summary:
        """The summary for ``vehicle``: remembered, or folded now by the engine."""
        fields = self._fields(vehicle) if self._fields is not None else None
        if fields is not None:
            found = self._by_fields.get(fields)
            if found is not None:
                return found
        return self._of(fields, lambda: vehicle, vehicle)

    def of_values(self, values: dict[str, Any], build: Callable[[], Vehicle]) -> Summary:
        """The summary for the vehicle with these field values (every field, as the vehicle
        holds them); ``build`` makes the vehicle, called only if a check must run or the
        summary be folded."""
        if self._values is None:
            return self._of(None, build, values)
        fields = self._values(values)
        found = self._by_fields.get(fields)  # _of's first look-up, here: most rows end with it
        return found if found is not None else self._of(fields, build, values)

    def settle(self, vehicle: Vehicle) -> tuple[str, ...]:
        """What would settle ``vehicle``'s answer (:func:`~kei_core.engine.fold.settle`),
        remembered by the values of the fields the rules in force on ``on`` read."""
        key = self._settle_key(vehicle) if self._settle_key is not None else None
        found = self._settles.get(key) if key is not None else None
        if found is None:
            found = settle(self.plan, vehicle, self.on, self.runner)
            if key is not None:
                _remember(self._settles, key, found)
        return found

    def _of(
        self, fields: Hashable | None, build: Callable[[], Vehicle], given: Vehicle | dict[str, Any]
    ) -> Summary:
        """The summary for a vehicle not found by its ``fields`` (the values of what the rules
        read, ``None`` when one reads everything): found by age or by findings, or folded."""
        if self._ages is not None:
            read = given if isinstance(given, Vehicle) else _read_as_vehicle(given)
            found, seen = self._of_by_age(read, build, self._dated(read))
            # A truck whose dates are new (a day of manufacture, mostly) would rarely be asked
            # again with every field alike: remembering it would only push out what repeats.
            if fields is not None and seen:
                _remember(self._by_fields, fields, found)
            return found
        vehicle = build()
        dated = self._dated(vehicle)
        alike = self._by_findings.get(dated)
        if alike is None:
            # The first vehicle alike in what the rules using the date read: folded, and kept by
            # what the other rules found on ``on`` (the fold worked it out).
            alike = {}
            _remember(self._by_findings, dated, alike)
            found, today = self._fold(vehicle)
            if today is not None:
                alike[tuple([today[i] for i in self._steady_at])] = found
        else:
            steady = tuple([part(vehicle) for part in self._steady])
            known = alike.get(steady)
            if known is None:
                known = alike[steady] = self._fold(vehicle)[0]
            found = known
        if fields is not None:
            _remember(self._by_fields, fields, found)
        return found

    def _fold(
        self, vehicle: Vehicle, noting: _Noting | None = None
    ) -> tuple[Summary, tuple[int, ...] | None]:
        """The summary folded by the engine, unless one needing no search for ``eligible_from``
        was folded from the same findings on ``on`` (then it is that one: see
        :func:`~kei_core.engine.fold.summary_of`); and what the folded rules in force found on
        ``on`` (their tokens, in the fold's order; ``None`` when not worked out). ``noting``
        notes the days the fold's findings pass from."""
        runner: Runner = self.runner if noting is None else noting
        if self._today is None:
            return summary_of(self.plan, vehicle, self.on, runner)[0], None
        on, tokens = self.on, self.runner.tokens
        found_on: list[int] = []
        entries: list[_Found] = []
        for memo in self._today:  # _RuleMemo.entry and _Found.token_on, inlined: a hot loop
            read = memo.key
            key = (read(vehicle), on) if memo.dated else read(vehicle)  # type: ignore[misc]
            entry = memo.found.get(key) or memo.check(key, vehicle, on)
            entries.append(entry)
            passes_from = entry.essential.passes_from
            if entry.token and (passes_from is None or passes_from > on):
                found_on.append(entry.token)
            else:
                found_on.append(entry.token_on(on, tokens))
        today = tuple(found_on)
        found = self._unsearched.get(today)
        if found is None:
            # What the runner would answer for these rules on ``on``: not asked twice.
            known = [entry.essential_on(on) for entry in entries]
            if noting is not None:
                for memo, essential in zip(self._today, known, strict=True):
                    noting.note(memo.rule, essential.passes_from)
            found, searched = summary_of(self.plan, vehicle, on, runner, known=known)
            if not searched:
                _remember(self._unsearched, today, found)
        return found, today

    def _found_steady(
        self, memos: Sequence[_RuleMemo], vehicle: Vehicle, build: Callable[[], Vehicle]
    ) -> tuple[list[int], list[dt.date]]:
        """What the rules of ``memos`` (in force, not using the date) find on ``on``, as tokens,
        and the later days their findings pass from."""
        on, tokens = self.on, self.runner.tokens
        steady: list[int] = []
        later: list[dt.date] = []
        for memo in memos:  # _RuleMemo.entry and _Found.token_on, inlined: a hot loop
            read = memo.key
            if read is None:
                entry = memo.check(None, build(), on)
            else:
                key = (read(vehicle), on) if memo.dated else read(vehicle)
                entry = memo.found.get(key) or memo.check(key, vehicle, on)
            passes_from = entry.essential.passes_from
            if passes_from is None or passes_from > on:
                steady.append(entry.token or entry.token_on(on, tokens))
                if passes_from is not None:
                    later.append(passes_from)
            else:
                steady.append(entry.token_on(on, tokens))
        return steady, later

    def _of_by_age(
        self, vehicle: Vehicle, build: Callable[[], Vehicle], dated: Hashable
    ) -> tuple[Summary, bool]:
        """The summary for ``vehicle`` (whose fields are read; ``build`` makes it when a check
        without declared reads must run, or the summary be folded), remembered by what the rules
        using the date read other than their age-read dates, where the days those dates give
        fall (:class:`_AgeKey`), and what the other rules found on ``on``; and whether the
        truck's dates were seen before."""
        on = self.on
        key = self._plain_key(vehicle)
        plain = self._plain.get(key)
        if plain is None:
            found_on, found_later = self._found_steady(self._plain_memos, vehicle, build)
            plain = (tuple(found_on), tuple(found_later))
            _remember(self._plain, key, plain)
        steady, later = self._found_steady(self._aged_memos, vehicle, build)
        steady += plain[0]
        later += plain[1]
        ages = cast(_AgeKey, self._ages)
        days, where, seen = ages.days(vehicle)
        if later:
            passing = tuple(later)
            fixed = self._fixed_with.get(passing)
            if fixed is None:
                fixed = sorted({*ages.fixed, *later})
                _remember(self._fixed_with, passing, fixed)
            where = placed(days, fixed)
        key = (dated, tuple(steady), where)
        found = self._by_age.get(key)
        # A remembered answer also holds the other days its fold looked at (days the findings
        # pass from that are not the truck's age days): this truck's age days must fall among
        # them as the first truck's did, or the fold might have gone another way.
        if found is None or (found[2] and placed(days, found[2]) != found[3]):
            noting = _Noting(self.runner, on, days)
            summary = self._fold(build(), noting)[0]
            eligible = summary.eligible_from
            at = days.index(eligible) if eligible is not None and eligible in days else -1
            other = tuple(sorted(noting.noted))
            _remember(self._by_age, key, (summary, at, other, placed(days, other) if other else ()))
            return summary, seen
        summary, at = found[0], found[1]
        if at >= 0 and days[at] != summary.eligible_from:
            # Moved to this truck's day: the same summary for every truck of that day (the
            # month's trucks, mostly), so that what is made of it once is made once.
            moved = self._moved.get((summary, days[at]))
            if moved is None:
                moved = Summary(summary.jurisdiction, summary.status, days[at], summary.in_the_way)
                _remember(self._moved, (summary, days[at]), moved)
            return moved, seen
        return summary, seen


def _settle_key(
    plain: Callable[[Vehicle], Hashable],
    ages: tuple[tuple[str, AgeThreshold], ...],
    direct: tuple[_RuleMemo, ...],
    on: dt.date,
) -> Callable[[Vehicle], Hashable]:
    """What decides the settle of a truck's answer on ``on`` (:meth:`Summaries.settle`): the
    fields read (``plain``), where the days of its age-read dates (``ages``) fall around ``on``,
    and what each rule reading such a date otherwise (``direct``) finds, as far as settle sees it."""
    names = tuple(dict.fromkeys(field for field, _ in ages))
    dates = operator.attrgetter(*names) if names else None
    thresholds = tuple((names.index(field), threshold) for field, threshold in ages)
    asked = (on,)

    def key(vehicle: Vehicle) -> Hashable:
        where: Hashable = ()
        if dates is not None:
            values = dates(vehicle)
            where = placed(age_days(thresholds, values if len(names) > 1 else (values,)), asked)
        found = []
        for memo in direct:
            finding = memo.finding(vehicle, on)
            found.append(finding.settle if finding.status is Status.UNKNOWN else finding.status)
        return plain(vehicle), where, tuple(found)

    return key


class _Noting:
    """A :class:`~kei_core.engine.run.Runner` answering as ``runner`` does, that notes the days
    after ``on`` the folded findings pass from, except a truck's own age days (``days``) given
    by a rule reading its dates by age: the days an answer remembered by age depends on beyond
    its key."""

    def __init__(self, runner: MemoRunner, on: dt.date, days: Sequence[dt.date | None]) -> None:
        self.runner = runner
        self.on = on
        self.days = frozenset(day for day in days if day is not None)
        self.noted: set[dt.date] = set()

    def note(self, rule: Rule, day: dt.date | None) -> None:
        """Note ``day``, a day ``rule``'s finding passes from, if it is one the key does not hold."""
        if day is not None and day > self.on and not (rule.read_by_age and day in self.days):
            self.noted.add(day)

    def findings(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Finding, ...]:
        found = self.runner.findings(rules, vehicle, day)
        for (rule, _), finding in zip(rules, found, strict=True):
            if finding.kind is not RuleKind.INFORMATION:
                self.note(rule, finding.passes_from)
        return found

    def essentials(
        self, rules: Sequence[tuple[Rule, str]], vehicle: Vehicle, day: dt.date
    ) -> tuple[Essential, ...]:
        found = self.runner.essentials(rules, vehicle, day)
        for (rule, _), essential in zip(rules, found, strict=True):
            self.note(rule, essential.passes_from)
        return found


def age_days(
    thresholds: Sequence[tuple[int, AgeThreshold]], dates: Sequence[PartialDate | None]
) -> tuple[dt.date | None, ...]:
    """For each ``(i, threshold)``, the first day the ``i``-th of ``dates`` possibly and the
    first day it certainly reaches ``threshold`` (:meth:`AgeThreshold.test`); ``None, None``
    for a date not given."""
    days: list[dt.date | None] = []
    ends: dict[int, tuple[dt.date, dt.date]] = {}  # each date's first and last day, made once
    for at, threshold in thresholds:
        when = dates[at]
        if when is None:
            days += (None, None)
            continue
        known = ends.get(at)
        if known is None:
            first = when.earliest()
            # known to the day: its first and last day are one
            known = ends[at] = (first, first if when.day is not None else when.latest())
        first, last = known
        day = threshold.reached_on(first)
        days += (day, day if last is first else threshold.reached_on(last))
    return tuple(days)


_NO_DAY = frozenset({None})


def placed(
    days: Sequence[dt.date | None], fixed: Sequence[dt.date]
) -> tuple[tuple[int, bool, int] | None, ...]:
    """Where each of ``days`` falls among the sorted ``fixed`` days (how many come before it,
    whether it is one of them) and among the others (its rank): equal for two lists of days
    that every comparison with one another and with ``fixed`` tells apart in the same way."""
    given: list[dt.date] = sorted(cast("set[dt.date]", set(days) - _NO_DAY))
    found: list[tuple[int, bool, int] | None] = []
    for day in days:
        if day is None:
            found.append(None)
            continue
        after = bisect.bisect_left(fixed, day)
        found.append((after, after < len(fixed) and fixed[after] == day, bisect.bisect_left(given, day)))
    return tuple(found)


class _AgeKey:
    """Where the days a truck's age-read dates give fall, as a key (:func:`age_days`,
    :func:`placed`). Two trucks with equal keys are alike to every rule that reads those dates
    only through those thresholds, on every day the fold looks at."""

    __slots__ = ("_days", "fields", "fixed", "thresholds")

    def __init__(self, ages: tuple[tuple[str, AgeThreshold], ...], fixed: Sequence[dt.date]) -> None:
        names = tuple(dict.fromkeys(field for field, _ in ages))
        self.fields = operator.attrgetter(*names)
        self.thresholds = tuple((names.index(field), threshold) for field, threshold in ages)
        self.fixed = tuple(fixed)
        self._days: dict[
            Hashable, tuple[tuple[dt.date | None, ...], tuple[tuple[int, bool, int] | None, ...]]
        ] = {}

    def days(
        self, vehicle: Vehicle
    ) -> tuple[tuple[dt.date | None, ...], tuple[tuple[int, bool, int] | None, ...], bool]:
        """:func:`age_days` of the truck's dates, where they fall among the fixed days
        (:func:`placed`), and whether these dates were seen before (remembered by them)."""
        values = self.fields(vehicle)
        found = self._days.get(values)
        if found is None:
            days = age_days(self.thresholds, values if isinstance(values, tuple) else (values,))
            where = placed(days, self.fixed)
            _remember(self._days, values, (days, where))
            return days, where, False
        return found[0], found[1], True
