"""British Columbia (CA-BC): registration of an imported kei truck, and low-speed vehicles.

ICBC registers an imported vehicle on the CBSA-stamped Vehicle Import Form and a passed
inspection at a designated inspection facility, but says nothing about kei trucks, so
registration answers ``unknown``. Low-speed-vehicle rules apply only to vehicles certified as such.
"""

from __future__ import annotations

from kei_core import Period, Requirement, Rule, RuleKind, registration_not_documented

REVIEWED = "2026-11-25"
JURISDICTION = "CA-BC"

ICBC_IMPORT = "https://www.icbc.com/vehicle-registration/buy-vehicle/Pages/Importing-a-vehicle-into-B-C.aspx"
MVAR_LSV = "https://www.bclaws.gov.bc.ca/civix/document/id/complete/statreg/26_58_07"
NZEV_2008 = (
    "https://docslib.org/doc/9755700/neighbourhood-zero-emission-vehicles-low-speed-vehicles-2008-09-16"
)

RULES: tuple[Rule | Requirement, ...] = (
    Rule(
        "CA-BC-REG",
        JURISDICTION,
        "ICBC registers the truck for use on public roads",
        citation="ICBC, Import a vehicle into B.C. (Vehicle Import Form 1 stamped by the CBSA; inspection "
        "at a B.C. designated inspection facility); no guidance on kei trucks found",
        source=ICBC_IMPORT,
        reviewed_on=REVIEWED,
        check=registration_not_documented(
            "British Columbia",
            "ICBC (an Autoplan broker)",
            "ICBC asks for the CBSA-stamped Form 1 and a passed inspection at a designated inspection "
            "facility for any imported vehicle, but says nothing about kei trucks",
        ),
        reads=frozenset(),
        uses_date=False,
        policy=True,
        notes="Answers unknown on purpose; federal admission alone does not register a vehicle.",
    ),
    Rule(
        "CA-BC-LSV",
        JURISDICTION,
        "A low-speed vehicle may use only roads posted 40 km/h or less (50 km/h where a municipal bylaw "
        "allows); a kei truck is not one unless its maker certified it as a low-speed vehicle",
        citation="Motor Vehicle Act Regulations, B.C. Reg. 26/58 (neighbourhood zero-emission and "
        "low-speed vehicles)",
        source=MVAR_LSV,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        stage="road",  # which roads a low-speed vehicle may use
        in_force=Period("2008-06-06"),
        sources=(NZEV_2008,),
    ),
)
