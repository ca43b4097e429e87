"""Wisconsin: registration of a kei truck after 2013 Wis. Act 103, in the order of the law.

* s. 341.10 (Act 103): "DOT must refuse registration of a vehicle that was manufactured after 1969 and
  does not meet manufacturer or importer certification label requirements as specified in federal
  regulations or that is a Kei class vehicle" (the Legislative Reference Bureau's analysis of the
  companion bill, official); the prohibition "does not apply to collector vehicles being registered
  under the special registration category for collector vehicles". WisDOT: a vehicle titled "NON USA
  STANDARD" "may only be registered as a special interest vehicle (collector license plates), as
  stated in Wisconsin statutes s.341.10(6)".
* s. 341.266: special interest registration, for a vehicle "20 or more years old at the time of
  making application", whose body "has not been altered from the original" and which a collector
  preserves for its historic interest; its owner "owns, has registered in this state, and uses for
  regular transportation at least one vehicle that has regular registration plates"; twice the
  regular fee; distinctive plates.

Two routes to one requirement (``US-WI-REGISTRATION``): regular plates, refused; collector plates,
conditional and for limited use. The collector plates' use limits were not read (the press calls
the route registration "for road use as antique vehicles"); kei restricts use to collector use and
says the limits are to be confirmed. Act 103's date of publication was not read: kei applies it from
2014-01-01, after the act's session year (the conservative reading); before then it answers
``unknown``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    Vehicle,
    failed,
    missing,
    unknown,
)
from kei_us.state_kit import CollectorPlate, Registration, pathways, state_rules

REVIEWED = "2026-12-01"
WISDOT_FOREIGN = "https://wisconsindot.gov/Pages/dmv/vehicles/title-plates/foreign-veh.aspx"
LRB_AB_157 = "http://docs.legis.wisconsin.gov/document/proposaltext/2013/REG/AB157,5,20"
LC_ACT_MEMO = (
    "https://docslib.org/doc/9887939/2013-wisconsin-act-103-motor-vehicle-registration-historic-military-vehicles-"
    "and-kei-class-vehicles"
)
STATS_2011_341_266 = "https://docs.legis.wisconsin.gov/document/statutes/2011/341.267(7)"
STATS_341_266_COPY = "http://wi.elaws.us/statutes/341.266"
PRESS_ANTIQUE = (
    "https://www.theautopian.com/michigan-becomes-the-next-state-to-fight-the-battle-against-imported-car-bans/"
    "comment-page-2/"
)

AFTER_ACT_103 = "2014-01-01"
IN_FORCE = Period(AFTER_ACT_103)
WHEN = (
    "2013 Wis. Act 103 (2013 SB 110, companion AB 157) took effect the day after its publication (s. 991.11), "
    "which was not read; kei applies it from 2014-01-01, after the act's session year, and answers unknown "
    "before."
)
LAST_YEAR_NOT_COVERED = 1969

REGISTRATION = "US-WI-REGISTRATION"


def regular_plates(vehicle: Vehicle, on: dt.date) -> Outcome:
    """s. 341.10 (Act 103): regular registration refused without the FMVSS label, or to a Kei class
    vehicle; a kei truck has neither the label nor a way around the Kei class."""
    if "fmvss_certification_label" in vehicle.documents:
        return unknown(
            "A vehicle with its maker's FMVSS certification label is not refused on that ground, but Wisconsin also "
            "refuses a Kei class vehicle (s. 341.10, 2013 Wis. Act 103), whose definition was not read; ask WisDOT.",
            settle=("ask WisDOT whether it treats the vehicle as a Kei class vehicle",),
        )
    if vehicle.manufactured is None:
        return missing("manufactured")
    if vehicle.manufactured.latest().year <= LAST_YEAR_NOT_COVERED:
        return unknown(
            f"Built in or before {LAST_YEAR_NOT_COVERED}, it is not refused for want of an FMVSS label; whether it is a "
            "Kei class vehicle (also refused) depends on a definition kei has not read; ask WisDOT.",
            settle=("ask WisDOT whether it treats the vehicle as a Kei class vehicle",),
        )
    return failed(
        "Wisconsin DOT must refuse regular registration of a Kei class vehicle, and of a vehicle built after 1969 "
        "without its maker's or importer's FMVSS certification label (s. 341.10, 2013 Wis. Act 103): a kei truck "
        "is titled 'NON USA STANDARD' and may only be registered on collector plates."
    )


REGULAR_PLATES = Registration.custom(
    regular_plates,
    how="Wisconsin DOT refuses regular registration of a Kei class vehicle and of a vehicle built after 1969 "
    "without an FMVSS certification label",
    id="US-WI-REFUSAL",
    citation="Wis. Stat. s. 341.10 (2013 Wis. Act 103)",
    source=WISDOT_FOREIGN,
    reviewed_on=REVIEWED,
    sources=(LRB_AB_157, LC_ACT_MEMO),
    notes=(
        "WisDOT's foreign-vehicle page (official, undated): 'Vehicle titles with this brand may only be registered as "
        "a special interest vehicle (collector license plates), as stated in Wisconsin statutes s.341.10(6).' The "
        "refusal's words are the LRB's analysis of AB 157 (official), the companion of SB 110, enacted as Act 103; "
        f"the enacted text and the 'Kei class vehicle' definition were not read. {WHEN}"
    ),
)

COLLECTOR = CollectorPlate(
    id="US-WI-COLLECTOR",
    plate="collector (special interest vehicle) plates",
    age=AgeThreshold(20, Granularity.DAY),
    uses=("collector",),
    use_words="collector use",
    conditions=(
        "its use stays within the limits s. 341.266 sets for collector plates (not read: confirm them with WisDOT)",
        "its body has not been altered from the original, and a collector preserves it for its historic interest",
        "its owner owns, has registered in Wisconsin and uses for regular transportation at least one vehicle with "
        "regular plates",
        "the fee is twice the regular annual fee",
    ),
    citation="Wis. Stat. s. 341.266(1)(c), (2)(a)-(c)",
    source=STATS_2011_341_266,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(STATS_341_266_COPY, WISDOT_FOREIGN, PRESS_ANTIQUE, LC_ACT_MEMO),
    notes=(
        "Eligibility read in the 2011 official text (20 or more years old at application; another vehicle on regular "
        "plates; double fee; distinctive plates) and the current text in a copy (the body 'has not been altered from "
        "the original'; the 2011 text said 'not altered or modified from original manufacturers specifications'). "
        "'20 or more years old' is counted from the day of manufacture, the later and conservative reading. The use "
        "limits of the plates were not read (the press: 'for road use as antique vehicles'); searched again "
        "2026-12-01 for the current s. 341.266 on docs.legis.wisconsin.gov: only the 2011 text and copies "
        f"surfaced, the official one stopping before the use limits. {WHEN}"
    ),
)

RULES: list[Rule | Requirement] = pathways(
    Requirement(REGISTRATION, "US-WI", "Wisconsin registers the vehicle for some use of public roads"),
    state_rules("US-WI", COLLECTOR, REGULAR_PLATES, in_force=IN_FORCE),
)
