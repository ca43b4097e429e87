"""The model catalog plugins contribute (``kei_models``): look-up, search, and filling a
vehicle's specifications from its model code or frame number, saying which values came from
the catalog and which of those are only typical.

:func:`complete` is the one builder every way in uses: ``kei check FILE``, ``kei check --model``
and ``--frame``, ``kei batch`` rows and the facade (:meth:`kei_core.api.Kei.complete`). A value
the vehicle gives always wins over the catalog's.

A production window only warns (a date outside it: check the code and the date); it never
narrows the build date a truck is judged by. Windows come from secondary sources and some ends
are uncertain (DA52T: 2001-09 or 2002-04), so a truck "built 2002" stays possibly built on
2002-12-31: a catalog fact never makes an answer more favourable than the date given.

Looking a code up imports only the plugins that declare a catalog under the entry-point group
:data:`MODELS_GROUP` (kei-jp does); only a code none of them knows makes kei load every plugin
and look again, so a plugin that keeps a catalog without declaring it is still found. An entry
point naming a :data:`Reader` (``jp = "kei_jp.catalog:by_code"``) lets a look-up build only the
model asked, where ``kei_models`` builds them all (a listing, a did-you-mean still asks it).
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean, shown
from kei_core.plugins import Registry
from kei_core.plugins.rulebook import PluginInfo
from kei_core.rules import Model
from kei_core.status import Status
from kei_core.vehicle import DEFAULT_VALUES, Vehicle, normalize_model_code, with_values
from kei_core.vehicle_io import vehicle_from_mapping, with_overrides

if TYPE_CHECKING:
    from kei_core.entrypoints import EntryPoint

MODELS_GROUP = "kei.models"
"""Entry-point group a catalog plugin declares itself under (entry name = its ``kei`` entry
name), so that a look-up imports it alone. The value is its module, or a :data:`Reader` of one
code, so that a look-up reads that model alone."""

CATALOG_FIELDS = ("model_code", "frame_number")
"""The vehicle fields that name a catalog entry."""


def _collect(registry: Registry, plugins: Iterable[PluginInfo]) -> dict[str, tuple[Model, str]]:
    found: dict[str, tuple[Model, str]] = {}
    for plugin in plugins:
        for model in registry.models_of(plugin):
            found.setdefault(normalize_model_code(model.model_code) or model.model_code, (model, plugin.name))
    return found


def models(registry: Registry) -> dict[str, tuple[Model, str]]:
    """Every model code in the installed catalog, with the plugin that gave it (first wins);
    every enabled plugin is loaded."""
    return _collect(registry, (p for p in registry.load_all() if "kei_models" in p.hooks))


@functools.cache
def _declared_entries() -> dict[str, EntryPoint]:
    from kei_core.entrypoints import entry_points

    return {ep.name: ep for ep in entry_points(MODELS_GROUP)}


def _declared_names() -> frozenset[str]:
    return frozenset(_declared_entries())


# Per registry, the declared catalog and the snapshot it was read from: ``kei batch`` looks a
# code up for every row, and a new snapshot (a plugin loaded since) reads it again.
_DECLARED: weakref.WeakKeyDictionary[Registry, tuple[object, dict[str, tuple[Model, str]]]] = (
    weakref.WeakKeyDictionary()
)


def _declared(registry: Registry) -> dict[str, tuple[Model, str]]:
    """The catalogs of the plugins declared under :data:`MODELS_GROUP`, importing only them."""
    snapshot = registry.book()
    known = _DECLARED.get(registry)
    if known is not None and known[0] is snapshot:
        return known[1]
    names = _declared_names()
    found = _collect(registry, (p for name, p in registry.plugins.items() if name in names))
    _DECLARED[registry] = (registry.book(), found)
    return found


Reader = Callable[[str], object]
"""What a :data:`MODELS_GROUP` entry point may name: a function giving the model catalogued
under exactly a code (``"DA16T"``), or ``None``."""


def _reader(registry: Registry, plugin: PluginInfo, entry: EntryPoint) -> Reader | None:
    """The declared plugin's reader of one code, its plugin loaded (as its ``kei_models`` would
    be); ``None`` when it names none (a module: its catalog comes whole from the hook) or the
    plugin failed, declares no place to load it by, or implements no ``kei_models``."""
    if ":" not in entry.value or not plugin.declared:
        return None
    if not plugin.loaded:
        registry.plugins_for(plugin.declared[0])  # loads it, as the registry loads any plugin
        plugin = registry.plugins.get(plugin.name, plugin)
    if not plugin.loaded or plugin.failed or "kei_models" not in plugin.hooks:
        return None
    try:
        reader = entry.load()
    except Exception:
        return None
    return reader if callable(reader) else None


# Per registry, the snapshot and what each code looked up by the declared plugins' readers found.
_FOUND: weakref.WeakKeyDictionary[
    Registry, tuple[object, dict[tuple[str, ...], tuple[Model, str] | None]]
] = weakref.WeakKeyDictionary()


def _from_declared(registry: Registry, candidates: tuple[str, ...]) -> tuple[Model, str] | None:
    """The model of the first of ``candidates`` in the declared plugins' catalogs (the first
    plugin wins), as :func:`_declared` finds it: through the readers their entry points name,
    which read only the model asked (a check names one of a catalog's dozens), or whole through
    ``kei_models`` when a plugin names none, or a reader fails or answers for another code."""
    known = _FOUND.get(registry)
    if known is not None and known[0] is registry.book() and candidates in known[1]:
        return known[1][candidates]
    found = _read_declared(registry, candidates)
    if known is None or known[0] is not registry.book():
        known = _FOUND[registry] = (registry.book(), {})
    known[1][candidates] = found
    return found


def _read_declared(registry: Registry, candidates: tuple[str, ...]) -> tuple[Model, str] | None:
    entries = _declared_entries()
    readers: list[tuple[Reader, str]] = []
    for name, plugin in registry.plugins.items():
        if name in entries:
            reader = _reader(registry, plugin, entries[name])
            if reader is None:
                return _first(_declared(registry), candidates)
            readers.append((reader, name))
    for candidate in candidates:
        for reader, name in readers:
            try:
                model = reader(candidate)
            except Exception:
                model = _WRONG
            if model is None:
                continue
            if (
                not isinstance(model, Model)
                or (normalize_model_code(model.model_code) or model.model_code) != candidate
            ):
                return _first(_declared(registry), candidates)
            return model, name
    return None


_WRONG = object()


def _first(catalog: Mapping[str, tuple[Model, str]], candidates: Iterable[str]) -> tuple[Model, str] | None:
    for candidate in candidates:
        if candidate in catalog:
            return catalog[candidate]
    return None


def code_from_frame(frame_number: str) -> str:
    """``DA63T-123456`` -> ``DA63T``: a Japanese frame number is the model code and a serial."""
    return normalize_model_code(frame_number.strip().split("-")[0]) or ""


# Letters and digits people mistake for each other when copying a plate (S11OP for S110P).
_LOOK_ALIKE = str.maketrans({"O": "0", "I": "1", "L": "1", "Q": "0", "Z": "2", "B": "8"})


def _suggestion(code: str, catalog: Mapping[str, object]) -> str:
    """`` (did you mean 'S110P'?)``: a code with a look-alike letter or digit mended first,
    then the closest spelling."""
    for i, character in enumerate(code):
        for other in {character.translate(_LOOK_ALIKE), {"0": "O", "1": "I", "8": "B"}.get(character, "")}:
            mended = code[:i] + other + code[i + 1 :]
            if other and other != character and mended in catalog:
                return f" (did you mean {mended!r}?)"
    return did_you_mean(code, catalog)


def _lookup(registry: Registry, code: str) -> tuple[Model, str] | None:
    """:func:`lookup`'s model with the name of the plugin whose catalog holds it."""
    candidates = (normalize_model_code(code) or "", code_from_frame(code))
    found = _from_declared(registry, candidates)
    # Every plugin is loaded only when the declared lack it.
    return found if found is not None else _first(models(registry), candidates)


def lookup(registry: Registry, code: str) -> Model | None:
    """The model for ``code`` (a model code, a 型式 such as ``EBD-DA16T``, or a frame number),
    or ``None`` when the installed catalog does not hold it."""
    found = _lookup(registry, code)
    return found[0] if found is not None else None


def find(registry: Registry, code: str, *, field: str = "model") -> Model:
    """The model for ``code`` (a model code, a 型式 such as ``EBD-DA16T``, or a frame number);
    an :class:`InputError` naming ``field``, with a "did you mean", when the catalog lacks it."""
    return _find(registry, code, field=field)[0]


def _find(registry: Registry, code: str, *, field: str) -> tuple[Model, str]:
    """:func:`find`'s model with the name of the plugin whose catalog holds it."""
    found = _lookup(registry, code)
    if found is not None:
        return found
    catalog = models(registry)
    if not catalog:
        raise InputError("no model catalog is installed (kei-jp provides one)", field=field)
    wanted = code_from_frame(code) if field == "frame_number" else (normalize_model_code(code) or "")
    named = search(registry, code) if code.strip() and len(code) <= 64 else []
    if named:  # a maker or a model's name, not a code
        codes = ", ".join(m.model_code for m in named[:6]) + (", ..." if len(named) > 6 else "")
        raise InputError(
            f"{shown(code)} is not a model code; `kei models {code.strip().lower()}` lists the codes "
            f"it names ({codes}): give one of them, or the frame number",
            field=field,
        )
    raise InputError(
        f"{shown(code)} is not in the catalog{_suggestion(wanted, catalog)} "
        f"(`kei models WORD` searches it: a maker, a name or part of a code)",
        field=field,
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


_setattr_of = object.__setattr__.__get__


@attrs.frozen
class Filled:
    """A vehicle completed from a catalog entry: the entry (``None`` when no code named one),
    which fields came from it, which of those are only typical values (check the papers),
    warnings (a date outside the production window, a frame number naming another model), and
    the plugin whose catalog holds the entry (an answer lists it among the plugins behind it)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    vehicle: Vehicle
    from_catalog: tuple[str, ...] = ()
    typical: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    model: Model | None = None
    plugin: str | None = None

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        vehicle: Vehicle,
        from_catalog: tuple[str, ...] = (),
        typical: tuple[str, ...] = (),
        warnings: tuple[str, ...] = (),
        model: Model | None = None,
        plugin: str | None = None,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("vehicle", vehicle)
        _setattr("from_catalog", from_catalog)
        _setattr("typical", typical)
        _setattr("warnings", warnings)
        _setattr("model", model)
        _setattr("plugin", plugin)

    @property
    def notes(self) -> tuple[str, ...]:
        """What an answer says about the catalog, one sentence each."""
        notes = []
        if self.model is not None and self.from_catalog:
            notes.append(f"from the {self.model.model_code} catalog entry: {', '.join(self.from_catalog)}")
        if self.typical:
            notes.append(f"typical values, check your papers: {', '.join(self.typical)}")
        return (*notes, *self.warnings)

    def to_json(self) -> dict[str, Any]:
        """The provenance as plain JSON values (the ``catalog`` object of ``kei/check@1``)."""
        return {
            "model_code": self.model.model_code if self.model else None,
            "from_catalog": list(self.from_catalog),
            "typical": list(self.typical),
            "warnings": list(self.warnings),
        }


def without_typical(filled: Filled) -> Vehicle:
    """``filled.vehicle`` without the values only typical of its model (``filled.typical``): ask
    again with it, and pass both answers' statuses to :func:`read_with_typical`."""
    if not filled.typical:
        return filled.vehicle
    return with_values(filled.vehicle, {name: DEFAULT_VALUES[name] for name in filled.typical})


def read_with_typical(status: Status, without: Status) -> Status:
    """The status of an answer given with a catalog's typical values (``status``), knowing the
    answer without them (``without``): a pass only they make reads ``conditional``. What
    :meth:`kei_core.api.Kei.check` does to each level and verdict, and ``kei batch`` should do to
    each row named by a model code (the summary status of :func:`without_typical`'s vehicle)."""
    return Status.CONDITIONAL if status is Status.LEGAL and without is not Status.LEGAL else status


def in_window(model: Model, made: PartialDate) -> bool:
    """Whether a truck built ``made`` can be of ``model``: some day of it lies in the window."""
    if model.production_start and made.latest() < model.production_start.earliest():
        return False
    return not (model.production_end and made.earliest() > model.production_end.latest())


def _entry(model: Model) -> dict[str, Any]:
    data: dict[str, Any] = {"make": model.make, "model": model.model, "model_code": model.model_code}
    data.update({key: value for key, value in model.specs.items() if value is not None})
    return data


# A catalog entry's values, read through the vehicle fields' parsers once per entry (a batch of a
# million rows names a few dozen models).
_PARSED: dict[int, tuple[Model, dict[str, Any]]] = {}


def _parsed(model: Model) -> dict[str, Any]:
    known = _PARSED.get(id(model))
    if known is None or known[0] is not model:
        base = vehicle_from_mapping(_entry(model))
        known = _PARSED[id(model)] = (model, {key: getattr(base, key) for key in _entry(model)})
    return known[1]


def fill(model: Model, explicit: Mapping[str, Any]) -> Filled:
    """The model's specifications, overridden by ``explicit`` fields (written values, as in a
    vehicle file, or values already held by a :class:`Vehicle`, kept exactly)."""
    data = _entry(model)
    from_catalog = tuple(key for key in data if key not in explicit)
    base = vehicle_from_mapping({key: value for key, value in data.items() if key not in explicit})
    return _filled(model, with_overrides(base, explicit), from_catalog)


def _filled(
    model: Model,
    vehicle: Vehicle,
    from_catalog: tuple[str, ...],
    more: tuple[str, ...] = (),
    plugin: str | None = None,
) -> Filled:
    """The :class:`Filled` record of ``vehicle`` completed from ``model``, ``more`` warnings
    after the window's."""
    typical = tuple(key for key in from_catalog if key in model.unconfirmed)
    warnings = []
    if vehicle.manufactured and not in_window(model, vehicle.manufactured):
        start = str(model.production_start) if model.production_start else "?"
        end = str(model.production_end) if model.production_end else "today"
        warnings.append(
            f"manufactured {vehicle.manufactured} is outside the {model.model_code}'s production window "
            f"({start} to {end}): check the model code and the date"
        )
    return Filled(vehicle, from_catalog, typical, (*warnings, *more), model, plugin)


def _frame_disagrees(vehicle: Vehicle) -> str | None:
    """A warning when the frame number's prefix names another model than ``model_code``."""
    if not (vehicle.model_code and vehicle.frame_number and "-" in vehicle.frame_number):
        return None
    prefix = code_from_frame(vehicle.frame_number)
    if not prefix or prefix == vehicle.model_code:
        return None
    return (
        f"the frame number {vehicle.frame_number} begins with {prefix}, but the model code is "
        f"{vehicle.model_code}: one of them is wrong (the model code was used; the frame number "
        "is stamped on the frame and printed on the 車検証)"
    )


def complete(registry: Registry, vehicle: Vehicle, *, required: bool = False) -> Filled:
    """``vehicle`` with the specifications it leaves out taken from the catalog entry its
    ``model_code`` (or, without one, its ``frame_number``) names: exactly what ``kei check
    --model``/``--frame`` does, for a vehicle file, a batch row or the web form alike.

    Every value the vehicle gives wins. An unknown code is an :class:`InputError` naming the
    field, with a "did you mean" (``S11OP`` -> ``S110P``). A frame number whose prefix names
    another model than ``model_code`` is a warning, not an error. Without an installed catalog
    the vehicle is returned as it is, with a note, unless ``required`` (``--model`` asks for the
    catalog, so its absence is then an error)."""
    field = "model_code" if vehicle.model_code else "frame_number" if vehicle.frame_number else None
    if field is None:
        return Filled(vehicle)
    code = str(getattr(vehicle, field))
    warning = _frame_disagrees(vehicle)
    found = _lookup(registry, code)
    if found is None:
        if not required and not models(registry):
            return Filled(vehicle, warnings=(f"{code} was not looked up: no model catalog is installed",))
        found = _find(registry, code, field=field)
    model, plugin = found
    # The entry's values for the fields the vehicle leaves at their defaults (given_fields' test,
    # asked of the entry's fields alone).
    taken = {}
    for key, value in _parsed(model).items():
        own = getattr(vehicle, key)
        default = DEFAULT_VALUES[key]
        if own is default or own == default:
            taken[key] = value
    # The vehicle's own values are already checked, the entry's were when first read: only the
    # new combination is built (as kei batch builds a row's), not every value read again.
    completed = with_values(vehicle, taken) if taken else vehicle
    return _filled(model, completed, tuple(taken), (warning,) if warning else (), plugin)
