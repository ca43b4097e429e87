"""Georgia (US-GA): kei vehicles and mini trucks are barred from title and registration by
Department of Revenue policy (Policy Bulletin MVD-2023-05); HB 308 (2025) was vetoed.

The federal level comes from kei-us; a verdict for US-GA folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-GA", "Georgia", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_ga import registration

    return registration.RULES
