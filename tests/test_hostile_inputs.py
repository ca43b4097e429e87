"""No input breaks kei: whatever a hostile tester feeds it, bad input is one line on stderr,
``kei: error: ...``, naming the field, the value (short, escaped, never a Python repr) and what
was expected, with exit status 2; anything else is a verdict (0, 1 or 3). Never a traceback,
never an unbounded wait, and in batch every input row yields exactly one output row,
numbered by the line it starts on.

Hypothesis feeds hostile values to every way a value enters kei (vehicle files in JSON and
TOML, standard input, ``--set``, ``--model``/``--frame``/``--made``, ``--on``, ``--in``, CSV and
JSON Lines inventories) through the CLI entry point; example tests pin each failure once found
(``"1,5 m"`` read as 15 m, a 20,000-digit number taking 11 s, ``TX`` accepted as a place...);
a few run a real process, where only a real process can tell (a FIFO, ``/dev/zero``,
``/dev/full``, undecodable bytes on standard input).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kei_core import Jurisdiction, Model, PartialDate, Vehicle, failed, missing, passed
from kei_core import cli as cli_module
from kei_core.batch import MAX_ROW_CHARACTERS, Checker
from kei_core.errors import InputError
from kei_core.places import check_code
from kei_core.terminal import UNSAFE, safe
from kei_core.testing import make_registry
from kei_core.units import Measure
from kei_core.vehicle import PLAUSIBLE, VEHICLE_FIELDS
from kei_core.vehicle_io import parse_vehicle_text, vehicle_from_mapping
from kei_core_test_helpers import plugin_module, rule

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

ON = "2026-11-25"
SECONDS = 5.0  # any one run, however hostile its input
HOSTILE = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}
_UNSAFE = re.compile(UNSAFE)


def _width_check(vehicle: Vehicle, on: dt.date) -> Any:
    if vehicle.width_mm is None:
        return missing("width_mm")
    if vehicle.width_mm <= 1480:
        return passed(f"{vehicle.width_mm} mm wide, at most 1,480 mm")
    return failed(f"{vehicle.width_mm} mm wide, over 1,480 mm")


def _modifications_check(vehicle: Vehicle, on: dt.date) -> Any:
    described = "; ".join(m.description for m in vehicle.modifications) or "none"
    return passed(f"modifications: {described}")  # quotes user text, as real plugins do


# A made-up US with Texas and a Kansas county, a width rule, a rule quoting modifications, and
# a catalog with a model that has no production start (which once crashed `kei models`).
HOSTILE_US = plugin_module(
    "hostile_us",
    [
        Jurisdiction("US", "United States"),
        Jurisdiction("US-TX", "Texas", parent="US", registers=True),
        Jurisdiction("US-KS", "Kansas", parent="US", registers=True),
        Jurisdiction("US-KS-WICHITA", "Wichita", parent="US-KS", registers=True),
    ],
    [rule("US-WIDTH-1480", "US", _width_check), rule("US-MODIFIED", "US", _modifications_check)],
    models=[
        Model(
            "DA63T",
            "Suzuki",
            "Carry",
            production_start=PartialDate(2002, 5),
            specs={"width_mm": 1475, "length_mm": 3395},
        ),
        Model("NS1T", "Maker", "No Start", specs={"width_mm": 1400}),
    ],
)


def registry() -> Any:
    return make_registry(kei_fixture_xx, HOSTILE_US)


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[Any, float]:
    """``kei ARGS`` through click, with the fixture plugins; the result and the seconds taken."""
    built = registry()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli_module.Settings, "registry", lambda self: built)
        started = time.perf_counter()
        result = CliRunner().invoke(cli_module.cli, list(args), input=stdin)
        return result, time.perf_counter() - started


def assert_one_line_or_a_verdict(result: Any, seconds: float, *, json_output: bool = False) -> None:
    """The promise: exit 2 with one safe, short line naming what is wrong, or a verdict."""
    assert seconds < SECONDS, f"took {seconds:.1f} s"
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in {0, 1, 2, 3}, (result.exit_code, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    if result.exit_code == 2:
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        line = lines[0]
        assert line.startswith("kei: error: "), line
        assert len(line) <= 450, line
        assert not _UNSAFE.search(line), line
        assert not re.search(r"(.)\1{80}", line), line  # a value is never repeated past ~80 characters
        for leak in ("Decimal(", "datetime.", "set_int_max_str_digits", "<class"):
            assert leak not in line, line
        assert result.stdout == ""
    elif json_output:
        assert json.loads(result.stdout)["verdicts"]
    else:
        assert "\x1b" not in result.stdout and not re.search("[\u202a-\u202e\u2066-\u2069]", result.stdout)


# -- hostile values ------------------------------------------------------------------------------

HOSTILE_PIECES = st.sampled_from(
    [
        "\x1b[31m",
        "\x1b]0;pwned\x07",
        "\x1b[2J",
        "\u202e",
        "\u2066",
        "\x00",
        "\n",
        "\r",
        "\t",
        "\x7f",
        "\x85",
        "\ud800",
        "\udfff",
        "\ufeff",
        "'",
        '"',
        "\\",
        ",",
        ";",
        "=",
        "日本",
        "{",
        "[",
    ]
)
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_PIECES, st.text(max_size=6)), max_size=8).map("".join)
NUMBER_TEXTS = st.sampled_from(
    [
        "inf",
        "-inf",
        "nan",
        "NaN",
        "Infinity",
        "-Infinity",
        "1e400",
        "1e999999999",
        "-1e400",
        "1.2e3 mm",
        "1,5 m",
        "12,34",
        "1,500 lb",
        "1,480",
        "12,345.6 kg",
        "0",
        "-0",
        "-1475",
        "1.780",
        "58 in",
        '58"',
        "1480.0000000000000000001",
        "0.66 L",
        "64 PS",
        "25 mph",
        ".",
        "5..5",
        "++5",
        "1 500",
        "٣",
        "１４７５",
        "9" * 20_000,
        "9" * 4_301,
        "1" + "0" * 400,
        "0." + "0" * 5_000 + "1",
        " 58 in ",
        "58 furlongs",
        "1" * 30_000 + " mm",
        "5" + " " * 30_000 + "mm",
        "1," * 15_000 + "1",
    ]
)
DATE_TEXTS = st.sampled_from(
    [
        "0001-01-01",
        "9999-12-31",
        "1885-12-31",
        "2101-01-01",
        "2000-02-30",
        "2001-02-29",
        "1999-13",
        "1999-00",
        "99999",
        "1999-1-1",
        "",
        "soon",
        "2030",
        "1886-01",
        "2100-12-31",
        "１９９９",
        "1999-05-01",
    ]
)
WRITTEN = st.one_of(HOSTILE_TEXT, NUMBER_TEXTS, DATE_TEXTS)
FIELDS = st.one_of(
    st.sampled_from(VEHICLE_FIELDS), st.sampled_from(["widht_mm", "\u202ewidth", "x" * 300, "", " "])
)
JSON_VALUES = st.one_of(
    WRITTEN.map(json.dumps),
    st.sampled_from(
        [
            "Infinity",
            "-Infinity",
            "NaN",
            "1e400",
            "-1e400",
            "1e999999999",
            "9" * 5_000,
            "1" + "0" * 300,
            "true",
            "false",
            "null",
            "[]",
            "{}",
            "0",
            "-1",
            "2.5",
            "1480.0000000000000000001",
            "1.78",
            '["headlamps", 3]',
            '[{"date": "0001", "description": "x"}]',
            '[{"date": "1990"}]',
            '[{"description": "\\u001b[31mred\\u202e\\n\\u2066"}]',
            '"\\ud800"',
            '"\\u001b[31mred"',
            '"\\u202eevil"',
            "[" * 100 + "]" * 100,
            "[" * 100_000 + "]" * 100_000,
            '{"a": ' * 50_000 + "1" + "}" * 50_000,
        ]
    ),
    st.integers().map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
)
TOML_VALUES = st.one_of(
    WRITTEN.map(json.dumps),  # a TOML basic string (a \\ud800 escape in it is a TOML error)
    st.sampled_from(
        [
            "inf",
            "-inf",
            "nan",
            "+inf",
            "1e400",
            "9" * 5_000,
            "0001-01-01",
            "9999-12-31",
            "1979-05-27T07:32:00Z",
            "true",
            "[]",
            "{}",
            "1.78",
            "[" * 100_000 + "]" * 100_000,
            "{a = " * 2_000 + "1" + "}" * 2_000,
            "'''multi\nline'''",
            '"\\u001b[2J"',
            '"\\u202e"',
            "[{date = 1990, description = 'x'}]",
        ]
    ),
    st.integers().map(str),
)


def _json_file(fields: dict[str, str]) -> str:
    return "{" + ", ".join(f"{json.dumps(key)}: {value}" for key, value in fields.items()) + "}"


def _toml_file(fields: dict[str, str]) -> str:
    return "\n".join(f"{json.dumps(key)} = {value}" for key, value in fields.items())


VEHICLE_TEXTS = st.one_of(
    st.dictionaries(FIELDS, JSON_VALUES, max_size=5).map(_json_file),
    st.dictionaries(FIELDS, TOML_VALUES, max_size=5).map(_toml_file),
    HOSTILE_TEXT,
)


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes undecodable bytes


@settings(max_examples=300, **HOSTILE)  # type: ignore[arg-type]
@given(text=VEHICLE_TEXTS, fmt=st.sampled_from(["text", "json"]), bom=st.booleans())
def test_any_vehicle_file_answers_or_says_why_in_one_line(
    tmp_path: Path, text: str, fmt: str, bom: bool
) -> None:
    path = tmp_path / "vehicle.toml"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + _bytes(text))
    result, seconds = invoke("check", str(path), "--in", "XX", "--in", "US-TX", "--on", ON, "--format", fmt)
    assert_one_line_or_a_verdict(result, seconds, json_output=fmt == "json")


@settings(max_examples=150, **HOSTILE)  # type: ignore[arg-type]
@given(text=VEHICLE_TEXTS)
def test_any_vehicle_on_standard_input_answers_or_says_why(text: str) -> None:
    result, seconds = invoke("check", "-", "--in", "XX", "--on", ON, stdin=_bytes(text))
    assert_one_line_or_a_verdict(result, seconds)


@settings(max_examples=300, **HOSTILE)  # type: ignore[arg-type]
@given(sets=st.lists(st.tuples(FIELDS, WRITTEN), min_size=1, max_size=3))
def test_any_set_changes_a_field_or_says_why(tmp_path: Path, sets: list[tuple[str, str]]) -> None:
    path = tmp_path / "truck.toml"
    path.write_text('make = "Suzuki"\nmanufactured = "1999-05"\nwidth_mm = 1475\n')
    options = [option for key, value in sets for option in ("--set", f"{key}={value}")]
    result, seconds = invoke("check", str(path), "--in", "US-TX", "--on", ON, *options)
    assert_one_line_or_a_verdict(result, seconds)


OPTION_VALUES = st.one_of(WRITTEN, st.sampled_from(["DA63T", "DA63T-123456", "ebd-da63t", "NS1T", "-"]))
PLACES = st.one_of(
    HOSTILE_TEXT,
    st.sampled_from(
        ["JP", "US-TX", "us-tx", "TX", "US-ZZ", "US-TX-..", "MX", "US-PR", "EU", "XX", "US-KS-WICHITA"]
    ),
    st.sampled_from(["ZZ", "AA", "QZ", "US-KS-NOWHERE", "USTX", "U", "", "X" * 5_000, "US-" + "A" * 40]),
)


@settings(max_examples=300, **HOSTILE)  # type: ignore[arg-type]
@given(
    option=st.sampled_from(["--model", "--frame", "--made", "--on", "--in"]),
    value=st.one_of(OPTION_VALUES, PLACES),
)
def test_any_option_value_answers_or_says_why(option: str, value: str) -> None:
    args = ["check"]
    if option not in ("--model", "--frame"):
        args += ["--model", "DA63T"]
    if option != "--made":
        args += ["--made", "2005-06"]
    args += [option, value]
    if option != "--in":
        args += ["--in", "US-TX"]
    if option != "--on":
        args += ["--on", ON]
    result, seconds = invoke(*args)
    assert_one_line_or_a_verdict(result, seconds)


# -- hostile inventories -------------------------------------------------------------------------


def record_lines(text: str) -> list[int]:
    """The line each record starts on as the csv module reads ``text`` (blank lines are not
    records): the oracle for batch's row numbers; the header's is the first."""
    limit = csv.field_size_limit(sys.maxsize)  # a record batch refuses as too long is still one record
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        starts = []
        while True:
            start = reader.line_num + 1
            try:
                record = next(reader)
            except StopIteration:
                return starts
            if record:
                starts.append(start)
    finally:
        csv.field_size_limit(limit)


CELLS = st.one_of(WRITTEN, st.sampled_from(["x" * 5_000, '"', '""', '"a', 'a"b', "\r\n", "\r", ""]))


@st.composite
def csv_texts(draw: Any) -> str:
    columns = draw(st.lists(st.sampled_from(VEHICLE_FIELDS), min_size=1, max_size=5, unique=True))
    rows = draw(st.lists(st.lists(CELLS, min_size=1, max_size=len(columns) + 1), max_size=12))
    if draw(st.booleans()):  # written by a CSV writer: quoted as CSV quotes
        out = io.StringIO(newline="")
        csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"]))).writerows(
            [columns, *rows]
        )
        return out.getvalue()
    # written by hand: commas, quotes and line ends wherever the cells put them
    return "\n".join(",".join(row) for row in [columns, *rows]) + draw(st.sampled_from(["", "\n"]))


@settings(max_examples=200, **HOSTILE)  # type: ignore[arg-type]
@given(text=csv_texts(), jsonl_out=st.booleans())
def test_every_hostile_csv_row_yields_one_row_numbered_by_its_line(
    tmp_path: Path, text: str, jsonl_out: bool
) -> None:
    path = tmp_path / "inventory.csv"
    path.write_bytes(_bytes(text))
    written = path.read_bytes().decode("utf-8-sig", "surrogateescape")  # as kei reads it: a BOM is no text
    result, seconds = invoke(
        "batch", str(path), "--in", "XX", "--on", ON, *(["--format", "jsonl"] * jsonl_out)
    )
    assert seconds < SECONDS
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    if result.exit_code == 2:  # the header itself is unusable: one line, nothing written
        assert_one_line_or_a_verdict(result, seconds)
        return
    assert result.exit_code in {0, 1, 3}, result.stderr
    if jsonl_out:
        rows = [json.loads(line) for line in result.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert all(not _UNSAFE.search(row["error"]) for row in rows)
    assert [int(row["row"]) for row in rows] == record_lines(written)[1:]


JSONL_LINES = st.one_of(
    st.dictionaries(FIELDS, JSON_VALUES, max_size=4).map(_json_file),
    HOSTILE_TEXT.map(lambda text: text.replace("\n", " ")),
    st.sampled_from(["", "   ", "[1, 2]", "3", "null", '"text"', "{", "{}" * 3]),
)


@settings(max_examples=200, **HOSTILE)  # type: ignore[arg-type]
@given(lines=st.lists(JSONL_LINES, max_size=10))
def test_every_hostile_jsonl_line_yields_one_row_numbered_by_its_line(
    tmp_path: Path, lines: list[str]
) -> None:
    path = tmp_path / "inventory.jsonl"
    path.write_bytes(_bytes("\n".join(lines) + "\n"))
    written = path.read_bytes().decode("utf-8-sig", "surrogateescape")  # as kei reads it: a BOM is no text
    expected = [number for number, line in enumerate(written.split("\n"), 1) if line.strip()]
    result, seconds = invoke("batch", str(path), "--in", "XX", "--on", ON, "--format", "jsonl")
    assert seconds < SECONDS
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in {0, 1, 3}, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["row"] for row in rows] == expected


# -- examples: each failure found once, pinned ---------------------------------------------------


def error_of(*args: str, stdin: str | bytes | None = None) -> str:
    result, seconds = invoke(*args, stdin=stdin)
    assert_one_line_or_a_verdict(result, seconds)
    assert result.exit_code == 2, result.stdout
    return str(result.stderr.strip())


def check_text(text: str, *args: str) -> str:
    return error_of("check", "-", "--in", "US-TX", "--on", ON, *args, stdin=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('width_mm = "1,5 m"', "width_mm: '1,5 m' is not a number: a comma may only group thousands"),
        ('width_mm = "1,5 m"', "for a decimal, write a point ('1.5 m')"),
        ('width_mm = "1.2e3 mm"', "width_mm: '1.2e3 mm' is in scientific notation, which kei does not read"),
        ("height_mm = 1.780", "height_mm: 1.78 mm is out of range (expected 500 to 5,000 mm"),
        ("width_mm = 1e30", "width_mm: 1E+30 mm is out of range"),
        ("width_mm = inf", "width_mm: expected a length"),
        ("width_mm = nan", "which is not a finite number"),
        ('{"width_mm": Infinity}', "width_mm: expected a length"),
        ('{"width_mm": 1e400}', "width_mm: 1E+400 mm is out of range"),
        ("seats = 0", "seats: expected a positive number"),
        ("seats = 61", "seats: 61 seats is out of range (expected 1 to 60 seats)"),
        ("seats = 1e400", "seats: expected a whole number, got inf"),
        (
            'manufactured = "0001-01-01"',
            "manufactured: 0001-01-01 is out of range (expected a date from 1886 to 2100)",
        ),
        ("manufactured = 9999-12-31", "manufactured: 9999-12-31 is out of range"),
        ("manufactured = 1990.0", "manufactured: 1990.0 is not a date"),
        (
            'manufactured = "2005"\nfirst_registered = "2001-03"',
            "first_registered: 2001-03 is before manufactured 2005",
        ),
        ('manufactured = "2030-05"', "manufactured: 2030-05 is after the date asked, 2026-11-25"),
        ('{"make": "\\ud800"}', "make: '\\ud800' is not valid text"),
        ('{"make": "' + "x" * 5_000 + '"}', "make: 'xxxxx"),
        ('{"make": ' + "[" * 100_000 + "]" * 100_000 + "}", "its JSON is nested too deeply"),
        ("make = " + "[" * 100_000 + "]" * 100_000, "its TOML is nested too deeply"),
        ("seats = " + "9" * 5_000, "it holds a number with thousands of digits"),
        ('{"seats": ' + "9" * 5_000 + "}", "it holds a number with thousands of digits"),
        ('{"seats": ' + "9" * 4_000 + "}", "seats: a number of about 4,000 digits is out of range"),
        (
            '{"make": "\\u001b[2J\\u202eevil", "widht_mm": 3}',
            "unknown field 'widht_mm' (did you mean 'width_mm'?)",
        ),
        ('{"drive": "\\u001b[2J\\u202e4wd"}', "drive: expected one of 2WD, 4WD, got '\\x1b[2J\\u202e4WD'"),
    ],
)
def test_each_bad_value_is_named_with_what_was_expected(text: str, expected: str) -> None:
    assert expected in check_text(text)


def test_a_comma_groups_thousands_and_nothing_else() -> None:
    assert Measure.parse("1,500 lb", "mass").si == Decimal("680.38855500")
    assert Measure.parse("12,345.6 kg", "mass").si == Decimal("12345.6")
    assert Measure.parse("1,480", "length").si == 1480
    for text in ("1,5 m", "12,34 m", "1,50 m", "1,5000 mm", ",5 m", "1,,500 mm"):
        with pytest.raises(InputError, match="a comma may only group thousands"):
            Measure.parse(text, "length")


def test_a_20000_digit_number_is_refused_at_once_everywhere(tmp_path: Path) -> None:
    digits = "9" * 20_000
    started = time.perf_counter()
    message = check_text(f'width_mm = "{digits}"')
    assert "is too long for a quantity" in message and "(20,000 characters)" in message
    assert "too long for a quantity" in error_of(
        "check", "--set", f"width_mm={digits}", "--set", "make=x", "--in", "US-TX", "--on", ON
    )
    inventory = tmp_path / "inventory.csv"
    inventory.write_text(f"make,width_mm,height_mm\na,{digits},{'1' * 30_000}\nb,1475,1765\n")
    result, _ = invoke("batch", str(inventory), "--in", "XX", "--on", ON)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["row"] for r in rows] == ["2", "3"]
    assert "longer than 4,096 characters" in rows[0]["error"] and rows[1]["error"] == ""
    assert time.perf_counter() - started < 2.0  # it once took 11 s, and a 30,000-character cell 49 s


def test_the_unit_parser_takes_linear_time() -> None:
    for text in ("1" * 30_000 + "x", "1," * 15_000, "5" + " " * 30_000 + "mm", "." * 30_000, "1" * 63 + "e"):
        started = time.perf_counter()
        for size in (16, 63, 64, 65, len(text)):
            with contextlib.suppress(InputError):
                Measure.parse(text[:size], "length")
        with pytest.raises(InputError):
            Measure.parse(text, "length")
        assert time.perf_counter() - started < 0.1


def test_every_plausible_range_admits_its_ends_and_refuses_past_them() -> None:
    for field, (low, high, _) in PLAUSIBLE.items():
        value = int(low) if field == "seats" else low
        assert getattr(vehicle_from_mapping({field: value}), field) == low
        assert getattr(vehicle_from_mapping({field: int(high) if field == "seats" else high}), field) == high
        with pytest.raises(InputError, match=f"^{field}: .* is out of range"):
            vehicle_from_mapping({field: high + 1})


def test_a_width_set_on_the_command_line_stays_exact(tmp_path: Path) -> None:
    path = tmp_path / "truck.toml"
    path.write_text(
        'make = "Suzuki"\nmanufactured = "1999-05"\nwidth_mm = 1475\nheight_mm = 1765.123456789\n'
    )
    over, _ = invoke(
        "check",
        str(path),
        "--in",
        "US-TX",
        "--on",
        ON,
        "--set",
        "width_mm=1480.0000000000000000001",
        "--format",
        "json",
    )
    at, _ = invoke(
        "check", str(path), "--in", "US-TX", "--on", ON, "--set", "width_mm=1480", "--format", "json"
    )
    rule_status = {
        name: next(
            f["status"]
            for v in json.loads(r.stdout)["verdicts"]
            for level in v["levels"]
            for f in level["findings"]
            if f["rule"] == "US-WIDTH-1480"
        )
        for name, r in (("over", over), ("at", at))
    }
    assert rule_status == {"over": "not_legal", "at": "legal"}


def test_set_changes_only_the_field_it_names() -> None:
    from kei_core.vehicle_io import with_overrides

    vehicle = parse_vehicle_text(
        'width_mm = "1480.0000000000000000001"\nheight_mm = 1765.123456789123\nseats = 2'
    )
    changed = with_overrides(vehicle, {"seats": "3"})
    assert changed.width_mm == Decimal("1480.0000000000000000001")
    assert changed.height_mm == Decimal("1765.123456789123")
    assert changed.seats == 3
    with pytest.raises(InputError, match="first_registered: 1990 is before manufactured 1999"):
        with_overrides(parse_vehicle_text('manufactured = "1999"'), {"first_registered": "1990"})


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ("--model", "DA63T", "--made", "2005-06", "--set", "manufactured=2005"),
            "--made: both --made and --set manufactured",
        ),
        (
            ("--frame", "DA63T-1", "--set", "frame_number=DA63T-2"),
            "--frame: both --frame and --set frame_number",
        ),
        (
            ("--model", "", "--made", "2005"),
            "--model: expected a model code such as DA63T, got an empty value",
        ),
        (
            ("--frame", " ", "--made", "2005"),
            "--frame: expected a frame number such as DA63T-123456, got an empty value",
        ),
        (("--model", "DA63T", "--made", ""), "--made: expected a date YYYY[-MM[-DD]], got an empty value"),
        (("--set", "width_mm=1475", "--set", "width_mm=1480"), "--set: 'width_mm' is set twice"),
        (("--set", "width_mm"), "--set: 'width_mm' is not FIELD=VALUE"),
        (("--model", "DA63T", "--made", "2030-01"), "manufactured: 2030-01 is after the date asked"),
        (("--model", "\x1b[31m" + "Z" * 500, "--made", "2005"), "is not in the catalog"),
        (("--model", "DA63T", "--made", "2005", "--on", "0001-01-01"), "--on: 0001-01-01 is out of range"),
        (("--model", "DA63T", "--made", "2005", "--on", "9999-12-31"), "--on: 9999-12-31 is out of range"),
        (("--model", "DA63T", "--made", "2005", "--on", "2026-02-30"), "--on: '2026-02-30' is not a date"),
    ],
)
def test_conflicting_or_empty_options_are_errors(args: tuple[str, ...], expected: str) -> None:
    has_on = "--on" in args
    assert expected in error_of("check", *args, "--in", "US-TX", *(() if has_on else ("--on", ON)))


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("TX", "--in: 'TX' is not an ISO 3166 code (did you mean 'US-TX'?)"),
        ("USTX", "(did you mean 'US-TX'?)"),
        ("US-TX-..", "--in: 'US-TX-..' is not an ISO 3166 code (did you mean 'US-TX'?)"),
        ("US-TXX", "--in: 'US-TXX' is not an ISO 3166 code (did you mean 'US-TX'?)"),
        ("US-ZZ", "--in: 'US-ZZ' is not an ISO 3166 code"),
        ("US-KS-.", "(did you mean 'US-KS'?)"),
        ("not a code", "--in: 'not a code' is not a jurisdiction code"),
        ("\u202eXX", "--in: '\\u202eXX' is not a jurisdiction code"),
    ],
)
def test_a_code_that_is_no_place_is_an_error_with_a_suggestion(code: str, expected: str) -> None:
    assert expected in error_of("check", "--model", "DA63T", "--made", "2005", "--in", code, "--on", ON)


@pytest.mark.parametrize("code", ["MX", "US-PR", "EU", "us-ks-wichita", "US-OH-NOWHERE", "ZZ", "XX-YY"])
def test_a_real_place_no_plugin_covers_is_answered_unknown(code: str) -> None:
    result, seconds = invoke(
        "check", "--model", "DA63T", "--made", "2005", "--in", code, "--on", ON, "--format", "json"
    )
    assert_one_line_or_a_verdict(result, seconds, json_output=True)
    assert result.exit_code != 2
    assert json.loads(result.stdout)["verdicts"][0]["jurisdiction"] == code.upper()


def test_mx_is_unknown_with_exit_3() -> None:
    result, _ = invoke("check", "--model", "DA63T", "--made", "2005", "--in", "MX", "--on", ON)
    assert result.exit_code == 3
    assert "MX" in result.stdout


def test_codes_a_plugin_declares_never_reach_the_iso_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    from kei_core import places

    def refuse(code: str) -> bool:
        raise AssertionError(f"looked up {code} in ISO 3166")

    monkeypatch.setattr(places, "in_iso_3166", refuse)
    for code in ("US-TX", "us-ks-wichita", "EU", "JP"):
        assert check_code(code, ["US-TX", "US-KS-WICHITA", "JP"]) == code.upper()


def test_kei_models_lists_with_and_without_a_query() -> None:
    listed, _ = invoke("models")
    assert listed.exit_code == 0, listed.stderr
    assert "DA63T" in listed.stdout and "NS1T" in listed.stdout  # NS1T has no production start
    found, _ = invoke("models", "carry")
    assert found.exit_code == 0 and "DA63T" in found.stdout and "NS1T" not in found.stdout
    none, _ = invoke("models", "\x1b[31mnothing")
    assert none.exit_code == 0 and "\x1b" not in none.stdout
    as_json, _ = invoke("models", "--format", "json")
    assert {m["model_code"] for m in json.loads(as_json.stdout)} == {"DA63T", "NS1T"}


def test_user_text_is_escaped_on_a_terminal_and_exact_in_json(tmp_path: Path) -> None:
    make = "Suzuki\x1b[2J\x1b]0;pwned\x07\u202eevil\u2066"
    path = tmp_path / "truck.json"
    path.write_text(json.dumps({"make": make, "model_code": "DA63T", "manufactured": "1999-05"}))
    text, _ = invoke("check", str(path), "--in", "XX", "--on", ON)
    assert text.stdout.splitlines()[0].startswith(
        "Suzuki\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\u2066 Carry (DA63T)"  # model from the catalog
    )
    as_json, _ = invoke("check", str(path), "--in", "XX", "--on", ON, "--format", "json")
    assert json.loads(as_json.stdout)["vehicle"]["make"] == make
    path.write_text(json.dumps({"modifications": [{"description": make}], "manufactured": "1999"}))
    quoted, _ = invoke("check", str(path), "--in", "US", "--on", ON, "-v")
    assert "modifications: Suzuki\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\u2066" in quoted.stdout
    assert not _UNSAFE.search(quoted.stdout.replace("\n", ""))
    assert safe("plain 日本語 text") == "plain 日本語 text"


def test_usage_errors_are_one_line_too() -> None:
    assert "--format: 'xml' is not an output format" in error_of("check", "-", "--format", "xml")
    assert "No such option" in error_of("check", "--bogus")
    assert "No such option" in error_of("--bogus", "check")
    assert "No such command" in error_of("chek")
    assert "No such option '--\\x1b[2J\\u202e'" in error_of(
        "check", "--\x1b[2J\u202e"
    )  # click's own words, escaped


def test_an_unforeseen_failure_is_one_line_and_exit_4(monkeypatch: pytest.MonkeyPatch) -> None:
    built = registry()

    def broken(*args: Any) -> Any:
        raise ZeroDivisionError("something kei did not foresee\nsecond line")

    monkeypatch.setattr(built, "evaluate", broken)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: built)
    result = CliRunner().invoke(cli_module.cli, ["check", "--model", "DA63T", "--made", "2005", "--in", "XX"])
    assert result.exit_code == 4
    assert (
        result.stderr
        == "kei: internal error: `kei check` failed: ZeroDivisionError: something kei did not foresee\n"
    )


@pytest.mark.parametrize(
    ("make_path", "expected"),
    [
        (lambda tmp: tmp / "truck.toml" / "x", "a part of the path is a file, not a folder"),
        (lambda tmp: tmp / ("n" * 300), "File name too long"),
        (lambda tmp: tmp / "loop", "Too many levels of symbolic links"),
        (lambda tmp: tmp, "is a folder, not a vehicle file"),
        (lambda tmp: tmp / "missing.toml", "no such file"),
        (lambda tmp: tmp / "sparse.toml", "is larger than 1 MiB"),
    ],
)
def test_a_path_that_is_no_vehicle_file_is_one_line(tmp_path: Path, make_path: Any, expected: str) -> None:
    (tmp_path / "truck.toml").write_text('make = "x"')
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    with open(tmp_path / "sparse.toml", "wb") as sparse:
        sparse.truncate(1 << 30)  # 1 GiB, refused from its size without reading a byte
    assert expected in error_of("check", str(make_path(tmp_path)), "--in", "XX", "--on", ON)


def test_standard_input_is_read_as_files_are() -> None:
    assert "is not UTF-8 text" in error_of("check", "-", "--in", "XX", stdin=b'make = "\xff\xfe"')
    result, _ = invoke("check", "-", "--in", "XX", "--on", ON, stdin=b'\xef\xbb\xbfmake = "Suzuki"\n')
    assert result.exit_code == 3 and result.stdout.startswith("Suzuki — on")
    assert "larger than 1 MiB" in error_of("check", "-", "--in", "XX", stdin=b"#" * ((1 << 20) + 1))


# -- batch examples ------------------------------------------------------------------------------


def batch_rows(
    tmp_path: Path, text: str | bytes, *args: str, name: str = "inventory.csv"
) -> list[dict[str, Any]]:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else _bytes(text))
    result, seconds = invoke("batch", str(path), "--in", "XX", "--on", ON, *args)
    assert seconds < SECONDS and result.exit_code in {0, 1, 3}, result.stderr
    if "jsonl" in args:
        return [json.loads(line) for line in result.stdout.splitlines()]
    return list(csv.DictReader(io.StringIO(result.stdout)))


def test_batch_rows_are_numbered_by_the_line_they_start_on(tmp_path: Path) -> None:
    text = (
        "make,model,manufactured\n"
        "Suzuki,Carry,1999-05\n"
        "\n"  # a blank line is no row, but it is a line
        'Honda,"Acty\nwith a note",1999-05\n'  # a quoted field across two lines
        "Daihatsu,Hijet,1999-05\n"
    )
    rows = batch_rows(tmp_path, text)
    assert [(r["row"], r["error"]) for r in rows] == [("2", ""), ("4", ""), ("6", "")]


def test_a_huge_quoted_csv_field_is_one_row_and_the_rest_go_on(tmp_path: Path) -> None:
    huge = '"' + "x\n" * 200_000 + '"'  # 400,000 characters over 200,000 lines, past csv's field limit
    text = f"make,model\nSuzuki,{huge}\nHonda,Acty\n"
    rows = batch_rows(tmp_path, text)
    assert [r["row"] for r in rows] == ["2", str(2 + 200_000 + 1)]
    assert rows[0]["error"] == f"the row is longer than {MAX_ROW_CHARACTERS:,} characters"
    assert rows[1]["error"] == ""


def test_a_huge_integer_in_a_json_lines_row_costs_only_that_row(tmp_path: Path) -> None:
    text = '{"make": "a"}\n{"seats": ' + "9" * 5_000 + '}\n{"seats": ' + "9" * 100 + '}\n{"make": "b"}\n'
    rows = batch_rows(tmp_path, text, "--format", "jsonl", name="inventory.jsonl")
    assert [r["row"] for r in rows] == [1, 2, 3, 4]
    assert rows[1]["error"] == "not a vehicle: the line holds a number with thousands of digits"
    assert rows[2]["error"] == "seats: a number of about 100 digits is out of range (expected 1 to 60 seats)"
    assert rows[0]["error"] is None and rows[3]["error"] is None


def test_batch_checks_values_as_kei_check_does(tmp_path: Path) -> None:
    text = (
        "make,width_mm,manufactured,first_registered,seats\n"
        "a,1475,1999-05,,2\n"
        'b,"1,5 m",1999,,2\n'
        "c,1.780,1999,,2\n"
        "d,1475,2030,,2\n"
        "e,1475,2005,2001,2\n"
        "f,1475,9999,,2\n"
        "g,1475,1999,,100\n"
        "\x1b[31mh\u202e,1475,1999,,wrong\u202e\n"
    )
    rows = batch_rows(tmp_path, text)
    errors = [r["error"] for r in rows]
    assert errors[0] == ""
    assert errors[1].startswith("width_mm: '1,5 m' is not a number")
    assert errors[2].startswith("width_mm: 1.78 mm is out of range (expected 500 to 5,000 mm")
    assert (
        errors[3]
        == "manufactured: 2030 is after the date asked, 2026-11-25 (ask --on a date after it was built)"
    )
    assert errors[4].startswith("first_registered: 2001 is before manufactured 2005")
    assert errors[5].startswith("manufactured: 9999 is out of range")
    assert errors[6] == "seats: 100 seats is out of range (expected 1 to 60 seats)"
    assert errors[7] == "seats: expected a whole number, got 'wrong\\u202e'"  # escaped in CSV
    as_json = batch_rows(tmp_path, text, "--format", "jsonl")
    assert as_json[7]["error"] == "seats: expected a whole number, got 'wrong\\u202e'"  # repr escapes it too
    for memo in (True, False):  # the fast path refuses what vehicle_from_mapping refuses
        checker = Checker(registry(), ["XX"], dt.date(2026, 11, 25), memo=memo)
        assert checker.check({"width_mm": "1.780"})[1] == (
            "width_mm: 1.78 mm is out of range (expected 500 to 5,000 mm; a number without a unit is in mm)"
        )
        assert checker.check({"manufactured": "2005", "first_registered": "2001"})[1] is not None
        assert checker.check({"manufactured": "2027"})[1] is not None


def test_an_inventory_that_is_no_regular_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "inventory.csv"
    os.mkfifo(fifo)
    assert "is not a regular file" in error_of("batch", str(fifo), "--in", "XX")
    (tmp_path / "folder.csv").mkdir()
    assert "is a folder, not an inventory file" in error_of(
        "batch", str(tmp_path / "folder.csv"), "--in", "XX"
    )


# -- a real process, where only a real process can tell ----------------------------------------

KEI = [sys.executable, "-c", "from kei_core.cli import main; main(prog_name='kei')"]


def kei(
    *args: str, stdin: bytes | None = None, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "KEI_DISABLE_PLUGIN_AUTOLOAD": "1"}  # only the core: errors come first
    return subprocess.run(
        [*KEI, *args], input=stdin, stdout=stdout, stderr=subprocess.PIPE, timeout=30, env=env
    )


def one_error_line(done: subprocess.CompletedProcess[bytes]) -> str:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kei: error: "), lines
    return lines[0]


def test_a_fifo_without_a_writer_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "vehicle.toml"
    os.mkfifo(fifo)
    assert "is empty" in one_error_line(kei("check", str(fifo), "--in", "XX", "--on", ON))


def test_an_endless_device_is_refused_with_bounded_memory() -> None:
    code = (
        "import resource, subprocess, sys; "
        "done = subprocess.run(sys.argv[1:], capture_output=True); "
        "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "sys.stderr.write(done.stderr.decode())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *KEI, "check", "/dev/zero", "--in", "XX"],
        capture_output=True,
        timeout=30,
        env={**os.environ, "KEI_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )
    status, peak_kb = map(int, done.stdout.split())
    assert status == 2 and "is larger than 1 MiB" in done.stderr.decode()
    assert peak_kb < 150_000  # read at most 1 MiB + 1 byte, never the device


def test_a_full_device_is_an_error_line_not_a_traceback(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    inventory = tmp_path / "inventory.csv"
    inventory.write_text("make,manufactured\n" + "Suzuki,1999-05\n" * 5_000)
    line = one_error_line(kei("batch", str(inventory), "--in", "XX", "--on", ON, "-o", "/dev/full"))
    assert line == "kei: error: -o: cannot write /dev/full: No space left on device"
    truck = tmp_path / "truck.toml"
    truck.write_text('make = "Suzuki"\n')
    with open("/dev/full", "wb") as full:
        done = kei("check", str(truck), "--in", "XX", "--on", ON, stdout=full)
    assert one_error_line(done) == "kei: error: cannot write the output: No space left on device"


def test_undecodable_standard_input_is_refused_and_a_bom_accepted() -> None:
    bad = kei("check", "-", "--in", "XX", "--on", ON, stdin=b'make = "Suzuki"\nmodel = "\xff"\n')
    assert "standard input is not UTF-8 text" in one_error_line(bad)
    good = kei("check", "-", "--in", "XX", "--on", ON, stdin=b'\xef\xbb\xbfmake = "Suzuki"\n')
    assert good.returncode == 3 and good.stdout.decode().startswith("Suzuki — on 2026-11-25")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    truck = tmp_path / "truck.toml"
    truck.write_text('make = "x"')
    truck.chmod(0)
    assert "Permission denied" in error_of("check", str(truck), "--in", "XX", "--on", ON)
