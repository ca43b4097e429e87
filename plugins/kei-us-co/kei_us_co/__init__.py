"""Colorado (US-CO): kei vehicles under HB25-1281 "Concerning kei vehicles" (signed 2025-05-09,
in effect from 2027-07-01); before that, no statute decides.

The federal level comes from kei-us; a verdict for US-CO folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-CO", "Colorado", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_co import kei_vehicles

    return kei_vehicles.RULES
