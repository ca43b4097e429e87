"""Tennessee: mini trucks as medium speed vehicles, in the order of the law.

* Tenn. Code Ann. § 55-1-125: a "medium speed vehicle" is a four-wheeled electric or
  gasoline-powered vehicle, not a golf cart, whose top speed is greater than 30 mph, "including
  neighborhood electric vehicles and mini-trucks"; it must meet or exceed the federal safety
  standards of 49 CFR 571.500, and its maximum speed allowed is 35 mph.
* 49 CFR 571.500 S5(b) (FMVSS No. 500): lamps, reflectors, mirrors, a parking brake, seat belts
  (US-TN-EQUIPMENT, things that can be fitted), and a windshield meeting FMVSS No. 205 and a VIN
  conforming to 49 CFR Part 565 (US-TN-FMVSS-500).
* Department of Revenue: a medium speed vehicle that meets the statutory requirements may be
  titled and registered, with a Medium Speed Vehicle Affidavit certifying that it complies with
  the safety standards, for use on roads with a speed limit of 40 mph or less (§ 55-8-191(b)(1)).
  A county or municipality may prohibit them on its roads (County Clerks' guidance).

**Why a stock kei truck answers ``unknown``.** FMVSS No. 500 asks for "a windshield meeting the
standards outlined in 49 CFR 571.205" and "a vehicle identification number (VIN) that conforms to
provisions outlined in 49 CFR 565" (a Tennessee police department's page quoting the standard;
eCFR was not re-read). A kei truck's glass is marked to Japanese standards and its Japanese frame
number (DD51T-123456) is not a 17-character Part 565 VIN; whether Tennessee accepts the affidavit
for such a truck, or for a state-assigned VIN, is not documented. The earlier version of this
plugin passed a truck that listed a VIN plate and a windshield: more favourable than the evidence.
kei's vocabulary has no name for an FMVSS No. 205 windshield or a Part 565 VIN, so only a maker's
FMVSS certification label shows them; any other truck is ``unknown`` until one is found.

The registration and road rule were read on the Department of Revenue's page (official); the
statute's wording only in copies (a statute mirror and the County Clerks' guidance), so the
definition and the FMVSS No. 500 items ship unconfirmed. No source dates the class; kei applies
it from April 2019, the earliest description seen.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, Vehicle, passed, unknown
from kei_us.state_kit import (
    AnyOf,
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-11-25"
REREAD = "2026-12-01"
JURISDICTION = "US-TN"

REVENUE_MSV = "http://state.tn.us/revenue/vehicle/titling/medspeedvehicle.shtml"
STATUTE_COPY = (
    "https://getpocketlaw.com/law/state_tennessee/section-55-1-125--medium-speed-vehicle-defined_b20588b45531"
)
CLERKS_GUIDANCE = "https://tnclerks.zendesk.com/hc/en-us/articles/360000358886-Low-Medium-Speed-Vehicles"
FMVSS_500 = "https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-571/subpart-B/section-571.500"
POLICE_PAGE = (
    "https://shpdnews.com/2021/05/26/summertime-lemonade-sunshine-low-medium-speed-vehicles-and-golf-carts/"
)

# No source dates the medium-speed-vehicle law; the IIHS table of April 2019 is the earliest
# seen that describes it. kei applies it from then, so that no earlier date rests on it.
IN_FORCE = Period("2019-04-01")

DEFINITION = MiniTruckDefinition(
    term="medium speed vehicle",
    top_speed=Limit.more_than("30 mph"),
    wheels=4,
    features=("it has an electric or gasoline engine, and it is not a golf cart",),
    citation="Tenn. Code Ann. § 55-1-125",
    source=STATUTE_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(CLERKS_GUIDANCE,),
    notes=(
        "Statute read in a mirror and in the County Clerks' guidance, which agree; not on an official site. "
        "Searched again 2026-12-01: the Department of Revenue's page (official) states the 40 mph roads and the "
        "affidavit but not the definition; only the clerks' guidance and mirrors gave it."
    ),
)

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "turn_signals",
        "tail_lamps",
        "stop_lamps",
        "reflex_reflectors",
        "exterior_mirror_driver",
        AnyOf("exterior_mirror_passenger", "interior_mirror"),
        "parking_brake",
        "seat_belts",
    ],
    citation="49 CFR 571.500 S5(b), required by Tenn. Code Ann. § 55-1-125",
    source=FMVSS_500,
    reviewed_on=REREAD,
    unconfirmed=True,
    sources=(STATUTE_COPY, CLERKS_GUIDANCE, POLICE_PAGE),
    notes=(
        "The FMVSS No. 500 items that can be fitted; the windshield and the VIN, which must meet FMVSS No. 205 "
        "and 49 CFR Part 565, are US-TN-FMVSS-500. Tennessee requires a medium speed vehicle to meet or exceed "
        "FMVSS No. 500; the owner certifies it in the affidavit. This is the state's classification, not "
        "federal import eligibility: NHTSA's rule that a kei truck cannot be converted into a low-speed vehicle "
        "(kei-us) concerns import."
    ),
)

CERTIFIED = frozenset({"lsv_certification_label", "fmvss_certification_label"})
"""A maker's label certifying FMVSS No. 500 (or every applicable standard): the one evidence kei's
vocabulary can carry of an FMVSS No. 205 windshield and a Part 565 VIN."""


def windshield_and_vin(vehicle: Vehicle, on: dt.date) -> Outcome:
    """49 CFR 571.500 S5(b): a windshield meeting FMVSS No. 205 and a Part 565 VIN."""
    if vehicle.documents & CERTIFIED:
        return passed(
            "Its maker certified it to the federal safety standards, which include an FMVSS No. 205 windshield "
            "and a 49 CFR Part 565 VIN (49 CFR 571.500 S5(b))."
        )
    vin = (
        " The 17-character VIN plate listed may be one a state assigned, and no text says whether Tennessee "
        "takes it as conforming to Part 565."
        if "vin_plate" in vehicle.equipment
        else ""
    )
    return unknown(
        "FMVSS No. 500, which Tennessee requires of a medium speed vehicle, asks for a windshield meeting FMVSS "
        "No. 205 and a VIN conforming to 49 CFR Part 565; a kei truck's glass is marked to Japanese standards and "
        "its Japanese frame number is not a Part 565 VIN, and no Tennessee text says whether the Medium Speed "
        f"Vehicle Affidavit may be signed for it.{vin}",
        settle=(
            "show that its windshield meets FMVSS No. 205 (the glazing's DOT marking) and that its VIN conforms "
            "to 49 CFR Part 565",
            "ask the Tennessee Department of Revenue or the county clerk whether they accept the affidavit for a "
            "kei truck with JIS glass and a frame number, or a state-assigned VIN",
        ),
    )


FMVSS_500_ITEMS = Rule(
    "US-TN-FMVSS-500",
    JURISDICTION,
    "A medium speed vehicle has a windshield meeting FMVSS No. 205 and a VIN conforming to 49 CFR Part 565 "
    "(49 CFR 571.500 S5(b))",
    citation="49 CFR 571.500 S5(b), required by Tenn. Code Ann. § 55-1-125",
    source=FMVSS_500,
    reviewed_on=REREAD,
    check=windshield_and_vin,
    in_force=IN_FORCE,
    unconfirmed=True,
    sources=(POLICE_PAGE, STATUTE_COPY, CLERKS_GUIDANCE),
    notes=(
        "The two items were read in a Tennessee police department's page quoting FMVSS No. 500 (2021-05-26, "
        "secondary): 'a windshield meeting the standards outlined in 49 CFR 571.205' and 'a vehicle "
        "identification number (VIN) that conforms to provisions outlined in 49 CFR 565'; eCFR was not re-read. "
        "kei's vocabulary names no FMVSS No. 205 windshield or Part 565 VIN, so only a maker's certification "
        "label passes; any other vehicle is unknown, never legal on a JIS windshield and a frame number."
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how="title and register it at the county clerk as a medium speed vehicle, with the Medium Speed "
    "Vehicle Affidavit certifying that it meets the safety standards",
    citation="Tennessee Department of Revenue, Medium Speed Vehicles",
    source=REVENUE_MSV,
    reviewed_on=REVIEWED,
    sources=(CLERKS_GUIDANCE,),
)

ROADS = RoadAccess(
    max_posted_mph=40,
    local_opt_out=True,
    conditions=("drive it no faster than 35 mph, the most § 55-1-125 allows a medium speed vehicle",),
    citation="Tenn. Code Ann. § 55-8-191(b)(1), as the Department of Revenue applies it",
    source=REVENUE_MSV,
    reviewed_on=REVIEWED,
    sources=(STATUTE_COPY, CLERKS_GUIDANCE),
)

RULES: list[Rule | Requirement] = [
    *state_rules(JURISDICTION, DEFINITION, EQUIPMENT, in_force=IN_FORCE),
    FMVSS_500_ITEMS,
    *state_rules(JURISDICTION, REGISTRATION, ROADS, in_force=IN_FORCE),
]
