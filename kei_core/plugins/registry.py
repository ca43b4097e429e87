"""Finding, loading and isolating plugins.

Plugins are modules registered under the entry-point group ``kei``; the codes each one owns or
adds rules to are declared statically under ``kei.jurisdictions``. The registry reads both
groups without importing anything, imports only the plugins a question needs, one at a time,
and calls each plugin's hooks on its own, so that one broken plugin makes only what it covers
``unknown`` and is named, while the others answer.
"""

from __future__ import annotations

import os
import types
from collections.abc import Iterable, Iterator
from typing import Any

import attrs
import pluggy

from kei_core import hookspecs
from kei_core.entrypoints import EntryPoint, entry_points
from kei_core.rules import CODE, Jurisdiction, Model, Requirement, Rule

ENTRY_POINT_GROUP = "kei"
JURISDICTIONS_GROUP = "kei.jurisdictions"


@attrs.define
class Plugin:
    """One plugin as the registry knows it, loaded or not."""

    name: str
    module_name: str
    distribution: str | None = None
    version: str | None = None
    declared: tuple[str, ...] = ()
    entry_point: EntryPoint | None = None
    module: types.ModuleType | None = None
    error: str | None = None
    hooks: tuple[str, ...] = ()
    jurisdictions: tuple[Jurisdiction, ...] = ()
    rules: tuple[Rule | Requirement, ...] = ()
    models: tuple[Model, ...] | None = None
    loaded: bool = False

    @property
    def failed(self) -> bool:
        return self.error is not None


def _names(value: str) -> set[str]:
    return {name.strip() for name in value.split(",") if name.strip()}


class Registry:
    """The installed (or explicitly registered) plugins and what they declare.

    ``disabled`` names plugins never to load (``-p no:NAME``, ``KEI_DISABLE_PLUGINS``); with
    ``autoload=False`` (or ``KEI_DISABLE_PLUGIN_AUTOLOAD=1``) only the entry points named in
    ``enabled`` are used (``-p NAME``), plus modules given to :meth:`register`.
    """

    def __init__(
        self,
        *,
        autoload: bool | None = None,
        enabled: Iterable[str] = (),
        disabled: Iterable[str] = (),
        environ: dict[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        if autoload is None:
            autoload = env.get("KEI_DISABLE_PLUGIN_AUTOLOAD", "").strip() in ("", "0", "false")
        self.autoload = autoload
        self.enabled = set(enabled)
        self.disabled = set(disabled) | _names(env.get("KEI_DISABLE_PLUGINS", ""))
        self.manager = pluggy.PluginManager("kei")
        self.manager.add_hookspecs(hookspecs)
        self.plugins: dict[str, Plugin] = {}
        self.unknown_requested: set[str] = set()
        self._plans: dict[str, Any] = {}
        self._discover()

    # -- discovery (no imports) ---------------------------------------------------------------

    def _discover(self) -> None:
        if not self.autoload and not self.enabled:
            return
        by_module: dict[str, Plugin] = {}
        found = entry_points(ENTRY_POINT_GROUP, JURISDICTIONS_GROUP)
        for entry_point in found:
            name = entry_point.name
            if entry_point.group != ENTRY_POINT_GROUP or name in self.plugins:
                continue
            if name in self.disabled or (not self.autoload and name not in self.enabled):
                continue
            plugin = Plugin(
                name=name,
                module_name=entry_point.value,
                distribution=entry_point.distribution,
                version=entry_point.version,
                entry_point=entry_point,
            )
            self.plugins[name] = plugin
            by_module[entry_point.value] = plugin
        self.unknown_requested = self.enabled - set(self.plugins) - self.disabled
        declared: dict[str, set[str]] = {}
        for entry_point in found:
            if entry_point.group == JURISDICTIONS_GROUP:
                declared.setdefault(entry_point.value, set()).add(entry_point.name)
        for module_name, codes in declared.items():
            if module_name in by_module:
                by_module[module_name].declared = tuple(sorted(codes))

    def register(self, module: types.ModuleType, name: str | None = None) -> Plugin:
        """Register a plugin module directly (tests, one-off local plugins); loaded at once."""
        plugin_name = name or module.__name__.split(".")[-1].replace("_", "-")
        plugin = Plugin(name=plugin_name, module_name=module.__name__, module=module)
        self.plugins[plugin_name] = plugin
        self._activate(plugin, module)
        self._plans.clear()
        return plugin

    # -- loading ---------------------------------------------------------------------------------

    def plugins_for(self, code: str) -> list[Plugin]:
        """The plugins declared for ``code``, loaded (or failed) now."""
        found = [p for p in self.plugins.values() if code in p.declared]
        for plugin in found:
            self.load(plugin)
        return found

    def load_all(self) -> list[Plugin]:
        for plugin in self.plugins.values():
            self.load(plugin)
        return list(self.plugins.values())

    def load(self, plugin: Plugin) -> None:
        if plugin.loaded:
            return
        plugin.loaded = True
        assert plugin.entry_point is not None
        try:
            module = plugin.entry_point.load()
        except Exception as error:  # any failure to import is that plugin's failure alone
            plugin.error = f"failed to import {plugin.module_name}: {type(error).__name__}: {error}"
            return
        if not isinstance(module, types.ModuleType):
            plugin.error = f"entry point {plugin.name} = {plugin.module_name} is not a module"
            return
        self._activate(plugin, module)

    def _activate(self, plugin: Plugin, module: types.ModuleType) -> None:
        plugin.module = module
        plugin.loaded = True
        try:
            self.manager.register(module, name=plugin.name)
            self.manager.check_pending()
        except Exception as error:
            if self.manager.is_registered(module):
                self.manager.unregister(module)
            plugin.error = f"invalid hook implementation: {error}"
            return
        plugin.hooks = tuple(sorted(caller.name for caller in self.manager.get_hookcallers(module) or ()))
        plugin.jurisdictions = tuple(self._call(plugin, "kei_jurisdictions", Jurisdiction))
        plugin.rules = tuple(self._call(plugin, "kei_rules", Rule, Requirement))
        if not plugin.declared:
            # Registered directly, with no static declaration: what the hooks said is its coverage,
            # so that a failure still marks those levels unknown.
            plugin.declared = tuple(
                sorted({j.code for j in plugin.jurisdictions} | _rule_codes(plugin.rules))
            )
        if plugin.error:
            plugin.jurisdictions, plugin.rules = (), ()

    def _call(self, plugin: Plugin, hook: str, *expected: type) -> Iterator[Any]:
        """Call one hook of one plugin; a raise or a wrong type is that plugin's error."""
        if plugin.error or hook not in plugin.hooks:
            return iter(())
        function = getattr(plugin.module, hook)
        try:
            result = list(function() or ())
        except Exception as error:
            plugin.error = f"{hook}() raised {type(error).__name__}: {error}"
            return iter(())
        for item in result:
            if not isinstance(item, expected):
                wanted = " or ".join(t.__name__ for t in expected)
                plugin.error = f"{hook}() returned {type(item).__name__} {item!r:.60}, expected {wanted}"
                return iter(())
        return iter(result)

    def models_of(self, plugin: Plugin) -> tuple[Model, ...]:
        """The plugin's catalog contribution (called only when a command needs the catalog)."""
        self.load(plugin)
        if plugin.models is None:
            plugin.models = tuple(self._call(plugin, "kei_models", Model))
        return plugin.models

    # -- what covers what ---------------------------------------------------------------------

    def owners_of(self, code: str) -> list[Plugin]:
        """The loaded plugins whose ``kei_jurisdictions`` returns ``code``."""
        return [p for p in self.plugins_for(code) if any(j.code == code for j in p.jurisdictions)]

    def jurisdiction(self, code: str) -> Jurisdiction | None:
        for plugin in self.owners_of(code):
            for jurisdiction in plugin.jurisdictions:
                if jurisdiction.code == code:
                    return jurisdiction
        return None

    def chain(self, code: str) -> list[str]:
        """The levels of ``code``, top first: ``US-TX`` -> ``["US", "US-TX"]``, ``DE`` -> ``["EU", "DE"]``."""
        levels: list[str] = []
        current: str | None = code
        while current and current not in levels:
            levels.append(current)
            declared = self.jurisdiction(current)
            current = declared.parent if declared else iso_parent(current)
        return list(reversed(levels))

    def declared_codes(self) -> list[str]:
        """Every code some enabled plugin declares, without importing any plugin."""
        return sorted({code for plugin in self.plugins.values() for code in plugin.declared})

    def plan(self, code: str) -> Any:
        """The prepared levels for ``code`` (cached): see :mod:`kei_core.evaluation`."""
        if code not in self._plans:
            from kei_core.evaluation import plan_levels

            self._plans[code] = plan_levels(self, code)
        return self._plans[code]

    def evaluate(self, vehicle: Any, code: str, on: Any) -> Any:
        """The :class:`~kei_core.verdicts.Verdict` for ``vehicle`` in ``code`` on ``on``."""
        from kei_core.evaluation import evaluate

        return evaluate(self.plan(code), vehicle, on)

    def all_rules(self) -> list[tuple[Plugin, Rule | Requirement]]:
        return [(plugin, item) for plugin in self.load_all() for item in plugin.rules]


def iso_parent(code: str) -> str | None:
    """The parent ISO 3166 code by syntax alone: ``US-TX`` -> ``US``; ``US`` -> ``None``."""
    if not CODE.match(code) or "-" not in code:
        return None
    return code.rsplit("-", 1)[0]


def _rule_codes(items: Iterable[Rule | Requirement]) -> set[str]:
    return {item.jurisdiction for item in items}


EU_MEMBERS = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


def suggestion_for(code: str) -> str:
    """How a user would get rules for ``code`` installed (kei's own distributions as examples)."""
    if code.startswith("US-"):
        shipped = f"kei-{code.lower()}"
    elif code in EU_MEMBERS:
        shipped = "kei-eu"
    else:
        shipped = f"kei-{code.split('-')[0].lower()}"
    return f"install {shipped} or another plugin that covers {code}"
