"""Vehicles in and out: TOML and JSON files, mappings, and plain values for JSON.

Every way a vehicle enters kei ends in :func:`vehicle_from_mapping` (or, for a few fields
changed on an existing vehicle, :func:`with_overrides`), which reads each field through
:data:`kei_core.vehicle.FIELD_PARSERS` (``kei batch`` reads its cells through the same table),
so a misspelt field, an impossible date, a width of 1.78 mm or a text of a million characters
gets the same one-line error wherever it was written. Reading is bounded: a vehicle file is at
most :data:`MAX_VEHICLE_FILE_BYTES`, and no more than that is ever read, whatever the path names
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

from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean, shown, shown_path
from kei_core.vehicle import (
    DEFAULT_VALUES,
    MAX_TEXT_CHARACTERS,
    VEHICLE_FIELDS,
    Modification,
    Vehicle,
    check_dates_agree,
    parse_field,
    take_type_designation,
    vehicle_of,
)

MAX_VEHICLE_FILE_BYTES = 1024 * 1024
"""A vehicle file, or standard input, is at most 1 MiB (a real one is under 2 KiB)."""


def _given(data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields ``data`` gives (an empty value stands for "not given"); an unknown field is
    an error with a "did you mean" hint."""
    if not isinstance(data, Mapping):
        raise InputError(f"expected a table of vehicle fields, got {shown(data)}")
    for key in data:
        if key not in VEHICLE_FIELDS:
            name = key if isinstance(key, str) else str(key)
            raise InputError(
                f"unknown field {shown(name)}{did_you_mean(name, VEHICLE_FIELDS)} (see `kei fields` for every field)"
            )
    return {key: value for key, value in data.items() if not (value is None or value == "")}


def parsed_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """Every field's value: those ``data`` gives read through
    :data:`~kei_core.vehicle.FIELD_PARSERS` (in field order, so the first bad one is named),
    the others' defaults, a model code written as a whole 型式 split
    (:func:`~kei_core.vehicle.take_type_designation`: ``EBD-DA16T`` is ``DA16T`` with
    ``emission_code`` ``EBD`` unless ``data`` gives one); no check across fields yet."""
    given = _given(data)
    values = dict(DEFAULT_VALUES)
    for name in VEHICLE_FIELDS:
        if name in given:
            values[name] = _parsed_field(name, given[name])
    take_type_designation(values)
    return values


PARSED_KEPT = 4096
"""Field values :func:`_parsed_field` keeps; then it forgets them all."""

_PARSED_LENGTH = 64
"""The longest text whose reading is kept (makes, codes, dates, figures: not descriptions)."""

_PARSED_INTEGER = 10**12

_parsed: dict[tuple[str, object], Any] = {}


def _parsed_field(name: str, value: object) -> Any:
    """:func:`~kei_core.vehicle.parse_field`, remembered for short text and integers: a
    pure function of them whose answers are immutable (a date, a figure, a name), and a
    server reads the same makes, codes, dates and figures over and over. A refusal is not
    kept, nor any other type (a float or a Decimal equal to another may not read the same)."""
    kind = type(value)
    if kind is str:
        if len(value) > _PARSED_LENGTH:  # type: ignore[arg-type]
            return parse_field(name, value)
    elif kind is not int or not -_PARSED_INTEGER < value < _PARSED_INTEGER:  # type: ignore[operator]
        return parse_field(name, value)
    key = (name, value)
    found = _parsed.get(key, _parsed)
    if found is _parsed:
        found = parse_field(name, value)
        if len(_parsed) >= PARSED_KEPT:
            _parsed.clear()
        _parsed[key] = found
    return found


def vehicle_from_mapping(data: Mapping[str, Any]) -> Vehicle:
    """A :class:`Vehicle` from field names and values; :class:`InputError` naming the field."""
    return vehicle_of(parsed_fields(data))


def fields_from_mapping(data: Mapping[str, Any]) -> dict[str, Any]:
    """The given fields, each converted and checked as in a vehicle file (an empty value
    stands for "not given": the field's default); a model code written as a whole 型式
    (``EBD-DA16T``) gives ``emission_code`` too, unless ``data`` gives one."""
    values = parsed_fields(data)
    fields = {key: values[key] for key in data}
    if "model_code" in data and "emission_code" not in data and values["emission_code"] is not None:
        fields["emission_code"] = values["emission_code"]
    return fields


def given_fields(vehicle: Vehicle) -> dict[str, Any]:
    """The fields of ``vehicle`` that are set, with their values exactly as held (no round
    trip through text or float)."""
    return {
        name: getattr(vehicle, name)
        for name in VEHICLE_FIELDS
        if getattr(vehicle, name) != DEFAULT_VALUES[name]
    }


def with_overrides(vehicle: Vehicle, overrides: Mapping[str, Any]) -> Vehicle:
    """``vehicle`` with the fields ``overrides`` names replaced, validated like a file; every
    other field keeps its exact value (a width of 1480.0000000000000000001 mm stays that). A
    model code overridden with its 型式 prefix (``EBD-DA16T``) replaces the emission code too,
    unless ``overrides`` give one."""
    changed = attrs.evolve(vehicle, **fields_from_mapping(overrides))
    check_dates_agree(changed.manufactured, changed.first_registered, changed.modifications)
    return changed


def value_to_json(value: object) -> Any:
    """A field's value as a plain JSON value that reads back as exactly the same value: a date
    as ``YYYY[-MM[-DD]]``, names as a sorted list, modifications as tables, a whole measure as an
    integer, another measure as a number when a float holds it exactly (``1765.1``), else as its
    exact digits in a string (``"1480.0000000000000000001"``: never rounded through a float)."""
    if isinstance(value, Decimal):
        normal = value.normalize()
        if normal == normal.to_integral_value():
            return int(normal)
        as_float = float(normal)
        return as_float if Decimal(repr(as_float)) == normal else format(normal, "f")
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, Modification):
        return {
            "date": str(value.date) if value.date else None,
            "description": value.description,
            "significant": value.significant,
        }
    if isinstance(value, tuple | list):
        return [value_to_json(item) for item in value]
    return value


_AS_THEY_ARE = frozenset({str, bool, int})
"""The types :func:`value_to_json` hands back unchanged (none of them is ever empty there)."""
_COLLECTIONS = frozenset({frozenset, set, tuple, list})
"""The types :func:`value_to_json` makes a list of: when empty, a field left out."""


def vehicle_to_mapping(vehicle: Vehicle) -> dict[str, Any]:
    """The fields that are set, as plain JSON-ready values (the inverse of :func:`vehicle_from_mapping`)."""
    data = {}
    for name in VEHICLE_FIELDS:
        value = getattr(vehicle, name)
        # Most fields of a vehicle are not given: they are skipped before any conversion.
        if value is None:
            continue
        if type(value) not in _AS_THEY_ARE:
            if not value and type(value) in _COLLECTIONS:  # no names, no modifications: skipped
                continue
            value = value_to_json(value)
            if value in (None, [], ()):
                continue
        data[name] = value
    return data


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
    "parsed_fields",
    "read_vehicle_file",
    "value_to_json",
    "vehicle_from_mapping",
    "vehicle_to_mapping",
    "with_overrides",
]
