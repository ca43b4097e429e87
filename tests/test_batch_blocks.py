"""A CSV inventory read in blocks (what worker processes are sent) holds the records read line by
line, on the same lines: quoted fields across lines, every kind of line end, blank lines, bytes
that are not UTF-8, rows longer than a row may be, and files whose records no block can be cut
after (read record by record from there)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kei_core import batch_csv
from kei_core.batch_csv import block_records, csv_blocks, csv_records

PIECES = [
    "Suzuki",
    "Carry",
    "1999-05",
    ",",
    ",,",
    '"',
    '""',
    '"a,b"',
    '"two\nlines"',
    '"cr\rin a cell"',
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    'x"y',
    "é",
    "\udcff",  # an undecodable byte, as surrogateescape reads it
    "long" * 12,
]


def _records_line_by_line(data: bytes) -> list[tuple[int, Any]]:
    text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape", newline="")
    return [(line, _plain(record)) for line, record in csv_records(text)]


def _records_in_blocks(data: bytes) -> list[tuple[int, Any]]:
    found: list[tuple[int, Any]] = []
    for unit in csv_blocks(io.BytesIO(data), 1):  # type: ignore[arg-type]
        records = unit if isinstance(unit, list) else block_records(*unit)
        found += [(line, _plain(record)) for line, record in records]
    return found


def _plain(record: Any) -> Any:
    return record.message if isinstance(record, batch_csv.RowError) else record


@settings(max_examples=300, deadline=None)
@example(pieces=["\n", "long" * 12, ",,", "\r\n", "Suzuki"], block=27, pending=0)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60),
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=0, max_value=120),
)
def test_blocks_hold_the_records_read_line_by_line(pieces: list[str], block: int, pending: int) -> None:
    data = "".join(pieces).encode("utf-8", "surrogateescape")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_csv, "BLOCK_BYTES", block)
        patch.setattr(batch_csv, "MAX_PENDING_BYTES", pending)
        patch.setattr(batch_csv, "MAX_ROW_CHARACTERS", 50)  # some rows too long to keep
        assert _records_in_blocks(data) == _records_line_by_line(data)


@pytest.mark.parametrize(
    "data",
    [
        b"make\r\n" + b"long" * 12 + b",,\r\nSuzuki\r\n",  # a row of exactly the limit, then its \r\n
        b'make\r\n"' + b"x" * 49 + b'\r\n"\r\nSuzuki\r\n',  # the same inside a quoted field
    ],
    ids=["row", "quoted"],
)
def test_a_line_end_the_row_limit_cuts_in_two_is_one_line_end(data: bytes) -> None:
    # readline(limit) returns the first 51 characters, ending in "\r", and the "\n" apart.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_csv, "MAX_ROW_CHARACTERS", 50)
        read = _records_line_by_line(data)
    assert [line for line, _ in read] == [1, 2, 4 if b'"' in data else 3]
    assert read[-1][1] == "Suzuki"


def test_a_lone_cr_at_the_row_limit_still_ends_its_line() -> None:
    data = b"make\r\n" + b"y" * 50 + b"\rSuzuki\r\n"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_csv, "MAX_ROW_CHARACTERS", 50)
        read = _records_line_by_line(data)
    assert read == [(1, "make"), (2, "y" * 50), (3, "Suzuki")]


def test_blocks_are_cut_only_after_a_record() -> None:
    data = 'é,"q"\n"open\nclose"\n"1\n2",3\r\nc,d\rlast,"q""\n"\n'.encode()
    for size in range(1, len(data) + 1):  # every place a read can end
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(batch_csv, "BLOCK_BYTES", size)
            blocks = list(csv_blocks(io.BytesIO(data), 10))  # type: ignore[arg-type]
            in_blocks = _records_in_blocks(data)
        assert b"".join(block for _, block in blocks) == data  # type: ignore[misc]
        assert {line for line, _ in blocks} <= {10, 11, 13, 15, 16}  # where records start
        assert all(block.endswith((b"\n", b"\r")) for _, block in blocks)  # type: ignore[union-attr]
        assert in_blocks == _records_line_by_line(data)


def test_a_file_with_no_block_end_is_read_record_by_record() -> None:
    """Lines ending in a lone \\r leave no \\n to cut after: past the bound, the rest comes as
    lists of records, on the right lines."""
    data = b"".join(b"Suzuki,%d\r" % n for n in range(500))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch_csv, "BLOCK_BYTES", 64)
        patch.setattr(batch_csv, "MAX_PENDING_BYTES", 256)
        units = list(csv_blocks(io.BytesIO(data), 2))  # type: ignore[arg-type]
    assert units and all(isinstance(unit, list) for unit in units)
    assert [record for unit in units for record in unit] == [(n + 2, f"Suzuki,{n}") for n in range(500)]
