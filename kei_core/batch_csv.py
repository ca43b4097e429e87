"""Reading a CSV inventory: record by record, as the csv module would split it, with bounded
memory (:func:`csv_records`), or in blocks of whole records for worker processes to read
(:func:`csv_blocks`, :func:`block_records`): the records a block holds are the records
:func:`csv_records` reads there, on the same lines."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from typing import IO, Any

import attrs

MAX_ROW_CHARACTERS = 100_000  # a CSV record or a JSON Lines line; under the csv module's field limit
BLOCK_BYTES = 1 << 17
"""How much of the file a block holds (about 1,500 rows of an inventory): what a worker process
is sent at once, as bytes (far cheaper to send than rows, and decoded where it is read)."""
MAX_PENDING_BYTES = 4 * MAX_ROW_CHARACTERS + BLOCK_BYTES
"""How far :func:`csv_blocks` reads on for the end of a record before it reads the rest record
by record (lines ending in a lone ``\\r``, a record longer than a row may be)."""
FALLBACK_ROWS = 2000  # records a list when csv_blocks reads record by record


@attrs.frozen
class RowError:
    """A row the reader itself could not split into fields."""

    message: str


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


def cells_of(raw: Any) -> Any:
    """A CSV record's cells: a record of one line without quotes comes as that line, unsplit."""
    return raw.split(",") if type(raw) is str else raw


def csv_records(text: IO[str], first_line: int = 0) -> Iterator[tuple[int, Any]]:
    """``(line, fields)`` for every CSV record, ``line`` being the physical line it starts on
    (1 for the header), as the csv module would split them (a record of one line without quotes
    as that line, to split with :func:`cells_of`), with bounded memory: a record of more than
    :data:`MAX_ROW_CHARACTERS` is skipped to its end and is one :class:`RowError`."""
    readline = text.readline
    limit = MAX_ROW_CHARACTERS + 1
    line_number = first_line
    # Whether the last piece read ended in "\r" where readline's limit cut it: a "\n" read next
    # is the rest of that "\r\n", no line of its own.
    cut_cr = False
    while True:
        line = readline(limit)
        if not line:
            return
        if cut_cr and line == "\n":
            cut_cr = False
            continue
        line_number += 1
        start = line_number
        whole = line[-1] in "\r\n" or len(line) < limit  # _whole, inlined: called for every line
        cut_cr = len(line) == limit and line[-1] == "\r"
        if whole and '"' not in line:  # nearly every row: one line, no quotes
            fields = line.rstrip("\r\n")
            if fields:
                # Split where it is checked (:func:`cells_of`): kept as one string, a line is
                # far cheaper to send to a worker process than its cells.
                yield start, fields
            continue
        state = _scan(line, _START)
        parts: list[str] | None = [line]
        size = len(line)
        while state == _QUOTED or not whole:
            more = readline(limit)
            if not more:
                break  # the file ends inside a quoted field: the record ends there
            if whole and not (cut_cr and more == "\n"):
                line_number += 1
            cut_cr = len(more) == limit and more[-1] == "\r"
            whole = _whole(more, limit)
            state = _scan(more, state)
            size += len(more)
            if parts is not None:
                parts.append(more)
                if size > MAX_ROW_CHARACTERS:
                    parts = None  # too long: read on to its end, keeping nothing
        if parts is None:
            yield start, RowError(f"the row is longer than {MAX_ROW_CHARACTERS:,} characters")
            continue
        record = "".join(parts)
        try:
            fields_list = next(csv.reader((record,)), [])
        except csv.Error as error:
            yield start, RowError(f"not readable as CSV: {error}")
            continue
        if fields_list:  # a blank line is not a row
            yield start, fields_list


def line_ends(data: bytes) -> int:
    """The physical lines ``data`` ends, as a text file read with ``newline=""`` counts them:
    at ``\\n``, ``\\r\\n`` and a lone ``\\r``."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def csv_blocks(raw: io.RawIOBase, line: int) -> Iterator[tuple[int, bytes] | list[tuple[int, Any]]]:
    """The rest of a CSV file, from ``raw``'s position (where a record starts, on physical line
    ``line``), in blocks of whole records: ``(first line, bytes)``, for :func:`block_records` to
    read where the block is checked. A block is cut only where a record ends, at a line end
    before the last ``\\n`` read, so that no record, ``\\r\\n`` or character is cut in two. When more than
    :data:`MAX_PENDING_BYTES` hold no such cut, the rest is read by :func:`csv_records` and comes
    as lists of records."""
    pending = b""
    while True:
        data = raw.read(BLOCK_BYTES) or b""
        if not data:
            if pending:
                yield line, pending
            return
        pending = pending + data if pending else data
        cut = _records_end(pending)
        if cut:
            block, pending = pending[:cut], pending[cut:]
            yield line, block
            line += line_ends(block)
        elif len(pending) > MAX_PENDING_BYTES:
            raw.seek(-len(pending), io.SEEK_CUR)
            yield from _records_from(raw, line)
            return


def _records_from(raw: io.RawIOBase, line: int) -> Iterator[list[tuple[int, Any]]]:
    """The rest of the file from ``raw``'s position (line ``line``), read by :func:`csv_records`
    in lists of :data:`FALLBACK_ROWS` records; ``raw`` is left open."""
    buffered = io.BufferedReader(raw)
    text = io.TextIOWrapper(buffered, encoding="utf-8", errors="surrogateescape", newline="")
    try:
        records = csv_records(text, line - 1)
        while chunk := list(itertools.islice(records, FALLBACK_ROWS)):
            yield chunk
    finally:
        text.detach()
        buffered.detach()


def _records_end(data: bytes) -> int:
    """Where the last whole record in ``data`` (which starts with a record) ends, up to its last
    ``\\n`` (a ``\\r`` read last might be followed by a ``\\n``); 0 when no record ends there."""
    end = data.rfind(b"\n") + 1
    if not end or data.find(b'"', 0, end) < 0:
        return end
    # A quoted field may hold line ends: follow the records from the start, as csv_records does.
    text = data[:end].decode("utf-8", "surrogateescape")
    readline = io.StringIO(text, newline="").readline
    state, at, cut = _START, 0, 0
    while line := readline():
        at += len(line)
        state = _scan(line, state)
        if state != _QUOTED:
            state, cut = _START, at
    if cut == len(text):
        return end
    return len(text[:cut].encode("utf-8", "surrogateescape"))


def block_records(line: int, data: bytes) -> list[tuple[int, Any]]:
    """The records of a block from :func:`csv_blocks` whose first physical line is ``line``:
    what :func:`csv_records` reads there (a block of plain lines is split at once)."""
    text = data.decode("utf-8", "surrogateescape")
    if '"' not in text and "\r" not in text:
        lines = text.split("\n")
        if max(map(len, lines)) <= MAX_ROW_CHARACTERS:
            return [(number, fields) for number, fields in enumerate(lines, line) if fields]
    return list(csv_records(io.StringIO(text, newline=""), line - 1))
