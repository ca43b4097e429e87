"""Texas (US-TX): title and registration of imported mini trucks.

TxDMV's April 2024 letter (agency practice) and, from 1 September 2025, SB 1816's "miniature
vehicle" (Transp. Code § 501.009, § 502.001(21-a)). The federal level (import safety and
emissions) comes from kei-us; a verdict for US-TX folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-TX", "Texas", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_tx import registration

    return registration.RULES
