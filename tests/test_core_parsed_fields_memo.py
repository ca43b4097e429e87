"""vehicle_io remembers how short text and integers read (a server reads the same makes, codes,
dates and figures over and over): the same answers as reading them afresh, refusals never kept,
memory bounded."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kei_core import vehicle_io
from kei_core.errors import InputError
from kei_core.vehicle import parse_field


def test_a_remembered_reading_is_the_fresh_one() -> None:
    data = {
        "make": "Suzuki",
        "model_code": "ebd-da16t",
        "manufactured": "2005-06",
        "width_mm": 1475,
        "seats": 2,
    }
    first = vehicle_io.parsed_fields(data)
    again = vehicle_io.parsed_fields(data)
    assert first == again
    for name, value in data.items():
        if name != "model_code":  # split into model_code and emission_code across fields
            assert again[name] == parse_field(name, value)
    assert (again["model_code"], again["emission_code"]) == ("DA16T", "EBD")


def test_a_refusal_is_refused_every_time() -> None:
    for _ in range(2):
        with pytest.raises(InputError, match="width_mm"):
            vehicle_io.parsed_fields({"width_mm": -3})


def test_equal_numbers_of_other_types_keep_their_own_reading() -> None:
    # 1475 and Decimal("1475.0") are equal and hash alike: only integers and text are remembered,
    # so the decimal keeps its own digits.
    assert vehicle_io.parsed_fields({"width_mm": 1475})["width_mm"] == Decimal("1475")
    assert str(vehicle_io.parsed_fields({"width_mm": Decimal("1475.0")})["width_mm"]) == "1475.0"


def test_memory_is_bounded() -> None:
    for number in range(vehicle_io.PARSED_KEPT + 100):
        vehicle_io.parsed_fields({"make": f"make {number}"})
    assert len(vehicle_io._parsed) <= vehicle_io.PARSED_KEPT
