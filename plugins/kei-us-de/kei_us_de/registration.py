"""Delaware: registration of a vehicle used on a highway (21 Del. C. § 2101(a)); no statute, DMV
statement, bill or press report on kei trucks or vehicles imported under the 25-year exemption.

* § 2101(a) (official): a vehicle of a type required to be registered may not be driven on a
  highway unregistered.
* Vehicles are inspected at a DMV lane before registration and at renewal, the newest model
  years excepted (a compliance publisher's summary).
* An antique plate (21 Del. C. § 2196(a), read in a copy) is furnished for a registered antique
  vehicle "in addition to the plate already issued": no route of its own.

A content site's claim that Delaware treats kei trucks as low-speed vehicles is supported by no
statute and is not followed. The answer is ``unknown``; the Division of Motor Vehicles decides.
No DMV page on imported vehicles was found, so the code's page is given.

The sources are undated: kei applies them from the day they were read, 2026-12-01, and answers
``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
TITLE_21_CH_21 = "http://delcode.delaware.gov/title21/c021/sc01/index.shtml"
LANE_INSPECTION_SUMMARY = (
    "https://jjkellercompliancenetwork.com/regsense/vehicle-registration-requirements-delaware"
)
ANTIQUE_COPY = "https://abcdocz.com/doc/123673/delaware-definitions"

IN_FORCE = Period("2026-12-01")

REGISTRATION = ImportTitling(
    state="Delaware",
    agency="the Delaware Division of Motor Vehicles",
    page=TITLE_21_CH_21,
    safety_inspection="have it inspected at a DMV inspection lane before it is registered",
    known=(
        "a vehicle driven on a highway must be registered (21 Del. C. § 2101(a)); an antique plate is furnished "
        "only in addition to a registered vehicle's plate, so it is no route of its own"
    ),
    citation="21 Del. C. § 2101(a); DMV inspection before registration",
    source=TITLE_21_CH_21,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(LANE_INSPECTION_SUMMARY, ANTIQUE_COPY),
    notes=(
        "§ 2101(a) read on delcode.delaware.gov; the lane inspection only in a compliance publisher's summary "
        "and the antique plate in a copy of the DMV's guidance, so the block is unconfirmed. The antique "
        "definition (more than 25 years before the current year, kept substantially to the maker's "
        "specifications) could fit an unmodified kei truck, but the plate presupposes a registration. No "
        "Delaware DMV page on imported vehicles was found; the answer is unknown. In force from 2026-12-01, the "
        "day the undated sources were read."
    ),
)

RULES: list[Rule] = state_rules("US-DE", REGISTRATION, in_force=IN_FORCE)
