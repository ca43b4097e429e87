"""Louisiana: La. R.S. 32:299.2 "Off-road vehicles; mini-trucks" (Act No. 563 of 2010, HB 140).

Declared in the order of the section: (A) where a mini-truck may be driven, (B) what it must be
equipped with, (C) how it is registered, (D) a licensed driver and (E) liability insurance, and
(F) what a mini-truck is.

The text of (A) to (E) and the opening words of (F) were read in two copies that agree word for
word: a statute mirror and the enrolled Act No. 563 on a bill tracker. The page on
legis.la.gov was not retrieved, so every rule ships unconfirmed: a verdict is at best
conditional and says so.

The section applies from 15 August 2010. Act No. 563 sets no effective date of its own (its
title, which in Louisiana names one when an act sets it, does not), so it took effect on the
day La. Const. art. III, § 19 then gave regular-session acts: 15 August of the session's year
(the constitution's "August first" dates from Acts 2009, No. 537, effective 1 January 2012).
Before that day R.S. 32:297.1 governed mini-vehicles, which had to meet "all applicable federal
and state safety and emissions standards"; kei does not encode it, so earlier dates answer
``unknown``.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    AnyOf,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-12-01"
CONSTITUTION_ART_3_SEC_19 = "https://legis.la.gov/Legis/Law.aspx?d=206415"

ACT_563_TAKES_EFFECT = "2010-08-15"
IN_FORCE = Period(ACT_563_TAKES_EFFECT)
ENROLLED_ACT = "https://app.legiplex.com/la/legislature/2010/2010-r/bills/hb140/drafts-latest"
STATUTE_COPY = "https://self-law.org/code/la/title-32/32-733"
OMV_POLICY_82 = (
    "http://web01.dps.louisiana.gov/omv1.nsf/58c968bd569b099986256cdc000806eb/"
    "03202ccce0645d81862564c700517e42?OpenDocument"
)
WHY_UNCONFIRMED = (
    "Read in the enrolled Act No. 563 of 2010 (bill-tracker copy) and a statute mirror, which agree; "
    "the official legis.la.gov page for R.S. 32:299.2 was not retrieved (searched again 2026-12-01, twice: "
    "only the mirror, the tracker, legis.la.gov's title 32 index and other sections' pages surfaced), and "
    "no later amendment was found (absence of evidence only). In force from 2010-08-15: the act's title "
    "names no effective date, so La. Const. art. III, § 19 as it stood in 2010 applies: regular-session "
    "acts took effect on 15 August of the session's year (the text on legis.la.gov now reads 'August "
    "first', as amended by Acts 2009, No. 537, effective 2012-01-01; the 2010 wording itself was not "
    "read). Page 3 of the enrolled act was not read in full. Before 2010-08-15, R.S. 32:297.1 "
    "(repealed by the act) required mini-vehicles to meet all federal and state safety and emissions "
    "standards; kei does not encode it and answers unknown."
)

ROADS = RoadAccess(
    max_posted_mph=55,
    closed={"interstate", "controlled_access", "multilane_divided"},
    conditions=(
        "its driver holds a valid driver's license",
        "it is insured for liability to at least the minimum limits of R.S. 32:900(B)",
    ),
    citation="La. R.S. 32:299.2(A), (D), (E)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY, CONSTITUTION_ART_3_SEC_19),
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
    sources=(STATUTE_COPY, CONSTITUTION_ART_3_SEC_19),
    notes=(
        f"{WHY_UNCONFIRMED} 'Braking for each wheel' is read as service_brakes, 'a seat belt assembly "
        "installed at each designated seating position' as seat_belts, and 'a vehicle identification "
        "number' as vin_plate."
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how="register it with the Office of Motor Vehicles as an off-road vehicle and display the OMV decal",
    conditions=("if OMV asks, give it a notarized translation of a foreign-language title, at your expense",),
    citation="La. R.S. 32:299.2(C)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY, OMV_POLICY_82, CONSTITUTION_ART_3_SEC_19),
    notes=(
        f"{WHY_UNCONFIRMED} OMV Policy 82.00 (revised 2014-03-21) says off-road vehicles get a title only "
        "and no license plate; it does not name mini-trucks, so 'title and decal, no plate' is an inference "
        "kei does not make."
    ),
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    wheels=4,
    features=("it is a reduced dimension truck",),
    citation="La. R.S. 32:299.2(F)",
    source=ENROLLED_ACT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY, CONSTITUTION_ART_3_SEC_19),
    notes=(
        "Only the opening words of (F) were read: \"'mini-truck' shall mean any four-wheeled, reduced "
        'dimension truck that may no[t] ..."; a tracker paraphrases the rest as a truck that may not have '
        "an NHTSA classification. No engine, size, weight or speed figure was seen, so kei checks none. "
        f"{WHY_UNCONFIRMED}"
        " Searched again 2026-12-01 for legis.la.gov R.S. 32:299.2: only the statute mirror and the "
        "tracker's enrolled Act 563 surfaced."
    ),
)

RULES: list[Rule] = state_rules("US-LA", ROADS, EQUIPMENT, REGISTRATION, DEFINITION, in_force=IN_FORCE)
