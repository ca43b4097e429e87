"""kei: is this Japanese kei truck street legal here, on this date, and if not, from when?

This module is the whole public API for plugin authors: the types a plugin declares, the
date and unit helpers its checks use, the building blocks every state, province or territory
kit shares (:mod:`kei_core.kit`: ``Limit``, ``Provision``, ``rules_from``, ``RequiredEquipment``,
``jurisdiction_plugin``...), and ``hookimpl`` to implement the hooks documented in
:mod:`kei_core.hookspecs`. Test helpers for plugins live in :mod:`kei_core.testing`.
"""

from __future__ import annotations

from kei_core._version import __version__

# Not typing's: the console script imports this package before kei_core._launch lets the cyclic
# collector wait, and importing typing here ran its rounds over typing's objects.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    import pluggy

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
    from kei_core.kit import (
        AnyOf,
        JurisdictionPlugin,
        Limit,
        Provision,
        RequiredEquipment,
        Scope,
        age_route,
        jurisdiction_plugin,
        rules_from,
    )
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
        Stage,
        conditional,
        failed,
        missing,
        names,
        passed,
        registration_not_documented,
        stage_of,
        texts,
        unknown,
    )
    from kei_core.status import Status
    from kei_core.timeline import AgeRule, Dated, DatedValue, resolve
    from kei_core.units import Measure, show, show_power, show_speed
    from kei_core.vehicle import Modification, Vehicle
    from kei_core.vocabulary import DOCUMENTS, EQUIPMENT, RESTRICTIONS, Term

    hookimpl: pluggy.HookimplMarker

# Every public name, by the module that defines it, imported on first use (PEP 562): the ``kei``
# command imports only what its answer needs (``kei --version`` nothing of the rest), and a
# plugin pays only for the parts of the API it uses. ``from kei_core import X`` is unchanged.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "kei_core.status": ("Status",),
    "kei_core.dates": (
        "AgeTest",
        "AgeThreshold",
        "Granularity",
        "PartialDate",
        "Period",
        "anniversary",
        "months_after",
        "to_date",
        "to_optional_date",
    ),
    "kei_core.ages": (
        "DATE_WORDS",
        "DatedAgeTest",
        "age_from",
        "age_from_either",
    ),
    "kei_core.units": (
        "Measure",
        "show",
        "show_power",
        "show_speed",
    ),
    "kei_core.errors": ("InputError",),
    "kei_core.vehicle": (
        "Modification",
        "Vehicle",
    ),
    "kei_core.vocabulary": (
        "DOCUMENTS",
        "EQUIPMENT",
        "RESTRICTIONS",
        "Term",
    ),
    "kei_core.timeline": (
        "AgeRule",
        "Dated",
        "DatedValue",
        "resolve",
    ),
    "kei_core.rules": (
        "Check",
        "Jurisdiction",
        "Law",
        "Model",
        "Outcome",
        "Requirement",
        "Restriction",
        "Rule",
        "RuleKind",
        "Schedule",
        "ScheduleEntry",
        "Stage",
        "conditional",
        "failed",
        "missing",
        "names",
        "passed",
        "registration_not_documented",
        "stage_of",
        "texts",
        "unknown",
    ),
    "kei_core.kit": (
        "AnyOf",
        "JurisdictionPlugin",
        "Limit",
        "Provision",
        "RequiredEquipment",
        "Scope",
        "age_route",
        "jurisdiction_plugin",
        "rules_from",
    ),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    if name == "hookimpl":
        import pluggy

        value: Any = pluggy.HookimplMarker("kei")
    elif name in _HOME:
        from importlib import import_module

        value = getattr(import_module(_HOME[name]), name)
    else:
        raise AttributeError(f"module 'kei_core' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


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
    "Stage",
    "Status",
    "Term",
    "Vehicle",
    "__version__",
    "age_from",
    "age_from_either",
    "age_route",
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
    "stage_of",
    "texts",
    "to_date",
    "to_optional_date",
    "unknown",
]
