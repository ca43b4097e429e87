"""Plugins: discovery from entry points (no imports), loading through pluggy one plugin at a
time, and the immutable snapshot evaluation reads.

* :mod:`kei_core.plugins.discovery`: what is installed and what it declares.
* :mod:`kei_core.plugins.loader`: importing a plugin and calling its hooks, failures isolated.
* :mod:`kei_core.plugins.rulebook`: :class:`RuleBook` and :class:`PluginInfo`, immutable.
* :mod:`kei_core.plugins.registry`: :class:`Registry`, which loads lazily and thread-safely.
"""

from __future__ import annotations

from kei_core.hints import hint_for
from kei_core.plugins.discovery import ENTRY_POINT_GROUP, JURISDICTIONS_GROUP, PluginRecord
from kei_core.plugins.registry import Plugin, Registry
from kei_core.plugins.rulebook import PluginInfo, RuleBook, iso_parent


def suggestion_for(code: str) -> str:
    """Deprecated: :func:`kei_core.hints.hint_for`."""
    return hint_for(code)


__all__ = [
    "ENTRY_POINT_GROUP",
    "JURISDICTIONS_GROUP",
    "Plugin",
    "PluginInfo",
    "PluginRecord",
    "Registry",
    "RuleBook",
    "iso_parent",
    "suggestion_for",
]
