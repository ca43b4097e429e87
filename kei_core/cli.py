"""The ``kei`` command: check a vehicle, list plugins, jurisdictions, rules and models."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs
import click

from kei_core import __version__
from kei_core.errors import InputError, did_you_mean

FORMATS_CHECK = click.Choice(["text", "json"])


class BadInput(click.ClickException):
    """Bad usage or input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"kei: error: {self.format_message()}", err=True)


class KeiGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except InputError as error:
            raise BadInput(str(error)) from None


@attrs.define
class Settings:
    """Global options, and the registry built from them on first use."""

    plugin_options: tuple[str, ...]
    _registry: Any = None

    def registry(self) -> Any:
        if self._registry is None:
            from kei_core.plugins import Registry

            disabled = {opt[3:] for opt in self.plugin_options if opt.startswith("no:")}
            enabled = {opt for opt in self.plugin_options if not opt.startswith("no:")}
            self._registry = Registry(enabled=enabled, disabled=disabled)
            for name in sorted(self._registry.unknown_requested):
                click.echo(f"kei: warning: -p {name}: no installed plugin has that name", err=True)
        return self._registry


def _json(document: Any, **options: Any) -> str:
    import json  # only JSON output needs it; start-up stays lean

    return json.dumps(document, **options)


def _today() -> dt.date:
    return dt.date.today()


def _parse_on(value: str | None) -> dt.date:
    from kei_core.dates import parse_iso_date

    if value is None:
        return _today()
    try:
        return parse_iso_date(value)
    except InputError as error:
        raise InputError(str(error), field="--on") from None


def _check_code(code: str) -> str:
    from kei_core.rules import CODE

    normal = code.strip().upper()
    if not CODE.match(normal):
        raise InputError(
            f"{code!r} is not a jurisdiction code (expected e.g. JP, US, US-TX, DE)", field="--in"
        )
    return normal


@click.group(cls=KeiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-p",
    "plugin_options",
    multiple=True,
    metavar="NAME",
    help="-p no:NAME disables a plugin; -p NAME loads it when KEI_DISABLE_PLUGIN_AUTOLOAD=1.",
)
@click.version_option(__version__, prog_name="kei")
@click.pass_context
def cli(ctx: click.Context, plugin_options: tuple[str, ...]) -> None:
    """Is this kei truck street legal here, on this date? If not, why, and from when?

    kei gives information, not legal advice.
    """
    ctx.obj = Settings(plugin_options)


# -- check ---------------------------------------------------------------------------------------


def _overrides(pairs: Sequence[str]) -> dict[str, str]:
    overrides = {}
    for pair in pairs:
        if "=" not in pair:
            raise InputError(f"{pair!r} is not FIELD=VALUE", field="--set")
        key, value = pair.split("=", 1)
        overrides[key.strip()] = value.strip()
    return overrides


def _vehicle_from_options(
    settings: Settings,
    vehicle_file: str | None,
    model: str | None,
    made: str | None,
    frame: str | None,
    sets: Sequence[str],
) -> tuple[Any, list[str]]:
    from kei_core.vehicle_io import read_vehicle_file, vehicle_from_mapping, vehicle_to_mapping

    explicit = _overrides(sets)
    notes: list[str] = []
    if vehicle_file is not None:
        vehicle = read_vehicle_file(vehicle_file)
        base = vehicle_to_mapping(vehicle)
        if not (model or frame or made or explicit):
            return vehicle, notes
        explicit = {**base, **explicit}
    if made is not None:
        explicit["manufactured"] = made
    if frame is not None:
        explicit["frame_number"] = frame
    code = model or frame or explicit.get("model_code")
    if code is None:
        if not explicit:
            raise InputError("give a vehicle file (or - for stdin), or --model CODE --made DATE")
        return vehicle_from_mapping(explicit), notes
    from kei_core import catalog

    found = catalog.find(settings.registry(), str(code))
    filled = catalog.fill(found, explicit)
    if filled.from_catalog:
        notes.append(f"from the {found.model_code} catalog entry: {', '.join(filled.from_catalog)}")
    if filled.typical:
        notes.append(f"typical values, check your papers: {', '.join(filled.typical)}")
    notes += list(filled.warnings)
    return filled.vehicle, notes


@cli.command()
@click.argument("vehicle_file", required=False, metavar="VEHICLE_FILE|-")
@click.option(
    "--in", "codes", multiple=True, metavar="CODE", help="Where: JP, US, US-TX, CA-QC, DE... (repeatable)."
)
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The date asked (default: today).")
@click.option("--format", "output", type=FORMATS_CHECK, default="text", show_default=True)
@click.option("--model", metavar="CODE", help="Fill specifications from the catalog (e.g. DA63T, EBD-DA16T).")
@click.option("--made", metavar="YYYY[-MM[-DD]]", help="Manufacture date, with --model or --frame.")
@click.option("--frame", metavar="FRAME", help="Frame number (e.g. DA63T-123456): model code and frame.")
@click.option("--set", "sets", multiple=True, metavar="FIELD=VALUE", help="Override a field (repeatable).")
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
    verbose: bool,
) -> NoReturn:
    """Check a vehicle (a TOML or JSON file, or - for stdin) in one or more places.

    Without --in, every installed jurisdiction is checked and shown in one table.
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst place), 2 bad input.
    """
    from kei_core import render
    from kei_core.status import worst
    from kei_core.vehicle_io import vehicle_to_mapping

    day = _parse_on(on)
    wanted = [_check_code(code) for code in codes]
    vehicle, notes = _vehicle_from_options(settings, vehicle_file, model, made, frame, sets)
    registry = settings.registry()
    places = wanted or registry.declared_codes()
    verdicts = [registry.evaluate(vehicle, code, day) for code in places]
    reviewed = [f.reviewed_on for v in verdicts for f in v.findings]
    if output == "json":
        loaded = [p for p in registry.plugins.values() if p.loaded]
        document = {
            "on": day.isoformat(),
            "vehicle": vehicle_to_mapping(vehicle),
            "verdicts": [render.verdict_json(v) for v in verdicts],
            "plugins": [{"name": p.name, "version": p.version, "error": p.error} for p in loaded],
            "catalog_notes": notes,
            "notice": render.notice(reviewed),
        }
        click.echo(_json(document, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(f"{vehicle.label} — on {day.isoformat()}")
        for note in notes:
            click.echo(f"  note: {note}")
        click.echo("")
        if not verdicts:
            click.echo(
                "No jurisdiction plugin is installed: install kei-jp, kei-us, ... (see `kei plugins`)."
            )
        elif wanted:
            click.echo("\n\n".join(render.verdict_text(v, verbose=verbose) for v in verdicts))
        else:
            click.echo(render.summary_table(verdicts))
            click.echo("\n(`kei check FILE --in CODE` explains one place)")
        click.echo("")
        click.echo(render.notice(reviewed))
    status = worst(v.status for v in verdicts)
    sys.exit(status.exit_code)


# -- listings ------------------------------------------------------------------------------------


@cli.command()
@click.option("--format", "output", type=FORMATS_CHECK, default="text", show_default=True)
@click.pass_obj
def plugins(settings: Settings, output: str) -> None:
    """List installed plugins: version, jurisdictions, hooks, rules, review dates, errors."""
    from kei_core.rules import Rule

    registry = settings.registry()
    rows = []
    for plugin in registry.load_all():
        reviewed = sorted(r.reviewed_on for r in plugin.rules if isinstance(r, Rule))
        said = {j.code for j in plugin.jurisdictions} | {item.jurisdiction for item in plugin.rules}
        warnings = []
        if not plugin.failed and plugin.entry_point is not None:
            for code in sorted(set(plugin.declared) - said):
                warnings.append(f"declares {code} under kei.jurisdictions, but its hooks return nothing for it")
            for code in sorted(said - set(plugin.declared)):
                warnings.append(
                    f"its hooks return {code}, which it does not declare under kei.jurisdictions "
                    "(kei will not load it for questions about that place)"
                )
        rows.append(
            {
                "name": plugin.name,
                "distribution": plugin.distribution,
                "version": plugin.version,
                "jurisdictions": list(plugin.declared),
                "owns": [j.code for j in plugin.jurisdictions],
                "hooks": list(plugin.hooks),
                "rules": sum(1 for r in plugin.rules if isinstance(r, Rule)),
                "reviewed": [reviewed[0].isoformat(), reviewed[-1].isoformat()] if reviewed else None,
                "error": plugin.error,
                "warnings": warnings,
            }
        )
    if output == "json":
        click.echo(_json(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        for warning in row["warnings"]:
            click.echo(f"kei: warning: plugin {row['name']} {warning}", err=True)
    if not rows:
        click.echo("No kei plugins are installed.")
        return
    for row in rows:
        click.echo(f"{row['name']} {row['version'] or ''}  ({row['distribution'] or 'registered directly'})")
        click.echo(f"    jurisdictions: {', '.join(row['jurisdictions']) or '-'}")
        if row["error"]:
            click.echo(f"    ERROR: {row['error']}")
            click.echo(f"    would have covered: {', '.join(row['jurisdictions']) or '-'} (now unknown)")
            continue
        click.echo(f"    hooks: {', '.join(row['hooks'])}")
        reviewed = row["reviewed"]
        span = (
            f"reviewed {reviewed[0]}"
            + (f" to {reviewed[1]}" if reviewed and reviewed[1] != reviewed[0] else "")
            if reviewed
            else "no rules"
        )
        click.echo(f"    rules: {row['rules']}, {span}")


@cli.command()
@click.option("--format", "output", type=FORMATS_CHECK, default="text", show_default=True)
@click.pass_obj
def jurisdictions(settings: Settings, output: str) -> None:
    """List the places installed plugins cover, with their parent and owner."""
    registry = settings.registry()
    rows = []
    for code in registry.declared_codes():
        owners = registry.owners_of(code)
        jurisdiction = registry.jurisdiction(code)
        contributors = [p.name for p in registry.plugins_for(code)]
        rows.append(
            {
                "code": code,
                "name": jurisdiction.name if jurisdiction else None,
                "parent": jurisdiction.parent if jurisdiction else None,
                "owner": owners[0].name if len(owners) == 1 else None,
                "plugins": contributors,
                "chain": registry.chain(code),
            }
        )
    if output == "json":
        click.echo(_json(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        owner = row["owner"] or "NO OWNER (unknown)"
        click.echo(f"{row['code']:<8} {row['name'] or '?':<32} {' > '.join(row['chain']):<14} owner: {owner}")


@cli.command()
@click.option("--in", "code", metavar="CODE", help="Only the rules of CODE's levels (US-TX: US and US-TX).")
@click.option(
    "--format", "output", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.pass_obj
def rules(settings: Settings, code: str | None, output: str) -> None:
    """List rules with their citation, source and review date (documentation is built from this)."""
    from kei_core import render

    registry = settings.registry()
    items = [(plugin.name, item) for plugin, item in registry.all_rules()]
    if code:
        chain = set(registry.chain(_check_code(code)))
        items = [(name, item) for name, item in items if item.jurisdiction in chain]
    items.sort(key=lambda pair: (pair[1].jurisdiction, pair[1].id))
    if output == "json":
        click.echo(
            _json([render.rule_json(item, name) for name, item in items], indent=2, ensure_ascii=False)
        )
    elif output == "markdown":
        click.echo(render.rules_markdown(items), nl=False)
    else:
        click.echo("\n\n".join(render.rule_text(item, name) for name, item in items) or "No rules installed.")


@cli.command()
@click.argument("rule_id")
@click.pass_obj
def explain(settings: Settings, rule_id: str) -> None:
    """Explain one rule: what it demands, the law, the source, its schedule and notes."""
    from kei_core import render

    registry = settings.registry()
    items = {item.id: (plugin.name, item) for plugin, item in registry.all_rules()}
    wanted = rule_id.strip().upper()
    if wanted not in items:
        raise InputError(
            f"no installed rule has the ID {rule_id!r}{did_you_mean(wanted, items)}", field="RULE-ID"
        )
    name, item = items[wanted]
    click.echo(render.rule_text(item, name))


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--format", "output", type=FORMATS_CHECK, default="text", show_default=True)
@click.pass_obj
def models(settings: Settings, query: str, output: str) -> None:
    """List or search the model catalog (by maker, name or model code)."""
    from kei_core import catalog
    from kei_core.vehicle_io import CONVERTER

    found = catalog.search(settings.registry(), query)
    if output == "json":
        rows = [
            {
                "model_code": m.model_code,
                "make": m.make,
                "model": m.model,
                "generation": m.generation,
                "production_start": str(m.production_start) if m.production_start else None,
                "production_end": str(m.production_end) if m.production_end else None,
                "specs": {k: CONVERTER.unstructure(v) for k, v in m.specs.items()},
                "unconfirmed": sorted(m.unconfirmed),
                "source": m.source,
            }
            for m in found
        ]
        click.echo(_json(rows, indent=2, ensure_ascii=False, default=str))
        return
    if not found:
        click.echo(
            f"No model matches {query!r}." if query else "No model catalog is installed (kei-jp has one)."
        )
        return
    for m in found:
        window = f"{m.production_start or '?'}–{m.production_end or ''}"
        dims = "×".join(str(m.specs.get(k, "?")) for k in ("length_mm", "width_mm", "height_mm"))
        cc = m.specs.get("displacement_cc", "?")
        typical = " (some values typical: check your papers)" if m.unconfirmed else ""
        click.echo(
            f"{m.model_code:<8} {m.make} {m.model} {m.generation}  {window}  {dims} mm, {cc} cc{typical}"
        )


@cli.command()
def fields() -> None:
    """List the vehicle fields (keys of vehicle files and batch columns) and their units."""
    import attrs as _attrs

    from kei_core.vehicle import FIELD_DIMENSIONS, Vehicle

    units = {
        "length": "mm (or '58 in')",
        "mass": "kg (or '1,500 lb')",
        "power": "kW (or '64 PS')",
        "speed": "km/h (or '25 mph')",
        "volume": "cc (or '0.66 L')",
    }
    for field in _attrs.fields(Vehicle):
        kind = FIELD_DIMENSIONS.get(field.name)
        text = str(field.type)
        click.echo(f"{field.name:<24} {units.get(kind, text) if kind else text}")


@cli.command()
def vocabulary() -> None:
    """List the names kei knows for equipment and documents."""
    from kei_core.vocabulary import DOCUMENTS, EQUIPMENT

    click.echo("equipment:")
    for name, text in EQUIPMENT.items():
        click.echo(f"  {name:<28} {text}")
    click.echo("documents:")
    for name, text in DOCUMENTS.items():
        click.echo(f"  {name:<34} {text}")


@cli.command()
@click.argument("inventory", metavar="FILE.csv|FILE.jsonl")
@click.option(
    "--in", "codes", multiple=True, metavar="CODE", help="Where (repeatable); default: every place."
)
@click.option("--on", "on", metavar="YYYY-MM-DD", help="The date asked (default: today).")
@click.option("-o", "--output", "out", metavar="OUT", help="Write here instead of standard output.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl"]),
    help="Output format (default: from OUT, else csv).",
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1, 64), help="Processes (default: 1 for small files, else the cores)."
)
@click.pass_obj
def batch(
    settings: Settings,
    inventory: str,
    codes: tuple[str, ...],
    on: str | None,
    out: str | None,
    fmt: str | None,
    jobs: int | None,
) -> NoReturn:
    """Check a whole inventory: a CSV file (header: vehicle field names, see `kei fields`; empty
    cell = not given; equipment and documents separated by ;) or JSON Lines (one object a line).

    \b
    Output: one row per input row AND place (--in), in input order, with the columns
      row            the input row's number (1 = first row after the header / first line)
      jurisdiction   the place asked
      status         legal, conditional, unknown or not_legal
      eligible_from  the day time stops standing in the way, if it does
      failing_rules  the rules standing in the way, ;-separated (not a failed route of a
                     requirement another route met)
      error          why the row could not be read (its status is then unknown)
    A bad row never stops the rest. A summary goes to stderr (progress too, on a terminal).
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst row, a bad row
    counting as unknown), 2 when the file itself cannot be read.
    """
    from kei_core.batch import run_batch

    day = _parse_on(on)
    wanted = [_check_code(code) for code in codes]
    summary = run_batch(settings.registry(), inventory, wanted, day, out=out, fmt=fmt, jobs=jobs)
    sys.exit(summary.worst.exit_code)


main = cli
