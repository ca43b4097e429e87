"""Start-up: what kei imports and builds before it answers, and the shortcuts that keep it small
(issue 10 §6, issue 12: plugins not asked are never imported; the per-plugin cost stays flat).

Each shortcut is checked against the long way it replaces: the answers must not change.
"""

from __future__ import annotations

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
