"""Entry points read straight from ``*.dist-info/entry_points.txt`` on ``sys.path``.

``importlib.metadata`` costs about 23 ms to import here (it pulls in email, zipfile and csv),
a fifth of kei's start-up budget; kei needs only two groups of entry points, which are plain
INI files beside each installed distribution. Names and versions come from the ``.dist-info``
folder name, as the wheel specification fixes it (``kei_us_tx-0.1.0.dist-info``).
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written

_setattr_of = object.__setattr__.__get__


@attrs.frozen
class EntryPoint:
    """One entry point: ``name = module[:attribute]`` in ``group`` of a distribution."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    value: str
    group: str
    distribution: str | None = None
    version: str | None = None

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self, name: str, value: str, group: str, distribution: str | None = None, version: str | None = None
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("name", name)
        _setattr("value", value)
        _setattr("group", group)
        _setattr("distribution", distribution)
        _setattr("version", version)

    def load(self) -> Any:
        module_name, _, attribute = self.value.partition(":")
        loaded: Any = importlib.import_module(module_name.strip())
        for part in filter(None, attribute.strip().split(".")):
            loaded = getattr(loaded, part)
        return loaded


def _parse(text: str, distribution: str, version: str) -> list[EntryPoint]:
    """The entry points of kei's groups (``kei``, ``kei.*``) in one ``entry_points.txt``."""
    found: list[EntryPoint] = []
    group = None
    if "kei" not in text:
        return found  # most distributions have no kei group: not worth reading line by line
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            if not group.startswith("kei"):
                group = None  # console scripts, pytest plugins...: not kei's
        elif group is not None and "=" in line:
            name, value = line.split("=", 1)
            found.append(EntryPoint(name.strip(), value.strip(), group, distribution, version))
    return found


def _distributions() -> list[tuple[str, str, str]]:
    """``(name, version, folder)`` of every ``.dist-info`` on ``sys.path``, first one wins."""
    seen: set[str] = set()
    found = []
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if not folder.endswith(".dist-info"):
                continue
            stem = folder[: -len(".dist-info")]
            name, _, version = stem.partition("-")
            key = name.lower().replace("-", "_").replace(".", "_")
            if key in seen:
                continue
            seen.add(key)
            found.append((name.replace("_", "-").lower(), version, os.path.join(entry or ".", folder)))
    return found


_SCANNED: dict[tuple[str, ...], list[EntryPoint]] = {}


def _scan() -> list[EntryPoint]:
    """Every entry point of every distribution on ``sys.path``, read once per ``sys.path``
    (the CLI finds its commands and the registry its plugins in the same scan)."""
    key = tuple(sys.path)
    found = _SCANNED.get(key)
    if found is None:
        found = []
        for name, version, folder in _distributions():
            try:
                with open(os.path.join(folder, "entry_points.txt"), encoding="utf-8") as file:
                    text = file.read()
            except OSError:
                continue
            found += _parse(text, name, version)
        _SCANNED.clear()
        _SCANNED[key] = found
    return found


def entry_points(*groups: str) -> list[EntryPoint]:
    """Every entry point of ``groups`` in the installed distributions."""
    wanted = set(groups)
    return [ep for ep in _scan() if ep.group in wanted]
