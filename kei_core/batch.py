"""``kei batch``: check a whole inventory (CSV or JSON Lines) in one pass, streaming.

Every input row yields exactly one output row per place asked, in input order: the line the
row starts on (so an error can be found in the file), the place, the status, ``eligible_from``,
the rules that do not pass, and the row's error if it could not be read or holds a value kei
refuses (its status is then ``unknown``). Memory stays flat in the number of rows: rows are
read, checked and written in chunks, with a bounded number of chunks in flight; a cell is at
most :data:`MAX_CELL_CHARACTERS`, a row at most :data:`MAX_ROW_CHARACTERS` (longer is that
row's error, read past without being kept).

Speed, without giving up exactness (tests compare every output with the core's evaluation):

* Rows are converted field by field, each distinct value once (``vehicle_io`` decides what is
  valid, ranges included; the vehicle is assembled from the converted fields, and the checks
  across fields, dates in order and built by the date asked, are made on them as ``kei check``
  makes them).
* Evaluation is pure, so an outcome depends only on what a check reads. The first time a rule
  is checked on a vehicle it runs on a copy that records the fields read (the check's *shape*);
  a later vehicle agreeing on those fields takes the same path through the check and gets the
  same outcome, whatever its frame number or other unread fields. A check whose code never
  mentions the date (:func:`ignores_the_day`) is remembered across dates as well.
* The fold keeps only what batch reports (status, ``eligible_from``, the rules in the way) and
  mirrors :mod:`kei_core.evaluation` step by step; whole answers are remembered by the union of
  the shapes met on the way, by the same argument.
* Large files are checked by forked worker processes (plugins loaded once), chunk by chunk,
  at most two chunks a worker in flight, and written in input order.
"""

from __future__ import annotations

import csv
import datetime as dt
import dis
import inspect
import io
import itertools
import json
import operator
import os
import stat
import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

import attrs

from kei_core.errors import InputError, did_you_mean, shown, shown_path
from kei_core.evaluation import fold_level, outcome_problem, search_eligible_from, waits_for_its_law
from kei_core.rules import Rule, RuleKind
from kei_core.status import Status, worst
from kei_core.terminal import safe
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle, check_built_by, check_dates_agree
from kei_core.vehicle_io import MAX_TEXT_CHARACTERS, vehicle_from_mapping
from kei_core.verdicts import Verdict

OUTPUT_COLUMNS = ("row", "jurisdiction", "status", "eligible_from", "failing_rules", "error")
STATUSES = (Status.LEGAL, Status.CONDITIONAL, Status.UNKNOWN, Status.NOT_LEGAL)
CHUNK_ROWS = 2000
PARALLEL_FROM_BYTES = 1_000_000  # below this (about 10,000 rows) one process is faster than forking
MEMO_LIMIT = 50_000  # entries a memo keeps (per rule, per place); then the older half goes: flat memory
MAX_SHAPES = 16
MAX_CELL_CHARACTERS = MAX_TEXT_CHARACTERS  # a value, as in a vehicle file: 4,096 characters
MAX_ROW_CHARACTERS = 100_000  # a CSV record or a JSON Lines line; under the csv module's field limit

_FIELDS = frozenset(VEHICLE_FIELDS)
_DEFAULTS = {name: getattr(Vehicle(), name) for name in VEHICLE_FIELDS}
# Text fields taken as written (stripped): no validator and no converter, so any text is valid.
_PLAIN_TEXT = frozenset(
    field.name
    for field in attrs.fields(Vehicle)
    if str(field.type) in ("str | None", "typing.Optional[str]")
    and field.validator is None
    and field.converter is None
)
_BAD = object()
_INVALID = object()


# -- reading -------------------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """A binary file that counts the bytes read, for the progress bar."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = self.raw.readinto(buffer)  # type: ignore[attr-defined]
        self.count += n or 0
        return n or 0

    def close(self) -> None:
        self.raw.close()
        super().close()


@attrs.define
class Source:
    """An opened inventory: its kind, its columns (CSV) and its rows, read lazily."""

    path: str
    kind: str
    columns: tuple[str, ...]
    size: int
    counter: _CountingReader
    rows: Iterator[Any]

    @property
    def bytes_read(self) -> int:
        return self.counter.count

    def close(self) -> None:
        self.counter.close()


def input_kind(path: str) -> str:
    """``csv`` or ``jsonl``, from the file name."""
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    raise InputError(f"{shown_path(path)}: expected a .csv or .jsonl file (one vehicle a row)")


def open_source(path: str) -> Source:
    """Open ``path`` and check what can be checked before any output: the file exists, it is
    CSV or JSON Lines, and a CSV header names only :class:`Vehicle` fields."""
    kind = input_kind(path)
    name = shown_path(path)
    try:
        # Non-blocking, so that a named pipe with no writer cannot hang the open.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"no such file: {name}") from None
    except NotADirectoryError:
        raise InputError(f"no such file: {name} (a part of the path is a file, not a folder)") from None
    except OSError as error:
        raise InputError(f"cannot read {name}: {error.strerror or error}") from None
    except ValueError:  # a NUL in the name
        raise InputError(f"no such file: {shown(path)}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name} is a folder, not an inventory file")
        raise InputError(f"{name} is not a regular file (kei batch reads an inventory saved as a file)")
    os.set_blocking(fd, True)
    counter = _CountingReader(open(fd, "rb", buffering=0, closefd=True))  # noqa: SIM115 -- closed by Source.close
    # Undecodable bytes become lone surrogates, so that such a row gets its own error.
    text = io.TextIOWrapper(
        io.BufferedReader(counter),
        encoding="utf-8-sig",
        errors="surrogateescape",
        newline="\n" if kind == "jsonl" else "",  # JSON Lines end at \n only; CSV at \n, \r\n or \r
    )
    try:
        if kind == "jsonl":
            return Source(path, kind, (), info.st_size, counter, _jsonl_rows(text))
        records = _csv_records(text)
        columns = _header(path, records)
    except BaseException:
        counter.close()
        raise
    return Source(path, kind, columns, info.st_size, counter, records)


def _header(path: str, records: Iterator[tuple[int, Any]]) -> tuple[str, ...]:
    name = shown_path(path)
    try:
        _, header = next(records, (0, None))
    except OSError as error:
        raise InputError(f"{name} is not a readable CSV file: {error.strerror or error}") from None
    if isinstance(header, _RowError):
        raise InputError(f"{name}: the header cannot be read: {header.message}")
    if not header or not any(column.strip() for column in header):
        raise InputError(
            f"{name} is empty (expected a header of vehicle field names, e.g. make,model,manufactured)"
        )
    columns = tuple(column.strip().lower() for column in header)
    for number, column in enumerate(columns, 1):
        if _has_surrogates(column):
            raise InputError(f"{name} is not UTF-8 text (expected a CSV file)")
        if column not in _FIELDS:
            unnamed = f"(column {number} has no name)"
            raise InputError(
                f"{name}: unknown column {shown(column) if column else unnamed}"
                f"{did_you_mean(column, VEHICLE_FIELDS)} (columns are vehicle field names: see `kei fields`)"
            )
    duplicated = sorted({column for column in columns if columns.count(column) > 1})
    if duplicated:
        raise InputError(f"{name}: column {shown(duplicated[0])} appears more than once")
    return columns


# The states of a CSV record as the csv module reads it (excel dialect, not strict): at the
# start of a field, in an unquoted field (a quote there is an ordinary character), in a quoted
# field (newlines included), and just after a quote inside a quoted field.
_START, _FIELD, _QUOTED, _QUOTE = range(4)


def _scan(chunk: str, state: int) -> int:
    """The state after reading ``chunk`` (part of a record) from ``state``. At the end of a
    physical line, any state but ``_QUOTED`` ends the record. Jumps from quote to quote and
    comma to comma, so a line costs a few ``str.find`` calls, not a loop over its characters."""
    i, n = 0, len(chunk)
    while i < n:
        if state == _QUOTED:
            j = chunk.find('"', i)
            if j < 0:
                return _QUOTED
            state, i = _QUOTE, j + 1
        elif state == _FIELD:
            j = chunk.find(",", i)
            if j < 0:
                return _FIELD
            state, i = _START, j + 1
        else:
            c = chunk[i]
            if c == '"':
                state = _QUOTED  # opens a quoted field, or (after a quote) is an escaped quote
            elif c == ",":
                state = _START
            elif c in "\r\n":
                return _START
            else:
                state = _FIELD
            i += 1
    return state


def _whole(line: str, limit: int) -> bool:
    """True when ``line`` (from ``readline(limit)``) is a whole physical line, not a cut piece."""
    return line.endswith(("\n", "\r")) or len(line) < limit


def _csv_records(text: IO[str]) -> Iterator[tuple[int, Any]]:
    """``(line, fields)`` for every CSV record, ``line`` being the physical line it starts on
    (1 for the header), as the csv module would split them, with bounded memory: a record of
    more than :data:`MAX_ROW_CHARACTERS` is skipped to its end and is one :class:`_RowError`."""
    readline = text.readline
    limit = MAX_ROW_CHARACTERS + 1
    line_number = 0
    while True:
        line = readline(limit)
        if not line:
            return
        line_number += 1
        start = line_number
        whole = _whole(line, limit)
        if whole and '"' not in line:  # nearly every row: one line, no quotes
            fields = line.rstrip("\r\n")
            if fields:
                yield start, fields.split(",")
            continue
        state = _scan(line, _START)
        parts: list[str] | None = [line]
        size = len(line)
        while state == _QUOTED or not whole:
            more = readline(limit)
            if not more:
                break  # the file ends inside a quoted field: the record ends there
            if whole:
                line_number += 1
            whole = _whole(more, limit)
            state = _scan(more, state)
            size += len(more)
            if parts is not None:
                parts.append(more)
                if size > MAX_ROW_CHARACTERS:
                    parts = None  # too long: read on to its end, keeping nothing
        if parts is None:
            yield start, _RowError(f"the row is longer than {MAX_ROW_CHARACTERS:,} characters")
            continue
        record = "".join(parts)
        try:
            fields_list = next(csv.reader((record,)), [])
        except csv.Error as error:
            yield start, _RowError(f"not readable as CSV: {error}")
            continue
        if fields_list:  # a blank line is not a row
            yield start, fields_list


def _jsonl_rows(text: IO[str]) -> Iterator[tuple[int, Any]]:
    """``(line, text)`` for every line that is not blank; a line of more than
    :data:`MAX_ROW_CHARACTERS` is skipped to its end and is one :class:`_RowError`."""
    limit = MAX_ROW_CHARACTERS + 1
    line_number = 0
    while True:
        line = text.readline(limit)
        if not line:
            return
        line_number += 1
        if not line.endswith("\n") and len(line) == limit:
            while True:
                more = text.readline(limit)
                if not more or more.endswith("\n") or len(more) < limit:
                    break
            yield line_number, _RowError(f"the line is longer than {MAX_ROW_CHARACTERS:,} characters")
        elif line.strip():
            yield line_number, line


@attrs.frozen
class _RowError:
    """A row the reader itself could not split into fields."""

    message: str


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# -- answering -----------------------------------------------------------------------------------


@attrs.frozen
class Answer:
    """What batch reports for one vehicle and one place, pre-formatted for both outputs."""

    status: Status
    csv: str
    json: str


_ANSWERS: dict[tuple[Any, ...], Answer] = {}


def _answer(code: str, status: Status, eligible_from: dt.date | None, failing: Sequence[str]) -> Answer:
    key = (code, status, eligible_from, *failing)
    found = _ANSWERS.get(key)
    if found is None:
        found = _format_answer(code, status, eligible_from, failing)
        _remember(_ANSWERS, key, found)
    return found


def _format_answer(
    code: str, status: Status, eligible_from: dt.date | None, failing: Sequence[str]
) -> Answer:
    day = eligible_from.isoformat() if eligible_from else ""
    return Answer(
        status,
        f"{code},{status.value},{day},{';'.join(failing)}",
        json.dumps(
            {
                "jurisdiction": code,
                "status": status.value,
                "eligible_from": day or None,
                "failing_rules": list(failing),
            }
        )[1:-1],
    )


def standing_in_the_way(verdict: Verdict) -> tuple[str, ...]:
    """The failing rules that matter: those of requirements no pathway met (a route that failed
    while another route passed is not listed)."""
    return tuple(rule for rule, requirement in _failing(verdict) if requirement not in verdict.pathways)


def _failing(verdict: Verdict) -> Iterator[tuple[str, str | None]]:
    for finding in verdict.findings:
        if finding.kind is not RuleKind.INFORMATION and not finding.status.permits_use:
            yield finding.rule, finding.requirement


def _remember(memo: dict[Any, Any], key: Any, value: Any) -> None:
    """``memo[key] = value``, forgetting the older half first when the memo is full."""
    if len(memo) >= MEMO_LIMIT:
        for old in list(itertools.islice(memo, MEMO_LIMIT // 2)):
            del memo[old]
    memo[key] = value


_READS: set[str] = set()


class _Traced(Vehicle):
    """A vehicle that records which of its fields are read (to learn what a check depends on)."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            _READS.add(name)
        return object.__getattribute__(self, name)


def _build(values: Mapping[str, Any], cls: type[Vehicle] = Vehicle) -> Vehicle:
    """A vehicle from field values already converted and validated one by one: what
    :func:`vehicle_from_mapping` would build (no field depends on another), without redoing it."""
    vehicle = object.__new__(cls)
    for name in VEHICLE_FIELDS:
        object.__setattr__(vehicle, name, values[name])
    return vehicle


class _Row:
    """One valid row being answered: every field's value (as :class:`Vehicle` would hold it),
    the vehicle built from them on demand, and the fields the checks run so far have read."""

    __slots__ = ("_plain", "_traced", "reads", "values")

    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values
        self.reads: set[str] = set()
        self._plain: Vehicle | None = None
        self._traced: Vehicle | None = None

    def vehicle(self) -> Vehicle:
        if self._plain is None:
            self._plain = _build(self.values)
        return self._plain

    def traced(self) -> Vehicle:
        if self._traced is None:
            self._traced = _build(self.values, _Traced)
        return self._traced


class _Shapes:
    """The shapes (sets of fields read) learnt so far, each with a getter for its key."""

    __slots__ = ("getters", "shapes")

    def __init__(self) -> None:
        self.shapes: list[tuple[str, ...]] = []
        self.getters: list[Callable[[dict[str, Any]], Any]] = []

    def index(self, shape: tuple[str, ...]) -> int | None:
        """The shape's index, learning it if new (``None`` once too many are known)."""
        if shape in self.shapes:
            return self.shapes.index(shape)
        if len(self.shapes) >= MAX_SHAPES:
            return None
        self.shapes.append(shape)
        self.getters.append(operator.itemgetter(*shape) if shape else lambda values: ())
        return len(self.shapes) - 1


_INTROSPECTION = frozenset(
    {"locals", "vars", "eval", "exec", "_getframe", "currentframe", "inspect", "f_locals"}
)


def ignores_the_day(check: Any) -> bool:
    """True when ``check`` provably never looks at the date it is given: a plain function whose
    code never mentions its second parameter (and that has no means to reach it by frame
    introspection). Its outcome can then be remembered across dates. Anything else (a callable
    object, ``*args``, a closure over the date) counts as depending on the date."""
    if not isinstance(check, types.FunctionType):
        return False
    code = check.__code__
    if code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS) or code.co_argcount < 2:
        return False
    name = code.co_varnames[1]
    if name in code.co_cellvars or _INTROSPECTION & set(code.co_names):
        return False
    return not any(
        instruction.argval == name
        for instruction in dis.get_instructions(code)
        if "FAST" in instruction.opname
    )


@attrs.frozen
class Essential:
    """What the fold uses of one rule's outcome on one day, exactly as
    :func:`kei_core.evaluation.run_rule` derives it (a crash or a wrong return is ``unknown``;
    an unconfirmed pass is ``conditional``; ``passes_from`` only if after the day)."""

    status: Status
    passes_from: dt.date | None
    rank: int = attrs.field(init=False)

    @rank.default
    def _rank(self) -> int:
        return self.status.rank


_CONDITIONAL, _UNKNOWN, _NOT_LEGAL = 1, 2, 3
_ESSENTIALS: dict[tuple[Status, dt.date | None], Essential] = {}


class _MemoRule:
    """One rule, with its outcomes remembered by the values of the fields its check read.

    The first time a check runs on a vehicle it runs on a traced copy, which records the fields
    read (the check's *shape* for that path). Checks are pure, so a later vehicle agreeing on
    those fields takes the same path and gets the same outcome.
    """

    __slots__ = ("dated", "kind", "memo", "outcomes", "plugin", "requirement", "rule", "shapes")

    def __init__(self, rule: Rule, plugin: str, memo: bool) -> None:
        self.rule = rule
        self.plugin = plugin
        self.kind = rule.kind
        self.requirement = rule.requirement_id
        self.memo = memo
        self.dated = not ignores_the_day(rule.check)
        self.shapes = _Shapes()
        self.outcomes: dict[tuple[Any, ...], Essential] = {}

    def essential(self, day: dt.date, row: _Row) -> Essential:
        """The essential outcome of this rule for ``row`` on ``day`` (remembered, or checked now)."""
        when = day if self.dated else None
        values = row.values
        for index, getter in enumerate(self.shapes.getters):
            found = self.outcomes.get((when, index, getter(values)))
            if found is not None:
                row.reads.update(self.shapes.shapes[index])
                return found
        if self.rule.check is None or not self.memo:
            return self._run(row.vehicle(), day)
        traced = row.traced()
        _READS.clear()
        found = self._run(traced, day)
        shape = tuple(sorted(_READS))
        row.reads.update(shape)
        learnt = self.shapes.index(shape)
        if learnt is not None:
            _remember(self.outcomes, (when, learnt, self.shapes.getters[learnt](values)), found)
        return found

    def _run(self, vehicle: Vehicle, day: dt.date) -> Essential:
        rule = self.rule
        if rule.check is None:
            status = Status.LEGAL if rule.kind is RuleKind.INFORMATION else Status.UNKNOWN
            return Essential(
                Status.CONDITIONAL if status is Status.LEGAL and rule.unconfirmed else status, None
            )
        try:
            outcome = rule.check(vehicle, day)
        except Exception:
            return Essential(Status.UNKNOWN, None)
        if outcome_problem(outcome) is not None:
            return Essential(Status.UNKNOWN, None)
        status = outcome.status
        if status is Status.LEGAL and (rule.unconfirmed or outcome.unconfirmed):
            status = Status.CONDITIONAL
        passes_from = outcome.passes_from if outcome.passes_from and outcome.passes_from > day else None
        key = (status, passes_from)
        found = _ESSENTIALS.get(key)
        if found is None:
            found = Essential(status, passes_from)
            _remember(_ESSENTIALS, key, found)
        return found


@attrs.define
class _LevelRules:
    cannot_answer: bool
    requirements: tuple[str, ...]
    rules: tuple[_MemoRule, ...]
    _by_day: dict[dt.date, _Layout] = attrs.field(factory=dict)

    def in_force(self, day: dt.date) -> _Layout:
        """The rules in force on ``day`` in declaration order, and the positions of each
        requirement's routes among them (declared requirements first, as the core groups)."""
        found = self._by_day.get(day)
        if found is None:
            rules = tuple(memo for memo in self.rules if memo.rule.in_force_on(day))
            groups: dict[str, list[int]] = {requirement: [] for requirement in self.requirements}
            for position, memo in enumerate(rules):
                if memo.requirement is not None:
                    groups.setdefault(memo.requirement, []).append(position)
            found = (rules, tuple((requirement, tuple(at)) for requirement, at in groups.items()))
            _remember(self._by_day, day, found)
        return found


_Layout = tuple[tuple[_MemoRule, ...], tuple[tuple[str, tuple[int, ...]], ...]]


class _Place:
    """A place's levels prepared for batch: the fold of :mod:`kei_core.evaluation`, kept to the
    status, ``eligible_from`` and the rules standing in the way (what batch reports)."""

    def __init__(self, plan: Any, memo: bool) -> None:
        self.code = plan.code
        self.levels = tuple(
            _LevelRules(
                level.cannot_answer,
                tuple(level.requirements),
                tuple(_MemoRule(rule, plugin, memo) for rule, plugin in level.rules),
            )
            for level in plan.levels
        )
        self.boundaries = plan.boundaries()
        # A place with no registering level answers at best conditional (DESIGN §5).
        self.floor = -1 if plan.registers else _CONDITIONAL
        self.memo = memo
        self.shapes = _Shapes()
        self.answers: dict[tuple[Any, ...], Answer] = {}

    def answer(self, on: dt.date, row: _Row) -> Answer:
        """The answer for ``row``: remembered by the fields every check it needed read (the same
        argument as for one rule, applied to the whole fold), else folded afresh."""
        values = row.values
        for index, getter in enumerate(self.shapes.getters):
            found = self.answers.get((index, getter(values)))
            if found is not None:
                return found
        row.reads = set()
        found = self._fold(on, row)
        if self.memo:
            learnt = self.shapes.index(tuple(sorted(row.reads)))
            if learnt is not None:
                _remember(self.answers, (learnt, self.shapes.getters[learnt](values)), found)
        return found

    def _fold(self, on: dt.date, row: _Row) -> Answer:
        rank, time_blocked, incurable, found = self._on(on, row)
        eligible = None
        if rank > _CONDITIONAL and (time_blocked or incurable):
            eligible = self._eligible_from(on, row, found)
        failing = [
            memo.rule.id
            for memo, essential, passed in found
            if memo.kind is not RuleKind.INFORMATION and essential.rank > _CONDITIONAL and not passed
        ]
        return _answer(self.code, STATUSES[rank], eligible, failing)

    def _on(self, day: dt.date, row: _Row) -> tuple[int, bool, bool, list[tuple[_MemoRule, Essential, bool]]]:
        """Status rank on ``day``, whether time or something else blocks it, and every finding
        with whether its requirement passed, folded by the core's :func:`fold_level`."""
        verdict_rank = -1
        time_blocked = incurable = False
        found: list[tuple[_MemoRule, Essential, bool]] = []
        for level in self.levels:
            rules, groups = level.in_force(day)
            essentials = [memo.essential(day, row) for memo in rules]
            routes = {requirement: [essentials[i] for i in at] for requirement, at in groups}
            folded = fold_level(routes, level.cannot_answer)
            verdict_rank = max(verdict_rank, folded.status.rank)
            time_blocked |= folded.time_blocked or waits_for_its_law(
                level.cannot_answer, routes, (memo.rule for memo in level.rules), day
            )
            incurable |= folded.incurable
            found.extend(
                (memo, essential, memo.requirement in folded.chosen)
                for memo, essential in zip(rules, essentials, strict=True)
            )
        return (
            (max(verdict_rank, self.floor) if verdict_rank >= 0 else _UNKNOWN),
            time_blocked,
            incurable,
            found,
        )

    def _eligible_from(
        self,
        on: dt.date,
        row: _Row,
        found: list[tuple[_MemoRule, Essential, bool]],
    ) -> dt.date | None:
        def at(day: dt.date) -> tuple[bool, Iterable[dt.date], None]:
            _, time_blocked, incurable, later = self._on(day, row)
            return time_blocked or incurable, (e.passes_from for _, e, _ in later if e.passes_from), None

        candidates = [e.passes_from for _, e, _ in found if e.passes_from] + list(self.boundaries)
        eligible = search_eligible_from(on, candidates, at)
        return eligible[0] if eligible else None


class Checker:
    """Answers rows for the places asked.

    ``memo=False`` builds every vehicle with :func:`vehicle_from_mapping` and asks the core's
    :func:`~kei_core.evaluation.evaluate`: the reference the fast path is tested against.
    """

    def __init__(self, registry: Any, codes: Sequence[str], on: dt.date, *, memo: bool = True) -> None:
        self.registry = registry
        self.codes = tuple(codes)
        self.on = on
        self.memo = memo
        self._places = [_Place(registry.plan(code), memo) for code in self.codes]  # plugins load now
        self._converted: dict[tuple[str, type, Any], Any] = {}
        self._interned: dict[Answer, Answer] = {}
        self._error_answers = [_answer(code, Status.UNKNOWN, None, ()) for code in self.codes]

    # fields, one at a time (a field's value never depends on another field)

    def _value(self, field: str, raw: Any) -> Any:
        try:
            key = (field, type(raw), raw)
            found = self._converted.get(key, _BAD)
        except TypeError:  # unhashable (a JSON list): not remembered
            return self._convert(field, raw)
        if found is _BAD:
            found = self._convert(field, raw)
            _remember(self._converted, key, found)
        return found

    @staticmethod
    def _convert(field: str, raw: Any) -> Any:
        try:
            return getattr(vehicle_from_mapping({field: raw}), field)
        except InputError:
            return _INVALID

    def _values(self, data: Mapping[str, Any]) -> dict[str, Any] | None:
        """Every field's value, converted and validated one field at a time; ``None`` if any
        field is unknown or invalid (the row then goes through :func:`vehicle_from_mapping`,
        which says what is wrong)."""
        values = dict(_DEFAULTS)
        for field, raw in data.items():
            if raw is None or raw == "":
                if field not in _FIELDS:
                    return None
                continue
            if (
                field in _PLAIN_TEXT
                and isinstance(raw, str)
                and raw.isascii()
                and len(raw) <= MAX_CELL_CHARACTERS
            ):
                values[field] = raw.strip()  # what vehicle_io's text hook makes of it
                continue
            if field not in _FIELDS:
                return None
            value = self._value(field, raw)
            if value is _INVALID:
                return None
            values[field] = value
        try:  # what vehicle_from_mapping checks across fields
            check_dates_agree(values["manufactured"], values["first_registered"], values["modifications"])
        except InputError:
            return None
        return values

    # rows

    def check(self, data: Mapping[str, Any]) -> tuple[list[Answer], str | None]:
        """The answers for one row (field name -> value as written), or its one-line error."""
        values = self._values(data) if self.memo else None
        if values is None:
            try:
                vehicle = vehicle_from_mapping(data)
                check_built_by(vehicle.manufactured, self.on)
            except InputError as error:
                return self.error(str(error))
            return [self._evaluate(code, vehicle) for code in self.codes], None
        try:
            check_built_by(values["manufactured"], self.on)
        except InputError as error:
            return self.error(str(error))
        row = _Row(values)
        answers = []
        for place in self._places:
            answer = place.answer(self.on, row)
            answers.append(self._interned.setdefault(answer, answer))
        return answers, None

    def error(self, message: str) -> tuple[list[Answer], str]:
        return list(self._error_answers), message

    def _evaluate(self, code: str, vehicle: Vehicle) -> Answer:
        verdict = self.registry.evaluate(vehicle, code, self.on)
        answer = _answer(code, verdict.status, verdict.eligible_from, standing_in_the_way(verdict))
        return self._interned.setdefault(answer, answer)


# -- chunks --------------------------------------------------------------------------------------


@attrs.define
class ChunkResult:
    """A chunk's output text and its tallies."""

    text: str
    counts: list[list[int]]  # per place, per status (STATUSES order)
    errors: int
    rows: int


_JOB: tuple[Checker, str, tuple[str, ...], str] | None = None  # set before forking workers


def _row_mapping(
    kind: str, columns: tuple[str, ...], raw: Any
) -> tuple[Mapping[str, Any] | None, str | None]:
    if isinstance(raw, _RowError):
        return None, raw.message
    if kind == "csv":
        if len(raw) != len(columns):
            return None, f"the row has {len(raw)} fields, the header has {len(columns)}"
        if _has_surrogates("".join(raw)):
            return None, "the row is not valid UTF-8 text"
        if max(map(len, raw), default=0) > MAX_CELL_CHARACTERS:
            column = next(
                name for name, cell in zip(columns, raw, strict=True) if len(cell) > MAX_CELL_CHARACTERS
            )
            return None, f"{column}: the value is longer than {MAX_CELL_CHARACTERS:,} characters"
        return {name: cell for name, cell in zip(columns, raw, strict=True) if cell != ""}, None
    if _has_surrogates(raw):
        return None, "the line is not valid UTF-8 text"
    try:
        data = json.loads(raw, parse_float=Decimal)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON: {error.msg} at column {error.colno}"
    except RecursionError:
        return None, "not valid JSON: nested too deeply"
    except ValueError:  # an integer of more than 4,300 digits
        return None, "not a vehicle: the line holds a number with thousands of digits"
    if not isinstance(data, dict):
        return None, f"expected a JSON object of vehicle fields, got {_json_kind(data)}"
    for name, value in data.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARACTERS:
            return None, f"{shown(name)}: the value is longer than {MAX_CELL_CHARACTERS:,} characters"
    return data, None


def _json_kind(data: Any) -> str:
    return {list: "list", str: "str", bool: "bool", type(None): "null"}.get(type(data), "a number")


def check_chunk(raws: Sequence[tuple[int, Any]]) -> ChunkResult:
    """Check one chunk of ``(line, raw row)`` with the job set up by :func:`run_batch`."""
    assert _JOB is not None
    checker, kind, columns, output = _JOB
    places = len(checker.codes)
    counts = [[0, 0, 0, 0] for _ in range(places)]
    errors = 0
    lines: list[str] = []
    emit = lines.append
    for number, raw in raws:
        try:
            data, message = _row_mapping(kind, columns, raw)
            if data is not None:
                answers, message = checker.check(data)
            else:
                answers, message = checker.error(message or "unreadable row")
        except Exception as error:  # a bug must cost one row, never the inventory
            detail = " ".join(str(error).split())[:200]
            answers, message = checker.error(
                f"kei could not check this row ({type(error).__name__}: {detail})"
            )
        if message is not None:
            errors += 1
            message = " ".join(message.split())
        for place, answer in enumerate(answers):
            counts[place][answer.status.rank] += 1
            if output == "csv":
                emit(f"{number},{answer.csv},{_csv_field(safe(message)) if message else ''}\n")
            else:
                tail = (
                    f', "error": {json.dumps(message, ensure_ascii=_has_surrogates(message))}'
                    if message
                    else ', "error": null'
                )
                emit(f'{{"row": {number}, {answer.json}{tail}}}\n')
    return ChunkResult("".join(lines), counts, errors, len(raws))


def _csv_field(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _chunks(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fork_context() -> Any:
    import multiprocessing

    try:
        return multiprocessing.get_context("fork")
    except ValueError:  # no fork (Windows): one process
        return None


def _results(source: Source, jobs: int) -> Iterator[ChunkResult]:
    """Chunk results in input order, from worker processes when that pays."""
    chunks = _chunks(source.rows, CHUNK_ROWS)
    context = _fork_context() if jobs > 1 else None
    if context is None:
        for chunk in chunks:
            yield check_chunk(chunk)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # The first chunk is checked here, before forking, so every worker starts with its memo.
    warm = next(chunks, None)
    if warm is None:
        return
    yield check_chunk(warm)
    in_flight: deque[Any] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for chunk in chunks:
                in_flight.append(pool.submit(check_chunk, chunk))
                if len(in_flight) >= 2 * jobs:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
        except BrokenProcessPool:
            raise InputError(
                "a worker process stopped (out of memory, or killed); try again with --jobs 1"
            ) from None
        finally:
            for future in in_flight:
                future.cancel()


# -- the command ---------------------------------------------------------------------------------


class _Progress:
    """A light progress line on a terminal: bytes read of the file, rows done, rows a second."""

    def __init__(self, source: Source, enabled: bool) -> None:
        self.source = source
        self.enabled = enabled
        self.start = time.monotonic()
        self.shown = 0.0

    def update(self, rows: int, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.shown < 0.2:
            return
        self.shown = now
        share = self.source.bytes_read / self.source.size if self.source.size else 1.0
        rate = rows / max(now - self.start, 1e-9)
        bar = "#" * int(30 * min(share, 1.0))
        sys.stderr.write(f"\r[{bar:<30}] {min(share, 1.0):4.0%}  {rows:,} rows  {rate:,.0f} rows/s ")
        if final:
            sys.stderr.write("\r" + " " * 79 + "\r")
        sys.stderr.flush()


def default_jobs(size: int) -> int:
    """Processes to use for a file of ``size`` bytes: one for small files, else up to 4 cores."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if size < PARALLEL_FROM_BYTES else max(1, min(cores, 4))


def _open_output(out: str | None, source: str) -> tuple[IO[str], bool]:
    if out is None or out == "-":
        return sys.stdout, False
    name = shown_path(out)
    try:
        same = os.path.exists(out) and os.path.samefile(out, source)
        if not same:
            return open(out, "w", encoding="utf-8", newline=""), True
    except OSError as error:
        raise InputError(f"cannot write {name}: {error.strerror or error}", field="-o") from None
    except ValueError:  # a NUL in the name
        raise InputError(f"cannot write {shown(out)}: not a file name", field="-o") from None
    raise InputError(f"{name} is the inventory itself; write the answers elsewhere", field="-o")


def _unwritable(out: str | None, error: OSError) -> InputError:
    """The error for an output that stopped taking what batch writes (a full disk, a closed pipe)."""
    if out is None or out == "-":
        from kei_core.terminal import silence_stdout

        silence_stdout()
        return InputError(f"cannot write the output: {error.strerror or error}")
    return InputError(f"cannot write {shown_path(out)}: {error.strerror or error}", field="-o")


def _write(stream: IO[str], text: str, out: str | None, *, flush: bool = False) -> None:
    try:
        if text:
            stream.write(text)
        if flush:
            stream.flush()
    except OSError as error:
        raise _unwritable(out, error) from None


def output_format(out: str | None, chosen: str | None) -> str:
    """The output format: as chosen, else from the output file's name, else CSV."""
    if chosen:
        return chosen
    if out and out.lower().endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return "csv"


@attrs.define
class Summary:
    """What a batch found: counts per place and status, rows with errors, rows and seconds."""

    codes: tuple[str, ...]
    counts: list[list[int]]
    errors: int = 0
    rows: int = 0
    seconds: float = 0.0

    @property
    def worst(self) -> Status:
        return worst(status for place in self.counts for status, n in zip(STATUSES, place, strict=True) if n)

    def line(self) -> str:
        parts = []
        for code, place in zip(self.codes, self.counts, strict=True):
            tally = ", ".join(
                f"{n:,} {status.value.replace('_', ' ')}" for status, n in zip(STATUSES, place, strict=True)
            )
            parts.append(f"{code}: {tally}")
        rate = f"{self.rows / self.seconds:,.0f} rows/s" if self.seconds > 0 else ""
        return f"kei batch: {self.rows:,} rows; {'; '.join(parts)}; {self.errors:,} rows with errors" + (
            f"; {rate}" if rate else ""
        )


def run_batch(
    registry: Any,
    path: str,
    codes: Sequence[str],
    on: dt.date,
    *,
    out: str | None = None,
    fmt: str | None = None,
    jobs: int | None = None,
    memo: bool = True,
    progress: bool | None = None,
    echo: Callable[[str], None] | None = None,
) -> Summary:
    """Check every row of ``path`` in each of ``codes`` on ``on``, writing one output row per
    input row and place to ``out`` (stdout when ``None``); return the tallies.

    :class:`InputError` (exit 2) only for what makes the file itself unusable; a bad row is
    reported in its own output row and the rest go on.
    """
    global _JOB
    places = tuple(codes) or tuple(registry.declared_codes())
    if not places:
        raise InputError(
            "no place to check: give --in CODE, or install a jurisdiction plugin (kei-jp, kei-us...)"
        )
    source = open_source(path)
    try:
        form = output_format(out, fmt)
        checker = Checker(registry, places, on, memo=memo)
        _JOB = (checker, source.kind, source.columns, form)
        stream, owned = _open_output(out, path)
        summary = Summary(places, [[0, 0, 0, 0] for _ in places])
        bar = _Progress(source, sys.stderr.isatty() if progress is None else progress)
        started = time.monotonic()
        try:
            if form == "csv":
                _write(stream, ",".join(OUTPUT_COLUMNS) + "\n", out)
            for result in _results(source, jobs or default_jobs(source.size)):
                _write(stream, result.text, out)
                summary.rows += result.rows
                summary.errors += result.errors
                for total, part in zip(summary.counts, result.counts, strict=True):
                    for rank, n in enumerate(part):
                        total[rank] += n
                bar.update(summary.rows)
            _write(stream, "", out, flush=True)
        finally:
            bar.update(summary.rows, final=True)
            if owned:
                try:
                    stream.close()
                except OSError as error:
                    if sys.exc_info()[1] is None:
                        raise _unwritable(out, error) from None
        summary.seconds = time.monotonic() - started
    finally:
        _JOB = None
        source.close()
    say = echo or (lambda text: print(text, file=sys.stderr))
    say(summary.line())
    say(_notice(registry, places, on))
    return summary


def _notice(registry: Any, codes: Sequence[str], on: dt.date) -> str:
    from kei_core.render import notice

    return notice(
        rule.reviewed_on
        for code in codes
        for level in registry.plan(code).levels
        for rule, _ in level.rules
        if rule.in_force_on(on)
    )
