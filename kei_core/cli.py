"""The ``kei`` command: check a vehicle, list plugins, jurisdictions, rules and models."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import attrs
import click

from kei_core import __version__
from kei_core.errors import InputError, did_you_mean, shown

FORMATS_CHECK = click.Choice(["text", "json"])


MAX_ERROR_CHARACTERS = 400


def _one_line(message: str) -> str:
    """A message as one safe line: control characters and bidi overrides escaped, cut short."""
    from kei_core.terminal import safe

    line = safe(message)
    return line if len(line) <= MAX_ERROR_CHARACTERS else line[: MAX_ERROR_CHARACTERS - 1] + "…"


class BadInput(click.ClickException):
    """Bad usage or input: one line on stderr, exit status 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"kei: error: {_one_line(self.format_message())}", err=True)


class InternalError(click.ClickException):
    """A failure kei did not foresee (a bug): one line on stderr, exit status 4, never 1,
    which would read as "not legal"."""

    exit_code = 4

    def show(self, file: Any = None) -> None:
        click.echo(f"kei: internal error: {_one_line(self.format_message())}", err=True)


def _usage(error: click.UsageError) -> BadInput:
    where = f" (see `{error.ctx.command_path} --help`)" if error.ctx is not None else ""
    return BadInput(" ".join(error.format_message().split()) + where)


def _flush_output() -> None:
    """Write out what is buffered now, so that a full disk or a closed pipe is an error line
    (exit 2) and not a complaint from the interpreter at exit."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_output()
        sys.exit(141)
    except OSError as error:
        _silence_output()
        raise BadInput(f"cannot write the output: {error.strerror or error}") from None


def _is_output_error(error: OSError) -> bool:
    """A write that failed for want of room or a reader (no file named: standard output)."""
    import errno

    unwritable = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EPIPE)
    return error.filename is None and error.errno in unwritable


def _silence_output() -> None:
    from kei_core.terminal import silence_stdout

    silence_stdout()


class KeiGroup(click.Group):
    """Every failure ends in one line on stderr: bad input or usage (exit 2, ``kei: error:``),
    anything unforeseen (exit 4, ``kei: internal error:``). Never a traceback."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except click.UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                raise
            raise _usage(error) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            result = super().invoke(ctx)
        except SystemExit:
            _flush_output()
            raise
        except InputError as error:
            raise BadInput(str(error)) from None
        except click.UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":
                raise
            raise _usage(error) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            _silence_output()  # the reader has seen enough (`kei models | head`): quiet, as cat is
            sys.exit(141)  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
        except KeyboardInterrupt:
            click.echo("kei: interrupted", err=True)
            sys.exit(130)  # 128 + SIGINT; never 1, which would read as "not legal"
        except Exception as error:
            if isinstance(error, OSError) and _is_output_error(error):
                _silence_output()
                raise BadInput(f"cannot write the output: {error.strerror}") from None
            command = ctx.invoked_subcommand or ctx.info_name or "kei"
            detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
            raise InternalError(
                f"`kei {command}` failed: {type(error).__name__}" + (f": {detail}" if detail else "")
            ) from None
        _flush_output()
        return result


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
                click.echo(f"kei: warning: -p {_one_line(name)}: no installed plugin has that name", err=True)
        return self._registry


def _json(document: Any, **options: Any) -> str:
    import json  # only JSON output needs it; start-up stays lean

    return json.dumps(document, **options)


def _today() -> dt.date:
    return dt.date.today()


def _parse_on(value: str | None) -> dt.date:
    from kei_core.dates import parse_asked_date

    if value is None:
        return _today()
    try:
        return parse_asked_date(value)
    except InputError as error:
        raise InputError(str(error), field="--on") from None


def _check_code(code: str, settings: Settings) -> str:
    """A place code as typed, checked: installed, or real ISO 3166 (answered ``unknown``)."""
    from kei_core.places import check_code

    return check_code(code, settings.registry().declared_codes())


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


# The options that give one field each, and what they expect.
_FIELD_OPTIONS = {
    "--model": ("model_code", "a model code such as DA63T"),
    "--made": ("manufactured", "a date YYYY[-MM[-DD]]"),
    "--frame": ("frame_number", "a frame number such as DA63T-123456"),
}


def _vehicle_from_options(
    settings: Settings,
    vehicle_file: str | None,
    model: str | None,
    made: str | None,
    frame: str | None,
    sets: Sequence[str],
    day: dt.date | None = None,
) -> tuple[Any, list[str]]:
    """The vehicle asked about: from a file, the catalog (--model, --frame) or fields alone,
    with --made and --set changing only the fields they name (values held exactly)."""
    from kei_core.vehicle import check_built_by
    from kei_core.vehicle_io import given_fields, read_vehicle_file, vehicle_from_mapping, with_overrides

    explicit: dict[str, Any] = _overrides(sets)
    for option, value in (("--model", model), ("--made", made), ("--frame", frame)):
        field, expected = _FIELD_OPTIONS[option]
        if value is None:
            continue
        if not value.strip():
            raise InputError(f"expected {expected}, got an empty value", field=option)
        if field in explicit:
            raise InputError(f"both {option} and --set {field}=... give the {field}: give one", field=option)
    if made is not None:
        explicit["manufactured"] = made
    if frame is not None:
        explicit["frame_number"] = frame
    notes: list[str] = []
    code = model or frame
    if vehicle_file is not None:
        vehicle = read_vehicle_file(vehicle_file)
        if code is None:
            vehicle = with_overrides(vehicle, explicit) if explicit else vehicle
            if day is not None:
                check_built_by(vehicle.manufactured, day)
            return vehicle, notes
        explicit = {**given_fields(vehicle), **explicit}  # the catalog, then the file, then the options
    elif code is None:
        code = explicit.get("model_code")
    if code is None:
        if not explicit:
            raise InputError("give a vehicle file (or - for stdin), or --model CODE --made DATE")
        vehicle = vehicle_from_mapping(explicit)
    else:
        from kei_core import catalog

        found = catalog.find(settings.registry(), str(code))
        filled = catalog.fill(found, explicit)
        if filled.from_catalog:
            notes.append(f"from the {found.model_code} catalog entry: {', '.join(filled.from_catalog)}")
        if filled.typical:
            notes.append(f"typical values, check your papers: {', '.join(filled.typical)}")
        notes += list(filled.warnings)
        vehicle = filled.vehicle
    if day is not None:
        check_built_by(vehicle.manufactured, day)
    return vehicle, notes


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
    wanted = [_check_code(code, settings) for code in codes]
    vehicle, notes = _vehicle_from_options(settings, vehicle_file, model, made, frame, sets, day)
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
        from kei_core.terminal import safe, safe_lines

        click.echo(f"{safe(vehicle.label)} — on {day.isoformat()}")
        for note in notes:
            click.echo(f"  note: {safe(note)}")
        click.echo("")
        if not verdicts:
            click.echo(
                "No jurisdiction plugin is installed: install kei-jp, kei-us, ... (see `kei plugins`)."
            )
        elif wanted:  # findings may quote user text (a modification's description): printed safely
            click.echo(safe_lines("\n\n".join(render.verdict_text(v, verbose=verbose) for v in verdicts)))
        else:
            click.echo(safe_lines(render.summary_table(verdicts)))
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
        if not plugin.failed and not plugin.direct:
            for code in sorted(set(plugin.declared) - said):
                warnings.append(
                    f"declares {code} under kei.jurisdictions, but its hooks return nothing for it"
                )
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
        chain = set(registry.chain(_check_code(code, settings)))
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
            f"no installed rule has the ID {shown(rule_id)}{did_you_mean(wanted, items)}", field="RULE-ID"
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
            f"No model matches {shown(query)}."
            if query
            else "No model catalog is installed (kei-jp has one)."
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
      row            the line the input row starts on, as an editor numbers lines (CSV: the
                     header is line 1; JSON Lines: the first line is 1; blank lines count)
      jurisdiction   the place asked
      status         legal, conditional, unknown or not_legal
      eligible_from  the day time stops standing in the way, if it does
      failing_rules  the rules standing in the way, ;-separated (not a failed route of a
                     requirement another route met)
      error          why the row could not be read (its status is then unknown)
    A bad row never stops the rest: a value out of range, a cell of over 4,096 characters or a
    row of over 100,000 is that row's error. A summary goes to stderr (progress too, on a terminal).
    Exit status: 0 legal or conditional, 1 not legal, 3 unknown (the worst row, a bad row
    counting as unknown), 2 when the file itself cannot be read.
    """
    from kei_core.batch import run_batch

    day = _parse_on(on)
    wanted = [_check_code(code, settings) for code in codes]
    summary = run_batch(settings.registry(), inventory, wanted, day, out=out, fmt=fmt, jobs=jobs)
    sys.exit(summary.worst.exit_code)


main = cli
