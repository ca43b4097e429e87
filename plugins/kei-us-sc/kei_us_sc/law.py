"""South Carolina: no statute, regulation or SCDMV text speaks of kei trucks.

The SCDMV titles only a vehicle physically located in South Carolina (official page); a low-speed
vehicle must meet FMVSS No. 500 (S.C. Code § 56-2-100, official 2018 archive), a class closed to a
kei truck. So kei answers ``unknown`` and names the SCDMV. The dossiers lean "registrable as a
regular vehicle" (a motor vehicle is "every vehicle which is self-propelled, except mopeds", § 56-3-20,
read in a copy); that is not an official text on kei trucks.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
SCDMV_TITLE_AND_REGISTRATION = "http://www.scdmvonline.com/dmvnew/default.aspx?n=titleandreg"
CODE_CH_56_2_2018 = "https://www.scstatehouse.gov/Archives/CodeofLaws2018/t56c002.php"
CODE_CH_56_3_COPY = "http://statutes.laws-info.com/south-carolina/title-56/chapter-3"

# The SCDMV page carries no date: kei applies it from the day it was read.
READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="South Carolina",
    agency="the South Carolina Department of Motor Vehicles",
    page=SCDMV_TITLE_AND_REGISTRATION,
    conditions=(
        "have it physically in South Carolina: the SCDMV titles only a vehicle located in the state",
    ),
    known="a low-speed vehicle must meet FMVSS No. 500 (S.C. Code § 56-2-100), so that class is closed to a "
    "kei truck",
    citation="SCDMV, Title and Registration",
    source=SCDMV_TITLE_AND_REGISTRATION,
    reviewed_on=REVIEWED,
    sources=(CODE_CH_56_2_2018, CODE_CH_56_3_COPY),
    notes=(
        "Official: 'South Carolina will only issue a certificate of title for a vehicle that is physically "
        "located in South Carolina' (per the dossier). A title service lists 'Not for Road Use' and "
        "'Off-Road' among SC title brands and 'EPA/DOT letters, import docs' for foreign vehicles: "
        "secondary, not encoded. Applied from the day read (undated page)."
    ),
)

RULES: list[Rule] = state_rules("US-SC", REGISTRATION, in_force=READ)
