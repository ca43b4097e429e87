"""Louisiana (US-LA): mini-trucks on highways posted 55 mph or less (La. R.S. 32:299.2).

The federal level comes from kei-us; a verdict for US-LA folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-LA", "Louisiana", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_la import mini_trucks

    return mini_trucks.RULES
