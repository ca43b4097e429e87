"""Tennessee: mini trucks as medium speed vehicles, in the order of the law.

* Tenn. Code Ann. § 55-1-125: a "medium speed vehicle" is a four-wheeled electric or
  gasoline-powered vehicle, not a golf cart, whose top speed is greater than 30 mph, "including
  neighborhood electric vehicles and mini-trucks"; it must meet or exceed the federal safety
  standards of 49 CFR 571.500, and its maximum speed allowed is 35 mph.
* 49 CFR 571.500 S5(b) (FMVSS No. 500): the equipment that standard demands.
* Department of Revenue: a medium speed vehicle that meets the statutory requirements may be
  titled and registered, with a Medium Speed Vehicle Affidavit certifying that it complies with
  the safety standards, for use on roads with a speed limit of 40 mph or less (§ 55-8-191(b)(1)).
  A county or municipality may prohibit them on its roads (County Clerks' guidance).

The registration and road rule were read on the Department of Revenue's page (official); the
statute's wording only in copies (a statute mirror and the County Clerks' guidance), so the
definition and the equipment list ship unconfirmed.
"""

from __future__ import annotations

from kei_core import Period, Rule
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

REVENUE_MSV = "http://state.tn.us/revenue/vehicle/titling/medspeedvehicle.shtml"
STATUTE_COPY = (
    "https://getpocketlaw.com/law/state_tennessee/section-55-1-125--medium-speed-vehicle-defined_b20588b45531"
)
CLERKS_GUIDANCE = "https://tnclerks.zendesk.com/hc/en-us/articles/360000358886-Low-Medium-Speed-Vehicles"
FMVSS_500 = "https://www.ecfr.gov/current/title-49/subtitle-B/chapter-V/part-571/subpart-B/section-571.500"

# No source dates the medium-speed-vehicle law; the IIHS table of April 2019 is the earliest
# seen that describes it. kei applies it from then, so that no earlier date rests on it.
IN_FORCE = Period("2019-04-01")

DEFINITION = MiniTruckDefinition(
    term="medium speed vehicle",
    top_speed=Limit.more_than("30 mph"),
    wheels=4,
    features=("an electric or gasoline engine, and it is not a golf cart",),
    citation="Tenn. Code Ann. § 55-1-125",
    source=STATUTE_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(CLERKS_GUIDANCE,),
    notes="Statute read in a mirror and in the County Clerks' guidance, which agree; not on an official site.",
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
        "windshield",
        "vin_plate",
        "seat_belts",
    ],
    citation="49 CFR 571.500 S5(b), required by Tenn. Code Ann. § 55-1-125",
    source=FMVSS_500,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATUTE_COPY, CLERKS_GUIDANCE),
    notes=(
        "Tennessee requires a medium speed vehicle to meet or exceed FMVSS No. 500; the owner certifies "
        "it in the affidavit. This is the state's classification, not federal import eligibility: "
        "NHTSA's rule that a kei truck cannot be converted into a low-speed vehicle (kei-us) concerns import."
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

RULES: list[Rule] = state_rules("US-TN", DEFINITION, EQUIPMENT, REGISTRATION, ROADS, in_force=IN_FORCE)
