"""Building blocks for US state rules on mini trucks, declared in the order of the law.

A state plugin is its law module, declared with these blocks, and one line that declares the
plugin::

    # kei_us_la/mini_trucks.py
    DEFINITION = MiniTruckDefinition(term="mini-truck", width=Limit.at_least("48 in"), ...)
    ROADS = RoadAccess(max_posted_mph=55, closed={"interstate", "controlled_access"}, ...)
    EQUIPMENT = RequiredEquipment(["headlamps", AnyOf("exterior_mirror_passenger", "interior_mirror")], ...)
    REGISTRATION = Registration(RegistrationOutcome.MINI_TRUCK_CLASS, how="...", ...)
    RULES = state_rules("US-LA", DEFINITION, ROADS, EQUIPMENT, REGISTRATION, in_force=Period("2010-08-15"))

    # kei_us_la/__init__.py
    plugin = state_plugin("US-LA", "Louisiana", rules="kei_us_la.mini_trucks:RULES")

Each block carries its law (:class:`kei_core.Law`: ``citation``, ``source``, ``reviewed_on``,
optionally ``source_as_of``, ``sources``, ``notes``) and two flags: ``unconfirmed`` (not
confirmed in an official text: the core then never lets it make a verdict better than
``conditional``) and ``policy`` (agency practice, not statute: the finding is flagged, and
every renderer says once that it may change without a new law). :func:`state_rules` gives each
block the rule ID ``<code>-<PART>`` (``US-LA-DEFINITION``, ``US-LA-ROADS``,
``US-LA-EQUIPMENT``, ``US-LA-REGISTRATION``) unless the block names its own ``id``, and one
period in force for all of them (required: before it the level is ``unknown``).

* :mod:`~kei_us.state_kit.definition`: :class:`MiniTruckDefinition`, decided as :class:`Fact`
  objects and said in one function.
* :mod:`~kei_us.state_kit.roads`: :class:`RoadAccess`, road classes named from
  :data:`ROAD_CLASSES`.
* :mod:`~kei_us.state_kit.local`: :class:`LocalOption`, a road use a city or county allows by
  ordinance (statewide: ``unknown``, ask there), and :class:`LocalOrdinance` with
  :func:`local_rules`, a locality's own ordinance, applied within it only.
* :mod:`~kei_us.state_kit.use`: :class:`LimitedUse`, road use for some work only (farm,
  construction, snow removal: :data:`USE_WORDS`), the ``limited_use`` restriction.
* :mod:`~kei_us.state_kit.distance`: :class:`DistanceLimit`, no more than so many miles on some
  roads (restriction kind :data:`MAX_DISTANCE_MILES`, ``us.max_distance_miles``, one of the
  :data:`TERMS` kei-us adds to kei's vocabulary).
* :mod:`~kei_us.state_kit.emissions`: :class:`EmissionsCertificate`, a state's own emissions
  certificate without which it registers no import (California's CARB certificate).
* :mod:`~kei_us.state_kit.plates`: :class:`SpecialClassRegistration` (a special-purpose or
  unconventional-vehicle class with its plate) and :class:`CollectorPlate` (collector or
  antique plates, an age as the law counts it, and limited use).
* :mod:`~kei_us.state_kit.routes`: :func:`pathways`, several blocks as routes to one requirement.
* :mod:`~kei_us.state_kit.registration`: :class:`Registration` by :class:`RegistrationOutcome`,
  or :meth:`Registration.custom` for a practice the outcomes do not describe.
* From the core (:mod:`kei_core.kit`, shared with every province and territory kit):
  :class:`Limit`, :class:`RequiredEquipment`, :class:`AnyOf`, :class:`Scope`, :class:`Provision`
  and :func:`rules_from` (``state_rules`` is its name here).

Conditions are whole sentences about the vehicle or imperatives to its owner ("it has a fully
enclosed metal cab", "register it as an off-road vehicle"); figures print as people write them
("110 km/h is not at most 25 mph (40 km/h)"), with more places only where rounding would hide
the comparison. Limits are written as the statute writes them (``"54 in"``, ``"1,500 lb"``,
``"25 mph"``) and compared exactly with the vehicle's stored value.

Restrictions on use carry the public ``kind`` keys of :data:`kei_core.RESTRICTIONS`.

Stability: the names in ``__all__`` are kept, or deprecated for a release before they go.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kei_core import JurisdictionPlugin, Provision, jurisdiction_plugin, rules_from
from kei_us import FEDERAL_CODE

if TYPE_CHECKING:
    from kei_core import AnyOf, Limit, RequiredEquipment, Scope
    from kei_us.state_kit.definition import (
        Fact,
        FactVerdict,
        KeiClassTest,
        MiniTruckDefinition,
        WeightBasis,
        approximate_top_speed,
    )
    from kei_us.state_kit.distance import MAX_DISTANCE_MILES, TERMS, DistanceLimit
    from kei_us.state_kit.emissions import EmissionsCertificate
    from kei_us.state_kit.local import STATEWIDE, LocalOption, LocalOrdinance, law_fields, local_rules
    from kei_us.state_kit.plates import CollectorPlate, SpecialClassRegistration
    from kei_us.state_kit.registration import Registration, RegistrationOutcome
    from kei_us.state_kit.roads import (
        CROSSINGS,
        HIGHWAY_TYPES,
        ROAD_CLASSES,
        ROAD_TYPES,
        RoadAccess,
        RoadClass,
    )
    from kei_us.state_kit.routes import pathways
    from kei_us.state_kit.titling import ImportTitling
    from kei_us.state_kit.use import USE_WORDS, LimitedUse, known_uses, uses_in_words

# The kit's parts, by the module that declares them, imported on first use (PEP 562): a state
# plugin's package imports only ``state_plugin``, and its law module only the parts it declares,
# so loading one state (``kei check --in US-TX``) does not build every block of the kit.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "kei_core": ("AnyOf", "Limit", "RequiredEquipment", "Scope"),
    "kei_us.state_kit.definition": (
        "Fact",
        "FactVerdict",
        "KeiClassTest",
        "MiniTruckDefinition",
        "WeightBasis",
        "approximate_top_speed",
    ),
    "kei_us.state_kit.distance": ("MAX_DISTANCE_MILES", "TERMS", "DistanceLimit"),
    "kei_us.state_kit.emissions": ("EmissionsCertificate",),
    "kei_us.state_kit.local": ("STATEWIDE", "LocalOption", "LocalOrdinance", "law_fields", "local_rules"),
    "kei_us.state_kit.plates": ("CollectorPlate", "SpecialClassRegistration"),
    "kei_us.state_kit.registration": ("Registration", "RegistrationOutcome"),
    "kei_us.state_kit.roads": (
        "CROSSINGS",
        "HIGHWAY_TYPES",
        "ROAD_CLASSES",
        "ROAD_TYPES",
        "RoadAccess",
        "RoadClass",
    ),
    "kei_us.state_kit.routes": ("pathways",),
    "kei_us.state_kit.titling": ("ImportTitling",),
    "kei_us.state_kit.use": ("USE_WORDS", "LimitedUse", "known_uses", "uses_in_words"),
}
_HOME = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    """A part of the kit, imported from its module the first time it is asked for."""
    if name not in _HOME:
        raise AttributeError(f"module 'kei_us.state_kit' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "CROSSINGS",
    "HIGHWAY_TYPES",
    "MAX_DISTANCE_MILES",
    "ROAD_CLASSES",
    "ROAD_TYPES",
    "STATEWIDE",
    "TERMS",
    "USE_WORDS",
    "AnyOf",
    "CollectorPlate",
    "DistanceLimit",
    "EmissionsCertificate",
    "Fact",
    "FactVerdict",
    "ImportTitling",
    "KeiClassTest",
    "Limit",
    "LimitedUse",
    "LocalOption",
    "LocalOrdinance",
    "MiniTruckDefinition",
    "Provision",
    "Registration",
    "RegistrationOutcome",
    "RequiredEquipment",
    "RoadAccess",
    "RoadClass",
    "Scope",
    "SpecialClassRegistration",
    "StatePart",
    "WeightBasis",
    "approximate_top_speed",
    "known_uses",
    "law_fields",
    "local_rules",
    "pathways",
    "rules_from",
    "state_plugin",
    "state_rules",
    "uses_in_words",
]

StatePart = Provision
"""Deprecated name of :class:`kei_core.Provision`, the block every kit shares."""

state_rules = rules_from
"""Turn a state's blocks into rules: :func:`kei_core.rules_from` (``state_rules("US-LA", DEFINITION,
ROADS, ..., in_force=Period("2010-08-15"))``)."""


def state_plugin(code: str, name: str, *, rules: str | Sequence[str]) -> JurisdictionPlugin:
    """The whole plugin of a US state: ``plugin = state_plugin("US-LA", "Louisiana",
    rules="kei_us_la.mini_trucks:RULES")`` in the state package's ``__init__.py``.

    It owns ``code`` (parent ``US``; a state registers vehicles), and its ``kei_rules`` imports
    ``rules`` (``"module:attribute"``, entry-point syntax) only when kei asks. Register it as
    ``us-la = "kei_us_la:plugin"`` under ``[project.entry-points.kei]`` and ``US-LA =
    "kei_us_la:plugin"`` under ``[project.entry-points."kei.jurisdictions"]``.
    """
    if not code.startswith("US-"):
        raise ValueError(f"state_plugin({code!r}): a US state's code begins 'US-' (e.g. 'US-LA')")
    return jurisdiction_plugin(code, name, parent=FEDERAL_CODE, rules=rules, registers=True)
