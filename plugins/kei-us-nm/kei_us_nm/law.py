"""New Mexico: no statute, rule or Motor Vehicle Division text speaks of kei trucks.

The MVD's Vehicle Procedures Manual has a section on foreign-manufactured vehicles (ch. 8 § U,
"Foreign-Manufactured Vehicle Transactions"), read only to its heading. Its off-highway motor
vehicle class is for a vehicle "not legally equipped for operation on the highways" (NMSA
66-1-4.13(B), as the manual's ch. 16 quotes it), which a kei truck built for Japan's roads is not on
those words. So kei answers ``unknown`` and names the Division. Lists calling New Mexico a "ban"
state cite no source and are not encoded.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
MANUAL_CH_8 = "https://mvd.newmexico.gov/chapter-8-special-title-situations"
MANUAL_CH_16 = "https://www.mvd.newmexico.gov/chapter-16-off-highway-motor-vehicles/"
NMSA_66_3_1_COPY = "https://law.justia.com/codes/new-mexico/2019/chapter-66/article-3/part-1/section-66-3-1/"

# The manual carries no date: kei applies it from the day it was read.
READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="New Mexico",
    agency="the New Mexico Motor Vehicle Division",
    page=MANUAL_CH_8,
    known="the Division's manual has a section on foreign-manufactured vehicles (ch. 8 § U) whose text was "
    "not read; its off-highway motor vehicle class is for vehicles not legally equipped for the highways "
    "(NMSA 66-1-4.13(B)), which a kei truck built for Japan's roads is not on those words",
    citation="NM MVD Vehicle Procedures Manual, ch. 8 § U (Foreign-Manufactured Vehicle Transactions)",
    source=MANUAL_CH_8,
    reviewed_on=REVIEWED,
    sources=(MANUAL_CH_16, NMSA_66_3_1_COPY),
    notes=(
        "Official manual read: the heading of ch. 8 § U only, and ch. 16 § A quoting NMSA 66-1-4.13(B). NMSA "
        "66-3-1 (every motor vehicle driven on a highway is registered and titled) and the refusal of a "
        "vehicle 'mechanically unfit or unsafe' were read only in copies. A copy of the MVD's instructions "
        "says a vehicle never titled in New Mexico is taken to a field office for inspection: not encoded as "
        "a step. Applied from the day read (undated manual)."
    ),
)

RULES: list[Rule] = state_rules("US-NM", REGISTRATION, in_force=READ)
