"""Vehicles in and out: TOML and JSON files, mappings and batch rows, through cattrs.

Every way a vehicle enters kei ends in :func:`vehicle_from_mapping` (or, for a few fields
changed on an existing vehicle, :func:`with_overrides`), so a misspelt field, an impossible
date, a width of 1.78 mm or a text of a million characters gets the same one-line error
wherever it was written. Reading is bounded: a vehicle file is at most
:data:`MAX_VEHICLE_FILE_BYTES`, and no more than that is ever read, whatever the path names
(a device that never ends, a pipe, a huge sparse file).
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import IO, Any

import attrs
import cattrs
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError

from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean, shown, shown_path
from kei_core.units import quantity
from kei_core.vehicle import (
    DIMENSION_OF,
    PLAUSIBLE,
    VEHICLE_FIELDS,
    Modification,
    Vehicle,
    check_dates_agree,
    check_plausible,
    check_vehicle_date,
)

MAX_VEHICLE_FILE_BYTES = 1024 * 1024
"""A vehicle file, or standard input, is at most 1 MiB (a real one is under 2 KiB)."""
MAX_TEXT_CHARACTERS = 4096
"""A text value (make, frame number, a modification's description, a list of names) is at
most 4,096 characters; so is a cell of a batch inventory."""

_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}


def _bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise InputError(f"expected true or false, got {shown(value)}")


def _int(value: object, _: object) -> int:
    expected = f"expected a whole number, got {shown(value)}"
    if isinstance(value, bool):
        raise InputError(expected)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 9:
            return int(text)
        raise InputError(expected)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if number.is_finite() and number == number.to_integral_value() and abs(number) < 10**9:
            return int(number)
    raise InputError(expected)


def _checked_text(value: str) -> str:
    if len(value) > MAX_TEXT_CHARACTERS:
        raise InputError(f"{shown(value)} is too long (expected at most {MAX_TEXT_CHARACTERS:,} characters)")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"{shown(value)} is not valid text (it holds a lone UTF-16 surrogate or undecodable bytes)"
        ) from None
    return value


def _names(value: object, _: object) -> frozenset[str]:
    if isinstance(value, str):
        value = [part for chunk in _checked_text(value).split(";") for part in chunk.split(",")]
    if not isinstance(value, list | tuple | set | frozenset):
        raise InputError(f"expected a list of names, got {shown(value)}")
    names = set()
    for item in value:
        if not isinstance(item, str):
            raise InputError(f"expected a list of names, got {shown(item)} among them")
        name = _checked_text(item).strip()
        if name:
            names.add(name)
    return frozenset(names)


def _text(value: object, _: object) -> str:
    if isinstance(value, str):
        return _checked_text(value).strip()
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 64:
        return str(value)
    if (
        isinstance(value, float | Decimal)
        and Decimal(repr(value) if isinstance(value, float) else value).is_finite()
    ):
        return _checked_text(str(value))
    raise InputError(f"expected text, got {shown(value)}")


def _partial_date(value: object, _: object) -> PartialDate:
    return PartialDate.parse(value)


def _modifications(value: object, _: object) -> tuple[Modification, ...]:
    expected = "expected a list of {date, description, significant} tables"
    if not isinstance(value, list | tuple):
        raise InputError(f"{expected}, got {shown(value)}")
    items = []
    for item in value:
        if isinstance(item, Modification):  # already read (a vehicle's own, given again)
            items.append(item)
            continue
        if not isinstance(item, Mapping):
            raise InputError(f"{expected}, got {shown(item)} among them")
        unknown = set(item) - {"date", "description", "significant"}
        if unknown:
            name = sorted(map(str, unknown))[0]
            raise InputError(
                f"unknown key {shown(name)} in a modification (expected date, description, significant)"
            )
        date = item.get("date")
        items.append(
            Modification(
                date=None if date is None or date == "" else PartialDate.parse(date),
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
_DEFAULTS = Vehicle()


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


def _structure(data: Mapping[str, Any]) -> tuple[Vehicle, dict[str, Any]]:
    """A vehicle from ``data`` with each given field converted and checked on its own (range,
    vehicle dates), and the given fields' names; no check across fields yet."""
    if not isinstance(data, Mapping):
        raise InputError(f"expected a table of vehicle fields, got {shown(data)}")
    for key in data:
        if key not in VEHICLE_FIELDS:
            name = key if isinstance(key, str) else str(key)
            raise InputError(
                f"unknown field {shown(name)}{did_you_mean(name, VEHICLE_FIELDS)} (see `kei fields` for every field)"
            )
    cleaned = {key: value for key, value in data.items() if not (value is None or value == "")}
    try:
        vehicle = CONVERTER.structure(cleaned, Vehicle)
    except InputError:
        raise
    except (ClassValidationError, ForbiddenExtraKeysError, ExceptionGroup) as error:
        inner, field = _first_error(error)
        if isinstance(inner, InputError):
            raise inner.for_field(field) if field else inner from None
        value = cleaned.get(field) if field else None
        raise InputError(f"{shown(value)} is not valid ({type(inner).__name__})", field=field) from None
    except (TypeError, ValueError, ArithmeticError, RecursionError) as error:
        raise InputError(f"not a valid vehicle ({type(error).__name__})") from None
    for field in cleaned:
        if field in PLAUSIBLE:
            check_plausible(field, getattr(vehicle, field))
    check_vehicle_date("manufactured", vehicle.manufactured)
    check_vehicle_date("first_registered", vehicle.first_registered)
    for modification in vehicle.modifications:
        check_vehicle_date("modifications", modification.date)
    return vehicle, cleaned


def vehicle_from_mapping(data: Mapping[str, Any]) -> Vehicle:
    """A :class:`Vehicle` from field names and values; :class:`InputError` naming the field."""
    vehicle, _ = _structure(data)
    check_dates_agree(vehicle.manufactured, vehicle.first_registered, vehicle.modifications)
    return vehicle


def fields_from_mapping(data: Mapping[str, Any]) -> dict[str, Any]:
    """The given fields, each converted and checked as in a vehicle file (an empty value
    stands for "not given": the field's default)."""
    vehicle, cleaned = _structure(data)
    return {key: getattr(vehicle, key) if key in cleaned else getattr(_DEFAULTS, key) for key in data}


def given_fields(vehicle: Vehicle) -> dict[str, Any]:
    """The fields of ``vehicle`` that are set, with their values exactly as held (no round
    trip through text or float)."""
    return {
        name: getattr(vehicle, name)
        for name in VEHICLE_FIELDS
        if getattr(vehicle, name) != getattr(_DEFAULTS, name)
    }


def with_overrides(vehicle: Vehicle, overrides: Mapping[str, Any]) -> Vehicle:
    """``vehicle`` with the fields ``overrides`` names replaced, validated like a file; every
    other field keeps its exact value (a width of 1480.0000000000000000001 mm stays that)."""
    changed = attrs.evolve(vehicle, **fields_from_mapping(overrides))
    check_dates_agree(changed.manufactured, changed.first_registered, changed.modifications)
    return changed


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
        except RecursionError:
            raise InputError(f"{name} is not a vehicle file: its JSON is nested too deeply") from None
        except ValueError:  # an integer of more than 4,300 digits
            raise InputError(
                f"{name} is not a vehicle file: it holds a number with thousands of digits"
            ) from None
    else:
        try:
            data = tomllib.loads(stripped)
        except tomllib.TOMLDecodeError as error:
            raise InputError(f"{name} is neither JSON nor valid TOML: {error}") from None
        except RecursionError:
            raise InputError(f"{name} is not a vehicle file: its TOML is nested too deeply") from None
        except ValueError:
            raise InputError(
                f"{name} is not a vehicle file: it holds a number with thousands of digits"
            ) from None
    if (
        isinstance(data, Mapping)
        and "vehicle" in data
        and isinstance(data["vehicle"], Mapping)
        and len(data) == 1
    ):
        data = data["vehicle"]
    return vehicle_from_mapping(data)


def _decode(data: bytes, name: str) -> str:
    """UTF-8 text, a byte-order mark allowed; anything else is refused, not guessed."""
    if len(data) > MAX_VEHICLE_FILE_BYTES:
        raise InputError(f"{name} is larger than 1 MiB (a vehicle file is a few lines of TOML or JSON)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not UTF-8 text (byte {error.start + 1:,} cannot be read; expected TOML or JSON)"
        ) from None


def _read_at_most(read: Callable[[int], bytes], limit: int) -> bytes:
    """At most ``limit`` bytes from a stream, however it hands them out."""
    chunks, total = [], 0
    while total < limit:
        chunk = read(limit - total)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _read_stdin() -> str:
    import sys

    stream: IO[Any] = sys.stdin
    binary = getattr(stream, "buffer", None)
    if binary is None:  # replaced by a text stream (tests, embedding): take it as text
        text = stream.read(MAX_VEHICLE_FILE_BYTES + 1)
        return _decode(text.encode("utf-8", "surrogatepass"), "standard input") if text else ""
    return _decode(_read_at_most(binary.read, MAX_VEHICLE_FILE_BYTES + 1), "standard input")


def _read_file(path: str) -> str:
    shown_name = shown_path(path)
    try:
        # Non-blocking, so that a named pipe with no writer cannot hang the open.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"no such file: {shown_name}") from None
    except NotADirectoryError:
        raise InputError(f"no such file: {shown_name} (a part of the path is a file, not a folder)") from None
    except OSError as error:
        raise InputError(f"cannot read {shown_name}: {error.strerror or error}") from None
    except ValueError:  # a NUL in the name
        raise InputError(f"no such file: {shown(path)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{shown_name} is a folder, not a vehicle file")
        if stat.S_ISREG(info.st_mode) and info.st_size > MAX_VEHICLE_FILE_BYTES:
            raise InputError(
                f"{shown_name} is larger than 1 MiB (a vehicle file is a few lines of TOML or JSON)"
            )
        if not stat.S_ISREG(info.st_mode):
            os.set_blocking(fd, True)  # a pipe or a device: read as it comes, up to the limit
        data = _read_at_most(lambda n: os.read(fd, n), MAX_VEHICLE_FILE_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read {shown_name}: {error.strerror or error}") from None
    finally:
        os.close(fd)
    return _decode(data, shown_name)


def read_vehicle_file(path: str) -> Vehicle:
    """A vehicle from a TOML or JSON file, or ``-`` for standard input."""
    if path == "-":
        return parse_vehicle_text(_read_stdin(), name="standard input")
    return parse_vehicle_text(_read_file(path), name=shown_path(path))


__all__ = [
    "MAX_TEXT_CHARACTERS",
    "MAX_VEHICLE_FILE_BYTES",
    "fields_from_mapping",
    "given_fields",
    "parse_vehicle_text",
    "read_vehicle_file",
    "vehicle_from_mapping",
    "vehicle_to_mapping",
    "with_overrides",
]
