"""Rhode Island (US-RI): kei cars and kei trucks (R.I. Gen. Laws § 31-1-3, § 31-3-5, as amended
by P.L. 2024, ch. 414): only a registration issued before 2024-06-01 may be renewed, not for a
new owner, and the vehicle keeps to highways posted 35 mph or less.

The statute defines the class by the Japanese kei class, decided by kei-jp's
``kei_class_test``. The federal level comes from kei-us; a verdict for US-RI folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-RI", "Rhode Island", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_ri import kei_vehicles

    return kei_vehicles.RULES
