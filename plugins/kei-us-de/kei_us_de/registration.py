"""Delaware: registration of a vehicle used on a highway (21 Del. C. § 2101(a)); no statute, DMV
statement, bill or press report on kei trucks or vehicles imported under the 25-year exemption.

* § 2101(a) (official): a vehicle of a type required to be registered may not be driven on a
  highway unregistered.
* § 2143(a) (official): before the Department registers a motor vehicle it inspects it; the
  Department may waive the inspection only for new vehicles and those no older than 7 model
  years, which no kei truck old enough to import is. § 2141 (official): the Department keeps
  inspection places in each county.
* An antique plate (21 Del. C. § 2196(a), read only in a copy, so kept out of the answer) is
  furnished for a registered antique vehicle "in addition to the plate already issued": no route
  of its own.

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
TITLE_21_CH_21_INSPECTION = "http://delcode.delaware.gov/title21/c021/sc03/index.html"
LANE_INSPECTION_SUMMARY = (
    "https://jjkellercompliancenetwork.com/regsense/vehicle-registration-requirements-delaware"
)
ANTIQUE_COPY = "https://abcdocz.com/doc/123673/delaware-definitions"

IN_FORCE = Period("2026-12-01")

REGISTRATION = ImportTitling(
    state="Delaware",
    agency="the Delaware Division of Motor Vehicles",
    page=TITLE_21_CH_21,
    safety_inspection=(
        "have the Department inspect it at one of its inspection places before it is registered (the waiver "
        "for vehicles no older than 7 model years does not reach it)"
    ),
    known="a vehicle driven on a highway must be registered (21 Del. C. § 2101(a))",
    citation="21 Del. C. §§ 2101(a), 2141, 2143(a)",
    source=TITLE_21_CH_21,
    reviewed_on=REVIEWED,
    sources=(TITLE_21_CH_21_INSPECTION, LANE_INSPECTION_SUMMARY, ANTIQUE_COPY),
    notes=(
        "§ 2101(a) read on delcode.delaware.gov (subchapter I). The inspection read there too, on 2026-12-01 "
        "(subchapter III): § 2143(a) 'Before the Department registers, renews the registration of or "
        "reregisters a motor vehicle required to be registered under this title, such vehicle shall first be "
        "inspected by the Department and determined to be safe and fit for operation and found equipped "
        "according to law. The Department may waive all inspection requirements with respect to the "
        "registration of new motor vehicles and the initial registration or renewal of vehicles no older than "
        "7 model years.'; § 2141 'The Department shall provide and maintain 1 or more places in each county "
        "together with such facilities and such number of qualified inspectors as may be required for "
        "registration and inspection purposes.' Until then the inspection rested on a compliance publisher's "
        "summary, which it matches. The antique plate (§ 2196(a), 'in addition to the plate already issued') "
        "was read only in a copy of the DMV's guidance, and the official section was not found (searched "
        "2026-12-01 on delcode.delaware.gov: only subchapter II's plate sections surfaced), so it is reported "
        "here and not in the answer: the antique definition (more than 25 years before the current year, kept "
        "substantially to the maker's specifications) could fit an unmodified kei truck, but the plate "
        "presupposes a registration. No Delaware DMV page on imported vehicles was found; the answer is "
        "unknown, and the confirmed texts do not change that. In force from 2026-12-01, the day the undated "
        "sources were read."
    ),
)

RULES: list[Rule] = state_rules("US-DE", REGISTRATION, in_force=IN_FORCE)
