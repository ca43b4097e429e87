"""The JSON Schemas of the API's inputs, generated from kei's attrs types and field documentation.

The vehicle a request sends is read as a vehicle file is: a measure may be a number in the unit
its name states or text with a unit (``"58 in"``), a date may stop at the year or the month. So
its schema is made here from :class:`kei_core.vehicle.Vehicle`'s attrs fields, the plausible
ranges and units kei-core declares, and the sentences ``kei fields`` shows: nothing about the
vehicle is written twice, and a field added to ``Vehicle`` appears in the API document at once.
"""

from __future__ import annotations

from typing import Any

import attrs

from kei_core.field_docs import FIELD_DOCS, UNITS
from kei_core.vehicle import (
    DRIVES,
    FIELD_DIMENSIONS,
    FUELS,
    MAX_TEXT_CHARACTERS,
    STEERING,
    Modification,
    Vehicle,
)

PARTIAL_DATE = {
    "type": "string",
    "pattern": r"^[0-9]{4}([-/.][0-9]{1,2}([-/.][0-9]{1,2})?)?$|^[0-9]{1,2}[/.][0-9]{4}$",
    "examples": ["2005", "2005-06", "2005-06-14"],
}
CHOICES = {"drive": DRIVES, "fuel": FUELS, "steering": STEERING}


def field_schema(name: str, type_text: str) -> dict[str, Any]:
    """The schema of one attrs field, by its declared type."""
    if "PartialDate" in type_text:
        schema: dict[str, Any] = dict(PARTIAL_DATE)
    elif name in FIELD_DIMENSIONS:
        schema = {
            "oneOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "string", "maxLength": 64}],
            "x-unit": UNITS[FIELD_DIMENSIONS[name]],
        }
    elif type_text.startswith("bool"):
        schema = {"oneOf": [{"type": "boolean"}, {"type": "string", "enum": ["yes", "no", "true", "false"]}]}
    elif type_text.startswith("int"):
        schema = {"oneOf": [{"type": "integer", "minimum": 1}, {"type": "string", "maxLength": 64}]}
    elif type_text.startswith("frozenset"):
        schema = {
            "oneOf": [
                {"type": "array", "items": {"type": "string", "maxLength": MAX_TEXT_CHARACTERS}},
                {"type": "string", "description": "names separated by ;"},
            ]
        }
    elif type_text.startswith("tuple[Modification"):
        schema = {"type": "array", "items": {"$ref": "#/components/schemas/Modification"}}
    else:
        schema = {"type": "string", "maxLength": MAX_TEXT_CHARACTERS}
        if name in CHOICES:
            schema["examples"] = list(CHOICES[name])
    if name in FIELD_DOCS:
        schema["description"] = FIELD_DOCS[name]
    return schema


def attrs_schema(cls: type, title: str) -> dict[str, Any]:
    """An object schema of ``cls``'s attrs fields (every field optional, none other allowed)."""
    return {
        "title": title,
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
        "properties": {field.name: field_schema(field.name, str(field.type)) for field in attrs.fields(cls)},
        "additionalProperties": False,
    }


def components() -> dict[str, Any]:
    """``components.schemas`` of the API document."""
    modification = attrs_schema(Modification, "Modification")
    modification["required"] = ["description"]
    return {
        "Vehicle": attrs_schema(Vehicle, "Vehicle"),
        "Modification": modification,
        "CheckRequest": {
            "title": "CheckRequest",
            "type": "object",
            "properties": {
                "vehicle": {"$ref": "#/components/schemas/Vehicle"},
                "in": {
                    "type": "array",
                    "items": {"type": "string", "examples": ["US-TX", "JP", "CA-BC"]},
                    "description": "the places asked (kei check --in); none: every installed place",
                },
                "on": {
                    "type": "string",
                    "format": "date",
                    "description": "the date asked (kei check --on); default: today",
                },
                "imported": {
                    "type": "boolean",
                    "description": "it is already in the country (kei check --imported): steps behind it are met; "
                    "no status changes",
                },
                "titled": {
                    "type": "boolean",
                    "description": "it is already titled in the one place asked (kei check --titled)",
                },
            },
            "required": ["vehicle"],
            "additionalProperties": False,
        },
        "CheckDocument": {
            "title": "CheckDocument",
            "type": "object",
            "description": "The document `kei check --format json` prints, schema kei/check@1 "
            "(docs/json.md in kei's repository): fields are only ever added.",
            "properties": {
                "schema": {"type": "string", "const": "kei/check@1"},
                "on": {"type": "string", "format": "date"},
                "vehicle": {"type": "object", "description": "the vehicle as kei read it"},
                "verdicts": {"type": "array", "items": {"type": "object"}},
                "plugins": {"type": "array", "items": {"type": "object"}},
                "catalog_notes": {"type": "array", "items": {"type": "string"}},
                "notice": {"type": "string"},
            },
            "required": ["schema", "on", "vehicle", "verdicts", "plugins", "notice"],
        },
        "Error": {
            "title": "Error",
            "type": "object",
            "description": "Bad input: the one line `kei check` prints after `kei: error:`.",
            "properties": {"error": {"type": "string"}},
            "required": ["error"],
        },
    }


def _json_body(ref: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


_PLACES = (
    "in",
    {"type": "array", "items": {"type": "string"}},
    "a place asked (repeatable, or separated by commas)",
)
_ON = ("on", {"type": "string", "format": "date"}, "the date asked (default: today)")
QUERY_PARAMETERS = (
    ("/api/models", "get", [("q", {"type": "string"}, "words every match contains (maker, name, code)")]),
    ("/api/rules", "get", [("in", {"type": "string"}, "only the rules of this place's levels")]),
    (
        "/api/check",
        "get",
        [
            ("model", {"type": "string"}, "a model code (kei check --model)"),
            ("made", PARTIAL_DATE, "the build date (kei check --made)"),
            ("frame", {"type": "string"}, "a frame number (kei check --frame)"),
            _PLACES,
            _ON,
            (
                "imported",
                {"type": "string", "enum": ["yes"]},
                "already in the country (kei check --imported)",
            ),
            (
                "titled",
                {"type": "string", "enum": ["yes"]},
                "already titled in the place asked (kei check --titled)",
            ),
        ],
    ),
    ("/api/batch", "post", [_PLACES, _ON]),
)
"""The query parameters the handlers read themselves, as the CLI's options."""

ERRORS = {
    "400": {"description": "bad input", **_json_body("Error")},
    "413": {"description": "the body is larger than the limit", **_json_body("Error")},
}


def complete(document: dict[str, Any]) -> dict[str, Any]:
    """The framework's OpenAPI document with the bodies it cannot see (the handlers read them as
    the CLI reads a file) described from :func:`components`."""
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(components())
    paths = document.get("paths", {})
    check = paths.get("/api/check", {}).get("post")
    if check is not None:
        check["requestBody"] = {"required": True, **_json_body("CheckRequest")}
        check["responses"] = {
            "200": {"description": "the answer (kei/check@1)", **_json_body("CheckDocument")},
            "422": {"description": "a value kei refuses, named", **_json_body("Error")},
            **ERRORS,
            "503": {"description": "the evaluation took longer than the limit", **_json_body("Error")},
        }
    twin = paths.get("/api/check", {}).get("get")
    if twin is not None:  # the answer page's JSON twin: a bad value is 400 here (a query string)
        twin["responses"] = {
            "200": {"description": "the answer (kei/check@1)", **_json_body("CheckDocument")},
            "400": ERRORS["400"],
            "503": {"description": "the evaluation took longer than the limit", **_json_body("Error")},
        }
    for path, method, names in QUERY_PARAMETERS:
        operation = paths.get(path, {}).get(method)
        if operation is not None:
            operation["parameters"] = [
                {"name": name, "in": "query", "required": False, "schema": schema, "description": text}
                for name, schema, text in names
            ]
    batch = paths.get("/api/batch", {}).get("post")
    if batch is not None:
        batch["requestBody"] = {
            "required": True,
            "description": "an inventory: a CSV header of vehicle field names, one vehicle a row",
            "content": {"text/csv": {"schema": {"type": "string"}}},
        }
        batch["responses"] = {
            "200": {
                "description": "one row per input row and place: row,jurisdiction,status,eligible_from,failing_rules,error",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            },
            **ERRORS,
        }
    return document
