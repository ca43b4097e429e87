"""`kei batch` on a real inventory sheet (issue 11 §2): columns kei does not know pass through,
`--id`, header aliases with units, .xlsx workbooks, the columns for acting on a row,
`--eligible-by` and the summary per place."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kei_core import batch, cli
from kei_core.batch_columns import column_of
from kei_core.batch_output import EXTRA_COLUMNS, OUTPUT_COLUMNS
from kei_core.testing import make_registry

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

ON = dt.date(2026, 11, 25)


def run(tmp_path: Path, text: str | bytes, *args: str, name: str = "inventory.csv") -> Any:
    """`kei batch` through click on ``text`` written to ``name``, with the XX fixture plugin."""
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    built = make_registry(kei_fixture_xx)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli.Settings, "registry", lambda self: built)
        return CliRunner().invoke(cli.cli, ["batch", str(path), "--on", ON.isoformat(), *args])


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


SHEET = (
    "Stock#,Make,Year/Built,Price USD,Notes\n"
    'K1001,Suzuki,1999-05-01,4500,"clean, one owner"\n'
    "K1002,Honda,2010-03,5000,\n"
    "K1003,Bad,2010-13,,needs paint\n"
)


# -- columns kei does not know, --id ----------------------------------------------------------------


def test_unknown_columns_pass_through_in_their_order_and_are_named_once(tmp_path: Path) -> None:
    text = SHEET + "K1004,Mazda,2011,,\n"
    result = run(tmp_path, text.replace("Price USD,Notes", "Notes,Notes"), "--in", "XX")
    assert result.exit_code == 1  # the worst row: not legal
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == [*OUTPUT_COLUMNS, "Stock#", "Notes", "Notes"]
    rows = list(csv.reader(io.StringIO(result.stdout)))[1:]
    assert [r[6:] for r in rows] == [
        ["K1001", "4500", "clean, one owner"],
        ["K1002", "5000", ""],
        ["K1003", "", "needs paint"],
        ["K1004", "", ""],
    ]
    assert [r[2] for r in rows] == ["legal", "not_legal", "unknown", "not_legal"]
    notices = [line for line in result.stderr.splitlines() if "passed through" in line]
    assert notices == [
        "kei batch: notice: not vehicle fields, passed through unchanged: 'Stock#', 'Notes' (see `kei fields`)"
    ]


def test_id_puts_its_column_first(tmp_path: Path) -> None:
    result = run(tmp_path, SHEET, "--in", "XX", "--id", "stock#")
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == ["Stock#", *OUTPUT_COLUMNS, "Price USD", "Notes"]
    assert [r["Stock#"] for r in rows_of(result.stdout)] == ["K1001", "K1002", "K1003"]


def test_a_misspelt_field_is_passed_through_with_a_did_you_mean(tmp_path: Path) -> None:
    result = run(tmp_path, "make,manufactured,widht_mm\nSuzuki,1999-05-01,1475\n", "--in", "XX")
    assert result.exit_code == 0
    assert "'widht_mm' (did you mean 'width_mm'?)" in result.stderr
    assert rows_of(result.stdout)[0]["widht_mm"] == "1475"


def test_without_options_the_columns_are_the_public_ones(tmp_path: Path) -> None:
    result = run(tmp_path, "make,manufactured\nSuzuki,1999-05-01\n", "--in", "XX")
    assert result.stdout.splitlines()[0] == ",".join(OUTPUT_COLUMNS)


# -- header names as people write them ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field", "unit"),
    [
        ("year", "manufactured", ""),
        ("Year/Built", "manufactured", ""),
        ("Chassis No", "frame_number", ""),
        ("frame", "frame_number", ""),
        ("CC", "displacement_cc", ""),
        ("engine", "displacement_cc", ""),
        ("width (in)", "width_mm", "in"),
        ("Height [mm]", "height_mm", "mm"),
        ("Model Code", "model_code", ""),
        ("curb weight (lb)", "curb_weight_kg", "lb"),
        ("width_mm", "width_mm", ""),
        ("Mileage (km)", None, ""),
        ("Stock#", None, ""),
    ],
)
def test_common_header_names(header: str, field: str | None, unit: str) -> None:
    column = column_of(header)
    assert (column.field, column.unit) == (field, unit)


def test_a_unit_in_the_header_is_the_unit_of_bare_numbers(tmp_path: Path) -> None:
    text = "make,built,width (in),seats\nSuzuki,1999-05-01,58,2\nHonda,1999-05-01,58 in,2\nDaihatsu,1999-05-01,1473 mm,2\n"
    path = tmp_path / "inventory.csv"
    path.write_text(text)
    checker = batch.Checker(make_registry(kei_fixture_xx), ["XX"], ON)
    source = batch.open_source(str(path))
    shape = batch.Shape.of(source.header)
    widths = []
    for _, raw in source.rows:
        cells, _ = batch._row_mapping("csv", shape, raw)
        widths.append(checker.vehicle(dict(zip(shape.fields, cells, strict=True))).width_mm)
    source.close()
    assert widths[0] == widths[1]
    assert float(widths[0]) == pytest.approx(1473.2)
    assert widths[2] == 1473


# -- .xlsx ----------------------------------------------------------------------------------------------


def _workbook(path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Stock"
    sheet.append(["Stock#", "Make", "Year", "Notes"])
    sheet.append(["K1", "Suzuki", dt.datetime(1999, 5, 1), "ok"])
    sheet.append(["K2", "Honda", dt.datetime(2001, 8, 1)])  # trailing empty cells left out
    sheet["C3"].number_format = "mmm-yy"  # typed as "2001-08": the month, not the 1st
    sheet.append(["K3", "Daihatsu", 1999])
    other = book.create_sheet("Sold")
    other.append(["make", "manufactured"])
    other.append(["Subaru", "2015-06"])
    book.save(path)


def test_an_xlsx_workbook_reads_like_a_csv(tmp_path: Path) -> None:
    _workbook(tmp_path / "stock.xlsx")
    result = run(
        tmp_path, (tmp_path / "stock.xlsx").read_bytes(), "--in", "XX", "--id", "stock#", name="s.xlsx"
    )
    rows = rows_of(result.stdout)
    assert [r["Stock#"] for r in rows] == ["K1", "K2", "K3"]
    assert [r["row"] for r in rows] == ["2", "3", "4"]
    assert [r["error"] for r in rows] == ["", "", ""]
    assert rows[0]["status"] == "legal"
    # August 2001 as the month: 25 years old for certain only from 2026-08-31 (legal on ON)
    assert rows[1]["status"] == "legal"
    assert rows[2]["Notes"] == ""


def test_an_xlsx_month_cell_is_not_read_as_its_first_day(tmp_path: Path) -> None:
    _workbook(tmp_path / "stock.xlsx")
    result = run(
        tmp_path, (tmp_path / "stock.xlsx").read_bytes(), "--in", "XX", "--on", "2026-08-15", name="s.xlsx"
    )
    # day 1 would be 25 years old on 2026-08-01; the month is certain only from 2026-08-31
    assert rows_of(result.stdout)[1]["eligible_from"] == "2026-08-31"


def test_sheet_chooses_a_sheet_and_a_wrong_name_lists_them(tmp_path: Path) -> None:
    _workbook(tmp_path / "stock.xlsx")
    data = (tmp_path / "stock.xlsx").read_bytes()
    result = run(tmp_path, data, "--in", "XX", "--sheet", "Sold", name="s.xlsx")
    assert [r["status"] for r in rows_of(result.stdout)] == ["not_legal"]
    wrong = run(tmp_path, data, "--in", "XX", "--sheet", "sold!", name="s.xlsx")
    assert wrong.exit_code == 2
    assert wrong.stderr.strip().endswith("has no sheet 'sold!' (it has 'Stock', 'Sold')")


def test_without_openpyxl_an_xlsx_is_one_line_naming_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    result = run(tmp_path, b"PK\x03\x04", "--in", "XX", name="s.xlsx")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert 'pip install "kei-core[xlsx]"' in result.stderr


def test_openpyxl_is_not_imported_for_a_csv(tmp_path: Path) -> None:
    code = (
        "import sys; from kei_core.cli import main; sys.argv=['kei','batch',sys.argv[1],'--in','JP'];\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('openpyxl' in sys.modules, file=sys.stderr)"
    )
    path = tmp_path / "inventory.csv"
    path.write_text("make,manufactured\nSuzuki,1999-05\n")
    import subprocess

    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True)
    assert done.stderr.strip().splitlines()[-1] == "False"


# -- columns for acting on a row, --eligible-by, the summary -------------------------------------------


def test_full_columns_say_why_what_settles_and_when(tmp_path: Path) -> None:
    text = "make,manufactured,documents,equipment\nSuzuki,2010-03,,\nHonda,,,\nMazda,1990,,speed_governor\n"
    result = run(tmp_path, text, "--in", "XX", "--columns", "full")
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header == [*OUTPUT_COLUMNS, *EXTRA_COLUMNS]
    young, undated, governed = rows_of(result.stdout)
    assert young["status"] == "not_legal"
    assert young["reason"] == "built 2010-03, too young"  # the Why of kei check
    assert young["eligible_from"] == "2035-03-31"
    assert young["eligible_in_days"] == str((dt.date(2035, 3, 31) - ON).days)
    assert young["failing"] == "XX-AGE-25Y;XX-CERTIFIED"
    assert young["undecided"] == ""
    assert undated["status"] == "unknown"
    assert "XX-AGE-25Y" in undated["undecided"].split(";")
    assert undated["settle"] != ""
    assert governed["failing"] == "XX-NO-GOVERNOR"
    assert governed["eligible_in_days"] == ""


def test_reason_is_the_why_kei_check_prints(tmp_path: Path) -> None:
    result = run(tmp_path, "make,manufactured\nSuzuki,2010-03\n", "--in", "XX", "--columns", "reason")
    built = make_registry(kei_fixture_xx)
    (tmp_path / "v.toml").write_text('make = "Suzuki"\nmanufactured = "2010-03"\n')
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli.Settings, "registry", lambda self: built)
        check = CliRunner().invoke(
            cli.cli, ["check", str(tmp_path / "v.toml"), "--in", "XX", "--on", ON.isoformat()]
        )
    why = next(line for line in check.stdout.splitlines() if line.strip().startswith("Why:"))
    assert why.strip() == f"Why: {rows_of(result.stdout)[0]['reason']}"


def test_columns_by_name_and_a_typo(tmp_path: Path) -> None:
    result = run(tmp_path, "make,manufactured\nSuzuki,2010-03\n", "--in", "XX", "--columns", "settle,reason")
    assert next(csv.reader(io.StringIO(result.stdout))) == [*OUTPUT_COLUMNS, "reason", "settle"]
    typo = run(tmp_path, "make\nSuzuki\n", "--in", "XX", "--columns", "reasons")
    assert typo.exit_code == 2
    assert "did you mean 'reason'" in typo.stderr


def test_eligible_by_marks_and_counts(tmp_path: Path) -> None:
    text = "make,manufactured\nSuzuki,1999-05-01\nHonda,2002-03\nDaihatsu,2010\n"
    result = run(tmp_path, text, "--in", "XX", "--eligible-by", "2027-11-30")
    assert [r["eligible_by"] for r in rows_of(result.stdout)] == ["yes", "yes", "no"]
    assert "  XX: 1 legal, 0 conditional, 0 unknown, 2 not legal; 2 eligible by 2027-11-30" in result.stderr


def test_the_summary_names_the_missing_fact_most_rows_need(tmp_path: Path) -> None:
    text = "make,manufactured\n" + "Suzuki,\n" * 3 + "Honda,1999-05-01\n"
    result = run(tmp_path, text, "--in", "XX")
    lines = result.stderr.splitlines()
    at = lines.index("  XX: 1 legal, 0 conditional, 3 unknown, 0 not legal")
    assert lines[at + 1].startswith("    3 rows need")
    assert "manufactured" in lines[at + 1]


def test_jsonl_output_carries_the_extra_columns_as_lists(tmp_path: Path) -> None:
    result = run(
        tmp_path, SHEET, "--in", "XX", "--columns", "full", "--eligible-by", "2040-01-01", "--id", "Stock#",
        "--format", "jsonl",
    )  # fmt: skip
    first = json.loads(result.stdout.splitlines()[1])
    assert list(first)[:2] == ["Stock#", "row"]
    assert first["failing"] == ["XX-AGE-25Y", "XX-CERTIFIED"]
    assert first["eligible_by"] is True
    assert first["Notes"] == ""


# -- the public streaming function ----------------------------------------------------------------------


def test_stream_rows_is_batch_over_cells() -> None:
    reg = make_registry(kei_fixture_xx)
    tally = batch.new_tally(["XX"])
    out = list(
        batch.stream_rows(
            reg,
            ["Stock#", "make", "year"],
            [["K1", "Suzuki", "1999-05-01"], ["K2", "Honda", "2010-03"], ["K3"]],
            ["XX"],
            ON,
            options=batch.Options(id_column="Stock#"),
            tally=tally,
        )
    )
    assert out[0] == ["Stock#", *OUTPUT_COLUMNS]
    assert [row[0] for row in out[1:]] == ["K1", "K2", "K3"]
    assert [row[3] for row in out[1:]] == ["legal", "not_legal", "unknown"]
    assert tally.rows == 3 and tally.errors == 1


# -- properties ------------------------------------------------------------------------------------------

KNOWN = ["make", "manufactured", "Year", "width (in)", "seats"]
NAMES = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12).filter(
    lambda name: column_of(name).field is None
)
CELL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=15)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    known=st.lists(st.sampled_from(KNOWN), unique=True, max_size=3).filter(
        lambda cols: not ({"manufactured", "Year"} <= set(cols))
    ),
    other=st.lists(NAMES, min_size=1, max_size=4),
    rows=st.lists(st.lists(CELL, min_size=7, max_size=7), min_size=1, max_size=8),
    codes=st.sampled_from([["XX"], ["XX", "XX-YY"]]),
)
@example(known=["make"], other=["", "", ""], rows=[["", "", "\r\n", "", "", "", ""]], codes=["XX"])
def test_one_output_row_per_row_and_place_with_its_other_cells_unchanged(
    tmp_path: Path, known: list[str], other: list[str], rows: list[list[str]], codes: list[str]
) -> None:
    header = [*other, *known]
    cut = [row[: len(header)] for row in rows]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header, *cut])  # quotes a lone \r too
    args = [arg for code in codes for arg in ("--in", code)]
    result = run(tmp_path, out.getvalue(), *args)
    if result.exit_code == 2:  # only when the file itself cannot be read: one line, no output
        assert result.stdout == ""
        return
    # Result.stdout turns every \r\n into \n, a quoted cell's too: the bytes are what kei wrote.
    read = list(csv.reader(io.StringIO(result.stdout_bytes.decode("utf-8"))))
    body = read[1:]
    assert len(body) == len(cut) * len(codes)  # csv.writer writes no blank line: every row is one
    passed = [i for i, name in enumerate(header) if column_of(name).field is None]
    assert read[0] == [*OUTPUT_COLUMNS, *(header[i] for i in passed)]
    for n, row in enumerate(cut):
        for place, code in enumerate(codes):
            line = body[n * len(codes) + place]
            assert line[1] == code
            assert line[len(OUTPUT_COLUMNS) :] == [row[i] for i in passed]


def test_the_readme_lists_every_header_name_understood() -> None:
    from kei_core.batch_columns import ALIASES

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("- `kei batch inventory.csv") :]
    section = " ".join(section[: section.index("\n- `kei rules")].split())
    missing = [alias for alias in ALIASES if f"`{alias}`" not in section]
    assert missing == []


# -- the catalog, as kei check fills a vehicle file ----------------------------------------------------


def _jp_registry() -> Any:
    kei_jp = pytest.importorskip("kei_jp")
    return make_registry(kei_jp)


def test_a_model_code_fills_the_row_from_the_catalog_as_kei_check_does(tmp_path: Path) -> None:
    reg = _jp_registry()
    from kei_core import catalog
    from kei_core.vehicle_io import vehicle_from_mapping

    row = {"model_code": "S110P", "manufactured": "1997-03", "frame_number": "S110P-1"}
    expected = catalog.complete(reg, vehicle_from_mapping(row)).vehicle
    checker = batch.Checker(reg, ["JP"], ON)
    answers, message = checker.check_csv(tuple(row), tuple(row.values()))
    assert message is None and checker.built is not None
    assert checker.built() == expected  # height, width, displacement... from the entry
    assert expected.height_mm is not None
    reference = batch.Checker(reg, ["JP"], ON, memo=False)
    assert reference.check(row)[0][0].summary == answers[0].summary


def test_an_unknown_model_code_is_the_rows_error_with_a_did_you_mean(tmp_path: Path) -> None:
    reg = _jp_registry()
    checker = batch.Checker(reg, ["JP"], ON)
    _, message = checker.check_csv(("model_code", "manufactured"), ("S11OP", "1997"))
    assert message is not None and "did you mean 'S110P'" in message
    _, fine = checker.check_csv(("model_code", "manufactured"), ("S110P", "1997"))
    assert fine is None


def test_the_catalog_column_says_what_came_from_the_catalog(tmp_path: Path) -> None:
    reg = _jp_registry()
    path = tmp_path / "inventory.csv"
    path.write_text("model code,year,width\nS110P,1997,\nS110P,1997,1395\n,1997,\n")
    out = tmp_path / "out.csv"
    batch.run_batch(
        reg, str(path), ["JP"], ON, out=str(out), progress=False, echo=lambda _: None,
        options=batch.Options(extras=("catalog",)),
    )  # fmt: skip
    notes = [r["catalog"] for r in rows_of(out.read_text())]
    assert "from the S110P catalog entry:" in notes[0] and "width_mm" in notes[0]
    assert "width_mm" not in notes[1].split(";")[0]  # the row's own width wins
    assert notes[2] == ""
