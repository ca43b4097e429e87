"""Great Britain (outside the EU since 2020): registering an imported kei truck with the DVLA.

A truck under 10 years old (by date of manufacture or first registration) is approved first,
normally by an Individual Vehicle Approval (IVA); one over 10 years old needs no approval and
is registered on the DVLA's own checks with an MOT. From 40 years a truck may be taxed in the
historic vehicle class (not if used commercially) and is exempt from the MOT as a vehicle of
historical interest.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("GB", "Great Britain", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_gb import approval, historic

    return (*approval.RULES, *historic.RULES)
