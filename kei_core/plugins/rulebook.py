"""An immutable snapshot of what the loaded plugins declare: what evaluation reads.

The :class:`~kei_core.plugins.registry.Registry` loads plugins lazily (the CLI imports only what
a question needs) or all at once (a server); either way it hands evaluation a :class:`RuleBook`,
which never changes after it is made, so any number of threads may read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.plugins.discovery import PluginRecord
from kei_core.plugins.loader import LoadedPlugin
from kei_core.rules import CODE, Jurisdiction, Requirement, Rule

_setattr_of = object.__setattr__.__get__


@attrs.frozen
class PluginInfo:
    """One plugin as a user sees it: where it comes from, whether it is loaded, what its hooks
    returned, and why it failed (``error``), if it did."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    module_name: str
    distribution: str | None
    version: str | None
    declared: tuple[str, ...]
    loaded: bool
    hooks: tuple[str, ...] = ()
    jurisdictions: tuple[Jurisdiction, ...] = ()
    rules: tuple[Rule | Requirement, ...] = ()
    error: str | None = None
    disabled: bool = False
    direct: bool = False
    """Registered directly (tests, one-off local plugins), not through an entry point."""

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        name: str,
        module_name: str,
        distribution: str | None,
        version: str | None,
        declared: tuple[str, ...],
        loaded: bool,
        hooks: tuple[str, ...] = (),
        jurisdictions: tuple[Jurisdiction, ...] = (),
        rules: tuple[Rule | Requirement, ...] = (),
        error: str | None = None,
        disabled: bool = False,
        direct: bool = False,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("name", name)
        _setattr("module_name", module_name)
        _setattr("distribution", distribution)
        _setattr("version", version)
        _setattr("declared", declared)
        _setattr("loaded", loaded)
        _setattr("hooks", hooks)
        _setattr("jurisdictions", jurisdictions)
        _setattr("rules", rules)
        _setattr("error", error)
        _setattr("disabled", disabled)
        _setattr("direct", direct)

    @property
    def failed(self) -> bool:
        return self.error is not None

    @classmethod
    def of(cls, record: PluginRecord, loaded: LoadedPlugin | None, *, disabled: bool = False) -> PluginInfo:
        return cls(
            name=record.name,
            module_name=record.module_name,
            distribution=record.distribution,
            version=record.version,
            declared=(loaded.record if loaded else record).declared,
            loaded=loaded is not None,
            hooks=loaded.hooks if loaded else (),
            jurisdictions=loaded.jurisdictions if loaded and not loaded.failed else (),
            rules=loaded.rules if loaded and not loaded.failed else (),
            error=loaded.error if loaded else None,
            disabled=disabled,
            direct=record.entry_point is None,
        )


def declared_names(plugins: Mapping[str, PluginInfo]) -> dict[str, tuple[str, ...]]:
    """The names of the enabled ``plugins`` declaring each code, in the order of ``plugins``."""
    index: dict[str, list[str]] = {}
    for name, plugin in plugins.items():
        if not plugin.disabled:
            for declared in plugin.declared:
                index.setdefault(declared, []).append(name)
    return {code: tuple(names) for code, names in index.items()}


def iso_parent(code: str) -> str | None:
    """The parent ISO 3166 code by syntax alone: ``US-TX`` -> ``US``; ``US`` -> ``None``."""
    if not CODE.match(code) or "-" not in code:
        return None
    return code.rsplit("-", 1)[0]


@attrs.frozen
class RuleBook:
    """The plugins kei knows (loaded or not) and everything the loaded ones declare."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    plugins: Mapping[str, PluginInfo]
    _index: Mapping[str, tuple[str, ...]] | None = attrs.field(
        default=None, kw_only=True, eq=False, repr=False, alias="index"
    )
    """The names of the enabled plugins declaring each code, as :meth:`declaring` would find them
    in ``plugins``, when whoever makes the book knows them already (the registry makes a book
    after every plugin it loads, with the same declarations each time); made on first use if not."""
    _declaring: dict[str, tuple[PluginInfo, ...]] = attrs.field(
        init=False, factory=dict, eq=False, repr=False
    )
    # What owners_of found for each code (asked three times a level a plan is made for).
    _owners: dict[str, tuple[PluginInfo, ...]] = attrs.field(init=False, factory=dict, eq=False, repr=False)

    @written
    def __init__(
        self, plugins: Mapping[str, PluginInfo], *, index: Mapping[str, tuple[str, ...]] | None = None
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("plugins", plugins)
        _setattr("_index", index)
        _setattr("_declaring", {})
        _setattr("_owners", {})

    def declaring(self, code: str) -> tuple[PluginInfo, ...]:
        """The enabled plugins whose static declaration (or, registered directly, whose hooks)
        cover ``code``."""
        found = self._declaring.get(code)
        if found is None:
            if self._index is None:
                object.__setattr__(self, "_index", declared_names(self.plugins))
                assert self._index is not None
            plugins = self.plugins
            found = self._declaring[code] = tuple(plugins[name] for name in self._index.get(code, ()))
        return found

    def disabled_for(self, code: str) -> tuple[PluginInfo, ...]:
        return tuple(p for p in self.plugins.values() if code in p.declared and p.disabled)

    def owners_of(self, code: str) -> tuple[PluginInfo, ...]:
        """The loaded plugins whose ``kei_jurisdictions`` returns ``code``."""
        found = self._owners.get(code)
        if found is None:
            found = self._owners[code] = tuple(
                p for p in self.declaring(code) if any(j.code == code for j in p.jurisdictions)
            )
        return found

    def jurisdiction(self, code: str) -> Jurisdiction | None:
        for plugin in self.owners_of(code):
            for jurisdiction in plugin.jurisdictions:
                if jurisdiction.code == code:
                    return jurisdiction
        return None

    def chain(self, code: str) -> list[str]:
        """The levels of ``code``, top first: ``US-TX`` -> ``["US", "US-TX"]``, ``DE`` ->
        ``["EU", "DE"]`` (declared parents first, ISO syntax where no owner is loaded)."""
        levels: list[str] = []
        current: str | None = code
        while current and current not in levels:
            levels.append(current)
            declared = self.jurisdiction(current)
            current = declared.parent if declared else iso_parent(current)
        return list(reversed(levels))

    def declared_codes(self) -> list[str]:
        """Every code some enabled plugin declares (known without importing any)."""
        return sorted({code for p in self.plugins.values() if not p.disabled for code in p.declared})

    def rules_for(self, code: str, chain: Sequence[str] = ()) -> tuple[tuple[Rule | Requirement, str], ...]:
        """The rules and requirements for the level ``code`` of the place whose levels are
        ``chain``: those of the plugins declaring ``code``, and the rules a plugin declaring a
        finer level of the chain adds to ``code`` ``within`` that level (a city's ordinance on
        its state's level). A rule ``within`` a place not in the chain is left out."""
        found: dict[tuple[str, str], tuple[Rule | Requirement, str]] = {}
        for level in (code, *(c for c in chain if c != code)):
            for plugin in self.declaring(level):
                for item in plugin.rules:
                    if item.jurisdiction != code:
                        continue
                    within = getattr(item, "within", None)
                    if within is not None and within not in chain:
                        continue
                    if level != code and within is None:
                        continue  # a finer plugin's rules for this level apply only within it
                    found.setdefault((plugin.name, item.id), (item, plugin.name))
        return tuple(found.values())

    def all_rules(self) -> list[tuple[PluginInfo, Rule | Requirement]]:
        return [(plugin, item) for plugin in self.plugins.values() for item in plugin.rules]
