"""The emissions code (排出ガス記号) a vehicle carries: kept as its own field, normalised, and
refused with a one-line error naming the field when it cannot be one."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import InputError, Vehicle
from kei_core.vehicle_io import given_fields, vehicle_from_mapping


@pytest.mark.parametrize(
    ("written", "held"),
    [("EBD", "EBD"), ("ebd", "EBD"), (" 3bd- ", "3BD"), ("EBD-DA16T", "EBD"), ("GD-DA52T", "GD"), ("V", "V")],
)
def test_the_prefix_of_a_type_designation_is_kept_as_the_emission_code(written: str, held: str) -> None:
    assert vehicle_from_mapping({"emission_code": written}).emission_code == held
    assert Vehicle(emission_code=written).emission_code == held


def test_a_type_designation_gives_the_model_code_without_and_the_emission_code_with_its_prefix() -> None:
    truck = vehicle_from_mapping({"model_code": "EBD-DA16T", "emission_code": "EBD-DA16T"})
    assert (truck.model_code, truck.emission_code) == ("DA16T", "EBD")


@pytest.mark.parametrize(
    ("model_code", "held"), [("EBD-DA16T", "EBD"), ("v-da51t", "V"), ("3bd-s510p", "3BD")]
)
def test_a_model_code_written_with_its_prefix_fills_the_emission_code(model_code: str, held: str) -> None:
    truck = vehicle_from_mapping({"model_code": model_code})
    assert truck.emission_code == held
    assert truck == vehicle_from_mapping({"model_code": model_code.split("-")[1], "emission_code": held})


def test_an_emission_code_given_wins_over_the_model_codes_prefix_and_a_plain_code_fills_nothing() -> None:
    assert vehicle_from_mapping({"model_code": "EBD-DA16T", "emission_code": "3BD"}).emission_code == "3BD"
    assert vehicle_from_mapping({"model_code": "DA16T"}).emission_code is None


def test_the_filled_emission_code_survives_a_json_round_trip() -> None:
    truck = vehicle_from_mapping({"model_code": "EBD-DA16T"})
    again = vehicle_from_mapping(json.loads(json.dumps(given_fields(truck))))
    assert again == truck and again.emission_code == "EBD"


@pytest.mark.parametrize("written", ["EB D", "EBDXX", "排出", "E!D"])
def test_a_value_that_is_no_emissions_code_is_refused_naming_the_field(written: str) -> None:
    with pytest.raises(InputError) as raised:
        vehicle_from_mapping({"emission_code": written})
    assert "emission_code" in str(raised.value)
    assert "\n" not in str(raised.value)


@given(st.from_regex(r"[0-9A-Z]{1,4}", fullmatch=True))
def test_an_emission_code_round_trips_through_json(code: str) -> None:
    truck = vehicle_from_mapping({"emission_code": code})
    again = vehicle_from_mapping(json.loads(json.dumps(given_fields(truck))))
    assert again == truck and again.emission_code == code


@pytest.mark.parametrize("memo", [True, False])
def test_a_batch_row_fills_the_emission_code_from_its_model_code_as_a_file_does(memo: bool) -> None:
    import datetime as dt

    from kei_core.batch import Checker
    from kei_core.testing import make_registry

    checker = Checker(make_registry(), [], dt.date(2026, 12, 1), memo=memo)
    row = {"model_code": "EBD-DA16T", "manufactured": "2014-05"}
    assert checker.vehicle(row) == vehicle_from_mapping(row)
    assert checker.vehicle(row).emission_code == "EBD"
