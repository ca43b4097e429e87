"""The catalog builds a model when it is asked for (start-up, issue 10): a check naming one
model builds that one; a listing builds them all, the same models in the data file's order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kei_jp
from kei_core import catalog as core_catalog
from kei_core.entrypoints import entry_points
from kei_core.plugins import Registry
from kei_core.vehicle import Vehicle, normalize_model_code
from kei_jp import catalog


@pytest.fixture
def fresh() -> Iterator[None]:
    catalog._read.cache_clear()
    yield
    catalog._read.cache_clear()


def _built() -> list[str]:
    return list(catalog._read().models)


def test_finding_a_model_builds_it_alone(fresh: None) -> None:
    model = catalog.find("EBD-DA16T")
    assert model is not None and model.model_code == "DA16T"
    assert _built() == ["DA16T"]
    assert catalog.reviewed_on("DA16T") is not None and catalog.class_level("DA16T") == {"top_speed_kmh"}
    assert _built() == ["DA16T"]
    assert catalog.find("ZZ99T") is None and _built() == ["DA16T"]


def test_a_listing_after_a_look_up_is_the_whole_catalog_in_file_order(fresh: None) -> None:
    asked = catalog.by_code("S110P")
    listed = catalog.models()
    catalog._read.cache_clear()
    assert listed == catalog.models()  # as read all at once
    written = [row["model_code"] for row in catalog._rows(catalog._data_text())]
    assert [m.model_code for m in listed] == written and len(written) == 66
    assert asked is next(m for m in listed if m.model_code == "S110P")  # the same object
    assert kei_jp.kei_models() == listed


def test_by_code_reads_exactly_the_code_written() -> None:
    assert catalog.by_code("DA16T") is catalog.find("DA16T")
    assert catalog.by_code("da16t") is None
    assert catalog.by_code("EBD-DA16T") is None
    assert catalog.by_code("DA16T-123456") is None


def test_every_code_is_written_as_kei_reads_it_so_a_look_up_by_code_finds_it() -> None:
    # The core asks the reader for a code as normalize_model_code gives it.
    assert all(normalize_model_code(m.model_code) == m.model_code for m in catalog.models())


def test_the_installed_entry_point_names_the_reader() -> None:
    declared = {ep.name: ep for ep in entry_points(core_catalog.MODELS_GROUP)}
    assert declared["jp"].load() is catalog.by_code
    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'jp = "kei_jp.catalog:by_code"' in pyproject


def test_a_check_naming_a_model_builds_that_model_alone(fresh: None) -> None:
    registry = Registry()
    filled = core_catalog.complete(registry, Vehicle(model_code="U62T"))
    assert filled.model is not None and filled.model.model_code == "U62T" and filled.plugin == "jp"
    assert _built() == ["U62T"]
    assert registry.plugins["jp"].loaded
