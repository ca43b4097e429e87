"""Tennessee (US-TN): a mini truck is a "medium speed vehicle" (Tenn. Code Ann. § 55-1-125).

It must meet or exceed FMVSS No. 500 (49 CFR 571.500), is titled and registered with a Medium
Speed Vehicle Affidavit, and may be driven only on streets posted 40 mph or less, at no more
than 35 mph. The federal level (import safety and emissions) comes from kei-us; a verdict for
US-TN folds both.

This module holds only the hooks, so that importing it stays cheap; the law is in
:mod:`kei_us_tn.medium_speed_vehicles`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    """The code this plugin owns: Tennessee, a level below the US federal rules."""
    return [Jurisdiction("US-TN", "Tennessee", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    """Every Tennessee rule, in force or not; the core applies each rule's period in force."""
    from kei_us_tn import medium_speed_vehicles

    return medium_speed_vehicles.RULES
