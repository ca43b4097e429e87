"""North Carolina: S.L. 2019-34 (House Bill 179), "An act to amend the motor vehicle laws of
the State to regulate mini-trucks", in the order of the law it amends.

1. G.S. 20-4.01(27)g1: what a "mini-truck" is: designed, used or maintained primarily for the
   transportation of property, four wheels, 660 cc or less, overall length 130 in or less,
   height 78 in or less, width 60 in or less.
2. G.S. 20-87(12): its registration fee is that of a private passenger vehicle.
3. G.S. 20-121.1(1): only on streets and highways posted 55 mph or less; it may cross a faster
   road at an intersection.
4. G.S. 20-121.1(2): the equipment of a low-speed vehicle.
5. G.S. 20-121.1(3) and G.S. 20-79.4(b): registered and insured; no antique or historic plate.

The definition, the road rule, the equipment list and the fee were read in the session law on
ncleg.gov. The registration-and-insurance clause and the antique bar were read only in the UNC
School of Government's bill summary, and the effective date (signed 2019-06-21, "takes effect
immediately") only in a trade association's report: those ship unconfirmed.

**A truck over the figures is not a mini-truck.** Every 660 cc Carry from the DA52T (1999) on is
3,395 mm (133.7 in) long: by the letter of G.S. 20-4.01(27)g1 it is no mini-truck, so the
55 mph rule does not reach it, and nothing read says whether the DMV registers it as an ordinary
property-carrying vehicle, refuses it, or treats it as a mini-truck anyway. Oregon's DMV calls
such trucks mini-trucks, but that is another state's reading, not North Carolina law. Every
block below therefore speaks of mini-trucks only (:data:`ONLY_MINI_TRUCKS`): for a truck outside
the definition it answers ``unknown`` and names whom to ask, never ``not_legal`` and never
ordinary registration. The catalogue length includes the bumpers; a hitch or an aftermarket
bumper can take a 3,295 mm truck past 130 in, so give the measured overall length.
"""

from __future__ import annotations

from kei_core import Period, Requirement, Rule, RuleKind
from kei_us.state_kit import (
    AnyOf,
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    Scope,
    state_rules,
)

REVIEWED = "2026-12-01"
JURISDICTION = "US-NC"

SESSION_LAW = "https://www.ncleg.gov/EnactedLegislation/SessionLaws/HTML/2019-2020/SL2019-34.html"
BILL_SUMMARY = "https://lrs.sog.unc.edu/billsum/h-179-2019-2020"
SIGNED_PRESS = "https://agsc.org/north-carolina-mini-truck-bill-signed-into-law/"
LSV_SECTION_COPY = "http://statutes.laws-info.com/north-carolina/Chapter_20/GS_20-121_1"

# S.L. 2019-34 was signed on 2019-06-21 and "takes effect immediately" (trade-association report;
# the session law's effective-date section was not in the part read). Before it kei answers unknown.
IN_FORCE = Period("2019-06-21")
WHEN = (
    "In force from 2019-06-21: the governor signed S.L. 2019-34 that day and it 'takes effect immediately' "
    "(agsc.org report); the session law's own effective-date section was not in the part read on ncleg.gov."
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    wheels=4,
    engine=Limit.at_most("660 cc"),
    length=Limit.at_most("130 in"),
    height=Limit.at_most("78 in"),
    width=Limit.at_most("60 in"),
    features=("it is designed, used, or maintained primarily for the transportation of property",),
    citation="G.S. 20-4.01(27)g1",
    source=SESSION_LAW,
    reviewed_on=REVIEWED,
    sources=(BILL_SUMMARY, SIGNED_PRESS),
    notes=(
        "Read in S.L. 2019-34 on ncleg.gov: 'having four wheels, an engine displacement of 660cc or less, an "
        "overall length of 130 inches or less, an overall height of 78 inches or less, and an overall width "
        "of 60 inches or less'. A 3,395 mm (133.7 in) wide-body kei truck is not a mini-truck; what the DMV "
        f"does with it is not documented, so kei answers unknown for it (see ONLY_MINI_TRUCKS). {WHEN}"
    ),
)

ONLY_MINI_TRUCKS = Scope(
    what="a 'mini-truck' as G.S. 20-4.01(27)g1 defines it",
    law="G.S. 20-121.1 and the mini-truck provisions of S.L. 2019-34",
    test=DEFINITION.check,
    ask=(
        "the NCDMV Vehicle Registration Section how it titles and registers this truck: no North Carolina "
        "text read says whether it is registered as an ordinary property-carrying vehicle, refused, or "
        "treated as a mini-truck"
    ),
)
"""S.L. 2019-34 speaks of mini-trucks only: a truck outside the definition is not refused by it,
and not admitted either; for it every block answers ``unknown``."""

ROADS = RoadAccess(
    max_posted_mph=55,
    cross_at="intersection",
    citation="G.S. 20-121.1(1)",
    source=SESSION_LAW,
    reviewed_on=REVIEWED,
    notes=(
        "'A mini-truck may be operated only on streets and highways where the posted speed limit is 55 miles "
        "per hour or less.' The crossing sentence, copied from the low-speed-vehicle rule, does not prohibit "
        "crossing at an intersection a road posted more than 35 mph. No express interstate ban; interstates "
        f"posted above 55 mph are closed by the speed rule. {WHEN}"
    ),
)

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "stop_lamps",
        "turn_signals",
        "tail_lamps",
        "reflex_reflectors",
        "parking_brake",
        AnyOf("exterior_mirror_driver", "exterior_mirror_passenger", "interior_mirror"),
        "windshield",
        "windshield_wiper",
        "speedometer",
        "seat_belts",
        "vin_plate",
    ],
    citation="G.S. 20-121.1(2)",
    source=SESSION_LAW,
    reviewed_on=REVIEWED,
    sources=(LSV_SECTION_COPY, SIGNED_PRESS),
    notes=(
        "The session law's list was read up to 'speedometer,'; 'seat belts, and a vehicle identification "
        "number' end the same list in the low-speed-vehicle text it extends (statute copy) and in the "
        "agsc.org report. 'Rearview mirrors' names no side, so any rear-view mirror is taken to meet it. "
        f"{WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.REGULAR,
    how="register and insure it; the registration fee is that of a private passenger vehicle",
    citation="G.S. 20-121.1(3); G.S. 20-87(12)",
    source=SESSION_LAW,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(BILL_SUMMARY, LSV_SECTION_COPY),
    notes=(
        "The fee sentence was read in the session law: 'The fee for a low-speed vehicle or mini-truck is the "
        "same as the fee for private passenger vehicles of not more than 15 passengers.' That subdivision "
        "(3) of G.S. 20-121.1 now asks a mini-truck to be registered and insured under G.S. 20-50 and "
        f"20-309 was read only in the UNC School of Government's summary: unconfirmed. {WHEN}"
        " Re-read 2026-12-01 on ncleg.gov: the stored session law again ends in G.S. 20-121.1(2), before "
        "(3); a second pass that day (the section's own ncleg.gov page under its 2019 and later headings, "
        "S.L. 2020-40 and 2021-33, which rewrite it for modified utility vehicles, and NCDMV pages) found only "
        "the pre-2019 statute copy and UNC summaries."
    ),
)

NO_ANTIQUE_PLATE = Rule(
    "US-NC-NO-ANTIQUE-PLATE",
    JURISDICTION,
    "A mini-truck may not qualify as an antique or historic vehicle (G.S. 20-79.4(b)), whatever its age",
    citation="G.S. 20-79.4(b), as amended by S.L. 2019-34",
    source=BILL_SUMMARY,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    unconfirmed=True,
    notes=(
        "UNC School of Government summary of H 179: 'Prohibits mini-trucks from antique vehicle or historic "
        "vehicle qualification under GS 20-79.4(b).' The section itself was not in the part read; searched "
        "again 2026-12-01 for G.S. 20-79.4 on ncleg.gov: only statute copies that stop in (a2) surfaced. "
        f"{WHEN}"
    ),
)

RULES: list[Rule | Requirement] = [
    *state_rules(
        JURISDICTION, DEFINITION, REGISTRATION, ROADS, EQUIPMENT, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS
    ),
    NO_ANTIQUE_PLATE,
]
