"""Louisiana: La. R.S. 32:299.2 "Off-road vehicles; mini-trucks" (Act No. 563 of 2010, HB 140).

Declared in the order of the section: (A) where a mini-truck may be driven, (B) what it must be
equipped with, (C) how it is registered, (D) a licensed driver and (E) liability insurance, and
(F) what a mini-truck is.

The text of (A) to (E) and the opening words of (F) were read in two copies that agree word for
word: a statute mirror and the enrolled Act No. 563 on a bill tracker. The page on
legis.la.gov was not retrieved, so every rule ships unconfirmed: a verdict is at best
conditional and says so.
"""

from __future__ import annotations

from kei_core import Rule
from kei_us.state_kit import (
    AnyOf,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-11-25"
ENROLLED_ACT = "https://app.legiplex.com/la/legislature/2010/2010-r/bills/hb140/drafts-latest"
STATUTE_COPY = "https://self-law.org/code/la/title-32/32-733"
OMV_POLICY_82 = (
    "http://web01.dps.louisiana.gov/omv1.nsf/58c968bd569b099986256cdc000806eb/"
    "03202ccce0645d81862564c700517e42?OpenDocument"
)
WHY_UNCONFIRMED = (
    "Read in the enrolled Act No. 563 of 2010 (bill-tracker copy) and a statute mirror, which agree; "
    "the official legis.la.gov page for R.S. 32:299.2 was not retrieved, and no later amendment was "
    "found (absence of evidence only)."
)

ROADS = RoadAccess(
    max_posted_mph=55,
    interstate=False,
    controlled_access=False,
    multilane_divided=False,
    conditions=(
        "a licensed driver",
        "liability insurance with the minimum limits of R.S. 32:900(B)",
    ),
    citation="La. R.S. 32:299.2(A), (D), (E)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY,),
    notes=WHY_UNCONFIRMED,
)

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "turn_signals",
        "tail_lamps",
        "stop_lamps",
        "exterior_mirror_driver",
        AnyOf("exterior_mirror_passenger", "interior_mirror"),
        "parking_brake",
        "windshield_wiper",
        "speedometer",
        "odometer",
        "service_brakes",
        "seat_belts",
        "vin_plate",
    ],
    citation="La. R.S. 32:299.2(B)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY,),
    notes=(
        f"{WHY_UNCONFIRMED} 'Braking for each wheel' is read as service_brakes, 'a seat belt assembly "
        "installed at each designated seating position' as seat_belts, and 'a vehicle identification "
        "number' as vin_plate."
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how="register it with the Office of Motor Vehicles as an off-road vehicle and display the OMV decal",
    conditions=("a notarized translation of a foreign-language title, at your expense, if OMV asks for one",),
    citation="La. R.S. 32:299.2(C)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY, OMV_POLICY_82),
    notes=(
        f"{WHY_UNCONFIRMED} OMV Policy 82.00 (revised 2014-03-21) says off-road vehicles get a title only "
        "and no license plate; it does not name mini-trucks, so 'title and decal, no plate' is an inference "
        "kei does not make."
    ),
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    wheels=4,
    features=("a reduced dimension truck body",),
    citation="La. R.S. 32:299.2(F)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY,),
    notes=(
        "Only the opening words of (F) were read: \"'mini-truck' shall mean any four-wheeled, reduced "
        'dimension truck that may no[t] ..."; a tracker paraphrases the rest as a truck that may not have '
        "an NHTSA classification. No engine, size, weight or speed figure was seen, so kei checks none."
    ),
)

RULES: list[Rule] = state_rules("US-LA", ROADS, EQUIPMENT, REGISTRATION, DEFINITION)
