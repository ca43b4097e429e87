"""Canada, federal: may the truck be imported? (Motor Vehicle Safety Act and Regulations, CEPA.)

1. MVSA s. 5 and 7: a vehicle of a prescribed class must comply with the Canada Motor Vehicle
   Safety Standards when imported. MVSR s. 4(2)(a)(ii) takes out of the prescribed classes any
   vehicle (other than a bus) "whose date of manufacture is ... 15 years or more earlier than the
   date of its importation".
2. A vehicle built for a market other than the US or Mexico cannot be imported younger than
   that, and the Act does not let it be modified to comply (Transport Canada). A kei truck was
   built for Japan: the 15-year exclusion is its only way in.
3. The On-Road Vehicle and Engine Emission Regulations (SOR/2003-2) s. 6(3)(a) exclude in the
   same words a vehicle "whose main assembly was completed 15 years or more before the date of
   its importation".

The date asked (``--on``) stands for the date of importation. Transport Canada counts age by
"the month and year" of manufacture; whether that admits a truck built in September 2013 from
1 September 2028 is not written anywhere official, so such a pass is unconfirmed, and the certain
day (the last day the truck could have been built, plus 15 years: 30 September 2028) is the one
kei gives as ``passes_from``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Check,
    Granularity,
    Outcome,
    Requirement,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    failed,
    passed,
    unknown,
)

REVIEWED = "2026-11-25"
JURISDICTION = "CA"
IMPORT_SAFETY = "CA-IMPORT-SAFETY"

MVSR_S4_2021 = "https://laws.justice.gc.ca/fra/reglements/C.R.C.,_ch._1038/section-4-20210204.html"
MVSR_S4_2020 = "https://laws-lois.justice.gc.ca/eng/regulations/C.R.C.%2C_c._1038/section-4-20200204.html"
MVSR_2013 = "http://lois-laws.justice.gc.ca/eng/regulations/C.R.C.%2C_c._1038/page-3.html"
TC_OTHER_COUNTRIES = (
    "https://tc.canada.ca/en/road-transportation/importing-vehicle/"
    "importing-vehicle-countries-other-united-states-mexico"
)
RIV_EXEMPTIONS = "https://www.riv.ca/RIVExemptions.aspx"
ORVEER_S6_2014 = "https://laws.justice.gc.ca/eng/regulations/SOR-2003-2/section-6-20140101.html"
CBSA_D19_12_1_ARCHIVE = (
    "https://bac-lac.wayback.archive-it.org/web/20061210043401/"
    "http://www.cbsa-asfc.gc.ca/E/pub/cm/d19-12-1/d19-12-1-01-e.html"
)
CBSA_D19_12_1_2021 = (
    "https://fdocuments.in/document/issn-2369-2391-memorandum-d19-12-1-ottawa-august-13-2020.html"
)
CBSA_D9_1_11 = "https://publications.gc.ca/site/eng/9.820001/marcXml.html?MODS=1"

# The regulation compares two dates: certain on the 15th anniversary of the last day the truck
# could have been built. Transport Canada "determines age by the month and year": at best, the
# first day of the anniversary month. Both go through the core's AgeThreshold.
FIFTEEN_YEARS = AgeThreshold(15, Granularity.DAY)
FIFTEEN_YEARS_BY_MONTH = AgeThreshold(15, Granularity.MONTH)

PROVE_THE_AGE = (
    "Declare the truck to the CBSA at the port of entry (Vehicle Import Form, Form 1) with proof of "
    "its month and year of manufacture: the maker's plate, or the Japanese registration or export "
    "certificate."
)
SETTLE_THE_AGE = (
    "the maker's plate or the Japanese registration papers giving the month (or day) of manufacture"
)


def fifteen_year_exclusion(law: str) -> Check:
    """The check of an exclusion for vehicles "15 years or more" older than their importation."""

    def fifteen_years_before_importation(vehicle: Vehicle, on: dt.date) -> Outcome:
        made = vehicle.manufactured
        if made is None:
            return unknown(
                f"the {law} turns on the date of manufacture, which was not given",
                settle=("give manufactured", SETTLE_THE_AGE),
            )
        certain = FIFTEEN_YEARS.test(made, on)
        by_month = FIFTEEN_YEARS_BY_MONTH.test(made, on)
        built = f"built {made.describe()}"
        asked = f"imported on {on.isoformat()} (the date asked stands for the date of importation)"
        if certain.passed:
            return passed(
                f"{built} and {asked}: manufactured 15 years or more earlier, so outside the {law}",
                conditions=(PROVE_THE_AGE,),
            )
        if by_month.passed:
            return passed(
                f"{built} and {asked}: 15 years old counting by month and year as Transport Canada "
                f"does, but certain only from {certain.passes_from}; the month reading is not "
                f"confirmed in an official text",
                conditions=(PROVE_THE_AGE,),
                passes_from=certain.passes_from,
                unconfirmed=True,
            )
        month_note = ""
        if by_month.passes_from != certain.passes_from:
            month_note = (
                f" (from {by_month.passes_from} if the month and year alone count, which is not confirmed)"
            )
        if certain.status is Status.NOT_LEGAL and by_month.status is Status.NOT_LEGAL:
            return failed(
                f"{built} and {asked}: under 15 years old, so the {law} apply and a truck built "
                f"for Japan cannot meet it; importable from {certain.passes_from}{month_note}",
                passes_from=certain.passes_from,
            )
        return unknown(
            f"{built} and {asked}: 15 years old or not depending on the day of manufacture; certain "
            f"from {certain.passes_from}{month_note}",
            passes_from=certain.passes_from,
            settle=(SETTLE_THE_AGE,),
        )

    return fifteen_years_before_importation


def built_for_another_market(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Transport Canada: a vehicle built for a market other than the US or Mexico cannot be
    modified to comply with the CMVSS, and the RIV route is only for US and Mexican vehicles."""
    return failed(
        "a kei truck was built for the Japanese market, not certified to the Canada Motor Vehicle "
        "Safety Standards; the Motor Vehicle Safety Act does not allow it to be modified to comply, "
        "and the Registrar of Imported Vehicles route is only for vehicles from the US or Mexico, so it "
        "can enter only once the 15-year exclusion (CA-MVSR-15Y) takes it out of the regulated classes"
    )


RULES: tuple[Rule | Requirement, ...] = (
    Requirement(
        IMPORT_SAFETY,
        JURISDICTION,
        "A vehicle of a prescribed class complies with the Canada Motor Vehicle Safety Standards "
        "when imported, unless the regulations exclude it",
    ),
    Rule(
        "CA-MVSR-15Y",
        JURISDICTION,
        "A vehicle (other than a bus) manufactured 15 years or more before the date of its importation "
        "is outside the prescribed classes, so the safety standards do not bar its import",
        citation="Motor Vehicle Safety Regulations, C.R.C., c. 1038, s. 4(2)(a)(ii)",
        source=MVSR_S4_2021,
        reviewed_on=REVIEWED,
        source_as_of="2021-02-04",
        check=fifteen_year_exclusion("Motor Vehicle Safety Regulations (s. 4(2)(a)(ii))"),
        reads=frozenset({"manufactured"}),
        read_by_age={"manufactured": (FIFTEEN_YEARS, FIFTEEN_YEARS_BY_MONTH)},
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_SAFETY,
        sources=(MVSR_S4_2020, MVSR_2013, TC_OTHER_COUNTRIES),
        notes=(
            "Text read in the versions in force 2020-02-04 to 2021-02-03 (English) and 2021-02-04 to "
            "2024-10-30 (French: « antérieure d'au moins quinze ans à la date de son importation »); "
            "the 2013 text says the same in other words. The version after 2024-10-30 was not seen. "
            "The regulation compares the date of manufacture with the date of importation; Transport "
            "Canada says age is 'based on the month and year of its manufacture' but nowhere which day "
            "of the anniversary month admits a truck. kei is certain from the 15th anniversary of the "
            "latest possible day of manufacture (Sept 2013 -> 2028-09-30); a pass that holds only by "
            "month and year (Sept 2013 -> from 2028-09-01) is marked unconfirmed, so it reads "
            "conditional. The date asked stands for the date of importation."
        ),
        stage="import",
    ),
    Rule(
        "CA-NONUS-BAR",
        JURISDICTION,
        "A vehicle built for a market other than the US or Mexico cannot be imported unless excluded "
        "(15 years or older), and cannot be modified to comply with the safety standards",
        citation="Motor Vehicle Safety Act, S.C. 1993, c. 16, ss. 5 and 7; Transport Canada, Importing a "
        "vehicle from countries other than the United States and Mexico",
        source=TC_OTHER_COUNTRIES,
        reviewed_on=REVIEWED,
        check=built_for_another_market,
        reads=frozenset(),
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=IMPORT_SAFETY,
        policy=True,
        sources=(CBSA_D9_1_11,),
        notes=(
            "The other routes Transport Canada lists (new vehicles bought from the maker abroad, "
            "returning Canadian-specification vehicles, non-regulated classes, US or Mexican retail "
            "vehicles through the RIV) do not fit a used kei truck from Japan, so this pathway always "
            "fails: it explains why the 15-year exclusion is the only way in. The Customs Tariff "
            "(item 9897.00.00, CBSA Memorandum D9-1-11) also prohibits used vehicles up to 15 years old "
            "unless exempted; its age count was not read and is not encoded."
        ),
        stage="import",
    ),
    Rule(
        "CA-ECCC-EMISS",
        JURISDICTION,
        "A vehicle whose main assembly was completed 15 years or more before the date of its importation "
        "is outside the classes the emission regulations govern",
        citation="On-Road Vehicle and Engine Emission Regulations, SOR/2003-2, s. 6(3)(a) "
        "(Canadian Environmental Protection Act, 1999, ss. 149 and 153)",
        source=ORVEER_S6_2014,
        reviewed_on=REVIEWED,
        source_as_of="2014-01-01",
        check=fifteen_year_exclusion("On-Road Vehicle and Engine Emission Regulations (s. 6(3)(a))"),
        reads=frozenset({"manufactured"}),
        read_by_age={"manufactured": (FIFTEEN_YEARS, FIFTEEN_YEARS_BY_MONTH)},
        unconfirmed=True,
        notes=(
            "Wording read only in the version of s. 6 in force 2014-01-01 to 2015-07-15; the "
            "regulations were amended in 2015 (SOR/2015-186) and later, and the current s. 6 was not "
            "seen, so the rule ships unconfirmed and a pass reads at best conditional. Younger trucks "
            "fail here too: a kei truck has no Canadian or EPA emission certification. The greenhouse "
            "gas regulations for light trucks were not reviewed."
        ),
        stage="import",
    ),
    Rule(
        "CA-RIV-EXEMPT",
        JURISDICTION,
        "A vehicle 15 years or older (by date of manufacture) needs no registration or inspection "
        "with the Registrar of Imported Vehicles; the importer must be able to prove its age",
        citation="Registrar of Imported Vehicles, RIV exemptions (Motor Vehicle Safety Regulations s. 4)",
        source=RIV_EXEMPTIONS,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        policy=True,
        stage="import",
    ),
    Rule(
        "CA-CBSA",
        JURISDICTION,
        "The Canada Border Services Agency enforces the Motor Vehicle Safety Act and Regulations at the "
        "border: the truck is declared on the Vehicle Import Form (Form 1), and an inadmissible "
        "vehicle is refused entry",
        citation="CBSA Memorandum D19-12-1, Importation of Vehicles (Customs Act s. 101; MVSA ss. 5, 6, 7, "
        "10 and 15; MVSR ss. 11 and 12)",
        source=CBSA_D19_12_1_ARCHIVE,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        policy=True,
        sources=(CBSA_D19_12_1_2021, TC_OTHER_COUNTRIES),
        notes=(
            "The memorandum was read in the government web archive (2002 edition) and in copies of the "
            "2021 and 2022 editions; the current CBSA page itself was not seen."
        ),
        stage="import",
    ),
)
