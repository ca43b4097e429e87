"""Philippines: registration with the Land Transportation Office, and two things that are not
an imported kei truck's way in: the Subic Bay Freeport, and the locally rebuilt "multicab".
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, RuleKind, Vehicle, conditional, passed
from kei_ph.sources import ENCODED_FROM, REVIEWED

LTO_REBUILT = "http://lto.gov.ph/motor-vehicle-registration/257-rebuilt-locally-assembled.html"
LTO_MEMO_1995 = "http://elibrary.judiciary.gov.ph/thebookshelf/showdocs/10/49743"
SOUTHWING = "https://lawphil.net/judjuris/juri2006/feb2006/gr_164171_2006.html"
SOUTHWING_SUMMARY = (
    "https://qa.philstar.com/headlines/2008/08/02/76629/second-hand-vehicles-can-be-imported-only-through-subic-"
    "freeport-sc/amp"
)
YEAR_MODEL = "https://jur.ph/law/facts/centralized-correction-year-model-attempt-1"
RAIDS_2025 = "https://mb.com.ph/2025/06/04/lto-over-40-right-hand-drive-vehicles-seized-in-davao-city-raids"


def lto_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """What registering takes, once the truck may be imported and used."""
    return conditional(
        "A motor vehicle is used on Philippine roads only once the LTO has registered it.",
        conditions=(
            "Register it with the LTO (RA 4136): proof of lawful importation (the Bureau of Customs' "
            "certificate of payment), a motor vehicle inspection report and a certificate of compliance with "
            "emission standards.",
        ),
    )


def freeport(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Information: the Subic Bay Freeport is no way onto the roads outside it."""
    return passed(
        "Inside the secured, fenced area of the Subic Bay Freeport a used vehicle may be stored, used or "
        "traded (G.R. No. 164171, 2006); that gives no right to import it into the customs territory or to "
        "drive it on the roads outside, and RA 8506 bars a right-hand-drive one from any road, inside too."
    )


def rebuilt(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Information: the 'multicab' on Philippine roads is a locally rebuilt vehicle."""
    return passed(
        "The 'multicabs' on Philippine roads are registered as locally rebuilt vehicles (a local chassis or "
        "body with an imported engine, with an affidavit of rebuilding, stock "
        "reports for engine and chassis, a police clearance and an inspection), not as imported kei trucks; "
        "kei does not judge that route."
    )


RULES = (
    Rule(
        "PH-LTO-REGISTRATION",
        "PH",
        "A motor vehicle is registered with the Land Transportation Office before it is used on a road.",
        citation="Republic Act No. 4136 (Land Transportation and Traffic Code), s. 5, as the LTO applies it",
        source=LTO_REBUILT,
        sources=(LTO_MEMO_1995,),
        reviewed_on=REVIEWED,
        in_force=Period(ENCODED_FROM),
        unconfirmed=True,
        check=lto_registration,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "The LTO memorandum of 1995 (official) applies RA 4136 ss. 5 and 16 to registration; the documents "
            "named are those of the LTO's page for rebuilt vehicles (inspection report, emission certificate), "
            "read as the general ones: the LTO's list for an imported vehicle was not read (unconfirmed)."
        ),
    ),
    Rule(
        "PH-EO156-FREEPORT",
        "PH",
        "Used vehicles may be brought into and used within the Subic Bay Freeport's secured area, not imported "
        "into the customs territory beyond it.",
        kind=RuleKind.INFORMATION,
        citation="Executive Secretary v. Southwing Heavy Industries, G.R. No. 164171 (2006-02-20)",
        source=SOUTHWING,
        sources=(SOUTHWING_SUMMARY,),
        reviewed_on=REVIEWED,
        in_force=Period("2006-02-20"),
        unconfirmed=True,
        check=freeport,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "The decision is official (lawphil); its holding as quoted ('they cannot be imported into the "
            "Philippine territory outside of the secured fenced-in former Subic Naval Base area') was seen "
            "only in a newspaper summary: unconfirmed. RA 8506 still bars a right-hand-drive vehicle on any "
            "road, public or private."
        ),
    ),
    Rule(
        "PH-LTO-REBUILT",
        "PH",
        "A locally rebuilt vehicle (the 'multicab') is registered through the LTO's rebuilt-vehicle procedure, "
        "a different legal object from an imported kei truck.",
        kind=RuleKind.INFORMATION,
        citation="LTO, motor vehicle registration: rebuilt with local chassis/body and imported engine",
        source=LTO_REBUILT,
        sources=(YEAR_MODEL, RAIDS_2025),
        reviewed_on=REVIEWED,
        in_force=Period(REVIEWED),
        check=rebuilt,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Official (LTO): 'REBUILT WITH LOCAL CHASSIS/BODY AND WITH IMPORTED ENGINE': sales invoices, "
            "affidavit of rebuilt, Certificate of Stock Reported for engine and chassis, PNP-HPG clearance, "
            "MVIR, Certificate of Compliance to Emission Standards. Shown from the day the page was read; "
            "whether importing used cut bodies or parts is itself lawful under EO 156 is open. In 2025 the LTO "
            "raided yards rebuilding right-hand-drive imports (press)."
        ),
    ),
)
