"""New Zealand: electronic stability control for used light vehicles, and its 20-year exemption.

Land Transport Rule: Light-vehicle Brakes 2002, as amended in 2014: "all other used class MA, MB
and NA light passenger and goods vehicles inspected at the border from 1 March 2020" must have
ESC, except "a motor vehicle manufactured, or first registered outside of New Zealand, twenty
years or more before the date of its first certification for entry into service in New Zealand"
(NZTA, VIRM news of 2016-03-01: official, both confirmed).
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
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
    passed,
    unknown,
)
from kei_nz import ESC as ESC_TERM
from kei_nz.sources import ESC_NEWS, REVIEWED, SETTLE_TWENTY_YEARS, TWENTY_YEARS, twenty_years_before

ESC_2018_NEWS = "https://vehicleinspection.nzta.govt.nz/news/entry-virm-amendment-esc-changes-1-march-2018"
EXPORTER = "https://providecars.co.jp/2020/02/05/esc-rule-the-day-of-reckoning-for-new-zealand-imports"
CITATION = (
    "Land Transport Rule: Light-vehicle Brakes 2002, as amended by the Light-vehicle Brakes Amendment 2014"
)


def esc_fitted(vehicle: Vehicle, on: dt.date) -> Outcome:
    """ESC fitted, as the equipment given shows (or does not)."""
    if ESC_TERM.name in vehicle.equipment:
        return conditional(
            "It has electronic stability control, as a used class NA import inspected at the border from "
            "2020-03-01 must.",
            conditions=(
                "Prove to the border inspector that the truck has ESC: Japanese papers and auction sheets "
                "do not state it.",
            ),
        )
    if vehicle.equipment:
        return failed(
            f"The equipment given does not include electronic stability control ({ESC_TERM.name}), which a "
            "used class NA import inspected at the border from 2020-03-01 must have (if the truck has ESC, "
            f"add {ESC_TERM.name} to its equipment).",
            settle=(f"list {ESC_TERM.name} in equipment if the truck has ESC",),
        )
    return unknown(
        "A used class NA import inspected at the border from 2020-03-01 must have electronic stability "
        "control; the equipment given does not say whether this truck has it.",
        settle=(f"list {ESC_TERM.name} in equipment if the truck has ESC, or the fittings it has if not",),
    )


def not_yet_required(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Before 2020-03-01 ESC was not required of used class NA imports."""
    return passed(
        f"Inspected at the border on {on}, before 2020-03-01, a used class NA import needs no electronic "
        "stability control."
    )


def twenty_year_exemption(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No ESC needed for a truck built or first registered abroad 20 years or more before its
    first certification (the date asked)."""
    dated = twenty_years_before(vehicle, on)
    if dated is None:
        return missing("manufactured", "first_registered")
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: passed(
            f"{says}: 20 years or more before its certification on {on}, so it needs no ESC."
        ),
        too_young=lambda day: (
            f"{says}: certified on {on} it is under 20 years old, so it needs ESC unless certified from "
            f"{day}, when the 20-year exemption applies."
        ),
        unsure=lambda day: f"{says}: 20 years old at certification only from {day} for certain.",
        settle=SETTLE_TWENTY_YEARS,
    )


ESC = Requirement(
    id="NZ-ESC",
    jurisdiction="NZ",
    statement="A used class NA vehicle inspected at the border from 2020-03-01 has electronic stability "
    "control, unless it is 20 years old.",
)

RULES = (
    ESC,
    Rule(
        "NZ-ESC-USED-NA-2020",
        "NZ",
        "A used class NA goods vehicle inspected at the border from 2020-03-01 has electronic stability "
        "control.",
        kind=RuleKind.PATHWAY,
        requirement=ESC.id,
        citation=CITATION,
        source=ESC_NEWS,
        sources=(ESC_2018_NEWS, EXPORTER),
        reviewed_on=REVIEWED,
        source_as_of="2016-03-01",
        in_force=Period("2020-03-01"),
        check=esc_fitted,
        reads=frozenset({"equipment"}),
        uses_date=False,
        notes=(
            "Official (NZTA VIRM news, 2016-03-01): 'all other used class MA, MB and NA light passenger "
            "and goods vehicles inspected at the border from 1 March 2020'. The border inspection of a "
            "truck not yet imported is taken to be on the date asked (it is done in Japan before "
            "shipping, per exporters). ESC appears in no Japanese paper, so the owner says it: "
            "equipment listing nz.esc passes; equipment listed without it fails; no equipment given "
            "is unknown. Which kei trucks left the factory with ESC was not verified."
        ),
    ),
    Rule(
        "NZ-ESC-BEFORE-2020",
        "NZ",
        "A used class NA goods vehicle inspected at the border before 2020-03-01 needs no electronic "
        "stability control.",
        kind=RuleKind.PATHWAY,
        requirement=ESC.id,
        citation=CITATION,
        source=ESC_NEWS,
        reviewed_on=REVIEWED,
        source_as_of="2016-03-01",
        in_force=Period("2008-01-03", "2020-02-29"),
        check=not_yet_required,
        reads=frozenset(),
        notes=(
            "The ESC requirement was phased in by class and date; for used class NA it begins with "
            "vehicles inspected at the border from 2020-03-01 (official, same news). Before that day "
            "this pathway meets the requirement; it starts with the other New Zealand rules kei encodes."
        ),
    ),
    Rule(
        "NZ-ESC-20Y-EXEMPT",
        "NZ",
        "ESC is not required of a vehicle manufactured, or first registered outside New Zealand, 20 years "
        "or more before its first certification for entry into service.",
        kind=RuleKind.PATHWAY,
        requirement=ESC.id,
        citation=CITATION,
        source=ESC_NEWS,
        reviewed_on=REVIEWED,
        source_as_of="2016-03-01",
        in_force=Period("2020-03-01"),
        check=twenty_year_exemption,
        reads=frozenset({"manufactured", "first_registered"}),
        read_by_age={"manufactured": TWENTY_YEARS, "first_registered": TWENTY_YEARS},
        notes=(
            "Official (same news): 'this provision will not apply to: ... a motor vehicle manufactured, "
            "or first registered outside of New Zealand, twenty years or more before the date of its "
            "first certification for entry into service in New Zealand'. The certification date is the "
            "date asked; either date of the truck counts, whichever qualifies first; on the 20th "
            "anniversary it is twenty years."
        ),
    ),
)
