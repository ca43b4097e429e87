"""A model code written as a whole 型式 (``EBD-DA16T``) is the model code ``DA16T`` with the
emission code ``EBD``, however the vehicle is read (a file, standard input, a batch row,
``--model``, ``--set``, the web's JSON, ``Vehicle(...)`` in Python); an emission code given in
the same input wins, and a later override with a prefix replaces an earlier code."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Vehicle
from kei_core import cli as kei_cli
from kei_core.testing import make_registry
from kei_core.vehicle import split_type_designation
from kei_core.vehicle_io import parse_vehicle_text, vehicle_from_mapping, with_overrides

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

SPLIT = {"model_code": "DA16T", "emission_code": "EBD", "manufactured": "2014-05"}

needs_catalog = pytest.mark.skipif(
    importlib.util.find_spec("kei_jp") is None, reason="--model reads the catalog, which kei-jp ships"
)


def _check(*args: str, stdin: str | None = None) -> Any:
    """``kei check ... --in NZ --format json`` (the catalog knows DA16T): (exit code, vehicle
    printed), or (2, the error)."""
    result = CliRunner().invoke(
        kei_cli.cli, ["check", *args, "--in", "NZ", "--on", "2026-11-25", "--format", "json"], input=stdin
    )
    if result.exit_code == 2:
        return 2, result.output
    return result.exit_code, json.loads(result.stdout)["vehicle"]


def test_split_type_designation_splits_the_prefix_off_and_leaves_a_plain_code_alone() -> None:
    assert split_type_designation(" ebd-da16t ") == ("DA16T", "EBD")
    assert split_type_designation("3BD-S510P") == ("S510P", "3BD")
    assert split_type_designation("DA16T") == ("DA16T", None)
    assert split_type_designation(None) == (None, None)
    assert type(split_type_designation("EBD-DA16T")[0]) is str


@needs_catalog
def test_every_read_path_takes_ebd_da16t_as_da16t_with_emission_code_ebd(tmp_path: Path) -> None:
    expected = vehicle_from_mapping(SPLIT)
    written = {"model_code": "EBD-DA16T", "manufactured": "2014-05"}
    assert vehicle_from_mapping(written) == expected
    assert parse_vehicle_text(json.dumps(written)) == expected
    assert Vehicle(model_code="EBD-DA16T", manufactured=expected.manufactured) == expected
    # the command line: a file, standard input, --model, --set (exactly what DA16T + EBD prints)
    _, plain = _check("--model", "DA16T", "--set", "emission_code=EBD", "--made", "2014-05")
    assert plain["model_code"] == "DA16T" and plain["emission_code"] == "EBD"
    path = tmp_path / "truck.toml"
    path.write_text('model_code = "EBD-DA16T"\nmanufactured = "2014-05"\n')
    bare = tmp_path / "bare.toml"
    bare.write_text('manufactured = "2014-05"\n')
    assert _check(str(path))[1] == plain
    assert _check("-", stdin=json.dumps(written))[1] == plain
    assert _check("--model", "EBD-DA16T", "--made", "2014-05")[1] == plain
    assert _check("--set", "model_code=EBD-DA16T", "--made", "2014-05")[1] == plain
    assert _check(str(bare), "--set", "model_code=EBD-DA16T")[1] == plain
    assert _check("--model", "DA16T", "--set", "model_code=EBD-DA16T", "--made", "2014-05")[1] == plain
    assert _check("--model", "EBD-DA16T", "--set", "model_code=DA16T", "--made", "2014-05")[1] == plain


@pytest.mark.parametrize("memo", [True, False])
def test_a_batch_row_reads_a_type_designation_as_a_file_does(memo: bool) -> None:
    from kei_core.batch import Checker

    checker = Checker(make_registry(), [], dt.date(2026, 12, 1), memo=memo)
    assert checker.vehicle({"model_code": "EBD-DA16T", "manufactured": "2014-05"}) == vehicle_from_mapping(
        SPLIT
    )
    row = {"model_code": "EBD-DA16T", "emission_code": "3BD"}
    assert checker.vehicle(row).emission_code == "3BD"


def test_the_web_question_reads_a_type_designation_as_a_file_does() -> None:
    questions = pytest.importorskip("kei_web.questions")
    from kei_core.api import Kei

    body = json.dumps({"vehicle": {"model_code": "EBD-DA16T", "manufactured": "2014-05"}, "in": ["XX"]})
    asked = questions.from_body(Kei(make_registry(kei_fixture_xx)), body.encode())
    assert (asked.vehicle.model_code, asked.vehicle.emission_code) == ("DA16T", "EBD")


@needs_catalog
def test_an_emission_code_given_in_the_same_input_wins_over_the_prefix() -> None:
    assert vehicle_from_mapping({"model_code": "EBD-DA16T", "emission_code": "3BD"}).emission_code == "3BD"
    assert Vehicle(model_code="EBD-DA16T", emission_code="3BD").emission_code == "3BD"
    assert (
        _check("--model", "EBD-DA16T", "--set", "emission_code=3BD", "--made", "2014-05")[1]["emission_code"]
        == "3BD"
    )


@needs_catalog
def test_an_override_wins_over_the_files_code(tmp_path: Path) -> None:
    """The user's override replaces the file's 3BD: never a silently kept code of the file."""
    path = tmp_path / "truck.toml"
    path.write_text('model_code = "3BD-DA16T"\nmanufactured = "2014-05"\n')
    assert _check(str(path))[1]["emission_code"] == "3BD"
    assert _check(str(path), "--set", "model_code=EBD-DA16T")[1]["emission_code"] == "EBD"
    assert _check(str(path), "--set", "emission_code=EBD")[1]["emission_code"] == "EBD"
    assert _check(str(path), "--model", "EBD-DA16T")[1]["emission_code"] == "EBD"
    # a plain model code overrides the code only: the file's emission code stays
    assert _check(str(path), "--set", "model_code=DA16T")[1]["emission_code"] == "3BD"
    truck = vehicle_from_mapping({"model_code": "3BD-DA16T"})
    assert with_overrides(truck, {"model_code": "EBD-DA16T"}).emission_code == "EBD"
    assert with_overrides(truck, {"model_code": "EBD-DA16T", "emission_code": "GD"}).emission_code == "GD"


def test_option_and_set_giving_different_model_codes_are_refused() -> None:
    assert _check("--model", "DA63T", "--set", "model_code=EBD-DA16T", "--made", "2014-05")[0] == 2
    assert _check("--model", "3BD-DA16T", "--set", "model_code=EBD-DA16T", "--made", "2014-05")[0] == 2


codes = st.from_regex(r"[A-Z]{1,3}[0-9][0-9A-Z]{0,4}", fullmatch=True)
prefixes = st.from_regex(r"[0-9A-Z]{1,4}", fullmatch=True)


@given(codes, prefixes, st.sampled_from(["file", "python", "override"]))
def test_a_prefixed_code_is_the_plain_code_with_its_prefix_as_the_emission_code(
    code: str, prefix: str, path: str
) -> None:
    written = f"{prefix}-{code}".lower()
    expected = Vehicle(model_code=code, emission_code=prefix)
    if path == "file":
        found = vehicle_from_mapping({"model_code": written})
    elif path == "python":
        found = Vehicle(model_code=written)
    else:
        found = with_overrides(Vehicle(model_code=code, emission_code="ZZZZ"), {"model_code": written})
    assert found == expected
    assert type(found.model_code) is str
