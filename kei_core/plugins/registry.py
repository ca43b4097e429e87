"""The registry: discovery, lazy and thread-safe loading, and the snapshots evaluation reads.

The registry is the one mutable object: it remembers which plugins are loaded. Loading happens
under a lock, one plugin at a time; what evaluation and listings read is an immutable
:class:`~kei_core.plugins.rulebook.RuleBook` snapshot and the :class:`~kei_core.evaluation.Plan`
made from it, so a server may share one registry between threads (call :meth:`load_all` at
start-up, and nothing is imported while it answers).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import threading
from collections.abc import Iterable, Mapping

from kei_core.evaluation import Plan, evaluate, plan_levels
from kei_core.plugins.discovery import PluginRecord, discover, names
from kei_core.plugins.loader import LoadedPlugin, Loader
from kei_core.plugins.rulebook import PluginInfo, RuleBook, declared_names, iso_parent
from kei_core.rules import Jurisdiction, Model, Requirement, Rule
from kei_core.vehicle import Vehicle
from kei_core.verdicts import Verdict
from kei_core.vocabulary import Term

Plugin = PluginInfo
"""Deprecated alias: what ``Registry.plugins`` holds (today a read-only :class:`PluginInfo`)."""


class Registry:
    """The installed (or explicitly registered) plugins and what they declare.

    ``disabled`` names plugins never to load (``-p no:NAME``, ``KEI_DISABLE_PLUGINS``); with
    ``autoload=False`` (or ``KEI_DISABLE_PLUGIN_AUTOLOAD=1``) only the entry points named in
    ``enabled`` are used (``-p NAME``), plus plugins given to :meth:`register`.
    """

    def __init__(
        self,
        *,
        autoload: bool | None = None,
        enabled: Iterable[str] = (),
        disabled: Iterable[str] = (),
        environ: Mapping[str, str] | None = None,
        freeze_loaded: bool = False,
    ) -> None:
        env = os.environ if environ is None else environ
        self.freeze_loaded = freeze_loaded
        """After each plugin loads, move every object the process holds out of the cyclic
        collector's way (:func:`gc.freeze`): modules and rules live as long as the process, and
        the collector would otherwise walk them again and again (about 5% of ``kei check``). For
        a process that owns its heap, as the ``kei`` command does; the default is off."""
        if autoload is None:
            autoload = env.get("KEI_DISABLE_PLUGIN_AUTOLOAD", "").strip() in ("", "0", "false")
        self.autoload = autoload
        self.enabled = set(enabled)
        self.disabled = set(disabled) | names(env.get("KEI_DISABLE_PLUGINS", ""))
        self._lock = threading.RLock()
        self._loader = Loader()
        self._records: dict[str, PluginRecord] = {}
        self._off: dict[str, PluginRecord] = {}
        self._loaded: dict[str, LoadedPlugin] = {}
        self._models: dict[str, tuple[Model, ...] | str] = {}
        self._plans: dict[str, Plan] = {}
        # The levels of each code asked: once its levels' plugins are loaded, loading others cannot
        # change them (a plugin declaring a level is loaded when the level is asked); a plugin
        # registered directly, or one whose hooks rather than a declaration say what it covers,
        # may, and clears them.
        self._chains: dict[str, tuple[str, ...]] = {}
        self._book: RuleBook | None = None
        self._infos: dict[str, PluginInfo] = {}
        # What the next book holds: every plugin's snapshot (those loaded since the last book made
        # again), and the names declaring each code (made again only when a declaration changes).
        self._book_infos: dict[str, PluginInfo] | None = None
        self._book_index: dict[str, tuple[str, ...]] | None = None
        self._declaring: dict[str, list[str]] | None = None
        self.unknown_requested: frozenset[str] = frozenset()
        if self.autoload or self.enabled:
            found = discover(autoload=self.autoload, enabled=self.enabled, disabled=self.disabled)
            self._records, self._off = dict(found.records), dict(found.disabled)
            self.unknown_requested = found.unknown_requested

    # -- loading ---------------------------------------------------------------------------------

    def register(self, plugin: object, name: str | None = None) -> PluginInfo:
        """Register a plugin module or object directly (tests, one-off local plugins); loaded at once."""
        default = getattr(plugin, "__name__", type(plugin).__name__)
        plugin_name = name or str(getattr(plugin, "name", None) or default).split(".")[-1].replace("_", "-")
        record = PluginRecord(name=plugin_name, module_name=str(default))
        with self._lock:
            loaded = self._loader.activate(record, plugin)
            self._records[plugin_name] = loaded.record
            self._declaring = None
            self._loaded[plugin_name] = loaded
            self._infos.pop(plugin_name, None)
            self._book = None
            self._book_infos = self._book_index = None
            self._plans.clear()
            self._chains.clear()
            return PluginInfo.of(loaded.record, loaded)

    def _load(self, name: str) -> None:
        if name not in self._loaded:
            record = self._records[name]
            loaded = self._loaded[name] = self._loader.load(record)
            self._infos.pop(name, None)
            self._book = None
            if self._book_infos is not None:
                self._book_infos[name] = self._info(name, record)
            if loaded.record.declared != record.declared:
                self._book_index = None  # its hooks, not a declaration, say what it covers
                self._chains.clear()
            if self.freeze_loaded:
                gc.freeze()

    def _load_declaring(self, code: str) -> None:
        if self._declaring is None:  # which plugins declare each code, read once from the records
            self._declaring = {}
            for name, record in self._records.items():
                for declared in record.declared:
                    self._declaring.setdefault(declared, []).append(name)
        for name in self._declaring.get(code, ()):
            self._load(name)

    def load_all(self) -> list[PluginInfo]:
        """Load every enabled plugin (``kei plugins``, ``kei rules``, a server at start-up)."""
        with self._lock:
            for name in self._records:
                self._load(name)
            return list(self.book().plugins.values())

    def book(self) -> RuleBook:
        """An immutable snapshot of every plugin kei knows and what the loaded ones declare
        (made again only after a plugin is loaded, from the unchanged plugins' own snapshots)."""
        with self._lock:
            if self._book is not None:
                return self._book
            if self._book_infos is None:
                infos = {name: self._info(name, record) for name, record in self._records.items()}
                infos |= {
                    name: PluginInfo.of(record, None, disabled=True) for name, record in self._off.items()
                }
                self._book_infos = infos
            if self._book_index is None:
                self._book_index = declared_names(self._book_infos)
            self._book = RuleBook(dict(self._book_infos), index=self._book_index)
            return self._book

    def _info(self, name: str, record: PluginRecord) -> PluginInfo:
        found = self._infos.get(name)
        if found is None:
            loaded = self._loaded.get(name)
            found = self._infos[name] = PluginInfo.of(loaded.record if loaded else record, loaded)
        return found

    @property
    def plugins(self) -> dict[str, PluginInfo]:
        """The enabled plugins by name (loaded or not), as read-only snapshots."""
        return {name: info for name, info in self.book().plugins.items() if not info.disabled}

    # -- what covers what ---------------------------------------------------------------------

    def chain(self, code: str) -> list[str]:
        """The levels of ``code``, top first, loading the plugins declared for each."""
        with self._lock:
            known = self._chains.get(code)
            if known is not None:
                return list(known)
            levels: list[str] = []
            current: str | None = code
            while current and current not in levels:
                levels.append(current)
                self._load_declaring(current)
                declared = self.book().jurisdiction(current)
                current = declared.parent if declared else iso_parent(current)
            self._chains[code] = tuple(reversed(levels))
            return list(reversed(levels))

    def plugins_for(self, code: str) -> list[PluginInfo]:
        """The plugins declared for ``code``, loaded (or failed) now."""
        with self._lock:
            self._load_declaring(code)
            return list(self.book().declaring(code))

    def owners_of(self, code: str) -> list[PluginInfo]:
        with self._lock:
            self._load_declaring(code)
            return list(self.book().owners_of(code))

    def jurisdiction(self, code: str) -> Jurisdiction | None:
        with self._lock:
            self._load_declaring(code)
            return self.book().jurisdiction(code)

    def declared_codes(self) -> list[str]:
        """Every code some enabled plugin declares, without importing any plugin."""
        with self._lock:
            return self.book().declared_codes()

    def all_rules(self) -> list[tuple[PluginInfo, Rule | Requirement]]:
        self.load_all()
        return list(self.book().all_rules())

    # -- evaluation ----------------------------------------------------------------------------

    def plan(self, code: str) -> Plan:
        """The prepared levels for ``code`` (made once, then shared): see :mod:`kei_core.evaluation`."""
        with self._lock:
            found = self._plans.get(code)
            if found is None:
                chain = self.chain(code)
                found = self._plans[code] = plan_levels(self.book(), chain)
            return found

    def evaluate(self, vehicle: Vehicle, code: str, on: dt.date) -> Verdict:
        """The :class:`~kei_core.verdicts.Verdict` for ``vehicle`` in ``code`` on ``on``."""
        return evaluate(self.plan(code), vehicle, on)

    # -- the catalog -----------------------------------------------------------------------------

    def models_of(self, plugin: PluginInfo) -> tuple[Model, ...]:
        """The plugin's catalog contribution (called only when a command needs the catalog)."""
        with self._lock:
            if plugin.name not in self._models:
                if plugin.name in self._records:
                    self._load(plugin.name)
                loaded = self._loaded.get(plugin.name)
                self._models[plugin.name] = self._loader.models(loaded) if loaded else ()
            found = self._models[plugin.name]
            return found if isinstance(found, tuple) else ()

    def models_error(self, plugin: PluginInfo) -> str | None:
        """Why the plugin's ``kei_models`` failed, if it did."""
        found = self._models.get(plugin.name)
        return found if isinstance(found, str) else None

    # -- the vocabulary --------------------------------------------------------------------------

    def vocabulary(self) -> list[tuple[str, Term]]:
        """Every term the enabled plugins add, with the plugin that adds it (all plugins loaded)."""
        found: list[tuple[str, Term]] = []
        for plugin in self.load_all():
            with self._lock:
                loaded = self._loaded.get(plugin.name)
                terms = self._loader.vocabulary(loaded) if loaded else ()
            if isinstance(terms, tuple):
                found += [(plugin.name, term) for term in terms]
        return found
