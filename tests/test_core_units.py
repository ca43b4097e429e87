"""Quantities as written in files and statutes, converted exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import InputError, Measure


def test_48_inches_come_back_as_48_inches_exactly() -> None:
    width = Measure.parse("48 in")
    assert width.si == Decimal("1219.2")
    assert width.to("in") == 48


@pytest.mark.parametrize(
    ("text", "dimension", "si"),
    [
        ("58 in", "length", Decimal("1473.2")),
        ("1,500 lb", "mass", Decimal("680.38855500")),
        ("3,000 lb", "mass", Decimal("1360.77711")),
        ("25 mph", "speed", Decimal("40.233600")),
        ("47 kW", "power", Decimal(47)),
        ("64 PS", "power", Decimal("47.07192000")),
        ("0.660 L", "volume", Decimal(660)),
        ("3.40 m", "length", Decimal(3400)),
        ("1480", "length", Decimal(1480)),
    ],
)
def test_written_units_convert_exactly(text: str, dimension: str, si: Decimal) -> None:
    assert Measure.parse(text, dimension).si == si


@pytest.mark.parametrize("text", ["58 furlongs", "abc", "12 kg"])
def test_wrong_units_are_errors_naming_the_text(text: str) -> None:
    with pytest.raises(InputError, match=r"58 furlongs|abc|kg"):
        Measure.parse(text, "length")


@given(st.decimals(min_value=0, max_value=10_000, places=3), st.sampled_from(["in", "ft", "mm", "m"]))
def test_converting_to_a_unit_and_back_is_exact(value: Decimal, unit: str) -> None:
    assert Measure.parse(f"{value} {unit}", "length").to(unit) == value
