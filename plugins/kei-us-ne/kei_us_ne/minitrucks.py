"""Nebraska: the minitruck, in the order of the DMV's Minitruck page.

1. What a minitruck is (Neb. Rev. Stat. § 60-121.01, as the DMV's page sets it out): a
   foreign-manufactured import or domestic vehicle with an internal combustion engine of
   1,500 cc or less, 67 in wide or less, a dry weight of 4,200 lb or less, on four or more
   tires, with "a top speed of approximately fifty-five (55) miles per hour", a bed or hauling
   compartment, an enclosed passenger cab (solid roof and doors on hinges, fixed windows; cloth
   and canvas are not solid), headlights, taillights, turn signals, windshield wipers, a rearview
   mirror, an occupant protection system, and a four-speed, five-speed or automatic transmission.
2. Its title: from the county treasurer, within 30 days of purchase (the DMV's page); its
   registration: one license plate (§ 60-3,100).
3. Where it may go: no road limit specific to minitrucks was found; kei says so and invents none.

**"Approximately 55 mph."** The statute sets no tolerance. kei counts a top speed of 55 mph or
less as within it, and for a faster truck (most kei trucks reach 60 to 75 mph) answers
``unknown``, never ``not_legal``: how far above 55 "approximately" reaches is the DMV's reading,
and none was found.

The DMV's page was read on dmv.nebraska.gov and § 60-3,100 on nebraskalegislature.gov (both
official); § 60-121.01 itself was not found in a stored copy. The page sets apart minitrucks
"purchased before January 1, 2011", the earliest date any source gives for the class; kei
applies it from then and answers ``unknown`` before.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Limit, Outcome, Period, Requirement, Rule, RuleKind, Vehicle
from kei_us.state_kit import (
    AnyOf,
    Fact,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    WeightBasis,
    approximate_top_speed,
    state_rules,
)

REVIEWED = "2026-12-01"
JURISDICTION = "US-NE"

DMV_MINITRUCK = "https://dmv.nebraska.gov/dvr/title/minitruck"
SECTION_60_3_100 = "https://nebraskalegislature.gov/laws/statutes.php?statute=60-3,100&print=true"
TREASURERS_MANUAL = "https://docslib.org/doc/844869/registration-manual-issued-by-nebraska-game-and-parks"
UTV_DEFINITION = "https://nebraskalegislature.gov/laws/statutes.php?statute=60-135.01&print=true"

# The DMV's page treats minitrucks "purchased before January 1, 2011" apart: the earliest date a
# source gives for the class (its act, possibly LB 650 of 2010, was not confirmed).
IN_FORCE = Period("2011-01-01")
WHEN = (
    "In force from 2011-01-01: the DMV's page sets apart minitrucks 'purchased before January 1, 2011', the "
    "earliest date any source gives; the act that created the class was not found. Before it kei answers "
    "unknown."
)

APPROXIMATELY_55 = Limit.at_most("55 mph")
"""The speed kei is sure is "approximately fifty-five (55) miles per hour": 55 mph or less."""

DEFINITION = MiniTruckDefinition(
    term="minitruck",
    engine=Limit.at_most("1,500 cc"),
    width=Limit.at_most("67 in"),
    weight=Limit.at_most("4,200 lb"),
    weight_basis=WeightBasis.DRY,
    wheels=4,
    wheels_at_least=True,
    features=(
        "it is equipped with a bed or compartment for hauling",
        "its passenger cab is fully enclosed, with a roof and doors of solid material (not cloth or canvas), "
        "doors on hinges and permanently affixed windows",
        "it has a four-speed, five-speed, or automatic transmission",
    ),
    citation="Neb. Rev. Stat. § 60-121.01",
    source=DMV_MINITRUCK,
    reviewed_on=REVIEWED,
    sources=(UTV_DEFINITION,),
    notes=(
        "Read on the Nebraska DMV's Minitruck page (official), which sets out § 60-121.01 item by item; the statute's own page was "
        "not found. The engine must be an internal combustion engine, so an electric truck is not a minitruck. "
        "'Approximately 55 mph' is checked in minitruck(): 55 mph or less fits; faster is unknown, not a "
        "failure, because the statute sets no tolerance. A kei truck on highway tires is no utility-type "
        f"vehicle (§ 60-135.01: nonhighway tires). {WHEN}"
    ),
)


def top_speed(vehicle: Vehicle) -> Fact:
    """The top speed, "approximately fifty-five (55) miles per hour": at most 55 mph fits; above
    it the statute's "approximately" leaves the answer open."""
    return approximate_top_speed(
        vehicle,
        APPROXIMATELY_55,
        law="§ 60-121.01",
        words="approximately fifty-five (55) miles per hour",
        ask="ask the Nebraska DMV or the county treasurer whether a truck this fast is titled as a minitruck",
    )


def minitruck(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 60-121.01: the DMV's figures and features, and the approximate top speed."""
    return DEFINITION.outcome((*DEFINITION.facts(vehicle), top_speed(vehicle)))


EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "tail_lamps",
        "turn_signals",
        "windshield_wiper",
        AnyOf("exterior_mirror_driver", "exterior_mirror_passenger", "interior_mirror"),
        "seat_belts",
    ],
    citation="Neb. Rev. Stat. § 60-121.01",
    source=DMV_MINITRUCK,
    reviewed_on=REVIEWED,
    notes=(
        "The definition's item 8: headlights, taillights, turn signals, windshield wipers, 'a rearview mirror' "
        f"(any one) and 'an occupant protection system' (read as seat belts). {WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how=(
        "apply to the county treasurer for its certificate of title within 30 days of purchase, and register it "
        "as a minitruck, which gets one license plate"
    ),
    citation="Nebraska DMV, Minitruck; Neb. Rev. Stat. § 60-3,100",
    source=DMV_MINITRUCK,
    reviewed_on=REVIEWED,
    sources=(SECTION_60_3_100, TREASURERS_MANUAL),
    notes=(
        "§ 60-3,100 (official, current copy undated): 'One license plate shall be issued for ... minitrucks', "
        "whose letters and numerals may be half size. The County Treasurer's Registration Manual has a "
        f"'Minitrucks' section (2-57; a copy, body not read). {WHEN}"
    ),
)

ROADS = Rule(
    "US-NE-ROADS",
    JURISDICTION,
    "No road limit specific to minitrucks was found in Nebraska law: kei names none and invents none",
    citation="Neb. Rev. Stat. ch. 60 (searched for minitruck road rules; none found)",
    source=SECTION_60_3_100,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    unconfirmed=True,
    notes=(
        "Searches of nebraskalegislature.gov for minitruck road, speed or interstate rules found only § 60-3,100 "
        "(plates) and § 60-6,348 (minibikes). The ATV and UTV rules (§ 60-6,356) do not apply to a minitruck. "
        f"An absence of evidence, reported and never folded. {WHEN}"
    ),
)

RULES: list[Rule | Requirement] = [
    Rule(
        "US-NE-DEFINITION",
        JURISDICTION,
        DEFINITION.statement().removesuffix(".") + "; a top speed of approximately 55 mph.",
        check=minitruck,
        in_force=IN_FORCE,
        citation=DEFINITION.citation,
        source=DEFINITION.source,
        reviewed_on=DEFINITION.reviewed_on,
        sources=DEFINITION.sources,
        notes=DEFINITION.notes,
    ),
    *state_rules(JURISDICTION, EQUIPMENT, REGISTRATION, in_force=IN_FORCE),
    ROADS,
]
