"""United States, federal level: may this kei truck be imported for road use, and from when?

Two requirements decide it, each met by its best pathway: safety (``US-SAFETY``: the 25-year
exemption, a low-speed vehicle as built, a registered importer, FMVSS certification) and
emissions (``US-EMISSIONS``: the 21-OP-year exemption, or an EPA-certified route). An off-road
import (``US-NHTSA-OFFROAD``) never reads legal. CBP entry carries the paperwork still due;
duty, the Section 232 surcharge and the note that states decide registration are information.
The date asked is taken as the date of entry.

Public API for state plugins: :data:`FEDERAL_CODE`, the requirement IDs :data:`SAFETY` and
:data:`EMISSIONS`, and :mod:`kei_us.state_kit` (the building blocks of state rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kei_core import Jurisdiction, Requirement, Rule, hookimpl

if TYPE_CHECKING:
    from kei_core.vocabulary import Term

__all__ = ["EMISSIONS", "FEDERAL_CODE", "SAFETY"]

FEDERAL_CODE = "US"
"""The code of the federal level, the parent of every state (``US-TX``...)."""
SAFETY = "US-SAFETY"
"""Requirement ID of federal import safety (NHTSA); a plugin may add a pathway to it."""
EMISSIONS = "US-EMISSIONS"
"""Requirement ID of federal import emissions (EPA)."""


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [
        Jurisdiction(
            FEDERAL_CODE, "United States (federal)", parent=None, registers=False, registered_by="each state"
        )
    ]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us import customs, emissions, safety

    return [*safety.RULES, *emissions.RULES, *customs.RULES]


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    """The names the state kit adds to kei's vocabulary: restriction kinds such as
    ``us.max_distance_miles`` (:data:`kei_us.state_kit.TERMS`)."""
    from kei_us.state_kit import TERMS

    return TERMS
