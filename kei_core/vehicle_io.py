"""Vehicles in and out: TOML and JSON files, mappings and batch rows, through cattrs.

Every way a vehicle enters kei ends in :func:`vehicle_from_mapping`, so a misspelt field, an
impossible date or a negative width gets the same one-line error wherever it was written.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean
from kei_core.units import quantity
from kei_core.vehicle import DIMENSION_OF, VEHICLE_FIELDS, Modification, Vehicle

_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def _bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise InputError(f"expected true or false, got {value!r}")


def _int(value: object, _: object) -> int:
    if isinstance(value, bool):
        raise InputError(f"expected a whole number, got {value!r}")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    if isinstance(value, float | Decimal) and value == int(value):
        return int(value)
    raise InputError(f"expected a whole number, got {value!r}")


def _names(value: object, _: object) -> frozenset[str]:
    if isinstance(value, str):
        value = [part for chunk in value.split(";") for part in chunk.split(",")]
    if not isinstance(value, list | tuple | set | frozenset):
        raise InputError(f"expected a list of names, got {value!r}")
    return frozenset(str(item).strip() for item in value if str(item).strip())


def _text(value: object, _: object) -> str:
    if isinstance(value, str | int | float | Decimal) and not isinstance(value, bool):
        return str(value).strip()
    raise InputError(f"expected text, got {value!r}")


def _partial_date(value: object, _: object) -> PartialDate:
    return PartialDate.parse(value)


def _modifications(value: object, _: object) -> tuple[Modification, ...]:
    if not isinstance(value, list | tuple):
        raise InputError(f"expected a list of {{date, description, significant}} tables, got {value!r}")
    items = []
    for item in value:
        if not isinstance(item, Mapping):
            raise InputError(f"expected a table with date, description and significant, got {item!r}")
        unknown = set(item) - {"date", "description", "significant"}
        if unknown:
            name = sorted(unknown)[0]
            raise InputError(
                f"unknown key {name!r} in a modification (expected date, description, significant)"
            )
        items.append(
            Modification(
                date=PartialDate.parse(item["date"]) if item.get("date") not in (None, "") else None,
                description=_text(item.get("description", ""), None),
                significant=_bool(item.get("significant", True), None),
            )
        )
    return tuple(items)


def _quantity_hook(dimension: str) -> Callable[[object, object], Decimal]:
    def structure(value: object, _: object) -> Decimal:
        return quantity(value, dimension)

    return structure


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True)
    converter.register_structure_hook(bool, _bool)
    converter.register_structure_hook(int, _int)
    converter.register_structure_hook(str, _text)
    converter.register_structure_hook_func(lambda t: t == frozenset[str], _names)
    converter.register_structure_hook(PartialDate, _partial_date)
    converter.register_structure_hook_func(lambda t: t == tuple[Modification, ...], _modifications)
    for newtype, dimension in DIMENSION_OF.items():
        converter.register_structure_hook(newtype, _quantity_hook(dimension))
    converter.register_unstructure_hook(PartialDate, str)
    converter.register_unstructure_hook(Decimal, _number_out)
    converter.register_unstructure_hook_func(lambda t: t == frozenset[str], sorted)
    converter.register_unstructure_hook(
        Modification,
        lambda m: {
            "date": str(m.date) if m.date else None,
            "description": m.description,
            "significant": m.significant,
        },
    )
    return converter


def _number_out(value: Decimal) -> int | float:
    normal = value.normalize()
    return int(normal) if normal == normal.to_integral_value() else float(normal)


CONVERTER = _make_converter()


def _first_error(error: BaseException) -> tuple[BaseException, str | None]:
    """The innermost error of a cattrs error group, and the attribute it came from."""
    field = None
    while isinstance(error, ClassValidationError | ExceptionGroup):
        inner = error.exceptions[0]
        for note in getattr(inner, "__notes__", []):
            if "@ attribute " in note:
                field = note.rsplit("@ attribute ", 1)[1].strip()
        error = inner
    return error, field


def vehicle_from_mapping(data: Mapping[str, Any]) -> Vehicle:
    """A :class:`Vehicle` from field names and values; :class:`InputError` naming the field."""
    if not isinstance(data, Mapping):
        raise InputError(f"expected a table of vehicle fields, got {type(data).__name__}")
    for key in data:
        if key not in VEHICLE_FIELDS:
            raise InputError(
                f"unknown field {key!r}{did_you_mean(str(key), VEHICLE_FIELDS)} (see `kei fields` for every field)"
            )
    cleaned = {key: value for key, value in data.items() if value not in (None, "")}
    try:
        return CONVERTER.structure(cleaned, Vehicle)
    except InputError:
        raise
    except (ClassValidationError, ForbiddenExtraKeysError, ExceptionGroup) as error:
        inner, field = _first_error(error)
        if isinstance(inner, InputError):
            raise inner.for_field(field) if field else inner from None
        value = cleaned.get(field) if field else None
        raise InputError(f"{value!r} is not valid ({inner})", field=field) from None
    except (TypeError, ValueError) as error:
        raise InputError(str(error)) from None


def vehicle_to_mapping(vehicle: Vehicle) -> dict[str, Any]:
    """The fields that are set, as plain JSON-ready values (the inverse of :func:`vehicle_from_mapping`)."""
    data: dict[str, Any] = CONVERTER.unstructure(vehicle)
    return {key: value for key, value in data.items() if value not in (None, [], ())}


def parse_vehicle_text(text: str, *, name: str = "<stdin>") -> Vehicle:
    """A vehicle from TOML or JSON text (JSON if it starts with ``{``)."""
    stripped = text.strip()
    if not stripped:
        raise InputError(f"{name} is empty (expected a TOML or JSON table of vehicle fields)")
    if stripped.startswith("{"):
        import json

        try:
            data = json.loads(stripped, parse_float=Decimal)
        except json.JSONDecodeError as error:
            raise InputError(f"{name} is not valid JSON: {error.msg} at line {error.lineno}") from None
    else:
        try:
            data = tomllib.loads(stripped)
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"{name} is neither JSON nor valid TOML: {error}") from None
    if "vehicle" in data and isinstance(data["vehicle"], Mapping) and len(data) == 1:
        data = data["vehicle"]
    return vehicle_from_mapping(data)


def read_vehicle_file(path: str) -> Vehicle:
    """A vehicle from a TOML or JSON file, or ``-`` for standard input."""
    if path == "-":
        import sys

        return parse_vehicle_text(sys.stdin.read())
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a vehicle file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path} is not a text file (expected TOML or JSON)") from None
    return parse_vehicle_text(text, name=path)


def with_overrides(vehicle: Vehicle, overrides: Mapping[str, Any]) -> Vehicle:
    """``vehicle`` with some fields replaced, validated like a file."""
    data = vehicle_to_mapping(vehicle)
    data.update(overrides)
    return vehicle_from_mapping(data)


__all__ = [
    "parse_vehicle_text",
    "read_vehicle_file",
    "vehicle_from_mapping",
    "vehicle_to_mapping",
    "with_overrides",
]
_ = attrs
