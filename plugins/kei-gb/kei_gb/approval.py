"""Great Britain: before the DVLA registers an imported kei truck, it is approved, or it is old.

A vehicle not approved for GB is approved individually by DVSA (IVA; Road Vehicles (Approval)
Regulations 2020, reg. 18): a kei truck as category N1. gov.uk's import guide adds that a
vehicle over 10 years old, "based on the date of manufacture or first registration", needs no
approval: the keeper contacts the DVLA, which registers it with an MOT. The statutory source of
that 10-year line was not read, so its route ships unconfirmed.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    age_from,
    conditional,
    failed,
    missing,
    unknown,
)
from kei_gb.ages import REVIEWED

APPROVAL_REGULATIONS = "https://www.legislation.gov.uk/uksi/2020/818/regulation/18"
IMPORT_GUIDE = "https://www.gov.uk/importing-vehicles-into-the-uk"

TEN_YEARS = AgeThreshold(10, Granularity.DAY)
ONE_DAY = dt.timedelta(days=1)

REGISTER = "registration and vehicle tax with the DVLA, with evidence of the truck's date of manufacture"


def individual_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """IVA: open to any kei truck, on DVSA's approval."""
    return conditional(
        "A kei truck is of no type approved for Great Britain, so DVSA can approve it individually "
        "(IVA) as a category N1 goods vehicle before the DVLA registers it.",
        conditions=[
            "a GB individual vehicle approval (IVA) from DVSA for the truck as category N1 "
            "(Road Vehicles (Approval) Regulations 2020, reg. 18)",
            REGISTER,
        ],
    )


def over_ten_years(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Over 10 years old by date of manufacture (first registration if that is all we have)."""
    field = "manufactured" if vehicle.manufactured is not None else "first_registered"
    if getattr(vehicle, field) is None:
        return missing("manufactured")
    # "Over 10 years old": more than 10 years, so from the day after the tenth anniversary.
    dated = age_from(vehicle, field, TEN_YEARS, on - ONE_DAY)
    test, says = dated.test, dated.says()
    over_from = test.passes_from + ONE_DAY if test.passes_from else None
    if test.status is Status.LEGAL:
        return conditional(
            f"{says}: over 10 years before {on}, so no vehicle approval is needed; the DVLA registers "
            "it on its own checks.",
            conditions=[
                "a current MOT test certificate, unless the truck is exempt as a vehicle of historical "
                "interest (GB-HIST-MOT)",
                REGISTER,
            ],
        )
    if test.status is Status.NOT_LEGAL:
        return failed(
            f"{says}: over 10 years old only from {over_from}; until then it needs a vehicle approval (IVA).",
            passes_from=over_from,
        )
    return unknown(
        f"{says}: certainly over 10 years old only from {over_from}.",
        passes_from=over_from,
        settle=["the maker's label giving the month and day of manufacture"],
    )


REGISTRATION = Requirement(
    id="GB-REGISTRATION",
    jurisdiction="GB",
    statement=(
        "An imported vehicle may be used on the road only once the DVLA has registered and taxed it; "
        "one under 10 years old must first be approved for Great Britain."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="GB-IVA-10Y",
        jurisdiction="GB",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle over 10 years old, by date of manufacture or first registration, needs no vehicle "
            "approval: the DVLA registers it with an MOT."
        ),
        citation="DVLA/gov.uk, 'Importing vehicles into the UK': vehicles over 10 years old",
        source=IMPORT_GUIDE,
        sources=(
            "https://www.seakargo.com/about-our-company/hmrc-vehicle-information.html",
            "https://heygrowthhub.com/business-information/importing-vehicles-into-the-uk",
        ),
        reviewed_on=REVIEWED,
        unconfirmed=True,
        check=over_ten_years,
        notes=(
            "Seen only in verbatim copies of the gov.uk guide ('The 10 year date is based on the date of "
            "manufacture or first registration'); the statutory line (the 'relevant vehicle' of SI "
            "2020/818 Part 4) was not read: unconfirmed. kei counts from the date of manufacture, and "
            "from first registration only when the build date is not given, and says which. 'Over 10 "
            "years old' is read as more than 10 years, from the day after the tenth anniversary: a truck "
            "built 2016-01-22 qualifies on 2026-01-23, one day later than the dossier's worked example "
            "(which counts the anniversary itself); the other reading would be the more favourable one."
        ),
    ),
    Rule(
        id="GB-IVA",
        jurisdiction="GB",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle not approved for Great Britain can be approved individually by DVSA (IVA) against "
            "the requirements for its category."
        ),
        citation="Road Vehicles (Approval) Regulations 2020 (SI 2020/818), reg. 18",
        source=APPROVAL_REGULATIONS,
        sources=("https://legislation.gov.uk/uksi/2020/818/made/data.xht",),
        reviewed_on=REVIEWED,
        in_force=Period("2020-09-01"),
        check=individual_approval,
        notes=(
            "Regulation 18 (a qualifying applicant applies to the approval authority) read on "
            "legislation.gov.uk. 'Basic' and 'normal' IVA (personal imports and others) are DVSA's "
            "scheme; they are not distinguished here. Before 2020-09-01 the Motor Vehicles (Approval) "
            "Regulations 2001 applied; kei does not encode them."
        ),
    ),
)
