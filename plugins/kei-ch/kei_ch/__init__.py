"""Switzerland (CH): an imported kei truck is registered after an individual inspection.

A used kei truck imported for own use needs no Swiss type approval, but the cantonal road-traffic
office inspects it before registration (SVG Art. 13; VTS Art. 29) against the Swiss rules in force
when it was first registered abroad: in Japan, for a truck bought there. With no EU certificate of
conformity, each item one would show, exhaust emissions and noise included, is proved one by one,
and no cantonal page accepts a Japanese emission certificate. First registered more than 30 years
ago, kept original and used privately, it may carry the "Veteranenfahrzeug" entry (about 2,000 to
3,000 km a year, inspections up to every 6 years).

The law is in :mod:`kei_ch.inspection` and :mod:`kei_ch.veteran`; kei imports it only when a
question needs it. The plugin's own vocabulary (a document and a restriction kind) is in
:mod:`kei_ch.terms`.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, Term, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    """Switzerland, a country outside the EU whose cantons register vehicles."""
    return [Jurisdiction("CH", "Switzerland", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    """Every Swiss rule, in force or not; the core applies each rule's period in force."""
    from kei_ch import inspection, veteran

    return (*inspection.RULES, *veteran.RULES)


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    """The proof of emissions and noise a vehicle may list, and the veteran entry's yearly
    distance as a restriction kind."""
    from kei_ch.terms import TERMS

    return TERMS
