"""Pennsylvania: PennDOT's mini trucks, in the order of its Mini Trucks FAQ.

1. What is a mini truck? A motor vehicle meeting the Japanese "Kei Jidosha" classification,
   used or maintained primarily for transporting property, with four wheels, an engine of
   660 cc or less, overall length 130 in or less, height 78 in or less and width 60 in or less.
   (Read on pa.gov: confirmed, but PennDOT's definition, not a statute: ``policy``.)
4. How can I register it? An off-road title, a farm vehicle registration or an antique plate;
   registrations issued earlier were kept (grandfathered). Known from press quoting the FAQ
   and a transcript: unconfirmed.

The antique plate needs an "antique motor vehicle" (75 Pa.C.S. § 102): manufactured more than
25 years before the current year and kept to the maker's specifications. Counted in calendar
years, that is ``AgeThreshold(26, YEAR)``: in 2026 a truck built in 2000 qualifies, one built in
2001 from 1 January 2027. Its use is limited to club activities, exhibits, tours, parades and
occasional transportation (§ 1340(b)).

HB 1205 (2025), which would treat mini trucks as passenger cars, was in committee when read.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Check,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    failed,
    unknown,
)
from kei_jp import kei_class_test
from kei_us.state_kit import Limit, MiniTruckDefinition, state_rules

REVIEWED = "2026-12-01"
JURISDICTION = "US-PA"
REGISTRATION = "US-PA-REGISTRATION"

FAQ = "https://pa.gov/en/agencies/dmv/faqs/motor-vehicle-faqs/mini-trucks-faqs.html"
FAQ_Q4_PRESS = "https://www.altoonamirror.com/uncategorized/2025/04/mini-trucks-may-get-states-green-light"
FAQ_Q4_TRANSCRIPT = (
    "https://theexpertpodcast.transistor.fm/episodes/is-it-legal-to-title-a-kei-mini-truck-exploring-the-laws"
    "-behind-japanese-mini-trucks/transcript"
)
GRANDFATHER_PRESS = "https://dev-jazelc.com/?p=127529"
ANTIQUE_DEFINITION = (
    "https://www.legis.state.pa.us/CFDOCS/Legis/PN/Public/btCheck.cfm?txtType=HTM&sessYr=1995&sessInd=0"
    "&billBody=S&billTyp=B&billNbr=0141&pn=0142"
)
ANTIQUE_USE = "http://law.onecle.com/pennsylvania/title-75/1340.html"
FARM_PLATE_USE = "https://www.pfb.com/information/for-farmers/715-basics-of-pa-farm-vehicle-registration"
HB1205 = "https://advocacy.dog/bills/pa-2025-0-hb1205"

# The FAQ is undated; its registration answer is first attested by press in April 2025. kei
# applies PennDOT's mini-truck policy from then, so that no earlier date rests on it.
IN_FORCE = Period("2025-04-01")
WHEN = (
    "The FAQ carries no date; kei applies it from 2025-04-01, the month press first quotes its registration "
    "answer, and answers unknown before. Re-read on pa.gov 2026-12-01: the page lists question 4 ('How can "
    "I register my Mini Truck in Pennsylvania?'), but the stored copy stops before its answer, so the "
    "registration routes still rest on press and a transcript quoting it."
)

ANTIQUE_AGE = AgeThreshold(26, Granularity.YEAR)
"""'More than 25 years prior to the current year' (75 Pa.C.S. § 102), in whole calendar years."""

ANTIQUE_USES = "club activities, exhibits, tours, parades and occasional transportation"

DEFINITION = MiniTruckDefinition(
    id="US-PA-MINI-TRUCK",
    term="mini truck",
    kei_class=kei_class_test,
    engine=Limit.at_most("660 cc"),
    length=Limit.at_most("130 in"),
    height=Limit.at_most("78 in"),
    width=Limit.at_most("60 in"),
    wheels=4,
    features=("it is used or maintained primarily for the transportation of property",),
    citation="PennDOT, Mini Trucks FAQ, question 1",
    source=FAQ,
    reviewed_on=REVIEWED,
    policy=True,
    notes=(
        "PennDOT's own definition (no statute defines mini trucks in Pennsylvania), read on pa.gov again "
        f"2026-12-01. {WHEN}"
    ),
)


ONLY_MINI_TRUCKS = DEFINITION.scope(
    ask="PennDOT how it registers this vehicle", law="PennDOT's mini-truck policy"
)
"""PennDOT's policy speaks of mini trucks as it defines them: for any other vehicle its routes
answer ``unknown``, not ``not_legal``, and its Pennsylvania registration is not covered here."""


def farm_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """FAQ question 4: a farm vehicle registration, for a truck used in farm operations."""
    return conditional(
        "PennDOT registers a mini truck as a farm vehicle only, which limits it to farm use on roads "
        "adjoining or between the registrant's farms and to trips for farm business or service",
        conditions=(
            "it is used exclusively for the registrant's farm operations (a farm vehicle registration, "
            "PennDOT form MV-77)",
        ),
        restrictions=(Restriction("limited_use", ("farm",), "farm use only"),),
    )


def antique_plate(vehicle: Vehicle, on: dt.date) -> Outcome:
    """FAQ question 4 with 75 Pa.C.S. § 102 and § 1340: an antique plate for an antique motor vehicle."""
    age = ANTIQUE_AGE.test(vehicle.manufactured, on)
    if age.status is Status.NOT_LEGAL:
        assert vehicle.manufactured is not None
        return failed(
            f"An antique plate needs a vehicle built more than 25 years before the current year "
            f"(75 Pa.C.S. § 102); one built in {vehicle.manufactured.year} qualifies from "
            f"{age.passes_from.isoformat() if age.passes_from else 'later'}",
            passes_from=age.passes_from,
        )
    if age.status is Status.UNKNOWN:
        return unknown(
            "An antique plate needs a vehicle built more than 25 years before the current year "
            "(75 Pa.C.S. § 102), and the build date given does not settle it",
            passes_from=age.passes_from,
            settle=("give the year of manufacture (the maker's plate or the 車検証 gives it)",),
        )
    if vehicle.original_configuration is False:
        return failed(
            "An antique motor vehicle must be kept in or restored to the maker's specifications "
            "(75 Pa.C.S. § 102), and this one is not in its original configuration"
        )
    conditions = [f"its use is limited to {ANTIQUE_USES}, not general daily transportation (§ 1340(b))"]
    if vehicle.original_configuration is None:
        conditions.insert(0, "it is kept in or restored to the maker's specifications (§ 102)")
    return conditional(
        f"Built in {vehicle.manufactured.year if vehicle.manufactured else '?'}, more than 25 years before "
        f"{on.year}, it may carry an antique plate (75 Pa.C.S. § 1340), for limited use only",
        conditions=conditions,
        restrictions=(Restriction("limited_use", ("antique",), f"antique use only: {ANTIQUE_USES}"),),
    )


def earlier_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Registrations issued before PennDOT's policy were kept (press)."""
    if "state_registration" in vehicle.documents:
        return conditional(
            "PennDOT kept the registrations it had issued to mini trucks before its policy changed",
            conditions=(
                "the Pennsylvania registration was issued before PennDOT stopped registering mini trucks",
            ),
        )
    return failed(
        "PennDOT issues no new general registration to a mini truck; only those issued earlier were kept",
        settle=("a Pennsylvania registration the truck already holds",),
    )


def _pathway(
    rule_id: str,
    statement: str,
    check: Check,
    *,
    citation: str,
    source: str,
    sources: tuple[str, ...],
    notes: str,
) -> Rule:
    """A route of ``US-PA-REGISTRATION``: PennDOT practice, known from press, for mini trucks only."""
    return Rule(
        rule_id,
        JURISDICTION,
        statement,
        citation=citation,
        source=source,
        sources=sources,
        notes=notes,
        check=ONLY_MINI_TRUCKS.guard(check),
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=IN_FORCE,
        reviewed_on=REVIEWED,
        policy=True,
        unconfirmed=True,
    )


RULES: list[Rule | Requirement] = [
    *state_rules(JURISDICTION, DEFINITION, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS),
    Requirement(
        REGISTRATION,
        JURISDICTION,
        "Pennsylvania registers the mini truck for some use of public roads",
    ),
    _pathway(
        "US-PA-FARM-VEHICLE",
        "A mini truck may get a farm vehicle registration, for farm use only",
        farm_vehicle,
        citation="PennDOT, Mini Trucks FAQ, question 4; 75 Pa.C.S. § 1344 (use of farm vehicle plates)",
        source=FAQ,
        sources=(FAQ_Q4_PRESS, FAQ_Q4_TRANSCRIPT, FARM_PLATE_USE),
        notes=(
            f"Question 4's wording was not in the part of the official page read; press quotes it. {WHEN}"
            " Searched again 2026-12-01 with question 4's words: the stored pa.gov page again stops before "
            "its answer; PennDOT's farm-vehicle pages (pa.gov, dmv.pa.gov) say nothing of mini trucks."
        ),
    ),
    _pathway(
        "US-PA-ANTIQUE",
        "A mini truck built more than 25 years before the current year may get an antique plate, for "
        "limited use",
        antique_plate,
        citation="PennDOT, Mini Trucks FAQ, question 4; 75 Pa.C.S. § 102 (antique motor vehicle), § 1340",
        source=FAQ,
        sources=(ANTIQUE_DEFINITION, ANTIQUE_USE, FAQ_Q4_PRESS),
        notes=(
            "§ 102's age test read in the legislature's 1995 print of the definition (SB 141); its "
            f"current wording matches in secondary copies. § 1340(b) read in a statute mirror. {WHEN}"
        ),
    ),
    _pathway(
        "US-PA-EARLIER-REGISTRATION",
        "A registration PennDOT issued to a mini truck before its policy changed was kept",
        earlier_registration,
        citation="PennDOT practice (grandfathered registrations), reported by press",
        source=GRANDFATHER_PRESS,
        sources=(FAQ_Q4_PRESS,),
        notes=f"Press only; the cut-off date was not seen. {WHEN}",
    ),
    Rule(
        "US-PA-OFF-ROAD-TITLE",
        JURISDICTION,
        "A mini truck may get an off-road title (one-time fee), which allows no use of public roads",
        citation="PennDOT, Mini Trucks FAQ, question 4",
        source=FAQ,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=IN_FORCE,
        unconfirmed=True,
        policy=True,
        sources=(FAQ_Q4_PRESS, HB1205),
        notes=(
            "HB 1205 (2025) would register mini trucks as passenger cars; referred to committee 2025-04-15. "
            f"{WHEN} Searched again 2026-12-01 for PennDOT's answer on registration routes: only its farm-vehicle "
            "pages and statute copies surfaced, not question 4's answer."
        ),
    ),
]
