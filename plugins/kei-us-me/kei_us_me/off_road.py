"""Maine, Title 29-A: the off-road vehicle, in the order of the statute.

* § 101(47-A), as amended by P.L. 2021, c. 216 (LD 1433, approved 2021-06-15): an "off-road
  vehicle" is a motor vehicle that, because of its design, configuration, original manufacture
  or original intended use, does not meet the inspection standards of chapter 15 or the Federal
  Motor Vehicle Safety Standards. A kei truck was not manufactured to the FMVSS.
* § 354 "Off-road vehicles" (chapter 5, registration): not registered as a motor vehicle.
* § 2092: an off-road vehicle may not be operated on a public way or parking area unless its
  specific type is authorized by a Title; a violation is a traffic infraction.
* The same 2021 act adds "not an off-road vehicle" to the antique auto and custom vehicle
  definitions, so neither plate is a way round.
* § 101(32-A) (P.L. 2009, c. 42): a low-speed vehicle must be originally manufactured to
  FMVSS No. 500, which no kei truck was.

Only § 2092 and the low-speed-vehicle definition were read on the legislature's site; the
definition's 2021 wording is known from a copy of the chaptered law, § 354 from its heading.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, RuleKind, Vehicle, failed, unknown

REVIEWED = "2026-11-25"
JURISDICTION = "US-ME"

SEC_2092 = "http://www.mainelegislature.org/legis/statutes/29-A/title29-Asec2092.html"
PL_2021_C216 = "https://fastdemocracy.com/bill-summary/?billsummary_state=me&billsummary_id=MEB00009990&billsummary_session=130"
CHAPTER_5_CONTENTS = "https://ininet.org/title-29-a-motor-vehicles-and-traffic-chapter-5-vehicle-regist.html"
PL_2009_C42 = "http://www.mainelegislature.org/ros/LOM/LOM124th/124R1/PUBLIC42.asp"
PRESS_2023_BILLS = (
    "https://www.centralmaine.com/2024/09/24/opinion-why-did-mini-trucks-become-roadkill-in-maine"
)

# P.L. 2021, c. 216 (approved 2021-06-15, during the 130th Legislature's first special session)
# is not an emergency act, so it took effect 90 days after that session adjourned on 2021-07-19
# (Me. Const. art. IV, pt. 3, § 16): the general effective date 2021-10-18.
CURRENT_DEFINITION = Period("2021-10-18")
SESSION_ADJOURNED = "https://www.preti.com/publications/legislative-alert-maine-legislature-adjourns/"


def off_road_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 101(47-A) with § 2092: a vehicle not built to the FMVSS is kept off public ways."""
    if "fmvss_certification_label" in vehicle.documents:
        return unknown(
            "a vehicle certified to the FMVSS is not an off-road vehicle under 29-A M.R.S. § 101(47-A); "
            "its ordinary Maine registration is outside what kei-us-me covers",
            settle=("ask the Maine Bureau of Motor Vehicles",),
        )
    return failed(
        "Maine treats a vehicle not manufactured to the Federal Motor Vehicle Safety Standards as an "
        "off-road vehicle (29-A M.R.S. § 101(47-A)), which may not be operated on a public way "
        "(§ 2092), whatever its age"
    )


RULES: tuple[Rule | Requirement, ...] = (
    Rule(
        "US-ME-OFF-ROAD-VEHICLE",
        JURISDICTION,
        "A vehicle not manufactured to the FMVSS is an off-road vehicle and may not be operated on a "
        "public way",
        citation="29-A M.R.S. § 101(47-A) (as amended by P.L. 2021, c. 216) and § 2092",
        source=SEC_2092,
        reviewed_on=REVIEWED,
        check=off_road_vehicle,
        in_force=CURRENT_DEFINITION,
        unconfirmed=True,
        sources=(PL_2021_C216, SESSION_ADJOURNED, PRESS_2023_BILLS),
        notes=(
            "§ 2092 read on the legislature's site; the 2021 wording of § 101(47-A) only in a copy of "
            "the chaptered law; its effective day computed from the session's adjournment (law-firm "
            "bulletin), not read in the act. Before 2021-10-18 kei has no Maine "
            "rule (the Bureau cancelled kei registrations in summer 2021 under the earlier wording, "
            "which was not read). Bills to let mini trucks on roads died in 2023 (LD 63 and another). "
            "Searched again 2026-12-01 for § 101(47-A) as amended on legislature.maine.gov: only a forum quoting "
            "it and older bills amending other paragraphs of § 101 surfaced."
        ),
    ),
    Rule(
        "US-ME-NOT-REGISTRABLE",
        JURISDICTION,
        "An off-road vehicle is not registered as a motor vehicle",
        citation="29-A M.R.S. § 354 (Off-road vehicles)",
        source=CHAPTER_5_CONTENTS,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=CURRENT_DEFINITION,
        unconfirmed=True,
        notes=(
            "Only the section's heading was seen; its text is open."
            " Searched again 2026-12-01 for mainelegislature.org 29-A § 354: only § 2092 surfaced."
        ),
    ),
    Rule(
        "US-ME-ANTIQUE-CLOSED",
        JURISDICTION,
        "An off-road vehicle is neither an antique auto nor a custom vehicle, so neither plate is open to it",
        citation="29-A M.R.S. § 101(3)(G), § 101(4)(E) and § 101(19-A)(C), added by P.L. 2021, c. 216",
        source=PL_2021_C216,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=CURRENT_DEFINITION,
        unconfirmed=True,
        notes=(
            "Rests on the bill copy given as its source. Searched 2026-12-01 for 29-A M.R.S. § 101 on "
            "legislature.maine.gov: only earlier bills amending § 101(2)-(3) (2005, 2013) and copies of the older "
            "definitions surfaced, none with the 2021 paragraphs."
        ),
    ),
    Rule(
        "US-ME-LSV-ORIGINAL",
        JURISDICTION,
        "A low-speed vehicle must be originally manufactured to FMVSS No. 500, which a kei truck was not",
        citation="29-A M.R.S. § 101(32-A), as amended by P.L. 2009, c. 42 (effective 2009-09-12)",
        source=PL_2009_C42,
        reviewed_on=REVIEWED,
        source_as_of="2009-09-12",
        kind=RuleKind.INFORMATION,
        in_force=Period("2009-09-12"),
    ),
)
