"""Rhode Island, P.L. 2024, ch. 414 (2024-H 8013 Sub A, enacted 2024-06-28), in the order of the law.

* § 31-1-3 (headed "[Effective July 1, 2024.]"): a new definition of "Kei car" or "Kei
  truck", a class of small Japanese vehicles with size and engine-displacement limits. The
  numbers were not seen; the class is decided by the Japanese kei class (kei-jp).
* § 31-3-5: a kei car or kei truck registered before 2024-06-01 may not be refused renewal
  because of its type, but the registration may not be transferred to a new owner; no new
  registrations.
* Road use: public highways posted 35 mph or less; highways posted between 35 and 45 mph may
  be crossed at controlled intersections.

Only the enactment and the effective-date heading were read on the legislature's site; the kei
provisions rest on the official summary of the companion bill S 2693 Sub A as copied by a
tracker, so every rule ships unconfirmed. A vehicle outside the kei class is not touched by
these provisions: its Rhode Island registration is outside what this plugin covers, and its
answer is ``unknown``, never ``not_legal``.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_jp import kei_class_test
from kei_us.state_kit import (
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-12-01"
JURISDICTION = "US-RI"
CHAPTER_414 = "R.I. Gen. Laws § 31-1-3 and § 31-3-5, as amended by P.L. 2024, ch. 414"

PUBLIC_LAW = "http://webserver.rilegislature.gov/PublicLaws/law24/law24414.htm"
SECTION_31_1_3 = "http://webserver.rilegislature.gov/Statutes/TITLE31/31-1/31-1-3.htm"
S2693 = "https://webserver.rilegislature.gov/BillText24/SenateText24/S2693.htm"
H7577_2026 = "https://webserver.rilegislature.gov/BillText26/HouseText26/H7577.htm"
WHERE_LOOKED = (
    "Looked again 2026-12-01 on webserver.rilegislature.gov: the public law (law24414.htm) only to its "
    "heading, § 31-1-3 only to subsection (b), and 2026 H 7577 (introduced), which reprints § 31-3-5 as in "
    "force, only to paragraph (5), before the kei clause. In force from 2024-07-01, the amended § 31-1-3's "
    "heading '[Effective July 1, 2024.]'; before it kei answers unknown."
)
SUMMARY = (
    "https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00029895&billsummary_session=2024"
    "&billsummary_state=ri"
)

IN_FORCE = Period("2024-07-01")

DEFINITION = MiniTruckDefinition(
    id="US-RI-KEI-DEFINITION",
    term="Kei car or Kei truck",
    kei_class=kei_class_test,
    citation="R.I. Gen. Laws § 31-1-3 (P.L. 2024, ch. 414)",
    source=SECTION_31_1_3,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SUMMARY, S2693),
    notes=(
        "The definition's size and displacement figures were not seen (the official page was read only "
        "to subsection (b)); kei applies the Japanese kei class of the vehicle's build date instead. "
        f"{WHERE_LOOKED}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.GRANDFATHERED,
    id="US-RI-GRANDFATHER",
    grandfathered_before="2024-06-01",
    citation="R.I. Gen. Laws § 31-3-5 (P.L. 2024, ch. 414)",
    source=PUBLIC_LAW,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SUMMARY, H7577_2026),
    notes=(
        "Enacted text seen only up to its heading; the grandfather date and the no-transfer clause come "
        "from the summary of S 2693 Sub A. The introduced bill used 2021-08-01 instead. The DMV had "
        "refused kei registrations since 2021 (DMV statement, 2022), which kei does not model. "
        f"{WHERE_LOOKED}"
    ),
)

ROADS = RoadAccess(
    id="US-RI-ROADS",
    max_posted_mph=35,
    cross_at="controlled_intersection",
    cross_max_posted_mph=45,
    citation=CHAPTER_414,
    source=PUBLIC_LAW,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SUMMARY, H7577_2026),
    notes=f"The 35 mph and crossing rules come from the summary of S 2693 Sub A. {WHERE_LOOKED}",
)


ONLY_KEI_VEHICLES = DEFINITION.scope(ask="the Rhode Island Division of Motor Vehicles", law=CHAPTER_414)
"""Chapter 414 speaks of kei cars and kei trucks only: for a vehicle outside the class its
provisions answer ``unknown``, not ``not_legal``; its registration is not covered here."""

RULES: list[Rule] = state_rules(
    JURISDICTION, DEFINITION, REGISTRATION, ROADS, in_force=IN_FORCE, scope=ONLY_KEI_VEHICLES
)
