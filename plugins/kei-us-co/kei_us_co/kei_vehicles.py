"""Colorado: HB25-1281 "Concerning kei vehicles" (signed 2025-05-09).

Three periods of the date asked, each a set of rules with its own period in force:

* until 2027-06-30 no Colorado statute speaks of kei vehicles: titling and registration depend
  on the county office (counties that test emissions were reported to refuse them);
* the act takes effect on 2027-07-01, but it applies to applications and offenses on or after
  2028-01-01: until then titling still depends on the county office, and no offense under its
  road rules can be committed, so kei applies neither its definition nor its road rules yet;
* from 2028-01-01 a kei vehicle is titled and registered as a motor vehicle, kept off roads
  posted over 55 mph and off limited-access highways.

The legislature's summary of the bill as introduced was read on its site (road rule, two-speed
idle emissions test, no inspection or roadworthiness refusal for kei design). The enrolled act
was not retrievable; the definition's figures, the crossing rule and both dates come from a bill
tracker and the press, so every rule ships unconfirmed.

The definition is written in figures (1,000 cc, 56,000 W, 67 in, 140 in), larger than the
Japanese kei class; no source seen ties it to the kei class itself, so kei-jp's kei-class test
is not applied here.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    state_rules,
)

REVIEWED = "2026-12-01"
BILL_PAGE = "https://leg.colorado.gov/bills/hb25-1281"
INTRODUCED_SUMMARY = (
    "https://s3.us-west-2.amazonaws.com/beta.leg.colorado.gov/89add367cd6f56cbdc6f34a99bbc242a"
)
TRACKER = "https://www.billtrack50.com/billdetail/1840475"
ENGROSSED_COPY = "https://app.legiplex.com/co/legislature/2025/2025-r/bills/hb1281/draft-2279709"
PRESS_SIGNED = "https://www.theautopian.com/victory-colorado-signs-law-making-kei-cars-legal-eventually"
PRESS_DEFINITION = "https://tflcar.com/2025/05/colorado-kei-vehicles-legal-news/"
PRESS_COUNTIES = "https://www.car.ong/?p=12942"

ACT = "HB25-1281 (2025), C.R.S. title 42 as amended"
TAKES_EFFECT = "2027-07-01"
APPLIES_FROM = "2028-01-01"

BEFORE_THE_ACT = Period(None, "2027-06-30")
BEFORE_IT_APPLIES = Period(TAKES_EFFECT, "2027-12-31")
APPLICATIONS_UNDER_THE_ACT = Period(APPLIES_FROM)

DATES_NOTE = (
    "Signed 2025-05-09; effective 2027-07-01 and 'applies to applications and offenses from January 1, "
    "2028' (legislature's bill page and the bill tracker's summary of the enrolled act; the press confirms "
    "2027-07-01). The enrolled text (2025a_1281_enr.pdf) was not retrievable. kei applies the definition, "
    "the road rules and registration from 2028-01-01: no application is decided and no offense committed "
    "under the act before then, and it is the less favourable reading of an unconfirmed clause."
)

# -- until 2027-06-30: no statute ------------------------------------------------------------

NO_KEI_STATUTE = Registration(
    RegistrationOutcome.UNSETTLED,
    id="US-CO-NO-KEI-STATUTE",
    how=(
        "Until HB25-1281 takes effect Colorado law does not speak of kei vehicles, and titling depends on "
        "the county office (those testing emissions were reported to refuse them)."
    ),
    changes_on=TAKES_EFFECT,
    citation="Colorado before HB25-1281 (no kei statute)",
    source=BILL_PAGE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(PRESS_COUNTIES, PRESS_SIGNED),
    notes="The county practice ('shadow ban') is reported by the press only.",
)

# -- 2027-07-01 to 2027-12-31: in effect, not yet applied -----------------------------------

NOT_YET_APPLICABLE = Registration(
    RegistrationOutcome.UNSETTLED,
    id="US-CO-KEI-ACT-PENDING",
    how=(
        "HB25-1281 is in effect from 2027-07-01 but applies to applications submitted on or after "
        "2028-01-01; until then titling still depends on the county office."
    ),
    changes_on=APPLIES_FROM,
    citation=f"{ACT}, effective-date clause",
    source=BILL_PAGE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(TRACKER,),
    notes=DATES_NOTE,
)

# -- from 2028-01-01: the act applies to applications and offenses ---------------------------

DEFINITION = MiniTruckDefinition(
    id="US-CO-KEI-DEFINITION",
    term="kei vehicle",
    engine=Limit.at_most("1,000 cc"),
    electric_power=Limit.at_most("56,000 W"),
    width=Limit.at_most("67 in"),
    length=Limit.at_most("140 in"),
    wheels=4,
    wheels_at_least=True,
    features=(
        "it has an enclosed passenger cab",
        "it has a top speed of at least 50 mph (reported by the press; the act's words were not seen)",
        "it meets the act's age or import requirement (reported as 25 years old at import; the words were "
        "not seen)",
    ),
    citation=f"{ACT}, definition of kei vehicle",
    source=BILL_PAGE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(TRACKER, PRESS_DEFINITION, PRESS_SIGNED),
    notes=(
        "Figures from the bill tracker's summary of the enrolled act, matched by the press; the definition's "
        f"own words and section number were not seen. {DATES_NOTE}"
        " Searched again 2026-12-01 for the enrolled act (2025a_1281_enr.pdf): only the engrossed and "
        "reengrossed texts in a tracker, the introduced summary and a bill tracker (listing the enrolled "
        "PDF by address) surfaced; a second pass that day found the same, an unofficial committee-stage "
        "version and the legislature's page for the 2016 kei bill (HB16-1029)."
    ),
)

ROADS = RoadAccess(
    id="US-CO-KEI-ROADS",
    max_posted_mph=55,
    closed={"limited_access"},
    cross_at="intersection",
    citation=f"{ACT}, operation of kei vehicles",
    source=INTRODUCED_SUMMARY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(BILL_PAGE, TRACKER, ENGROSSED_COPY),
    notes=(
        "The 55 mph and limited-access rules are in the legislature's summary of the bill as introduced; "
        "the crossing at intersections and the class B traffic infraction only in the tracker's summary "
        f"of the enrolled act. {DATES_NOTE}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.REGULAR,
    id="US-CO-KEI-REGISTRATION",
    how="title and register it as a kei vehicle (a motor vehicle under the Uniform Motor Vehicle Law)",
    conditions=(
        "where the county tests emissions, it passes a two-speed idle test against the standards of its year "
        "of manufacture (not a dynamometer test)",
    ),
    citation=f"{ACT}, titling and registration of kei vehicles",
    source=INTRODUCED_SUMMARY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(BILL_PAGE, TRACKER),
    notes=(
        "The summary of the bill as introduced: a kei vehicle is a motor vehicle for the Uniform Motor "
        "Vehicle Law and the Certificate of Title Act, must be titled and registered, is emissions-tested "
        "by a two-speed idle test, and may not be required to pass an inspection or be declared not "
        f"roadworthy because of its kei design. {DATES_NOTE}"
    ),
)

RULES: list[Rule] = [
    *state_rules("US-CO", NO_KEI_STATUTE, in_force=BEFORE_THE_ACT),
    *state_rules("US-CO", NOT_YET_APPLICABLE, in_force=BEFORE_IT_APPLIES),
    *state_rules("US-CO", DEFINITION, ROADS, REGISTRATION, in_force=APPLICATIONS_UNDER_THE_ACT),
]
