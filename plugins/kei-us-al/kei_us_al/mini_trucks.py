"""Alabama: Act 2011-205 (SB 253), which added Ala. Code § 32-6-59 and a mini-truck definition
to § 40-12-240.

Declared in the order of the law: what a mini-truck is (§ 40-12-240, with the equipment the
definition names), its tag (§ 32-6-59(a), (b)(2)) and where it may go (§ 32-6-59(b)(1)).

§ 32-6-59 was read on the Legislature's code site. The official page of § 40-12-240 was
retrieved only up to paragraph (9), so the definition comes from the Department of Revenue's
Memorandum 2012-8 as copied by a third party, and ships unconfirmed. The definition demands an
installed speed governor that keeps the truck at 25 mph or less: a kei truck as built is not a
mini-truck in Alabama until one is fitted.

The act was delivered to the Governor on 26 April 2011; its effective-date section was not
read. The IIHS table gives 1 January 2012, the latest date any source gives, and kei applies
the act from then: earlier dates answer ``unknown`` rather than rest on an unread clause.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    AnyOf,
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
SECTION_32_6_59 = "http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/32-6-59.htm"
SECTION_40_12_240 = "http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/40-12-240.htm"
ADOR_MEMO_2012_8 = (
    "https://atmos360orlando.com/what-happens-to-your-vanity-licence-if-youlicence-gets-upgraded-6369"
)
SB_253 = (
    "https://www.bamapolitics.com/alabama/bills/2011-alabama-legislative-regular-session/"
    "2011-alabama-senate-bills/sb253-alabama-2011-session"
)
IIHS_MINITRUCKS = "https://www.iihs.org/iihs/topics/laws/minitrucks"
LRS_2011_SUMMARIES = "http://lrs.state.al.us/publications/2011_regular_summaries.html"

# Act 2011-205's own effective-date section was not read; the IIHS table (April 2019) dates the
# law 2012-01-01, the latest date any source gives, so no earlier date rests on the act.
IN_FORCE = Period("2012-01-01")
WHEN = (
    "In force from 2012-01-01, the effective date the IIHS table (secondary) gives for Act 2011-205 "
    "(SB 253, delivered to the Governor 2011-04-26, tracker). The enrolled act's effective-date section "
    "was not found: the Legislative Reference Service's 2011 summaries (official) list Act 2011-205 but "
    "the part read stops before its summary; searched 2026-12-01. kei takes the latest date a source "
    "gives, so dates before it answer unknown and no answer rests on an unread clause."
)

FROM_THE_MEMO = (
    "The official § 40-12-240 page was read only to paragraph (9); the mini-truck paragraph is taken from "
    "ADOR Memorandum 2012-8 (2012-04-19), seen only in a third-party copy (searched again 2026-12-01: the "
    "official page again stops at (9), and the memo surfaced only in another third-party copy)."
)

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    wheels=4,
    width=Limit.at_least("48 in"),
    weight=Limit.at_least("1,500 lb"),
    weight_basis=WeightBasis.UNLADEN,
    top_speed=Limit.at_most("25 mph"),
    required_equipment={"speed_governor"},
    features=(
        "it is a reduced dimension truck",
        "it has a fully enclosed metal cab",
        "it has a nonconforming vehicle identification number",
    ),
    citation="Ala. Code § 40-12-240 (mini-truck)",
    source=SECTION_40_12_240,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(ADOR_MEMO_2012_8, SB_253, IIHS_MINITRUCKS),
    notes=(
        f"{FROM_THE_MEMO} The memo: 'an installed speed governor to prevent the truck from attaining a speed "
        "of more than 25 miles per hour'; kei reads it as top speed at most 25 mph with a speed governor "
        "fitted. The memo also says mini-trucks are exempt from titling. "
        f"{WHEN}"
    ),
)

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "stop_lamps",
        "turn_signals",
        "tail_lamps",
        "reflex_reflectors",
        "parking_brake",
        AnyOf("exterior_mirror_driver", "exterior_mirror_passenger", "interior_mirror"),
        "windshield",
        "seat_belts",
    ],
    citation="Ala. Code § 40-12-240 (mini-truck equipment)",
    source=SECTION_40_12_240,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(ADOR_MEMO_2012_8,),
    notes=(
        f"{FROM_THE_MEMO} The memo says only 'rearview mirrors', so any rear-view mirror is taken to meet it. "
        f"{WHEN}"
    ),
)

REGISTRATION = Registration(
    RegistrationOutcome.MINI_TRUCK_CLASS,
    how=(
        "register it and attach the mini-truck license tag, at the tax and fee of a private passenger "
        "automobile"
    ),
    plate_marking="restricted low speed use",
    citation="Ala. Code § 32-6-59(a), (b)(2)",
    source=SECTION_32_6_59,
    reviewed_on=REVIEWED,
    sources=(SB_253, IIHS_MINITRUCKS, LRS_2011_SUMMARIES),
    notes=(
        "The tag 'shall indicate that the mini-truck is for restricted low speed use'. The enacted section "
        "sets no posted-speed limit; the introduced SB 253 spoke of roads whose posted speed is not greater "
        f"than 25 mph, which the enacted text does not contain. {WHEN}"
    ),
)

ROADS = RoadAccess(
    closed={"interstate"},
    citation="Ala. Code § 32-6-59(b)(1)",
    source=SECTION_32_6_59,
    reviewed_on=REVIEWED,
    sources=(SB_253, IIHS_MINITRUCKS, LRS_2011_SUMMARIES),
    notes=f"The IIHS table's '25 mph' roads come from the governor in the definition, not from § 32-6-59. {WHEN}",
)

RULES: list[Rule] = state_rules("US-AL", DEFINITION, EQUIPMENT, REGISTRATION, ROADS, in_force=IN_FORCE)
