"""Whatever the input and whatever the plugins, kei answers or says in one line why not.

* Vehicle files and inventories, valid or malformed (hypothesis): exit status 0, 1, 2 or 3
  only, never a traceback; errors fit on one line; every inventory row yields one output row.
* A plugin that fails on import, raises in a hook or returns garbage is named, and what it
  covers is ``unknown``, while every other jurisdiction still answers: in-process with fake
  entry points (one test per failure kind), and once end to end in a throwaway virtualenv.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kei_core import cli
from kei_core import plugins as plugins_module
from kei_core.plugins import Registry
from kei_core.status import Status
from kei_core.testing import make_registry
from kei_core.vehicle import VEHICLE_FIELDS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
for _folder in sorted(FIXTURES.iterdir()):
    if _folder.is_dir():
        sys.path.insert(0, str(_folder))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

ON = "2026-11-25"
OLD_TRUCK = {"make": "Suzuki", "model": "Carry", "manufactured": "1999-05-01", "seats": 2}
FIXTURE_PLUGINS = {  # entry-point name: (module, code)
    "fixture-xx": ("kei_fixture_xx", "XX"),
    "broken-import": ("kei_broken_import", "ZZ"),
    "broken-hook": ("kei_broken_hook", "ZY"),
    "garbage": ("kei_garbage", "ZX"),
}
SAFE_EXITS = {0, 1, 2, 3}
RELAXED = {"deadline": None, "suppress_health_check": [HealthCheck.function_scoped_fixture]}


def _fake_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the registry see exactly the fixture plugins as installed distributions."""
    from kei_core import entrypoints

    points = []
    for name, (module, code) in FIXTURE_PLUGINS.items():
        distribution = "kei-" + name
        points.append(entrypoints.EntryPoint(name, module, "kei", distribution, "0.0.1"))
        points.append(entrypoints.EntryPoint(code, module, "kei.jurisdictions", distribution, "0.0.1"))
    # Discovery reads entry points where the registry's discovery lives (a module of the
    # kei_core.plugins package, or the package itself).
    discovery = getattr(plugins_module, "discovery", plugins_module)
    monkeypatch.setattr(discovery, "entry_points", lambda *groups: [p for p in points if p.group in groups])
    for module, _ in FIXTURE_PLUGINS.values():
        sys.modules.pop(module, None)  # a failed import must fail again


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Registry:
    """A registry with entry-point autoload on, over the fixture plugins only."""
    _fake_entry_points(monkeypatch)
    return Registry(autoload=True, environ={})


def _level_problems(verdict: Any) -> str:
    return " ".join(str(problem) for level in verdict.levels for problem in level.problems)


@pytest.mark.parametrize(
    ("name", "code", "error"),
    [
        ("broken-import", "ZZ", "failed to import kei_broken_import: ImportError"),
        ("broken-hook", "ZY", "kei_rules() raised RuntimeError: the rule table could not be read"),
        ("garbage", "ZX", "kei_rules() returned str 'ZX-RULE'"),
    ],
)
def test_a_broken_plugin_is_named_and_the_others_answer(
    installed: Registry, name: str, code: str, error: str
) -> None:
    from kei_core.vehicle_io import vehicle_from_mapping

    vehicle = vehicle_from_mapping(OLD_TRUCK)
    broken = installed.evaluate(vehicle, code, dt.date(2026, 11, 25))
    assert broken.status is Status.UNKNOWN
    assert f"plugin {name} failed" in _level_problems(broken)
    assert error in (installed.plugins[name].error or "")
    assert installed.evaluate(vehicle, "XX", dt.date(2026, 11, 25)).status is Status.LEGAL


def _invoke(registry: Registry, *args: str, stdin: str | None = None) -> Any:
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli.Settings, "registry", lambda self: registry)
        return runner.invoke(cli.cli, list(args), input=stdin)


def test_kei_plugins_lists_every_failure_by_name(installed: Registry) -> None:
    result = _invoke(installed, "plugins", "--format", "json")
    assert result.exit_code == 0
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["fixture-xx"]["error"] is None
    assert rows["fixture-xx"]["rules"] == len([r for r in kei_fixture_xx.RULES if hasattr(r, "check")])
    for name in ("broken-import", "broken-hook", "garbage"):
        assert rows[name]["error"], name
        assert rows[name]["jurisdictions"] == [FIXTURE_PLUGINS[name][1]]
    text = _invoke(installed, "plugins").stdout
    assert "would have covered: ZZ (now unknown)" in text


def test_kei_check_everywhere_answers_where_it_can(installed: Registry, tmp_path: Path) -> None:
    vehicle = tmp_path / "truck.json"
    vehicle.write_text(json.dumps(OLD_TRUCK))
    result = _invoke(installed, "check", str(vehicle), "--on", ON, "--format", "json")
    document = json.loads(result.stdout)
    statuses = {v["jurisdiction"]: v["status"] for v in document["verdicts"]}
    assert statuses == {"XX": "legal", "ZX": "unknown", "ZY": "unknown", "ZZ": "unknown"}
    assert result.exit_code == 3


def test_a_rule_that_crashes_is_unknown_and_named(tmp_path: Path) -> None:
    vehicle = tmp_path / "truck.toml"
    vehicle.write_text('make = "Suzuki"\nmanufactured = "1999-05-01"\nseats = 3\n')
    result = _invoke(
        make_registry(kei_fixture_xx), "check", str(vehicle), "--in", "XX", "--on", ON, "--format", "json"
    )
    verdict = json.loads(result.stdout)["verdicts"][0]
    crash = next(f for level in verdict["levels"] for f in level["findings"] if f["rule"] == "XX-CRASH")
    assert crash["status"] == "unknown"
    assert "of plugin kei-fixture-xx crashed (ZeroDivisionError: three seats)" in crash["message"]
    assert result.exit_code == 3


# -- hypothesis: vehicle files -------------------------------------------------------------------

VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5000),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["1999-05-01", "2001-02-29", "58 in", "3,000 lb", "64 PS", "0.66 L", "headlamps", "4wd"]),
    st.lists(st.sampled_from(["headlamps", "hs7", "x", ""]), max_size=3),
    st.dictionaries(
        st.sampled_from(["date", "description", "significant", "oops"]), st.text(max_size=5), max_size=3
    ),
)
FIELD_NAMES = st.one_of(st.sampled_from(VEHICLE_FIELDS), st.sampled_from(["widht_mm", "colour", "vehicle"]))
MAPPINGS = st.dictionaries(FIELD_NAMES, VALUES, max_size=8)


def _toml_value(value: Any) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if value == value and value not in (float("inf"), float("-inf")) else "nan"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


VEHICLE_TEXTS = st.one_of(
    MAPPINGS.map(lambda d: json.dumps(d, default=str)),
    MAPPINGS.map(lambda d: "\n".join(f"{k} = {_toml_value(v)}" for k, v in d.items())),
    st.text(max_size=60),
    MAPPINGS.map(lambda d: json.dumps(d, default=str)[:-3]),  # cut short
    st.sampled_from(["[1, 2]", "{}", "vehicle = 3", "[vehicle]\nmake = 'x'", '{"make": {"a": 1}}', "\x00"]),
)


@settings(max_examples=150, **RELAXED)  # type: ignore[arg-type]
@given(text=VEHICLE_TEXTS, json_output=st.booleans())
def test_any_vehicle_file_answers_or_says_why_in_one_line(
    tmp_path: Path, text: str, json_output: bool
) -> None:
    path = tmp_path / "vehicle.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    fmt = "json" if json_output else "text"
    result = _invoke(
        make_registry(kei_fixture_xx), "check", str(path), "--in", "XX", "--on", ON, "--format", fmt
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in SAFE_EXITS
    if result.exit_code == 2:
        assert result.stderr.startswith("kei: error: ")
        assert len(result.stderr.strip().splitlines()) == 1
    elif json_output:
        assert json.loads(result.stdout)["verdicts"][0]["jurisdiction"] == "XX"


@settings(max_examples=60, **RELAXED)  # type: ignore[arg-type]
@given(text=VEHICLE_TEXTS)
def test_any_vehicle_on_stdin_answers_or_says_why(text: str) -> None:
    result = _invoke(make_registry(kei_fixture_xx), "check", "-", "--in", "XX", "--on", ON, stdin=text)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in SAFE_EXITS


# -- hypothesis: inventories ---------------------------------------------------------------------

CELL = st.one_of(
    st.text(max_size=10),
    st.sampled_from(
        ["", "1999-05-01", "2010-13", "3", "-1", "58 in", "true", "hs7;maker_label", "laser", '"', "\r\n"]
    ),
)
COLUMNS = st.lists(st.sampled_from(VEHICLE_FIELDS), min_size=1, max_size=6, unique=True)


@st.composite
def inventories(draw: Any) -> tuple[list[str], list[list[str]]]:
    columns = draw(COLUMNS)
    rows = draw(st.lists(st.lists(CELL, min_size=len(columns), max_size=len(columns)), max_size=25))
    return columns, rows


def _batch(registry: Registry, path: Path, *args: str) -> Any:
    return _invoke(registry, "batch", str(path), "--in", "XX", "--on", ON, *args)


def record_lines(text: str) -> list[int]:
    """The line each record starts on, as the csv module reads ``text`` (blank lines are no
    records): the oracle for batch's row numbers, the header being the first."""
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


@settings(max_examples=100, **RELAXED)  # type: ignore[arg-type]
@given(inventory=inventories(), jsonl=st.booleans())
def test_every_csv_row_yields_exactly_one_output_row_in_order(
    tmp_path: Path, inventory: tuple[list[str], list[list[str]]], jsonl: bool
) -> None:
    columns, rows = inventory
    path = tmp_path / "inventory.csv"
    with path.open("w", newline="", encoding="utf-8", errors="surrogatepass") as file:
        csv.writer(file).writerows([columns, *rows])
    starts = record_lines(path.read_bytes().decode("utf-8-sig", errors="surrogateescape"))
    result = _batch(make_registry(kei_fixture_xx), path, *(["--format", "jsonl"] if jsonl else []))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in {0, 1, 3}
    if jsonl:
        numbers = [json.loads(line)["row"] for line in result.stdout.splitlines()]
    else:
        numbers = [int(row["row"]) for row in csv.DictReader(io.StringIO(result.stdout))]
    assert numbers == starts[1:]  # one row per record, numbered by the line it starts on


@settings(max_examples=100, **RELAXED)  # type: ignore[arg-type]
@given(header=st.sampled_from(["make,manufactured\n", "make\n"]), body=st.binary(max_size=300))
def test_any_bytes_after_a_header_cost_only_their_rows(tmp_path: Path, header: str, body: bytes) -> None:
    path = tmp_path / "inventory.csv"
    path.write_bytes(header.encode() + body)
    result = _batch(make_registry(kei_fixture_xx), path)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in {0, 1, 3}
    numbers = [int(row["row"]) for row in csv.DictReader(io.StringIO(result.stdout))]
    assert numbers == record_lines(path.read_bytes().decode("utf-8-sig", errors="surrogateescape"))[1:]
    for line in result.stderr.splitlines():
        assert not line.startswith("Traceback")


@settings(max_examples=100, **RELAXED)  # type: ignore[arg-type]
@given(
    lines=st.lists(
        st.one_of(MAPPINGS.map(lambda d: json.dumps(d, default=str)), st.text(max_size=30)), max_size=15
    )
)
def test_every_jsonl_line_yields_exactly_one_output_row(tmp_path: Path, lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n"
    path = tmp_path / "inventory.jsonl"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    written = path.read_bytes().decode("utf-8-sig", errors="surrogateescape")
    # JSON Lines end lines with \n only; a row's number is its line
    expected = [number for number, line in enumerate(written.split("\n"), 1) if line.strip()]
    result = _batch(make_registry(kei_fixture_xx), path, "--format", "jsonl")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in {0, 1, 3}
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["row"] for row in rows] == expected
    assert all("\n" not in (row["error"] or "") for row in rows)


# -- end to end: real installs in a throwaway virtualenv -----------------------------------------


@pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv to build a throwaway virtualenv")
def test_broken_plugins_installed_for_real(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    fixtures = [str(FIXTURES / name) for name in ("kei-broken-import", "kei-broken-hook", "kei-garbage")]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "KEI_DISABLE_PLUGIN_AUTOLOAD")}
    subprocess.run(["uv", "venv", "-q", "-p", sys.executable, str(venv)], check=True, env=env, timeout=60)
    python = venv / "bin" / "python"
    install = subprocess.run(
        [
            "uv",
            "pip",
            "install",
            "-q",
            "-p",
            str(python),
            str(ROOT),
            str(ROOT / "plugins" / "kei-jp"),
            *fixtures,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert install.returncode == 0, install.stderr
    kei = str(venv / "bin" / "kei")
    listed = subprocess.run([kei, "plugins"], capture_output=True, text=True, env=env, timeout=30)
    assert listed.returncode == 0, listed.stderr
    for name in ("broken-import", "broken-hook", "garbage"):
        assert f"{name} 0.0.1" in listed.stdout
    assert listed.stdout.count("ERROR:") == 3
    truck = tmp_path / "truck.toml"
    truck.write_text(
        'make = "Suzuki"\nmodel = "Carry"\nmanufactured = "1999-05"\nlength_mm = 3395\nwidth_mm = 1475\n'
        "height_mm = 1765\ndisplacement_cc = 658\n"
    )
    checked = subprocess.run(
        [kei, "check", str(truck), "--on", ON, "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert checked.returncode == 3, checked.stderr
    verdicts = {v["jurisdiction"]: v for v in json.loads(checked.stdout)["verdicts"]}
    assert verdicts["JP"]["status"] in ("legal", "conditional")
    for code, name in (("ZZ", "broken-import"), ("ZY", "broken-hook"), ("ZX", "garbage")):
        assert verdicts[code]["status"] == "unknown"
        problems = " ".join(p for level in verdicts[code]["levels"] for p in level["problems"])
        assert f"plugin {name} failed" in problems
