"""Vehicle files: every malformed input gets one line naming the field; valid ones round-trip."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import DOCUMENTS, EQUIPMENT, InputError, PartialDate, Vehicle
from kei_core.vehicle import DRIVES, FUELS, STEERING
from kei_core.vehicle_io import parse_vehicle_text, vehicle_from_mapping, vehicle_to_mapping


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('manufactured = "2001-02-30"', "manufactured: 2001-02-30 is not a date"),
        ("width_mm = -1475", "width_mm: expected a positive number"),
        ('width_mm = "wide"', "width_mm: 'wide' is not a quantity"),
        ("widht_mm = 1475", "unknown field 'widht_mm' (did you mean 'width_mm'?)"),
        ("", "is empty"),
        ("this is : not [ toml", "neither JSON nor valid TOML"),
        ('{"width_mm": 1475,', "is not valid JSON"),
        ('equipment = ["headlamp"]', "did you mean 'headlamps'?"),
        ("seats = 2.5", "seats: expected a whole number"),
        ('drive = "AWD"', "drive: expected one of 2WD, 4WD"),
        ('original_configuration = "maybe"', "original_configuration: expected true or false"),
        ('width_mm = "58 furlongs"', "unknown unit 'furlongs'"),
    ],
)
def test_malformed_input_is_one_line_naming_the_field(text: str, expected: str) -> None:
    with pytest.raises(InputError) as error:
        parse_vehicle_text(text)
    message = str(error.value)
    assert expected in message
    assert "\n" not in message


def test_units_may_be_written_in_files() -> None:
    vehicle = parse_vehicle_text(
        'width_mm = "58 in"\ngvwr_kg = "3,000 lb"\ntop_speed_kmh = "25 mph"\npower_kw = "64 PS"'
    )
    assert vehicle.width_mm == Decimal("1473.2")
    assert vehicle.gvwr_kg == Decimal("1360.77711")
    assert vehicle.top_speed_kmh == Decimal("40.233600")


def test_a_toml_date_and_a_json_string_are_the_same_date() -> None:
    assert parse_vehicle_text("manufactured = 2001-01-15") == parse_vehicle_text(
        '{"manufactured": "2001-01-15"}'
    )


def test_a_type_designation_prefix_is_stripped_from_the_model_code() -> None:
    assert parse_vehicle_text('model_code = "EBD-DA16T"').model_code == "DA16T"


# within every measured field's plausible range (kei_core.vehicle.PLAUSIBLE)
measures = st.decimals(min_value=Decimal(500), max_value=Decimal(5000), places=1)
partials = st.builds(
    lambda year, month, precision: PartialDate(year, month if precision else None, None),
    st.integers(1950, 2030),
    st.integers(1, 12),
    st.booleans(),
)
vehicles = st.builds(
    Vehicle,
    make=st.none() | st.sampled_from(["Suzuki", "Daihatsu", "Honda"]),
    model_code=st.none() | st.sampled_from(["DA63T", "S500P", "HA4"]),
    manufactured=st.none() | partials,
    length_mm=st.none() | measures,
    width_mm=st.none() | measures,
    displacement_cc=st.none() | measures,
    gvwr_kg=st.none() | measures,
    seats=st.none() | st.integers(1, 9),
    drive=st.none() | st.sampled_from(DRIVES),
    fuel=st.none() | st.sampled_from(FUELS),
    steering=st.none() | st.sampled_from(STEERING),
    original_configuration=st.none() | st.booleans(),
    equipment=st.frozensets(st.sampled_from(sorted(EQUIPMENT)), max_size=4),
    documents=st.frozensets(st.sampled_from(sorted(DOCUMENTS)), max_size=3),
)


@given(vehicles)
def test_every_vehicle_round_trips_through_json(vehicle: Vehicle) -> None:
    text = json.dumps(vehicle_to_mapping(vehicle))
    assert vehicle_from_mapping(json.loads(text, parse_float=Decimal)) == vehicle


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("2004/08", "2004-08"),
        ("2004.08", "2004-08"),
        ("08/2004", "2004-08"),
        ("2004/08/15", "2004-08-15"),
        ("1997", "1997"),
    ],
)
def test_dates_as_people_write_them_where_only_one_reading_is_possible(written: str, read: str) -> None:
    assert str(vehicle_from_mapping({"manufactured": written}).manufactured) == read


@pytest.mark.parametrize("written", ["01/22/2026", "22/01/2026", "01/02/2003"])
def test_a_date_that_reads_two_ways_is_refused_with_the_iso_form(written: str) -> None:
    with pytest.raises(InputError, match=r"day first or month first; write it as YYYY-MM-DD"):
        vehicle_from_mapping({"manufactured": written})


def test_values_as_people_write_them() -> None:
    vehicle = vehicle_from_mapping({"drive": "4x4", "fuel": "gas", "steering": "RHD"})
    assert (vehicle.drive, vehicle.fuel, vehicle.steering) == ("4WD", "petrol", "right")
    assert vehicle_from_mapping({"fuel": "Gasoline", "steering": "lhd"}).steering == "left"
