"""New Zealand: entry certification and registration, and the frontal-impact rule that does not
reach a goods vehicle.

Every used import is inspected at the border and certified for entry into service by an
NZTA-appointed entry certifier against the VIRM: Entry certification and the VIRM: In-service
certification, then registered under Part 17 of the Land Transport Act 1998 with the papers of
its previous registration; on the road it keeps a current warrant of fitness (WoF).
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, PartialDate, Period, Rule, RuleKind, Vehicle, conditional, passed
from kei_nz.sources import REVIEWED, VIRM_ENTRY

VIRM_REGISTRATION = (
    "http://vehicleinspection.nzta.govt.nz/virms/entry-certification/i-and-c/"
    "required-documentation-and-registration/registering-a-vehicle-for-the-first-time-in-new-zealand"
)
VIRM_NOISE = (
    "https://vehicleinspection.nzta.govt.nz/virms/entry-certification/i-and-c/exhaust?print-friendly=1"
)
VIRM_CLASSES = (
    "https://vehicleinspection.nzta.govt.nz/virms/entry-certification/intro/i-and-c-process/id-vehicle-class"
    "?SQ_DESIGN_NAME=print&SQ_PAINT_LAYOUT_NAME=print"
)
FRONTAL_IMPACT = "http://www.nzta.govt.nz/resources/rules/frontal-impact-2001.html"
FRONTAL_IMPACT_QA = "https://nzta2.cwp.govt.nz/resources/rules/frontal-impact-amendment-2008-qa"
WOF = "https://nzta2.cwp.govt.nz/media-releases/changes-to-warrant-of-fitness-are-on-the-way"

NOISE_BUILT_FROM = PartialDate.parse("1985-01-01")
NOISE_CERTIFIED_FROM = dt.date(2008, 6, 1)

CERTIFY = (
    "Have it inspected at the border and certified for entry into service by an NZTA-appointed entry "
    "certifier, against the VIRM: Entry certification and the VIRM: In-service certification."
)
REGISTER = (
    "Register and license it under Part 17 of the Land Transport Act 1998, with the original papers of "
    "its previous registration (the Japanese export certificate)."
)
NOISE = (
    "Show that it meets an approved exhaust noise standard, or pass an LVVTA noise test (VIRM: Entry "
    "certification 11-1: class NA built on or after 1985-01-01 and certified on or after 2008-06-01)."
)
WARRANT = "Keep a current warrant of fitness (WoF) while it is used on the road."


def entry_certification(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Entry certification, registration and a WoF: what every used import goes through."""
    conditions = [CERTIFY, REGISTER, WARRANT]
    built = vehicle.manufactured
    if on >= NOISE_CERTIFIED_FROM and (built is None or built.latest() >= NOISE_BUILT_FROM.earliest()):
        conditions.insert(1, NOISE)
    return conditional(
        "New Zealand has no age limit on a used import: it is registered once an entry certifier "
        "has certified it.",
        conditions=conditions,
    )


def frontal_impact(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Information: a goods vehicle (class NA) is not a passenger car."""
    return passed(
        "A kei truck is a light goods vehicle (class NA, gross vehicle mass up to 3,500 kg); the Frontal "
        "Impact Rule applies to passenger cars (classes MA, MB, MC) first certified for entry on or "
        "after 2002-04-01, so it does not reach it."
    )


ENTRY_CERT = Rule(
    "NZ-ENTRY-CERT",
    "NZ",
    "A used import is certified for entry into service by an NZTA-appointed entry certifier before it "
    "is first registered, and keeps a current warrant of fitness on the road.",
    citation=(
        "Land Transport Rule: Vehicle Standards Compliance 2002 (Rule 35001/1); VIRM: Entry certification, "
        "Introduction and 1-1; Land Transport Act 1998, Part 17"
    ),
    source=VIRM_ENTRY,
    sources=(VIRM_REGISTRATION, VIRM_NOISE, WOF),
    reviewed_on=REVIEWED,
    in_force=Period("2008-01-03"),
    check=entry_certification,
    reads=frozenset({"manufactured"}),
    notes=(
        "VIRM: Entry certification (official): vehicles 'must comply with the requirements in the Vehicle "
        "inspection requirements manual: In-service certification as well as the requirements in this "
        "manual'; VIRM 1-1: 'Under part 17 of the Land Transport Act 1998, a vehicle owner/importer must "
        "provide documentation ... All used vehicles must have original documentation showing the details "
        "of their previous registration'. The noise condition is VIRM 11-1 (official). Entry certification "
        "is older than 2008; kei encodes New Zealand from 2008-01-03, the day the Vehicle Exhaust "
        "Emissions Rule 2007 came into effect, the first of the rules it checks (before then it answers "
        "unknown). The WoF interval (annual or six-monthly, changing on 2026-11-01) is not encoded. No "
        "version date is given for the VIRM pages read (the 'correct as at 2024-03-29' seen belongs to "
        "VIRM 5-5, the class table, not to these pages)."
    ),
)

FRONTAL_IMPACT_NA = Rule(
    "NZ-FRONTAL-IMPACT-NA",
    "NZ",
    "The Frontal Impact Rule applies to passenger cars first certified for entry on or after 2002-04-01, "
    "not to a light goods vehicle of class NA such as a kei truck.",
    citation="Land Transport Rule: Frontal Impact 2001 (Rule 32006/1), objective; Amendment 2008 Q&A",
    source=FRONTAL_IMPACT,
    sources=(FRONTAL_IMPACT_QA, VIRM_CLASSES),
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=Period("2002-04-01"),
    unconfirmed=True,
    check=frontal_impact,
    reads=frozenset(),
    uses_date=False,
    notes=(
        "Official: 'This rule requires passenger cars first certified for entry into service in New "
        "Zealand, on or after 1 April 2002, to comply with an approved frontal impact standard'; the 2008 "
        "Q&A speaks of 'passenger vehicles of Classes MA, MB and MC'. Clause 2.1 (application) and the "
        "NA row of the VIRM class table were not read, so class NA being outside it is an inference: "
        "unconfirmed. A kei van registered as a passenger car (MA) is not covered here."
    ),
)

RULES = (ENTRY_CERT, FRONTAL_IMPACT_NA)
