"""A pytest plugin that runs a kei plugin's golden files: no test code needed.

Installed with kei-core (entry point ``pytest11: kei``), it collects every ``golden*.toml`` whose
top names the plugins to load, as OpenFisca collects its YAML tests::

    plugins = ["kei_us", "kei_us_la:plugin"]  # what to register; the last is the one under test
    distribution = "kei-us-la"                # optional: also check its entry points (conformance)

    [[case]]
    name = "a 1996 Carry with every item is conditional in Louisiana"
    in = "US-LA"
    on = 2026-11-30
    vehicle = { manufactured = "1996-05", ... }
    status = "conditional"

A name in ``plugins`` is a module (``"kei_us"``) or, in entry-point syntax, an object in one
(``"kei_us_la:plugin"``, a declared ``state_plugin``). Each case becomes a test item named after
the case; the file also yields one ``conformance`` item
(:func:`~kei_core.testing.check_conformance` on the last plugin, with the others as the plugins
it builds on). A golden file without a ``plugins`` key is left to the tests that read it
themselves.
"""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kei_core.plugins.registry import Registry
from kei_core.testing import GoldenCase, assert_golden_case, check_conformance, golden_cases, make_registry


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".toml" and file_path.name.startswith("golden"):
        return GoldenFile.from_parent(parent, path=file_path)
    return None


def resolve(name: str) -> object:
    """``"kei_us"`` -> the module; ``"kei_us_la:plugin"`` -> the object ``plugin`` in it."""
    module_name, _, attribute = name.partition(":")
    found: object = importlib.import_module(module_name.strip())
    for part in filter(None, attribute.strip().split(".")):
        found = getattr(found, part)
    return found


class GoldenFile(pytest.File):
    """One golden file: its conformance item and one item a case."""

    _registry: Registry | None = None

    def collect(self) -> Iterator[pytest.Item]:
        header = tomllib.loads(self.path.read_text(encoding="utf-8"))
        names = header.get("plugins")
        if not names:
            return
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise pytest.UsageError(
                f"{self.path}: 'plugins' must be a list of names, each 'module' or 'module:attribute'"
            )
        self.plugin_names = tuple(names)
        self.distribution = header.get("distribution")
        yield ConformanceItem.from_parent(self, name="conformance")
        for case in golden_cases(self.path):
            yield GoldenItem.from_parent(self, name=case.name, case=case)

    def plugins(self) -> list[object]:
        return [resolve(name) for name in self.plugin_names]

    def registry(self) -> Registry:
        """One registry for the whole file: it is made once and only read after."""
        if self._registry is None:
            self._registry = make_registry(*self.plugins())
        return self._registry


class _KeiItem(pytest.Item):
    parent: GoldenFile

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, AssertionError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"{self.path.name}::{self.name}"


class GoldenItem(_KeiItem):
    """One worked example: the vehicle, the place and the date, and the answer the law gives."""

    def __init__(self, *, case: GoldenCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        assert_golden_case(self.case, self.parent.registry())


class ConformanceItem(_KeiItem):
    """The plugin contract, checked on the last plugin the file names."""

    def runtest(self) -> None:
        *others, plugin = self.parent.plugins()
        problems = check_conformance(plugin, self.parent.distribution, with_plugins=others)
        if problems:
            name = self.parent.plugin_names[-1]
            raise AssertionError(f"{name} breaks the plugin contract:\n- " + "\n- ".join(problems))
