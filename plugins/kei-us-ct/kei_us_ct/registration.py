"""Connecticut: the DMV's page "Imported vehicles manufactured with non-U.S. standards (grey
market)", and the Commissioner's power to refuse a class of vehicles (CGS § 14-12(f)(1)).

The page (current version on portal.ct.gov, older version on the state's staging site) says:

* the EPA and DOT must approve a grey-market vehicle before it is registered; the importer's
  signed U.S. Customs form 7501 is given to the applicant;
* (older version) "No registration can be issued until the applicant presents the US Customs
  form, and the EPA and DOT approval letters", with proof of ownership and a Connecticut
  insurance card; grey-market vehicles are inspected at the Wethersfield lane, "However,
  vehicles that are 25 years or older only require a Vehicle Identification Number (VIN)
  verification, which must be done at DMV".

The research notes read the 25-year sentence as a registration route and proposed
``conditional``. Read in its paragraph it replaces the grey-market inspections, not the
approval letters that come first; a vehicle imported under the 25-year exemption has no DOT
approval letter (nothing was conformed), and the page does not say what it shows instead. So
kei answers ``unknown`` and names the steps. The excerpt of the current page seen does not carry
the 25-year sentence; the block ships unconfirmed.

The pages are undated: kei applies them from the day they were read, 2026-12-01, and answers
``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
GREY_MARKET = "https://portal.ct.gov/dmv/vehicle-services/get-vehicle-inspection/imported-vehicles-non-us"
GREY_MARKET_OLDER = (
    "https://authoring-stage.ct.egov.com/dmv-old/inspections/inspections/imported-vehicles-manufactured-with-non-us-"
    "standards"
)
CHAPTER_246 = "https://cga.ct.gov/current/pub/chap_246.htm"
HB_5204_2024 = "https://app.legiplex.com/ct/legislature/2024/2024-r/bills/hb05204/drafts-latest"

IN_FORCE = Period("2026-12-01")

REGISTRATION = ImportTitling(
    state="Connecticut",
    agency="the Connecticut Department of Motor Vehicles",
    page=GREY_MARKET,
    documents=("cbp_7501",),
    vin_inspection=(
        "have its VIN verified at a DMV office (for a vehicle 25 years or older, instead of the grey-market "
        "safety and emissions inspections)"
    ),
    conditions=(
        "show the EPA and DOT approval letters the DMV asks of a grey-market vehicle; the page does not say what "
        "a vehicle imported under the 25-year exemption, which has no DOT approval letter, shows instead",
        "show proof of ownership and a Connecticut insurance card",
    ),
    known=(
        "a vehicle 25 years or older needs only a VIN verification instead of the grey-market inspections, but "
        "no registration is issued until the customs form and the EPA and DOT approval letters are presented"
    ),
    citation="Connecticut DMV, Imported vehicles manufactured with non-U.S. standards (grey market)",
    source=GREY_MARKET,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(GREY_MARKET_OLDER,),
    notes=(
        "The letters-first sentence and the 25-year sentence are read in the older version of the DMV's page "
        "(the state's staging site); the current page's excerpt has the EPA and DOT approval and form 7501 but "
        "not the 25-year sentence, so whether it still stands is unconfirmed. The research notes read the "
        "25-year sentence as a route to registration ('conditional'); in its paragraph it replaces the "
        "Wethersfield inspections, while registration still waits for the approval letters, which a vehicle "
        "imported under the 25-year exemption does not have: kei answers unknown. Undated pages: in force from "
        "2026-12-01, the day they were read."
    ),
)

CLASS_REFUSAL = Rule(
    "US-CT-CLASS-REFUSAL",
    "US-CT",
    "The Commissioner may refuse to register or title a motor vehicle or class of motor vehicles whose "
    "characteristics make it unsafe for highway operation; no use of this power against kei trucks was found",
    citation="CGS § 14-12(f)(1)",
    source=CHAPTER_246,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    unconfirmed=True,
    sources=(HB_5204_2024,),
    notes="Read as reproduced in 2024 HB 5204 (tracker copy); the official chapter page was seen only as a table of contents.",
)

RULES: list[Rule] = [*state_rules("US-CT", REGISTRATION, in_force=IN_FORCE), CLASS_REFUSAL]
