"""Australia, Commonwealth: may the truck be imported? (Road Vehicle Standards Act 2018 and Rules 2019.)

1. RVSA s. 22: importing a road vehicle contravenes the Act unless the importer holds an import
   approval in force for it (or a road vehicle type approval, or the holder's written authority).
2. Older vehicles: a concessional RAV entry approval, which is also the import approval, for a
   vehicle in an eligible category (light goods vehicle NA, as a kei truck is) whose relevant
   build date is at least 25 years before the date of application. The relevant build date is
   the later of the day its assembly was first completed and the day the last significant
   modification was completed (RVS Rules 2019 s. 36, as the department cited it in 2019).
3. Younger trucks: only a model or variant on the Specialist and Enthusiast Vehicles Register
   (Rules s. 129), then a concessional RAV entry approval and a Registered Automotive Workshop.

The date asked (``--on``) stands for the date of the application, not of arrival: the 25 years
must have passed when the importer applies.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeTest,
    AgeThreshold,
    Granularity,
    Outcome,
    PartialDate,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    failed,
    passed,
    unknown,
)

REVIEWED = "2026-11-25"
JURISDICTION = "AU"
IMPORT_APPROVAL = "AU-IMPORT"

RVSA_2021 = (
    "https://www.legislation.gov.au/C2018A00163/2021-09-01/2021-09-01/text/original/epub/OEBPS/"
    "document_1/document_1.html"
)
RVSA_S22_COPY = "http://liiofindia.org:443/au/legis/cth/num_act/rvsa2018203/s22.html"
OLDER_INTERIM = "https://www.infrastructure.gov.au/vehicles/imports/import_options/interim-measure.aspx"
SIGNIFICANT_MODIFICATIONS = (
    "https://www.infrastructure.gov.au/infrastructure-transport-vehicles/vehicles/road-vehicle-standards-laws/"
    "guides-and-resources/effect-significant-modifications-older-vehicles"
)
CONCESSIONAL_RAV = (
    "https://www.infrastructure.gov.au/infrastructure-transport-vehicles/vehicles/importing-vehicle/"
    "concessional-rav-entry-approvals"
)
SEVS = (
    "https://infrastructure.gov.au/infrastructure-transport-vehicles/vehicles/vehicle-design-regulation/rvs/"
    "specialist-enthusiast-vehicles"
)
SEVS_KEI_DEALER = "https://j-spec.com.au/news/news.php?id=43"
SEVS_KEI_PRESS = "https://drive.com.au/news/imported-kei-cars-stranded-australia-blunder"

# "at least 25 years before the date of the application": a day count, certain from the 25th
# anniversary of the latest possible relevant build date.
TWENTY_FIVE_YEARS = AgeThreshold(25, Granularity.DAY)

APPLY_FIRST = (
    "apply for a concessional RAV entry approval as an older vehicle (it is also the import approval) "
    "before the truck is shipped; the 25 years count to the date of application"
)
THEN_REGISTER = (
    "once imported, have the truck entered on the Register of Approved Vehicles and registered by a "
    "state or territory"
)


def relevant_build_dates(vehicle: Vehicle) -> tuple[tuple[str, PartialDate], ...]:
    """The dates whose latest is the relevant build date: assembly, and each significant modification."""
    assert vehicle.manufactured is not None
    dates = [("first completion of assembly", vehicle.manufactured)]
    for modification in vehicle.modifications:
        if modification.significant and modification.date is not None:
            what = modification.description or "a significant modification"
            dates.append((f"completion of {what}", modification.date))
    return tuple(dates)


def older_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Relevant build date at least 25 years before the date of application."""
    if vehicle.manufactured is None:
        return unknown(
            "the older-vehicle route turns on the relevant build date, and the date of manufacture was "
            "not given",
            settle=("give manufactured", "the build plate or the Japanese registration papers"),
        )
    undated = [m for m in vehicle.modifications if m.significant and m.date is None]
    if undated:
        what = undated[0].description or "a significant modification"
        return unknown(
            f"the relevant build date is the later of assembly and the last significant modification, "
            f"and {what} has no date",
            settle=("give the date each significant modification was completed",),
        )
    tests: list[tuple[str, PartialDate, AgeTest]] = [
        (label, date, TWENTY_FIVE_YEARS.test(date, on)) for label, date in relevant_build_dates(vehicle)
    ]
    label, date, deciding = max(tests, key=lambda test: test[2].passes_from or dt.date.min)
    relevant = f"relevant build date {date.describe()} ({label})"
    asked = f"applying on {on.isoformat()} (the date asked stands for the date of application)"
    if all(test.passed for _, _, test in tests):
        return passed(
            f"{relevant}, at least 25 years before {asked}: eligible for a concessional RAV entry "
            f"approval as an older vehicle",
            conditions=(APPLY_FIRST, THEN_REGISTER),
        )
    if any(test.status is Status.NOT_LEGAL for _, _, test in tests):
        return failed(
            f"{relevant}, less than 25 years before {asked}; an application is eligible from "
            f"{deciding.passes_from}",
            passes_from=deciding.passes_from,
        )
    return unknown(
        f"{relevant}: 25 years before {asked} or not depending on the day; certain from "
        f"{deciding.passes_from}",
        passes_from=deciding.passes_from,
        settle=(
            "the build plate or papers giving the day the truck (or its last significant modification) "
            "was completed",
        ),
    )


def specialist_and_enthusiast(vehicle: Vehicle, on: dt.date) -> Outcome:
    """A model or variant on the SEVs Register, then a concessional RAV entry approval and a RAW."""
    return conditional(
        "a kei truck younger than 25 years may be imported only if its model or variant is on the "
        "Specialist and Enthusiast Vehicles Register (RVS Rules s. 129); no register entry for a kei "
        "truck was checked",
        conditions=(
            "the truck's model or variant is on the SEVs Register",
            "a concessional RAV entry approval (the import approval) before shipping",
            "a Registered Automotive Workshop modifies the truck to the national road vehicle standards "
            "and enters it on the Register of Approved Vehicles",
        ),
        settle=("search the SEVs Register for the truck's model and variant",),
    )


RULES: tuple[Rule | Requirement, ...] = (
    Requirement(
        IMPORT_APPROVAL,
        JURISDICTION,
        "The importer holds an import approval in force for the truck (Road Vehicle Standards Act 2018 s. 22)",
    ),
    Rule(
        "AU-RVSA-IMPORT",
        JURISDICTION,
        "Importing a road vehicle contravenes the Act unless the importer holds an import approval in force "
        "for it (or a road vehicle type approval, or the holder's written authority)",
        citation="Road Vehicle Standards Act 2018 (Cth) s. 22",
        source=RVSA_2021,
        reviewed_on=REVIEWED,
        source_as_of="2021-09-01",
        kind=RuleKind.INFORMATION,
        in_force=Period("2021-07-01"),
        sources=(RVSA_S22_COPY,),
        notes=(
            "Section 22's wording was read in a copy of the Act as made; the official compilation of "
            "2021-09-01 was seen but not at s. 22. In force in full from 2021-07-01, when the Act replaced "
            "the Motor Vehicle Standards Act 1989."
        ),
    ),
    Rule(
        "AU-OLDER-25Y",
        JURISDICTION,
        "An older vehicle (category NA among others) whose relevant build date is at least 25 years before "
        "the date of application is eligible for a concessional RAV entry approval, which is also its "
        "import approval",
        citation="Road Vehicle Standards Rules 2019 (Cth) s. 36 (older vehicles), as cited by the "
        "department in 2019",
        source=SIGNIFICANT_MODIFICATIONS,
        reviewed_on=REVIEWED,
        source_as_of="2022-07-01",
        check=older_vehicle,
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_APPROVAL,
        in_force=Period("2019-12-10"),
        sources=(OLDER_INTERIM, CONCESSIONAL_RAV),
        notes=(
            "Criterion, the eligible categories (MA, MB, MC, LA-LE and NA, light goods vehicle) and the "
            "definition of the relevant build date are on the department's 2019 interim page and its July "
            "2022 guidance note; applications opened on 2019-12-10. 's. 36' is the 2019 numbering; the "
            "current compilation of the Rules was not seen. The date asked stands for the date of "
            "application, not of arrival. Significant modifications (body, chassis, drivetrain, brakes, "
            "steering) move the relevant build date to the day the last one was completed; one without a "
            "date makes the answer unknown."
        ),
    ),
    Rule(
        "AU-SEVS",
        JURISDICTION,
        "A vehicle younger than 25 years may be imported if its model or variant is on the Specialist and "
        "Enthusiast Vehicles Register, through a concessional RAV entry approval and a Registered "
        "Automotive Workshop",
        citation="Road Vehicle Standards Rules 2019 (Cth) s. 129 (SEVs Register eligibility criteria)",
        source=SEVS,
        reviewed_on=REVIEWED,
        check=specialist_and_enthusiast,
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_APPROVAL,
        in_force=Period("2021-07-01"),
        unconfirmed=True,
        sources=(CONCESSIONAL_RAV, SEVS_KEI_DEALER, SEVS_KEI_PRESS),
        notes=(
            "The SEVs Register and its s. 129 criteria are official. That kei trucks and vans can still be "
            "imported this way after the 2024 suspension of passenger kei cars rests on a dealer's note and "
            "the press, and no register entry for a kei truck was seen: the route ships unconfirmed and "
            "reads at best conditional. Before 2021-07-01 the Motor Vehicle Standards Act's own SEVS and "
            "RAWS applied; they are not encoded."
        ),
    ),
)
