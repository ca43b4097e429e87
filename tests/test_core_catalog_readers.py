"""A catalog plugin's ``kei.models`` entry point may name a reader of one code (start-up, issue
10): a look-up then builds only the model asked, and finds what the whole catalog would."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from kei_core import Jurisdiction, Model
from kei_core import catalog as core_catalog
from kei_core.entrypoints import EntryPoint
from kei_core.errors import InputError
from kei_core.plugins import Registry
from kei_core.vehicle import Vehicle
from kei_core_test_helpers import plugin_module

MODELS = [
    Model(model_code="AB1T", make="Maker", model="One"),
    Model(model_code="CD2T", make="Maker", model="Two"),
]


@pytest.fixture
def asked() -> list[str]:
    return []


def _registry(monkeypatch: pytest.MonkeyPatch, reader: object, hook_calls: list[int]) -> Registry:
    module = plugin_module("fake_catalog", [Jurisdiction("ZZ", "Nowhere")], models=MODELS)
    hook = module.kei_models

    def counted() -> list[Model]:
        hook_calls.append(1)
        return list(hook())

    counted.kei_impl = hook.kei_impl  # type: ignore[attr-defined]
    module.kei_models = counted  # type: ignore[attr-defined]
    module.by_code = reader  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_catalog", module)
    monkeypatch.setattr(
        core_catalog,
        "_declared_entries",
        lambda: {"fake": EntryPoint("fake", "fake_catalog:by_code", core_catalog.MODELS_GROUP)},
    )
    registry = Registry(autoload=False)
    registry.register(module, name="fake")
    return registry


@pytest.fixture
def calls() -> list[int]:
    return []


def _exact(asked: list[str]) -> object:
    by_code = {m.model_code: m for m in MODELS}

    def reader(code: str) -> Model | None:
        asked.append(code)
        return by_code.get(code)

    return reader


def test_a_code_is_read_alone_and_found_as_the_whole_catalog_finds_it(
    monkeypatch: pytest.MonkeyPatch, asked: list[str], calls: list[int]
) -> None:
    registry = _registry(monkeypatch, _exact(asked), calls)
    for code in ("cd2t", "ebd-AB1T", "AB1T-123456"):
        assert (
            core_catalog.lookup(registry, code)
            is {"C": MODELS[1], "E": MODELS[0], "A": MODELS[0]}[code[0].upper()]
        )
    assert calls == []  # the hook was never asked: every code was read alone
    filled = core_catalog.complete(registry, Vehicle(model_code="CD2T"))
    assert filled.model is MODELS[1] and filled.plugin == "fake"
    assert calls == []


def test_an_unknown_code_asks_the_whole_catalog_for_its_did_you_mean(
    monkeypatch: pytest.MonkeyPatch, asked: list[str], calls: list[int]
) -> None:
    registry = _registry(monkeypatch, _exact(asked), calls)
    assert core_catalog.lookup(registry, "XY9T") is None
    with pytest.raises(InputError, match=r"'AB11T' is not in the catalog \(did you mean 'AB1T'\?\)"):
        core_catalog.find(registry, "AB11T")
    assert calls == [1]


def _broken(asked: list[str]) -> Iterator[object]:
    def raises(code: str) -> Model | None:
        raise RuntimeError("no")

    yield raises
    yield lambda code: "not a model"
    yield lambda code: MODELS[0]  # the same model whatever the code


@pytest.mark.parametrize("case", range(3))
def test_a_reader_that_fails_or_answers_wrongly_leaves_the_look_up_to_the_whole_catalog(
    case: int, monkeypatch: pytest.MonkeyPatch, asked: list[str], calls: list[int]
) -> None:
    reader = list(_broken(asked))[case]
    registry = _registry(monkeypatch, reader, calls)
    assert core_catalog.lookup(registry, "CD2T") is MODELS[1]
    assert core_catalog.lookup(registry, "XY9T") is None
    assert calls == [1]


def test_an_entry_point_naming_a_module_reads_the_whole_catalog(
    monkeypatch: pytest.MonkeyPatch, asked: list[str], calls: list[int]
) -> None:
    registry = _registry(monkeypatch, _exact(asked), calls)
    monkeypatch.setattr(
        core_catalog,
        "_declared_entries",
        lambda: {"fake": EntryPoint("fake", "fake_catalog", core_catalog.MODELS_GROUP)},
    )
    assert core_catalog.lookup(registry, "CD2T") is MODELS[1]
    assert asked == [] and calls == [1]
