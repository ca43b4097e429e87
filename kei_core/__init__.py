"""kei: is this Japanese kei truck street legal here, on this date, and if not, from when?

This module is the whole public API for plugin authors: the types a plugin declares, the
date and unit helpers its checks use, and ``hookimpl`` to implement the hooks documented in
:mod:`kei_core.hookspecs`. Test helpers for plugins live in :mod:`kei_core.testing`.
"""

from __future__ import annotations

import pluggy

from kei_core.ages import DATE_WORDS, DatedAgeTest, age_from, age_from_either
from kei_core.dates import AgeTest, AgeThreshold, Granularity, PartialDate, Period, anniversary, months_after
from kei_core.errors import InputError
from kei_core.rules import (
    Check,
    Jurisdiction,
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
    passed,
    registration_not_documented,
    unknown,
)
from kei_core.status import Status
from kei_core.units import Measure, show, show_power, show_speed
from kei_core.vehicle import Modification, Vehicle
from kei_core.vocabulary import DOCUMENTS, EQUIPMENT

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("kei")
"""Marker for hook implementations: ``@hookimpl def kei_rules(): ...``."""

__all__ = [
    "DATE_WORDS",
    "DOCUMENTS",
    "EQUIPMENT",
    "AgeTest",
    "AgeThreshold",
    "Check",
    "DatedAgeTest",
    "Granularity",
    "InputError",
    "Jurisdiction",
    "Measure",
    "Model",
    "Modification",
    "Outcome",
    "PartialDate",
    "Period",
    "Requirement",
    "Restriction",
    "Rule",
    "RuleKind",
    "Schedule",
    "ScheduleEntry",
    "Status",
    "Vehicle",
    "__version__",
    "age_from",
    "age_from_either",
    "anniversary",
    "conditional",
    "failed",
    "hookimpl",
    "missing",
    "months_after",
    "passed",
    "registration_not_documented",
    "show",
    "show_power",
    "show_speed",
    "unknown",
]
