"""Oregon: ODOT's Driver and Motor Vehicle Services does not register mini-trucks for road use.

ODOT DMV's page on mini-trucks (official, undated) defines a mini-truck (four wheels, 660 cc or
less, at most 130 in long, 78 in high and 60 in wide, and "some internationally manufactured
vehicles built in this general style exceed these dimensions but are still considered to be
mini-trucks"), says they "were not designed to operate on North American roads", and lists how to
recognise one (no 17-character VIN, no FMVSS label, right-hand drive). The part of the page read
ends before any sentence on registration, so the refusal itself rests on secondary sources: the
sponsors of a 2026 bill (press release of 2026-01-20) say "current law prevents these vehicles from
being registered for on-road use", and advocates date the practice to AAMVA's 2021 best practice.
The rule is agency practice (``policy``) known from the press (``unconfirmed``); a refusal is still
the conservative answer.

kei applies it from 2026-01-20, the earliest dated statement of it found; earlier dates answer
``unknown``. SB 1213 (2025), which would have titled and registered kei trucks, was not enacted;
the 2026 bill's number and fate were not found (reported as information).
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, RuleKind, Vehicle, failed, unknown
from kei_us.state_kit import Registration, state_rules

REVIEWED = "2026-12-01"
ODOT_MINI_TRUCKS = "http://www.oregon.gov/ODOT/DMV/Pages/vehicle/mini_trucks.aspx"
SPONSORS_2026 = (
    "https://ktvz.com/news/bend/2026/01/20/state-senator-broadman-of-bend-colleagues-to-try-again-on-bill-to-"
    "allow-small-kei-trucks-on-oregon-highways"
)
ADVOCATES = "https://www.jdmoregonadvocates.com/our-statement"
SB_1213 = "https://app.legiplex.com/lpx/bill/624677"
BILLS_2026 = "https://app.legiplex.com/or/legislature/2026/2026-r/bills/page/6"

# The earliest dated statement that Oregon does not register kei trucks for road use.
STATED = Period("2026-01-20")
CITATION = "ODOT DMV, Mini-trucks; DMV practice as the sponsors of the 2026 kei truck bill state it"


def mini_truck_refused(vehicle: Vehicle, on: dt.date) -> Outcome:
    """ODOT's mini-truck: not registered for road use; its guidelines name the missing FMVSS label."""
    if "fmvss_certification_label" in vehicle.documents:
        return unknown(
            "a vehicle certified to the FMVSS is not a mini-truck by ODOT's guidelines, which name the "
            f"missing FMVSS label ({CITATION}); its registration is for ODOT DMV",
            settle=("ask ODOT Driver and Motor Vehicle Services whether it registers this vehicle",),
        )
    return failed(
        "Oregon does not register a mini-truck, which ODOT says was not designed to operate on North "
        f"American roads, for use on public roads ({CITATION}), whatever its age"
    )


REGISTRATION = Registration.custom(
    mini_truck_refused,
    how="ODOT DMV does not register a mini-truck (kei truck) for use on public roads",
    citation=CITATION,
    source=ODOT_MINI_TRUCKS,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    policy=True,
    sources=(SPONSORS_2026, ADVOCATES),
    notes=(
        "The ODOT page (official, undated, old site layout) gives the definition, the safety view and the "
        "identification guidelines; the part read ends before its registration paragraph. The refusal is "
        "quoted from the 2026 bill's sponsors (KTVZ, 2026-01-20) and advocates ('stop titling and "
        "registering these vehicles—going so far as to revoke existing registrations', after AAMVA's 2021 "
        "revision; undated). Press of June 2025 on SB 1213 also calls them unregistrable, without a "
        "day-exact date. Applied from 2026-01-20, the earliest dated statement; move the start back if the "
        "ODOT page's registration paragraph carries a date. Two look-ups of the 2026 bill lists (2026-12-01) "
        "found no kei bill chaptered; if one was enacted, this rule ends the day before it took effect."
    ),
)

BILLS = Rule(
    "US-OR-BILLS",
    "US-OR",
    "SB 1213 (2025), which would have titled and registered kei trucks (built in Japan or South Korea, 660 "
    "cc, at most 11 ft long, 4.9 ft wide and 6.6 ft high, 25 years old) and kept them off highways posted "
    "over 65 mph, was not enacted; a 2026 bill was announced, its number and fate not found",
    citation="Oregon SB 1213 (2025 regular session); 2026 bill announced by Sen. Broadman and Reps. Osborne "
    "and Skarlatos",
    source=SB_1213,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=STATED,
    unconfirmed=True,
    sources=(SPONSORS_2026, BILLS_2026),
    notes=(
        "Bill text and status from a bill tracker and the press; OLIS was not reached (searched again "
        "2026-12-01 for SB 1213's overview on olis.oregonlegislature.gov: only the tracker, the press and a "
        "dealers' association's session reports surfaced)."
    ),
)

RULES: list[Rule] = [*state_rules("US-OR", REGISTRATION, in_force=STATED), BILLS]
