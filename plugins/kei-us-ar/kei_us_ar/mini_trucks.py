"""Arkansas: mini-trucks, Ark. Code Ann. § 27-14-726, in the order of the law.

* § 27-14-726(a)(2)(A): a mini-truck is a motor vehicle "(i) At least forty-eight inches (48") in
  width; (ii) Not more than one hundred thirty-five inches (135") in length including the bumper;
  (iii) At least one thousand five hundred pounds (1,500 lbs.) in unladen weight, including fuel and
  fluids; and (iv) Equipped with" four or more tires, a steering wheel, side-by-side seating for
  two, a fully enclosed metal cab "with safety glass that complies with 49 C.F.R. § 571.205 ... in
  effect on January 1, 2019, and mirrors that comply with 49 C.F.R. § 571.111", metal doors with
  handle locks, headlamps, tail lamps, signal lamps, a horn, seat belts and front and rear bumpers;
  (C) it "is not an all-terrain vehicle". Minimums as well as a maximum: a truck under 48 in or
  1,500 lb is no mini-truck.
* Where it may be driven (as the IIHS summarises the law; the operative text was not found): roads
  posted 55 mph or less, never interstates or controlled-access highways, and only "if vehicle is
  being used exclusively for farm purposes".
* Registration: titled and registered (reported as a Class Eight farm vehicle, with an affidavit).

Everything rests on secondary copies (two statute mirrors agree on the definition; the road rule and
the 2009-07-30 start are the IIHS's table) and is unconfirmed. The definition's FMVSS references
("in effect on January 1, 2019") show an amendment of 2019 or later whose act was not found; the
2009 wording was not read. So that no earlier date is judged by a wrong figure, a vehicle outside the
definition is not refused: the mini-truck law does not decide it and kei answers ``unknown``.
Before 2009-07-30 kei has no Arkansas rule and answers ``unknown``.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    Limit,
    LimitedUse,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
DEFINITION_COPY = "https://policyrisk.com/states/arkansas/statutes/27-14-726"
DEFINITION_COPY_2 = "https://law.counselstack.com/statute/ar/27-14-726"
IIHS_TABLE = "https://www.iihs.org/iihs/topics/laws/minitrucks"
REGISTRATION_PRESS = "https://legalclarity.org/arkansas-mini-truck-laws-criteria-licensing-and-compliance"
SB_20_PRESS = "http://www.landlinemag.com/story.aspx?storyid=54519"

IIHS_EFFECTIVE = "2009-07-30"
IN_FORCE = Period(IIHS_EFFECTIVE)
WHEN = (
    "Applied from 2009-07-30, the initial effective date in the IIHS's state-law table; the act was not found "
    "(2009 SB 20 was pre-filed in December 2008, press). The definition's FMVSS references are to the standards "
    "'in effect on January 1, 2019', so its wording is of a 2019-or-later amendment whose act was not found, and "
    "the 2009 wording was not read. Before 2009-07-30 kei answers unknown."
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    width=Limit.at_least("48 in"),
    length=Limit.at_most("135 in"),
    weight=Limit.at_least("1,500 lb"),
    weight_basis=WeightBasis.UNLADEN,
    wheels=4,
    wheels_at_least=True,
    features=(
        "it has a steering wheel and seating for at least two people side by side in the front",
        "a fully enclosed metal or metal-reinforced cab whose safety glass complies with 49 CFR 571.205 and whose "
        "mirrors comply with 49 CFR 571.111, as in effect on 2019-01-01 (glass built for Japan usually carries no "
        "DOT marking)",
        "it has metal doors with functioning handle locks",
    ),
    required_equipment=("headlamps", "tail_lamps", "turn_signals", "horn", "seat_belts", "bumpers"),
    citation="Ark. Code Ann. § 27-14-726(a)(2)",
    source=DEFINITION_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(DEFINITION_COPY_2, IIHS_TABLE),
    notes=(
        "Two statute mirrors give the same text, titled 'Mini-trucks — Definitions' and ending at (a)(2)(C); the "
        "official code (Lexis) was not reached. The width and weight are minimums, the length a maximum. kei "
        "knows the curb weight, which includes fuel and fluids as the statute does. The FMVSS 205 glazing and "
        "FMVSS 111 mirror clause is a condition to confirm: kei cannot see it, and stock Japanese glass usually "
        "lacks the marking. Searched again 2026-12-01 for the act on arkleg.state.ar.us: only the same two "
        f"mirrors surfaced. {WHEN}"
    ),
)

ONLY_MINI_TRUCKS = DEFINITION.scope(
    ask="the Arkansas Office of Motor Vehicles how it titles and registers this vehicle",
    law="Ark. Code Ann. § 27-14-726",
)

ROADS = RoadAccess(
    max_posted_mph=55,
    closed={"interstate", "controlled_access"},
    citation="Ark. Code Ann. § 27-14-726, as the IIHS summarises it",
    source=IIHS_TABLE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "IIHS (2019 snapshot): 'roads with a posted speed limit of 55 mph or less excluding interstate highways and "
        "controlled access highways if vehicle is being used exclusively for farm purposes'. The statute's own "
        "operative subsection was not found (three searches, and a fourth on 2026-12-01 that found only the "
        f"mirrors of the definition and a 2008 blog). {WHEN}"
    ),
)

FARM_USE = LimitedUse(
    uses=("farm",),
    citation="Ark. Code Ann. § 27-14-726, as the IIHS summarises it",
    source=IIHS_TABLE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=f"'if vehicle is being used exclusively for farm purposes' (IIHS); the statute's words were not read. {WHEN}",
)

REGISTRATION = Registration(
    RegistrationOutcome.REGULAR,
    how="title it and register it with the Office of Motor Vehicles (reported: as a Class Eight farm vehicle, with "
    "an affidavit)",
    citation="Arkansas mini-truck registration (reported)",
    source=REGISTRATION_PRESS,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SB_20_PRESS,),
    notes=(
        "Only a secondary page (not an official text) says mini-trucks register as Class Eight farm vehicles with "
        f"an affidavit; 2009 SB 20 was to have them titled and registered (press). {WHEN}"
    ),
)

RULES: list[Rule] = state_rules(
    "US-AR", DEFINITION, ROADS, FARM_USE, REGISTRATION, in_force=IN_FORCE, scope=ONLY_MINI_TRUCKS
)
