"""Canada: the federal import gate and the provinces kei covers (Québec, British Columbia, Ontario).

Federal: a vehicle whose date of manufacture is 15 years or more earlier than the date of its
importation is outside the prescribed classes of the Motor Vehicle Safety Regulations (s. 4(2)(a));
a kei truck, built for Japan, has no other way in. Provinces: Québec's order on right-hand-drive
vehicles (25 years); registration of an imported kei truck, which no province documents.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [
        Jurisdiction(
            "CA", "Canada (federal)", parent=None, registers=False, registered_by="each province or territory"
        ),
        Jurisdiction("CA-QC", "Québec", parent="CA", registers=True),
        Jurisdiction("CA-BC", "British Columbia", parent="CA", registers=True),
        Jurisdiction("CA-ON", "Ontario", parent="CA", registers=True),
    ]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_ca import british_columbia, federal, ontario, quebec

    return (*federal.RULES, *quebec.RULES, *british_columbia.RULES, *ontario.RULES)
