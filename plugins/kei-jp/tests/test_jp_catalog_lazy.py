"""The catalog builds a model when it is asked for (start-up, issue 10): a check naming one
model builds that one; a listing builds them all, the same models in the data file's order."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def _rows_by_code(text: str) -> dict[object, dict[object, object]] | None:
    """What the catalog's index reads from ``text``: each code's row, or ``None`` if it leaves
    the text to the whole read."""
    found = catalog._lines_by_code(text)
    if found is None:
        return None
    header, lines = found
    return {code: next(catalog._rows(f"{header}\n{line}\n")) for code, (_, line) in lines.items()}


def _whole_read(text: str) -> dict[object, dict[object, object]]:
    return {row.get("model_code"): row for row in catalog._rows(text)}


def test_the_catalog_is_indexed_by_its_lines_as_the_whole_read_reads_it() -> None:
    text = catalog._data_text()
    assert _rows_by_code(text) == _whole_read(text)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(["a", "B", " ", ",", '"', '""', "\n", "\r", "#", "\x1c"]), max_size=30))
def test_any_text_is_indexed_as_the_whole_read_reads_it_or_left_to_it(pieces: list[str]) -> None:
    text = "# comment\nmodel_code,b,c\n" + "".join(pieces)
    indexed = _rows_by_code(text)
    try:
        whole = _whole_read(text)
    except csv.Error:
        assert indexed is None
        return
    if indexed is not None:
        assert indexed == whole
        assert [n for n, _ in catalog._lines_by_code(text)[1].values()] == list(range(1, len(whole) + 1))


@pytest.mark.parametrize(
    "line",
    ['x,a"b,"c', 'x,"a""', 'x,"a"b,"c', 'x,"",""y,"z', '"x",a', 'x,"a\n"'],
)
def test_a_line_ending_inside_quotes_or_oddly_quoted_is_left_to_the_whole_read(line: str) -> None:
    assert catalog._lines_by_code(f"model_code,b,c\n{line}\n") is None


def test_a_code_given_twice_is_refused_by_the_whole_read(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog, "_data_text", lambda: "model_code,make\nAB1T,x\nAB1T,y\n")
    with pytest.raises(ValueError, match="model code AB1T appears twice"):
        catalog.find("AB1T")
