"""Kansas: micro utility trucks, in the order of the law.

* K.S.A. 8-126: "Micro utility truck means any motor vehicle which is not less than 48 inches in
  width, has an overall length, including the bumper, of not more than 160 inches, has an unladen
  weight, including fuel and fluids, of more than 1,500 pounds, can exceed 40 miles per hour as
  originally manufactured and is manufactured with a metal cab." (as every city code read quotes it;
  the paragraph was not reached on the Revisor's site).
* K.S.A. 8-128(a)(3): "The following need not be registered under this act, any: ... (3) micro
  utility truck" (official).
* Operation: never on an interstate, federal or state highway except to cross one, and within a
  city only where the city allows it by ordinance, as the city codes and the Highway Patrol (press)
  say; the state section was not found. The local option is ``US-KS-LOCAL-ORDINANCE``: statewide
  the answer depends on the city; county roads outside cities are open by the Highway Patrol's
  reading (press).

**160 or 106 inches: 160.** One newspaper prints the length limit as 106 inches; the same article
misquotes other words of the definition, and every verbatim city copy reads 160 inches. kei follows
160, unconfirmed: a kei truck (about 126 to 134 in) is within 160 and would not be within 106.

Every rule but the registration exemption rests on secondary copies and is unconfirmed. kei applies
them from 2016-01-01, the earliest date a source read attests the definition (the City of Chapman's
2016 code quotes it); the act that created the class was not found. Before then kei answers
``unknown``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, Vehicle, passed
from kei_us.state_kit import (
    Limit,
    LocalOption,
    MiniTruckDefinition,
    Registration,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
KSA_8_126 = "http://www.ksrevisor.org/statutes/chapters/ch08/008_001_0026.html"
KSA_8_128 = "https://www.ksrevisor.org/statutes/chapters/ch08/008_001_0028.html"
CHAPMAN = "http://chapmanks.citycode.net/artiWorkSiteUtilVehiMicrUtilTruc.htm"
MOUNT_HOPE = "http://mounthope.citycode.net/artiWorkSiteUtilVehiMicrUtilTruc.htm"
WHITEWATER = "http://whitewaterks.citycode.net/articleSpecialUseVehicles.htm"
PLAINVILLE = "https://plainvilleks.citycode.net/articleSpecialUseVehicles.htm"
DE_SOTO = "https://desotokansas.citycode.net/artiGolfCartWorkSiteUtilVehiAndM.htm"
GREAT_BEND_TRIBUNE = (
    "https://www.gbtribune.com/news/local-news/micro-utility-trucks-to-be-legal-on-city-streets/"
)
KSA_8_15_109_COPY = "https://self-law.org/code/ks/chapter-8/8-15-10"
KHP_SUMMARY = "https://docslib.org/doc/10131858/all-terrain-vehicle-atv-page-1"

EARLIEST_ATTESTED = "2016-01-01"
IN_FORCE = Period(EARLIEST_ATTESTED)
WHEN = (
    "Applied from 2016-01-01, the earliest date a source read attests the class (the City of Chapman's code, "
    "'Code 2016', quotes the state definition); the act that created it was not found (2008 is recalled, not "
    "seen). Before 2016-01-01 kei answers unknown."
)

# -- K.S.A. 8-126: what a micro utility truck is ---------------------------------------------

DEFINITION = MiniTruckDefinition(
    term="micro utility truck",
    width=Limit.at_least("48 in"),
    length=Limit.at_most("160 in"),
    weight=Limit.more_than("1,500 lb"),
    weight_basis=WeightBasis.UNLADEN,
    top_speed=Limit.more_than("40 mph"),
    features=("it was manufactured with a metal cab", "it could exceed 40 mph as originally manufactured"),
    citation="K.S.A. 8-126 (micro utility truck)",
    source=KSA_8_126,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(CHAPMAN, MOUNT_HOPE, WHITEWATER, PLAINVILLE, DE_SOTO, GREAT_BEND_TRIBUNE),
    notes=(
        "The paragraph was not reached on the Revisor's page (its excerpt ends before it); five city codes quote "
        "it word for word, and De Soto's places it at K.S.A. 8-126(ii) of an earlier lettering. 160 vs 106 "
        "inches: the Great Bend Tribune prints '106 inches' but also misquotes other words ('unloaded weight', "
        "no 'as originally manufactured'); every verbatim copy reads 160, which kei follows. 'Can exceed 40 mph "
        "as originally manufactured': kei compares the top speed given, and asks to confirm it is the truck's as "
        f"built (a governor fitted later does not change the class). {WHEN}"
        " Searched again 2026-12-01 (two searches) for the Revisor's text and the operation statute: only"
        " city codes (Chapman, Mount Hope, Whitewater: 160 inches) and mirrors of 8-15,109 (work-site "
        "utility vehicles) surfaced."
    ),
)

ONLY_MICRO_UTILITY_TRUCKS = DEFINITION.scope(
    ask="the Kansas Division of Vehicles how it treats this vehicle", law="Kansas's micro utility truck law"
)

# -- K.S.A. 8-128(a)(3): no registration -----------------------------------------------------


def need_not_be_registered(vehicle: Vehicle, on: dt.date) -> Outcome:
    """K.S.A. 8-128(a)(3): a micro utility truck is exempt from registration."""
    return passed(
        "A micro utility truck need not be registered under the motor vehicle registration act (K.S.A. "
        "8-128(a)(3))."
    )


REGISTRATION = Registration.custom(
    need_not_be_registered,
    how="A micro utility truck need not be registered under the motor vehicle registration act",
    id="US-KS-NO-REGISTRATION",
    citation="K.S.A. 8-128(a)(3)",
    source=KSA_8_128,
    reviewed_on=REVIEWED,
    sources=(KHP_SUMMARY,),
    notes=(
        "'The following need not be registered under this act, any: ... (3) micro utility truck' (official). Some "
        f"cities issue their own tag after a police inspection (press). {WHEN}"
    ),
)

# -- operation: state roads closed; city streets by ordinance --------------------------------

ROADS = RoadAccess(
    closed={"interstate", "federal_highway", "state_highway"},
    conditions=(
        "it may cross a federal or state highway, not drive along it",
        "it carries the equipment K.S.A. chapter 8, article 17 requires of a motor vehicle",
    ),
    citation="Kansas micro utility truck operation, as city codes state it",
    source=CHAPMAN,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(WHITEWATER, GREAT_BEND_TRIBUNE, KSA_8_15_109_COPY),
    notes=(
        "'No micro utility truck shall be operated on any interstate highway, federal highway or state highway; "
        "provided however ...' crossing (city codes); the state section was not found ('8-15,106' is a lead only; "
        f"8-15,109 says the same of work-site utility vehicles). {WHEN}"
        " Searched again 2026-12-01 for a state micro-utility-truck operation section on ksrevisor.org: "
        "none surfaced; a second pass that day found only mirrors of 8-15,109 and an association's note on "
        "its 2019 amendment."
    ),
)

LOCAL_ORDINANCE = LocalOption(
    id="US-KS-LOCAL-ORDINANCE",
    who="a city",
    ask=(
        "the city whether an ordinance allows micro utility trucks on its streets (outside city limits, the Highway "
        "Patrol is reported to allow county roads)"
    ),
    citation="Kansas micro utility truck operation (city ordinances)",
    source=CHAPMAN,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(WHITEWATER, MOUNT_HOPE, GREAT_BEND_TRIBUNE, KSA_8_15_109_COPY),
    notes=(
        "City codes open their streets to micro utility trucks by ordinance ('may be operated upon the public "
        "highways, streets, roads and alleys within the corporate limits of the city'); the Great Bend Tribune "
        "reports the Highway Patrol's reading that they 'may be driven on county black-top and gravel roads'. The "
        f"state rule that a city must authorize them was not read. {WHEN}"
        " Searched again 2026-12-01 for the state rule on ksrevisor.org: none surfaced, in two passes."
    ),
)

RULES: list[Rule | Requirement] = [
    *state_rules("US-KS", DEFINITION, in_force=IN_FORCE, scope=ONLY_MICRO_UTILITY_TRUCKS),
    *state_rules("US-KS", REGISTRATION, ROADS, in_force=IN_FORCE, scope=ONLY_MICRO_UTILITY_TRUCKS),
    *LOCAL_ORDINANCE.rules("US-KS", in_force=IN_FORCE, scope=ONLY_MICRO_UTILITY_TRUCKS),
]
