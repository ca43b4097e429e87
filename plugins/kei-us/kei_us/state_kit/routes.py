"""Several routes to one requirement, declared as blocks.

A state may register a mini truck in more than one way (regular plates refused, collector plates
allowed): each block is a route, a pathway of one :class:`~kei_core.Requirement`, and the
requirement takes the best of them::

    RULES = [
        *pathways(
            Requirement("US-WI-REGISTRATION", "US-WI", "Wisconsin registers it for some use of public roads"),
            state_rules("US-WI", REGULAR_PLATES, COLLECTOR, in_force=ACT_103),
        ),
    ]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from kei_core import Requirement, Rule, RuleKind

__all__ = ["pathways"]


def pathways(requirement: Requirement, rules: Iterable[Rule]) -> list[Rule | Requirement]:
    """``requirement`` and ``rules`` (from ``state_rules``) as its pathways, in the order given
    (of equally good routes the first is named: list the most specific first)."""
    found: list[Rule | Requirement] = [requirement]
    for rule in rules:
        if rule.jurisdiction != requirement.jurisdiction:
            raise ValueError(f"{rule.id} is a rule of {rule.jurisdiction}, not of {requirement.jurisdiction}")
        found.append(attrs.evolve(rule, kind=RuleKind.PATHWAY, requirement=requirement.id))
    return found
