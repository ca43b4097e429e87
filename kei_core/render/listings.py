"""The listings (``kei plugins``, ``kei jurisdictions``, ``kei models``) as rows for JSON and
lines for a terminal, from the facade's typed results."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kei_core.api import PlaceInfo
from kei_core.plugins.rulebook import PluginInfo
from kei_core.rules import Model, Rule


def declaration_warnings(plugin: PluginInfo) -> list[str]:
    """Where a plugin's static ``kei.jurisdictions`` declaration and its hooks disagree: a code
    declared but never returned, or returned but never declared (so never loaded for it)."""
    if plugin.failed or plugin.direct or not plugin.loaded:
        return []
    said = {j.code for j in plugin.jurisdictions} | {item.jurisdiction for item in plugin.rules}
    warnings = [
        f"declares {code} under kei.jurisdictions, but its hooks return nothing for it"
        for code in sorted(set(plugin.declared) - said)
    ]
    warnings += [
        f"its hooks return {code}, which it does not declare under kei.jurisdictions "
        "(kei will not load it for questions about that place)"
        for code in sorted(said - set(plugin.declared))
    ]
    return warnings


def plugin_row(plugin: PluginInfo) -> dict[str, Any]:
    reviewed = sorted(r.reviewed_on for r in plugin.rules if isinstance(r, Rule))
    return {
        "name": plugin.name,
        "distribution": plugin.distribution,
        "version": plugin.version,
        "jurisdictions": list(plugin.declared),
        "owns": [j.code for j in plugin.jurisdictions],
        "hooks": list(plugin.hooks),
        "rules": sum(1 for r in plugin.rules if isinstance(r, Rule)),
        "reviewed": [reviewed[0].isoformat(), reviewed[-1].isoformat()] if reviewed else None,
        "error": plugin.error,
        "warnings": declaration_warnings(plugin),
    }


def plugins_text(plugins: Sequence[PluginInfo]) -> str:
    if not plugins:
        return "No kei plugins are installed."
    lines = []
    for plugin in plugins:
        lines.append(
            f"{plugin.name} {plugin.version or ''}  ({plugin.distribution or 'registered directly'})"
        )
        lines.append(f"    jurisdictions: {', '.join(plugin.declared) or '-'}")
        if plugin.error:
            lines.append(f"    ERROR: {plugin.error}")
            lines.append(f"    would have covered: {', '.join(plugin.declared) or '-'} (now unknown)")
            continue
        lines.append(f"    hooks: {', '.join(plugin.hooks)}")
        reviewed = sorted(r.reviewed_on for r in plugin.rules if isinstance(r, Rule))
        if reviewed:
            span = f"reviewed {reviewed[0]}" + (f" to {reviewed[-1]}" if reviewed[-1] != reviewed[0] else "")
        else:
            span = "no rules"
        lines.append(f"    rules: {sum(1 for r in plugin.rules if isinstance(r, Rule))}, {span}")
    return "\n".join(lines)


def place_row(place: PlaceInfo) -> dict[str, Any]:
    return {
        "code": place.code,
        "name": place.name,
        "parent": place.parent,
        "registers": place.registers,
        "owner": place.owner,
        "plugins": list(place.plugins),
        "chain": list(place.chain),
    }


def places_text(places: Iterable[PlaceInfo]) -> str:
    lines = []
    for place in places:
        owner = place.owner or "NO OWNER (unknown)"
        scope = "registers" if place.registers else "import only"
        lines.append(
            f"{place.code:<8} {place.name or '?':<32} {' > '.join(place.chain):<14} {scope:<12} owner: {owner}"
        )
    return "\n".join(lines)


def _plain(value: object) -> object:
    """A catalog value as JSON: whole numbers as integers, other numbers with their digits."""
    from decimal import Decimal

    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, frozenset | set):
        return sorted(str(item) for item in value)
    return value


def model_row(model: Model) -> dict[str, Any]:
    return {
        "model_code": model.model_code,
        "make": model.make,
        "model": model.model,
        "generation": model.generation,
        "production_start": str(model.production_start) if model.production_start else None,
        "production_end": str(model.production_end) if model.production_end else None,
        "specs": {key: _plain(value) for key, value in model.specs.items()},
        "unconfirmed": sorted(model.unconfirmed),
        "source": model.source,
    }


def models_text(models: Sequence[Model]) -> str:
    lines = []
    for m in models:
        window = f"{m.production_start or '?'}–{m.production_end or ''}"
        dims = "×".join(str(m.specs.get(k, "?")) for k in ("length_mm", "width_mm", "height_mm"))
        cc = m.specs.get("displacement_cc", "?")
        typical = " (some values typical: check your papers)" if m.unconfirmed else ""
        lines.append(
            f"{m.model_code:<8} {m.make} {m.model} {m.generation}  {window}  {dims} mm, {cc} cc{typical}"
        )
    return "\n".join(lines)
