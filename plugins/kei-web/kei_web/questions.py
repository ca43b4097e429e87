"""What a request asks, read exactly as ``kei check`` reads it.

A form or a query string (``/check?model=DA63T&made=2005&in=US-TX``) is ``kei check --model
DA63T --made 2005 --in US-TX``; a JSON body ``{"vehicle": {...}, "in": [...], "on": ...}`` is
``kei check vehicle.json --in ... --on ...``. The same functions of kei-core read both, so a bad
value gets the very line the CLI prints (:func:`error_line`), and nothing is read twice.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from kei_core.api import CheckResult, Kei
from kei_core.errors import InputError, shown
from kei_core.places import check_code
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle, check_built_by
from kei_core.vehicle_io import vehicle_from_mapping

MAX_BODY_BYTES = 1024 * 1024
"""A check request's body: a vehicle file's limit (kei_core.vehicle_io.MAX_VEHICLE_FILE_BYTES)."""

QUESTION_KEYS = ("vehicle", "in", "on", "imported", "titled")
"""The members of a ``POST /api/check`` body."""

_QUESTION_KEYS = frozenset(QUESTION_KEYS)

_JSON = json.JSONDecoder(parse_float=Decimal)
"""A request body's JSON, numbers exact, as ``kei check`` reads a JSON vehicle file."""

FORM_KEYS = ("model", "made", "frame", "in", "on", "imported", "titled")
"""The form's own fields; any other field named after a vehicle field overrides it (``--set``)."""


class Malformed(InputError):
    """A request that is not a question at all (not JSON, not an object): 400, where a value kei
    refuses is 422."""


def error_line(error: BaseException) -> str:
    """The one line the CLI prints for ``error`` (after ``kei: error:``): control characters
    escaped, cut at the CLI's length."""
    from kei_core.errors import one_line

    return one_line(str(error))


@attrs.frozen
class Question:
    """A vehicle, the places asked (none: every installed place), the date, and what else
    ``kei check`` hands the facade for it (how the catalog filled the vehicle, the situation)."""

    vehicle: Vehicle
    places: tuple[str, ...]
    on: dt.date
    options: Mapping[str, Any] = attrs.field(factory=dict)

    def answer(self, kei: Kei) -> CheckResult:
        """The answer, as ``kei check`` computes it (its ``plugins`` those behind it, as a fresh
        ``kei check`` lists them)."""
        return kei.check(self.vehicle, self.places, self.on, **self.options)


def _catalog_options(filled: Any) -> dict[str, Any]:
    """How the vehicle was completed from the catalog, as :meth:`Kei.check` takes it: the
    :class:`~kei_core.catalog.Filled` record, or (older facades) the notes alone."""
    if isinstance(filled, list | tuple):
        return {"notes": tuple(filled)}
    return {"catalog": filled}


def situation_supported() -> bool:
    """Whether the facade takes where the truck already is (``kei check --imported``)."""
    import kei_core.api

    return hasattr(kei_core.api, "Situation")


def _situation(imported: bool, titled: bool, places: Sequence[str]) -> dict[str, Any]:
    if not (imported or titled):
        return {}
    if not situation_supported():
        raise InputError("this kei cannot take whether the truck is already imported", field="--imported")
    from kei_core import api

    if titled and len(places) != 1:
        raise InputError("says it is titled in the place asked: give exactly one --in CODE", field="--titled")
    situation = getattr(api, "Situation")  # noqa: B009 -- absent from older facades
    return {"situation": situation(imported=imported, titled=titled)}


def asked_on(value: str | None) -> dt.date:
    """``--on``: the date asked, today when not given."""
    if value and value.strip():
        return _asked_date(value)
    from kei_core.cli import parse_on

    return parse_on(None)


@functools.lru_cache(maxsize=256)
def _asked_date(text: str) -> dt.date:
    """``--on TEXT`` read as the CLI reads it (a pure function of the text: remembered, as a
    site's requests ask about a few dates; a refusal is not remembered)."""
    from kei_core.cli import parse_on

    return parse_on(text)


def asked_places(kei: Kei, codes: Sequence[object]) -> tuple[str, ...]:
    """``--in`` for each code, checked as the CLI checks it."""
    found: list[str] = []
    for code in codes:
        if not isinstance(code, str):
            raise InputError(f"expected a jurisdiction code such as US-TX, got {shown(code)}", field="--in")
        normal = code.strip().upper()
        # A code an installed plugin declares is check_code's first answer, found here without
        # the list of every declared code it takes (and the set it builds to look one up).
        found.append(normal if kei.declares(normal) else check_code(code, kei.places()))
    return tuple(found)


def from_form(kei: Kei, form: Mapping[str, Sequence[str]]) -> Question:
    """A question from a form or query string: ``model``, ``made``, ``frame``, ``in`` (repeated),
    ``on`` and any vehicle field (``width_mm=1475``), as ``kei check --model --made --in --on
    --set`` reads them."""

    def one(name: str) -> str | None:
        values = [v for v in form.get(name, ()) if v.strip()]
        if len(values) > 1:
            raise InputError(f"{shown(name)} is given {len(values)} times: give it once", field=f"--{name}")
        return values[0] if values else None

    unknown = sorted(set(form) - set(FORM_KEYS) - set(VEHICLE_FIELDS))
    if unknown:
        from kei_core.errors import did_you_mean

        raise InputError(
            f"unknown field {shown(unknown[0])}{did_you_mean(unknown[0], VEHICLE_FIELDS)} (see `kei fields`)",
            field="--set",
        )
    day = asked_on(one("on"))
    places = asked_places(
        kei, [code for value in form.get("in", ()) for code in value.split(",") if code.strip()]
    )
    situation = _situation(one("imported") is not None, one("titled") is not None, places)
    # ``model`` is the model code, as ``kei check --model`` reads it (not the model's name).
    sets = [
        f"{name}={value}" for name in VEHICLE_FIELDS if name != "model" and (value := one(name)) is not None
    ]
    filled = kei.vehicle(
        model=_model_code(kei, one("model")), made=one("made"), frame=one("frame"), sets=sets, on=day
    )
    return Question(filled.vehicle, places, day, {**_catalog_options(filled), **situation})


def _model_code(kei: Kei, typed: str | None) -> str | None:
    """The model as typed: a code (``DA63T``), or words naming exactly one catalog entry
    (``Carry DA63T``, as the page's suggestions read); anything else is left to the catalog's
    own error, the CLI's."""
    if typed is None:
        return None
    words = typed.split()
    if len(words) > 1:
        found = kei.models(typed)
        if len(found) == 1:
            return found[0].model_code
    return typed


def from_body(kei: Kei, body: bytes) -> Question:
    """A question from a ``POST /api/check`` body: ``{"vehicle": {...}, "in": [...], "on": DATE}``,
    the vehicle read as ``kei check`` reads a JSON vehicle file (numbers exact)."""
    if len(body) > MAX_BODY_BYTES:
        raise Malformed("the request is larger than 1 MiB (a vehicle is a few lines of JSON)")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Malformed(f"the request is not UTF-8 text (byte {error.start + 1:,} cannot be read)") from None
    try:
        # One decoder for every request (json.loads makes one a call when given parse_float);
        # a byte-order mark left after utf-8-sig's goes to json.loads for its own error.
        data = _JSON.decode(text) if not text.startswith("\ufeff") else json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise Malformed(f"the request is not valid JSON: {error.msg} at line {error.lineno}") from None
    except (RecursionError, ValueError):
        raise Malformed(
            "the request is not a question: its JSON is nested too deeply or holds a huge number"
        ) from None
    if not isinstance(data, dict):
        raise Malformed('expected a JSON object {"vehicle": {...}, "in": [...], "on": "YYYY-MM-DD"}')
    unknown = sorted(key for key in data if key not in _QUESTION_KEYS)
    if unknown:
        from kei_core.errors import did_you_mean

        raise Malformed(
            f"unknown member {shown(unknown[0])}{did_you_mean(unknown[0], QUESTION_KEYS)} "
            '(expected {"vehicle": {...}, "in": [...], "on": "YYYY-MM-DD"})'
        )
    vehicle_data = data.get("vehicle")
    if not isinstance(vehicle_data, dict):
        raise InputError(f"expected an object of vehicle fields, got {shown(vehicle_data)}", field="vehicle")
    codes = data.get("in", [])
    if isinstance(codes, str):
        codes = [codes]
    if not isinstance(codes, list):
        raise InputError(f"expected a list of jurisdiction codes, got {shown(codes)}", field="--in")
    on = data.get("on")
    if on is not None and not isinstance(on, str):
        raise InputError(f"expected a date YYYY-MM-DD, got {shown(on)}", field="--on")
    day = asked_on(on)
    places = asked_places(kei, codes)
    flags = {}
    for name in ("imported", "titled"):
        flag = data.get(name, False)
        if not isinstance(flag, bool):
            raise InputError(f"expected true or false, got {shown(flag)}", field=f"--{name}")
        flags[name] = flag
    situation = _situation(flags["imported"], flags["titled"], places)
    vehicle = vehicle_from_mapping(vehicle_data)
    options: dict[str, Any] = {}
    complete = getattr(kei, "complete", None)
    if complete is not None:  # a vehicle file is completed from the catalog as `kei check FILE` does
        filled = complete(vehicle)
        vehicle, options = filled.vehicle, {"catalog": filled}
    check_built_by(vehicle.manufactured, day)
    return Question(vehicle, places, day, {**options, **situation})
