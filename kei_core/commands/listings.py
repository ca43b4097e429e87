"""The listing commands: plugins, jurisdictions, rules, explain, models, fields, vocabulary."""

from __future__ import annotations

import click

from kei_core.cli import LISTING_FORMATS, Settings, check_code, to_json
from kei_core.errors import InputError, did_you_mean, shown


@click.command()
@click.option("--format", "output", type=LISTING_FORMATS, default="text", show_default=True)
@click.pass_obj
def plugins(settings: Settings, output: str) -> None:
    """List installed plugins: version, jurisdictions, hooks, rules, review dates, errors."""
    from kei_core.render import listings

    found = settings.kei().plugins()
    if output == "json":
        click.echo(to_json([listings.plugin_row(p) for p in found], indent=2, ensure_ascii=False))
        return
    for plugin in found:
        for warning in listings.declaration_warnings(plugin):
            click.echo(f"kei: warning: plugin {plugin.name} {warning}", err=True)
    click.echo(listings.plugins_text(found))


@click.command()
@click.option("--format", "output", type=LISTING_FORMATS, default="text", show_default=True)
@click.pass_obj
def jurisdictions(settings: Settings, output: str) -> None:
    """List the places installed plugins cover: parent, chain, whether they register, owner."""
    from kei_core.render import listings

    places = settings.kei().jurisdictions()
    if output == "json":
        click.echo(to_json([listings.place_row(p) for p in places], indent=2, ensure_ascii=False))
    else:
        click.echo(listings.places_text(places))


@click.command()
@click.option("--in", "code", metavar="CODE", help="Only the rules of CODE's levels (US-TX: US and US-TX).")
@click.option(
    "--format", "output", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True
)
@click.pass_obj
def rules(settings: Settings, code: str | None, output: str) -> None:
    """List rules with their citation, source and review date (documentation is built from this)."""
    from kei_core import render

    found = settings.kei().rules(check_code(code, settings) if code else None)
    items = [(info.plugin, info.item) for info in found]
    if output == "json":
        click.echo(
            to_json([render.rule_json(item, name) for name, item in items], indent=2, ensure_ascii=False)
        )
    elif output == "markdown":
        click.echo(render.rules_markdown(items), nl=False)
    else:
        click.echo("\n\n".join(render.rule_text(item, name) for name, item in items) or "No rules installed.")


@click.command()
@click.argument("rule_id")
@click.pass_obj
def explain(settings: Settings, rule_id: str) -> None:
    """Explain one rule: what it demands, the law, the source, its schedule and notes."""
    from kei_core import render

    kei = settings.kei()
    found = kei.rule(rule_id)
    if found is None:
        known = [info.id for info in kei.rules()]
        raise InputError(
            f"no installed rule has the ID {shown(rule_id)}{did_you_mean(rule_id.strip().upper(), known)}",
            field="RULE-ID",
        )
    click.echo(render.rule_text(found.item, found.plugin))


@click.command()
@click.argument("query", required=False, default="")
@click.option("--format", "output", type=LISTING_FORMATS, default="text", show_default=True)
@click.pass_obj
def models(settings: Settings, query: str, output: str) -> None:
    """List or search the model catalog (by maker, name or model code)."""
    from kei_core.render import listings

    found = settings.kei().models(query)
    if output == "json":
        click.echo(to_json([listings.model_row(m) for m in found], indent=2, ensure_ascii=False, default=str))
    elif not found:
        click.echo(
            f"No model matches {shown(query)}."
            if query
            else "No model catalog is installed (kei-jp has one)."
        )
    else:
        click.echo(listings.models_text(found))


@click.command()
@click.option("--format", "output", type=LISTING_FORMATS, default="text", show_default=True)
def fields(output: str) -> None:
    """List the vehicle fields (keys of vehicle files and batch columns): what each holds, its
    unit and the values allowed, in words."""
    import attrs as _attrs

    from kei_core.field_docs import FIELD_DOCS, UNITS
    from kei_core.vehicle import FIELD_DIMENSIONS, PLAUSIBLE, Vehicle

    rows = []
    for field in _attrs.fields(Vehicle):
        dimension = FIELD_DIMENSIONS.get(field.name)
        plausible = PLAUSIBLE.get(field.name)
        rows.append(
            {
                "field": field.name,
                "meaning": FIELD_DOCS.get(field.name, ""),
                "unit": UNITS[dimension] if dimension else None,
                "range": [str(plausible[0]), str(plausible[1])] if plausible else None,
            }
        )
    if output == "json":
        click.echo(to_json(rows, indent=2, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['field']}")
        click.echo(f"    {row['meaning']}")
        if row["unit"]:
            bounds = row["range"]
            span = f" (from {bounds[0]} to {bounds[1]})" if isinstance(bounds, list) else ""
            click.echo(f"    unit: {row['unit']}{span}")


@click.command()
@click.option("--format", "output", type=LISTING_FORMATS, default="text", show_default=True)
@click.pass_obj
def vocabulary(settings: Settings, output: str) -> None:
    """List the names kei knows: equipment, documents and restriction kinds, kei-core's and
    those the installed plugins add."""
    from kei_core.vocabulary import DOCUMENTS, EQUIPMENT, RESTRICTIONS

    rows = [
        {"kind": kind, "name": name, "text": text, "plugin": None}
        for kind, table in (("equipment", EQUIPMENT), ("document", DOCUMENTS), ("restriction", RESTRICTIONS))
        for name, text in table.items()
    ]
    rows += [
        {"kind": term.kind, "name": term.name, "text": term.text, "plugin": plugin}
        for plugin, term in settings.kei().vocabulary()
    ]
    if output == "json":
        click.echo(to_json(rows, indent=2, ensure_ascii=False))
        return
    for kind in ("equipment", "document", "restriction"):
        click.echo(f"{kind}:")
        for row in (r for r in rows if r["kind"] == kind):
            origin = f"  ({row['plugin']})" if row["plugin"] else ""
            click.echo(f"  {row['name']:<34} {row['text']}{origin}")
