"""Utah: how a kei truck would be registered, in the order the law changed.

Utah has no mini-truck statute. Its street-legal ATV route (Utah Code § 41-6a-1509) is for
all-terrain vehicles, and the off-highway vehicle definition (§ 41-22-2, copy) leaves out a
vehicle "not specifically designed for recreational use", as a work truck is.

1. Before 2025-01-01 kei knows no Utah rule: the level answers ``unknown``.
2. From 2025-01-01, ch. 41-27 "Novel Vehicle Registration" (2024 H.B. 441): the Motor Vehicle
   Division identifies a vehicle's category from its VIN; without one (a kei truck carries a
   Japanese frame number) the owner describes the vehicle, and it is registered in an existing
   category if it fits one, otherwise as a "novel vehicle" ($1 in lieu of property tax, $1
   registration), treated as an off-highway vehicle unless registered as a street-legal novel
   vehicle subject to § 41-6a-1509. Which the division does with a kei truck is not documented:
   ``unknown``, with the route named.
3. A statute mirror marks § 41-27-101 "Superseded 10/1/2026"; the text in force from 2026-10-01
   was not found: ``unknown``.

H.B. 441 was read on le.utah.gov (official); the sections as enacted only in statute mirrors.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, RuleKind, Vehicle, unknown

REVIEWED = "2026-12-01"
JURISDICTION = "US-UT"
REGISTRATION = "US-UT-REGISTRATION"

HB441 = "https://le.utah.gov/~2024/bills/hbillint/HB0441S02.htm"
SECTION_41_27_101_COPY = (
    "https://casetext.com/statute/utah-code/title-41-motor-vehicles/chapter-27-novel-vehicle-registration/"
    "part-1-general-provisions/section-41-27-101-effective-112025-definitions"
)
SECTION_41_27_201_COPY = (
    "https://casetext.com/statute/utah-code/title-41-motor-vehicles/chapter-27-novel-vehicle-registration/"
    "part-2-registration-process/section-41-27-201-effective-112025-novel-vehicle-registration"
)
SUPERSEDED_MIRROR = "https://self-law.org/code/ut/title-41/chapter-27/10"
OHV_BOOKLET = "https://zbook.org/read/799e3_utah-off-highway-vehicle-laws-and-rules.html"

NOVEL_VEHICLE_START = "2025-01-01"
SUPERSEDED = "2026-10-01"
ASK_DMV = "ask the Utah Division of Motor Vehicles how it registers a kei truck that has no 17-character VIN"


def novel_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Utah Code § 41-27-201: a category from the description, or a novel vehicle."""
    return unknown(
        "Utah has no mini-truck statute. Under Utah Code § 41-27-201 the Motor Vehicle Division registers a "
        "vehicle without a VIN in the category its owner's description fits, or else as a 'novel vehicle', "
        "treated as an off-highway vehicle unless registered as a street-legal novel vehicle under § 41-6a-1509; "
        "no text says which it does with a kei truck.",
        settle=(ASK_DMV,),
    )


def after_novel_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """From 2026-10-01: the text that replaced ch. 41-27 as read was not found."""
    return unknown(
        "Utah Code ch. 41-27 as read is marked superseded on 2026-10-01, and the text in force since was not "
        "found, so kei cannot say how Utah registers a kei truck now.",
        settle=("read Utah Code ch. 41-27 as in force from 2026-10-01 on le.utah.gov", ASK_DMV),
    )


RULES: list[Rule | Requirement] = [
    Requirement(
        REGISTRATION,
        JURISDICTION,
        "Utah titles and registers the vehicle for use on public roads",
    ),
    Rule(
        "US-UT-NOVEL-VEHICLE",
        JURISDICTION,
        "A vehicle that fits no category may be registered as a novel vehicle, for road use only as a "
        "street-legal novel vehicle under § 41-6a-1509; how a kei truck is classed is not documented",
        citation="Utah Code §§ 41-27-101, 41-27-201 (2024 H.B. 441)",
        source=HB441,
        reviewed_on=REVIEWED,
        check=novel_vehicle,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=Period(NOVEL_VEHICLE_START, "2026-09-30"),
        unconfirmed=True,
        sources=(SECTION_41_27_101_COPY, SECTION_41_27_201_COPY, SUPERSEDED_MIRROR, OHV_BOOKLET),
        notes=(
            "H.B. 441 (2024) enacts §§ 41-27-101, -201, -202 and -301 (le.utah.gov, official); the sections' "
            "wording, the effective date 2025-01-01 and the end on 2026-09-30 ('Effective 1/1/2025 · Superseded "
            "10/1/2026') come from statute mirrors. § 41-27-201(9)(a): a novel vehicle 'is subject to the "
            "provisions applicable to an off-highway vehicle under Chapter 22'; (7): a street-legal novel vehicle "
            "'is subject to the requirements described in Section 41-6a-1509'. A kei truck is probably not an "
            "off-highway vehicle (§ 41-22-2 leaves out a vehicle 'not specifically designed for recreational "
            "use', booklet copy). Answers unknown on purpose, naming the route."
            " Searched again 2026-12-01 for le.utah.gov § 41-27-201: only casetext, self-law and lexace "
            "copies and le.utah.gov's chapter 41-1a index surfaced; a second pass that day found the same "
            "copies and a mirror marking chapter 41-27 superseded on 2026-10-01."
        ),
    ),
    Rule(
        "US-UT-AFTER-2026-10",
        JURISDICTION,
        "From 2026-10-01 the registration text that superseded ch. 41-27 was not read: kei cannot say how Utah "
        "registers a kei truck",
        citation="Utah Code ch. 41-27, marked superseded 2026-10-01",
        source=SUPERSEDED_MIRROR,
        reviewed_on=REVIEWED,
        check=after_novel_vehicle,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=Period(SUPERSEDED),
        unconfirmed=True,
        notes=(
            "Two searches of le.utah.gov's 2026 bill files found no replacement text; the bills seen (H.B. 56, "
            "57, 107, 505) amend ch. 41-1a. Answers unknown on purpose."
        ),
    ),
]
