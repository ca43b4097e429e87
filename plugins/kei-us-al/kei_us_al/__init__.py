"""Alabama (US-AL): mini-trucks on a "restricted low speed use" tag, no interstates
(Ala. Code § 32-6-59); the mini-truck is defined in § 40-12-240.

The federal level comes from kei-us; a verdict for US-AL folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-AL", "Alabama", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_al import mini_trucks

    return mini_trucks.RULES
