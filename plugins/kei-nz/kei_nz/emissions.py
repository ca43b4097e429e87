"""New Zealand: the exhaust-emissions standard a used petrol import meets on the day it is
certified, read from the Japanese emissions code, and the 20-year exemption from it.

Land Transport Rule: Vehicle Exhaust Emissions 2007 (Rule 33001), in effect from 2008-01-03;
amended in 2023 (in force 2023-12-01): used petrol imports of classes MA, MB, MC, MD1, MD2 and NA
inspected at the border from 2024-04-30 meet "Japan 2005 Low Harm or Japan 2018 or higher"; a Euro 6d step for
light used imports is reported from 2028-07-01. The clause text of the 2023 amendment was not read
(legislation and NZTA rule pages not reached): every value here ships unconfirmed.

Which Japanese standard a truck meets is read from its emissions code (排出ガス記号), the prefix
of the 型式 on the 車検証 (``EBD`` of ``EBD-DA16T``): :data:`JAPANESE_CODES`, from secondary
explainers of MLIT's table; unconfirmed too.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from kei_core import (
    Dated,
    DatedValue,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_route,
    conditional,
    failed,
    missing,
    unknown,
)
from kei_nz.sources import ESC_NEWS, REVIEWED, SETTLE_TWENTY_YEARS, TWENTY_YEARS, twenty_years_before

EMISSIONS_RULE = "http://www.nzta.govt.nz/resources/rules/vehicle-exhaust-emissions-2007.html"
MINISTRY = (
    "https://www.transport.govt.nz/legislation/regulations/landtransportrulevehicleexhaustemissions2007/"
)
BULLETIN_28 = (
    "http://vehicleinspection.nzta.govt.nz/virms/entry-certification/technical-bulletins/"
    "exhaust-emissions-standard-compliance"
)
AUTOFILE_2024 = "https://autofile.co.nz/emissions-rule-deadline-approaches-"
VIA_2025 = "https://via.org.nz/via-the-blog-for-industry/why-are-we-still-bowing-to-brussels"
EURO_6D_STEP = (
    "https://tuv.com/regulations-and-standards/en/new-zealand-update-euro-6-vi-consultation-document-"
    "draft-land-transport-rule-vehicle-exhaust-emissions-amendment-2023.html"
)
AMENDMENT_2012 = "https://nzta2.cwp.govt.nz/resources/rules/vehicle-exhaust-emissions-amendment-2012"
PROPOSAL_2012 = "https://infonews.co.nz/news.cfm?id=92419"
RELEASE_2012 = "http://www.scoop.co.nz/stories/PA1211/S00347/vehicle-exhaust-emissions-rule-to-be-updated.htm"
CODE_TABLES = (
    "https://kurukura.jp/car-life/20200419-01_2.html",
    "https://hustler.zenhp.co.jp/jidoushahaishutgoutosutekkanomikata.html",
)

SETTLE_CODE = (
    "give emission_code: the prefix before the hyphen of the 型式 on the 車検証 or export certificate "
    "(EBD of EBD-DA16T)"
)
SETTLE_CERTIFIER = "an NZTA entry certifier's finding of the approved emissions standard the truck meets"


BUILT_FROM_2012 = dt.date(2012, 1, 1)
"""Autofile (2024-04-18, V2): 'all Japanese vehicles with emissions codes Axx, Bxx and Cxx plus
Dxx and others manufactured prior to 2012' fall below the floor of 2024-04-30; the importers'
association (2025, V2): only D codes count as Japan 2005 Low Harm."""


class JapaneseStandard(NamedTuple):
    """The Japanese emissions standard an emissions code stands for, in words, and how it fares
    against the floor of 2024-04-30 ("Japan 2005 Low Harm or Japan 2018 or higher")."""

    words: str
    meets_2024: bool | None
    """True: meets it; False: does not; None: not known (a certifier decides)."""
    built_from: dt.date | None = None
    """When it meets it only if built on or after this day (and fails if built before)."""


JAPANESE_CODES: tuple[tuple[re.Pattern[str], JapaneseStandard], ...] = (
    # Before 2005 the code had one or two letters (GD, LE, V, KC...).
    (
        re.compile(r"^[A-Z]{1,2}$"),
        JapaneseStandard("a standard before Japan's 2005 (平成17年) standard", False),
    ),
    (re.compile(r"^A..$"), JapaneseStandard("Japan's 2005 standard without a reduction level", False)),
    (re.compile(r"^B..$"), JapaneseStandard("Japan's 2005 standard (code B)", False)),
    (re.compile(r"^C..$"), JapaneseStandard("Japan's 2005 standard, 50 % below it (☆☆☆)", False)),
    (
        re.compile(r"^D..$"),
        JapaneseStandard("Japan's 2005 standard, 75 % below it (☆☆☆☆)", True, BUILT_FROM_2012),
    ),
    (re.compile(r"^[3-6]..$"), JapaneseStandard("Japan's 2018 (平成30年) standard", True)),
)
"""Emissions code -> standard (secondary explainers of MLIT's table, unconfirmed). Codes not
listed (the E.. and H.. of kei trucks from 2008: EBD, HBD) have no confirmed meaning."""


def standard_of(code: str) -> JapaneseStandard | None:
    """The standard an emissions code stands for, or ``None`` when its meaning is not confirmed."""
    for pattern, standard in JAPANESE_CODES:
        if pattern.match(code):
            return standard
    return None


class UsedImportFloor(NamedTuple):
    """The least a used petrol import inspected at the border on a day must meet."""

    words: str
    encoded: bool = True
    japanese_equivalence_known: bool = True
    """False when no text says which Japanese standards count (the 2028 Euro 6d step)."""

    def __str__(self) -> str:
        return self.words


FLOOR: Dated[UsedImportFloor] = Dated(
    [
        DatedValue(
            "2008-01-03",
            UsedImportFloor("the standards of the 2007 Rule before its 2023 amendment", encoded=False),
            citation="Land Transport Rule: Vehicle Exhaust Emissions 2007 (Rule 33001/2) and amendments to 2023",
        ),
        DatedValue(
            "2024-04-30",
            UsedImportFloor("Japan 2005 Low Harm or Japan 2018 or higher"),
            citation="Vehicle Exhaust Emissions Amendment 2023 (NZ-EMISSIONS-USED-2024)",
            unconfirmed=True,
        ),
        DatedValue(
            "2028-07-01",
            UsedImportFloor("Euro 6d or an equivalent standard", japanese_equivalence_known=False),
            citation="Vehicle Exhaust Emissions Amendment 2023 (NZ-EMISSIONS-USED-2028)",
            unconfirmed=True,
        ),
    ]
)
"""The floor for used petrol light imports, by the day of border inspection (the date asked)."""


def approved_standard(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The truck's Japanese standard, read from its emissions code, against the floor of the day."""
    floor = FLOOR.at(on)
    if floor is None or not floor.encoded:
        return unknown(
            f"kei does not encode the emissions standards for used imports inspected at the border before 2024-04-30 "
            f"({floor or 'the Rule of the day'}).",
            settle=(SETTLE_CERTIFIER,),
        )
    if vehicle.fuel is None:
        return missing("fuel")
    if vehicle.fuel != "petrol":
        return unknown(
            f"The floor encoded here is for petrol vehicles; kei does not encode it for {vehicle.fuel}.",
            settle=(SETTLE_CERTIFIER,),
        )
    code = vehicle.emission_code
    if code is None:
        return unknown(
            f"Inspected at the border on {on}, a used petrol import must meet {floor}; without the truck's Japanese "
            "emissions code, which standard it meets is not known.",
            settle=(SETTLE_CODE, SETTLE_CERTIFIER),
        )
    standard = standard_of(code)
    if standard is None:
        return unknown(
            f"Inspected at the border on {on}, a used petrol import must meet {floor}; what its emissions code {code} "
            "stands for is not confirmed.",
            settle=(SETTLE_CERTIFIER,),
        )
    says = f"Its emissions code {code} stands for {standard.words}"
    meets = standard.meets_2024
    if meets and standard.built_from is not None:
        built = vehicle.manufactured
        if built is None:
            return missing("manufactured")
        if built.latest() < standard.built_from:
            meets = False
            says += f", built {built.describe()}, before {standard.built_from.year}"
        elif built.earliest() < standard.built_from:
            return unknown(
                f"{says}; it meets {floor} only if built from {standard.built_from}, which the build date "
                f"{built} does not settle.",
                settle=("the month of manufacture (the maker's plate)", SETTLE_CERTIFIER),
            )
    if meets is False:
        return failed(
            f"{says}, which does not meet {floor}, the floor for a used import inspected at the border on {on}."
        )
    if meets is None:
        return unknown(
            f"{says}; whether that meets {floor}, the floor for a used import inspected at the border on {on}, is not "
            "confirmed.",
            settle=(SETTLE_CERTIFIER,),
        )
    if not floor.japanese_equivalence_known:
        return unknown(
            f"{says}; inspected at the border on {on} it must meet {floor}, and which Japanese standards count as "
            "equivalent is not confirmed.",
            settle=(SETTLE_CERTIFIER,),
        )
    return conditional(
        f"{says}, which meets {floor}, the floor for a used import inspected at the border on {on}.",
        conditions=(
            "Show the entry certifier the evidence of the truck's emissions standard "
            "(the Japanese export certificate with its 型式).",
        ),
    )


def twenty_year_exemption(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No emissions standard for a truck built or first registered abroad 20 years or more before
    its first certification (unconfirmed after the 2023 amendment)."""
    dated = twenty_years_before(vehicle, on)
    if dated is None:
        return missing("manufactured", "first_registered")
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: conditional(
            f"{says}: 20 years or more before its certification on {on}, so no emissions standard applies, "
            "if the 20-year exemption still stands after the 2023 amendment.",
            conditions=(
                "Have the entry certifier apply the 20-year exemption of the Vehicle Exhaust Emissions Rule "
                "2007 (not confirmed in the text as amended in 2023).",
            ),
        ),
        too_young=lambda day: (
            f"{says}: certified on {on} it is under 20 years old, so the 20-year exemption from the "
            f"emissions standard applies only from {day}."
        ),
        unsure=lambda day: f"{says}: 20 years old at certification only from {day} for certain.",
        settle=SETTLE_TWENTY_YEARS,
    )


EMISSIONS = Requirement(
    id="NZ-EMISSIONS",
    jurisdiction="NZ",
    statement=(
        "A vehicle certified for entry into service meets an approved exhaust-emissions standard, "
        "unless it is exempt."
    ),
)

RULES = (
    EMISSIONS,
    Rule(
        "NZ-EMISSIONS-STANDARD",
        "NZ",
        "A used petrol import inspected at the border from 2024-04-30 meets Japan 2005 Low Harm or Japan 2018 "
        "or higher; from 2028-07-01, Euro 6d or an equivalent (reported).",
        kind=RuleKind.PATHWAY,
        requirement=EMISSIONS.id,
        citation=(
            "Land Transport Rule: Vehicle Exhaust Emissions 2007 (Rule 33001), as amended by the Vehicle "
            "Exhaust Emissions Amendment 2023"
        ),
        source=MINISTRY,
        sources=(EMISSIONS_RULE, BULLETIN_28, AUTOFILE_2024, VIA_2025, EURO_6D_STEP, *CODE_TABLES),
        reviewed_on=REVIEWED,
        in_force=Period("2008-01-03"),
        dated={"floor": FLOOR},
        unconfirmed=True,
        check=approved_standard,
        reads=frozenset({"fuel", "emission_code", "manufactured"}),
        notes=(
            "Official: the 2007 Rule 'came into effect progressively from 3 January 2008' (Ministry of "
            "Transport); TB 28: at entry certification 'proof that the vehicle was manufactured to meet "
            "an approved emissions standard is required'. The 2024-04-30 floor is quoted by Autofile "
            "(2024-04-18) from NZTA: 'Petrol vehicles ... of classes MA, MB, MC, MD1, MD2 and NA ... "
            "must meet a standard of Japan 2005 Low Harm or Japan 2018 or higher'; the 2028-07-01 Euro "
            "6d step for light used imports is from a digest of WTO notification G/TBT/N/NZL/124, and "
            "a 2025 consultation proposed Australian ADRs as an alternative (outcome not found). "
            "Which Japanese codes prove which standard comes from Japanese explainers of MLIT's table "
            "(A: 2005, no level; C: 50 %; D: 75 %; 3-6: 2018); codes E and H (EBD-, HBD- on kei trucks "
            "from 2008) were not found and answer unknown. Autofile says A, B, C codes 'plus Dxx and "
            "others manufactured prior to 2012' fail the 2024 floor: kei fails two-letter, A, B and C "
            "codes, and a D code on a truck built before 2012; the importers' association (VIA, 2025) says only D "
            "codes now count as Japan 2005 Low Harm, so kei lets a D code built from 2012 meet the floor; "
            "other codes stay unknown. The 2024 floor is keyed to the border inspection: the importers' "
            "association told members to have affected vehicles 'border-checked by April 29' (Autofile, "
            "V2); kei takes the date asked as the day of border inspection and of certification (a truck "
            "not yet imported). Before 2024-04-30 the floor (Euro 4 / Japan 05 class for used imports) is not "
            "encoded: unknown. A model_code written with its prefix (EBD-DA16T) fills emission_code."
        ),
    ),
    Rule(
        "NZ-EMISSIONS-20Y-EXEMPT",
        "NZ",
        "No exhaust-emissions standard applies to a vehicle manufactured, or first registered outside New "
        "Zealand, 20 years or more before its first certification for entry into service.",
        kind=RuleKind.PATHWAY,
        requirement=EMISSIONS.id,
        citation="Land Transport Rule: Vehicle Exhaust Emissions 2007, as amended in 2012 (Rule 33001/6)",
        source=ESC_NEWS,
        sources=(AMENDMENT_2012, PROPOSAL_2012, RELEASE_2012, MINISTRY),
        reviewed_on=REVIEWED,
        in_force=Period("2016-03-01"),
        unconfirmed=True,
        check=twenty_year_exemption,
        reads=frozenset({"manufactured", "first_registered"}),
        read_by_age={"manufactured": TWENTY_YEARS, "first_registered": TWENTY_YEARS},
        notes=(
            "The 2012 amendment replaced the exception for vehicles built before 1990 with one for "
            "vehicles 'manufactured or first registered outside New Zealand 20 years or more before they "
            "enter service' (NZTA's 2012 consultation, as reprinted; the amendment's clause not read). "
            "NZTA's VIRM news of 2016-03-01 (official) calls the ESC exemption 'similar to frontal impact "
            "and emissions requirements', so the emissions exemption stood then: kei applies it from that "
            "day (before it, the pre-1990 exception, not encoded). The Minister's release of 2012-11-21 "
            "(reprinted by Scoop) says the amended Rule was 'in place from 1 January 2013', but not that "
            "the 20-year change was kept in the final text, so the earlier day is not used. Whether the "
            "2023 amendment kept it was "
            "not read: unconfirmed, so it makes a verdict at best conditional, with the certifier's "
            "confirmation as a condition. The certification date is the date asked (a truck not yet "
            "imported); either date of the truck may count, whichever is earlier."
        ),
    ),
)
