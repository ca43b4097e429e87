"""Indiana: mini-trucks under HEA 1047 (P.L.180-2015), in the order of the law.

* IC 9-13-2-103.1: "'Mini-truck' means a truck that: (1) is powered by an internal combustion
  engine with a piston or rotary displacement of not less than six hundred sixty (660) cubic
  centimeters; (2) is sixty (60) inches or less in width; (3) has an unladen dry weight of one
  thousand six hundred (1,600) pounds or less; (4) can achieve a top speed of not more than sixty
  (60) miles per hour; (5) is manufactured with a locking enclosed cab and a heated interior; and
  (6) is operated on a highway."
* IC 9-21-8-46: no mini-truck "upon any part of an interstate highway".
* HEA 1047: mini-trucks are titled and registered.

**The engine floor is read as written.** "Not less than 660 cc" is a minimum. Kei engines are 656
to 659 cc (F6A 657, K6A 658, E07A 656, EF 659), so no stock 660-class kei truck is an Indiana
mini-truck, and a 550 cc one is not either; the bills and press speak of "660cc" trucks and the
drafters probably meant a ceiling, but kei follows the text, never a presumed intent. The 60 mph
top speed excludes an ungoverned truck too. For a truck outside the definition the statute does
not decide: kei answers ``unknown`` and names the BMV, never ``legal``.

The definition and the interstate ban were read in one statute mirror only (the Indiana Code on
iga.in.gov was not reached); registration in a House press release. Every rule is unconfirmed.
kei applies the act from 2016-01-01, the day the press reports mini-trucks were allowed on roads;
P.L.180-2015's own effective-date clause was not read (Indiana acts default to 1 July, so 2015-07-01
is possible). Before 2016-01-01 kei answers ``unknown``; a 2010 press release says mini-trucks were
then treated as off-road vehicles.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
IC_9_13_2_103_1 = "https://courtgpt.ai/laws/indiana/title-9/article-13/chapter-2/section-9-13-2-103-1"
IC_9_21_8_46 = "https://courtgpt.ai/laws/indiana/title-9/article-21/chapter-8/section-9-21-8-46"
HEA_1047_SIGNED = (
    "https://www.indianahouserepublicans.com/news/press-releases/legislation-allowing-mini-trucks-on-the-road-"
    "signed-into-law/"
)
ROADS_OPEN_PRESS = "http://lakeshorepublicmedia.org/30-laws-in-30-days-mini-trucks/"
HB_1175_2010 = "http://archive.iga.in.gov/2010/bills/IN/IN1175.1.html"
OFF_ROAD_BEFORE = (
    "https://www.indianahouserepublicans.com/news/press-releases/r18-house-approved-mini-trucks-on-local-roads-"
    "1-26-2010/"
)

ROADS_OPEN = "2016-01-01"
IN_FORCE = Period(ROADS_OPEN)
WHEN = (
    "Applied from 2016-01-01, the day the press reports mini-trucks were allowed on Indiana roads; the "
    "effective-date clause of P.L.180-2015 (HEA 1047, signed 2015, House press release of 2015-05-08) was not "
    "read, and Indiana's default of 1 July would give 2015-07-01. Before 2016-01-01 kei answers unknown."
)
MIRROR_ONLY = (
    "Read in one statute mirror (courtgpt), 'As added by P.L.180-2015, SEC.3'; iga.in.gov was not reached (five "
    "searches, 2026-12-01)."
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    engine=Limit.at_least("660 cc"),
    width=Limit.at_most("60 in"),
    weight=Limit.at_most("1,600 lb"),
    weight_basis=WeightBasis.DRY,
    top_speed=Limit.at_most("60 mph"),
    features=("it was manufactured with a locking enclosed cab and a heated interior",),
    citation="IC 9-13-2-103.1",
    source=IC_9_13_2_103_1,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(HEA_1047_SIGNED,),
    notes=(
        "'not less than six hundred sixty (660) cubic centimeters' is a floor, and kei reads it as one: every "
        "common kei engine is 656 to 659 cc, so read literally no stock kei truck qualifies (a 550 cc one "
        "neither), while the bills and press speak of 660 cc trucks, which suggests the drafters meant a "
        "ceiling. The primary text wins over a presumed intent; a truck outside the definition answers "
        f"unknown (ask the BMV), never legal. {MIRROR_ONLY} {WHEN}"
        " Searched again 2026-12-01 (iga.in.gov IC 9-13-2-103.1): only the same mirror, Justia's 2014 and"
        " 2016 chapter pages (opening only) and the 2010 bill HB 1175 as introduced (archive.iga.in.gov) "
        "surfaced, and a second pass that day found the same."
    ),
)

ONLY_MINI_TRUCKS = DEFINITION.scope(
    ask="the Indiana Bureau of Motor Vehicles how it titles and registers this vehicle",
    law="IC 9-13-2-103.1 and IC 9-21-8-46",
)
"""Indiana's mini-truck law speaks of mini-trucks as it defines them: for any other vehicle its
rules answer ``unknown`` (ask the BMV), never ``not_legal``."""

ROADS = RoadAccess(
    closed={"interstate"},
    citation="IC 9-21-8-46",
    source=IC_9_21_8_46,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(HEA_1047_SIGNED,),
    notes=(
        "'A person may not drive or operate: ... (3) a mini-truck; upon any part of an interstate highway', "
        "amended by P.L.180-2015, SEC.10. The 2015 act, unlike the failed 2010 bill (HB 1175), does not close "
        f"state highways. {MIRROR_ONLY} {WHEN}"
        " Searched again 2026-12-01 on iga.in.gov: not reached; a second pass that day (HEA 1047 of 2015 and "
        "IC 9-21-8-46 on iga.in.gov and archive.iga.in.gov) found only the 2010 bill, other years' enrolled "
        "acts and statute mirrors."
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how="title it and register it with the Bureau of Motor Vehicles as a mini-truck",
    citation="HEA 1047 (P.L.180-2015)",
    source=HEA_1047_SIGNED,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(ROADS_OPEN_PRESS, OFF_ROAD_BEFORE, HB_1175_2010),
    notes=(
        "The House press release: 'This legislation requires mini-trucks to be titled and registered'; a BMV "
        "spokesperson (press) speaks of a truck title and a mini-truck plate. The registration section was not "
        f"read. {WHEN}"
        " Searched again 2026-12-01 on iga.in.gov: not reached; a second pass that day (HEA 1047 of 2015 and "
        "IC 9-21-8-46 on iga.in.gov and archive.iga.in.gov) found only the 2010 bill, other years' enrolled "
        "acts and statute mirrors."
    ),
)

RULES: list[Rule] = state_rules(
    "US-IN", DEFINITION, ROADS, REGISTRATION, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS
)
