"""Every kit block kind (a :class:`kei_core.Provision` subclass) gets the ``__init__`` attrs would
generate, read from its fields when a block is made rather than compiled when the kind is
(kei_core.kit._block_init): compared here with attrs' own on a twin of each kind of the state kit
(when kei-us is installed) and of the core kit, on the blocks the installed plugins declare and on
calls that must be refused with the same words.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from typing import Any, ClassVar

import attrs
import pytest

from kei_core import Provision
from kei_core_test_helpers import attrs_twin


def _kinds() -> list[type]:
    import kei_core.kit

    modules = [kei_core.kit]
    try:
        import kei_us.state_kit
    except ImportError:
        pass
    else:
        modules += [
            importlib.import_module(info.name)
            for info in pkgutil.iter_modules(kei_us.state_kit.__path__, "kei_us.state_kit.")
        ]
    found = {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Provision) and value is not Provision
    }
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def _blocks(cls: type) -> list[object]:
    """The blocks of kind ``cls`` the installed plugins' law modules declare."""
    found: list[object] = []
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("kei_") or module is None:
            continue
        for value in list(vars(module).values()):
            if type(value) is cls and id(value) not in seen:
                seen.add(id(value))
                found.append(value)
    return found


def _made(cls: type, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[str, object]:
    try:
        return "made", cls(*args, **kwargs)
    except Exception as error:
        return "refused", (type(error), str(error))


def _values(item: object) -> list[tuple[str, type, object]]:
    return [(f.name, type(getattr(item, f.name)), getattr(item, f.name)) for f in attrs.fields(type(item))]


KINDS = _kinds()


@pytest.fixture(scope="module", autouse=True)
def _every_plugin_loaded() -> None:
    from kei_core.plugins.registry import Registry

    Registry().load_all()


def test_a_block_kind_compiles_no_init() -> None:
    @attrs.frozen(kw_only=True)
    class Speed(Provision):
        part: ClassVar[str] = "SPEED"
        mph: int = attrs.field(validator=attrs.validators.gt(0))

    assert Speed.__attrs_init__ is Speed.__init__
    made = Speed(mph=25, citation="§ 1", source="https://example.org", reviewed_on="2026-12-01")
    assert (made.mph, made.reviewed_on.isoformat(), made.id) == (25, "2026-12-01", None)
    with pytest.raises(ValueError, match="'mph' must be > 0"):
        Speed(mph=0, citation="§ 1", source="https://example.org", reviewed_on="2026-12-01")


@pytest.mark.parametrize("cls", KINDS, ids=lambda cls: cls.__qualname__)
def test_the_init_is_the_one_attrs_would_generate(cls: type) -> None:
    twin = attrs_twin(cls, methods=False)

    def parameters(init: Any) -> list[tuple[str, Any, Any]]:
        return [(p.name, p.kind, p.default) for p in inspect.signature(init).parameters.values()]

    assert parameters(cls.__init__) == parameters(twin.__init__)
    assert parameters(cls) == parameters(twin)
    fields = [f for f in attrs.fields(cls) if f.init]
    positional = [f.alias for f in fields if not f.kw_only]
    law = {"citation": "§ 1", "source": "https://example.org", "reviewed_on": "2026-12-01"}
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((), {}),
        ((), law),
        ((), {**law, "no_such_field": 1}),
        ((1, 2, 3, 4), law),
    ]
    for block in _blocks(cls):
        given = {f.alias: getattr(block, f.name) for f in fields}
        calls.append(((), given))
        calls.append(((), {**given, "reviewed_on": "not a date"}))
        if positional:
            first = given.pop(positional[0])
            calls.append(((first,), given))
            calls.append(((first,), {**given, positional[0]: first}))
    for args, kwargs in calls:
        mine, theirs = _made(cls, args, dict(kwargs)), _made(twin, args, dict(kwargs))
        assert mine[0] == theirs[0], (args, kwargs)
        if mine[0] == "refused":
            assert mine == theirs
        else:
            assert _values(mine[1]) == _values(theirs[1])
            assert attrs.evolve(mine[1]) == mine[1]
