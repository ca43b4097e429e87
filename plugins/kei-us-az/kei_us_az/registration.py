"""Arizona: title and registration of a vehicle brought from elsewhere, as ADOT's Motor Vehicle
Division states it; nothing official on kei trucks.

* ADOT MVD (official): a vehicle five years old or more kept in a non-attainment area (the
  Phoenix and Tucson areas only) needs an emissions compliance form. A.A.C. R18-2-1003 (read in a
  copy) exempts only model year 1966 and older and engines under 90 cc, not a 660 cc kei engine.
* 2008 SB 1464 would have made "venture trucks" (mini-trucks, kei-class trucks) a class of
  their own; the House summary (official) records MVD's concern that they come in "as
  agricultural, off-road vehicles, thereby bypassing national safety standards and EPA
  requirements". No venture-truck class is in the Arizona Revised Statutes as far as searched.
* No ADOT statement on imported or kei vehicles was found: the answer is ``unknown``.

The pages read are undated: kei applies them from the day they were read, 2026-12-01, and
answers ``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
OUT_OF_STATE_DEALER = (
    "https://azdot.gov/motor-vehicles/vehicle-services/title-and-registration/purchases-out-state-dealer"
)
SB1464_SUMMARY = "https://azleg.gov/legtext/48leg/2r/summary/h.sb1464_04-03-08_caucuscow.doc.htm"
R18_2_1003_COPY = "https://www.law.cornell.edu/regulations/arizona/Ariz-Admin-Code-SS-R18-2-1003"

IN_FORCE = Period("2026-12-01")

REGISTRATION = ImportTitling(
    state="Arizona",
    agency="the Arizona Department of Transportation, Motor Vehicle Division (ADOT MVD)",
    page=OUT_OF_STATE_DEALER,
    emissions_inspection=(
        "if it is five years old or more and kept in the Phoenix or Tucson area, bring an emissions compliance "
        "form (a 660 cc engine is not exempt)"
    ),
    known=(
        "no Arizona statute on kei trucks was found: 2008 SB 1464 would have made 'venture trucks' a class of "
        "their own, and MVD then told the legislature such trucks come in as agricultural, off-road vehicles, "
        "bypassing national safety and EPA standards"
    ),
    citation="ADOT MVD, Purchases from an out-of-state dealer (emissions compliance form); A.A.C. R18-2-1003",
    source=OUT_OF_STATE_DEALER,
    reviewed_on=REVIEWED,
    sources=(SB1464_SUMMARY, R18_2_1003_COPY),
    notes=(
        "The emissions form and its areas are read on ADOT's page; the exemptions of R18-2-1003 in a copy. "
        "SB 1464's fate: not found in the Arizona Revised Statutes (absence of evidence only). Importers' "
        "reports that kei trucks get ordinary Arizona plates were not found in an official text, so the answer "
        "is unknown. The page is undated: in force from 2026-12-01, the day it was read."
    ),
)

RULES: list[Rule] = state_rules("US-AZ", REGISTRATION, in_force=IN_FORCE)
