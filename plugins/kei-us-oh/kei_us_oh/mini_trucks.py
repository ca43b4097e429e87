"""Ohio: mini-trucks under SB 114 (129th General Assembly), in force from 1 January 2017.

In the order of the law:

* ORC 4501.01: what a mini-truck is (the bill's words; the enacted paragraph was not read).
* ORC 4519.401(A): "Except as provided in this section and section 4511.215 of the Revised Code,
  no person shall operate a mini-truck within this state." (official text, codes.ohio.gov).
* ORC 4519.401(B): farm use, and on public roads only from one farm field to another;
  (C): on a mini-truck dealer's property (not a road use).
* ORC 4511.215: a city, village or township may authorize mini-trucks on its streets by
  ordinance: the local option, requirement ``US-OH-LOCAL-ORDINANCE``. Asked about Ohio alone
  kei cannot know the ordinance, so the answer is ``unknown`` and says what to ask; a local
  plugin meets the requirement with its own pathway, applied within its city only
  (``LocalOrdinance(option=LOCAL_ORDINANCE, locality="US-OH-...")``).
* OAC 4501-30-02: the equipment local law enforcement inspects, and the inspection's evidence
  needed to register the truck for road use.

HB 54 (136th General Assembly) gave 4519.401 a new version from 30 June 2025 that changes only
its penalty cross-reference (official text), so one period covers both versions. Before 1 January
2017 kei has no Ohio rule and answers ``unknown``: the Legislative Service Commission's 2010
analysis says mini-trucks then "cannot be operated on the public roads of this state", but an
analysis of a bill is not the law, and kei does not encode it.
"""

from __future__ import annotations

from kei_core import Period, Requirement, Rule, RuleKind
from kei_us.state_kit import (
    AnyOf,
    Limit,
    LocalOption,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-12-01"
ORC_4519_401 = "https://codes.ohio.gov/ohio-revised-code/section-4519.401/6-30-2025"
ORC_4519_401_COPY = (
    "https://casetext.com/statute/ohio-revised-code/title-45-motor-vehicles-aeronautics-watercraft/"
    "chapter-4519-special-vehicles/section-4519401-operation-of-a-mini-truck"
)
OAC_4501_30 = "http://codes.ohio.gov/oac/4501-30"
OAC_4501_30_02_COPY = "http://ohrules.elaws.us/oac/4501-30-02"
LSC_HB_524 = "http://archives.legislature.state.oh.us/lsc/analyses128/h0524-i-128.htm"
SB_114_INTRODUCED = "http://archives.legislature.state.oh.us/BillText129/129_SB_114_I_Y.html"
UPPER_SANDUSKY = "https://codelibrary.amlegal.com/codes/uppersandusky/latest/uppersandusky_oh/0-0-0-16491"
PRESS_2025 = "https://wowo.com/ohios-slow-moving-vehicle-law-update/"

SB_114_TAKES_EFFECT = "2017-01-01"
IN_FORCE = Period(SB_114_TAKES_EFFECT)
WHEN = (
    "ORC 4519.401 was added by SB 114 (129th GA), effective 2017-01-01 (codes.ohio.gov lists that version "
    "and the HB 54 version effective 2025-06-30, which only changes the penalty reference from division (D) "
    "to division (E) of 4511.214). Before 2017-01-01 kei answers unknown."
)

# -- ORC 4501.01: what a mini-truck is -------------------------------------------------------

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    wheels=4,
    engine=Limit.at_most("660 cc"),
    electric_power=Limit.at_most("7,500 W"),
    features=(
        "it has an enclosed cabin",
        "it looks like a pickup truck or van, with a cargo area or bed",
    ),
    not_fmvss_certified=True,
    citation="ORC 4501.01 (mini-truck)",
    source=LSC_HB_524,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SB_114_INTRODUCED, OAC_4501_30),
    notes=(
        "The enacted wording of the 4501.01 paragraph was not read (three searches, 2026-12-01); the figures "
        "are those of HB 524 (128th GA) as the Legislative Service Commission analysed it (official archive): "
        "four wheels, an engine of 660 cc or less or an electric motor of 7,500 W or less, an enclosed "
        "cabin, the look of a pickup or van, 'not originally manufactured to meet federal motor vehicle safety "
        "standards'. The bill's dry-weight window of 900 to 2,200 lb is not encoded: OAC 4501-30-01(C) "
        "(official) speaks of a mini truck 'that has a total dry weight of more than two thousand two hundred "
        f"pounds', so the enacted definition cannot cap it there. {WHEN}"
        " Searched again 2026-12-01 (two searches) for ORC 4501.01 on codes.ohio.gov: only city codes "
        "quoting the definition surfaced (Napoleon's 301.187, 2019: four wheels, 7,500 W or 660 cc, 'a "
        "total dry weight of nine hundred to two thousand two hundred pounds', enclosed cabin, pickup or "
        "van shape, not built to FMVSS), a secondary copy that agrees with the LSC analysis, as does the Athens County Sheriff's inspection page (a county agency quoting ORC 4501, cut off before the FMVSS clause in the copy stored); the weight "
        "window stays unencoded for the reason above. A second pass that day (the pages and docs corpora: "
        "codes.ohio.gov 4501.01, the enacted SB 114 text on the legislature's archive) found only the introduced "
        "128th GA SB 282 (tracker copy) and OAC 4501-30 again."
    ),
)

ONLY_MINI_TRUCKS = DEFINITION.scope(
    ask="the Ohio Bureau of Motor Vehicles how it titles and registers this vehicle",
    law="ORC 4519.401",
)
"""ORC 4519.401 speaks of mini-trucks: for any other vehicle Ohio's rules here answer ``unknown``."""

# -- ORC 4519.401(A) and 4511.215: only where a local ordinance allows it --------------------

LOCAL_ORDINANCE = LocalOption(
    id="US-OH-LOCAL-ORDINANCE",
    who="a city, village or township",
    ask=(
        "the city, village or township whether an ordinance under ORC 4511.215 authorizes mini-trucks on its "
        "streets, and on which"
    ),
    citation="ORC 4519.401(A); ORC 4511.215",
    source=ORC_4519_401,
    source_as_of="2025-06-30",
    reviewed_on=REVIEWED,
    sources=(ORC_4519_401_COPY, UPPER_SANDUSKY, PRESS_2025),
    notes=(
        "4519.401(A) (official) bars mini-trucks anywhere in Ohio except as that section and 4511.215 provide; "
        "4511.215 itself was read only as a city ordinance copies it (Upper Sandusky) and as the press "
        "reports the 2025 changes ('unless a local city, village, or township explicitly passes an ordinance'). "
        "A local plugin meets this requirement within its locality: LocalOrdinance(option=LOCAL_ORDINANCE, "
        f"locality='US-OH-...'). {WHEN}"
    ),
)

FARM_USE = Rule(
    "US-OH-FARM",
    "US-OH",
    "Without an ordinance, a mini-truck may be operated on a farm for agricultural purposes when the farm's "
    "owner qualifies for the current agricultural use valuation, and on public roads only from one farm "
    "field to another (ORC 4519.401(B)); and on a mini-truck dealer's property (4519.401(C))",
    citation="ORC 4519.401(B), (C)",
    source=ORC_4519_401,
    source_as_of="2025-06-30",
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    sources=(ORC_4519_401_COPY,),
    notes=(
        "Reported, not folded: the farm exception applies wherever no ordinance does, and kei cannot apply a "
        "state route only outside the cities that have one (a city's ordinance is a better route there, with "
        f"other limits). {WHEN}"
    ),
)

# -- OAC 4501-30: the equipment inspected, and registration ---------------------------------

ROADS = RoadAccess(
    max_posted_mph=35,
    citation="ORC 4511.215",
    source=UPPER_SANDUSKY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(PRESS_2025,),
    notes=(
        "An ordinance may authorize mini-trucks only on streets posted 35 mph or less: read in a city "
        "ordinance that copies 4511.215 (Upper Sandusky) and in press on the 2025 changes; the statute's "
        f"own words were not read. {WHEN}"
        " Searched again 2026-12-01 for codes.ohio.gov section 4511.215: only city ordinances and "
        "4519.401 surfaced; a second pass that day (its heading and its 35 mph, inspection and Chapter 4503 "
        "words as queries) found only the same, press on HB 54 and city codes."
    ),
)

EQUIPMENT = RequiredEquipment(
    [
        "service_brakes",
        "stop_lamps",
        "headlamps",
        "tail_lamps",
        "turn_signals",
        "windshield",
        AnyOf("interior_mirror", "exterior_mirror_driver", "exterior_mirror_passenger"),
    ],
    citation="OAC 4501-30-02(A)",
    source=OAC_4501_30,
    reviewed_on=REVIEWED,
    sources=(OAC_4501_30_02_COPY,),
    notes=(
        "(A)(1)-(6): adequate brakes; brake lights, headlights, tail lights and turn signals; steering; a "
        "windshield; a rear-view mirror; sound tires. Steering and tires have no name in kei's vocabulary and "
        f"are part of the inspection condition of US-OH-REGISTRATION. {WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.REGULAR,
    how="have local law enforcement inspect it, then title it and register it for road use",
    conditions=(
        "show the evidence of the approved inspection when registering it; the inspection covers its brakes, "
        "lights, turn signals, steering, windshield, mirror and tires",
    ),
    citation="ORC 4511.215; OAC 4501-30-02(C)",
    source=OAC_4501_30,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(OAC_4501_30_02_COPY, UPPER_SANDUSKY),
    notes=(
        "OAC 4501-30-02(C) (inspection evidence 'prior to registering the vehicle for road use', version "
        "effective 2020-03-01) was read in a copy; the official page's excerpt ended at (B). Title and "
        "registration under ORC ch. 4503 are read in a city ordinance copying 4511.215. A truck over 2,200 lb "
        f"dry is inspected under ORC 4513.02 (OAC 4501-30-01(C), official). {WHEN}"
        " Searched again 2026-12-01 for codes.ohio.gov section 4511.215: only city ordinances and "
        "4519.401 surfaced; a second pass that day (its heading and its 35 mph, inspection and Chapter 4503 "
        "words as queries) found only the same, press on HB 54 and city codes."
    ),
)

RULES: list[Rule | Requirement] = [
    *state_rules("US-OH", DEFINITION, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS),
    *LOCAL_ORDINANCE.rules("US-OH", in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS),
    FARM_USE,
    *state_rules("US-OH", ROADS, EQUIPMENT, REGISTRATION, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS),
]
