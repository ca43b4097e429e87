"""The European Union and the member states kei ships: Germany, the Netherlands, France, Ireland,
Sweden, Belgium, Italy and Austria.

The Union level says which framework a kei truck falls under (category N1 of Regulation (EU)
2018/858, not an L7e quadricycle) and that EU individual approval is only for new vehicles, so a
used truck from Japan is approved by the member state. Each member state then has its own
registration requirement, with the routes its law offers: Germany's § 21 StVZO individual permit
(and the H plate at 30 years), the Netherlands' RDW routes, France's réception à titre isolé or
collection certificate, Ireland's VRT registration, Sweden's origin check and registration
inspection, Belgium's regional isolated-case approval (and the O plate), Italy's historic register
(and its rule for used vehicles from outside the EU), Austria's single approval (and its historic
list).
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl
from kei_core.vocabulary import Term


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [
        Jurisdiction("EU", "European Union", parent=None, registers=False, registered_by="each member state"),
        Jurisdiction("DE", "Germany", parent="EU", registers=True),
        Jurisdiction("NL", "Netherlands", parent="EU", registers=True),
        Jurisdiction("FR", "France", parent="EU", registers=True),
        Jurisdiction("IE", "Ireland", parent="EU", registers=True),
        Jurisdiction("SE", "Sweden", parent="EU", registers=True),
        Jurisdiction("BE", "Belgium", parent="EU", registers=True),
        Jurisdiction("IT", "Italy", parent="EU", registers=True),
        Jurisdiction("AT", "Austria", parent="EU", registers=True),
    ]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_eu import austria, belgium, france, germany, ireland, italy, netherlands, sweden, union

    return (
        *union.RULES,
        *germany.RULES,
        *netherlands.RULES,
        *france.RULES,
        *ireland.RULES,
        *sweden.RULES,
        *belgium.RULES,
        *italy.RULES,
        *austria.RULES,
    )


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    """The documents the member states' rules read: Sweden's import reasons that bring the relief
    of TSFS 2010:106 (``se.eget_bruk``, ``se.flyttsak``, ``se.arvegods``), Austria's extract from
    the approved list (``at.historic_list_extract``) and its equivalence report
    (``at.equivalence_report``)."""
    from kei_eu import austria, sweden

    return (*sweden.TERMS, *austria.TERMS)
