"""The model catalog plugins contribute (``kei_models``): look-up, search, and filling a
vehicle's specifications from its model code, saying which values came from the catalog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean, shown
from kei_core.plugins import Registry
from kei_core.rules import Model
from kei_core.vehicle import Vehicle, normalize_model_code
from kei_core.vehicle_io import vehicle_from_mapping, with_overrides


def models(registry: Registry) -> dict[str, tuple[Model, str]]:
    """Every model code in the installed catalog, with the plugin that gave it (first wins)."""
    found: dict[str, tuple[Model, str]] = {}
    for plugin in registry.load_all():
        if "kei_models" not in plugin.hooks:
            continue
        for model in registry.models_of(plugin):
            found.setdefault(normalize_model_code(model.model_code) or model.model_code, (model, plugin.name))
    return found


def code_from_frame(frame_number: str) -> str:
    """``DA63T-123456`` -> ``DA63T``: a Japanese frame number is the model code and a serial."""
    return normalize_model_code(frame_number.strip().split("-")[0]) or ""


def find(registry: Registry, code: str) -> Model:
    """The model for ``code`` (a model code, a 型式 such as ``EBD-DA16T``, or a frame number)."""
    catalog = models(registry)
    candidates = [normalize_model_code(code) or "", code_from_frame(code)]
    for candidate in candidates:
        if candidate in catalog:
            return catalog[candidate][0]
    if not catalog:
        raise InputError("no model catalog is installed (kei-jp provides one)", field="model")
    raise InputError(
        f"{shown(code)} is not in the catalog{did_you_mean(candidates[0], catalog)} (`kei models` lists it)",
        field="model",
    )


def search(registry: Registry, query: str) -> list[Model]:
    """Models whose code, maker, name or generation contains every word of ``query``."""
    words = query.lower().split()
    found = []
    for model, _ in models(registry).values():
        text = f"{model.model_code} {model.make} {model.model} {model.generation}".lower()
        if all(word in text for word in words):
            found.append(model)
    return sorted(
        found,
        key=lambda m: (
            m.make,
            m.model,
            m.production_start.earliest() if m.production_start else dt.date.min,
            m.model_code,
        ),
    )


@attrs.frozen
class Filled:
    """A vehicle built from a catalog entry: which fields came from it, which of those are
    only typical values, and warnings (a date outside the production window)."""

    vehicle: Vehicle
    from_catalog: tuple[str, ...]
    typical: tuple[str, ...]
    warnings: tuple[str, ...]


def in_window(model: Model, made: PartialDate) -> bool:
    if model.production_start and made.latest() < model.production_start.earliest():
        return False
    return not (model.production_end and made.earliest() > model.production_end.latest())


def fill(model: Model, explicit: Mapping[str, Any]) -> Filled:
    """The model's specifications, overridden by ``explicit`` fields (written values, as in a
    vehicle file, or values already held by a :class:`Vehicle`, kept exactly)."""
    data: dict[str, Any] = {"make": model.make, "model": model.model, "model_code": model.model_code}
    data.update({key: value for key, value in model.specs.items() if value is not None})
    from_catalog = tuple(key for key in data if key not in explicit)
    base = vehicle_from_mapping({key: value for key, value in data.items() if key not in explicit})
    vehicle = with_overrides(base, explicit)
    typical = tuple(key for key in from_catalog if key in model.unconfirmed)
    warnings = []
    if vehicle.manufactured and not in_window(model, vehicle.manufactured):
        start = str(model.production_start) if model.production_start else "?"
        end = str(model.production_end) if model.production_end else "today"
        warnings.append(
            f"manufactured {vehicle.manufactured} is outside the {model.model_code}'s production window "
            f"({start} to {end}): check the model code and the date"
        )
    return Filled(vehicle, from_catalog, typical, tuple(warnings))
