"""New Jersey: no statute, regulation or Motor Vehicle Commission text speaks of kei trucks.

How the MVC titles an imported vehicle was read only in the summary of the state's auto retailers'
association (NJ CAR): centrally, at the MVC Foreign Title Unit, with the original HS-7, EPA form
3520-1, the stamped customs entry and the foreign title. So kei answers ``unknown``, unconfirmed,
and names the Commission.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
MVC = "https://www.nj.gov/mvc/"
NJ_CAR_IMPORTS = "https://www.njcar.org/programs-services/nj-car-title-services/import-vehicle/"

# The summary carries no date: kei applies it from the day it was read.
READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="New Jersey",
    agency="the New Jersey Motor Vehicle Commission, Foreign Title Unit",
    page=MVC,
    documents=("hs7", "epa_3520_1", "cbp_release"),
    conditions=(
        "have the title application processed centrally by the MVC Foreign Title Unit, with the foreign "
        "title and the bill of lading",
    ),
    citation="NJ MVC Foreign Title Unit, as NJ CAR describes its import titling",
    source=NJ_CAR_IMPORTS,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "Read in the auto retailers' association's summary only (the original HS-7, no photocopies; the "
        "stamped customs entry; EPA 3520-1; the foreign title or MCO; a separate check for sales tax on the "
        "value declared at customs); no MVC page was reached. A low-speed vehicle cannot run on petrol or "
        "diesel (driver-manual copy), so that class is closed. Applied from the day read (undated summary). "
        "Searched again 2026-12-01 for an MVC page on imported vehicles (Foreign Title Unit, HS-7): only NJ "
        "CAR's pages and copies of N.J.A.C. 13:21 surfaced."
    ),
)

RULES: list[Rule] = state_rules("US-NJ", REGISTRATION, in_force=READ)
