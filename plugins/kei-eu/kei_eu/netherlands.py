"""The Netherlands: the RDW must approve a vehicle before it gets a Dutch registration (kenteken).

A vehicle bought outside the EU/EFTA and never registered in Europe goes through the RDW's
individual approval (toelatingskeuring). The exception the RDW names: a vehicle with EU type
approval, or whose date of first admission (datum eerste toelating, DET) is before 1 January
1998, follows the procedure for a vehicle from the EU instead. The DET is the first
registration anywhere, a foreign register included, so kei reads it from ``first_registered``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Requirement, Rule, RuleKind, Vehicle, conditional, failed, unknown
from kei_eu.ages import REVIEWED

RDW_NON_EU = "https://www.rdw.nl/zakelijk/branches/bedrijven/individuele-goedkeuring-aanvragen/auto/toelatingskeuring-auto"
DET_DEFINITION = (
    "https://www.stelselvanbasisregistraties.nl/begrippen/zonderbegrip/BRV/Registratiestatus_van_een_voertuig/"
    "Eerste_toelatingsdatum_wereld-Registratiestatus_van_een_voertuig"
)

DET_BEFORE = dt.date(1998, 1, 1)
"""RDW: 'datum eerste toelating van vóór 1 januari 1998'."""

REGISTER = "Then have the RDW register the truck in the Dutch vehicle register (kenteken)."


def individual_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The route for a vehicle never registered in Europe: open, on the RDW's approval."""
    return conditional(
        "A kei truck bought outside the EU and never registered in Europe needs the RDW's individual "
        "approval (toelatingskeuring) before it gets a Dutch registration.",
        conditions=[
            "Have the RDW approve the truck individually (toelatingskeuring), including its technical "
            "inspection.",
            REGISTER,
        ],
    )


def first_admitted_before_1998(vehicle: Vehicle, on: dt.date) -> Outcome:
    """DET before 1998-01-01 -> the procedure for a vehicle from the EU."""
    det = vehicle.first_registered
    if det is None:
        return unknown(
            "needs first_registered (the date of first admission, DET, anywhere in the world), which "
            "was not given",
            settle=["the date of first registration (DET), e.g. from the Japanese export certificate"],
        )
    if det.latest() < DET_BEFORE:
        return conditional(
            f"First registered {det.describe()}, before {DET_BEFORE}: the RDW procedure for a vehicle "
            "from the EU applies instead of the individual approval.",
            conditions=["Have the RDW inspect the truck as an imported vehicle from the EU.", REGISTER],
        )
    if det.earliest() >= DET_BEFORE:
        return failed(
            f"First registered {det.describe()}, not before {DET_BEFORE}: this route is closed and the "
            "individual approval applies."
        )
    return unknown(
        f"First registered {det.describe()}: whether that was before {DET_BEFORE} depends on the day.",
        settle=["the day of first registration (DET)"],
    )


REGISTRATION = Requirement(
    id="NL-REGISTRATION",
    jurisdiction="NL",
    statement=(
        "A vehicle needs a Dutch registration (kenteken) to be used on Dutch roads, and the RDW must "
        "approve it first."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="NL-RDW-PRE1998",
        jurisdiction="NL",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle whose date of first admission (DET) is before 1 January 1998 follows the RDW "
            "procedure for a vehicle from the EU instead of the individual approval."
        ),
        citation="RDW, 'Toelatingskeuring van een niet eerder in Europa geregistreerde auto' (exception)",
        source=RDW_NON_EU,
        sources=(DET_DEFINITION,),
        reviewed_on=REVIEWED,
        policy=True,
        unconfirmed=True,
        check=first_admitted_before_1998,
        reads=frozenset({"first_registered"}),
        uses_date=False,
        notes=(
            "The RDW page states the exception for its vehicle category 'auto'; that it applies alike to "
            "a goods vehicle (N1) was not confirmed, so the rule is marked unconfirmed. The DET is the "
            "first registration in the Dutch register or a comparable foreign one (BRV definition, "
            "'Eerste toelatingsdatum (wereld)'). A fixed date, not an age: time never opens this route "
            "for a truck first registered in 1998 or later."
        ),
    ),
    Rule(
        id="NL-RDW-NONEU",
        jurisdiction="NL",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle bought outside the EU/EFTA and never registered in Europe is approved individually "
            "by the RDW (toelatingskeuring) before registration."
        ),
        citation="RDW, 'Toelatingskeuring van een niet eerder in Europa geregistreerde auto'",
        source=RDW_NON_EU,
        sources=(
            "https://www.autoweek.nl/autonieuws/artikel/omdat-michaels-toyota-century-van-buiten-eu-komt-moest-hij-grondigerdw-keuring-ondergaan/",
        ),
        reviewed_on=REVIEWED,
        policy=True,
        check=individual_approval,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "The RDW's own procedure page (official); the underlying rules (Wegenverkeerswet 1994, "
            "Regeling voertuigen) were not read, hence policy. In 2025 the approval cost about EUR 1,014 "
            "and includes a test-track inspection in Lelystad (press report)."
        ),
    ),
)
