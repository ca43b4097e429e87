"""Minnesota (US-MN): mini trucks on roadways a county, city or town designates by ordinance,
by permit only (Minn. Stat. § 169.045); the mini truck is defined in § 169.011, subd. 40a.

The federal level comes from kei-us; a verdict for US-MN folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-MN", "Minnesota", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_mn import mini_trucks

    return mini_trucks.RULES
