"""Philippines (PH): two bars stand between an imported kei truck and the road.

Executive Order No. 156 (2002-12-12), Art. 2 s. 3.1, prohibits importing used motor vehicles into
the customs territory, with exceptions (trucks of 2.5 t gross weight and above, returning residents'
own vehicles...) that do not reach a kei truck (:mod:`kei_ph.import_ban`). Republic Act No. 8506
(1998) makes it unlawful to import, register, use or operate a right-hand-drive vehicle on any road
(:mod:`kei_ph.steering`). Republic Act No. 11698 (2022) opens both to a vintage vehicle at least 40
years old, and to right-hand drive only if built on or before 1970-12-31. The Land Transportation
Office registers what may be used (:mod:`kei_ph.registration`).
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, Term, hookimpl

NO_DOLLAR_IMPORT = Term(
    "document",
    "ph.no_dollar_import",
    "the Bureau of Customs' release of a returning resident's or immigrant's own used vehicle under the "
    "No Dollar Import program (an exception to the EO 156 import ban)",
)
CONVERSION_WARRANTY = Term(
    "document",
    "ph.lhd_conversion_warranty",
    "the Certificate of Warranty of a right-hand to left-hand drive conversion under the Philippine "
    "National Standard (LTO Memorandum of 1995-03-27)",
)


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("PH", "Philippines", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_ph import import_ban, registration, steering

    return (*import_ban.RULES, *steering.RULES, *registration.RULES)


@hookimpl
def kei_vocabulary() -> Iterable[Term]:
    return [NO_DOLLAR_IMPORT, CONVERSION_WARRANTY]
