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

Either route makes the truck *eligible to apply*: the concessional RAV entry approval is granted
only when the department is satisfied (Rules s. 35), and it must be held before the truck is
shipped. So a route that is open reads ``conditional`` until ``import_approval`` is among the
vehicle's documents; the older-vehicle route is then ``legal``, the SEVs route still
``conditional`` on the workshop's work. The Commonwealth registers nothing: the states do.

The date asked (``--on``) stands for the date of the application, not of arrival: the 25 years
must have passed when the importer applies.
"""

from __future__ import annotations

import datetime as dt

from kei_au.sevs_register import AS_OF, RegisterEntry, entries_for, register, vehicle_code
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
from kei_core.rules import staged

REVIEWED = "2026-11-25"
REVIEWED_NOW = "2026-12-01"
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
RVSA_READY_CONCESSIONAL = "https://rvsaready.com.au/concessional-rav-entry-approval/"
SEVS_KEI_DEALER = "https://j-spec.com.au/news/news.php?id=43"
SEVS_KEI_PRESS = "https://drive.com.au/news/imported-kei-cars-stranded-australia-blunder"

# "at least 25 years before the date of the application": a day count, certain from the 25th
# anniversary of the latest possible relevant build date.
TWENTY_FIVE_YEARS = AgeThreshold(25, Granularity.DAY)

IMPORT_APPROVAL_DOCUMENT = "import_approval"
APPLY_FIRST = (
    "Apply for a concessional RAV entry approval as an older vehicle and hold it before the truck is "
    "shipped: it is also the import approval, the department grants it only when satisfied that the "
    "truck meets the criteria, and the 25 years count to the date of application."
)
# Due after the truck has landed, before a state registers it: not met by its being in the country.
THEN_REGISTER = staged(
    "registration",
    "Once the truck is imported, have it entered on the Register of Approved Vehicles and registered "
    "by a state or territory.",
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
            "The older-vehicle route turns on the relevant build date, and the date of manufacture was "
            "not given.",
            settle=("give manufactured", "the build plate or the Japanese registration papers"),
        )
    undated = [m for m in vehicle.modifications if m.significant and m.date is None]
    if undated:
        what = undated[0].description or "a significant modification"
        return unknown(
            f"The relevant build date is the later of assembly and the last significant modification, "
            f"and {what} has no date.",
            settle=("give the date each significant modification was completed",),
        )
    tests: list[tuple[str, PartialDate, AgeTest]] = [
        (label, date, TWENTY_FIVE_YEARS.test(date, on)) for label, date in relevant_build_dates(vehicle)
    ]
    label, date, deciding = max(tests, key=lambda test: test[2].passes_from or dt.date.min)
    relevant = f"Relevant build date {date.describe()} ({label})"
    asked = f"applying on {on.isoformat()} (the date asked stands for the date of application)"
    if all(test.passed for _, _, test in tests):
        eligible = f"{relevant}, at least 25 years before {asked}"
        if IMPORT_APPROVAL_DOCUMENT in vehicle.documents:
            return passed(
                f"{eligible}, and the importer holds the concessional RAV entry approval "
                "(import_approval), which is also the import approval.",
                conditions=(THEN_REGISTER,),
            )
        return conditional(
            f"{eligible}: eligible to apply for a concessional RAV entry approval as an older vehicle; the "
            "approval is discretionary and must be held before the truck is shipped.",
            conditions=(APPLY_FIRST, THEN_REGISTER),
        )
    if any(test.status is Status.NOT_LEGAL for _, _, test in tests):
        return failed(
            f"{relevant}, less than 25 years before {asked}: an application is eligible from "
            f"{deciding.passes_from}.",
            passes_from=deciding.passes_from,
        )
    return unknown(
        f"{relevant}: 25 years before {asked} or not depending on the day; certain from "
        f"{deciding.passes_from}.",
        passes_from=deciding.passes_from,
        settle=(
            "the build plate or papers giving the day the truck (or its last significant modification) "
            "was completed",
        ),
    )


def specialist_and_enthusiast(vehicle: Vehicle, on: dt.date) -> Outcome:
    """A model and build date on the SEVs Register (as of :data:`AS_OF`), then a concessional RAV
    entry approval and a Registered Automotive Workshop: at best conditional."""
    code = vehicle_code(vehicle)
    if code is None:
        return unknown(
            "A truck younger than 25 years may be imported only if its model code and build date are on "
            "the SEVs Register, and the model code was not given.",
            settle=(
                "give model_code: the 型式 on the 車検証 or export certificate (e.g. 3BD-DA16T), or the "
                "frame number",
            ),
        )
    built = vehicle.manufactured
    if built is None:
        return unknown(
            f"Whether a {code} is on the SEVs Register turns on its build date, which was not given.",
            settle=("give manufactured (the maker's plate or the Japanese papers)",),
        )
    named = [entry for entry in entries_for(code) if entry.admits_model(vehicle)]
    inside = [entry for entry in named if entry.window.holds(built) is True]
    undecided = [entry for entry in named if entry.window.holds(built) is None]
    snapshot = f"the SEVs Register as published on {AS_OF.isoformat()}"
    if inside:
        return _on_the_register(vehicle, inside[0], code, built, on)
    if undecided:
        entry = undecided[0]
        return unknown(
            f"The SEVs Register as published on {AS_OF.isoformat()} lists the {entry.designation_for(code)} "
            f"{entry.window.describe()} ({entry.number}); "
            f"a truck built {built.describe()} may fall either side of that.",
            settle=("the maker's plate or the Japanese papers giving the month of manufacture",),
        )
    listed = "; ".join(entry.describe() for entry in entries_for(code))
    elsewhere = f" It lists the {code} only as {listed}." if listed else ""
    not_on = f"A {code} built {built.describe()} is not on {snapshot}.{elsewhere}"
    if on < AS_OF:
        return unknown(
            f"{not_on} The register on {on.isoformat()} was not read here, and it changes: earlier entries "
            "for kei trucks (SEV-000331 to SEV-000416, SEV-000485) had been removed by the snapshot.",
            settle=(f"the SEVs Register as it stood on {on.isoformat()} (ROVER)",),
        )
    return failed(
        f"{not_on} Without an entry the SEVs route is closed; the register changes, so search it for an "
        "entry added since."
    )


def _on_the_register(
    vehicle: Vehicle, entry: RegisterEntry, code: str, built: PartialDate, on: dt.date
) -> Outcome:
    designation = entry.designation_for(code)
    listed = f"{entry.make} {entry.model} {designation}, {entry.window.describe()} ({entry.number})"
    if on < AS_OF:
        return unknown(
            f"A {code} built {built.describe()} is on the SEVs Register as published on {AS_OF.isoformat()} "
            f"as {listed}; whether the entry had already been made on {on.isoformat()} is not known here.",
            passes_from=AS_OF,
            settle=(f"the date {entry.number} was entered on the SEVs Register (its register page)",),
        )
    if on > entry.expires:
        return unknown(
            f"A {code} built {built.describe()} was on the SEVs Register as {listed}, an entry that expired "
            f"on {entry.expires.isoformat()}; whether it was renewed is not known here.",
            settle=(f"{entry.number}'s register page, or the register as it stands on {on.isoformat()}",),
        )
    conditions = []
    if IMPORT_APPROVAL_DOCUMENT not in vehicle.documents:
        conditions.append(
            f"Apply for a concessional RAV entry approval for a vehicle on the SEVs Register while {entry.number} "
            f"is in force (until {entry.expires.isoformat()}) and hold it before the truck is shipped: it is "
            "also the import approval, and the department grants it only when satisfied."
        )
    if "-" in designation:
        conditions.append(
            f"The 型式 on the truck's Japanese papers must read {designation}, the type designation the entry "
            "names."
        )
    reports = register().reports_for(entry, built)
    if reports:
        named = ", ".join(f"{r.number} ({r.report}, {r.window.describe()})" for r in reports)
        workshop = f"under one of the Model Reports in force for it: {named}"
    else:
        workshop = (
            f"under a Model Report for it; none covering a truck built {built.describe()} was on the register "
            f"on {AS_OF.isoformat()}, so a workshop would first need one approved"
        )
    conditions.append(
        staged(
            "registration",
            "Have a Registered Automotive Workshop bring the truck to the national road vehicle standards "
            f"{workshop}, and enter it on the Register of Approved Vehicles; then have it registered by a "
            "state or territory.",
        )
    )
    return conditional(
        f"A {code} built {built.describe()} is on the SEVs Register as published on {AS_OF.isoformat()}: "
        f"{listed}. It is eligible to apply for a concessional RAV entry approval as a specialist and "
        "enthusiast vehicle; the approval is discretionary, and a Registered Automotive Workshop must "
        "modify the truck.",
        conditions=conditions,
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
        stage="import",
    ),
    Rule(
        "AU-OLDER-25Y",
        JURISDICTION,
        "An older vehicle (category NA among others) whose relevant build date is at least 25 years before "
        "the date of application is eligible to apply for a concessional RAV entry approval, which is also "
        "its import approval",
        citation="Road Vehicle Standards Rules 2019 (Cth) s. 36 (older vehicles), as cited by the "
        "department in 2019; s. 35 (the approval is granted when the decision maker is satisfied)",
        source=SIGNIFICANT_MODIFICATIONS,
        reviewed_on=REVIEWED_NOW,
        source_as_of="2022-07-01",
        check=older_vehicle,
        reads=frozenset({"documents", "manufactured", "modifications"}),
        read_by_age={"manufactured": TWENTY_FIVE_YEARS},
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_APPROVAL,
        in_force=Period("2019-12-10"),
        sources=(OLDER_INTERIM, CONCESSIONAL_RAV, RVSA_READY_CONCESSIONAL),
        notes=(
            "Criterion, the eligible categories (MA, MB, MC, LA-LE and NA, light goods vehicle) and the "
            "definition of the relevant build date are on the department's 2019 interim page and its July "
            "2022 guidance note; applications opened on 2019-12-10. 's. 36' is the 2019 numbering; the "
            "current compilation of the Rules was not seen. The date asked stands for the date of "
            "application, not of arrival. Significant modifications (body, chassis, drivetrain, brakes, "
            "steering) move the relevant build date to the day the last one was completed; one without a "
            "date makes the answer unknown. Age makes the truck eligible to apply, not approved: the "
            "department's page says the approval 'is also taken to be an import approval', and it is "
            "granted only when the decision maker is 'satisfied that the road vehicle meets all the "
            "applicable eligibility criteria under section 35' (RVSA Ready, the department's guidance site, "
            "read 2026-12-01). RVSA s. 22 makes importing without an approval in force a contravention, so "
            "an eligible truck reads conditional until import_approval is among its documents, and legal "
            "only then (audit F1)."
        ),
        stage="import",
    ),
    Rule(
        "AU-SEVS",
        JURISDICTION,
        "A vehicle younger than 25 years may be imported only if its model and build date are on the "
        "Specialist and Enthusiast Vehicles Register, through a concessional RAV entry approval and a "
        "Registered Automotive Workshop",
        citation="Road Vehicle Standards Rules 2019 (Cth) s. 129 (SEVs Register eligibility criteria); the SEVs "
        "Register (ROVER) as published on 2026-08-22",
        source=SEVS,
        reviewed_on=REVIEWED_NOW,
        source_as_of=AS_OF,
        check=specialist_and_enthusiast,
        reads=frozenset({"model_code", "frame_number", "model", "manufactured", "documents"}),
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_APPROVAL,
        in_force=Period("2021-07-01"),
        unconfirmed=True,
        sources=(CONCESSIONAL_RAV, *register().pages, SEVS_KEI_DEALER, SEVS_KEI_PRESS),
        notes=(
            "The SEVs Register does list kei trucks: entries for the Suzuki Carry 3BD-DA16T (from 04/2022, "
            "SEV-000914), Mitsubishi Minicab Truck 3BD-DS16T (from 01/2021, SEV-001003), Toyota Pixis Truck "
            "3BD-S500U/S510U (from 12/2021, SEV-001000), Nissan NT100 Clipper 3BD-DR16T (from 04/2022, "
            "SEV-001007), the Minicab MiEV truck U68T (12/2012-12/2017) and kei vans, with the Model Reports "
            "that go with them. They are encoded as data (sevs_register.csv) from a published snapshot of the "
            "department's ROVER register taken 2026-08-22, each entry's register page a source; the register "
            "pages themselves could not be opened here, so the rule stays unconfirmed. kei stores a model "
            "code without its emissions prefix, so it matches on the model code and the build date and asks, "
            "as a condition, that the truck's 型式 read as the entry's (3BD-DA16T). A truck not on the "
            "snapshot fails the route for dates from the snapshot on (the register changes: search it for "
            "entries added since); for earlier dates, when the register was not read here and older kei "
            "entries (SEV-000331 to SEV-000416, SEV-000485, named by Model Reports) were still on it, the "
            "answer is unknown, as it is for an entry kei cannot tell was made yet, or has expired. SEVs "
            "eligibility is itself an eligibility to apply: the approval is discretionary (Rules s. 35) and a "
            "Registered Automotive Workshop must modify the truck under a Model Report, so the route is never "
            "better than conditional. The JP Star Hijet Happy +1 entry (S510P) is a camper conversion: a "
            "Hijet matches it only if its model names it. Before 2021-07-01 the Motor Vehicle Standards Act's "
            "own SEVS and RAWS applied; they are not encoded."
        ),
        stage="import",
    ),
)
