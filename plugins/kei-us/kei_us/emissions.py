"""Federal emissions (EPA, Clean Air Act; 40 CFR part 85 subpart P): may it be imported?

``US-EMISSIONS`` is met by the best of two pathways:

* ``US-EPA-21Y``: at least 21 "OP years" old and in original unmodified configuration, declared
  as code E on EPA form 3520-1. OP years are whole calendar years: the year of entry minus the
  year of original production, so a truck built in December 2005 is 21 on 1 January 2026.
* ``US-EPA-ICI``: covered by an EPA certificate of conformity, or brought into conformity by an
  Independent Commercial Importer: no kei truck is known to have taken either road.

The 21-year exemption carries an ambiguity kei does not hide: the codified text (40 CFR 85.1511)
ties the exemption for vehicles "greater than twenty OP years old" to import by a certificate
holder, while EPA's own form and procedures let any importer declare code E. kei follows EPA's
practice (``policy``) and says so in the finding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kei_core import (
    AgeThreshold,
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
from kei_us import sources as src

EMISSIONS = "US-EMISSIONS"
EPA_AGE = AgeThreshold(21, Granularity.YEAR)
"""EPA code E: "at least 21 years old (calendar year of manufacture subtracted from year of importation)"."""

FORM_3520_1_CODE_E = (
    "File EPA form 3520-1 at entry declaring code E (vehicle at least 21 years old, original configuration)."
)
CERTIFICATE_HOLDER_CAVEAT = (
    "Before shipping, confirm with EPA's imports hotline that code E is open to this importer: 40 CFR 85.1511 "
    "speaks of import by a certificate holder, while EPA's form lets any importer declare code E."
)
ENGINE_EXCEPTION = (
    "EPA's written confirmation that the replacement engine is EPA-certified, equivalent or newer, with its "
    "emission controls"
)


def twenty_one_op_years(vehicle: Vehicle, on: dt.date) -> Outcome:
    """At least 21 OP years old (by calendar year) and in original unmodified configuration.

    Without a date of manufacture EPA lets the importer fall back on another year; the archived
    EPA page naming it is cut off, so kei uses the year of first registration (never earlier
    than the build year, so never more favourable) and marks that pass unconfirmed.
    """
    built, fallback = vehicle.manufactured, False
    if built is None and vehicle.first_registered is not None:
        built, fallback = vehicle.first_registered, True
    if built is None:
        return unknown(
            "Needs the year of manufacture: EPA counts 21 OP years as the year of entry minus it.",
            settle=("the maker's label or another record giving the year of manufacture",),
        )
    age = EPA_AGE.test(built, on)
    year = "first registered" if fallback else "built"
    if age.status is not Status.LEGAL:
        return failed(
            f"Not 21 OP years old until {age.passes_from}: {year} {built.year}, and EPA counts {on.year} - "
            f"{built.year} = {on.year - built.year} years (EPA form 3520-1, code E).",
            passes_from=age.passes_from,
        )
    if vehicle.original_configuration is None:
        return unknown(
            f"Old enough for EPA code E ({year} {built.year}), but it must also be in original unmodified "
            "configuration, which was not given.",
            settle=("whether the engine and emission controls are as built (original_configuration)",),
        )
    if not vehicle.original_configuration:
        return failed(
            f"Old enough for EPA code E ({year} {built.year}), but not in original configuration: a vehicle with "
            "a replacement engine qualifies only with an equivalent or newer EPA-certified engine and its "
            "emission controls (EPA-420-B-10-027).",
            settle=(ENGINE_EXCEPTION,),
        )
    return passed(
        f"Exempt from EPA emission standards under code E: {year} {built.year}, {on.year - built.year} OP years "
        "old in original configuration.",
        conditions=[
            *([] if "epa_3520_1" in vehicle.documents else [FORM_3520_1_CODE_E]),
            CERTIFICATE_HOLDER_CAVEAT,
        ],
        unconfirmed=fallback,
    )


def certified_or_ici(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Covered by an EPA certificate of conformity, or conformed by an Independent Commercial Importer."""
    return failed(
        "No EPA certificate of conformity covers a Japanese-market kei truck, and no Independent Commercial "
        "Importer is known to bring kei trucks into conformity (EPA form 3520-1, codes A, C, J, Z).",
        unconfirmed=True,
    )


REQUIREMENTS = (
    Requirement(
        EMISSIONS,
        "US",
        "A motor vehicle imported into the United States must be covered by an EPA certificate of conformity "
        "or come in under an exemption (Clean Air Act s. 203; 40 CFR part 85 subpart P)",
    ),
)

RULES: Sequence[Rule | Requirement] = (
    *REQUIREMENTS,
    Rule(
        "US-EPA-21Y",
        "US",
        "A vehicle at least 21 OP years old (calendar years) and in original unmodified configuration is exempt "
        "from EPA emission standards on import (code E)",
        citation="EPA form 3520-1, code E (EPA-420-B-13-032); 40 CFR 85.1511 (paragraph not confirmed)",
        source=src.EPA_CODE_E,
        sources=(src.EPA_OP_YEARS, src.CFR_85_1511, src.EPA_LETTER_2016, src.EPA_FORM_COPY),
        reviewed_on=src.REVIEWED,
        source_as_of="2013-06-01",
        kind=RuleKind.PATHWAY,
        requirement=EMISSIONS,
        policy=True,
        check=twenty_one_op_years,
        reads={"manufactured", "first_registered", "original_configuration", "documents"},
        read_by_age={"manufactured": EPA_AGE, "first_registered": EPA_AGE},
        notes="Code E wording seen on nepis.epa.gov (EPA-420-B-13-032, June 2013); the counting by calendar year "
        "on an archived epa.gov page (2008). 'Original unmodified configuration' and the engine rule were seen "
        "only in copies of EPA documents. The 85.1511 paragraph is cited as (f)(2) by secondary sources and "
        "(b)(2) by others; the eCFR text was not seen. The codified exemption is for vehicles 'greater than "
        "twenty OP years old' imported by a certificate holder (EPA letter, 2016-02-17, copy); EPA's form "
        "lets individuals declare code E. kei follows EPA's practice (policy) and carries the caveat as a "
        "condition. 'Greater than twenty' and 'at least 21' agree for whole years. The date the exemption took "
        "its present form is not established.",
        stage="import",
    ),
    Rule(
        "US-EPA-ICI",
        "US",
        "A vehicle under an EPA certificate of conformity, or brought into conformity by an Independent Commercial "
        "Importer, may be imported",
        citation="Clean Air Act s. 203 (42 U.S.C. 7522); 40 CFR part 85 subpart P; EPA form 3520-1 codes A, C, J, Z",
        source=src.EPA_CODE_E,
        sources=(src.EPA_FORM_COPY, src.CFR_19_12_73),
        reviewed_on=src.REVIEWED,
        kind=RuleKind.PATHWAY,
        requirement=EMISSIONS,
        check=certified_or_ici,
        reads=(),
        uses_date=False,
        notes="EPA's form: 'A nonconforming vehicle that is ineligible for the exemptions or exclusions listed "
        "below, must be imported through an independent commercial importer (ICI)' (copy of the form). That "
        "no ICI certifies kei trucks is not confirmed in an official text, so the failure is marked unconfirmed.",
        stage="import",
    ),
)
