"""Which plugins are installed and what they cover, read from entry points without importing any.

Plugins are registered under the entry-point group ``kei`` (name = plugin name, value = the
module or object); the codes each covers are declared statically under ``kei.jurisdictions``
(name = code, value = the same module). Discovery reads both groups, applies ``-p NAME`` /
``-p no:NAME`` and the ``KEI_DISABLE_PLUGINS`` and ``KEI_DISABLE_PLUGIN_AUTOLOAD`` settings, and
returns immutable records: nothing is imported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.entrypoints import EntryPoint, entry_points

ENTRY_POINT_GROUP = "kei"
JURISDICTIONS_GROUP = "kei.jurisdictions"

_setattr_of = object.__setattr__.__get__


@attrs.frozen
class PluginRecord:
    """An installed plugin as discovery knows it: where it comes from and what it declares."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    name: str
    module_name: str
    distribution: str | None = None
    version: str | None = None
    declared: tuple[str, ...] = ()
    entry_point: EntryPoint | None = attrs.field(default=None, eq=False)

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        name: str,
        module_name: str,
        distribution: str | None = None,
        version: str | None = None,
        declared: tuple[str, ...] = (),
        entry_point: EntryPoint | None = None,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("name", name)
        _setattr("module_name", module_name)
        _setattr("distribution", distribution)
        _setattr("version", version)
        _setattr("declared", declared)
        _setattr("entry_point", entry_point)


@attrs.frozen
class Discovery:
    """What discovery found: the enabled plugins by name, the disabled ones (so an answer can
    say a place's plugin is disabled rather than missing), and ``-p NAME`` names no plugin has."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    records: Mapping[str, PluginRecord]
    disabled: Mapping[str, PluginRecord]
    unknown_requested: frozenset[str]

    @written
    def __init__(
        self,
        records: Mapping[str, PluginRecord],
        disabled: Mapping[str, PluginRecord],
        unknown_requested: frozenset[str],
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("records", records)
        _setattr("disabled", disabled)
        _setattr("unknown_requested", unknown_requested)


def names(value: str) -> set[str]:
    """``"a, b"`` -> ``{"a", "b"}``: a comma-separated setting."""
    return {name.strip() for name in value.split(",") if name.strip()}


def discover(*, autoload: bool, enabled: Iterable[str] = (), disabled: Iterable[str] = ()) -> Discovery:
    """Read the ``kei`` and ``kei.jurisdictions`` entry points of every installed distribution.

    With ``autoload`` every plugin is enabled but those ``disabled``; without it only those named
    in ``enabled``."""
    enabled, disabled = set(enabled), set(disabled)
    found = entry_points(ENTRY_POINT_GROUP, JURISDICTIONS_GROUP)
    declared: dict[str, set[str]] = {}
    for entry_point in found:
        if entry_point.group == JURISDICTIONS_GROUP:
            declared.setdefault(entry_point.value, set()).add(entry_point.name)
    records: dict[str, PluginRecord] = {}
    off: dict[str, PluginRecord] = {}
    for entry_point in found:
        name = entry_point.name
        if entry_point.group != ENTRY_POINT_GROUP or name in records or name in off:
            continue
        module_name = entry_point.value.partition(":")[0].strip()
        record = PluginRecord(
            name=name,
            module_name=entry_point.value,
            distribution=entry_point.distribution,
            version=entry_point.version,
            declared=tuple(sorted(declared.get(entry_point.value, set()) | declared.get(module_name, set()))),
            entry_point=entry_point,
        )
        if name in disabled or (not autoload and name not in enabled):
            off[name] = record
        else:
            records[name] = record
    # A name given to -p NAME or -p no:NAME that no installed plugin has (a typo, an uninstalled one).
    return Discovery(records, off, frozenset((enabled | disabled) - set(records) - set(off)))
