"""Norway (NO): an imported kei truck is individually approved by Statens vegvesen, then registered.

A used vehicle that is not EC type-approved is individually approved (enkeltgodkjent) and must
meet the Norwegian requirements in force when it was first registered abroad: kjøretøyforskriften
for a first registration from 1995-01-01, bilforskriften from 2012-09-15. Those requirements are
documented one by one; the simplified route of bilforskriften § 10 a–c is open only to vehicles
documented to EEA, US or Canadian requirements, not Japanese ones. An old, original vehicle may
instead be approved as preservation-worthy (bevaringsverdig, kjøretøyforskriften § 1-9), with an
endorsement forbidding changes and limits on its use.

The law is in :mod:`kei_no.approval` and :mod:`kei_no.preservation`; kei imports it only when a
question needs it. The plugin's own vocabulary is in :mod:`kei_no.terms`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, Term, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    """Norway, an EEA country outside the EU, which registers vehicles."""
    return [Jurisdiction("NO", "Norway", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    """Every Norwegian rule, in force or not; the core applies each rule's period in force."""
    from kei_no import approval, preservation

    return (*approval.RULES, *preservation.RULES)


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    """The documentation of the requirements a vehicle may list, and the preservation-worthy
    vehicle's use limits as a restriction kind."""
    from kei_no.terms import TERMS

    return TERMS
