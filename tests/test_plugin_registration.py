"""Registering the instances of one plugin class (the kit's sixty state plugins) without pluggy's
walk through each one's names: every hook caller must hold what pluggy's own ``register`` puts
there, in the same order, and a plugin that does not fit the shortcut is registered by pluggy."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pluggy
import pytest

from kei_core import Jurisdiction, hookimpl, hookspecs, jurisdiction_plugin
from kei_core.plugins.loader import Loader, _Manager


class _Slotted:
    """A slotted plugin class; one slot may hold a hook on one instance."""

    __slots__ = ("code", "extra")

    def __init__(self, code: str, extra: object = None) -> None:
        self.code = code
        self.extra = extra

    @hookimpl
    def kei_jurisdictions(self) -> list[Jurisdiction]:
        return [Jurisdiction(self.code, self.code, registers=True)]

    @hookimpl(tryfirst=True)
    def kei_rules(self) -> list[Any]:
        return []

    def helper(self) -> None:
        return None


def _state(manager: pluggy.PluginManager) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every hook caller and its implementations, as far as they can be compared across managers."""
    return [
        (
            name,
            [
                (
                    impl.plugin_name,
                    id(impl.plugin),
                    getattr(impl.function, "__func__", impl.function),
                    getattr(impl.function, "__self__", None) is impl.plugin,
                    impl.argnames,
                    impl.kwargnames,
                    impl.opts,
                    impl.tryfirst,
                    impl.trylast,
                )
                for impl in caller.get_hookimpls()
            ],
        )
        for name, caller in sorted(vars(manager.hook).items())
        if isinstance(caller, pluggy.HookCaller)
    ]


def _plugins() -> list[tuple[str, object]]:
    # A module plugin, registered by pluggy itself: the core's own test fixture (the core's tests
    # run without any jurisdiction plugin installed too).
    sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "broken_plugins" / "kei-fixture-xx"))
    import kei_fixture_xx  # type: ignore[import-not-found]

    states = [
        (
            f"zz-{letter}",
            jurisdiction_plugin(f"ZZ-{letter.upper()}", letter, parent="ZZ", rules="zz.law:RULES"),
        )
        for letter in "abcdef"
    ]
    slotted = [("s-one", _Slotted("S1")), ("s-two", _Slotted("S2")), ("s-three", _Slotted("S3"))]
    marked = _Slotted("S4", extra=hookimpl(lambda: []))  # a hook in a slot of this instance only
    return [states[0], slotted[0], ("xx", kei_fixture_xx), *states[1:], *slotted[1:], ("s-four", marked)]


def test_instances_registered_directly_hold_what_pluggy_would_put_in_every_hook() -> None:
    quick, stock = _Manager("kei"), pluggy.PluginManager("kei")
    for manager in (quick, stock):
        manager.add_hookspecs(hookspecs)
    plugins = _plugins()
    for name, plugin in plugins:
        assert quick.register(plugin, name=name) == stock.register(plugin, name=name) == name
    assert _state(quick) == _state(stock)
    # the kit's plugins and the slotted class after their first instance took the shortcut
    assert {type(plugin) for _, plugin in plugins} - {type(plugins[2][1])} <= {
        klass for klass, template in quick._templates.items() if template is not None
    }
    for name, plugin in plugins:
        assert quick.get_name(plugin) == name
        own = quick.implementations(plugin)
        assert own is not None
        assert sorted(hook for hook, _ in own) == sorted(
            caller.name for caller in stock.get_hookcallers(plugin) or ()
        )


def test_a_slot_holding_a_marked_function_is_a_hook_as_pluggy_says() -> None:
    quick = _Manager("kei")
    quick.add_hookspecs(hookspecs)
    quick.register(_Slotted("S1"), name="one")
    quick.register(_Slotted("S2"), name="two")
    marked = _Slotted("S3", extra=hookimpl(lambda: []))
    quick.register(marked, name="three")
    own = quick.implementations(marked)
    assert own is not None and "extra" in {hook for hook, _ in own}
    with pytest.raises(pluggy.PluginValidationError, match="extra"):
        quick.check_pending()


def test_a_name_or_plugin_registered_twice_is_refused_as_pluggy_refuses_it() -> None:
    quick = _Manager("kei")
    first = jurisdiction_plugin("ZZ-A", "A", parent="ZZ", rules="zz.law:RULES")
    second = jurisdiction_plugin("ZZ-B", "B", parent="ZZ", rules="zz.law:RULES")
    quick.register(first, name="a")
    with pytest.raises(ValueError, match="already registered"):
        quick.register(second, name="a")
    with pytest.raises(ValueError, match="already registered"):
        quick.register(first, name="other")
    quick.set_blocked("blocked")
    assert quick.register(second, name="blocked") is None
    assert quick.implementations(second) is None


def test_a_wrong_signature_on_a_later_instance_still_fails_and_changes_nothing() -> None:
    quick = _Manager("kei")
    quick.add_hookspecs(hookspecs)
    quick.register(_Slotted("S1"), name="one")
    before = _state(quick)

    class Wrong(_Slotted):
        __slots__ = ()

        @hookimpl
        def kei_rules(self, unexpected: int) -> list[Any]:  # type: ignore[override]
            return []

    with pytest.raises(pluggy.PluginValidationError, match="unexpected"):
        quick.register(Wrong("S2"), name="wrong")
    assert _state(quick) == before


def test_an_unregistered_plugin_has_no_implementations_left() -> None:
    loader = Loader()
    plugin = jurisdiction_plugin("ZZ-A", "A", parent="ZZ", rules="zz.law:RULES")
    other = jurisdiction_plugin("ZZ-B", "B", parent="ZZ", rules="zz.law:RULES")
    loader.manager.register(plugin, name="a")
    loader.manager.register(other, name="b")
    assert loader.call(other, "kei_jurisdictions", Jurisdiction) == (other.jurisdiction,)
    loader.manager.unregister(other)
    assert loader.manager.implementations(other) is None
    assert loader.call(other, "kei_jurisdictions", Jurisdiction) == ()
    assert loader.call(plugin, "kei_jurisdictions", Jurisdiction) == (plugin.jurisdiction,)
