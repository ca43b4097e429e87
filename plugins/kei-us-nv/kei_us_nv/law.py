"""Nevada: no statute, regulation or DMV text speaks of kei trucks.

What Nevada law asks of any foreign vehicle was read in copies: NRS 482.220 (the application
states that it is a foreign vehicle and comes with a motor vehicle inspection certificate signed by
the DMV or one of its authorized agents) and NRS 445B.815 (in a county of 100,000 people or more
that requires inspection, no registration without evidence of emissions compliance). So kei answers
``unknown`` and names the DMV. Lists calling Nevada a "ban" state cite no source and are not
encoded.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DMV_VIN_INSPECTIONS = "https://dmvnv.com/regoutofstate.htm"
NRS_482_220_COPY = "http://dev.semasan.com/node/4959"
NRS_445B_815_COPY = "https://law.onecle.com/nevada/health/445B.815.html"
NRS_490_INDEX = "https://leg.state.nv.us/division/legal/lawlibrary/NRS/NRS-490.html"

# The copies read carry no date: kei applies them from the day they were read.
READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="Nevada",
    agency="the Nevada Department of Motor Vehicles, Title Section",
    page=DMV_VIN_INSPECTIONS,
    vin_inspection="state in the application that it is a foreign vehicle, with a motor vehicle inspection "
    "certificate signed by the DMV or one of its authorized agents (a peace officer, dealer, rebuilder, "
    "automobile wrecker or designated garage)",
    emissions_inspection="if it is based in a county of 100,000 people or more that requires emissions "
    "inspection (Clark, Washoe), show evidence of emissions compliance before it is registered",
    citation="NRS 482.220(1)-(2); NRS 445B.815(1)",
    source=NRS_482_220_COPY,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(NRS_445B_815_COPY, DMV_VIN_INSPECTIONS, NRS_490_INDEX),
    notes=(
        "Both sections read in copies (a SEMA copy of NRS 482.220, a statute mirror of NRS 445B.815), not on "
        "leg.state.nv.us; the DMV's official page says VIN inspections are done at every DMV office. Whether "
        "NAC 445B exempts an older vehicle from the emissions test was not read. The off-highway vehicle "
        "chapter (NRS 490.060) excludes a vehicle the DMV registers under chapter 482, so it is a fallback "
        "only if the DMV refuses. Applied from the day read (undated copies). Searched again 2026-12-01 for "
        "NRS 482.220 on leg.state.nv.us and a DMV page on imported vehicles: only copies of chapter 482, copies "
        "of the DMV's Registration and Title Guide and its out-of-state dealer page surfaced."
    ),
)

RULES: list[Rule] = state_rules("US-NV", REGISTRATION, in_force=READ)
