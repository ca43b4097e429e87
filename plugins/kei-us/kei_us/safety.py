"""Federal safety (NHTSA): may this truck be imported as a motor vehicle for road use?

49 U.S.C. 30112(a) bars importing a motor vehicle that does not comply with the Federal motor
vehicle safety standards (FMVSS) in force when it was built and carry its maker's certification.
A Japanese kei truck never does (NHTSA interpretation 09-001270as), so it comes in only through
an exception. ``US-SAFETY`` is met by the best of its pathways, in the order of the law:

* ``US-FMVSS-CERTIFIED``: built to the FMVSS and certified (30112(a); HS-7 box 2A): never a kei truck;
* ``US-FMVSS-25Y``: at least 25 years old (30112(b)(9); 49 CFR 591.5(i); HS-7 box 1);
* ``US-FMVSS-RI``: a registered importer, for a model NHTSA has decided eligible (30141; part 593);
* ``US-LSV-DEF``: a low-speed vehicle as its maker built and certified it (49 CFR 571.3, FMVSS No. 500);
* ``US-LSV-NO-CONVERSION``: the route people try, a governor or removed seats: closed (79 FR 73140).

``US-NHTSA-OFFROAD`` is a requirement of its own: a truck brought in as an off-road vehicle is
not a road-vehicle import, whatever its age, and never reads legal.

Throughout, kei takes the date asked as the date of entry: the 25 years are counted to the day
the truck is offered for importation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from kei_core import (
    AgeRule,
    AgeThreshold,
    Granularity,
    Measure,
    Outcome,
    PartialDate,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Schedule,
    ScheduleEntry,
    Status,
    Vehicle,
    conditional,
    failed,
    missing,
    passed,
    unknown,
)
from kei_us import sources as src

SAFETY = "US-SAFETY"
IVSCA = "1990-01-31"  # Imported Vehicle Safety Compliance Act of 1988 takes effect: the regime kei encodes
FMVSS_AGE = AgeThreshold(25, Granularity.DAY)
"""49 U.S.C. 30112(b)(9): "a motor vehicle that is at least 25 years old", counted from the date of
manufacture (NHTSA), to the day."""

PROOF_OF_AGE = (
    "the maker's label or another record giving the day of manufacture",
    "a registration record showing the truck was first registered at least 25 years before entry",
    "the invoice of the truck's first sale",
)
HS7_BOX_1 = (
    "File NHTSA form HS-7 at entry with box 1 checked and the date of manufacture given (49 CFR 591.5(i))."
)
HS7_BOX_2A = (
    "File NHTSA form HS-7 at entry with box 2A checked: it conforms and bears its maker's certification "
    "label (49 CFR 591.5(b))."
)


def _still_to_file(vehicle: Vehicle, document: str, condition: str) -> list[str]:
    """A filing condition, unless the vehicle's papers show it is already done."""
    return [] if document in vehicle.documents else [condition]


# ---------------------------------------------------------------------------------------------
# US-FMVSS-CERTIFIED: 49 U.S.C. 30112(a)


def certified_to_fmvss(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Built to the FMVSS and carrying the maker's certification label."""
    if "fmvss_certification_label" in vehicle.documents:
        return passed(
            "Bears its maker's label certifying conformity to the FMVSS (49 U.S.C. 30112(a)).",
            conditions=_still_to_file(vehicle, "hs7", HS7_BOX_2A),
        )
    return failed(
        "Not built to the U.S. safety standards: kei trucks are made for Japan and carry no FMVSS "
        "certification label (NHTSA interpretation 09-001270as)."
    )


# ---------------------------------------------------------------------------------------------
# US-FMVSS-25Y: 49 U.S.C. 30112(b)(9); 49 CFR 591.5(i)


def twenty_five_years_old(vehicle: Vehicle, on: dt.date) -> Outcome:
    """At least 25 years old on the date of entry, counted from the date of manufacture.

    A partial date passes only when even its last possible day is 25 years back. NHTSA accepts
    a registration record showing registration at least 25 years ago when no label gives the
    date; that proof is quoted from NHTSA's FAQ only in copies, so a pass on it is unconfirmed.
    """
    built, registered = vehicle.manufactured, vehicle.first_registered
    if built is None and registered is None:
        return unknown(
            "Needs the date of manufacture: the 25 years of 49 U.S.C. 30112(b)(9) run from it.",
            settle=PROOF_OF_AGE,
        )
    age = FMVSS_AGE.test(built, on) if built is not None else None
    if built is not None and age is not None and age.status is Status.LEGAL:
        return passed(
            f"Eligible under the 25-year exemption (49 U.S.C. 30112(b)(9)): built {built.describe()}, "
            f"25 years old from {age.passes_from}.",
            conditions=_still_to_file(vehicle, "hs7", HS7_BOX_1),
        )
    if built is not None and age is not None and age.status is Status.NOT_LEGAL:
        return failed(
            _too_young(built, age.passes_from, age.reached_at_earliest), passes_from=age.passes_from
        )
    # The build date is missing or straddles the anniversary: a registration 25 years back proves the age.
    by_registration = FMVSS_AGE.test(registered, on) if registered is not None else None
    if registered is not None and by_registration is not None and by_registration.status is Status.LEGAL:
        return passed(
            f"Eligible under the 25-year exemption (49 U.S.C. 30112(b)(9)): first registered "
            f"{registered.describe()}, at least 25 years before entry, which NHTSA accepts as proof of age.",
            conditions=[
                *_still_to_file(vehicle, "hs7", HS7_BOX_1),
                "Keep the registration record with the entry papers: it is the proof of age.",
            ],
            unconfirmed=True,
        )
    certain = min(t.passes_from for t in (age, by_registration) if t is not None and t.passes_from)
    if built is None or age is None:
        return unknown(
            f"Date of manufacture not given; the first registration ({registered}) proves 25 years only "
            f"from {certain} (49 U.S.C. 30112(b)(9)).",
            passes_from=certain,
            settle=PROOF_OF_AGE,
        )
    return unknown(
        f"Built {built.describe()}: 25 years old on a day between {age.reached_at_earliest} and "
        f"{age.passes_from}, so eligible under 49 U.S.C. 30112(b)(9) for certain from {certain}.",
        passes_from=certain,
        settle=PROOF_OF_AGE,
    )


def _too_young(built: PartialDate, certain: dt.date | None, earliest: dt.date | None) -> str:
    sooner = (
        f" (from {earliest} at the earliest if a record gives the day of manufacture)"
        if earliest is not None and earliest != certain
        else ""
    )
    return (
        f"Not legal to import for road use until {certain}: built {built.describe()}; "
        f"the 25-year exemption (49 U.S.C. 30112(b)(9)) applies from then{sooner}."
    )


# ---------------------------------------------------------------------------------------------
# US-FMVSS-RI: 49 U.S.C. 30141(a)(1); 49 CFR 591.5(f), parts 592 and 593


def registered_importer(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Through a registered importer, only for a model NHTSA has decided eligible for importation."""
    if "nhtsa_eligibility_decision" in vehicle.documents:
        return conditional(
            "NHTSA has decided this model eligible for importation: it may come in through a registered "
            "importer who brings it into conformity with the FMVSS (49 U.S.C. 30141; 49 CFR 591.5(f)).",
            conditions=[
                "Import through a registered importer (49 CFR part 592), or under contract with one.",
                "Furnish a bond of 150 % of the truck's dutiable value for its conformity or export "
                "(49 CFR 591.5(f), 591.6(c)).",
                "File NHTSA form HS-7 with box 3 checked and the vehicle eligibility number.",
            ],
        )
    return failed(
        "No NHTSA import-eligibility decision is known for any kei truck, so no registered importer may "
        "bring one in under 25 years old (49 U.S.C. 30141(a)(1); 49 CFR part 593).",
        unconfirmed=True,
    )


# ---------------------------------------------------------------------------------------------
# US-LSV-DEF: 49 CFR 571.3 "low-speed vehicle"; FMVSS No. 500 (49 CFR 571.500)


LSV_SPEED_OVER = Measure.parse("32 km/h")
LSV_SPEED_AT_MOST = Measure.parse("40 km/h")
"""The speed band of every version: "speed attainable in 1.6 km (1 mile) ... more than 32 kilometers
per hour (20 miles per hour) and not more than 40 kilometers per hour (25 miles per hour) on a paved
level surface" (49 CFR 571.3)."""


class LowSpeedVehicleClass(NamedTuple):
    """One version of the definition of "low-speed vehicle" in 49 CFR 571.3: whether trucks are
    admitted, and the GVWR the vehicle must be *less than* (``None``: no GVWR limit)."""

    trucks_included: bool
    gvwr_under: Measure | None = None
    gvwr_as_written: str = ""


LSV_DEFINITIONS: Schedule[LowSpeedVehicleClass] = Schedule(
    # Keyed by the date of MANUFACTURE, not the date asked: 49 U.S.C. 30112(a) applies the
    # standards "applicable" to a vehicle manufactured on or after the day they take effect, and
    # an LSV is one its maker built and certified as such. A truck-type low-speed vehicle built
    # in 2004, when the class excluded trucks, was never an LSV, whenever it is imported.
    keyed_by="manufactured",
    entries=(
        ScheduleEntry(
            "1998-06-17",
            LowSpeedVehicleClass(trucks_included=False),
            label="US-LSV-DEF-1998",
            citation="63 FR 33194 (1998-06-17): a 4-wheeled motor vehicle, other than a truck",
        ),
        ScheduleEntry(
            "2005-10-03",
            LowSpeedVehicleClass(
                trucks_included=True,
                gvwr_under=Measure.parse("1134 kg"),
                gvwr_as_written="1,134 kg (2,500 lb)",
            ),
            label="US-LSV-DEF-2005",
            citation="70 FR 48313 (2005-08-17, effective 2005-10-03): trucks admitted; GVWR under 1,134 kg",
        ),
        ScheduleEntry(
            "2006-06-05",
            LowSpeedVehicleClass(
                trucks_included=True,
                gvwr_under=Measure.parse("1361 kg"),
                gvwr_as_written="1,361 kg (3,000 lb)",
            ),
            label="US-LSV-DEF",
            citation="71 FR 20026 (2006-04-19, effective 2006-06-05): GVWR under 1,361 kg; 49 CFR 571.3",
        ),
    ),
)


def low_speed_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """A low-speed vehicle as originally manufactured, under the definition in force when it was built."""
    if "lsv_certification_label" not in vehicle.documents:
        speed = (
            f" (top speed {vehicle.top_speed_kmh} km/h as given)"
            if vehicle.top_speed_kmh is not None and vehicle.top_speed_kmh > LSV_SPEED_AT_MOST.si
            else ""
        )
        return failed(
            "Not a low-speed vehicle as manufactured: it carries no maker's FMVSS No. 500 certification "
            f"label; a kei truck is built as an ordinary truck{speed} (49 CFR 571.3)."
        )
    built = vehicle.manufactured
    if built is None:
        return missing("manufactured")
    versions = LSV_DEFINITIONS.for_date(built)
    answers = [_within_lsv_class(entry, vehicle) for entry in versions]
    if LSV_DEFINITIONS.entries[0].start > built.earliest():
        answers.append(failed(f"Built {built.describe()}, before the LSV class existed (1998-06-17)."))
    statuses = {answer.status for answer in answers}
    if statuses == {Status.LEGAL}:
        return passed(answers[0].message, conditions=_still_to_file(vehicle, "hs7", HS7_BOX_2A))
    if statuses == {Status.NOT_LEGAL}:
        return failed(answers[0].message)
    unsure = next((a for a in answers if a.status is Status.UNKNOWN), None)
    if unsure is not None:
        return unsure
    return unknown(
        f"Built {built.describe()}, when the definition of a low-speed vehicle changed: whether it is one "
        "depends on the day of manufacture.",
        settle=("the maker's label giving the day of manufacture",),
    )


def _within_lsv_class(entry: ScheduleEntry[LowSpeedVehicleClass], vehicle: Vehicle) -> Outcome:
    definition = entry.value
    if not definition.trucks_included:
        return failed(
            f"The low-speed vehicle class in force when it was built excluded trucks ({entry.citation})."
        )
    speed, gvwr, limit = vehicle.top_speed_kmh, vehicle.gvwr_kg, definition.gvwr_under
    if speed is None or (limit is not None and gvwr is None):
        return missing(*[name for name in ("top_speed_kmh", "gvwr_kg") if getattr(vehicle, name) is None])
    if not LSV_SPEED_OVER.si < speed <= LSV_SPEED_AT_MOST.si:
        return failed(
            f"Top speed {speed} km/h is outside the low-speed vehicle band: more than {LSV_SPEED_OVER} (20 mph) "
            f"and not more than {LSV_SPEED_AT_MOST} (25 mph) (49 CFR 571.3)."
        )
    if limit is not None and gvwr is not None and not gvwr < limit.si:
        return failed(
            f"GVWR {gvwr} kg is not less than {definition.gvwr_as_written}, the limit of the "
            f"low-speed vehicle class when it was built ({entry.citation})."
        )
    return passed(
        f"A low-speed vehicle as built and certified by its maker ({entry.citation}); states decide which "
        "roads it may use."
    )


# ---------------------------------------------------------------------------------------------
# US-LSV-NO-CONVERSION: 79 FR 73140 (2014); 78 FR 29808 (2013)

_CONVERSION_WORDS = ("governor", "limiter", "seat", "25 mph", "40 km/h")


def _conversions(vehicle: Vehicle) -> list[str]:
    found = ["a speed governor"] if "speed_governor" in vehicle.equipment else []
    found += [
        m.description
        for m in vehicle.modifications
        if any(word in m.description.lower() for word in _CONVERSION_WORDS)
    ]
    return found


def no_conversion_to_lsv(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Converting a truck into a low-speed vehicle is never a route: the class is fixed as manufactured."""
    reason = (
        "NHTSA holds that a vehicle that is not a low-speed vehicle as manufactured cannot be converted into "
        "one by a governor (electronic or mechanical) or by removing weight such as a seat (79 FR 73140)"
    )
    conversions = _conversions(vehicle)
    if conversions:
        changes = "; ".join(conversions)
        return failed(f"The changes given ({changes}) do not make this truck a low-speed vehicle: {reason}.")
    return failed(f"Governing a kei truck to 25 mph or removing seats is not a way in: {reason}.")


# ---------------------------------------------------------------------------------------------
# US-NHTSA-OFFROAD: 49 U.S.C. 30102(a) "motor vehicle"; 49 CFR 591.5(a)


def not_an_off_road_import(vehicle: Vehicle, on: dt.date) -> Outcome:
    """A truck brought in as an off-road vehicle is not a road-vehicle import.

    kei reads an ``off_road_title`` among the documents as "entered and titled as an off-road
    vehicle". An entry under HS-7 box 1 (``hs7``) shows it was entered as a 25-year-old motor
    vehicle instead, and then only the state's title is in the way.
    """
    if "off_road_title" not in vehicle.documents:
        return passed("Not declared or titled as an off-road vehicle.")
    if "hs7" in vehicle.documents:
        return conditional(
            "Entered as a motor vehicle (HS-7) but titled off-road: the state must replace the off-road title "
            "with a road title before it may be driven.",
            conditions=["Have the state issue a road title in place of the off-road title."],
        )
    if FMVSS_AGE.test(vehicle.manufactured, on).status is Status.LEGAL:
        return unknown(
            "Titled as an off-road vehicle: road use needs proof it was entered as a motor vehicle of 25 years "
            "or more (HS-7 box 1), not as off-road equipment.",
            settle=("the CBP entry papers (form 7501) with the HS-7 declaring box 1",),
        )
    return failed(
        "Imported as an off-road vehicle: a kei truck is a motor vehicle made for Japan's roads (NHTSA "
        "09-001270as; CBP NY N340640), so an off-road entry under 25 years old does not admit it for road use, "
        "and kei knows no rule under which its later age cures that entry."
    )


# ---------------------------------------------------------------------------------------------

REQUIREMENTS = (
    Requirement(
        SAFETY,
        "US",
        "A motor vehicle imported for road use must comply with the FMVSS and be certified, or come in "
        "under an exception (49 U.S.C. 30112(a))",
    ),
)

RULES: Sequence[Rule | Requirement] = (
    *REQUIREMENTS,
    Rule(
        "US-FMVSS-CERTIFIED",
        "US",
        "A vehicle built to the FMVSS and bearing its maker's certification label may be imported",
        citation="49 U.S.C. 30112(a); 49 CFR 591.5(b); HS-7 box 2A",
        source=src.NHTSA_MINI_TRUCKS,
        sources=(src.USC_30112, src.CFR_591_5, src.HS7_FORM_COPY),
        reviewed_on=src.REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement=SAFETY,
        in_force=Period(IVSCA),
        check=certified_to_fmvss,
        reads={"documents"},
        uses_date=False,
        notes="NHTSA (09-001270as, to Sen. McConnell, 2009): mini trucks made in Japan, China and elsewhere "
        "'are not manufactured to meet U.S. safety standards'.",
        stage="import",
    ),
    Rule(
        "US-FMVSS-25Y",
        "US",
        "A motor vehicle at least 25 years old, counted from its date of manufacture, may be imported without "
        "meeting the FMVSS",
        citation="49 U.S.C. 30112(b)(9); 49 CFR 591.5(i); HS-7 box 1",
        source=src.CFR_591_5,
        sources=(src.USC_30112, src.NHTSA_25_YEARS, src.HS7_FORM_COPY, src.NHTSA_FAQ_QUOTED),
        reviewed_on=src.REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement=SAFETY,
        in_force=Period(IVSCA),
        check=twenty_five_years_old,
        reads={"manufactured", "first_registered", "documents"},
        read_by_age={"manufactured": FMVSS_AGE, "first_registered": FMVSS_AGE},
        age=AgeRule("manufactured", FMVSS_AGE),
        notes="Counted to the day from the date of manufacture, not the model year (NHTSA FAQ, quoted in copies). "
        "No NHTSA or CBP text says how to read a month-only label; kei takes the last day of the month, so a "
        "truck built 2001-01 is certain from 2026-01-31 and unknown from 2026-01-01. On 2026-01-22 every "
        "truck built on or before 2001-01-22 qualifies (the popular cut-off two years earlier is wrong). The "
        "paragraph is (b)(9), as NHTSA cites it (interpretation 23085.ztv); other paragraph numbers are misquotes. "
        "Extensive 'restorations' that amount to building a new vehicle do not count (NHTSA, 1999, 2001). "
        "In force from 1990-01-31 (IVSCA; date seen in secondary sources only).",
        stage="import",
    ),
    Rule(
        "US-FMVSS-RI",
        "US",
        "A vehicle under 25 years old that does not conform may be imported only by a registered importer, "
        "for a model NHTSA has decided eligible",
        citation="49 U.S.C. 30141(a)(1)(A)-(B); 49 CFR 591.5(f); 49 CFR parts 592 and 593",
        source=src.CFR_PART_593,
        sources=(src.USC_30141, src.FR_ELIGIBLE_LIST_2005, src.FR_LITA_DENIAL),
        reviewed_on=src.REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement=SAFETY,
        in_force=Period(IVSCA),
        check=registered_importer,
        reads={"documents"},
        uses_date=False,
        notes="NOT CONFIRMED: no decision for any kei truck was found, but NHTSA's list (appendix A to part 593, "
        "republished each year) could not be read in full here: only the headers of the 1999, 2005 and 2012 "
        "lists were seen. The pathway fails either way unless the truck's papers include a decision. NHTSA "
        "denied an RI petition for a vehicle described as an LSV because it 'could not be converted to an LSV "
        "through the RI process' (79 FR 73140).",
        stage="import",
    ),
    Rule(
        "US-LSV-DEF",
        "US",
        "A low-speed vehicle as originally manufactured and certified (4 wheels, 20-25 mph, GVWR under the limit "
        "in force when built) may be imported to FMVSS No. 500",
        citation="49 CFR 571.3 (low-speed vehicle); 49 CFR 571.500; 63 FR 33194; 70 FR 48313; 71 FR 20026",
        source=src.CFR_571_3,
        sources=(src.FR_LSV_2005, src.FR_LSV_2006, src.FR_LITA_DENIAL),
        reviewed_on=src.REVIEWED,
        source_as_of="2014-12-09",
        kind=RuleKind.PATHWAY,
        requirement=SAFETY,
        in_force=Period("1998-06-17"),
        schedule=LSV_DEFINITIONS,
        check=low_speed_vehicle,
        reads={"documents", "manufactured", "top_speed_kmh", "gvwr_kg"},
        uses_date=False,
        notes="One rule, three dated versions (US-LSV-DEF-1998, -2005, -2006) in LSV_DEFINITIONS, keyed by the "
        "date of manufacture because the FMVSS apply as of the date a vehicle is built (49 U.S.C. 30112(a)); "
        "the rule itself is in force for dates asked from 1998-06-17, when the class was created. Effective "
        "dates: 2005-10-03 (70 FR 48313) and 2006-06-05 (71 FR 20026), both on federalregister.gov. The "
        "current wording was read as quoted by NHTSA in 79 FR 73140 (2014); today's eCFR text was not seen.",
        stage="import",
    ),
    Rule(
        "US-LSV-NO-CONVERSION",
        "US",
        "A vehicle that is not a low-speed vehicle as manufactured cannot become one by a governor or by removing "
        "seats",
        citation="79 FR 73140 (2014-12-09, denial of import eligibility, Lita GLE-6); 78 FR 29808 (2013-05-21)",
        source=src.FR_LITA_DENIAL,
        sources=(src.FR_LITA_NOTICE, src.EPA_MINI_TRUCKS_NONROAD),
        reviewed_on=src.REVIEWED,
        source_as_of="2014-12-09",
        kind=RuleKind.PATHWAY,
        requirement=SAFETY,
        in_force=Period("1998-06-17"),
        policy=True,
        check=no_conversion_to_lsv,
        reads={"equipment", "modifications"},
        uses_date=False,
        notes="Always fails: it is the route people try (a 25 mph governor) and the finding says why it is "
        "closed. NHTSA's reading of 49 CFR 571.3 in a petition decision, hence policy. EPA separately requires "
        "nonroad certification of kei trucks governed to 25 mph and imported as nonroad vehicles on or after "
        "2008-12-08 (73 FR 59053; EPA-420-F-09-014).",
        stage="import",
    ),
    Rule(
        "US-NHTSA-OFFROAD",
        "US",
        "A truck imported as an off-road vehicle is not a road-vehicle import; kei trucks are motor vehicles",
        citation="49 U.S.C. 30102(a) (motor vehicle); 49 CFR 591.5(a); NHTSA interpretation 09-001270as; "
        "CBP NY N340640",
        source=src.NHTSA_MINI_TRUCKS,
        sources=(src.CBP_SAMBAR_1993, src.CFR_591_5, src.EPA_MINI_TRUCKS_NONROAD),
        reviewed_on=src.REVIEWED,
        check=not_an_off_road_import,
        reads={"documents", "manufactured"},
        read_by_age={"manufactured": FMVSS_AGE},
        notes="kei reads documents = ['off_road_title'] as an off-road import. Vehicles made solely for off-road "
        "use are not motor vehicles (30102(a)); CBP found a kei truck 'designed for on-road use in Japan' "
        "(NY N340640). Dealers report CBP refusing under-25 kei trucks declared off-road (secondary). Whether "
        "a truck entered off-road can later be re-entered for road use is not settled by any text seen: a "
        "25-year-old one answers unknown, a younger one not legal, never legal.",
        stage="import",
    ),
)
