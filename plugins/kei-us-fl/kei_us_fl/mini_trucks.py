"""Florida: Fla. Stat. § 316.2122 "Operation of a low-speed vehicle or mini truck on certain
roadways", in the order of the section, and the definition it refers to.

* § 316.2122 (opening words): a "mini truck as defined in s. 320.01(45)" may be operated on a
  road "with the following restrictions";
* (1) only on streets posted 35 mph or less; it may cross a faster road at an intersection;
* (3) registered and insured under § 320.02 and titled under chapter 319;
* (4) its driver carries a valid driver's license;
* (5) a county or municipality may prohibit mini trucks on any road under its jurisdiction.
  (Subsection (2), the equipment list, speaks of low-speed vehicles only.)

**The definition was not read.** § 320.01 (numbered (45) in 2009) defines "mini truck"; the
official 2024 page was reached only at its opening, and no copy of the definition was found.
Until it is read, ``US-FL-DEFINITION`` answers ``unknown`` for every vehicle: no figure that
circulates for it (a top speed, an equipment list) is shipped, since none was seen.

§ 316.2122 was read in the 2009 Florida Statutes as a forum post reproduces the official page;
the current text was not retrieved, so the road and registration rules ship unconfirmed. The
IIHS table dates the mini-truck law 2009-06-16; kei applies it from then.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, Vehicle, unknown
from kei_us.state_kit import Registration, RegistrationOutcome, RoadAccess, state_rules

REVIEWED = "2026-12-01"
JURISDICTION = "US-FL"

SECTION_316_2122_2009_COPY = "https://sowal.com/forum/threads/lowering-the-speed-limit-on-30a.43847/page-5"
SECTION_320_01_2024 = (
    "http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&Search_String=212.0506"
    "&URL=0300-0399%2F0320%2FSections%2F0320.01.html"
)
SECTION_320_01_2010 = "https://flsenate.gov/Laws/Statutes/2010/320.01"
IIHS_MINITRUCKS = "https://www.iihs.org/iihs/topics/laws/minitrucks"

# The IIHS table: "Florida 06/16/09 roads with a posted speed limit of 35 mph or less".
IN_FORCE = Period("2009-06-16")
WHEN = (
    "In force from 2009-06-16, the date the IIHS table (secondary) gives; the 2009 Florida Statutes carry "
    "§ 316.2122 with mini trucks. Before it kei answers unknown."
)
FROM_A_COPY = (
    "§ 316.2122 was read in the 2009 Florida Statutes as a forum post reproduces the official page; the current "
    "official text (flsenate.gov, leg.state.fl.us) was not retrieved; searched again 2026-12-01 for the 2024 and 2025 "
    "pages of § 316.2122 (three searches): only this 2009 copy and municipal codes quoting it surfaced; a second "
    "pass the same day (the 2009 act on flsenate.gov, FLHSMV's pages) found only Senate amendments of other years "
    "and the same copy."
)


def mini_truck(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 320.01: whether it is a "mini truck" is unknown until the definition is read."""
    return unknown(
        "§ 316.2122 admits a 'mini truck as defined in s. 320.01', and that definition has not been read, so "
        "kei cannot say whether this truck is one.",
        settle=(
            "read the 'mini truck' definition in Fla. Stat. § 320.01 (numbered (45) in 2009)",
            "ask the Florida Department of Highway Safety and Motor Vehicles whether it titles this truck as a "
            "mini truck",
        ),
    )


DEFINITION = Rule(
    "US-FL-DEFINITION",
    JURISDICTION,
    "The vehicle must be a 'mini truck' as Fla. Stat. § 320.01 defines it (the definition has not been read).",
    check=mini_truck,
    in_force=IN_FORCE,
    citation="Fla. Stat. § 320.01 (mini truck; (45) in 2009), referred to by § 316.2122",
    source=SECTION_320_01_2024,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SECTION_320_01_2010, SECTION_316_2122_2009_COPY),
    notes=(
        "The official 2024 page of § 320.01 was reached only at its opening (subsection (1)), the 2010 page "
        "likewise; five searches found no copy of the mini-truck definition, and four more on 2026-12-01 (the "
        "2024 page, the 2009 act, FLHSMV's pages, statute text in open-law repositories) found none either, nor "
        "did a second pass that day ('Subsection (45) is added to section 320.01', the definition's opening words "
        "as an exact string, FLHSMV's low-speed-vehicle and mini-truck pages). Answers unknown on purpose until "
        f"it is read. {WHEN}"
    ),
)

ROADS = RoadAccess(
    max_posted_mph=35,
    cross_at="intersection",
    local_opt_out=True,
    conditions=("its driver has a valid driver's license in his or her possession",),
    citation="Fla. Stat. § 316.2122(1), (4), (5)",
    source=SECTION_316_2122_2009_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(IIHS_MINITRUCKS,),
    notes=(
        "(1): 'may be operated only on streets where the posted speed limit is 35 miles per hour or less. This "
        "does not prohibit a low-speed vehicle or mini truck from crossing a road or street at an intersection "
        "where the road or street has a posted speed limit of more than 35 miles per hour.' (5): 'A county or "
        "municipality may prohibit the operation of low-speed vehicles or mini trucks on any road' under its "
        f"jurisdiction (the rest of (5) was cut off in the copy). {FROM_A_COPY} {WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.REGULAR,
    how="title it under chapter 319, and register and insure it under § 320.02",
    citation="Fla. Stat. § 316.2122(3)",
    source=SECTION_316_2122_2009_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "'A low-speed vehicle or mini truck must be registered and insured in accordance with s. 320.02 and "
        f"titled pursuant to chapter 319.' {FROM_A_COPY} {WHEN}"
    ),
)

RULES: list[Rule | Requirement] = [
    DEFINITION,
    *state_rules(JURISDICTION, ROADS, REGISTRATION, in_force=IN_FORCE),
]
