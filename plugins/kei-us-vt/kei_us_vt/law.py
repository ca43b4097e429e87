"""Vermont: no statute, rule or DMV text speaks of kei trucks.

The DMV (official page) has every newly registered vehicle inspected at a Vermont licensed
inspection station within 15 days; 23 V.S.A. § 1222(a) (read in a copy) makes the safety and
visual emissions inspection yearly, and § 303 (a copy) registers a vehicle shown to be "properly
equipped and in good mechanical condition". Whether a station passes a right-hand-drive truck not
built to the FMVSS is not documented, so kei answers ``unknown`` and names the DMV. Lists calling
Vermont a "ban" state cite no source and are not encoded.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DMV_MOVING_TO_VERMONT = "https://dmv.vermont.gov/registrations/new/moving-to-vermont"
SEC_1222_COPY = "http://dev.semasan.com/node/4823"
SEC_303_COPY = "https://www.lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_23_303"
CHAPTER_7 = "https://legislature.vermont.gov/statutes/fullchapter/23/007"

# The DMV page carries no date: kei applies it from the day it was read.
READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="Vermont",
    agency="the Vermont Department of Motor Vehicles",
    page=DMV_MOVING_TO_VERMONT,
    safety_inspection="have it inspected at a Vermont licensed inspection station within 15 days of "
    "registering it",
    known="the inspection is yearly (23 V.S.A. § 1222(a)), and whether a station passes a right-hand-drive "
    "truck not built to the FMVSS is not documented",
    citation="Vermont DMV, Moving to Vermont (registration and inspection)",
    source=DMV_MOVING_TO_VERMONT,
    reviewed_on=REVIEWED,
    sources=(CHAPTER_7, SEC_1222_COPY, SEC_303_COPY),
    notes=(
        "Official DMV page: 'Upon registering your vehicle you will have 15 days in which to get the vehicle "
        "inspected at a Vermont Licensed Inspection Station.' 23 V.S.A. § 301 (official chapter page): no "
        "vehicle is operated on a highway unregistered. §§ 303 and 1222 read in copies. The Periodic "
        "Inspection Manual was not reached. Applied from the day read (undated page)."
    ),
)

RULES: list[Rule] = state_rules("US-VT", REGISTRATION, in_force=READ)
