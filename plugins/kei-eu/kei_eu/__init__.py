"""The European Union and the member states kei ships: Germany, the Netherlands, France, Ireland.

The Union level says which framework a kei truck falls under (category N1 of Regulation (EU)
2018/858, not an L7e quadricycle) and that EU individual approval is only for new vehicles, so a
used truck from Japan is approved by the member state. Each member state then has its own
registration requirement, with the routes its law offers: Germany's § 21 StVZO individual permit
(and the H plate at 30 years), the Netherlands' RDW routes, France's réception à titre isolé or
collection certificate, Ireland's VRT registration.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [
        Jurisdiction("EU", "European Union", parent=None, registers=False, registered_by="each member state"),
        Jurisdiction("DE", "Germany", parent="EU", registers=True),
        Jurisdiction("NL", "Netherlands", parent="EU", registers=True),
        Jurisdiction("FR", "France", parent="EU", registers=True),
        Jurisdiction("IE", "Ireland", parent="EU", registers=True),
    ]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_eu import france, germany, ireland, netherlands, union

    return (*union.RULES, *germany.RULES, *netherlands.RULES, *france.RULES, *ireland.RULES)
