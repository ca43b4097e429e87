"""Tasmania (AU-TAS): registration of an imported kei truck.

1. Full registration: no guidance on imported kei trucks (``unknown``).
2. Conditional registration: the Registrar of Motor Vehicles may register vehicles that do not
   comply with the Australian Design Rules, with conditions on their use and the areas they use;
   restricted-use classes include agriculture (moving between properties on public streets).
   Approval is the Registrar's and is not guaranteed.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    Outcome,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Vehicle,
    conditional,
    registration_not_documented,
)

REVIEWED = "2026-11-25"
JURISDICTION = "AU-TAS"
REGISTRATION = "AU-TAS-REGISTRATION"

CONDITIONAL_SUMMARY = (
    "https://www.transport.tas.gov.au/registration/conditional/conditional_registration_-_summary"
)
NON_COMPLIANT = "https://www.transport.tas.gov.au/registration/conditional/non_compliant"
RESTRICTED_USE = (
    "https://www.service.tas.gov.au/services/transport/vehicle-registration/"
    "apply-for-a-conditional-registration-restricted-use"
)
REGULATIONS_2021 = "https://www.legislation.tas.gov.au/view/whole/html/inforce/2021-06-01/sr-2021-026"

RESTRICTED = Restriction(
    "tas_conditional_registration",
    "AU-TAS",
    "only the uses, areas and times on the Certificate of Approved Operations (for farm use, e.g. moving "
    "between properties on public streets)",
)


def tasmanian_conditional_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The Registrar may register a vehicle that does not meet the ADRs, with conditions of use."""
    return conditional(
        "Tasmania registers vehicles that do not meet the Australian Design Rules conditionally, with "
        "conditions on their use, at the Registrar of Motor Vehicles' discretion",
        conditions=(
            "Apply to the Department of State Growth for approval in principle (with the Commonwealth import "
            "documents), pass the inspection it asks for, then register at Service Tasmania; approval is not "
            "guaranteed.",
            "Carry the Certificate of Approved Operations (or operations plate) in the truck.",
        ),
        restrictions=(RESTRICTED,),
    )


RULES: tuple[Rule | Requirement, ...] = (
    Requirement(
        REGISTRATION,
        JURISDICTION,
        "The Registrar of Motor Vehicles registers the truck, fully or conditionally, for use on public streets",
    ),
    Rule(
        "AU-TAS-FULL-REG",
        JURISDICTION,
        "Full registration of a vehicle that complies with the vehicle standards",
        citation="Vehicle and Traffic (Driver Licensing and Vehicle Registration) Regulations 2021 (Tas); no "
        "Department of State Growth guidance on imported kei trucks found",
        source=REGULATIONS_2021,
        reviewed_on=REVIEWED,
        check=registration_not_documented("Tasmania", "the Department of State Growth (Service Tasmania)"),
        reads=frozenset(),
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        notes="Answers unknown on purpose: no official text on fully registering an imported kei truck was found.",
    ),
    Rule(
        "AU-TAS-CRS",
        JURISDICTION,
        "Conditional registration for a vehicle that does not meet the Australian Design Rules, with "
        "conditions on its use",
        citation="Vehicle and Traffic Act 1999 (Tas); Department of State Growth, Conditional registration "
        "(summary; non-compliant vehicles; restricted use)",
        source=CONDITIONAL_SUMMARY,
        reviewed_on=REVIEWED,
        check=tasmanian_conditional_registration,
        reads=frozenset(),
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        policy=True,
        sources=(NON_COMPLIANT, RESTRICTED_USE),
        notes=(
            "The summary lists vehicles that do not meet the ADRs and 'other vehicles approved by the "
            "Registrar'; the non-compliant page lists left-hand-drive and imported vehicles as examples, "
            "asking for the Commonwealth import documents. Nothing names kei trucks, and approval is "
            "discretionary, so the answer is conditional with that condition, never legal."
        ),
    ),
)
