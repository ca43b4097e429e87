"""Oklahoma: the mini-truck, in the order of the Oklahoma Tax Commission's "Unconventional
Vehicles" page.

1. What a mini-truck is ("Mini-Truck - (Law effective November 1, 2008)"): a foreign-manufactured
   import or domestic vehicle with an internal combustion engine of 1,000 cc or less, 67 in wide
   or less, an unladen dry weight of 3,400 lb or less, on four or more tires, with "a top speed of
   approximately fifty-five (55) miles per hour", a bed or compartment for hauling and an
   enclosed passenger cab.
2. Its title and registration as a mini-truck: SB 1998 (2008) "would make mini-trucks
   street-legal" (press); the page's registration paragraph was not read.
3. Where it may go: the posted limits, and not on interstates (a 2008 blog; not in a statute read).

The definition was read on the Tax Commission's page (official, undated, from before motor
vehicle services moved to Service Oklahoma in 2022); the statute section behind it was not found.
Registration and roads rest on press and a blog, and ship unconfirmed.

**"Approximately 55 mph."** As in Nebraska, whose words these are: 55 mph or less fits; a faster
truck is ``unknown``, never ``not_legal``, because the definition sets no tolerance.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Limit, Outcome, Period, Requirement, Rule, Vehicle
from kei_us.state_kit import (
    Fact,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    WeightBasis,
    approximate_top_speed,
    state_rules,
)

REVIEWED = "2026-12-01"
JURISDICTION = "US-OK"

OTC_UNCONVENTIONAL = "http://www.tax.ok.gov/unconventional.html"
SB1998_PRESS = (
    "http://www.questia.com/newspaper/1P2-15578549/oklahoma-lawmaker-wants-to-make-mini-trucks-street-legal"
)
ROADS_BLOG = "http://steveharrelson.blogspot.com/2008/09/mini-trucks-on-arkansas-roads.html"
TITLE_47_INDEX = "https://legalfix.com/statutes/state-codes/oklahoma/title-47"

# The Tax Commission's page heads the definition "Mini-Truck - (Law effective November 1, 2008)".
IN_FORCE = Period("2008-11-01")
WHEN = (
    "In force from 2008-11-01, the date the Tax Commission's page gives ('Law effective November 1, 2008')."
)

APPROXIMATELY_55 = Limit.at_most("55 mph")
"""The speed kei is sure is "approximately fifty-five (55) miles per hour": 55 mph or less."""

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    engine=Limit.at_most("1,000 cc"),
    width=Limit.at_most("67 in"),
    weight=Limit.at_most("3,400 lb"),
    weight_basis=WeightBasis.DRY,
    wheels=4,
    wheels_at_least=True,
    features=(
        "it is equipped with a bed or compartment for hauling",
        "it has an enclosed passenger cab",
    ),
    citation="Oklahoma Tax Commission, Unconventional Vehicles: Mini-Truck",
    source=OTC_UNCONVENTIONAL,
    reviewed_on=REVIEWED,
    sources=(TITLE_47_INDEX,),
    notes=(
        "Read on the Tax Commission's page (official): '... powered by an internal combustion engine with a "
        "piston or rotor displacement of one thousand cubic centimeters (1000 cu cm) or less, which is "
        "sixty-seven (67) inches or less in width, with an unladen dry weight of three thousand four hundred "
        "(3400) pounds or less ...'. The page is undated and older than Service Oklahoma (2022); the statute "
        "section behind it was not found (47 O.S. ch. 1 index, § 1102 excerpts). An electric truck is not a "
        "mini-truck. 'Approximately 55 mph' is checked in mini_truck(): 55 mph or less fits; faster is "
        f"unknown, not a failure. {WHEN}"
    ),
)


def top_speed(vehicle: Vehicle) -> Fact:
    """The top speed, "approximately fifty-five (55) miles per hour": at most 55 mph fits; above
    it the definition's "approximately" leaves the answer open."""
    return approximate_top_speed(
        vehicle,
        APPROXIMATELY_55,
        law="the definition",
        words="approximately fifty-five (55) miles per hour",
        ask="ask Service Oklahoma whether a truck this fast is titled as a mini-truck",
    )


def mini_truck(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The Tax Commission's definition: its figures and features, and the approximate top speed."""
    return DEFINITION.outcome((*DEFINITION.facts(vehicle), top_speed(vehicle)))


REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how="title and register it as a mini-truck with Service Oklahoma",
    citation="SB 1998 (2008), as reported; Oklahoma Tax Commission, Unconventional Vehicles",
    source=SB1998_PRESS,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(OTC_UNCONVENTIONAL,),
    notes=(
        "Press (2008): SB 1998 'would make mini-trucks street-legal in Oklahoma'; the enacted text was not "
        "found. The Tax Commission's page sends owners elsewhere 'For titling and registration information' "
        "(the rest was not read). Motor vehicle services moved from the Tax Commission to Service Oklahoma "
        "in 2022 (a rules copy, not read officially). Searched 2026-12-01: Service Oklahoma's own title page "
        "(oklahoma.gov, read) lists the vehicles that need a title (on-road motor vehicles, ATVs, utility "
        "vehicles, off-road motorcycles, medium-speed electrical vehicles and others) with no mini-truck line; "
        f"SB 1998's enacted text was not found. {WHEN}"
    ),
)

ROADS = RoadAccess(
    closed={"interstate"},
    citation="Oklahoma mini-truck law (2008), as a 2008 blog reports it",
    source=ROADS_BLOG,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "A 2008 Arkansas blog says Oklahoma's law 'does not impose a speed restriction (other than the posted "
        "speed limit)' and bars interstates; not seen in a statute (searched 2026-12-01: only title 47 "
        f"indexes and copies with no mini-truck section surfaced). {WHEN}"
    ),
)

RULES: list[Rule | Requirement] = [
    Rule(
        "US-OK-DEFINITION",
        JURISDICTION,
        DEFINITION.statement().removesuffix(".") + "; a top speed of approximately 55 mph.",
        check=mini_truck,
        in_force=IN_FORCE,
        citation=DEFINITION.citation,
        source=DEFINITION.source,
        reviewed_on=DEFINITION.reviewed_on,
        sources=DEFINITION.sources,
        notes=DEFINITION.notes,
    ),
    *state_rules(JURISDICTION, REGISTRATION, ROADS, in_force=IN_FORCE),
]
