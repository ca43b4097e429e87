"""``kei batch`` in several processes writes what one process writes, byte for byte.

Each worker checks whole chunks: a CSV file is sent to them in blocks of its bytes (cut where
records end), other inputs as lists of rows; answers are written in input order and tallies
added up. These tests compare every output shape (CSV and JSON Lines, extra columns, ``--id``,
columns passed through, ``--eligible-by``, bad rows) and awkward files (a byte-order mark,
quoted cells across lines, every kind of line end, bytes that are not UTF-8) across 1, 2 and 3
processes, on small blocks and chunks so that the work is shared out many times."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path
from typing import Any

import pytest

from kei_core import batch, batch_csv
from kei_core.testing import make_registry

kei_us = pytest.importorskip("kei_us")
kei_us_tx = pytest.importorskip("kei_us_tx")

ON = dt.date(2026, 11, 25)
HEADER = ["stock", "manufactured", "original_configuration", "documents", "equipment", "price"]


def _inventory(rows: int) -> str:
    rng = random.Random(7)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for n in range(rows):
        year, month = rng.randint(1988, 2024), rng.randint(1, 12)
        built = rng.choice([f"{year}-{month:02d}", f"{year}-{month:02d}-{rng.randint(1, 28):02d}", str(year)])
        if n % 37 == 5:
            built = f"{year}-13"  # a bad row: its error, in its place
        documents = rng.choice(["", "hs7", "hs7;epa_3520_1", "off_road_title"])
        equipment = rng.choice(["", "headlamps", "headlamps;speed_governor"])
        configuration = rng.choice(["true", "false", ""])
        writer.writerow([f"S{n:04d}", built, configuration, documents, equipment, f"{n * 13 % 997}.50"])
    out.write("S9999,1999-05\n")  # too few cells: its own error
    return out.getvalue()


def _run(path: Path, jobs: int, fmt: str, **options: Any) -> tuple[str, batch.Tally]:
    out = path.with_suffix(f".{jobs}.{fmt}")
    tally = batch.run_batch(
        make_registry(kei_us, kei_us_tx),
        str(path),
        ["US-TX", "US"],
        ON,
        out=str(out),
        fmt=fmt,
        jobs=jobs,
        progress=False,
        echo=lambda _: None,
        options=batch.Options(**options),
    )
    return out.read_text(encoding="utf-8"), tally


@pytest.mark.parametrize(
    ("fmt", "options"),
    [
        ("csv", {}),
        (
            "csv",
            {
                "extras": ("reason", "settle", "failing"),
                "eligible_by": dt.date(2028, 1, 1),
                "id_column": "stock",
            },
        ),
        ("jsonl", {"extras": ("eligible_in_days",), "eligible_by": dt.date(2030, 6, 1)}),
    ],
)
def test_several_processes_write_what_one_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str, options: dict[str, Any]
) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 23)
    monkeypatch.setattr(batch, "WARM_ROWS", 23)  # the rest shared out
    monkeypatch.setattr(batch_csv, "BLOCK_BYTES", 700)
    path = tmp_path / "inventory.csv"
    path.write_text(_inventory(300), encoding="utf-8")
    single, one = _run(path, 1, fmt, **options)
    for jobs in (2, 3):
        text, tally = _run(path, jobs, fmt, **options)
        assert text == single
        assert (tally.rows, tally.errors, tally.counts, tally.eligible, tally.needs) == (
            one.rows,
            one.errors,
            one.counts,
            one.eligible,
            one.needs,
        )
    assert one.rows == 301 and one.errors >= 2


def test_json_lines_input_in_several_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A JSON Lines inventory is shared out line by line (not read before a worker reads it)."""
    monkeypatch.setattr(batch, "CHUNK_ROWS", 11)
    monkeypatch.setattr(batch, "WARM_ROWS", 11)  # the rest shared out
    rows = list(csv.DictReader(io.StringIO(_inventory(120))))
    lines = []
    for row in rows:
        data = {key: value for key, value in row.items() if key in HEADER[1:5] and value}
        lines.append(str(data).replace("'", '"'))
    lines.insert(40, "not json")
    path = tmp_path / "inventory.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    single, _ = _run(path, 1, "csv")
    assert _run(path, 2, "csv")[0] == single
    assert single.count("\n") == 2 * len(lines) + 1


def test_awkward_csv_in_several_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks are cut only where records end, and each row keeps its line: quoted cells across
    lines, CRLF and lone CR line ends, blank lines, bytes that are not UTF-8, a byte-order mark,
    and a stretch with no line end a block may be cut at (read record by record from there)."""
    monkeypatch.setattr(batch, "WARM_ROWS", 5)
    monkeypatch.setattr(batch_csv, "BLOCK_BYTES", 90)
    monkeypatch.setattr(batch_csv, "MAX_PENDING_BYTES", 400)
    lines = [f"S{n:03d},{1990 + n % 30}-{1 + n % 12:02d},,,headlamps,1.00" for n in range(120)]
    lines[7] = 'S007,1999-05,,,"headlamps\n;speed_governor",2.00'
    lines[20] = 'S020,"2001-\r\n02",,,,3.00'
    lines[33] = "S033,\udcff2004-01,,,,4.00"
    lines[50] = ""
    body = "\r\n".join(lines[:60]) + "\r\n" + "\r".join(lines[60:90]) + "\r" + "\n".join(lines[90:])
    path = tmp_path / "inventory.csv"
    path.write_bytes(b"\xef\xbb\xbf" + (",".join(HEADER) + "\r\n" + body).encode("utf-8", "surrogateescape"))
    single, one = _run(path, 1, "csv")
    assert one.rows == 119 and one.errors >= 2
    for jobs in (2, 3):
        text, tally = _run(path, jobs, "csv")
        assert text == single
        assert (tally.rows, tally.errors, tally.counts) == (one.rows, one.errors, one.counts)
