"""Start-up: what kei imports and builds before it answers, and the shortcuts that keep it small
(issue 10 §6, issue 12: plugins not asked are never imported; the per-plugin cost stays flat).

Each shortcut is checked against the long way it replaces: the answers must not change.
"""

from __future__ import annotations

import importlib.util
import types
from typing import Any

import pluggy
import pytest

from kei_core import Jurisdiction, hookimpl, hookspecs
from kei_core.plugins.loader import Loader, _Manager


class _Hooks:
    """A plugin object of every shape pluggy accepts, and some it must not evaluate."""

    __slots__ = ("__dict__", "slot_function", "slot_value")

    label = "a plain class attribute"
    numbers = (1, 2, 3)

    def __init__(self) -> None:
        self.slot_value = 42
        self.slot_function = self._plain
        self.instance_function = lambda: []
        marked = hookimpl(lambda: [])
        self.kei_vocabulary = marked

    @hookimpl
    def kei_jurisdictions(self) -> list[Jurisdiction]:
        return [Jurisdiction("ZZ", "Zed", registers=True)]

    @staticmethod
    @hookimpl
    def kei_rules() -> list[Any]:
        return []

    @classmethod
    @hookimpl
    def kei_models(cls) -> list[Any]:
        return []

    @hookimpl
    def kei_misspelt(self) -> list[Any]:
        return []

    @property
    def explodes(self) -> int:
        raise AssertionError("registration must not evaluate a property")

    def _plain(self) -> None:
        return None

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"registration must not reach __getattr__ ({name})")


class _Outer:
    """A class registered as a plugin, with a marker applied above ``staticmethod``."""

    @hookimpl
    @staticmethod
    def kei_rules() -> list[Any]:
        return []

    value = 3


def _module() -> types.ModuleType:
    module = types.ModuleType("fake_startup_plugin")
    module.kei_rules = hookimpl(lambda: [])  # type: ignore[attr-defined]
    module.helper = lambda: None  # type: ignore[attr-defined]
    module.CONSTANT = "x"  # type: ignore[attr-defined]
    module.Jurisdiction = Jurisdiction  # type: ignore[attr-defined]
    module.pluggy = pluggy  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    "plugin", [_Hooks(), _Outer, _Outer(), _module()], ids=["instance", "class", "plain", "module"]
)
def test_the_quick_look_at_a_plugins_attributes_agrees_with_pluggy_on_every_name(plugin: object) -> None:
    quick, stock = _Manager("kei"), pluggy.PluginManager("kei")
    for name in dir(plugin):
        assert quick.parse_hookimpl_opts(plugin, name) == stock.parse_hookimpl_opts(plugin, name), name


def test_the_quick_look_remembers_a_class_but_not_what_one_instance_holds() -> None:
    """What pluggy answers for a name stored on the class is remembered for the class (sixty
    state plugins are sixty instances of one); a name an instance holds itself, in its
    ``__dict__`` or a slot, is looked at on every instance."""
    from kei_core import jurisdiction_plugin

    shadowing = _Hooks()
    shadowing.kei_jurisdictions = lambda: []  # no marker: on this instance, not a hook
    shadowing.slot_function = hookimpl(lambda: [])  # a marked function in a slot: a hook
    instances = [
        _Hooks(),
        shadowing,
        _Hooks(),
        jurisdiction_plugin("ZZ-A", "A", parent="ZZ", rules="zz_a.law:RULES"),
        jurisdiction_plugin("ZZ-B", "B", parent="ZZ", rules="zz_b.law:RULES"),
    ]
    quick, stock = _Manager("kei"), pluggy.PluginManager("kei")
    for plugin in instances:
        for name in dir(plugin):
            assert quick.parse_hookimpl_opts(plugin, name) == stock.parse_hookimpl_opts(plugin, name), name
    assert quick.parse_hookimpl_opts(shadowing, "kei_jurisdictions") is None
    assert quick.parse_hookimpl_opts(shadowing, "slot_function") is not None
    assert quick.parse_hookimpl_opts(instances[2], "kei_jurisdictions") is not None


def test_a_plugin_registers_the_same_hooks_and_a_misspelt_one_is_still_an_error() -> None:
    plugin = _Hooks()
    loader = Loader()
    loader.manager.register(plugin, name="hooks")
    registered = sorted(caller.name for caller in loader.manager.get_hookcallers(plugin) or ())
    assert registered == ["kei_jurisdictions", "kei_misspelt", "kei_models", "kei_rules", "kei_vocabulary"]
    with pytest.raises(pluggy.PluginValidationError, match="kei_misspelt"):
        loader.manager.check_pending()


def test_the_loader_still_verifies_hook_signatures() -> None:
    class Wrong:
        @hookimpl
        def kei_rules(self, unexpected: int) -> list[Any]:
            return []

    manager = _Manager("kei")
    manager.add_hookspecs(hookspecs)
    with pytest.raises(pluggy.PluginValidationError, match="unexpected"):
        manager.register(Wrong(), name="wrong")


# -- what an answer imports ---------------------------------------------------------------------


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has imported after running ``code``."""
    import subprocess
    import sys

    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_every_public_name_of_kei_core_is_there_though_imported_on_first_use() -> None:
    import kei_core

    for name in kei_core.__all__:
        assert getattr(kei_core, name) is not None, name
        assert name in dir(kei_core)
    assert kei_core.hookimpl is kei_core.hookimpl  # one marker, made once
    namespace: dict[str, object] = {}
    exec("from kei_core import *", namespace)
    assert set(kei_core.__all__) <= set(namespace)
    with pytest.raises(AttributeError):
        kei_core.no_such_name  # noqa: B018


def test_importing_kei_core_builds_nothing_until_a_name_is_used() -> None:
    loaded = _modules_after("import kei_core")
    assert not {m for m in loaded if m.startswith("kei_core.")} - {"kei_core._version"}
    assert "attr" not in loaded and "pluggy" not in loaded


def test_kei_version_imports_no_plugin_and_no_rule() -> None:
    loaded = _modules_after(
        "import sys\nfrom kei_core.cli import main\nsys.argv = ['kei', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "kei_core.rules" not in loaded and "kei_core.plugins" not in loaded
    assert not {m for m in loaded if m.startswith("kei_us") or m.startswith("kei_jp")}


# -- finding a plugin's module ------------------------------------------------------------------


def _index_for(monkeypatch: pytest.MonkeyPatch, *folders: Any) -> Any:
    import importlib.machinery
    import sys

    from kei_core.plugins.imports import PathIndex

    for folder in reversed(folders):
        monkeypatch.syspath_prepend(str(folder))
    for folder in folders:
        importlib.machinery.PathFinder.find_spec("no_such_module_anywhere", [str(folder)])
    importlib.machinery.PathFinder.find_spec("no_such_module_anywhere")  # Python visits every folder
    return PathIndex(sys.path)


def _agrees(found: Any, expected: Any) -> bool:
    """The index's answer is Python's, or none (Python then searches as usual)."""
    if found is None:
        return True
    return expected is not None and (found.origin, type(found.loader)) == (
        expected.origin,
        type(expected.loader),
    )


def test_the_index_finds_the_module_import_finds_the_first_on_sys_path(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.machinery

    first, second = tmp_path / "first", tmp_path / "second"
    for folder in (first, second):
        (folder / "kei_shadowed_pkg").mkdir(parents=True)
        (folder / "kei_shadowed_pkg" / "__init__.py").write_text(f"WHERE = {folder.name!r}\n")
    (second / "kei_only_second.py").write_text("WHERE = 'second'\n")
    (first / "kei_namespace_first").mkdir()  # a namespace portion ahead of a regular module
    (second / "kei_namespace_first.py").write_text("WHERE = 'second'\n")
    index = _index_for(monkeypatch, first, second)
    for name in (
        "kei_shadowed_pkg",
        "kei_only_second",
        "kei_namespace_first",
        "kei_nowhere",
        "json",
        "pluggy",
    ):
        index._wanted = frozenset({name})
        found, expected = index.find_spec(name), importlib.machinery.PathFinder.find_spec(name)
        assert _agrees(found, expected), name
        assert (found is None) == (name in ("kei_namespace_first", "kei_nowhere")), name


def test_the_index_answers_only_while_a_plugin_loads_and_leaves_no_trace(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    (tmp_path / "kei_fast_import_probe.py").write_text("VALUE = 1\n")
    index = _index_for(monkeypatch, tmp_path)
    before = list(sys.meta_path)
    assert index.find_spec("kei_fast_import_probe") is None  # not asked to speed it
    with pytest.raises(RuntimeError), index.speeding("kei_fast_import_probe:VALUE"):
        assert index in sys.meta_path
        assert index.find_spec("kei_fast_import_probe") is not None
        raise RuntimeError
    assert sys.meta_path == before
    assert index.find_spec("kei_fast_import_probe") is None
    monkeypatch.delitem(sys.modules, "kei_fast_import_probe", raising=False)


# -- the collector ------------------------------------------------------------------------------


def test_only_a_registry_asked_to_freezes_what_plugins_build(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import sys

    from kei_core.entrypoints import EntryPoint
    from kei_core.plugins.discovery import PluginRecord
    from kei_core.plugins.registry import Registry

    (tmp_path / "kei_freeze_probe.py").write_text(
        "from kei_core import Jurisdiction, hookimpl\n\n"
        "@hookimpl\ndef kei_jurisdictions():\n    return [Jurisdiction('ZF', 'Zed', registers=True)]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    entry = EntryPoint("probe", "kei_freeze_probe", "kei")
    for freeze in (False, True):
        frozen.clear()
        registry = Registry(autoload=False, environ={}, freeze_loaded=freeze)
        registry._records["probe"] = PluginRecord(
            "probe", "kei_freeze_probe", declared=("ZF",), entry_point=entry
        )
        assert registry.jurisdiction("ZF") is not None
        assert len(frozen) == (1 if freeze else 0)
    monkeypatch.delitem(sys.modules, "kei_freeze_probe", raising=False)


def test_kei_run_inside_another_process_leaves_its_heap_alone() -> None:
    import gc

    from click.testing import CliRunner

    from kei_core.cli import main

    before = gc.get_freeze_count()
    CliRunner().invoke(main, ["jurisdictions"])
    assert gc.get_freeze_count() == before


# -- the shared __repr__ ------------------------------------------------------------------------


def _classes_sharing_the_repr() -> list[type]:
    import importlib
    import pkgutil

    import attrs

    import kei_core
    from kei_core._fields_repr import fields_repr

    names = [module.name for module in pkgutil.walk_packages(kei_core.__path__, "kei_core.")]
    if importlib.util.find_spec("kei_us") is not None:  # the US state kit's kinds of block share them too
        import kei_us.state_kit

        names += [m.name for m in pkgutil.walk_packages(kei_us.state_kit.__path__, "kei_us.state_kit.")]
    found = []
    for name in names:
        if name.startswith("kei_core.testing"):
            continue
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, type) and attrs.has(value) and value.__repr__ is fields_repr:
                found.append(value)
    return sorted(set(found), key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def test_the_core_classes_on_the_path_of_an_answer_share_the_repr() -> None:
    names = {f"{cls.__module__}.{cls.__qualname__}" for cls in _classes_sharing_the_repr()}
    for name in ("kei_core.rules.Rule", "kei_core.rules.Law", "kei_core.dates.PartialDate"):
        assert name in names
    assert "kei_core.verdicts.Verdict" in names and "kei_core.units.Measure" in names


def test_every_kind_of_kit_block_shares_repr_eq_and_hash_unless_it_writes_its_own() -> None:
    import attrs

    from kei_core import Provision
    from kei_core._fields_repr import fields_eq, fields_hash, fields_repr

    @attrs.frozen(kw_only=True)
    class Plain(Provision):
        limit: int = 0

    @attrs.frozen(kw_only=True)
    class Own(Provision):
        def __eq__(self, other: object) -> bool:
            return other is self

        __hash__ = object.__hash__

    assert (Plain.__repr__, Plain.__eq__, Plain.__hash__) == (fields_repr, fields_eq, fields_hash)
    law = {"citation": "§ 1", "source": "https://example.org", "reviewed_on": "2026-12-01"}
    assert Plain(**law, limit=1) == Plain(**law, limit=1) != Plain(**law, limit=2)
    assert hash(Plain(**law, limit=1)) == hash(Plain(**law, limit=1))
    assert Own(**law) != Own(**law)
    if importlib.util.find_spec("kei_us") is not None:
        from kei_us.state_kit import MiniTruckDefinition, RoadAccess

        assert MiniTruckDefinition.__eq__ is fields_eq and RoadAccess.__repr__ is fields_repr


@pytest.mark.parametrize("cls", _classes_sharing_the_repr(), ids=lambda cls: cls.__qualname__)
def test_the_shared_repr_writes_what_attrs_would(cls: type) -> None:
    """Twins of each class, same fields and repr settings: one with attrs' generated repr."""
    import attrs

    from kei_core._fields_repr import fields_repr

    fields = attrs.fields(cls)
    spec = {f.name: attrs.field(repr=f.repr, init=f.init, default=None) for f in fields}
    generated = attrs.make_class(cls.__name__, dict(spec), slots=False)
    shared = attrs.make_class(cls.__name__, dict(spec), slots=False, repr=False)
    shared.__repr__ = fields_repr  # type: ignore[method-assign]
    values = [1, "a 'quoted' text", None, (1, "x"), 2.5, {"k": [1]}]
    shown = []
    for twin in (generated, shared):
        made = twin(**{f.alias: values[i % len(values)] for i, f in enumerate(fields) if f.init})
        for f in fields:
            if not f.init:
                del made.__dict__[f.name]  # an init=False field not set yet: attrs shows NOTHING
        if fields and fields[0].init:
            setattr(made, fields[0].name, [made])  # shown inside itself: "..."
        shown.append(repr(made))
    assert shown[0] == shown[1]


def test_the_shared_repr_shows_a_real_rule_and_date_as_attrs_did() -> None:
    from kei_core import Jurisdiction, PartialDate

    assert repr(PartialDate(1988, 6)) == "PartialDate(year=1988, month=6, day=None)"
    assert repr(Jurisdiction("ZZ", "Zed")) == (
        "Jurisdiction(code='ZZ', name='Zed', parent=None, registers=False, registered_by='')"
    )


def test_every_renderer_name_is_there_though_imported_on_first_use() -> None:
    import kei_core.render as render

    for name in render.__all__:
        assert getattr(render, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from kei_core.render import *", namespace)
    assert set(render.__all__) <= set(namespace)
    from kei_core.render import listings  # a format's module is still importable by name

    assert listings.__name__ == "kei_core.render.listings"
    with pytest.raises(AttributeError):
        render.no_such_name  # noqa: B018


def test_a_text_check_imports_no_other_format() -> None:
    from pathlib import Path

    vehicle = Path(__file__).parent.parent / "examples/vehicles/suzuki-carry-da71t-1988.toml"
    loaded = _modules_after(
        "import sys\nfrom kei_core.cli import main\n"
        f"sys.argv = ['kei', 'check', {str(vehicle)!r}, '--in', 'JP']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "kei_core.render.text" in loaded
    assert "kei_core.render.markdown" not in loaded
    assert "kei_core.summary" not in loaded  # a check never reduces a verdict to a summary


def test_the_summary_is_still_importable_from_verdicts_and_made_by_a_verdict() -> None:
    import kei_core.verdicts
    from kei_core.summary import Summary
    from kei_core.verdicts import Summary as FromVerdicts

    assert FromVerdicts is Summary is kei_core.verdicts.Summary
    with pytest.raises(AttributeError):
        kei_core.verdicts.NoSuchName  # noqa: B018


def _classes_sharing_eq() -> list[type]:
    from kei_core._fields_repr import fields_eq, fields_hash

    found = [cls for cls in _classes_sharing_the_repr() if cls.__eq__ is fields_eq]
    assert all(cls.__hash__ is fields_hash for cls in found)
    return found


@pytest.mark.parametrize("cls", _classes_sharing_eq(), ids=lambda cls: cls.__qualname__)
def test_the_shared_eq_and_hash_give_what_attrs_would(cls: type) -> None:
    """A twin of the class, same name, module and fields, with attrs' generated eq and hash."""
    import attr
    import attrs

    from kei_core._fields_repr import fields_eq, fields_hash

    fields = attrs.fields(cls)
    blank = type(cls.__name__, (), {"__module__": cls.__module__, "__qualname__": cls.__qualname__})
    these = {f.name: attr.ib(default=None, eq=f.eq, hash=f.hash, init=f.init, repr=f.repr) for f in fields}
    twin = attr.s(these=these, frozen=True, slots=False, eq=True, hash=True)(blank)
    made = [twin(**{f.alias: value for f in fields if f.init}) for value in (1, 1, 2, "x", None, (1, "x"))]
    made.append(twin(**{f.alias: i for i, f in enumerate(fields) if f.init}))
    for left in made:
        assert fields_hash(left) == hash(left)
        for right in made:
            assert fields_eq(left, right) == (left == right)
        assert fields_eq(left, object()) is NotImplemented


def test_the_classes_sharing_eq_still_compare_and_hash_as_values() -> None:
    from kei_core import Jurisdiction

    first, again, other = Jurisdiction("ZZ", "Zed"), Jurisdiction("ZZ", "Zed"), Jurisdiction("ZY", "Zed")
    assert first == again and hash(first) == hash(again) and first != other
    assert len({first, again, other}) == 2


def test_a_book_made_again_after_each_load_declares_what_a_fresh_one_finds() -> None:
    """The registry makes a book after every plugin it loads, reusing the snapshots of those that
    did not change and the names declaring each code, and remembers each code's levels: each
    must answer as if made from scratch, through every load and a plugin registered directly."""
    from kei_core import Jurisdiction, hookimpl
    from kei_core.plugins import Registry, RuleBook

    class Local:
        @hookimpl
        def kei_jurisdictions(self) -> list[Jurisdiction]:
            return [Jurisdiction("ZZ-LOCAL", "Local", parent=None, registers=True)]  # not ISO's parent

    registry = Registry()
    codes = registry.declared_codes()

    def same_as_fresh() -> None:
        book = registry.book()
        registry._book = registry._book_infos = registry._book_index = None  # the long way
        fresh = registry.book()
        scratch = RuleBook(dict(fresh.plugins))  # and its index made by the book itself
        assert book is not fresh and book.plugins == fresh.plugins
        for code in [*codes, "ZZ-LOCAL", "NOWHERE"]:
            assert book.declaring(code) == fresh.declaring(code) == scratch.declaring(code), code
            assert book.jurisdiction(code) == scratch.jurisdiction(code), code
        asked = [*codes[:15], "ZZ-LOCAL"]
        remembered = [registry.chain(code) for code in asked]
        registry._chains.clear()  # the levels of each code found again, the long way
        assert remembered == [registry.chain(code) for code in asked]

    same_as_fresh()
    for code in codes[:12]:
        registry.plan(code)
        same_as_fresh()
    registry.register(Local(), name="local")
    same_as_fresh()
    registry.load_all()
    same_as_fresh()
