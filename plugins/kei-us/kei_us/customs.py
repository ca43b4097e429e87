"""Customs (CBP): the entry itself, the duty, and what federal admission does not decide.

``US-CBP-ENTRY`` is a requirement whose only job is to carry what an admissible truck must still
do at the border (the conditions of the verdict). Duty and the Section 232 surcharge are
information: they cost money, they do not decide legality. ``US-STATE-NOTE`` says that a truck
the federal government admits is not thereby one any state must register.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    passed,
    unknown,
)
from kei_us import sources as src

# ---------------------------------------------------------------------------------------------
# US-CBP-ENTRY: 19 CFR 12.73 (EPA form), 19 CFR 12.80 and 49 CFR 591.5 (HS-7)


def formal_entry(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The entry papers still to file; none when the truck's papers show it has cleared CBP."""
    if {"cbp_7501", "cbp_release"} & vehicle.documents:
        return passed("Entered through CBP: the entry papers are on file.")
    return passed(
        "Admission is decided at the border: the truck is entered with CBP together with the NHTSA and EPA "
        "declarations.",
        conditions=[
            "Make formal entry with CBP (entry summary, form 7501) with the bill of lading, bill of sale and "
            "foreign registration or export certificate; keep the stamped 7501: states ask for it to title the truck."
        ],
    )


# ---------------------------------------------------------------------------------------------
# US-CBP-HTS-8704: HTSUS 8704.31.0120; CBP NY N351601, NY N340640


def goods_vehicle_duty(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The ordinary duty on a kei truck: 25 % as a goods vehicle, never 2.5 % as a car."""
    if vehicle.fuel not in (None, "petrol"):
        return unknown(
            f"A {vehicle.fuel} truck does not fall under 8704.31 (spark-ignition engines only); its HTSUS "
            "subheading and duty need a CBP ruling.",
            settle=("a binding CBP classification ruling (19 CFR part 177)",),
        )
    return passed(
        "Duty 25 % ad valorem: a kei truck is a goods vehicle of HTSUS 8704.31.0120 (spark-ignition engine, "
        "G.V.W. not over 2.5 t), as CBP ruled for Subaru Sambars (NY N340640, NY N351601); 'off-road' and "
        "work-truck (8709) classifications were rejected."
    )


# ---------------------------------------------------------------------------------------------
# US-CBP-S232-TRUCKS: Proclamation 10908; HTSUS 9903.94.01 / 9903.94.04; EO 14345


class SurchargeVersion(NamedTuple):
    """The Section 232 surcharge on light trucks as it stood for entries in ``in_force``.

    Keyed by the DATE ASKED (the date of entry), unlike the LSV definitions: duty is owed at the
    rate in force when the goods are entered.
    """

    in_force: Period
    applies: str
    unconfirmed: bool = False


SURCHARGE_VERSIONS = (
    SurchargeVersion(
        Period("2025-04-03", "2025-09-15"),
        "the additional 25 % of HTSUS 9903.94.01 applies (Proclamation 10908)",
    ),
    SurchargeVersion(
        Period("2025-09-16", None),
        "for a product of Japan the U.S.-Japan agreement rate applies instead, 15 % including the ordinary duty "
        "(EO 14345; 90 FR 44638), so on top of the truck's 25 % ordinary duty no additional duty is expected",
        unconfirmed=True,
    ),
)
SURCHARGE_EXEMPT_AGE = AgeThreshold(25, Granularity.YEAR)
"""9903.94.04: vehicles "manufactured in a year at least 25 years prior to the year of the date of entry"."""


def section_232_surcharge(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Whether the Section 232 surcharge on light trucks applies to this entry."""
    version = next((v for v in SURCHARGE_VERSIONS if v.in_force.contains(on)), None)
    if version is None:
        return passed("No Section 232 surcharge on light trucks for entries on this date.")
    if vehicle.manufactured is None:
        return unknown(
            f"Section 232 surcharge: {version.applies}, unless the truck was built in {on.year - 25} or earlier "
            "(HTSUS 9903.94.04); the year of manufacture was not given.",
            settle=("the year of manufacture",),
        )
    age = SURCHARGE_EXEMPT_AGE.test(vehicle.manufactured, on)
    if age.status is Status.LEGAL:
        return passed(
            f"No Section 232 surcharge: built {vehicle.manufactured.year}, at least 25 years before the year of "
            "entry (HTSUS 9903.94.04)."
        )
    return passed(
        f"Section 232 surcharge: built {vehicle.manufactured.year}, less than 25 years before the year of entry: "
        f"{version.applies}.",
        unconfirmed=version.unconfirmed,
    )


RULES: Sequence[Rule] = (
    Rule(
        "US-CBP-ENTRY",
        "US",
        "A vehicle is imported through a formal CBP entry, with the NHTSA HS-7 and EPA 3520-1 declarations",
        citation="19 CFR 12.73 (EPA declaration); 19 CFR 12.80 and 49 CFR 591.5 (HS-7); CBP form 7501",
        source=src.CFR_19_12_73,
        sources=(src.EPA_FORM_COPY, src.CFR_591_5),
        reviewed_on=src.REVIEWED,
        check=formal_entry,
        reads={"documents"},
        uses_date=False,
        notes="The EPA form itself cites 19 CFR 12.73 (copy of the form); 19 CFR 12.80 was not read here. "
        "The conditions of the 25-year and 21-year pathways name the two declarations.",
        stage="import",
    ),
    Rule(
        "US-CBP-HTS-8704",
        "US",
        "Kei trucks classify as goods vehicles, HTSUS 8704.31.0120, duty 25 % ad valorem",
        citation="HTSUS 8704.31.0120; CBP NY N351601 (2025), NY N340640 (2024)",
        source=src.CBP_SAMBAR_1999,
        sources=(src.CBP_SAMBAR_1993, src.USITC_HTS, src.CBP_SAMBAR_1999_COPY),
        reviewed_on=src.REVIEWED,
        kind=RuleKind.INFORMATION,
        check=goods_vehicle_duty,
        reads={"fuel"},
        uses_date=False,
        notes="The 25 % rate on trucks dates from Proclamation 3564 (1963). Ruling text read in a copy of "
        "CBP's ruling (customsmobile.com).",
        stage="import",
    ),
    Rule(
        "US-CBP-S232-TRUCKS",
        "US",
        "Section 232 surcharge on light trucks from 2025-04-03, not for trucks built in a year at least 25 years "
        "before the year of entry",
        citation="Proclamation 10908; HTSUS ch. 99, U.S. note 33, 9903.94.01, 9903.94.04; EO 14345 (Japan)",
        source=src.CBP_SAMBAR_1999,
        sources=(src.FR_JAPAN_AGREEMENT, src.CBP_SAMBAR_1999_COPY),
        reviewed_on=src.REVIEWED,
        source_as_of="2025-09-16",
        kind=RuleKind.INFORMATION,
        in_force=Period("2025-04-03"),
        check=section_232_surcharge,
        reads={"manufactured"},
        notes="The dossier's worked example (2026-01-22: '+25 % unless built 2001 or earlier') predates the "
        "U.S.-Japan agreement: from 2025-09-16 CBP applies the agreement's 15 % all-in rate to Japanese "
        "passenger vehicles and light trucks (press reports of CBP guidance; Commerce notice 90 FR 44638). How "
        "that rate meets a 25 % ordinary duty was not read in an official text: unconfirmed. Versions are keyed "
        "by the date of entry (SURCHARGE_VERSIONS).",
        stage="import",
    ),
    Rule(
        "US-STATE-NOTE",
        "US",
        "Federal admission does not oblige any state to title or register the truck for road use; AAMVA recommends "
        "states refuse on-road registration of mini trucks, including those over 25 years old",
        citation="AAMVA, Regulation of Off-Road Vehicles, best practices (2021); mini-truck best practice (2011)",
        source=src.AAMVA_OFF_ROAD,
        reviewed_on=src.REVIEWED,
        kind=RuleKind.INFORMATION,
        stage="registration",  # about what the states do after entry, not the entry itself
        notes="Out of federal scope: each state plugin decides titling, registration and road access.",
    ),
)
