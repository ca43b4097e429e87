"""Washington: no statute, rule or Department of Licensing text speaks of kei trucks.

* Titling (WAC 308-56A-115, "Vehicles from a state or country other than Washington", as amended by
  WSR 07-20-109, effective 2007-11-03): a vehicle from abroad is titled on its ownership documents.
  Oregon legislators and the press say kei trucks are "already legal" and registered in Washington;
  no official text says so, so kei answers ``unknown``, reports what they say, and names the
  Department.
* The road-use brand (WAC 308-94A-005(1), (2)(b)): a vehicle not manufactured for road use is
  titled with the comment "not eligible for road use" and may have only an off-road use permit. A
  kei truck whose title carries it is refused; otherwise it is a condition to confirm.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, Vehicle, conditional, failed
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DOL = "https://www.dol.wa.gov/"
WSR_07_20_109 = "http://lawfilesext.leg.wa.gov/law/wsr/2007/20/07-20-109.htm"
WAC_308_94A_005 = "https://app.leg.wa.gov/WAC/default.aspx?cite=308-94A-005"
WSR_01_13_008 = "http://apps.leg.wa.gov/documents/laws/wsr/2001/13/01-13-008.htm"
OREGON_SPONSORS = (
    "https://briefly.co/anchor/US_politics/story/aisle-be-damned-dems-and-gop-unite-in-oregon-in-bid-to-"
    "legalize-kei-trucks---streetsblog-usa"
)
IMPORT_GUIDE = "https://www.jdmbuysell.com/learn/topics/us-import-process/washington/"

# WAC 308-56A-115 as amended by WSR 07-20-109 (effective 2007-11-03), the earliest version read; the
# brand rule, in the WAC since WSR 01-13-008 (2001), applies from the same day so that no day answers
# by it alone.
TITLING_RULE = Period("2007-11-03")
BRAND_LAW = "WAC 308-94A-005(1), (2)(b)"

REGISTRATION = ImportTitling(
    state="Washington",
    agency="the Washington State Department of Licensing",
    page=DOL,
    registers="kei trucks are 'already legal' and registered in Washington (Oregon legislators and the "
    "press)",
    known="a VIN inspection by the State Patrol or a licensed dealer is reported for foreign-titled imports, "
    "and Washington has had no emissions test since 2020 (an import guide)",
    citation="WAC 308-56A-115 (vehicles from a state or country other than Washington)",
    source=WSR_07_20_109,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(OREGON_SPONSORS, IMPORT_GUIDE),
    notes=(
        "Official: WAC 308-56A-115 as amended by WSR 07-20-109 (filed 2007-10-03, effective 2007-11-03), "
        "read in part: a vehicle titled elsewhere is titled on its current ownership documents. That "
        "Washington registers kei trucks rests on the press and Oregon legislators only (unconfirmed), so it "
        "is reported and decides nothing: unknown. One low-quality site says Washington treats kei trucks as "
        "low-speed vehicles (35 mph roads); no statute supports it: not encoded. The Department's own pages "
        "were not reached. Searched again 2026-12-01 for WAC 308-56A-115 in force: only WSR filings (2001, "
        "2003, 2006, 2007) and chapter 308-56A's index on app.leg.wa.gov surfaced, not the section's page."
    ),
)


def road_use_brand(vehicle: Vehicle, on: dt.date) -> Outcome:
    """WAC 308-94A-005: a title marked 'not eligible for road use' allows only an off-road use permit."""
    if "off_road_title" in vehicle.documents:
        return failed(
            "A title marked 'not eligible for road use', which Washington gives a vehicle not manufactured "
            f"for road use, allows only an off-road use permit, never road registration ({BRAND_LAW})"
        )
    return conditional(
        "Washington titles a vehicle not manufactured for road use with the comment 'not eligible for road "
        f"use' and then allows only an off-road use permit ({BRAND_LAW}); nothing given shows such a title.",
        conditions=(
            f"its Washington title does not carry the comment 'not eligible for road use' ({BRAND_LAW})",
        ),
    )


ROAD_USE_BRAND = Rule(
    "US-WA-ROAD-USE-BRAND",
    "US-WA",
    "A vehicle not manufactured for road use is titled 'not eligible for road use' and may have only an "
    "off-road use permit, not road registration",
    citation=BRAND_LAW,
    source=WAC_308_94A_005,
    reviewed_on=REVIEWED,
    check=road_use_brand,
    reads={"documents"},
    uses_date=False,
    in_force=TITLING_RULE,
    sources=(WSR_01_13_008,),
    notes=(
        'Official WAC text: the title \'will indicate the comment "not eligible for road use" if a vehicle is '
        "not manufactured for road use'; such a vehicle 'may only purchase an annual or temporary off-road use "
        "permit'. The brand is in the WAC since WSR 01-13-008 (adopted 2001-06-08). Whether the Department "
        "holds a kei truck, built for Japan's roads, to be 'not manufactured for road use' is not known (the "
        "registration rule stays unknown); an off-road title given is read as that brand."
    ),
)

RULES: list[Rule] = [*state_rules("US-WA", REGISTRATION, in_force=TITLING_RULE), ROAD_USE_BRAND]
