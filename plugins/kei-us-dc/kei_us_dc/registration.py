"""District of Columbia: registration (D.C. Code § 50-1501.02(c)) and inspection.

* § 50-1501.02(c) (official): the Mayor issues a registration to an owner who has a valid
  certificate of title, (4) "a valid document issued by the District of Columbia attesting that
  the vehicle meets applicable District of Columbia vehicle inspection standards", and a DC
  domicile.
* DC DMV (official): "Passenger vehicles receive an emission inspection that is valid for two
  years; commercial vehicles receive an emission and safety inspection that is valid for one
  year"; its new-registration page names special import requirements only for motorcycles and
  motor-driven cycles.
* The District dropped its safety inspection for most private cars under a law taking effect
  on 1 October 2009 (AP, 2009-09-16).

No DC text on kei trucks or vehicles imported under the 25-year exemption was found. The
historic classes (model year 25 years or more; read only in a translated mirror) are left to
the notes. kei applies the block from 2009-10-01, the day the inspection it describes began,
and answers ``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
SEC_50_1501_02 = "https://preview.code.dccouncil.gov/us/dc/council/code/sections/50-1501.02"
NEW_REGISTRATION = "http://dmv.dc.gov/node/156092"
INSPECTION = "http://dmv.dc.gov/service/vehicle-inspection"
SAFETY_INSPECTION_ENDS = "https://www.claimsjournal.com/news/east/2009/09/16/103779.htm"

# The emissions-only inspection of passenger vehicles, which the block describes, from the law
# taking effect 2009-10-01 (AP).
IN_FORCE = Period("2009-10-01")

REGISTRATION = ImportTitling(
    state="the District of Columbia",
    agency="the DC Department of Motor Vehicles",
    page=NEW_REGISTRATION,
    emissions_inspection=(
        "have it pass a District of Columbia inspection before it is registered: an emissions inspection every "
        "two years for a passenger vehicle, an emissions and safety inspection every year for a commercial one"
    ),
    known=(
        "DC DMV names special import requirements only for motorcycles and motor-driven cycles; nothing on kei "
        "trucks or vehicles imported under the 25-year exemption was found"
    ),
    citation="D.C. Code § 50-1501.02(c)(4); DC DMV, Vehicle Inspection and New Vehicle Registration",
    source=SEC_50_1501_02,
    reviewed_on=REVIEWED,
    sources=(INSPECTION, NEW_REGISTRATION, SAFETY_INSPECTION_ENDS),
    notes=(
        "The statute and both DMV pages are official; the 2009-10-01 start of the emissions-only inspection "
        "rests on the AP report, and kei applies the block from that day. A title-service summary lists foreign "
        "papers, customs, EPA 3520-1, HS-7 and 'DOT compliance' for a foreign vehicle; what DC accepts as DOT "
        "compliance for an exempt import is open, so the documents are not listed as steps. The historic classes "
        "F(I) and F(II) (model year 25 years or more, F(I) at most 1,000 miles a year, F(II) for exhibitions "
        "only) were read only in a translated mirror of the DMV text: not encoded."
    ),
)

RULES: list[Rule] = state_rules("US-DC", REGISTRATION, in_force=IN_FORCE)
