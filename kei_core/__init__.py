"""kei: is this Japanese kei truck street legal here, on this date, and if not, from when?

This module is the whole public API for plugin authors: the types a plugin declares, the
date and unit helpers its checks use, the building blocks every state, province or territory
kit shares (:mod:`kei_core.kit`: ``Limit``, ``Provision``, ``rules_from``, ``RequiredEquipment``,
``jurisdiction_plugin``...), and ``hookimpl`` to implement the hooks documented in
:mod:`kei_core.hookspecs`. Test helpers for plugins live in :mod:`kei_core.testing`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

from kei_core._version import __version__
from kei_core.ages import DATE_WORDS, DatedAgeTest, age_from, age_from_either
from kei_core.dates import (
    AgeTest,
    AgeThreshold,
    Granularity,
    PartialDate,
    Period,
    anniversary,
    months_after,
    to_date,
    to_optional_date,
)
from kei_core.errors import InputError
from kei_core.rules import (
    Check,
    Jurisdiction,
    Law,
    Model,
    Outcome,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Schedule,
    ScheduleEntry,
    conditional,
    failed,
    missing,
    names,
    passed,
    registration_not_documented,
    texts,
    unknown,
)
from kei_core.status import Status
from kei_core.timeline import AgeRule, Dated, DatedValue, resolve
from kei_core.units import Measure, show, show_power, show_speed
from kei_core.vehicle import Modification, Vehicle
from kei_core.vocabulary import DOCUMENTS, EQUIPMENT, RESTRICTIONS, Term

if TYPE_CHECKING:
    from kei_core.kit import (
        AnyOf,
        JurisdictionPlugin,
        Limit,
        Provision,
        RequiredEquipment,
        Scope,
        jurisdiction_plugin,
        rules_from,
    )

_KIT = frozenset(
    {
        "AnyOf",
        "JurisdictionPlugin",
        "Limit",
        "Provision",
        "RequiredEquipment",
        "Scope",
        "jurisdiction_plugin",
        "rules_from",
    }
)


def __getattr__(name: str) -> Any:
    """The kit's names (:mod:`kei_core.kit`), imported on first use: a question that needs no
    state, province or territory plugin does not pay for them at start-up."""
    if name in _KIT:
        from kei_core import kit

        return getattr(kit, name)
    raise AttributeError(f"module 'kei_core' has no attribute {name!r}")


hookimpl = pluggy.HookimplMarker("kei")
"""Marker for hook implementations: ``@hookimpl def kei_rules(): ...``."""

__all__ = [
    "DATE_WORDS",
    "DOCUMENTS",
    "EQUIPMENT",
    "RESTRICTIONS",
    "AgeRule",
    "AgeTest",
    "AgeThreshold",
    "AnyOf",
    "Check",
    "Dated",
    "DatedAgeTest",
    "DatedValue",
    "Granularity",
    "InputError",
    "Jurisdiction",
    "JurisdictionPlugin",
    "Law",
    "Limit",
    "Measure",
    "Model",
    "Modification",
    "Outcome",
    "PartialDate",
    "Period",
    "Provision",
    "RequiredEquipment",
    "Requirement",
    "Restriction",
    "Rule",
    "RuleKind",
    "Schedule",
    "ScheduleEntry",
    "Scope",
    "Status",
    "Term",
    "Vehicle",
    "__version__",
    "age_from",
    "age_from_either",
    "anniversary",
    "conditional",
    "failed",
    "hookimpl",
    "jurisdiction_plugin",
    "missing",
    "months_after",
    "names",
    "passed",
    "registration_not_documented",
    "resolve",
    "rules_from",
    "show",
    "show_power",
    "show_speed",
    "texts",
    "to_date",
    "to_optional_date",
    "unknown",
]
