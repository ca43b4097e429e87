"""Wyoming: the multipurpose vehicle (2007 Legislature, in force 1 January 2008), in the order of
WYDOT's Multipurpose Vehicle Information page.

1. What a multipurpose vehicle is: a motor vehicle designed to travel on at least 4 wheels, with
   an unladen (empty) weight of at least 300 lb but less than 3,000 lb, a permanent upright seat
   or saddle for the driver mounted at least 24 inches from the ground, and an identifying number
   as W.S. 31-1-101(a)(ix) defines it. A kei truck (650 to 900 kg) falls in that weight band.
2. Where it may go: public streets and highways, but not interstate highways; one that cannot
   reach a highway's maximum speed keeps to the extreme right-hand edge with a reflectorized flag
   or a slow-moving-vehicle emblem.
3. Its title, plate and insurance: "Any multipurpose vehicle driven on public roads must be titled,
   registered, licensed and insured", with its own plate from the county treasurer.

The definition and the road rules were read on WYDOT's page (official); the statute paragraph
(W.S. 31-1-101(a)(xv), letter not seen) was not. The effective date and the title, plate and
insurance rule come from WYDOT's news release of 2007-12-03, read in a newspaper's copy: the
registration ships unconfirmed.

kei has no field for the seat height or the identifying number: both are conditions to confirm.
Whether a county accepts a Japanese frame number (DD51T-123456) as the identifying number, or
assigns one, is not documented.
"""

from __future__ import annotations

from kei_core import Limit, Measure, Period, Rule
from kei_us.state_kit import (
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
JURISDICTION = "US-WY"

WYDOT_MPV = "http://www.dot.state.wy.us/home/titles_plates_registration/multipurpose_vehicles.html"
WYDOT_RELEASE_COPY = "https://pinedaleonline.com/news/2007/12/Newlawtoallowmultipu.htm"
WYDOT_FAQ_COPY = "https://paperzz.com/doc/8262388/multipurpose-vehicle--mpv-"
SECTION_31_2_204_COPY = (
    "https://casetext.com/statute/wyoming-statutes/title-31-motor-vehicles/chapter-2-title-and-registration/"
    "article-2-registration/section-31-2-204-effective-until-712024-issuance-of-certificates-of-registration-"
    "and-license-plates-by-county-form-special-decals"
)

# WYDOT's release of 2007-12-03: "A new law taking effect Jan. 1 will make it legal ..."
IN_FORCE = Period("2008-01-01")
WHEN = (
    "In force from 2008-01-01: WYDOT's news release of 2007-12-03 (newspaper copy) says the law passed by the "
    "2007 Legislature takes effect 'Jan. 1'. Before it kei answers unknown."
)

DEFINITION = MiniTruckDefinition(
    term="multipurpose vehicle",
    wheels=4,
    wheels_at_least=True,
    weight=Limit(low=Measure.parse("300 lb"), high=Measure.parse("3,000 lb"), high_inclusive=False),
    weight_basis=WeightBasis.CURB,
    features=(
        "it has a permanent upright seat or saddle for the driver mounted at least 24 inches from the ground",
        "it has an identifying number as W.S. 31-1-101(a)(ix) defines it",
    ),
    citation="W.S. 31-1-101(a)(xv), as WYDOT states it",
    source=WYDOT_MPV,
    reviewed_on=REVIEWED,
    sources=(WYDOT_RELEASE_COPY, WYDOT_FAQ_COPY),
    notes=(
        "Read on WYDOT's Multipurpose Vehicle Information page: 'Has an unladen (empty) weight of at least 300 "
        "pounds but less than 3,000 pounds'; 'a permanent upright seat or saddle for the driver which is mounted "
        "at least 24 inches from the ground'. The unladen weight is compared as the curb weight: a kei truck's "
        "650 to 900 kg lies far inside the band whether or not fuel is counted. The statute's paragraph letter "
        "was not seen. Whether a Japanese frame number is an 'identifying number', or the county assigns one, is "
        f"not documented. {WHEN}"
    ),
)

ROADS = RoadAccess(
    closed={"interstate"},
    conditions=(
        "where it cannot reach a highway's maximum speed, it keeps to the extreme right-hand edge of the roadway "
        "and carries a reflectorized flag or a slow-moving-vehicle emblem",
    ),
    citation="Wyoming multipurpose-vehicle road rules, as WYDOT states them",
    source=WYDOT_MPV,
    reviewed_on=REVIEWED,
    sources=(WYDOT_RELEASE_COPY,),
    notes=(
        "WYDOT: 'Multipurpose vehicles shall not be operated on interstate highways.' and 'If a multipurpose "
        "vehicle is incapable of achieving the maximum speed allowed on the specific highway, it shall be operated "
        "on the extreme right hand edge of the roadway and shall be equipped with either a reflectorized flag or a "
        f"slow moving vehicle emblem.' The statute section (W.S. 31-5-1601 in a dossier) was not read. {WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how=(
        "title it, then register it at the county treasurer, who issues the multipurpose-vehicle plate, with "
        "proof of insurance"
    ),
    conditions=("its driver holds a driver's license",),
    citation="Wyoming multipurpose-vehicle law (2007), as WYDOT's release of 2007-12-03 states it",
    source=WYDOT_RELEASE_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(WYDOT_FAQ_COPY, SECTION_31_2_204_COPY),
    notes=(
        "WYDOT's release (newspaper copy): 'Any multipurpose vehicle driven on public roads must be titled, "
        "registered, licensed and insured.' and 'There will be a unique license plate'; 'owners will have to "
        "bring a title and proof of insurance to their county treasurer's office'. W.S. 31-2-204(a) (statute "
        "copy) issues one plate for multipurpose vehicles. WYDOT's FAQ (copy) has the owner attest the equipment "
        "on a checklist with the title application. Searched again 2026-12-01: WYDOT's multipurpose-vehicle "
        "page (official) gives the definition and road rules but, in the part stored, no registration paragraph; "
        f"W.S. 31-2-101(b) and 31-2-204(a) surfaced only in copies. {WHEN}"
    ),
)

RULES: list[Rule] = state_rules(JURISDICTION, DEFINITION, ROADS, REGISTRATION, in_force=IN_FORCE)
