"""``kei batch``: check a whole inventory (CSV or JSON Lines) in one pass, streaming.

Every input row yields exactly one output row per place asked, in input order: the row number,
the place, the status, ``eligible_from``, the rules that do not pass, and the row's error if it
could not be read (its status is then ``unknown``). Memory stays flat in the number of rows:
rows are read, checked and written in chunks, with a bounded number of chunks in flight.

Speed comes from two things. Large files are checked by worker processes (forked, so the
plugins are loaded once), chunk by chunk, and written in order. And identical questions are
answered once: evaluation is pure, so the answer for a vehicle depends only on the fields its
rules actually read. The first evaluation of a vehicle records which fields those were (its
*shape*); any later row that agrees with it on those fields follows the same path through
every rule and gets the same answer, whatever its frame number or other unread fields say.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

import attrs

from kei_core.errors import InputError, did_you_mean
from kei_core.rules import RuleKind
from kei_core.status import Status, worst
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle
from kei_core.vehicle_io import vehicle_from_mapping
from kei_core.verdicts import Verdict

OUTPUT_COLUMNS = ("row", "jurisdiction", "status", "eligible_from", "failing_rules", "error")
STATUSES = (Status.LEGAL, Status.CONDITIONAL, Status.UNKNOWN, Status.NOT_LEGAL)
CHUNK_ROWS = 2000
PARALLEL_FROM_BYTES = 1_000_000  # below this (about 10,000 rows) one process is faster than forking
MEMO_LIMIT = 50_000  # answers (and field values) kept per process before the memo starts afresh
MAX_SHAPES = 32

_FIELDS = frozenset(VEHICLE_FIELDS)
_DEFAULTS = {field.name: field.default for field in attrs.fields(Vehicle)}
# Text fields whose value, given as text, can never be refused: no validator, and a converter
# (if any) that accepts every string. Rows are validated field by field, and these need no check.
_ALWAYS_VALID_TEXT = frozenset(
    field.name for field in attrs.fields(Vehicle) if field.type == "str | None" and field.validator is None
)
_BAD = object()


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
    raise InputError(f"{path}: expected a .csv or .jsonl file (one vehicle a row)")


def open_source(path: str) -> Source:
    """Open ``path`` and check what can be checked before any output: the file exists, it is
    CSV or JSON Lines, and a CSV header names only :class:`Vehicle` fields."""
    kind = input_kind(path)
    try:
        raw = open(path, "rb")  # noqa: SIM115 -- closed by Source.close
        size = os.fstat(raw.fileno()).st_size
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not an inventory file") from None
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror}") from None
    counter = _CountingReader(raw)
    # Undecodable bytes become lone surrogates, so that such a row gets its own error.
    text = io.TextIOWrapper(
        io.BufferedReader(counter), encoding="utf-8-sig", errors="surrogateescape", newline=""
    )
    try:
        if kind == "jsonl":
            return Source(path, kind, (), size, counter, _jsonl_rows(text))
        reader = csv.reader(text)
        columns = _header(path, reader)
    except BaseException:
        counter.close()
        raise
    return Source(path, kind, columns, size, counter, _csv_rows(reader))


def _header(path: str, reader: Any) -> tuple[str, ...]:
    try:
        header = next(reader, None)
    except (csv.Error, OSError) as error:
        raise InputError(f"{path} is not a readable CSV file: {error}") from None
    if not header or not any(name.strip() for name in header):
        raise InputError(
            f"{path} is empty (expected a header of vehicle field names, e.g. make,model,manufactured)"
        )
    columns = tuple(name.strip().lower() for name in header)
    for number, name in enumerate(columns, 1):
        if _has_surrogates(name):
            raise InputError(f"{path} is not UTF-8 text (expected a CSV file)")
        if name not in _FIELDS:
            shown = name or f"(column {number} has no name)"
            raise InputError(
                f"{path}: unknown column {shown!r}{did_you_mean(name, VEHICLE_FIELDS)} "
                "(columns are vehicle field names: see `kei fields`)"
            )
    duplicated = sorted({name for name in columns if columns.count(name) > 1})
    if duplicated:
        raise InputError(f"{path}: column {duplicated[0]!r} appears more than once")
    return columns


def _csv_rows(reader: Any) -> Iterator[Any]:
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield _RowError(f"not readable as CSV: {error}")
            continue
        if record:  # a blank line is not a row
            yield record


def _jsonl_rows(text: IO[str]) -> Iterator[Any]:
    for line in text:
        if line.strip():
            yield line


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


def _answer(code: str, status: Status, eligible_from: dt.date | None, failing: Sequence[str]) -> Answer:
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


_READS: set[str] = set()


class _Traced(Vehicle):
    """A vehicle that records which of its fields are read (to learn a rule set's shape)."""

    __slots__ = ()

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            _READS.add(name)
        return object.__getattribute__(self, name)


def _traced(vehicle: Vehicle) -> Vehicle:
    copy = object.__new__(_Traced)
    for name in VEHICLE_FIELDS:
        object.__setattr__(copy, name, getattr(vehicle, name))
    return copy


class Checker:
    """Answers rows for the places asked, remembering answers by the fields rules read.

    ``memo=False`` evaluates every row afresh (the reference the memo is tested against).
    """

    def __init__(self, registry: Any, codes: Sequence[str], on: dt.date, *, memo: bool = True) -> None:
        self.registry = registry
        self.codes = tuple(codes)
        self.on = on
        self.memo = memo
        for code in self.codes:
            registry.plan(code)  # load the plugins now, before any fork
        self._values: dict[tuple[str, type, Any], Any] = {}
        self._shapes: dict[str, list[tuple[str, ...]]] = {code: [] for code in self.codes}
        self._answers: dict[tuple[str, int, tuple[Any, ...]], Answer] = {}
        self._interned: dict[Answer, Answer] = {}
        self._error_answers: dict[str, Answer] = {
            code: _answer(code, Status.UNKNOWN, None, ()) for code in self.codes
        }

    # fields, one at a time (a field's value never depends on another field)

    def _value(self, field: str, raw: Any) -> Any:
        try:
            key = (field, type(raw), raw)
            found = self._values.get(key)
        except TypeError:  # unhashable (a JSON list): not remembered
            return self._convert(field, raw)
        if found is None:
            found = self._convert(field, raw)
            if len(self._values) >= MEMO_LIMIT:
                self._values.clear()
            self._values[key] = found
        return found

    @staticmethod
    def _convert(field: str, raw: Any) -> Any:
        try:
            return getattr(vehicle_from_mapping({field: raw}), field)
        except InputError:
            return _BAD

    def _valid(self, data: Mapping[str, Any]) -> bool:
        for field, raw in data.items():
            if field not in _FIELDS:
                return False
            if raw is None or raw == "" or (field in _ALWAYS_VALID_TEXT and isinstance(raw, str)):
                continue
            if self._value(field, raw) is _BAD:
                return False
        return True

    def _field(self, data: Mapping[str, Any], field: str) -> Any:
        raw = data.get(field)
        if raw is None or raw == "":
            return _DEFAULTS[field]
        return self._value(field, raw)

    # rows

    def check(self, data: Mapping[str, Any]) -> tuple[list[Answer], str | None]:
        """The answers for one row (field name -> value as written), or its one-line error."""
        if not self.memo or not self._valid(data):
            try:
                vehicle = vehicle_from_mapping(data)
            except InputError as error:
                return self.error(str(error))
            return [self._evaluate(code, vehicle) for code in self.codes], None
        answers = []
        vehicle = None
        for code in self.codes:
            found = None
            for index, shape in enumerate(self._shapes[code]):
                found = self._answers.get((code, index, tuple(self._field(data, f) for f in shape)))
                if found is not None:
                    break
            if found is None:
                if vehicle is None:
                    try:
                        vehicle = vehicle_from_mapping(data)
                    except InputError as error:  # pragma: no cover - _valid said every field was fine
                        return self.error(str(error))
                found = self._learn(code, vehicle)
            answers.append(found)
        return answers, None

    def error(self, message: str) -> tuple[list[Answer], str]:
        return [self._error_answers[code] for code in self.codes], message

    def _evaluate(self, code: str, vehicle: Vehicle) -> Answer:
        verdict = self.registry.evaluate(vehicle, code, self.on)
        answer = _answer(code, verdict.status, verdict.eligible_from, standing_in_the_way(verdict))
        return self._interned.setdefault(answer, answer)

    def _learn(self, code: str, vehicle: Vehicle) -> Answer:
        _READS.clear()
        answer = self._evaluate(code, _traced(vehicle))
        shape = tuple(sorted(_READS))
        shapes = self._shapes[code]
        if shape not in shapes:
            if len(shapes) >= MAX_SHAPES:
                return answer
            shapes.append(shape)
        if len(self._answers) >= MEMO_LIMIT:
            self._answers.clear()
        key = (code, shapes.index(shape), tuple(getattr(vehicle, f) for f in shape))
        self._answers[key] = answer
        return answer


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
        if any(_has_surrogates(cell) for cell in raw):
            return None, "the row is not valid UTF-8 text"
        return {name: cell for name, cell in zip(columns, raw, strict=True) if cell != ""}, None
    if _has_surrogates(raw):
        return None, "the line is not valid UTF-8 text"
    try:
        data = json.loads(raw, parse_float=Decimal)
    except json.JSONDecodeError as error:
        return None, f"not valid JSON: {error.msg} at column {error.colno}"
    except RecursionError:
        return None, "not valid JSON: nested too deeply"
    if not isinstance(data, dict):
        return None, f"expected a JSON object of vehicle fields, got {type(data).__name__}"
    return data, None


def check_chunk(first_row: int, raws: Sequence[Any]) -> ChunkResult:
    """Check one chunk of raw rows with the job set up by :func:`run_batch`."""
    assert _JOB is not None
    checker, kind, columns, output = _JOB
    places = len(checker.codes)
    counts = [[0, 0, 0, 0] for _ in range(places)]
    errors = 0
    lines: list[str] = []
    emit = lines.append
    for number, raw in enumerate(raws, first_row):
        data, message = _row_mapping(kind, columns, raw)
        if data is not None:
            try:
                answers, message = checker.check(data)
            except Exception as error:  # a bug must cost one row, never the inventory
                answers, message = checker.error(
                    f"kei could not check this row ({type(error).__name__}: {error})"
                )
        else:
            answers, message = checker.error(message or "unreadable row")
        if message is not None:
            errors += 1
            message = " ".join(message.split())
        for place, answer in enumerate(answers):
            counts[place][answer.status.rank] += 1
            if output == "csv":
                emit(f"{number},{answer.csv},{_csv_field(message) if message else ''}\n")
            else:
                tail = (
                    f', "error": {json.dumps(message, ensure_ascii=False)}' if message else ', "error": null'
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
    first_row = 1
    if context is None:
        for chunk in chunks:
            yield check_chunk(first_row, chunk)
            first_row += len(chunk)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    in_flight: deque[Any] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            for chunk in chunks:
                in_flight.append(pool.submit(check_chunk, first_row, chunk))
                first_row += len(chunk)
                if len(in_flight) >= 2 * jobs:
                    yield in_flight.popleft().result()
            while in_flight:
                yield in_flight.popleft().result()
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


def _open_output(out: str | None) -> tuple[IO[str], bool]:
    if out is None or out == "-":
        return sys.stdout, False
    try:
        return open(out, "w", encoding="utf-8", newline=""), True
    except OSError as error:
        raise InputError(f"cannot write {out}: {error.strerror}", field="-o") from None


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
        stream, owned = _open_output(out)
        summary = Summary(places, [[0, 0, 0, 0] for _ in places])
        bar = _Progress(source, sys.stderr.isatty() if progress is None else progress)
        started = time.monotonic()
        try:
            if form == "csv":
                stream.write(",".join(OUTPUT_COLUMNS) + "\n")
            for result in _results(source, jobs or default_jobs(source.size)):
                stream.write(result.text)
                summary.rows += result.rows
                summary.errors += result.errors
                for total, part in zip(summary.counts, result.counts, strict=True):
                    for rank, n in enumerate(part):
                        total[rank] += n
                bar.update(summary.rows)
            stream.flush()
        finally:
            bar.update(summary.rows, final=True)
            if owned:
                stream.close()
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
