"""New Zealand (NZ): entering and registering a used kei truck.

A used import is inspected at the border, certified for entry by an NZTA-appointed entry
certifier and registered; then it keeps a warrant of fitness. There is no age ban. A kei truck
is a light goods vehicle (class NA): the Frontal Impact Rule, written for passenger cars, does
not reach it. Two gates decide: the exhaust-emissions standard a used petrol import must meet
on the day it is certified (:mod:`kei_nz.emissions`), and electronic stability control for used
class NA vehicles inspected at the border from 2020-03-01 (:mod:`kei_nz.esc`); both are lifted
for a vehicle built or first registered abroad 20 years or more before its first certification.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, Term, hookimpl

ESC = Term(
    "equipment",
    "nz.esc",
    "electronic stability control (ESC, VSC, VDC), fitted by the maker: New Zealand requires it of used "
    "class NA imports inspected at the border from 2020-03-01 unless 20 years old",
)


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("NZ", "New Zealand", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_nz import emissions, entry, esc

    return (*entry.RULES, *emissions.RULES, *esc.RULES)


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    return [ESC]
