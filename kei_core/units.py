"""Quantities as people and statutes write them ("58 in", "1,500 lb", "64 PS"), converted exactly.

Every conversion factor here is exact by definition (the international inch and pound of 1959,
the metric horsepower of 75 kgf·m/s), so ``Decimal`` arithmetic never rounds: "48 in" is
1219.2 mm and comes back as 48 in, never 47.99999 in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import attrs

from kei_core._fields_repr import fields_repr, hash_salt, written
from kei_core.errors import InputError, did_you_mean, shown

# dimension -> (SI-ish unit kei stores, {unit spelling: factor to that unit})
UNITS: dict[str, tuple[str, dict[str, Decimal]]] = {
    "length": (
        "mm",
        {
            "mm": Decimal(1),
            "cm": Decimal(10),
            "m": Decimal(1000),
            "in": Decimal("25.4"),
            "ft": Decimal("304.8"),
        },
    ),
    "mass": ("kg", {"kg": Decimal(1), "t": Decimal(1000), "lb": Decimal("0.45359237")}),
    "power": (
        "kW",
        {
            "kw": Decimal(1),
            "w": Decimal("0.001"),
            "ps": Decimal("0.73549875"),
            "hp": Decimal("0.74569987158227022"),
        },
    ),
    "speed": ("km/h", {"km/h": Decimal(1), "kmh": Decimal(1), "kph": Decimal(1), "mph": Decimal("1.609344")}),
    "volume": ("cc", {"cc": Decimal(1), "cm3": Decimal(1), "ml": Decimal(1), "l": Decimal(1000)}),
}

_ALIASES = {
    "inch": "in",
    "inches": "in",
    '"': "in",
    "feet": "ft",
    "foot": "ft",
    "millimetres": "mm",
    "millimeters": "mm",
    "metres": "m",
    "meters": "m",
    "lbs": "lb",
    "pounds": "lb",
    "pound": "lb",
    "kilograms": "kg",
    "tonnes": "t",
    "kilowatts": "kw",
    "cv": "ps",
    "bhp": "hp",
    "km/hr": "km/h",
    "litres": "l",
    "liters": "l",
    "litre": "l",
    "liter": "l",
    "cm³": "cm3",
}

# A number as people write it: digits, commas grouping thousands, one decimal point. Every part
# is deterministic (no two ways to match the same text), so matching takes linear time.
_NUMBER = re.compile(r"([+-]?)([0-9,]*)(?:\.([0-9]*))?")
_THOUSANDS = r"[0-9]{1,3}(?:,[0-9]{3})*"  # compiled on first use (re's cache): few numbers have a comma
_EXPONENT = re.compile(r"[eE][+-]?[0-9]")
MAX_QUANTITY_CHARACTERS = 64
"""Longest quantity text read ("1,480.0000000000000000001 mm" is 28): longer is an error."""
_EXAMPLE = "like '1475', '58 in' or '1,500 lb'"


def _number(text: str, written: str) -> tuple[Decimal, str]:
    """The number at the start of ``text`` and the rest; :class:`InputError` quoting ``written``."""
    match = _NUMBER.match(text)
    assert match is not None  # every part is optional
    sign, whole, fraction = match[1], match[2], match[3]
    rest = text[match.end() :]
    if not any(c.isdigit() for c in whole) and not fraction:
        raise InputError(f"{shown(written)} is not a quantity (expected a number and a unit, {_EXAMPLE})")
    if _EXPONENT.match(rest):
        raise InputError(
            f"{shown(written)} is in scientific notation, which kei does not read "
            f"(write the number out, {_EXAMPLE})"
        )
    if "," in whole and not re.fullmatch(_THOUSANDS, whole):
        decimal = f"{whole.replace(',', '.')}{'.' + fraction if fraction is not None else ''}"
        hint = (
            f": for a decimal, write a point ({shown(sign + decimal + rest)})"
            if whole.count(",") == 1
            else ""
        )
        raise InputError(
            f"{shown(written)} is not a number: a comma may only group thousands, as in "
            f"'1,500' or '12,345.6'{hint}"
        )
    digits = whole.replace(",", "") or "0"
    number = Decimal(f"{sign}{digits}.{fraction}" if fraction else f"{sign}{digits}")
    return number, rest


_setattr_of = object.__setattr__.__get__
_MEASURE_SALT = hash_salt("kei_core.units.Measure")


@attrs.frozen
class Measure:
    """A quantity as written (``Measure.parse("54 in")``) and its exact value in kei's unit.

    ``si`` is in the unit kei stores for the dimension (mm, kg, kW, km/h, cc), so a limit can be
    compared with a vehicle field directly: ``vehicle.width_mm <= WIDTH.si``.
    """

    __repr__ = fields_repr

    value: Decimal
    unit: str
    dimension: str
    si: Decimal

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, value: Decimal, unit: str, dimension: str, si: Decimal) -> None:
        _setattr = _setattr_of(self)
        _setattr("value", value)
        _setattr("unit", unit)
        _setattr("dimension", dimension)
        _setattr("si", si)

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.value == other.value
            and self.unit == other.unit
            and self.dimension == other.dimension
            and self.si == other.si
        )

    def __hash__(self) -> int:
        return hash((_MEASURE_SALT, self.value, self.unit, self.dimension, self.si))

    @classmethod
    def parse(cls, text: str, dimension: str | None = None) -> Measure:
        """Read ``"58 in"``; with ``dimension``, a bare number is taken in kei's unit for it.

        Commas group thousands only (``"1,500 lb"``; ``"1,5 m"`` is an error, never 15 m);
        scientific notation is refused; the text is at most :data:`MAX_QUANTITY_CHARACTERS`.
        """
        stripped = text.strip()
        if len(stripped) > MAX_QUANTITY_CHARACTERS:
            raise InputError(
                f"{shown(text)} is too long for a quantity (expected at most "
                f"{MAX_QUANTITY_CHARACTERS} characters, {_EXAMPLE})"
            )
        value, rest = _number(stripped, text)
        unit = rest.strip()
        if unit and (unit[0].isdigit() or unit[0] in ".,"):
            raise InputError(f"{shown(text)} is not a quantity (expected a number and a unit, {_EXAMPLE})")
        if not unit:
            if dimension is None:
                raise InputError(f"{shown(text)} has no unit")
            unit = UNITS[dimension][0]
        key = _ALIASES.get(unit.lower(), unit.lower())
        for name, (_unit, factors) in UNITS.items():
            if dimension not in (None, name):
                continue
            if key in factors:
                return cls(value, unit, name, value * factors[key])
        known = UNITS[dimension][1] if dimension else [u for _, f in UNITS.values() for u in f]
        raise InputError(f"unknown unit {shown(unit)} in {shown(text)}{did_you_mean(key, known)}")

    def __str__(self) -> str:
        return f"{self.value:,} {self.unit}".replace(",", ",")

    def to(self, unit: str) -> Decimal:
        """The same quantity in another unit of its dimension (exact)."""
        factors = UNITS[self.dimension][1]
        return self.si / factors[_ALIASES.get(unit.lower(), unit.lower())]


def quantity(value: object, dimension: str) -> Decimal:
    """A vehicle field's value in kei's unit for ``dimension``, from a number or written text.

    Only finite numbers: ``inf``, ``nan`` and TOML's ``1e400`` (an infinite float) are errors.
    Whether the value is plausible for the field is :mod:`kei_core.vehicle`'s business.
    """
    expected = f"expected a {dimension} {_EXAMPLE}"
    if isinstance(value, bool):
        raise InputError(f"{expected}, got {shown(value)}")
    if isinstance(value, int | float | Decimal):
        number = Decimal(value) if isinstance(value, int | Decimal) else Decimal(repr(value))
        if not number.is_finite():
            raise InputError(f"{expected}, got {shown(value)}, which is not a finite number")
        return number
    if isinstance(value, str):
        return Measure.parse(value, dimension).si
    raise InputError(f"{expected}, got {shown(value)}")


def stored_unit(dimension: str) -> str:
    return UNITS[dimension][0]


def show(value: Decimal | int, unit: str, *, places: int | None = None) -> str:
    """``Decimal("1371.60"), "mm"`` -> ``"1,371.6 mm"``: no float noise, no trailing zeros.

    ``places`` rounds (half up) for figures that are conversions, not the law's own numbers:
    ``show(Decimal("40.2336"), "km/h", places=0)`` -> ``"40 km/h"``.
    """
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    normal = number.normalize()
    # normalize() writes 1E+3 for 1000; quantize back to an integer exponent when it is whole.
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:,f} {unit}"


def show_power(kw: Decimal | int) -> str:
    """A power as people write it: ``29.41995 kW`` -> ``"29.4 kW (40 PS)"``."""
    ps = Decimal(kw) / UNITS["power"][1]["ps"]
    return f"{show(kw, 'kW', places=1)} ({show(ps, 'PS', places=0)})"


def show_speed(kmh: Decimal | int) -> str:
    """A speed in both units people use: ``40.2336 km/h`` -> ``"40 km/h (25 mph)"``."""
    mph = Decimal(kmh) / UNITS["speed"][1]["mph"]
    return f"{show(kmh, 'km/h', places=0)} ({show(mph, 'mph', places=0)})"


def converter(dimension: str) -> Callable[[object], Decimal | None]:
    """An attrs converter reading a field of ``dimension`` from a number or written text."""

    def convert(value: object) -> Decimal | None:
        return None if value is None else quantity(value, dimension)

    return convert
