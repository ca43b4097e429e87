"""`kei batch`: one output row per input row and place, in order; bad rows carry their error;
the fast path (memo, lean fold, worker processes) answers exactly as the core's evaluation."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kei_core import batch, batch_csv, cli
from kei_core.errors import InputError
from kei_core.testing import make_registry
from kei_core.vehicle_io import vehicle_from_mapping
from kei_core_test_helpers import installed_plugins

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

ON = dt.date(2026, 11, 25)
HEADER = "make,model,manufactured,seats,equipment,documents,width_mm\n"


def registry(*extra: Any) -> Any:
    return make_registry(kei_fixture_xx, *extra)


def run(
    tmp_path: Path, text: str, *args: str, name: str = "inventory.csv", plugins: tuple[Any, ...] = ()
) -> Any:
    """`kei batch` through click on ``text`` written to ``name``, with the XX fixture plugin."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    built = registry(*plugins)
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli.Settings, "registry", lambda self: built)
        return runner.invoke(cli.cli, ["batch", str(path), "--on", ON.isoformat(), *args])


def output_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_every_row_gets_one_output_row_per_place_in_order(tmp_path: Path) -> None:
    text = HEADER + (
        "Suzuki,Carry,1999-05-01,2,,,\n"  # old enough: legal
        "Honda,Acty,2010-03,2,,,\n"  # too young: not legal, eligible from its 25th birthday
        "Bad,,2010-13,,,,\n"  # impossible month
        "Daihatsu,Hijet,1990,2,headlamps;speed_governor,,\n"  # governor: not legal, for good
        "Short,row\n"  # too few fields
        "Subaru,Sambar,1995-06,3,,,\n"  # XX-CRASH raises for three seats
    )
    result = run(tmp_path, text, "--in", "XX", "--in", "xx-yy")
    rows = output_rows(result.stdout)
    # a row's number is its line in the file: the header is line 1
    assert [(r["row"], r["jurisdiction"]) for r in rows] == [
        (str(n), code) for n in range(2, 8) for code in ("XX", "XX-YY")
    ]
    xx = {int(r["row"]): r for r in rows if r["jurisdiction"] == "XX"}
    assert xx[2]["status"] == "legal" and xx[2]["error"] == ""
    assert xx[3]["status"] == "not_legal"
    assert xx[3]["eligible_from"] == "2035-03-31"  # the last possible day of March 2010, plus 25 years
    assert xx[3]["failing_rules"] == "XX-AGE-25Y;XX-CERTIFIED"
    assert xx[4]["status"] == "unknown" and xx[4]["error"].startswith("manufactured: month 13")
    assert xx[5]["status"] == "not_legal" and xx[5]["eligible_from"] == ""
    assert xx[5]["failing_rules"] == "XX-NO-GOVERNOR"
    assert xx[6]["error"] == "the row has 2 fields, the header has 7"
    assert xx[7]["status"] == "unknown" and xx[7]["failing_rules"] == "XX-CRASH"
    # nobody owns XX-YY: never legal there, and a truck legal in XX is unknown in XX-YY
    assert {r["status"] for r in rows if r["jurisdiction"] == "XX-YY"} <= {"unknown", "not_legal"}
    assert rows[1]["status"] == "unknown"
    assert result.exit_code == 1  # the worst row: not legal


def test_jsonl_in_and_out(tmp_path: Path) -> None:
    lines = [
        {"make": "Suzuki", "manufactured": "1999-05-01", "seats": 2},
        "not json at all",
        [1, 2],
        {"make": "Honda", "manufactured": "2010-03", "widht_mm": 1475},
        {"make": "Honda", "manufactured": 2010.5},
    ]
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n\n"
    result = run(tmp_path, text, "--in", "XX", "--format", "jsonl", name="inventory.jsonl")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["row"] for r in rows] == [1, 2, 3, 4, 5]  # line numbers; the blank last lines are no rows
    assert rows[0] == {
        "row": 1,
        "jurisdiction": "XX",
        "status": "legal",
        "eligible_from": None,
        "failing_rules": [],
        "error": None,
    }
    assert rows[1]["error"].startswith("not valid JSON")
    assert rows[2]["error"] == "expected a JSON object of vehicle fields, got list"
    assert "did you mean 'width_mm'" in rows[3]["error"]
    assert rows[4]["error"].startswith("manufactured:")
    assert all(r["status"] == "unknown" for r in rows[1:])


def test_summary_and_notice_on_stderr(tmp_path: Path) -> None:
    result = run(tmp_path, HEADER + "Suzuki,Carry,1999-05-01,2,,,\nBad,,2010-13,,,,\n", "--in", "XX")
    lines = result.stderr.strip().splitlines()
    summary, place, notice = lines[0], lines[1], lines[-1]
    assert summary.startswith(
        "kei batch: 2 rows; XX: 1 legal, 0 conditional, 1 unknown, 0 not legal; 1 row with an error"
    )
    assert place == "  XX: 1 legal, 0 conditional, 1 unknown, 0 not legal"
    assert "not legal advice" in notice
    assert result.exit_code == 3  # a bad row counts as unknown


def test_all_legal_exits_0(tmp_path: Path) -> None:
    result = run(
        tmp_path, HEADER + "Suzuki,Carry,1999-05-01,2,,,\n", "--in", "XX", "-o", str(tmp_path / "o.csv")
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert output_rows((tmp_path / "o.csv").read_text())[0]["status"] == "legal"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("inventory.csv", "make,make\n", "columns 'make' and 'make' both give make"),
        ("inventory.csv", "year,Built\n", "columns 'year' and 'Built' both give manufactured"),
        ("inventory.csv", "", "is empty"),
        ("inventory.txt", "make\n", "expected a .csv, .xlsx or .jsonl file"),
        ("inventory.csv", "make,notes\n", "--id: no column 'stock'"),
        ("inventory.jsonl", "{}\n", "--id is for a CSV or .xlsx inventory"),
    ],
)
def test_an_unusable_file_exits_2_with_one_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    options = ("--id", "stock") if "--id" in message else ()
    result = run(tmp_path, text, "--in", "XX", *options, name=name)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_missing_file_exits_2(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.cli, ["batch", str(tmp_path / "none.csv"), "--in", "XX"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"kei: error: no such file: {tmp_path / 'none.csv'}"


def test_header_names_are_forgiving_about_case_and_spaces(tmp_path: Path) -> None:
    result = run(tmp_path, " Make , Manufactured \nSuzuki,1999-05-01\n", "--in", "XX")
    assert output_rows(result.stdout)[0]["status"] == "legal"


# -- the fast path answers exactly as the core ---------------------------------------------------

DATES = st.one_of(
    st.integers(1975, 2030).map(str),
    st.tuples(st.integers(1975, 2030), st.integers(1, 12)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}"),
    st.dates(dt.date(1975, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
    st.sampled_from(["", "2001-02-29", "1999-00", "soon"]),
)
CELLS = {
    "make": st.sampled_from(["Suzuki", "Honda", " Daihatsu ", ""]),
    "model_code": st.sampled_from(["DA63T", "ebd-da16t", "HA7", "", "A-B-C1"]),
    "frame_number": st.text(max_size=8),
    "manufactured": DATES,
    "first_registered": DATES,
    "seats": st.sampled_from(["", "2", "3", "0", "two"]),
    "width_mm": st.sampled_from(["", "1475", "1,480", "58 in", "-3"]),
    "displacement_cc": st.sampled_from(["", "658", "0.66 L", "700"]),
    "top_speed_kmh": st.sampled_from(["", "40", "25 mph"]),
    "original_configuration": st.sampled_from(["", "true", "false", "yes", "maybe"]),
    "equipment": st.sampled_from(["", "headlamps", "headlamps;speed_governor", "laser"]),
    "documents": st.sampled_from(["", "maker_label", "hs7;epa_3520_1", "off_road_title", "hs7"]),
}
ROWS = st.lists(st.fixed_dictionaries(CELLS), min_size=1, max_size=40)


def _csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(CELLS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@functools.cache
def _registries() -> tuple[Any, Any]:
    return registry(*installed_plugins()), registry(*installed_plugins())


def _batch_text(reg: Any, path: Path, codes: list[str], on: dt.date, **options: Any) -> str:
    out = path.with_suffix(".out")
    batch.run_batch(reg, str(path), codes, on, out=str(out), progress=False, echo=lambda _: None, **options)
    return out.read_text(encoding="utf-8")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=ROWS, on=st.dates(dt.date(2015, 1, 1), dt.date(2032, 12, 31)))
def test_fast_path_answers_exactly_as_the_core(
    tmp_path: Path, rows: list[dict[str, str]], on: dt.date
) -> None:
    """Every installed jurisdiction (and XX), rows with repeats: memo, lean fold and all."""
    fast_registry, core_registry = _registries()
    codes = sorted(set(fast_registry.declared_codes()) - {"ZX", "ZY", "ZZ"})
    path = tmp_path / "inventory.csv"
    path.write_text(_csv_text(rows + rows[:5]), encoding="utf-8")  # repeats exercise the memo
    fast = _batch_text(fast_registry, path, codes, on)
    assert fast == _batch_text(core_registry, path, codes, on, memo=False)


# An inventory lists many trucks of one model with the same equipment and papers: rows alike but
# for their date of manufacture and frame number.
ALIKE = st.fixed_dictionaries(
    {
        **{name: cells for name, cells in CELLS.items() if name not in ("manufactured", "frame_number")},
        # mostly values that read, so that rows alike are remembered; a few refused or unknown
        "model_code": st.sampled_from(["DA63T", "ebd-da16t", "HA7", "S110P", "", "ZZ9Q"]),
        "first_registered": st.sampled_from(["", "2010-04", "1999"]),
        "seats": st.sampled_from(["", "2", "two"]),
        "width_mm": st.sampled_from(["", "1475", "58 in"]),
        "original_configuration": st.sampled_from(["", "true", "false"]),
        "equipment": st.sampled_from(["", "headlamps", "headlamps;speed_governor"]),
    }
)
FRAMES = st.one_of(
    st.sampled_from(["", "DA63T-123456", "da16t-1", "HA7-1000001", "S110P-9", "A-B", "12345678901234567"]),
    st.text(max_size=8),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kinds=st.lists(ALIKE, min_size=1, max_size=3),
    trucks=st.lists(st.tuples(st.integers(0, 2), DATES, FRAMES), min_size=1, max_size=30),
    on=st.dates(dt.date(2015, 1, 1), dt.date(2032, 12, 31)),
)
def test_rows_alike_but_for_date_and_frame_answer_as_the_core(
    tmp_path: Path, kinds: list[dict[str, str]], trucks: list[tuple[int, str, str]], on: dt.date
) -> None:
    """Each row's answer, or error, and what it took from the catalog (with any warning about
    its frame number), as the core gives them, whatever the alike rows before it held."""
    fast_registry, core_registry = _registries()
    codes = sorted(set(fast_registry.declared_codes()) - {"ZX", "ZY", "ZZ"})
    rows = [
        {**kinds[kind % len(kinds)], "manufactured": made, "frame_number": frame}
        for kind, made, frame in trucks
    ]
    path = tmp_path / "inventory.csv"
    path.write_text(_csv_text(rows + rows[:5]), encoding="utf-8")
    noted = batch.Options(extras=("catalog",))
    fast = _batch_text(fast_registry, path, codes, on, options=noted)
    assert fast == _batch_text(core_registry, path, codes, on, memo=False, options=noted)


def test_rows_alike_are_filled_from_the_catalog_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A hundred trucks of one model and outfit, each its own date and frame number: the row's
    other cells are read, checked and filled from the catalog once, not a hundred times."""
    calls: list[str] = []
    looked_up = batch.Checker._from_catalog

    def counted(self: batch.Checker, values: Any) -> Any:
        calls.append(values["model_code"])
        return looked_up(self, values)

    monkeypatch.setattr(batch.Checker, "_from_catalog", counted)
    checker = batch.Checker(registry(), ["XX"], ON)
    columns = ("make", "model_code", "frame_number", "manufactured", "width_mm")
    answers = [
        checker.check_csv(
            columns, ["Suzuki", "DA63T", f"DA63T-{n}", f"{1990 + n % 30}-{1 + n % 12:02d}", "1475"]
        )
        for n in range(100)
    ]
    assert all(message is None for _, message in answers)
    assert len(calls) <= 1  # none at all without a catalog installed
    bad = checker.check_csv(columns, ["Suzuki", "DA63T", "DA63T-1", "2031-01", "1475"])
    assert (
        bad[1]
        == "manufactured: 2031-01 is after the date asked, 2026-11-25 (ask --on a date after it was built)"
    )


@settings(max_examples=80, deadline=None)
@given(row=st.fixed_dictionaries(CELLS))
def test_rows_build_the_vehicle_vehicle_io_builds(row: dict[str, str]) -> None:
    """Cells read one by one (and remembered) give the vehicle, or the error, a vehicle file gives."""
    checker = batch.Checker(registry(), ["XX"], ON)
    data = {key: value for key, value in row.items() if value != ""}

    def read(how: Any) -> Any:
        try:
            return how(data)
        except InputError as error:
            return str(error)

    expected = read(vehicle_from_mapping)
    assert read(checker.vehicle) == expected
    assert read(checker.vehicle) == expected  # the second time from remembered cells


def test_worker_processes_keep_input_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_ROWS", 7)
    monkeypatch.setattr(batch, "WARM_ROWS", 7)  # the rest shared out
    monkeypatch.setattr(batch_csv, "BLOCK_BYTES", 100)
    rows = [
        {
            **dict.fromkeys(CELLS, ""),
            "manufactured": f"{1990 + n % 30}-{1 + n % 12:02d}",
            "seats": str(2 + n % 2),
        }
        for n in range(200)
    ]
    path = tmp_path / "inventory.csv"
    path.write_text(_csv_text(rows), encoding="utf-8")
    reg = registry()
    parallel = _batch_text(reg, path, ["XX"], ON, jobs=2)
    single = _batch_text(registry(), path, ["XX"], ON, jobs=1, memo=False)
    assert parallel == single
    assert [r["row"] for r in output_rows(parallel)] == [str(n) for n in range(2, 202)]


def test_undecodable_bytes_cost_only_their_row(tmp_path: Path) -> None:
    path = tmp_path / "inventory.csv"
    path.write_bytes(b"make,manufactured\nSuzuki,1999-05-01\n\xff\xfe,2001\nHonda,1999-05-01\n")
    text = _batch_text(registry(), path, ["XX"], ON)
    rows = output_rows(text)
    assert [r["error"] for r in rows] == ["", "the row is not valid UTF-8 text", ""]


# -- which checks may be remembered across dates -------------------------------------------------


@pytest.mark.parametrize(
    ("declared", "runs"),
    [
        ({"reads": {"make"}, "uses_date": False}, 1),  # declared: remembered across dates and vehicles
        ({"reads": {"make"}}, 2),  # uses the date (the default): once a date
        ({"uses_date": False}, 4),  # reads everything (the default): every time
        ({}, 4),
    ],
)
def test_only_what_a_rule_declares_lets_its_findings_be_remembered(
    declared: dict[str, Any], runs: int
) -> None:
    from kei_core import Rule, Vehicle, passed
    from kei_core.engine.memo import MemoRunner

    days: list[dt.date] = []

    def check(vehicle: Any, on: dt.date) -> Any:
        days.append(on)
        return passed(f"made by {vehicle.make}")

    rule = Rule(
        "XX-DECLARED",
        "XX",
        "a rule that declares what it reads",
        check=check,
        citation="Test Act s. 1",
        source="https://example.org/test-act",
        reviewed_on="2026-11-01",
        **declared,
    )
    runner = MemoRunner()
    for day in (ON, ON + dt.timedelta(days=1)):
        for frame in ("A-1", "A-2"):
            finding = runner.finding(rule, "xx", Vehicle(make="Suzuki", frame_number=frame), day)
            assert finding.message == "made by Suzuki"
    assert len(days) == runs


def test_a_rule_declaring_a_field_that_is_none_is_refused() -> None:
    from kei_core import Rule

    with pytest.raises(ValueError, match=r"'widht_mm' is not a Vehicle field.*did you mean 'width_mm'"):
        Rule(
            "XX-TYPO",
            "XX",
            "a misspelt field",
            reads={"widht_mm"},
            citation="Test Act s. 1",
            source="https://example.org/test-act",
            reviewed_on="2026-11-01",
        )


def test_writing_over_the_inventory_is_refused(tmp_path: Path) -> None:
    result = run(
        tmp_path,
        HEADER + "Suzuki,Carry,1999-05-01,2,,,\n",
        "--in",
        "XX",
        "-o",
        str(tmp_path / "inventory.csv"),
    )
    assert result.exit_code == 2
    assert "is the inventory itself" in result.stderr
    assert (tmp_path / "inventory.csv").read_text().startswith(HEADER)


def test_without_any_place_to_check_it_says_so(tmp_path: Path) -> None:
    path = tmp_path / "inventory.csv"
    path.write_text(HEADER)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli.Settings, "registry", lambda self: make_registry())
        result = CliRunner().invoke(cli.cli, ["batch", str(path)])
    assert result.exit_code == 2
    assert "no place to check" in result.stderr


def test_without_in_every_installed_place_is_checked(tmp_path: Path) -> None:
    result = run(tmp_path, HEADER + "Suzuki,Carry,1999-05-01,2,,,\n")
    assert [(r["row"], r["jurisdiction"], r["status"]) for r in output_rows(result.stdout)] == [
        ("2", "XX", "legal")
    ]
