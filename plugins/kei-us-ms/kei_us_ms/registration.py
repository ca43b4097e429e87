"""Mississippi: where a vehicle is registered (Department of Revenue), and no periodic safety
inspection since 2015-07-01; nothing official on kei trucks or 25-year imports.

* Department of Revenue, Motor Vehicle FAQ (official): a vehicle of 10,000 lb gross vehicle
  weight or less is registered at the county tax collector's office.
* Annual safety inspections ended on 1 July 2015 (press; a 2022 bill to reinstate the law, read
  on the legislature's site, calls it repealed in 2015).
* Title services list foreign documents, CBP 7501, an EPA form, NHTSA HS-7 and a certified
  translation for a foreign vehicle; the Department's rules (35 Miss. Admin. Code Pt. VII) were
  seen only as an index. Not encoded as steps.

kei applies the block from 2015-07-01, the day the inspection ended, and answers ``unknown``
before.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DOR_FAQ = "https://www.dor.ms.gov/motor-vehicle/motor-vehicle-frequently-asked-questions"
INSPECTION_ENDS = "https://picayuneitem.com/2015/07/state-eliminates-vehicle-inspection-stickers"
INSPECTION_ENDS_2 = "https://meridianstar.com/?p=348577"
SB_2169_2022 = "https://billstatus.ls.state.ms.us/documents/2022/html/SB/2100-2199/SB2169IN.htm"
SB_2169_2022_TRACKER = "https://app.legiplex.com/ms/legislature/2022/2022-r/bills/sb2169"
TITLE_SERVICE = "https://www.illinoistitleservices.net/state-title-registration-and-taxes/mississippi"

IN_FORCE = Period("2015-07-01")

REGISTRATION = ImportTitling(
    state="Mississippi",
    agency="the Mississippi Department of Revenue, Motor Vehicle Services",
    page=DOR_FAQ,
    conditions=("register it at the county tax collector's office (10,000 lb gross vehicle weight or less)",),
    known=(
        "no Mississippi statute or Department of Revenue statement on kei trucks or vehicles imported under the "
        "25-year exemption was found; Mississippi has had no periodic safety inspection since 2015-07-01"
    ),
    citation="Mississippi Department of Revenue, Motor Vehicle FAQ",
    source=DOR_FAQ,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SB_2169_2022, INSPECTION_ENDS, INSPECTION_ENDS_2, SB_2169_2022_TRACKER, TITLE_SERVICE),
    notes=(
        "Where to register is read on the Department's FAQ. That the inspection law is gone is read on the "
        "legislature's own site, in 2022 SB 2169 as introduced: 'AN ACT TO REINSTATE THE MISSISSIPPI MOTOR "
        "VEHICLE SAFETY INSPECTION LAW, WHICH WAS REPEALED IN 2015'; the day it ended, 2015-07-01, only in the "
        "press, and the 2015 repealing act was not found on billstatus.ls.state.ms.us (searched 2026-12-01: only "
        "2015 bills amending the law surfaced), so the block is unconfirmed, and kei applies it from that day. "
        "Importers report ordinary registrations; nothing official says so, so the answer is unknown. The "
        "foreign-vehicle papers are known from a title service only."
    ),
)

RULES: list[Rule] = state_rules("US-MS", REGISTRATION, in_force=IN_FORCE)
