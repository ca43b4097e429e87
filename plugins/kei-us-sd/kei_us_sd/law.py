"""South Dakota: no statute, rule or Department of Revenue text speaks of kei trucks.

* Titling of imports (Fall River County Treasurer, "Import Vehicle Requirements", official county
  page, information as of January 2024, posted 2024-11-15): CBP 7501, the HS-7, EPA form 3520,
  proof of weight and the title application (MV-1001); imports are titled for residents only, "under
  direction from the state". Whether the Department registers a kei truck for the highways is not
  said, so kei answers ``unknown`` and names it.
* Off-road vehicles (ARSD 64:06:03:53; the Department's Off-Road Vehicles page): a vehicle designed
  primarily for use off the highway, including one whose MSO or MCO says it is not for highway use,
  is titled only and "may not be registered and licensed for use upon the highways". A kei truck
  titled as one is refused; otherwise it is a condition to confirm.

Both apply from 2024-11-15, the day the county page was posted: before it kei answers ``unknown``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, Vehicle, conditional, failed
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
FALL_RIVER_IMPORTS = "https://fallriver.sdcounties.org/?p=15561"
DOR_OFF_ROAD = "http://dor.sd.gov/Motor_Vehicles/Titling_and_Registration/Off-Road_Vehicles.aspx"
ARSD_64_06_03_53 = "https://sdlegislature.gov/api/Rules/21266.html"
PROCEDURES_MANUAL_COPY = (
    "https://documents.pub/document/state-of-south-dakota-procedures-manual-division-of-motor-vehicles-to-"
    "provide.html"
)

# The county page was posted on 2024-11-15 (its information "as of January 2024"); the off-road
# rule, attested earlier (the Department's page carries © 2012), applies from the same day so that
# no day answers by it alone.
POSTED = Period("2024-11-15")
OFF_ROAD_LAW = "ARSD 64:06:03:53; SD DOR, Off-Road Vehicles"

REGISTRATION = ImportTitling(
    state="South Dakota",
    agency="the South Dakota Department of Revenue, Division of Motor Vehicles (through the county "
    "treasurer)",
    page=DOR_OFF_ROAD,
    documents=("cbp_7501", "hs7", "epa_3520_1"),
    conditions=(
        "show proof of its weight and an Application for Motor Vehicle Title and Registration (MV-1001), "
        "with an English translation of any paper in another language",
    ),
    known="a county treasurer titles imports for South Dakota residents only, on the state's direction; a "
    "non-resident first titles it where they live",
    citation="Fall River County Treasurer, Import Vehicle Requirements (information as of January 2024)",
    source=FALL_RIVER_IMPORTS,
    reviewed_on=REVIEWED,
    source_as_of="2024-11-15",
    sources=(PROCEDURES_MANUAL_COPY,),
    notes=(
        "Official county page: 'US CBP-7501 (or other acceptable Entry Summary)', 'NHTSA HS-7 DOT "
        "Declaration of Conformity', 'Completed EPA Form 3520'; 'Non-residents must submit a properly "
        "transferred US issued title if they reside in a jurisdiction that does title imports for that age "
        "and type of vehicle.' That South Dakota titles imports does not say that it plates a kei truck. The "
        "Division's Procedures Manual has a section 'Unconventional Motor Vehicles' (pp. 91-97, 2016, seen "
        "in a copy's table of contents only) that may settle it. South Dakota has no periodic safety or "
        "emissions inspection (press): not encoded."
    ),
)


def off_road_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """ARSD 64:06:03:53: an off-road vehicle is titled, never registered for the highways."""
    if "off_road_title" in vehicle.documents:
        return failed(
            f"Titled as an off-road vehicle, it may not be registered and licensed for use upon the highways "
            f"({OFF_ROAD_LAW})"
        )
    return conditional(
        "An off-road vehicle (designed primarily for use off the highway, or one whose MSO or MCO says it is "
        f"not for highway use) is titled only, never registered for the highways ({OFF_ROAD_LAW}); nothing "
        "given shows this truck to be one.",
        conditions=(
            "it is not an off-road vehicle: no MSO or MCO of its importer says that it is not for highway use "
            f"({OFF_ROAD_LAW})",
        ),
    )


OFF_ROAD = Rule(
    "US-SD-OFF-ROAD",
    "US-SD",
    "An off-road vehicle (designed primarily for use off the highway, including one whose MSO or MCO says it "
    "is not for highway use) is titled but may not be registered and licensed for use upon the highways",
    citation=OFF_ROAD_LAW,
    source=ARSD_64_06_03_53,
    reviewed_on=REVIEWED,
    check=off_road_vehicle,
    reads={"documents"},
    uses_date=False,
    in_force=POSTED,
    sources=(DOR_OFF_ROAD,),
    notes=(
        "Official: the rule on sdlegislature.gov and the Department's page ('Off-road vehicles may not be "
        "registered and licensed for use upon the highways, but MUST be tilted [sic]', page © 2012). A kei "
        "truck imported on a Japanese export certificate has no MSO saying 'not for highway use', so the "
        "definition does not plainly catch it; the Department could still class it so (the registration rule "
        "stays unknown). An off-road title given is read as that classification."
    ),
)

RULES: list[Rule] = [*state_rules("US-SD", REGISTRATION, in_force=POSTED), OFF_ROAD]
