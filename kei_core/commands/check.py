"""``kei check``: one vehicle, in one or more places, on one date."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

import attrs
import click

from kei_core.cli import FORMATS_GROUP, InternalError, PlainHelp, Settings, check_code, parse_on
from kei_core.errors import InputError, shown

if TYPE_CHECKING:
    from kei_core.api import CheckResult
    from kei_core.catalog import Filled
    from kei_core.entrypoints import EntryPoint
    from kei_core.plugins.registry import Registry
    from kei_core.vehicle import Vehicle


def _overrides(pairs: Sequence[str]) -> dict[str, str]:
    overrides: dict[str, str] = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"{shown(pair)} is not FIELD=VALUE (e.g. width_mm=1475)", field="--set")
        key, value = pair.split("=", 1)
        key = key.strip()
        if key in overrides:
            raise InputError(f"{shown(key)} is set twice: give it once", field="--set")
        overrides[key] = value.strip()
    return overrides


def _agreed(field: str, option: str, setting: str) -> str | None:
    """The value to use when an option and ``--set`` give the same field: the one saying more
    when they agree (``--model DA16T`` and ``--set model_code=EBD-DA16T``: the latter, so its
    型式 prefix fills the emission code), ``None`` when they differ."""
    from kei_core.vehicle import parse_field, split_type_designation

    if field == "model_code":
        (code, prefix), (other, other_prefix) = (
            split_type_designation(option),
            split_type_designation(setting),
        )
        if code != other or (None not in (prefix, other_prefix) and prefix != other_prefix):
            return None
        return option if prefix is not None else setting
    return setting if parse_field(field, option) == parse_field(field, setting) else None


# The options that give one field each, and what they expect.
_FIELD_OPTIONS = {
    "--model": ("model_code", "a model code such as DA63T"),
    "--made": ("manufactured", "a date YYYY[-MM[-DD]]"),
    "--frame": ("frame_number", "a frame number such as DA63T-123456"),
}


def vehicle_from_options(
    registry: Registry,
    vehicle_file: str | None = None,
    model: str | None = None,
    made: str | None = None,
    frame: str | None = None,
    sets: Sequence[str] = (),
    day: dt.date | None = None,
) -> Filled:
    """The vehicle asked about, as ``kei check`` reads it (:meth:`kei_core.api.Kei.vehicle` is
    the facade's name for it): from a file (``-``: stdin) or from fields alone, with --model,
    --made, --frame and --set (``FIELD=VALUE`` strings) changing only the fields they name
    (values held exactly), then completed from the catalog when a model code or frame number
    names an entry (:func:`kei_core.catalog.complete`: the file's and the options' values win
    over the catalog's); ``filled.vehicle`` is the vehicle. ``day``, the date asked, must not be
    before it was built. Bad input is an :class:`~kei_core.errors.InputError` naming the option
    (``--model``, ``--set``) or the field."""
    from kei_core import catalog
    from kei_core.vehicle import check_built_by, normalize_model_code
    from kei_core.vehicle_io import read_vehicle_file, vehicle_from_mapping, with_overrides

    explicit: dict[str, Any] = _overrides(sets)
    options = {"--model": model, "--made": made, "--frame": frame}
    for option, value in options.items():
        field, expected = _FIELD_OPTIONS[option]
        if value is None:
            continue
        if not value.strip():
            raise InputError(f"expected {expected}, got an empty value", field=option)
        if field in explicit:
            agreed = _agreed(field, value, explicit[field])
            if agreed is None:
                raise InputError(
                    f"both {option} and --set {field}=... give the {field}, differently: give one",
                    field=option,
                )
            value = agreed
        explicit[field] = value
    warnings: list[str] = []
    if vehicle_file is not None:
        vehicle = read_vehicle_file(vehicle_file)
        if model is not None and vehicle.model_code not in (None, normalize_model_code(model)):
            warnings.append(f"the file says model code {vehicle.model_code}; --model {model} was used")
        vehicle = with_overrides(vehicle, explicit) if explicit else vehicle
    elif not explicit:
        raise InputError("give a vehicle file (or - for stdin), or --model CODE --made DATE")
    else:
        vehicle = vehicle_from_mapping(explicit)
    try:
        filled = catalog.complete(registry, vehicle, required=model is not None or frame is not None)
    except InputError as error:
        given = {"model_code": ("--model", model), "frame_number": ("--frame", frame)}.get(error.field or "")
        named = given[0] if given and given[1] is not None else error.field
        raise InputError(error.args[0], field=named) from None
    if warnings:
        filled = attrs.evolve(filled, warnings=(*warnings, *filled.warnings))
    if day is not None:
        check_built_by(filled.vehicle.manufactured, day)
    return filled


def _vehicle_from_options(
    settings: Settings,
    vehicle_file: str | None,
    model: str | None,
    made: str | None,
    frame: str | None,
    sets: Sequence[str],
    day: dt.date | None = None,
) -> tuple[Vehicle, Filled]:
    """The old private name (kei-web called it): use :func:`vehicle_from_options` or
    :meth:`kei_core.api.Kei.vehicle`."""
    filled = vehicle_from_options(settings.registry(), vehicle_file, model, made, frame, sets, day)
    return filled.vehicle, filled


def formats() -> dict[str, EntryPoint]:
    """The output formats of ``kei check`` by name: the ``kei.formats`` entry points, kei's own
    ``text`` and ``json`` and any a plugin adds, listed without importing any."""
    from kei_core.entrypoints import entry_points

    return {ep.name: ep for ep in entry_points(FORMATS_GROUP)}


def output_format(name: str) -> EntryPoint:
    """The entry point of the output format ``name``, or an error naming the formats there are."""
    known = formats()
    if name not in known:
        choices = ", ".join(sorted(known)) or "text, json"
        raise InputError(
            f"{shown(name)} is not an output format (expected one of {choices})", field="--format"
        )
    return known[name]


def render_format(entry: EntryPoint, result: CheckResult, *, verbose: bool) -> str:
    """``result`` in the format of ``entry``: a function ``(result, *, verbose) -> str``,
    imported only now."""
    try:
        render = entry.load()
    except Exception as error:
        raise InternalError(
            f"the output format {entry.name!r} of {entry.distribution} failed to load: "
            f"{type(error).__name__}: {error}"
        ) from None
    return str(render(result, verbose=verbose))


@click.command(cls=PlainHelp)
@click.argument("vehicle_file", required=False, metavar="VEHICLE_FILE|-")
@click.option(
    "--in", "codes", multiple=True, metavar="CODE", help="Where: JP, US, US-TX, CA-QC, DE... (repeatable)."
)
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The date asked (default: today).")
@click.option(
    "--format", "output", default="text", show_default=True, help="text, json, or a format a plugin adds."
)
@click.option("--model", metavar="CODE", help="Fill specifications from the catalog (e.g. DA63T, EBD-DA16T).")
@click.option("--made", metavar="YYYY[-MM[-DD]]", help="Manufacture date, with --model or --frame.")
@click.option("--frame", metavar="FRAME", help="Frame number (e.g. DA63T-123456): model code and frame.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE", help="Override a field (repeatable).")
@click.option(
    "--imported",
    is_flag=True,
    help="It is already in the country: import steps are reported as met, not listed (the status does not change).",
)
@click.option(
    "--titled",
    is_flag=True,
    help="It is already titled in the place asked (one --in): import and title steps are met.",
)
@click.option("-v", "--verbose", is_flag=True, help="Show every pathway, not just the one that passed.")
@click.pass_obj
def check(
    settings: Settings,
    vehicle_file: str | None,
    codes: tuple[str, ...],
    on: str | None,
    output: str,
    model: str | None,
    made: str | None,
    frame: str | None,
    sets: tuple[str, ...],
    imported: bool,
    titled: bool,
    verbose: bool,
) -> NoReturn:
    """Check a vehicle (a TOML or JSON file, or - for stdin) in one or more places.

    Without --in, every installed jurisdiction is checked and shown in one table.
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst place), 2 bad input,
    4 an internal failure.
    """
    from kei_core.api import Situation

    day = parse_on(on)
    renderer = output_format(output)
    wanted = [check_code(code, settings) for code in codes]
    if titled and len(wanted) != 1:
        raise InputError("says it is titled in the place asked: give exactly one --in CODE", field="--titled")
    kei = settings.kei()
    filled = kei.vehicle(vehicle_file, model=model, made=made, frame=frame, sets=sets, on=day)
    situation = Situation(imported=imported, titled=titled)
    result = kei.check(filled.vehicle, wanted, day, catalog=filled, situation=situation)
    click.echo(render_format(renderer, result, verbose=verbose))
    sys.exit(result.status.exit_code)
