"""``kei batch``: check a whole inventory (CSV or JSON Lines) in one pass, streaming.

Every input row yields exactly one output row per place asked, in input order: the line the
row starts on (so an error can be found in the file), the place, the status, ``eligible_from``,
the rules standing in the way, and the row's error if it could not be read or holds a value kei
refuses (its status is then ``unknown``). Memory stays flat in the number of rows: rows are
read, checked and written in chunks, with a bounded number of chunks in flight; a cell is at
most :data:`MAX_CELL_CHARACTERS`, a row at most :data:`MAX_ROW_CHARACTERS` (longer is that
row's error, read past without being kept).

Batch answers through the same code as ``kei check``, only remembering more:

* A cell is read by the field's parser (:data:`kei_core.vehicle.FIELD_PARSERS`, as a vehicle
  file is), each distinct value once; the vehicle is checked across fields and built by
  :func:`kei_core.vehicle.vehicle_of`, as ``kei check`` builds it. A row with a bad value gets
  the error :func:`~kei_core.vehicle_io.vehicle_from_mapping` gives.
* Each place is answered by the engine (:func:`kei_core.engine.fold.evaluate`, its
  :class:`~kei_core.summary.Summary`), with findings remembered by what each rule declares its
  check reads, and whole summaries by what decides them (:mod:`kei_core.engine.memo`).
* Large files are checked by forked worker processes (plugins loaded once), chunk by chunk,
  at most two chunks a worker in flight, and written in input order.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import itertools
import json
import operator
import os
import stat
import sys
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from types import ModuleType
from typing import IO, Any, Literal, cast

import attrs

from kei_core.batch_columns import Header, read_header
from kei_core.batch_csv import (
    MAX_ROW_CHARACTERS,
    RowError,
    block_records,
    cells_of,
    csv_blocks,
    csv_records,
    line_ends,
)
from kei_core.batch_output import (
    ELIGIBLE_BY,
    EXTRA_COLUMNS,
    OUTPUT_COLUMNS,
    cell,
    eligible_by,
    extra_values,
    top_needs,
)
from kei_core.engine.fold import verdict_on
from kei_core.engine.memo import MEMO_LIMIT, MemoRunner, Summaries
from kei_core.errors import InputError, did_you_mean, shown, shown_path
from kei_core.status import Status, worst
from kei_core.summary import Summary
from kei_core.terminal import safe
from kei_core.vehicle import (
    DEFAULT_VALUES,
    FIELD_PARSERS,
    MAX_TEXT_CHARACTERS,
    VEHICLE_FIELDS,
    Vehicle,
    build_vehicle,
    check_built_by,
    check_dates_agree,
    check_fields_agree,
    parse_field,
    vehicle_of,
)
from kei_core.vehicle_io import parsed_fields, vehicle_from_mapping
from kei_core.verdicts import Verdict

__all__ = [
    "EXTRA_COLUMNS",
    "OUTPUT_COLUMNS",
    "Checker",
    "Options",
    "Tally",
    "new_tally",
    "open_source",
    "run_batch",
    "stream_rows",
]
STATUSES = (Status.LEGAL, Status.CONDITIONAL, Status.UNKNOWN, Status.NOT_LEGAL)
CHUNK_ROWS = 2000
WARM_ROWS = 500
"""Rows checked before the worker processes fork (they learn what these taught); the rest of
the work is shared out."""
IN_FLIGHT = 2
"""Chunks a worker process in flight, not yet written: it goes on with the next while the main
process writes (and memory stays bounded)."""
PARALLEL_FROM_BYTES = 1_000_000  # below this (about 10,000 rows) one process is faster than forking
MAX_CELL_CHARACTERS = MAX_TEXT_CHARACTERS  # a value, as in a vehicle file: 4,096 characters

_FIELDS = frozenset(VEHICLE_FIELDS)


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

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def close(self) -> None:
        self.raw.close()
        super().close()


@attrs.define
class Source:
    """An opened inventory: its kind, its header (CSV and .xlsx) and its rows, read lazily."""

    path: str
    kind: str
    header: Header | None
    size: int
    counter: _CountingReader | None
    rows: Iterator[Any]
    closer: Callable[[], None] | None = None
    text: IO[str] | None = None
    """A CSV file's text, which :attr:`rows` reads."""

    @property
    def columns(self) -> tuple[str | None, ...]:
        """The field each column fills (``None``: passed through); empty for JSON Lines."""
        return self.header.fields if self.header is not None else ()

    @property
    def bytes_read(self) -> int:
        return self.counter.count if self.counter is not None else 0

    def blocks(self) -> Iterator[tuple[int, bytes] | list[tuple[int, Any]]] | None:
        """The rest of a CSV file, from where :attr:`rows` has read to, in blocks of whole records
        (:func:`~kei_core.batch_csv.csv_blocks`); ``None`` for another kind. :attr:`rows` is
        not to be read after."""
        if self.kind != "csv" or self.text is None or self.counter is None:
            return None
        position = self.text.tell()  # rows reads line by line: this is where its next line starts
        raw = self.counter.raw
        raw.seek(0)
        read = raw.read(position)  # read past the counter: these bytes were counted once
        raw.seek(position)
        return csv_blocks(self.counter, line_ends(read) + 1)

    def close(self) -> None:
        if self.counter is not None:
            self.counter.close()
        if self.closer is not None:
            self.closer()


def input_kind(path: str) -> str:
    """``csv``, ``jsonl`` or ``xlsx``, from the file name."""
    lower = path.lower()
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".xlsx"):
        return "xlsx"
    raise InputError(f"{shown_path(path)}: expected a .csv, .xlsx or .jsonl file (one vehicle a row)")


def open_source(path: str, *, id_column: str | None = None, sheet: str | None = None) -> Source:
    """Open ``path`` and check what can be checked before any output: the file exists, it is
    CSV, an .xlsx workbook (its first sheet, or ``sheet``) or JSON Lines, and a header's
    columns can be read as meant (no field given twice; ``id_column`` is one of them). Columns
    kei does not know are passed through (:attr:`Header.unknown`)."""
    kind = input_kind(path)
    name = shown_path(path)
    if sheet is not None and kind != "xlsx":
        raise InputError(f"--sheet is for an .xlsx workbook, and {name} is not one", field="--sheet")
    if kind == "xlsx":
        return _open_workbook(path, id_column, sheet)
    if id_column is not None and kind == "jsonl":
        raise InputError(
            "--id is for a CSV or .xlsx inventory (a JSON Lines row is returned whole)", field="--id"
        )
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
            return Source(path, kind, None, info.st_size, counter, _jsonl_rows(text))
        records = csv_records(text)
        header = _header(path, records, id_column)
    except BaseException:
        counter.close()
        raise
    return Source(path, kind, header, info.st_size, counter, records, text=text)


def _open_workbook(path: str, id_column: str | None, sheet: str | None) -> Source:
    from kei_core.batch_xlsx import Workbook

    book = Workbook(path, sheet)
    try:
        records = book.records()
        header = _header(path, records, id_column)
        size = os.path.getsize(path)
    except BaseException:
        book.close()
        raise
    return Source(path, "xlsx", header, size, None, records, book.close)


def _header(path: str, records: Iterator[tuple[int, Any]], id_column: str | None = None) -> Header:
    name = shown_path(path)
    try:
        _, header = next(records, (0, None))
    except OSError as error:
        raise InputError(f"{name} is not a readable CSV file: {error.strerror or error}") from None
    if isinstance(header, RowError):
        raise InputError(f"{name}: the header cannot be read: {header.message}")
    header = cells_of(header)
    if not header or not any(column.strip() for column in header):
        raise InputError(
            f"{name} is empty (expected a header of vehicle field names, e.g. make,model,manufactured)"
        )
    for column in header:
        if _has_surrogates(column):
            raise InputError(f"{name} is not UTF-8 text (expected a CSV file)")
    return read_header(header, id_column=id_column, where=f"{name}: ")


def _jsonl_rows(text: IO[str]) -> Iterator[tuple[int, Any]]:
    """``(line, text)`` for every line that is not blank; a line of more than
    :data:`MAX_ROW_CHARACTERS` is skipped to its end and is one :class:`RowError`."""
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
            yield line_number, RowError(f"the line is longer than {MAX_ROW_CHARACTERS:,} characters")
        elif line.strip():
            yield line_number, line


def _has_surrogates(text: str) -> bool:
    if text.isascii():  # nearly every row, and far cheaper to ask than to encode
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


# -- answering -----------------------------------------------------------------------------------


class Answer:
    """What batch reports for one vehicle and one place (a :class:`~kei_core.summary.Summary`),
    formatted for the output asked when first written, then kept."""

    __slots__ = ("_csv", "_json", "status", "summary")

    def __init__(self, summary: Summary) -> None:
        self.summary = summary
        self.status = summary.status
        self._csv: str | None = None
        self._json: str | None = None

    @classmethod
    def of(cls, summary: Summary) -> Answer:
        return cls(summary)

    @property
    def csv(self) -> str:
        """The CSV columns ``jurisdiction`` to ``failing_rules``."""
        if self._csv is None:
            summary = self.summary
            day = summary.eligible_from.isoformat() if summary.eligible_from else ""
            self._csv = f"{summary.jurisdiction},{summary.status.value},{day},{';'.join(summary.in_the_way)}"
        return self._csv

    @property
    def json(self) -> str:
        """The JSON members ``jurisdiction`` to ``failing_rules``, without braces."""
        if self._json is None:
            summary = self.summary
            self._json = json.dumps(
                {
                    "jurisdiction": summary.jurisdiction,
                    "status": summary.status.value,
                    "eligible_from": summary.eligible_from.isoformat() if summary.eligible_from else None,
                    "failing_rules": list(summary.in_the_way),
                }
            )[1:-1]
        return self._json


_REFUSED = object()
_REFUSALS = itertools.repeat(_REFUSED)
_NEW = object()  # a cell not read before
_NEWS = itertools.repeat(_NEW)
_get = dict.get
# Each truck's own: remembering its values would only churn the memory.
_UNREMEMBERED = frozenset({"frame_number"})


def _values_reader(keys: tuple[str, ...]) -> Callable[[Mapping[str, Any]], Hashable]:
    """For a row's values: the values of ``keys``, as a key (what the catalog fills from them
    depends on which are given, which these values say)."""
    if not keys:
        return lambda values: ()
    return operator.itemgetter(*keys)


@functools.cache
def _catalog_module() -> ModuleType:
    """:mod:`kei_core.catalog`, imported when a row first names a model code."""
    from kei_core import catalog

    return catalog


class _CellReaders:
    """How a header's cells are read: for each column its field, its memory of values read (none
    for a field whose every value is its truck's own) and its parser; and the same split into
    the remembered columns (looked up together) and the others."""

    __slots__ = ("caches", "names", "pick", "remembered", "unremembered")

    def __init__(
        self,
        each: tuple[tuple[str, dict[Any, Any] | None, Callable[[Any], Any]], ...],
    ) -> None:
        kept = [i for i, (_, cache, _) in enumerate(each) if cache is not None]
        self.names = tuple(each[i][0] for i in kept)
        self.remembered = tuple(
            (name, cast(dict[Any, Any], cache), parse) for name, cache, parse in (each[i] for i in kept)
        )
        self.caches: tuple[dict[Any, Any], ...] = tuple(cast(dict[Any, Any], each[i][1]) for i in kept)
        self.unremembered = tuple(
            (i, name, parse) for i, (name, cache, parse) in enumerate(each) if cache is None
        )
        if len(kept) == len(each):
            self.pick: Callable[[Sequence[str]], Sequence[str]] = lambda cells: cells
        elif len(kept) == 1:
            only = kept[0]
            self.pick = lambda cells: (cells[only],)
        else:
            self.pick = operator.itemgetter(*kept)

    @classmethod
    def of(cls, columns: Sequence[str], memory: dict[str, dict[Any, Any]]) -> _CellReaders:
        each: list[tuple[str, dict[Any, Any] | None, Callable[[Any], Any]]] = []
        for name in columns:
            if name in _UNREMEMBERED:
                each.append((name, None, FIELD_PARSERS[name]))
                continue
            cache = memory.setdefault(name, {})
            cache.setdefault("", DEFAULT_VALUES[name])  # an empty cell: not given
            each.append((name, cache, FIELD_PARSERS[name]))
        return cls(tuple(each))


def _read_remembered(cache: dict[Any, Any], raw: str, parse: Callable[[Any], Any], default: Any) -> Any:
    """``raw`` read by ``parse`` (:data:`_REFUSED` when refused: read again by
    :func:`~kei_core.vehicle.parse_field` for its message), remembered in ``cache``, which is
    emptied when full but for the empty cell (``default``: not given)."""
    try:
        value = parse(raw)
    except (InputError, TypeError, ValueError, ArithmeticError, RecursionError):
        value = _REFUSED
    if len(cache) >= MEMO_LIMIT:
        cache.clear()
        cache[""] = default
    cache[raw] = value
    return value


_read_made = FIELD_PARSERS["manufactured"]
_read_frame = FIELD_PARSERS["frame_number"]
_ALIKE_VARYING = frozenset({"manufactured", "frame_number"})
"""The fields whose cells differ from truck to truck in an inventory (:class:`_RowsAlike`)."""


class _RowsAlike:
    """For one header: rows remembered by their cells but the date of manufacture and the frame
    number (an inventory holds many trucks of one model with the same equipment and papers):
    the key of a row, where those two cells are, and what rows alike share."""

    __slots__ = ("date_at", "dates", "entries", "frame_at", "key")

    def __init__(
        self,
        key: Callable[[Sequence[str]], Hashable],
        date_at: int | None,
        frame_at: int | None,
        dates: dict[Any, Any],
    ) -> None:
        self.key = key
        self.date_at = date_at
        self.frame_at = frame_at
        self.dates = dates
        self.entries: dict[Hashable, tuple[dict[str, Any], dict[str, Any] | None] | Literal[False]] = {}

    @classmethod
    def of(cls, columns: Sequence[str], memory: dict[str, dict[Any, Any]]) -> _RowsAlike | None:
        """How rows of ``columns`` are remembered; ``None`` when they are not (a field unknown
        or given twice: :meth:`Checker._read_cells` reads such rows)."""
        if not _FIELDS.issuperset(columns) or len(set(columns)) != len(columns):
            return None
        date_at = columns.index("manufactured") if "manufactured" in columns else None
        frame_at = columns.index("frame_number") if "frame_number" in columns else None
        rest = [i for i, name in enumerate(columns) if name not in _ALIKE_VARYING]
        key: Callable[[Sequence[str]], Hashable]
        if not rest:
            key = lambda cells: ()  # noqa: E731
        elif len(rest) == 1:
            only = rest[0]
            key = lambda cells: cells[only]  # noqa: E731
        else:
            key = operator.itemgetter(*rest)
        dates = memory.setdefault("manufactured", {})
        dates.setdefault("", DEFAULT_VALUES["manufactured"])
        return cls(key, date_at, frame_at, dates)


class Checker:
    """Answers rows for the places asked, on one date.

    With ``memo`` (the default) cells, findings and summaries are remembered
    (:class:`~kei_core.engine.memo.Summaries`); ``memo=False`` reads each row with
    :func:`~kei_core.vehicle_io.vehicle_from_mapping` and asks the registry for the full verdict,
    as ``kei check`` does: the reference the memo is tested against.
    """

    def __init__(self, registry: Any, codes: Sequence[str], on: dt.date, *, memo: bool = True) -> None:
        self.registry = registry
        self.codes = tuple(codes)
        self.on = on
        self.memo = memo
        plans = [registry.plan(code) for code in self.codes]  # plugins load now
        runner = MemoRunner()
        self._plans = plans
        self._runner = runner
        self._places = [Summaries(plan, on, runner) for plan in plans]
        self._cells: dict[str, dict[Any, Any]] = {}  # per field: each value as written, read
        self._readers: dict[Sequence[str], _CellReaders] = {}
        self._alike: dict[Sequence[str], _RowsAlike | None] = {}
        self._answers: dict[int, Answer] = {}
        self._error_answers = [Answer.of(Summary(code, Status.UNKNOWN, None, ())) for code in self.codes]
        self._catalog: dict[
            str,
            tuple[
                tuple[str, ...],
                dict[Hashable, dict[str, Any]],
                Callable[[Mapping[str, Any]], Hashable],
            ],
        ] = {}
        self.unfilled: Callable[[], Vehicle] | None = None
        """The last row's vehicle before the catalog filled it (``None``: no code named it)."""
        self.built: Callable[[], Vehicle] | None = None
        """The last row's vehicle, built when first asked (``None`` after a bad row)."""
        self._row_values: dict[str, Any] = {}
        self._row_taken: Mapping[str, Any] = {}
        self._row_vehicle: Vehicle | None = None

    def settle(self, place: int, vehicle: Vehicle) -> tuple[str, ...]:
        """What would settle ``vehicle``'s answer in the ``place``-th place asked (the full
        verdict's ``settle``, without the rest of it)."""
        return self._places[place].settle(vehicle)

    def verdict(self, place: int, vehicle: Vehicle, eligible: dt.date | None) -> Verdict:
        """The full verdict for ``vehicle`` in the ``place``-th place asked, whose
        ``eligible_from`` (``eligible``) its summary gave: what ``kei check`` answers but what
        would still be missing then, its findings remembered by what each rule reads."""
        return verdict_on(self._plans[place], vehicle, self.on, eligible, self._runner)

    def values(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Every field's value for a row (field name -> value as written), each read by its
        field's parser as ``kei check`` reads a vehicle file; a row with a bad value raises the
        error :func:`~kei_core.vehicle_io.parsed_fields` raises, naming the first bad field."""
        found = self._read(data.items())
        return parsed_fields(data) if found is None else found

    def _read(self, cells: Iterable[tuple[str, Any]]) -> dict[str, Any] | None:
        """Every field's value from ``(field, value as written)`` pairs (an empty value is "not
        given"), each distinct value of a field read once; ``None`` when one is refused or a
        field is unknown (:meth:`values` then says why)."""
        values = dict(DEFAULT_VALUES)
        remembered = self._cells
        for name, raw in cells:
            if raw is None or raw == "":
                continue
            if name in _UNREMEMBERED and type(raw) is str:
                try:
                    values[name] = FIELD_PARSERS[name](raw)
                except InputError:
                    return None
                continue
            cache = remembered.get(name)
            if cache is None:
                if name not in _FIELDS:
                    return None
                cache = remembered[name] = {}
            try:  # text as written; any other JSON value with its type (1 is not True)
                key = raw if type(raw) is str else (type(raw), raw)
                found = cache.get(key)
            except TypeError:  # unhashable (a JSON list): read, not remembered
                key, found = None, None
            if found is None:
                try:
                    found = parse_field(name, raw)
                except InputError:
                    found = _REFUSED
                if key is not None:
                    if len(cache) >= MEMO_LIMIT:
                        cache.clear()
                        cache[""] = DEFAULT_VALUES[name]
                    cache[key] = found
            if found is _REFUSED:
                return None
            values[name] = found
        return values

    def check_csv(self, columns: Sequence[str], cells: Sequence[str]) -> tuple[list[Answer], str | None]:
        """:meth:`check` for a CSV row (its cells in the header's order), without making a
        mapping of it first."""
        if self.memo:
            try:
                alike = self._alike[columns]
            except KeyError:
                alike = self._alike[columns] = _RowsAlike.of(columns, self._cells)
            if alike is not None:
                answered = self._check_alike(alike, columns, cells)
                if answered is not None:
                    return answered
        values = self._read_cells(columns, cells) if self.memo else None
        if values is None:
            return self.check({name: cell for name, cell in zip(columns, cells, strict=True) if cell != ""})
        return self._answer(values)

    def _check_alike(
        self, alike: _RowsAlike, columns: Sequence[str], cells: Sequence[str]
    ) -> tuple[list[Answer], str | None] | None:
        """:meth:`check_csv` for a row whose cells but its date of manufacture and frame number
        were seen before: those other values, checked and filled from the catalog, are
        remembered together (:class:`_RowsAlike`), so a row reads two cells. ``None`` when the
        row must be read in full (a cell refused, values not remembered): then
        :meth:`_read_cells` reads it, and says why."""
        key = alike.key(cells)
        entry = alike.entries.get(key)
        if entry is None:
            entry = self._alike_entry(alike, columns, cells)
            if len(alike.entries) >= MEMO_LIMIT:
                alike.entries.clear()
            alike.entries[key] = entry
        if entry is False:
            return None
        template, taken = entry
        values = dict(template)
        at = alike.date_at
        if at is not None:
            raw = cells[at]
            cache = alike.dates
            date = cache.get(raw, _NEW)
            if date is _NEW:
                date = _read_remembered(cache, raw, _read_made, None)
            if date is _REFUSED:
                return None
            values["manufactured"] = date
        at = alike.frame_at
        if at is not None and cells[at]:
            try:
                values["frame_number"] = _read_frame(cells[at])
            except InputError:
                return None
        made = values["manufactured"]
        if made is not None and (
            values["first_registered"] is not None or values["modifications"] or made.year >= self.on.year
        ):
            try:
                check_dates_agree(made, values["first_registered"], values["modifications"])
                check_built_by(made, self.on)
            except InputError as error:
                return self.error(str(error))
        self.unfilled = None
        if taken is not None:
            self._row_taken = taken
            self.unfilled = self._row_unfilled
        self._row_values = values
        self._row_vehicle = None
        self.built = build = self._row_built
        return self._answers_of([place.of_values(values, build) for place in self._places]), None

    def _alike_entry(
        self, alike: _RowsAlike, columns: Sequence[str], cells: Sequence[str]
    ) -> tuple[dict[str, Any], dict[str, Any] | None] | Literal[False]:
        """What rows alike to ``cells`` (but for their date and frame number) share: every other
        field's value, checked across fields and filled from the catalog, and what the catalog
        filled (``None``: no model code, so no catalog); ``False`` when such rows are read in
        full each time (a value refused, a catalog error, a frame number naming the model)."""
        bare = list(cells)
        for at in (alike.date_at, alike.frame_at):
            if at is not None:
                bare[at] = ""
        values = self._read_cells(columns, bare)
        if values is None:
            return False
        try:
            check_fields_agree(values)
            if values["model_code"] is None:
                if alike.frame_at is not None:
                    return False  # a frame number alone names the model: each row its own
                return values, None
            taken = self._from_catalog(values)
        except InputError:
            return False
        if not _ALIKE_VARYING.isdisjoint(taken) or not _ALIKE_VARYING.isdisjoint(
            self._catalog.get(values["model_code"], ((),))[0]
        ):
            return False
        if taken:
            values.update(taken)
        return values, taken

    def _read_cells(self, columns: Sequence[str], cells: Sequence[str]) -> dict[str, Any] | None:
        """:meth:`_read` for a CSV row's cells (text): each column's parser and memory looked up
        once for the header, not once a cell, and the remembered cells of the row all looked up
        at once (an empty cell is remembered as its field's default, which is what "not given"
        leaves); only a value not read before is parsed, then remembered."""
        readers = self._readers.get(columns)
        if readers is None:
            if not _FIELDS.issuperset(columns) or len(self._readers) > 16:
                return self._read(zip(columns, cells, strict=True))
            readers = self._readers[columns] = _CellReaders.of(columns, self._cells)
        picked = readers.pick(cells)
        found: Sequence[Any] = tuple(map(_get, readers.caches, picked, _NEWS))
        if any(map(operator.is_, found, _NEWS)):
            found = self._read_new(readers, picked, found)
        if any(map(operator.is_, found, _REFUSALS)):
            return None
        values = dict(DEFAULT_VALUES)
        values.update(zip(readers.names, found, strict=True))
        for position, name, parse in readers.unremembered:
            raw = cells[position]
            if raw:
                try:
                    values[name] = parse(raw)
                except InputError:
                    return None
        return values

    @staticmethod
    def _read_new(readers: _CellReaders, picked: Sequence[str], found: Sequence[Any]) -> list[Any]:
        """``found`` with each value not read before (:data:`_NEW`) read from its cell in
        ``picked`` and remembered; a refused one is :data:`_REFUSED` (read again by
        :func:`~kei_core.vehicle.parse_field` for its message)."""
        values = list(found)
        for i, value in enumerate(values):
            if value is not _NEW:
                continue
            name, cache, parse = readers.remembered[i]
            values[i] = _read_remembered(cache, picked[i], parse, DEFAULT_VALUES[name])
        return values

    def vehicle(self, data: Mapping[str, Any]) -> Vehicle:
        """The vehicle a row describes, read and checked as ``kei check`` reads a vehicle file
        (without the catalog's values: :meth:`_completed` adds them); :class:`InputError`
        naming the field."""
        if not self.memo:
            return vehicle_from_mapping(data)
        return vehicle_of(self.values(data))

    def _completed(self, vehicle: Vehicle) -> Vehicle:
        """``vehicle`` filled from the catalog as ``kei check`` fills it (the reference path)."""
        if vehicle.model_code is None and vehicle.frame_number is None:
            self.unfilled = None
            return vehicle
        from kei_core import catalog

        self.unfilled = lambda: vehicle
        return catalog.complete(self.registry, vehicle).vehicle

    def check(self, data: Mapping[str, Any]) -> tuple[list[Answer], str | None]:
        """The answers for one row (field name -> value as written), or its one-line error."""
        if not self.memo:
            try:
                given = vehicle_from_mapping(data)
                check_built_by(given.manufactured, self.on)
                vehicle = self._completed(given)
            except InputError as error:
                return self.error(str(error))
            self.built = lambda: vehicle
            summaries = [self.registry.evaluate(vehicle, code, self.on).summary() for code in self.codes]
        else:
            try:
                values = self.values(data)
            except InputError as error:
                return self.error(str(error))
            return self._answer(values)
        return self._answers_of(summaries), None

    def _answer(self, values: dict[str, Any]) -> tuple[list[Answer], str | None]:
        try:
            check_fields_agree(values)
            check_built_by(values["manufactured"], self.on)
            self.unfilled = None
            if values["model_code"] is not None or values["frame_number"] is not None:
                taken = self._from_catalog(values)
                if taken:
                    values.update(taken)
                self._row_taken = taken
                self.unfilled = self._row_unfilled
        except InputError as error:
            return self.error(str(error))
        self._row_values = values
        self._row_vehicle = None
        self.built = build = self._row_built
        return self._answers_of([place.of_values(values, build) for place in self._places]), None

    def _row_built(self) -> Vehicle:
        """The last row's vehicle (:attr:`built`), made when first asked."""
        vehicle = self._row_vehicle
        if vehicle is None:
            vehicle = self._row_vehicle = build_vehicle(self._row_values)
        return vehicle

    def _row_unfilled(self) -> Vehicle:
        """The last row's vehicle before the catalog filled it (:attr:`unfilled`): every field
        it took was not given."""
        return build_vehicle({**self._row_values, **{name: DEFAULT_VALUES[name] for name in self._row_taken}})

    def _from_catalog(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The values a row named by its model code (or frame number) takes from the catalog:
        what :func:`kei_core.catalog.complete` fills, as ``kei check`` fills a vehicle file
        (the row's own values win; an unknown code is an :class:`InputError` with a "did you
        mean"). Remembered by the model code and the row's values of its entry's fields."""
        catalog = _catalog_module()  # every row: not an import statement each time

        code = values["model_code"]
        if code is None:  # named by a frame number alone, each its own: looked up every time
            filled = catalog.complete(self.registry, build_vehicle(values))
            return {name: getattr(filled.vehicle, name) for name in filled.from_catalog}
        known = self._catalog.get(code)
        if known is None:
            try:
                model = catalog.find(self.registry, code, field="model_code")
                keys = ("make", "model", "model_code", *(k for k, v in model.specs.items() if v is not None))
            except InputError:
                keys = ()  # not in the catalog: complete() says why, each time
            known = self._catalog[code] = (keys, {}, _values_reader(keys))
        keys, taken_by, given_of = known
        given = given_of(values)
        taken = taken_by.get(given)
        if taken is None:
            filled = catalog.complete(self.registry, build_vehicle(values))
            taken = {name: getattr(filled.vehicle, name) for name in filled.from_catalog}
            if keys:
                if len(taken_by) >= MEMO_LIMIT:
                    taken_by.clear()
                taken_by[given] = taken
        return taken

    def catalog_notes(self) -> tuple[str, ...]:
        """What the last row took from the catalog and its warnings (``kei check``'s notes)."""
        if self.unfilled is None:
            return ()
        from kei_core import catalog

        return catalog.complete(self.registry, self.unfilled()).notes

    def _answers_of(self, summaries: Sequence[Summary]) -> list[Answer]:
        # By the summary's identity: the memos hand out the same summary again, and an answer
        # holds its summary, so an identity in the dict is never another summary's.
        answers = []
        known = self._answers
        for summary in summaries:
            answer = known.get(id(summary))
            if answer is None or answer.summary is not summary:
                if len(known) >= MEMO_LIMIT:
                    known.clear()
                answer = known[id(summary)] = Answer.of(summary)
            answers.append(answer)
        return answers

    def error(self, message: str) -> tuple[list[Answer], str]:
        self.built = self.unfilled = None
        return list(self._error_answers), message


# -- chunks --------------------------------------------------------------------------------------


@attrs.define
class ChunkResult:
    """A chunk's output text and its tallies."""

    text: str
    counts: list[list[int]]  # per place, per status (STATUSES order)
    errors: int
    rows: int
    eligible: list[int] = attrs.Factory(list)  # per place: rows legal or conditional by --eligible-by
    needs: list[Counter[str]] = attrs.Factory(list)  # per place: what would settle its unknown rows


@attrs.frozen
class Options:
    """What a batch writes besides the default columns: the extra columns (``--columns``,
    :data:`~kei_core.batch_output.EXTRA_COLUMNS`), whether rows are marked eligible by a day
    (``--eligible-by``), and which column goes first (``--id``)."""

    extras: tuple[str, ...] = ()
    eligible_by: dt.date | None = None
    id_column: str | None = None


@attrs.frozen
class Shape:
    """Where a CSV or .xlsx row's cells go: the fields of the columns kei reads (and where they
    are), the column ``--id`` puts first, and those passed through."""

    width: int
    fields: tuple[str, ...]
    known: tuple[int, ...]
    units: tuple[Any, ...]  # per known column: its Column when its header gives a unit, else None
    id_index: int | None
    passed: tuple[int, ...]
    headers: tuple[str, ...]
    simple: bool = attrs.field(init=False)
    """Every column a field, no unit to add: the cells go to the checker as they are."""

    @simple.default
    def _simple(self) -> bool:
        return len(self.known) == self.width and not any(self.units)

    @classmethod
    def of(cls, header: Header | None) -> Shape:
        if header is None:
            return cls(0, (), (), (), None, (), ())
        known = tuple(i for i, column in enumerate(header.columns) if column.field is not None)
        return cls(
            width=len(header.columns),
            fields=tuple(header.columns[i].field or "" for i in known),
            known=known,
            units=tuple(header.columns[i] if header.columns[i].unit else None for i in known),
            id_index=header.id_index,
            passed=header.passed,
            headers=tuple(column.header for column in header.columns),
        )


@attrs.frozen
class Job:
    """What checking a chunk needs: the checker, the input's kind and shape, the output format
    and what it writes besides the default columns."""

    checker: Checker
    kind: str
    shape: Shape
    output: str
    options: Options = Options()
    escape: bool = False
    """Whether cells passed through are escaped (:func:`~kei_core.terminal.safe`): only for a
    terminal; a file gets them unchanged."""

    @property
    def columns(self) -> tuple[str, ...]:
        """The fields of the columns kei reads."""
        return self.shape.fields


_WORKER_JOB: Job | None = None
"""The job of a worker process, set once as it starts (:func:`_adopt`); never in the main one."""


def _adopt(job: Job) -> None:
    global _WORKER_JOB
    _WORKER_JOB = job


def _check_in_worker(unit: list[tuple[int, Any]] | tuple[int, bytes]) -> ChunkResult:
    """Check a chunk of rows, or a block of a CSV file (:func:`~kei_core.batch_csv.csv_blocks`)."""
    assert _WORKER_JOB is not None
    return check_chunk(_WORKER_JOB, unit if type(unit) is list else block_records(*unit))


def _row_mapping(kind: str, shape: Shape, raw: Any) -> tuple[Any, str | None]:
    """A row as the checker takes it (a CSV row's cells for the fields kei reads, a JSON line's
    object), or why it cannot be read at all."""
    if isinstance(raw, RowError):
        return None, raw.message
    if kind != "jsonl":
        raw = cells_of(raw)
        if len(raw) < shape.width and kind == "xlsx":
            raw = raw + [""] * (shape.width - len(raw))  # a sheet leaves trailing empty cells out
        if len(raw) != shape.width:
            return None, f"the row has {len(raw)} fields, the header has {shape.width}"
        joined = "".join(raw)
        if _has_surrogates(joined):
            return None, "the row is not valid UTF-8 text"
        if len(joined) > MAX_CELL_CHARACTERS and max(map(len, raw), default=0) > MAX_CELL_CHARACTERS:
            column = next(
                name for name, cell in zip(shape.headers, raw, strict=True) if len(cell) > MAX_CELL_CHARACTERS
            )
            return None, f"{shown(column)}: the value is longer than {MAX_CELL_CHARACTERS:,} characters"
        if shape.simple:
            return raw, None
        return [
            raw[i] if unit is None else unit.cell(raw[i])
            for i, unit in zip(shape.known, shape.units, strict=True)
        ], None
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


def _kept(raw: Any, index: int) -> str:
    """The cell ``index`` of a CSV row as it was, for the output ("" when the row is short or
    unreadable; text that is not UTF-8 with its bad bytes replaced)."""
    if isinstance(raw, RowError) or index >= len(raw):
        return ""
    cell: str = raw[index]
    if _has_surrogates(cell):
        cell = cell.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return cell


def output_header(job: Job) -> list[str]:
    """The output's columns: ``--id``'s, the default ones, the extras asked, ``eligible_by``
    with ``--eligible-by``, then the columns passed through, in their order."""
    shape, options = job.shape, job.options
    first = [shape.headers[shape.id_index]] if shape.id_index is not None else []
    marked = [ELIGIBLE_BY] if options.eligible_by is not None else []
    passed = [shape.headers[i] for i in shape.passed]
    return [*first, *OUTPUT_COLUMNS, *options.extras, *marked, *passed]


def _csv_line(cells: Iterable[Any], escape: bool = True) -> str:
    return ",".join(
        (_csv_field(safe(str(cell)) if escape else str(cell))) if cell not in (None, "") else ""
        for cell in cells
    )


def check_chunk(job: Job, raws: Sequence[tuple[int, Any]]) -> ChunkResult:
    """Check one chunk of ``(line, raw row)``."""
    checker, kind, shape, output, options = job.checker, job.kind, job.shape, job.output, job.options
    columns = shape.fields
    places = len(checker.codes)
    counts = [[0, 0, 0, 0] for _ in range(places)]
    eligible = [0] * places
    needs: list[Counter[str]] = [Counter() for _ in range(places)]
    by = options.eligible_by
    extras = options.extras
    plain = not extras and by is None and shape.id_index is None and not shape.passed
    noted = "catalog" in extras
    errors = 0
    lines: list[str] = []
    emit = lines.append
    # A line of ASCII text, no longer than a cell may be, split into as many cells as the
    # header has: what _row_mapping would check of it holds already (nearly every row).
    plain_lines = kind == "csv" and shape.simple
    width = shape.width
    for number, raw in raws:
        data: Any = None
        if kind == "csv":
            if plain_lines and type(raw) is str and raw.isascii() and len(raw) <= MAX_CELL_CHARACTERS:
                raw = raw.split(",")
                data = raw if len(raw) == width else None
            else:
                raw = cells_of(raw)
        try:
            if data is None:
                data, message = _row_mapping(kind, shape, raw)
            else:
                message = None
            if data is None:
                answers, message = checker.error(message or "unreadable row")
            elif kind != "jsonl":
                answers, message = checker.check_csv(columns, data)
            else:
                answers, message = checker.check(data)
        except Exception as error:  # a bug must cost one row, never the inventory
            detail = " ".join(str(error).split())[:200]
            answers, message = checker.error(
                f"kei could not check this row ({type(error).__name__}: {detail})"
            )
        if message is not None:
            errors += 1
            message = " ".join(message.split())
        verdicts: list[Verdict | None] = [None] * places
        notes: tuple[str, ...] = ()
        if noted and message is None:
            try:
                notes = checker.catalog_notes()
            except Exception:  # the row was answered; only its catalog column is left empty
                notes = ()
        if message is None and checker.built is not None:
            for place, answer in enumerate(answers):
                if not extras and answer.status is not Status.UNKNOWN:
                    continue
                try:  # the summary stands whatever happens: only these columns are left empty
                    if extras:
                        verdict = checker.verdict(place, checker.built(), answer.summary.eligible_from)
                        verdicts[place] = verdict
                        wanted = verdict.settle
                    else:
                        wanted = checker.settle(place, checker.built())
                except Exception:
                    continue
                if answer.status is Status.UNKNOWN:
                    needs[place].update(wanted)
        for place, answer in enumerate(answers):
            counts[place][answer.status.rank] += 1
            summary = answer.summary
            mark = by is not None and eligible_by(summary.status, summary.eligible_from, by)
            if mark:
                eligible[place] += 1
            if plain:
                if output == "csv":
                    emit(f"{number},{answer.csv},{_csv_field(safe(message)) if message else ''}\n")
                else:
                    tail = (
                        f', "error": {json.dumps(message, ensure_ascii=_has_surrogates(message))}'
                        if message
                        else ', "error": null'
                    )
                    emit(f'{{"row": {number}, {answer.json}{tail}}}\n')
                continue
            full = verdicts[place]
            values = extra_values(full, checker.on) if full is not None else {}
            if noted:
                values["catalog"] = notes
            more = [cell(name, values.get(name)) for name in extras]
            if by is not None:
                more.append("yes" if mark else "no")
            passed = [_kept(raw, i) for i in shape.passed]
            ident = [_kept(raw, shape.id_index)] if shape.id_index is not None else []
            if kind == "jsonl" and output != "csv":
                passed = []
            if output == "csv":
                said = _csv_field(safe(message)) if message else ""
                head = _csv_line(ident, job.escape) + "," if ident else ""
                tail = "," + _csv_line([*more, *passed], job.escape) if more or passed else ""
                emit(f"{head}{number},{answer.csv},{said}{tail}\n")
            else:
                record: dict[str, Any] = {}
                if ident:
                    record[shape.headers[shape.id_index or 0]] = ident[0]
                record["row"] = number
                record.update(json.loads("{" + answer.json + "}"))
                record["error"] = message
                for name in extras:
                    value = values.get(name)
                    record[name] = list(value) if isinstance(value, tuple) else value
                if by is not None:
                    record[ELIGIBLE_BY] = mark
                for i, value in zip(shape.passed, passed, strict=True):
                    record.setdefault(shape.headers[i], value)
                emit(json.dumps(record, ensure_ascii=False) + "\n")
    return ChunkResult("".join(lines), counts, errors, len(raws), eligible, needs)


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


def add_tallies(total: ChunkResult | Tally, result: ChunkResult) -> None:
    """Add ``result``'s rows, errors and per-place tallies into ``total``'s."""
    total.rows += result.rows
    total.errors += result.errors
    for sums, part in zip(total.counts, result.counts, strict=True):
        for rank, n in enumerate(part):
            sums[rank] += n
    for place, n in enumerate(result.eligible):
        total.eligible[place] += n
    for place, found in enumerate(result.needs):
        total.needs[place].update(found)


def _results(job: Job, source: Source, jobs: int) -> Iterator[ChunkResult]:
    """Chunk results in input order, from worker processes when that pays.

    The workers are forked, and share no memo: each checks whole chunks, the next one free the
    next chunk. A CSV file's rows are sent as blocks of its bytes (:meth:`Source.blocks`), which
    the worker reads: the main process only cuts the file and writes the answers."""
    context = _fork_context() if jobs > 1 else None
    if context is None:
        for chunk in _chunks(source.rows, CHUNK_ROWS):
            yield check_chunk(job, chunk)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # The first rows are checked here, before forking, so every worker starts with what they
    # taught the memos (most of it is learnt from the first few hundred rows: the models).
    warm = list(itertools.islice(source.rows, WARM_ROWS))
    if not warm:
        return
    yield check_chunk(job, warm)
    blocks = source.blocks()
    units: Iterator[Any] = blocks if blocks is not None else _chunks(source.rows, CHUNK_ROWS)
    in_flight: deque[Future[ChunkResult]] = deque()
    # Forked, the workers inherit the job (plugins, memos) without pickling it.
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_adopt, initargs=(job,))
    try:
        for unit in units:
            in_flight.append(pool.submit(_check_in_worker, unit))
            if len(in_flight) >= IN_FLIGHT * jobs:
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
        pool.shutdown(wait=True, cancel_futures=True)


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
class Tally:
    """What a batch found: counts per place and status, rows legal or conditional by
    ``--eligible-by`` and what would settle the unknown ones (per place), rows with errors,
    rows and seconds."""

    codes: tuple[str, ...]
    counts: list[list[int]]
    errors: int = 0
    rows: int = 0
    seconds: float = 0.0
    eligible_by: dt.date | None = None
    eligible: list[int] = attrs.Factory(list)
    needs: list[Counter[str]] = attrs.Factory(list)

    def __attrs_post_init__(self) -> None:
        self.eligible = self.eligible or [0] * len(self.codes)
        self.needs = self.needs or [Counter() for _ in self.codes]

    @property
    def worst(self) -> Status:
        return worst(status for place in self.counts for status, n in zip(STATUSES, place, strict=True) if n)

    def add(self, result: ChunkResult) -> None:
        """Count a chunk's rows in."""
        add_tallies(self, result)

    def _tally(self, place: int) -> str:
        return ", ".join(
            f"{n:,} {status.value.replace('_', ' ')}"
            for status, n in zip(STATUSES, self.counts[place], strict=True)
        )

    def line(self) -> str:
        """The one-line summary: every place's counts, the rows with errors, the speed."""
        parts = [f"{code}: {self._tally(place)}" for place, code in enumerate(self.codes)]
        rate = f"{self.rows / self.seconds:,.0f} rows/s" if self.seconds > 0 else ""
        rows = "1 row" if self.rows == 1 else f"{self.rows:,} rows"
        errors = "1 row with an error" if self.errors == 1 else f"{self.errors:,} rows with errors"
        return f"kei batch: {rows}; {'; '.join(parts)}; {errors}" + (f"; {rate}" if rate else "")

    def places(self) -> list[str]:
        """Per place: its counts, the rows eligible by ``--eligible-by``, and the missing facts
        that most often left a row unknown."""
        lines = []
        for place, code in enumerate(self.codes):
            text = f"  {code}: {self._tally(place)}"
            if self.eligible_by is not None:
                text += f"; {self.eligible[place]:,} eligible by {self.eligible_by.isoformat()}"
            lines.append(text)
            lines += [f"    {need}" for need in top_needs(self.needs[place])]
        return lines


def _tally_of(places: tuple[str, ...], options: Options) -> Tally:
    return Tally(places, [[0, 0, 0, 0] for _ in places], eligible_by=options.eligible_by)


def unknown_columns_notice(source: Source) -> str | None:
    """The notice naming, once each, the columns kei does not know (passed through)."""
    if source.header is None or not source.header.unknown:
        return None
    names = ", ".join(
        f"{shown(name)}{did_you_mean(name.strip().lower(), VEHICLE_FIELDS)}"
        if name.strip()
        else "(a column with no name)"
        for name in source.header.unknown
    )
    return f"kei batch: notice: not vehicle fields, passed through unchanged: {names} (see `kei fields`)"


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
    options: Options | None = None,
    sheet: str | None = None,
) -> Tally:
    """Check every row of ``path`` in each of ``codes`` on ``on``, writing one output row per
    input row and place to ``out`` (stdout when ``None``); return the tallies.

    :class:`InputError` (exit 2) only for what makes the file itself unusable; a bad row is
    reported in its own output row and the rest go on.
    """
    options = options or Options()
    places = tuple(codes) or tuple(registry.declared_codes())
    if not places:
        raise InputError(
            "no place to check: give --in CODE, or install a jurisdiction plugin (kei-jp, kei-us...)"
        )
    say = echo or (lambda text: print(text, file=sys.stderr))
    source = open_source(path, id_column=options.id_column, sheet=sheet)
    try:
        notice = unknown_columns_notice(source)
        if notice:
            say(notice)
        form = output_format(out, fmt)
        checker = Checker(registry, places, on, memo=memo)
        stream, owned = _open_output(out, path)
        job = Job(checker, source.kind, Shape.of(source.header), form, options, _is_terminal(stream))
        summary = _tally_of(places, options)
        bar = _Progress(source, sys.stderr.isatty() if progress is None else progress)
        started = time.monotonic()
        try:
            if form == "csv":
                _write(stream, _csv_line(output_header(job), job.escape) + "\n", out)
            for result in _results(job, source, jobs or default_jobs(source.size)):
                _write(stream, result.text, out)
                summary.add(result)
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
        source.close()
    say(summary.line())
    for line in summary.places():
        say(line)
    say(_notice(registry, places, on))
    return summary


def stream_rows(
    registry: Any,
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    codes: Sequence[str],
    on: dt.date,
    *,
    options: Options | None = None,
    tally: Tally | None = None,
) -> Iterator[list[str]]:
    """``kei batch`` on rows already split into cells, streamed: the output header first, then
    one output row (its cells) per input row and place, as each chunk is checked (one process).

    ``header`` is the inventory's first row (field names, aliases, other columns passed
    through); an :class:`InputError` for it is raised before anything is yielded. Counts go to
    ``tally`` when given (:func:`new_tally`). This is what a server streaming CSV in and out
    calls; :func:`run_batch` is the same over files."""
    options = options or Options()
    places = tuple(codes) or tuple(registry.declared_codes())
    shape = Shape.of(read_header(list(header), id_column=options.id_column))
    job = Job(Checker(registry, places, on), "csv", shape, "csv", options)
    yield output_header(job)
    numbered = ((number, list(cells)) for number, cells in enumerate(rows, 2))
    for chunk in _chunks(numbered, CHUNK_ROWS):
        result = check_chunk(job, chunk)
        if tally is not None:
            tally.add(result)
        yield from csv.reader(io.StringIO(result.text))


def new_tally(codes: Sequence[str], options: Options | None = None) -> Tally:
    """An empty :class:`Tally` for :func:`stream_rows` to count into."""
    return _tally_of(tuple(codes), options or Options())


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (OSError, ValueError):
        return False


def _notice(registry: Any, codes: Sequence[str], on: dt.date) -> str:
    from kei_core.render import notice

    return notice(
        rule.reviewed_on
        for code in codes
        for level in registry.plan(code).levels
        for rule, _ in level.rules
        if rule.in_force_on(on)
    )
