"""Missouri: no statute, rule or bulletin speaks of kei trucks; the Department of Revenue titles
an imported vehicle by its general procedure.

* Titling (Department of Revenue, "Motor Vehicle Titling and Registration", official): an
  identification number and odometer (ID/OD) inspection when the title was issued by another
  state or country, at a Missouri authorized inspection station (a safety inspection not more than
  60 days old satisfies it). The page's section on imported vehicles was not reached. No official
  text says how the Department treats a kei truck, so kei answers ``unknown`` and names it.
* RSMo 301.010 and 304.032: a "utility vehicle", kept off the highways but for listed
  exceptions, is one "manufactured and used exclusively for off-highway use"; a kei truck built
  for Japan's roads is not one on those words (reported as information; read in copies only).
* HB 1010 (2007), which would have let mini-trucks on every road but interstates, was not enacted.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DOR_TITLING = "https://dor.mo.gov/motorv/titling.php"
HB_1010_2007 = "https://house.mo.gov/billtracking/bills071/biltxt/intro/HB1010I.htm"
HB_1482_2008 = "https://house.mo.gov/billtracking/bills081/bilsum/intro/sHB1482I.htm"
SECTION_304_032_COPY = "https://www.global-regulation.com/law/united-states/1172584/section%253a-304.0032-utility-vehicles%252c-operation-on-highway-and-in-streams-or-rivers-prohibited--exceptions--passengers-prohibited--violations%252c-pen.html"

# The Department's page carries no date: kei applies what it says from the day it was read.
PAGE_READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="Missouri",
    agency="the Missouri Department of Revenue, Motor Vehicle Bureau",
    page=DOR_TITLING,
    vin_inspection="have an identification number and odometer (ID/OD) inspection at a Missouri authorized "
    "inspection station, or show a safety inspection not more than 60 days old",
    conditions=("apply for a Missouri title on the Application for Missouri Title and License (Form 108)",),
    known="no Missouri statute speaks of mini trucks (HB 1010 of 2007, which would have let them on every "
    "road but interstates, was not enacted)",
    citation="Missouri Department of Revenue, Motor Vehicle Titling and Registration",
    source=DOR_TITLING,
    reviewed_on=REVIEWED,
    sources=(HB_1010_2007,),
    notes=(
        "Official page read 2026-12-01 (no date on it): the ID/OD inspection applies 'if ownership of the "
        "motor vehicle was transferred to you on a title issued by another state or country'. Its section "
        "'Titling and Registration Requirements of Imported Vehicles' was not reached (three searches). The "
        "dossiers lean 'registrable as a regular vehicle', but no official text says so: unknown. Applied "
        "from the day read, since the page carries no date."
    ),
)

UTILITY_VEHICLE = Rule(
    "US-MO-UTILITY-VEHICLE",
    "US-MO",
    "A 'utility vehicle', barred from the highways but for the exceptions of RSMo 304.032, is one "
    "manufactured and used exclusively for off-highway use; a kei truck built for Japan's public roads is "
    "not one on those words, unless the Department of Revenue classes it so",
    citation="RSMo 301.010 ('utility vehicle') and 304.032",
    source=HB_1482_2008,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=Period("2015-08-28"),
    unconfirmed=True,
    sources=(SECTION_304_032_COPY,),
    notes=(
        "The definition's words are from the official summary of HB 1482 (2008), which introduced the class, "
        "and a 2015 copy of § 304.032 (in force 2015-08-28, the earliest version read); the current § "
        "301.010 was not read on revisor.mo.gov, and the dimension limits vary between copies, so none is "
        "encoded. Information only: whether the Department ever classes a kei truck as a utility vehicle is "
        "not known. Searched again 2026-12-01 for revisor.mo.gov §§ 304.032 and 301.010 (three searches): only "
        "the Revisor's pages for §§ 304.013 and 304.033, copies of both sections and a 2025 bill reprinting "
        "§ 304.032 (tracker) surfaced."
    ),
)

RULES: list[Rule] = [*state_rules("US-MO", REGISTRATION, in_force=PAGE_READ), UTILITY_VEHICLE]
