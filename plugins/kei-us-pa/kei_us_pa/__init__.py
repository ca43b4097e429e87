"""Pennsylvania (US-PA): PennDOT's mini trucks (Japanese "Kei Jidosha" class, 660 cc, 130 × 60 ×
78 in) get an off-road title, a farm vehicle registration or an antique plate, not a general
registration.

The definition is PennDOT's and names the Japanese kei class, decided by kei-jp's
``kei_class_test``. The federal level comes from kei-us; a verdict for US-PA folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-PA", "Pennsylvania", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_pa import mini_trucks

    return mini_trucks.RULES
