"""Loading one plugin and calling its hooks through pluggy, one plugin at a time.

pluggy stops a whole hook call at the first exception and does not say whose result is whose,
so each plugin's implementations are called on their own (``get_hookimpls()``, the function
pluggy registered, with only the arguments it asks for): ``specname=`` and hooks that later
gain arguments work, and an import error, a raise or a wrong return type becomes that plugin's
failure alone, named, while the others answer.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pluggy

from kei_core import hookspecs
from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.plugins.discovery import PluginRecord
from kei_core.plugins.imports import PathIndex
from kei_core.rules import Jurisdiction, Model, Requirement, Rule
from kei_core.vocabulary import Term

T = TypeVar("T")

HOOKS = ("kei_jurisdictions", "kei_rules", "kei_models", "kei_vocabulary")

_setattr_of = object.__setattr__.__get__


@attrs.frozen
class LoadedPlugin:
    """A plugin after loading: what its hooks returned, or why it failed (``error``)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    record: PluginRecord
    plugin: object | None = attrs.field(default=None, eq=False)
    hooks: tuple[str, ...] = ()
    jurisdictions: tuple[Jurisdiction, ...] = ()
    rules: tuple[Rule | Requirement, ...] = ()
    error: str | None = None

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        record: PluginRecord,
        plugin: object | None = None,
        hooks: tuple[str, ...] = (),
        jurisdictions: tuple[Jurisdiction, ...] = (),
        rules: tuple[Rule | Requirement, ...] = (),
        error: str | None = None,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("record", record)
        _setattr("plugin", plugin)
        _setattr("hooks", hooks)
        _setattr("jurisdictions", jurisdictions)
        _setattr("rules", rules)
        _setattr("error", error)

    @property
    def name(self) -> str:
        return self.record.name

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def covers(self) -> frozenset[str]:
        """The codes its hooks speak of: owned jurisdictions and the codes of its rules."""
        return frozenset({j.code for j in self.jurisdictions} | {item.jurisdiction for item in self.rules})


class HookFailure(Exception):
    """A hook of one plugin raised or returned the wrong type; the message says which."""


_ABSENT = object()
_MARKER = "kei_impl"
_FUNCTIONS = (types.FunctionType, types.MethodType, staticmethod, classmethod)
# Attributes that can never carry a hook marker: plain data, and descriptors written in C (no
# ``__dict__`` to set a marker on).
_NEVER_HOOKS = (
    str, bytes, int, float, bool, type(None), tuple, list, dict, set, frozenset, type, types.ModuleType,
    types.BuiltinFunctionType, types.WrapperDescriptorType, types.MethodWrapperType,
    types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType,
)  # fmt: skip


def _own_dict(plugin: object) -> dict[str, object] | None:
    """The instance's own ``__dict__``, read without running user code; ``None`` if it has none
    (a slotted class: asked by its type, so no AttributeError is raised and caught)."""
    if not type(plugin).__dictoffset__:
        return None
    try:
        own = object.__getattribute__(plugin, "__dict__")
    except AttributeError:
        return None
    return own if isinstance(own, dict) else None


def _class_attribute(klass: type, name: str) -> object:
    """``name`` as stored in the ``__dict__`` of ``klass`` or the first class of its MRO that has
    it; ``_ABSENT`` if none does."""
    for base in klass.__mro__:
        found = base.__dict__.get(name, _ABSENT)
        if found is not _ABSENT:
            return found
    return _ABSENT


def _raw_attribute(plugin: object, name: str) -> object:
    """``name`` as stored on ``plugin`` (a module's or an instance's own dictionary, else its
    class's), without running any descriptor or ``__getattr__``; ``_ABSENT`` if not found so."""
    if isinstance(plugin, types.ModuleType):
        return plugin.__dict__.get(name, _ABSENT)
    if isinstance(plugin, type):
        return _class_attribute(plugin, name)
    own = _own_dict(plugin)
    if own is not None and name in own:
        return own[name]
    found = _class_attribute(type(plugin), name)
    if isinstance(found, types.MemberDescriptorType):
        try:  # a slot's value: reading it runs no user code
            return found.__get__(plugin, type(plugin))
        except AttributeError:
            return _ABSENT
    return found


def _cannot_be_hook(raw: object) -> bool:
    """Stored as ``raw``, an attribute cannot be a kei hook implementation."""
    if isinstance(raw, _FUNCTIONS):
        return (
            getattr(raw, _MARKER, None) is None
            and getattr(getattr(raw, "__func__", None), _MARKER, None) is None
        )
    return raw is not _ABSENT and (
        isinstance(raw, _NEVER_HOOKS) or not (callable(raw) or hasattr(type(raw), "__get__"))
    )


class _Manager(pluggy.PluginManager):
    """pluggy's manager, with a quick look first at each attribute of a plugin being registered.

    pluggy inspects every name of ``dir(plugin)`` with :func:`inspect.getattr_static`, about
    0.5 ms a plugin, most of the cost of loading a declared state plugin. An attribute stored as
    plain data, a C-level descriptor or a function without kei's marker cannot be a hook
    implementation (nor can a value that is neither callable nor a descriptor), so pluggy is
    asked only about the others, and decides as before.

    What pluggy answers for an attribute stored on a plugin's class (not on the instance, nor in
    one of its slots) is the same for every instance of that class: it is asked once a class
    (sixty state plugins are sixty instances of one class, each with some forty names)."""

    def __init__(self, project_name: str) -> None:
        super().__init__(project_name)
        self._by_class: dict[type, dict[str, Any]] = {}

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        klass = type(plugin)
        known = self._by_class.get(klass)
        if known is not None and name in known and not klass.__dictoffset__:
            return known[name]  # the usual case, first: a slotted plugin of a class seen before
        if isinstance(plugin, types.ModuleType | type):
            return (
                None
                if _cannot_be_hook(_raw_attribute(plugin, name))
                else super().parse_hookimpl_opts(plugin, name)
            )
        own = _own_dict(plugin)
        if own is not None and name in own:
            raw = own[name]
            return None if _cannot_be_hook(raw) else super().parse_hookimpl_opts(plugin, name)
        if known is None:
            known = self._by_class[klass] = {}
        elif name in known:
            return known[name]
        found = _class_attribute(klass, name)
        if isinstance(found, types.MemberDescriptorType):  # a slot: its value is the instance's own
            raw = _raw_attribute(plugin, name)
            return None if _cannot_be_hook(raw) else super().parse_hookimpl_opts(plugin, name)
        opts = None if _cannot_be_hook(found) else super().parse_hookimpl_opts(plugin, name)
        known[name] = opts
        return opts


class Loader:
    """Imports plugins and calls their hooks, each on its own, through one pluggy manager."""

    def __init__(self) -> None:
        self.manager: pluggy.PluginManager = _Manager("kei")
        self.manager.add_hookspecs(hookspecs)
        self._index: PathIndex | None = None

    def _path_index(self) -> PathIndex:
        if self._index is None or self._index.path != tuple(sys.path):
            self._index = PathIndex(sys.path)
        return self._index

    def load(self, record: PluginRecord) -> LoadedPlugin:
        """Import ``record``'s entry point and call its hooks; any failure is its own."""
        assert record.entry_point is not None
        try:
            with self._path_index().speeding(record.entry_point.value):
                plugin = record.entry_point.load()
        except Exception as error:  # any failure to import is that plugin's failure alone
            return LoadedPlugin(
                record, error=f"failed to import {record.module_name}: {type(error).__name__}: {error}"
            )
        if plugin is None or isinstance(plugin, type | int | str | float | bool):
            return LoadedPlugin(
                record,
                error=f"entry point {record.name} = {record.module_name} is not a plugin module or object",
            )
        return self.activate(record, plugin)

    def activate(self, record: PluginRecord, plugin: object) -> LoadedPlugin:
        """Register ``plugin`` (a module or any object with ``@hookimpl`` methods) and collect
        its jurisdictions and rules."""
        try:
            self.manager.register(plugin, name=record.name)
            self.manager.check_pending()
        except Exception as error:
            if self.manager.is_registered(plugin):
                self.manager.unregister(plugin)
            return LoadedPlugin(record, plugin, error=f"invalid hook implementation: {error}")
        hooks = tuple(sorted(caller.name for caller in self.manager.get_hookcallers(plugin) or ()))
        jurisdictions: tuple[Jurisdiction, ...] = ()
        rules: tuple[Rule | Requirement, ...] = ()
        failed: str | None = None
        try:
            jurisdictions = self.call(plugin, "kei_jurisdictions", Jurisdiction)
            rules = self.call(plugin, "kei_rules", Rule, Requirement)
        except HookFailure as failure:
            failed = str(failure)
        if not record.declared:
            # Registered directly, with no static declaration: what the hooks said is its coverage,
            # so that a failure still marks those levels unknown.
            codes = {j.code for j in jurisdictions} | {item.jurisdiction for item in rules}
            record = attrs.evolve(record, declared=tuple(sorted(codes)))
        if failed is not None:
            return LoadedPlugin(record, plugin, hooks, error=failed)
        return LoadedPlugin(record, plugin, hooks, jurisdictions, rules)

    def call(self, plugin: object, hook: str, *expected: type[T]) -> tuple[T, ...]:
        """Call ``plugin``'s implementation of ``hook`` (none: nothing) and check each item's type.

        :raises HookFailure: it raised, or returned something not of an ``expected`` type.
        """
        caller = getattr(self.manager.hook, hook)
        found: list[T] = []
        for implementation in caller.get_hookimpls():
            if implementation.plugin is not plugin or implementation.hookwrapper or implementation.wrapper:
                continue
            function: Callable[..., object] = implementation.function
            try:
                result = function()  # no kei hook takes arguments yet; argnames would name them
                items = list(result or ())  # type: ignore[call-overload]
            except Exception as error:
                raise HookFailure(f"{hook}() raised {type(error).__name__}: {error}") from None
            for item in items:
                if not isinstance(item, expected):
                    wanted = " or ".join(t.__name__ for t in expected)
                    raise HookFailure(
                        f"{hook}() returned {type(item).__name__} {item!r:.60}, expected {wanted}"
                    )
            found += items
        return tuple(found)

    def vocabulary(self, loaded: LoadedPlugin) -> tuple[Term, ...] | str:
        """The plugin's vocabulary terms, or why its hook failed."""
        if loaded.failed or loaded.plugin is None:
            return ()
        try:
            return self.call(loaded.plugin, "kei_vocabulary", Term)
        except HookFailure as failure:
            return str(failure)

    def models(self, loaded: LoadedPlugin) -> tuple[Model, ...] | str:
        """The plugin's catalog contribution, or why it failed."""
        if loaded.failed or loaded.plugin is None:
            return ()
        try:
            return self.call(loaded.plugin, "kei_models", Model)
        except HookFailure as failure:
            return str(failure)
