"""New South Wales (AU-NSW): registration of an imported kei truck.

1. Full registration needs the vehicle to comply with the applicable vehicle standards; Transport
   for NSW publishes nothing on imported kei trucks (``unknown``).
2. Conditional registration (Road Transport (Vehicle Registration) Regulation 2017 cl. 13): only
   for vehicle types with a Conditional Registration Vehicle Sheet, never where a vehicle complying
   with the Australian Design Rules could do the job, and "vehicles built on a truck-based chassis
   are not eligible ..., except as historic vehicles". The Historic Vehicle Scheme takes vehicles
   "30 years of age or older as from the year of manufacture", kept as close to original as
   possible, through a recognised club.
3. Information: the registration concession for primary producers' light vehicles.

The date asked stands for the day of registration or use.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Vehicle,
    conditional,
    registration_not_documented,
    unknown,
)

REVIEWED = "2026-11-25"
JURISDICTION = "AU-NSW"
REGISTRATION = "AU-NSW-REGISTRATION"

CONDITIONAL = "http://www.rms.nsw.gov.au/roads/registration/get-nsw-registration/conditional.html"
CONDITIONAL_NOW = (
    "https://nsw.gov.au/driving-boating-and-transport/vehicle-registration/conditional-and-seasonal/"
    "apply-for-conditional-vehicle-registration"
)
VEHICLE_SHEETS = (
    "https://www.rms.nsw.gov.au/roads/registration/get-nsw-registration/vehicle-sheets/index.html"
)
HISTORIC = "http://www.rms.nsw.gov.au/roads/registration/get-nsw-registration/historic-vehicles/"
LOG_BOOK = (
    "https://www.rms.nsw.gov.au/roads/registration/get-nsw-registration/historic-vehicles/log-book.html"
)
REGULATION_CL13_COPY = (
    "https://zoelaw.ai/legislation/road-transport-vehicle-registration-regulation-2017/sections/13"
)
PRIMARY_PRODUCERS = (
    "https://nsw.gov.au/driving-boating-and-transport/vehicle-registration/fees-concessions-and-forms/"
    "primary-producers-registration-concessions"
)
PRIMARY_PRODUCERS_COPY = (
    "https://zoelaw.ai/legislation/road-transport-vehicle-registration-regulation-2017/sections/127AA"
)

# "30 years of age or older as from the year of manufacture": counted in calendar years.
HISTORIC_AGE = AgeThreshold(30, Granularity.YEAR)

HISTORIC_CONDITIONS = (
    "Be a member of a historic vehicle club recognised by Transport for NSW, and present its Historic "
    "Vehicle Declaration (not more than 42 days old).",
    "Keep the truck as close to original as possible: only safety features or period accessories may be "
    "added.",
    "Have the truck declared suitable for safe use.",
)
HISTORIC_USE = Restriction(
    "nsw_historic_vehicle_scheme",
    "AU-NSW",
    "club-organised events, servicing near where it is garaged and inspections; with the club's log book, "
    "up to 60 days of general use a year",
)


def conditional_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """NSW's conditional registration scheme, which admits a truck only as a historic vehicle."""
    made = vehicle.manufactured
    if made is None:
        return unknown(
            "NSW registers a truck conditionally only as a historic vehicle (30 years or older), and the "
            "date of manufacture was not given",
            settle=("give manufactured",),
        )
    age = HISTORIC_AGE.test(made, on)
    if age.passed:
        modified = [m for m in vehicle.modifications if m.significant]
        if modified:
            what = modified[0].description or "a significant modification"
            return unknown(
                f"built {made.describe()}: old enough for NSW's Historic Vehicle Scheme, which takes vehicles "
                f"as close to original as possible; whether {what} is allowed is for the club to decide",
                settle=("ask a historic vehicle club recognised by Transport for NSW",),
            )
        return conditional(
            f"built {made.describe()}: 30 years of age or older as from the year of manufacture on "
            f"{on.isoformat()}, so eligible for conditional registration under NSW's Historic Vehicle Scheme",
            conditions=HISTORIC_CONDITIONS,
            restrictions=(HISTORIC_USE,),
        )
    return unknown(
        f"built {made.describe()}: under 30 years as from the year of manufacture on {on.isoformat()}, so "
        f"not yet a historic vehicle; otherwise NSW registers conditionally only vehicle types with a "
        f"Conditional Registration Vehicle Sheet, never where an ADR-compliant vehicle could do the job, and "
        f"not vehicles built on a truck-based chassis; no sheet for kei trucks was found",
        passes_from=age.passes_from,
        settle=(
            "ask Transport for NSW whether any Conditional Registration Vehicle Sheet covers kei trucks",
        ),
    )


RULES: tuple[Rule | Requirement, ...] = (
    Requirement(
        REGISTRATION,
        JURISDICTION,
        "Transport for NSW registers the truck, fully or conditionally, for use on roads",
    ),
    Rule(
        "AU-NSW-FULL-REG",
        JURISDICTION,
        "Full registration of a vehicle that complies with the applicable vehicle standards",
        citation="Road Transport (Vehicle Registration) Regulation 2017 (NSW); no Transport for NSW guidance on "
        "imported kei trucks found",
        source=CONDITIONAL_NOW,
        reviewed_on=REVIEWED,
        check=registration_not_documented(
            "New South Wales",
            "Transport for NSW (Service NSW)",
            "full registration needs a vehicle that complies with the applicable vehicle standards",
        ),
        reads=frozenset(),
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        notes="Answers unknown on purpose: no official text on fully registering an imported kei truck was found.",
    ),
    Rule(
        "AU-NSW-CRS",
        JURISDICTION,
        "Conditional registration with restricted road access; for a kei truck documented only under the "
        "Historic Vehicle Scheme (30 years or older as from the year of manufacture)",
        citation="Road Transport (Vehicle Registration) Regulation 2017 (NSW) cl. 13; Transport for NSW, "
        "Conditional Registration Scheme and Historic Vehicle Scheme",
        source=CONDITIONAL,
        reviewed_on=REVIEWED,
        check=conditional_registration,
        reads=frozenset({"manufactured", "modifications"}),
        read_by_age={"manufactured": HISTORIC_AGE},
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        policy=True,
        sources=(CONDITIONAL_NOW, VEHICLE_SHEETS, HISTORIC, LOG_BOOK, REGULATION_CL13_COPY),
        notes=(
            "Scheme rules read on the pages of Roads and Maritime Services (now Transport for NSW): only "
            "vehicles with a Conditional Registration Vehicle Sheet; not where an ADR-compliant vehicle can "
            "be used instead; 'vehicles built on a truck-based chassis are not eligible ..., except as "
            "historic vehicles'. No sheet for kei trucks was found, so under 30 years the answer is "
            "unknown rather than a refusal. The 30 years count 'as from the year of manufacture', read as "
            "calendar years. Clause 13's text was read in a copy. The Classic Vehicle Scheme also needs "
            "compliance with NSW vehicle standards and is not encoded."
        ),
    ),
    Rule(
        "AU-NSW-PRIMPROD",
        JURISDICTION,
        "Primary producers may get a registration concession for light vehicles (under 4.5 t) used to carry "
        "their own primary produce, not for hire or reward",
        citation="Road Transport (Vehicle Registration) Regulation 2017 (NSW) cl. 127AA; Transport for NSW, "
        "primary producers' registration concessions",
        source=PRIMARY_PRODUCERS,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        policy=True,
        sources=(PRIMARY_PRODUCERS_COPY,),
        notes="A fee concession for a registered vehicle, not a way to register one.",
    ),
)
