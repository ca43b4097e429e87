"""Norway: individual approval (enkeltgodkjenning) of a used truck first registered in Japan.

Statens vegvesen: "Alle importerte kjøretøy som ikke er EF-typegodkjent må godkjennes i Norge. De
fleste som importeres av privatpersoner må enkeltgodkjennes." A vehicle registered before in another
country "skal tilfredsstille de krav som i Norge gjaldt på det tidspunkt kjøretøyet ble registrert
eller tatt i bruk i annet land", and the Kravveileder says which regulation's requirements are then
documented: kjøretøyforskriften for a first registration 1995-01-01 to 2012-09-15, bilforskriften
from 2012-09-15.

What a first registration in Japan means:

* documented: the date of the first registration in Japan picks the regulation;
* documented: the simplified route of bilforskriften § 10 a–c (from 2017-06-01) needs documentation
  that the requirements for approval in another EEA country, the USA or Canada are met, and six
  months' registration there. Japanese requirements are none of these: the route is closed;
* not documented: that anything a Japanese truck carries documents a Norwegian requirement.
  Statens vegvesen warns that cars from outside Europe are often hard to approve. kei answers
  ``unknown`` on the ordinary approval until the vehicle lists the documentation.

The pages are undated: kei applies them from the day they were read, 2026-12-01, and answers
``unknown`` before.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Schedule,
    ScheduleEntry,
    Vehicle,
    conditional,
    failed,
    missing,
    passed,
    unknown,
)
from kei_no import sources
from kei_no.terms import REQUIREMENT_DOCUMENTATION

IN_FORCE = Period(sources.REVIEWED)
UNDATED = (
    "Statens vegvesen's pages are undated: kei applies them from the day they were read, 2026-12-01, and "
    "answers unknown before."
)

REGULATIONS: Schedule[str] = Schedule(
    keyed_by="first_registered",
    entries=(
        ScheduleEntry(
            "1995-01-01",
            "kjøretøyforskriften (FOR-1994-10-04-918)",
            label="NO-RULES-AT-FIRST-REGISTRATION-1995",
            citation="Statens vegvesen, Kravveileder: first registered 01.01.1995–15.09.2012",
        ),
        ScheduleEntry(
            "2012-09-15",
            "bilforskriften (forskrift om godkjenning av bil og tilhenger til bil)",
            label="NO-RULES-AT-FIRST-REGISTRATION-2012",
            citation="Statens vegvesen, Kravveileder: first registered from 15.09.2012",
        ),
    ),
)
"""Which regulation's requirements a used import documents, by the day of its first registration."""

FIRST_REGISTRATION_PAPERS = (
    "the Japanese papers giving the day of first registration (the export certificate, 輸出抹消仮登録証明書, "
    "or the registration record, 登録事項等証明書)"
)


def regulation_of(vehicle: Vehicle) -> tuple[str | None, str]:
    """The regulation whose requirements apply, and a sentence saying why (or why not known)."""
    registered = vehicle.first_registered
    if registered is None:
        return (
            None,
            "The regulation whose requirements apply depends on its first registration, which is not given.",
        )
    entries = REGULATIONS.for_date(registered)
    said = f"First registered {registered.describe()}"
    if registered.earliest() < REGULATIONS.entries[0].start:
        return None, (
            f"{said}: the Kravveileder names a regulation only for a first registration from 1995-01-01 "
            "(kjøretøyforskriften replaced FOR-1990-01-25-91)."
        )
    if len(entries) > 1:
        named = " or ".join(entry.value for entry in entries)
        return None, f"{said}: the requirements of {named} apply, depending on the day."
    return entries[0].value, f"{said}: the requirements of {entries[0].value} apply."


def individual_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Approved against the regulation of its first registration, each requirement documented."""
    regulation, said = regulation_of(vehicle)
    which = regulation or "the regulation of its first registration"
    if REQUIREMENT_DOCUMENTATION in vehicle.documents:
        return conditional(
            f"Statens vegvesen approves it individually (enkeltgodkjenning). {said} Their documentation is "
            "given; Statens vegvesen judges it at the approval.",
            conditions=[
                f"Present the truck and the documentation of each requirement of {which} for individual "
                "approval at a Statens vegvesen traffic station.",
                "Register it at a traffic station: the Japanese registration papers (or, from outside the EU/EEA, "
                "a public document proving ownership), the registration card NA 0221 stamped by customs, "
                "identification, and liability insurance.",
            ],
        )
    return unknown(
        f"Statens vegvesen approves it individually (enkeltgodkjenning) only when the requirements of {which} "
        f"are documented. {said} Nothing read says a Japanese approval documents any of them, the simplified "
        "route of bilforskriften § 10 a–c is closed to Japanese documentation, and Statens vegvesen warns that "
        "cars from outside Europe are often hard to approve.",
        settle=[
            f"documentation of each requirement area the Kravveileder lists for {which} (list it as "
            f"{REQUIREMENT_DOCUMENTATION})",
            "Statens vegvesen's assessment of the truck at a traffic station",
        ],
    )


def rules_of_first_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Which regulation applies, by the first registration abroad."""
    if vehicle.first_registered is None:
        return missing("first_registered")
    regulation, said = regulation_of(vehicle)
    if regulation is None:
        return unknown(said, settle=[FIRST_REGISTRATION_PAPERS])
    return passed(f"{said} They are Norway's requirements as they stood then, not today's.")


def special_exceptions(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 10 a–c: EEA, US or Canadian approval requirements only."""
    return failed(
        "The simplified approval of bilforskriften § 10 a–c needs documentation that the requirements for "
        "approval in another EEA country, the USA or Canada are met, after at least six months' registration "
        "there; a kei truck built and registered for Japan meets Japanese requirements, so the route is not "
        "open to it unless it was since approved and registered in one of those countries."
    )


def right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Not found either way: unknown for a truck steered from the right (or not said)."""
    if vehicle.steering == "left":
        return passed("Steered from the left: the question of right-hand drive does not arise.")
    return unknown(
        "No Norwegian provision on the side of the steering wheel was found in the texts read (Statens "
        "vegvesen's import pages, the head of kjøretøyforskriften on lovdata). kei does not read that silence "
        "as permission.",
        settle=[
            "kjøretøyforskriften and bilforskriften on lovdata.no on the driver's position, or Statens "
            "vegvesen's answer for a right-hand-drive truck"
        ],
    )


REGISTRATION = Requirement(
    id="NO-REGISTRATION",
    jurisdiction="NO",
    statement=(
        "An imported vehicle that is not EC type-approved must be approved in Norway, most private imports "
        "individually, before Statens vegvesen registers it."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        "NO-ENKELTGODKJENNING",
        "NO",
        "A used vehicle is individually approved against the Norwegian requirements in force when it was first "
        "registered abroad, each of them documented.",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        citation="Statens vegvesen, Enkeltgodkjenning and Kravveileder (kjøretøyforskriften / bilforskriften)",
        source=sources.OUTSIDE_EEA,
        sources=(sources.INDIVIDUAL_APPROVAL, sources.HOW_APPROVED, sources.REGISTER),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        schedule=REGULATIONS,
        check=individual_approval,
        reads=frozenset({"first_registered", "documents"}),
        uses_date=False,
        notes=(
            "Statens vegvesen: 'Alle importerte kjøretøy som ikke er EF-typegodkjent må godkjennes i Norge. De "
            "fleste som importeres av privatpersoner må enkeltgodkjennes' and 'Det kan være vanskelig å få "
            "godkjent biler ... importert fra land utenfor Europa'. Kravveileder: 'For brukt kjøretøy 1. gangs "
            "registrert, eller tatt i bruk i tidsrommet 01.01.1995 -15.09.2012 skal kravene i "
            "Kjøretøyforskriften dokumenteres.' The outcome is Statens vegvesen's to decide: conditional at "
            "best, and unknown until the documentation is given. " + UNDATED
        ),
    ),
    Rule(
        "NO-RULES-AT-FIRST-REGISTRATION",
        "NO",
        "A vehicle registered before in another country has to meet the Norwegian requirements in force when it "
        "was registered there: kjøretøyforskriften from 1995-01-01, bilforskriften from 2012-09-15.",
        kind=RuleKind.INFORMATION,
        citation="Statens vegvesen, Kravveileder: importert fra land utenfor EU/EØS",
        source=sources.OUTSIDE_EEA,
        sources=(sources.HOW_APPROVED, sources.KJORETOYFORSKRIFTEN),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        schedule=REGULATIONS,
        check=rules_of_first_registration,
        reads=frozenset({"first_registered"}),
        uses_date=False,
        notes=(
            "Kravveileder: 'Kjøretøy som tidligere har vært registrert, eller tatt i bruk uten registreringsplikt "
            "i annet land skal tilfredsstille de krav som i Norge gjaldt på det tidspunkt kjøretøyet ble "
            "registrert eller tatt i bruk i annet land.' Its two periods both name 15.09.2012; kei follows the "
            "later one for that day. A first registration before 1995-01-01 is not covered by the page "
            "(kjøretøyforskriften, in force 1995-01-01, replaced FOR-1990-01-25-91, lovdata): unknown. "
            + UNDATED
        ),
    ),
    Rule(
        "NO-SPECIAL-EXEMPT-EEA-US-CA",
        "NO",
        "Bilforskriften § 10 a–c: a simplified approval for a used vehicle documented to meet the approval "
        "requirements of another EEA country, the USA or Canada, after at least six months' registration there.",
        kind=RuleKind.INFORMATION,
        citation="Bilforskriften § 10 a–c (replacing kjøretøyforskriften § 1-15), in force 2017-06-01",
        source=sources.SPECIAL_EXCEPTIONS,
        sources=(sources.GOVERNMENT_2017,),
        reviewed_on=sources.REVIEWED,
        in_force=Period("2017-06-01"),
        check=special_exceptions,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Kravveileder: documentation must show 'kravene for godkjenning i enten annet EØS-land, USA eller "
            "Canada er tilfredsstilt' and the vehicle 'registrert i minimum 6 måneder i annet land'; the "
            "government's announcement (regjeringen.no) lists the same three and the six months. Japan is not "
            "among them, so the route is closed to a truck documented to Japanese requirements. A truck later "
            "approved and registered six months in one of those countries is not modelled (kei has no field for "
            "it). Information only: it never makes a verdict more favourable."
        ),
    ),
    Rule(
        "NO-RHD",
        "NO",
        "Right-hand drive: no Norwegian provision on the side of the steering wheel was found; what would settle "
        "it is the regulations' text on lovdata or Statens vegvesen's answer.",
        kind=RuleKind.INFORMATION,
        citation="Kjøretøyforskriften / bilforskriften, not found",
        source=sources.INDIVIDUAL_APPROVAL,
        sources=(sources.KJORETOYFORSKRIFTEN,),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        unconfirmed=True,
        check=right_hand_drive,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "Searched in Norwegian (høyrestyrt, førerplass, registrering, godkjenning): nothing either way. The "
            "dossier's 'allowed' is from memory and is not encoded. Information only: it never makes a verdict "
            "more favourable. " + UNDATED
        ),
    ),
)
