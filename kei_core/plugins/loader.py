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
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import pluggy
from pluggy import HookCaller, HookImpl

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


if TYPE_CHECKING:
    # What registering the first instance of a class found, for the next ones: the hook
    # functions of the class (each with its hook's name and pluggy's options), its slots' names.
    _Template = tuple[tuple[tuple[types.FunctionType, str, Any], ...], tuple[str, ...]]


def _learned(manager: _Manager, plugin: object, own: tuple[tuple[str, HookImpl], ...]) -> _Template | None:
    """What pluggy registered for ``plugin`` (``own``), if it holds for any instance of its
    class: a slotted class (no ``__dict__``), with no ``__getattr__``, ``__getattribute__`` or
    ``__dir__`` of its own, whose hooks are plain functions of the class, one a hook; ``None``
    otherwise (pluggy then registers each instance itself)."""
    klass = type(plugin)
    if not _PLUGGY_INTERNALS or isinstance(plugin, types.ModuleType | type) or klass.__dictoffset__:
        return None
    for base in klass.__mro__[:-1]:
        if {"__getattr__", "__getattribute__", "__dir__"} & base.__dict__.keys():
            return None
    registered = {id(_function_of(impl, plugin)): (hook, impl) for hook, impl in own}
    registered.pop(id(None), None)
    if len(registered) != len(own) or len({hook for hook, _ in own}) != len(own):
        return None
    hooks: list[tuple[types.FunctionType, str, Any]] = []
    slots: list[str] = []
    for name in dir(plugin):
        stored = _class_attribute(klass, name)
        if isinstance(stored, types.MemberDescriptorType):
            slots.append(name)
            if manager.parse_hookimpl_opts(plugin, name) is not None:
                return None  # a hook held by this instance: each is looked at
            continue
        if manager.parse_hookimpl_opts(plugin, name) is None:
            continue
        pair = registered.get(id(stored))
        if type(stored) is not types.FunctionType or pair is None:
            return None
        hook, impl = pair
        hooks.append((stored, hook, impl.opts))
    if len(hooks) != len(own):
        return None
    return tuple(hooks), tuple(slots)


def _fits(template: _Template, plugin: object) -> bool:
    """No slot of ``plugin`` holds what could be a hook implementation."""
    return all(_cannot_be_hook(_raw_attribute(plugin, name)) for name in template[1])


# What registering an instance directly uses of pluggy's manager, as pluggy's own register does;
# under a pluggy without them every plugin is registered by pluggy itself.
_PLUGGY_INTERNALS = all(
    hasattr(pluggy.PluginManager, name) for name in ("_verify_hook", "get_canonical_name")
) and all(hasattr(HookCaller, name) for name in ("_maybe_apply_history", "_add_hookimpl", "has_spec"))


def _function_of(impl: HookImpl, plugin: object) -> object:
    """The function ``impl`` calls bound to ``plugin`` (a method of its class); ``None`` if not one."""
    function = impl.function
    if isinstance(function, types.MethodType) and function.__self__ is plugin:
        return function.__func__
    return None


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
        # What registering the first instance of a class found (see register), by class, made
        # when a second one comes; None for a class whose instances pluggy registers itself.
        self._templates: dict[type, _Template | None] = {}
        self._first: dict[type, tuple[object, tuple[tuple[str, HookImpl], ...]]] = {}
        # The hook implementations of each registered plugin, by its id, in the order its hooks
        # call them: what the loader calls, without scanning every plugin's.
        self._own: dict[int, tuple[tuple[str, HookImpl], ...]] = {}

    def register(self, plugin: Any, name: str | None = None) -> str | None:
        """As pluggy registers ``plugin``; an instance of a class whose first instance pluggy
        registered (a kit's :class:`~kei_core.kit.JurisdictionPlugin`: sixty state plugins are
        sixty instances of it) gets the same hook implementations without pluggy's walk through
        its forty-odd names, and the implementations each plugin has are remembered."""
        klass = type(plugin)
        template = self._templates.get(klass, _ABSENT)
        if template is _ABSENT and klass in self._first:  # the second instance: learn from the first
            first, first_own = self._first.pop(klass)
            template = self._templates[klass] = _learned(self, first, first_own)
        if isinstance(template, tuple) and _fits(template, plugin):
            registered = self._register_as(plugin, name, template)
            if registered is not _ABSENT:
                return cast("str | None", registered)
        registered_name = super().register(plugin, name)
        if registered_name is None or self._name2plugin.get(registered_name) is not plugin:
            return registered_name
        own = tuple(
            (caller.name, impl)
            for caller in self.hook.__dict__.values()
            if isinstance(caller, HookCaller)
            for impl in caller.get_hookimpls()
            if impl.plugin is plugin
        )
        self._own[id(plugin)] = own
        if template is _ABSENT:
            self._first[klass] = (plugin, own)
        return registered_name

    def _register_as(self, plugin: Any, name: str | None, template: _Template) -> object:
        """Register ``plugin`` with the hooks ``template`` found on its class, as pluggy's own
        ``register`` does (same checks, same order, same failures); ``_ABSENT`` to let pluggy
        do it (a name or plugin already registered: its message and its blocking)."""
        plugin_name = name or self.get_canonical_name(plugin)
        if plugin_name in self._name2plugin or plugin in self._name2plugin.values():
            return _ABSENT
        found: list[tuple[str, HookImpl, HookCaller | None]] = []
        for function, hook_name, opts in template[0]:
            impl = HookImpl(plugin, plugin_name, types.MethodType(function, plugin), opts)
            hook: HookCaller | None = getattr(self.hook, hook_name, None)
            if hook is not None and hook.has_spec():
                self._verify_hook(hook, impl)
            found.append((hook_name, impl, hook))
        self._name2plugin[plugin_name] = plugin
        for hook_name, impl, hook in found:
            if hook is None:
                hook = HookCaller(hook_name, self._hookexec)
                setattr(self.hook, hook_name, hook)
            hook._maybe_apply_history(impl)
            hook._add_hookimpl(impl)
        self._own[id(plugin)] = tuple((hook_name, impl) for hook_name, impl, _ in found)
        return plugin_name

    def unregister(self, plugin: Any = None, name: str | None = None) -> Any:
        removed = super().unregister(plugin, name)
        self._own.pop(id(removed), None)
        return removed

    def implementations(self, plugin: object) -> tuple[tuple[str, HookImpl], ...] | None:
        """``(hook name, implementation)`` of each hook ``plugin`` implements, in the order the
        hook calls them; ``None`` if it was not registered here."""
        return (
            self._own.get(id(plugin))
            if self._name2plugin.get(self.get_name(plugin) or "") is plugin
            else None
        )

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
        self.manager = _Manager("kei")
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
        hooks = tuple(sorted({hook for hook, _ in self.manager.implementations(plugin) or ()}))
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
        found: list[T] = []
        for name, implementation in self.manager.implementations(plugin) or ():
            if name != hook or implementation.hookwrapper or implementation.wrapper:
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
