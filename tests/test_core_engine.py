"""One engine: a rule's outcome is normalised in one place, the memo ``kei batch`` uses answers
exactly as running every check does, and what a rule declares it reads is verified."""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kei_core import (
    AgeThreshold,
    Jurisdiction,
    Outcome,
    PartialDate,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    failed,
    passed,
    unknown,
)
from kei_core import cli as kei_cli
from kei_core.engine.fold import evaluate
from kei_core.engine.memo import MemoRunner, Summaries
from kei_core.engine.run import DIRECT
from kei_core.testing import check_conformance, make_registry
from kei_core.vehicle import FIELD_PARSERS, build_vehicle
from kei_core.vehicle_io import parsed_fields, vehicle_from_mapping, vehicle_to_mapping
from kei_core_test_helpers import plugin_module, rule

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

ON = dt.date(2026, 1, 22)
AGE = AgeThreshold(25)

# -- a wrong declaration is caught -----------------------------------------------------------------


def _plugin(*rules: Rule) -> Any:
    return plugin_module("declared", [Jurisdiction("XD", "D", registers=True)], list(rules))


def _reads_width(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.width_mm is not None and vehicle.width_mm > 1480:
        return failed(f"{vehicle.width_mm} mm is too wide")
    return passed("narrow enough")


def _age(vehicle: Vehicle, on: dt.date) -> Outcome:
    test = AGE.test(vehicle.manufactured, on)
    return Outcome(test.status, "25-year test", passes_from=test.passes_from)


def test_a_field_read_but_not_declared_is_caught_by_the_conformance_check() -> None:
    wrong = rule("XD-WIDTH", "XD", _reads_width, reads={"manufactured"}, uses_date=False)
    problems = check_conformance(_plugin(wrong))
    assert any("XD-WIDTH's check reads width_mm, which its reads= does not declare" in p for p in problems)


def test_a_check_that_uses_the_date_it_says_it_ignores_is_caught() -> None:
    wrong = rule("XD-AGE", "XD", _age, reads={"manufactured"}, uses_date=False)
    problems = check_conformance(_plugin(wrong))
    assert any("XD-AGE declares uses_date=False, but its check answers differently" in p for p in problems)


def test_a_true_declaration_and_no_declaration_both_conform() -> None:
    assert (
        check_conformance(_plugin(rule("XD-WIDTH", "XD", _reads_width, reads={"width_mm"}, uses_date=False)))
        == []
    )
    assert check_conformance(_plugin(rule("XD-AGE", "XD", _age, reads={"manufactured"}))) == []
    assert check_conformance(_plugin(rule("XD-ANY", "XD", _reads_width))) == []


# -- the memo answers as running every check does ---------------------------------------------------


def _equipment(vehicle: Vehicle, on: dt.date) -> Outcome:
    if "headlamps" in vehicle.equipment:
        return passed("has headlamps")
    return conditional("fit headlamps", conditions=("fit headlamps",))


def _law_changes(vehicle: Vehicle, on: dt.date) -> Outcome:
    # Answers the same whatever the date asked, with a day time alone makes it pass.
    if vehicle.width_mm is not None and vehicle.width_mm > 1480:
        return failed("too wide until the 2030 rule", passes_from=dt.date(2030, 1, 1))
    return passed("narrow enough")


def _seats(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.seats is None:
        return unknown("needs seats", settle=("give seats",))
    return passed("seats given") if vehicle.seats <= 2 else failed("too many seats")


def _anything(vehicle: Vehicle, on: dt.date) -> Outcome:
    return passed(f"frame {vehicle.frame_number or '?'}")


def _crash(vehicle: Vehicle, on: dt.date) -> Outcome:
    if vehicle.seats == 3:
        raise ZeroDivisionError("three seats")
    return passed("fine")


DECLARED = plugin_module(
    "declared",
    [Jurisdiction("XM", "M", registers=True)],
    [
        Requirement("XM-ROAD", "XM", "road use"),
        rule("XM-AGE", "XM", _age, RuleKind.PATHWAY, "XM-ROAD", reads={"manufactured"}),
        rule(
            "XM-WIDTH", "XM", _law_changes, RuleKind.PATHWAY, "XM-ROAD", reads={"width_mm"}, uses_date=False
        ),
        rule("XM-EQUIPMENT", "XM", _equipment, reads={"equipment"}, uses_date=False),
        rule("XM-SEATS", "XM", _seats, reads={"seats"}, uses_date=False, in_force=Period("2028-01-01")),
        rule(
            "XM-OLD-LAW", "XM", _seats, reads={"seats"}, uses_date=False, in_force=Period(None, "2027-12-31")
        ),
        rule("XM-ANY", "XM", _anything),
        rule("XM-CRASH", "XM", _crash, reads={"seats"}, uses_date=False, unconfirmed=True),
        rule("XM-NOTE", "XM", _law_changes, RuleKind.INFORMATION, reads={"width_mm"}, uses_date=False),
    ],
)

vehicles = st.builds(
    Vehicle,
    manufactured=st.none()
    | st.builds(
        lambda year, month, day, precision: PartialDate(
            year, month if precision > 0 else None, min(day, 28) if precision > 1 else None
        ),
        st.integers(1995, 2012),
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 2),
    ),
    width_mm=st.none() | st.sampled_from([Decimal(1475), Decimal("1480.5")]),
    seats=st.none() | st.integers(1, 3),
    equipment=st.sampled_from([frozenset(), frozenset({"headlamps"})]),
    frame_number=st.none() | st.sampled_from(["A-1", "A-2"]),
)
days = st.dates(dt.date(2020, 1, 1), dt.date(2036, 12, 31))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(vehicles, days), min_size=1, max_size=25))
def test_the_memo_answers_exactly_as_running_every_check(questions: list[tuple[Vehicle, dt.date]]) -> None:
    registry = make_registry(DECLARED)
    plan = registry.plan("XM")
    memo = MemoRunner()
    summaries: dict[dt.date, Summaries] = {}
    for vehicle, day in questions * 2:  # asked twice: the second time from the memo
        assert evaluate(plan, vehicle, day, runner=memo) == evaluate(plan, vehicle, day, runner=DIRECT)
        expected = evaluate(plan, vehicle, day).summary()
        assert evaluate(plan, vehicle, day, runner=memo, detail="summary") == expected
        assert summaries.setdefault(day, Summaries(plan, day, memo)).of(vehicle) == expected


def test_a_summary_is_its_verdict_reduced() -> None:
    registry = make_registry(DECLARED)
    plan = registry.plan("XM")
    vehicle = Vehicle(manufactured=PartialDate(2010, 6), width_mm=Decimal("1480.5"), seats=2)
    verdict = evaluate(plan, vehicle, ON)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2035, 6, 30)  # 25 years from the last day of June 2010
    assert evaluate(plan, vehicle, ON, detail="summary") == verdict.summary()
    assert verdict.summary().in_the_way == verdict.failing_rules == ("XM-AGE", "XM-WIDTH")


# -- batch reads a row as check reads a vehicle file -----------------------------------------------


def _invoke(registry: Any, *args: str) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kei_cli.Settings, "registry", lambda self: registry)
        return CliRunner().invoke(kei_cli.cli, list(args))


def test_batch_and_check_agree_on_a_row_whose_fields_disagree(tmp_path: Path) -> None:
    registry = make_registry(kei_fixture_xx)
    vehicle = tmp_path / "truck.toml"
    vehicle.write_text('make = "Suzuki"\nmanufactured = "2005-06"\nfirst_registered = "2001"\n')
    checked = _invoke(registry, "check", str(vehicle), "--in", "XX", "--on", "2026-11-25")
    assert checked.exit_code == 2
    inventory = tmp_path / "inventory.csv"
    inventory.write_text("make,manufactured,first_registered\nSuzuki,2005-06,2001\nSuzuki,2005-06,2006\n")
    out = tmp_path / "out.jsonl"
    batched = _invoke(registry, "batch", str(inventory), "--in", "XX", "--on", "2026-11-25", "-o", str(out))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    error = checked.stderr.strip().removeprefix("kei: error: ")
    assert error.startswith("first_registered: 2001 is before manufactured 2005-06")
    assert rows[0]["error"] == error and rows[0]["status"] == "unknown"
    assert rows[1]["error"] is None
    assert batched.exit_code == 1  # the worst row: the 2005 truck is too young


field_values = st.fixed_dictionaries(
    {
        "make": st.sampled_from(["Suzuki", " Honda ", ""]),
        "model_code": st.sampled_from(["ebd-da16t", "HA7", ""]),
        "manufactured": st.sampled_from(["1999", "2005-06", "2005-06-14", "2001-02-29", ""]),
        "first_registered": st.sampled_from(["2006", "1990", ""]),
        "width_mm": st.sampled_from(["1475", "58 in", "1,480.0000000000000000001", "-1", ""]),
        "seats": st.sampled_from(["2", "0", "two", ""]),
        "drive": st.sampled_from(["4wd", "6WD", ""]),
        "equipment": st.sampled_from(["headlamps;seat_belts", "laser", ""]),
        "original_configuration": st.sampled_from(["yes", "maybe", ""]),
    }
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field_values)
def test_the_field_parsers_build_what_the_vehicle_type_builds(data: dict[str, str]) -> None:
    """A vehicle built from parsed values is the one ``Vehicle(...)`` makes of them: the parsers
    run every converter and validator of the type, so building does not need to again."""
    try:
        values = parsed_fields(data)
    except ValueError:
        return
    assert build_vehicle(values) == Vehicle(**values)
    assert set(FIELD_PARSERS) == set(values)


def test_a_measure_prints_exactly_in_json(tmp_path: Path) -> None:
    vehicle = vehicle_from_mapping({"width_mm": "1480.0000000000000000001", "height_mm": "1765.1"})
    data = vehicle_to_mapping(vehicle)
    assert data == {"width_mm": "1480.0000000000000000001", "height_mm": 1765.1}
    assert vehicle_from_mapping(json.loads(json.dumps(data), parse_float=Decimal)) == vehicle
    path = tmp_path / "truck.toml"
    path.write_text('width_mm = "1480.0000000000000000001"\nlength_mm = 3395\n')
    result = _invoke(make_registry(kei_fixture_xx), "check", str(path), "--in", "XX", "--format", "json")
    printed = json.loads(result.stdout)["vehicle"]
    assert printed == {"width_mm": "1480.0000000000000000001", "length_mm": 3395}
