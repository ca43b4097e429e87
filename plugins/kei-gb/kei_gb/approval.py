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
    AgeTest,
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_from,
    age_route,
    conditional,
    missing,
)
from kei_gb.ages import REVIEWED

REVIEWED_NOW = "2026-12-01"

APPROVAL_REGULATIONS = "https://www.legislation.gov.uk/uksi/2020/818/regulation/18"
IMPORT_GUIDE = "https://www.gov.uk/importing-vehicles-into-the-uk"

TEN_YEARS = AgeThreshold(10, Granularity.DAY)
ONE_DAY = dt.timedelta(days=1)

REGISTER = "Register and tax the truck with the DVLA, with evidence of its date of manufacture."
DATE_FIELDS = ("manufactured", "first_registered")


def individual_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """IVA: open to any kei truck, on DVSA's approval."""
    return conditional(
        "A kei truck is of no type approved for Great Britain, so DVSA can approve it individually "
        "(IVA) as a category N1 goods vehicle before the DVLA registers it.",
        conditions=[
            "Obtain a GB individual vehicle approval (IVA) from DVSA for the truck as category N1 "
            "(Road Vehicles (Approval) Regulations 2020, reg. 18).",
            REGISTER,
        ],
    )


def over_ten_years(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Over 10 years old, counted from the later of the build and first-registration dates given."""
    # gov.uk: "based on the date of manufacture or first registration". Which one DVLA counts from is
    # unconfirmed, so when both are given the later date (the later tenth anniversary) decides.
    # "Over 10 years old": more than 10 years, so from the day after the tenth anniversary.
    tests = [
        age_from(vehicle, field, TEN_YEARS, on - ONE_DAY) for field in DATE_FIELDS if getattr(vehicle, field)
    ]
    if not tests:
        return missing("manufactured", "first_registered")
    deciding = max(tests, key=lambda dated: (dated.test.status, dated.test.passes_from or dt.date.max))
    status = deciding.test.status
    certain_days = [dated.test.passes_from for dated in tests if dated.test.passes_from]
    over_from = max(certain_days) + ONE_DAY if certain_days else None
    says = deciding.says()
    if len(tests) > 1:
        says += " (the later of its build and first-registration dates, as DVLA's choice is unconfirmed)"
    return age_route(
        AgeTest(status, over_from),
        old_enough=lambda: conditional(
            f"{says}: over 10 years before {on}, so no vehicle approval is needed; the DVLA registers "
            "it on its own checks.",
            conditions=[
                "Have a current MOT test certificate, unless the truck is exempt as a vehicle of historical "
                "interest (GB-HIST-MOT).",
                REGISTER,
            ],
        ),
        too_young=lambda day: (
            f"{says}: over 10 years old only from {day}; until then it needs a vehicle approval (IVA)."
        ),
        unsure=lambda day: f"{says}: certainly over 10 years old only from {day}.",
        settle="the maker's label or the Japanese papers giving the day of manufacture and of first registration",
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
        reviewed_on=REVIEWED_NOW,
        unconfirmed=True,
        check=over_ten_years,
        reads=frozenset({"manufactured", "first_registered"}),
        notes=(
            "Seen only in verbatim copies of the gov.uk guide ('The 10 year date is based on the date of "
            "manufacture or first registration'); the statutory line (the 'relevant vehicle' of SI "
            "2020/818 Part 4, whose reg. 21 on the first licence was seen on legislation.gov.uk, but not "
            "the definition) was not read: unconfirmed. Which of the two dates DVLA counts from is not "
            "stated, so kei takes the later of the two when both are given (the reading no more "
            "favourable than the text: a truck built 2016-03 and first registered 2016-04-12 is over 10 "
            "from 2026-04-13, not 2026-04-01), the one given when only one is, and says which (audit "
            "F10). 'Over 10 "
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
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Regulation 18 (a qualifying applicant applies to the approval authority) read on "
            "legislation.gov.uk. 'Basic' and 'normal' IVA (personal imports and others) are DVSA's "
            "scheme; they are not distinguished here. Before 2020-09-01 the Motor Vehicles (Approval) "
            "Regulations 2001 applied; kei does not encode them."
        ),
    ),
)
