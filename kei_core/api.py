"""The application facade: what the CLI, batch, the web page and tests all call.

:class:`Kei` answers with typed results (:class:`CheckResult`, :class:`PlaceInfo`,
:class:`RuleInfo`, ...); renderers in :mod:`kei_core.render` turn them into text, JSON,
Markdown or a table. Nothing here prints, parses options or knows about HTTP.

    kei = Kei()                                   # every installed plugin, loaded as needed
    result = kei.check(vehicle, ["US-TX"], on=dt.date(2026, 1, 22))
    result.verdicts[0].status                     # Status.NOT_LEGAL
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from kei_core.errors import InputError, did_you_mean, shown
from kei_core.plugins.registry import Registry
from kei_core.plugins.rulebook import PluginInfo
from kei_core.rules import Jurisdiction, Model, Requirement, Rule
from kei_core.status import Status, worst
from kei_core.vehicle import Vehicle
from kei_core.verdicts import Verdict
from kei_core.vocabulary import Term

NOTICE = "kei gives information, not legal advice"


def notice(reviewed: Iterable[dt.date]) -> str:
    """The closing line of every answer: information, not advice, and how recent the rules are."""
    days = sorted(set(reviewed))
    if not days:
        return f"{NOTICE}; no installed rule was applied."
    span = days[0].isoformat() if len(days) == 1 else f"{days[0].isoformat()} to {days[-1].isoformat()}"
    return f"{NOTICE}; the rules applied were last reviewed {span}."


@attrs.frozen
class CheckResult:
    """The answer to one question: a vehicle, the places asked (none: every installed place),
    the date, one verdict a place, the plugins that answered, and notes about the vehicle (which
    values came from the catalog)."""

    vehicle: Vehicle
    on: dt.date
    verdicts: tuple[Verdict, ...]
    asked: tuple[str, ...] = ()
    plugins: tuple[PluginInfo, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def status(self) -> Status:
        """The worst status of the places asked (what the exit status reports)."""
        return worst(v.status for v in self.verdicts)

    @property
    def notice(self) -> str:
        return notice(f.reviewed_on for v in self.verdicts for f in v.findings)


@attrs.frozen
class PlaceInfo:
    """A place kei knows of: its code, its name and parent, its chain of levels, whether it
    registers vehicles, its owner and the plugins adding rules to it."""

    code: str
    name: str | None
    parent: str | None
    chain: tuple[str, ...]
    registers: bool
    owner: str | None
    plugins: tuple[str, ...]


@attrs.frozen
class RuleInfo:
    """A rule (or a requirement grouping pathways) and the plugin that gives it."""

    item: Rule | Requirement
    plugin: str

    @property
    def id(self) -> str:
        return self.item.id


class Kei:
    """kei's questions, answered from one :class:`Registry` (built from the plugin options, or
    given). Share one instance between threads: the registry loads under a lock and evaluation
    reads immutable snapshots."""

    def __init__(self, registry: Registry | None = None) -> None:
        self.registry = registry if registry is not None else Registry()

    @classmethod
    def from_options(cls, enabled: Iterable[str] = (), disabled: Iterable[str] = ()) -> Kei:
        """As the command line's ``-p NAME`` / ``-p no:NAME`` options ask."""
        return cls(Registry(enabled=enabled, disabled=disabled))

    # -- answers -------------------------------------------------------------------------------

    def places(self) -> list[str]:
        """Every code an enabled plugin declares (no plugin is imported)."""
        return self.registry.declared_codes()

    def check(
        self,
        vehicle: Vehicle,
        places: Sequence[str] = (),
        on: dt.date | None = None,
        *,
        notes: Sequence[str] = (),
    ) -> CheckResult:
        """The verdict for ``vehicle`` in each of ``places`` (none: every installed place) on
        ``on`` (default: today)."""
        day = on or dt.date.today()
        self._check_plugin_terms(vehicle)
        codes = tuple(places) or tuple(self.places())
        verdicts = tuple(self.registry.evaluate(vehicle, code, day) for code in codes)
        loaded = tuple(p for p in self.registry.plugins.values() if p.loaded)
        return CheckResult(vehicle, day, verdicts, tuple(places), loaded, tuple(notes))

    def _check_plugin_terms(self, vehicle: Vehicle) -> None:
        """A plugin's equipment or document name (``de.vollgutachten``) must be one an installed
        plugin declares: a typo never silently counts as a missing document."""
        wanted = {
            (kind, name)
            for kind, names in (("equipment", vehicle.equipment), ("document", vehicle.documents))
            for name in names
            if "." in name
        }
        if not wanted:
            return
        known = {(term.kind, term.name) for _, term in self.vocabulary()}
        for kind, name in sorted(wanted - known):
            field = "equipment" if kind == "equipment" else "documents"
            names = [n for k, n in known if k == kind]
            raise InputError(
                f"no installed plugin declares the {kind} {shown(name)}{did_you_mean(name, names)} "
                "(see `kei vocabulary`)",
                field=field,
            )

    def verdict(self, vehicle: Vehicle, place: str, on: dt.date) -> Verdict:
        """One place's verdict."""
        return self.registry.evaluate(vehicle, place, on)

    # -- listings ------------------------------------------------------------------------------

    def plugins(self) -> list[PluginInfo]:
        """Every enabled plugin, loaded, with what it returned or why it failed."""
        return self.registry.load_all()

    def place(self, code: str) -> PlaceInfo:
        registry = self.registry
        owners = registry.owners_of(code)
        jurisdiction: Jurisdiction | None = registry.jurisdiction(code)
        return PlaceInfo(
            code=code,
            name=jurisdiction.name if jurisdiction else None,
            parent=jurisdiction.parent if jurisdiction else None,
            chain=tuple(registry.chain(code)),
            registers=bool(jurisdiction and jurisdiction.registers),
            owner=owners[0].name if len(owners) == 1 else None,
            plugins=tuple(p.name for p in registry.plugins_for(code)),
        )

    def jurisdictions(self) -> list[PlaceInfo]:
        return [self.place(code) for code in self.places()]

    def rules(self, place: str | None = None) -> list[RuleInfo]:
        """Every rule of the installed plugins, or those of ``place``'s levels, by place and ID."""
        items = [RuleInfo(item, plugin.name) for plugin, item in self.registry.all_rules()]
        if place is not None:
            chain = set(self.registry.chain(place))
            items = [info for info in items if info.item.jurisdiction in chain]
        return sorted(items, key=lambda info: (info.item.jurisdiction, info.item.id))

    def rule(self, rule_id: str) -> RuleInfo | None:
        """The rule with ``rule_id`` (case-insensitive), or ``None``."""
        wanted = rule_id.strip().upper()
        return next((info for info in self.rules() if info.id == wanted), None)

    def vocabulary(self) -> list[tuple[str, Term]]:
        """The names plugins add to kei's vocabulary, with the plugin adding each."""
        return self.registry.vocabulary()

    def models(self, query: str = "") -> list[Model]:
        """The catalog's models matching every word of ``query`` (all when empty)."""
        from kei_core import catalog

        return catalog.search(self.registry, query)
