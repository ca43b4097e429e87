"""Montana: no statute, rule or Motor Vehicle Division text speaks of kei trucks.

The Department of Justice's Motor Vehicle Division titles and registers a motor vehicle together
(official page). What it asks of a vehicle from abroad was read only in a title service's summary
("foreign docs, HS-7, CBP 7501, bills of sale, chain of ownership, and conformity to U.S.
standards"), and whether an HS-7 declaring the 25-year exemption meets "conformity to U.S.
standards" is not known. So kei answers ``unknown`` and names the Division. The dossiers lean
"registrable as a regular vehicle"; that is not an official text.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
MVD_TITLE_AND_REGISTRATION = "https://dojmt.gov/driving/vehicle-title-%20and-registration/"
TITLE_SERVICE = "https://www.illinoistitleservices.net/state-title-registration-and-taxes/montana"
MCA_61_1_101_COPY = "https://lawserver.com/law/state/montana/mt-code/montana_code_61-9-101"

# The Division's page carries no date: kei applies what it says from the day it was read.
PAGE_READ = Period(REVIEWED)

REGISTRATION = ImportTitling(
    state="Montana",
    agency="the Montana Department of Justice, Motor Vehicle Division",
    page=MVD_TITLE_AND_REGISTRATION,
    conditions=(
        "title and register it at once: Montana titles a motor vehicle only together with its registration",
    ),
    known="a title service lists HS-7, CBP 7501, chain of ownership and 'conformity to U.S. standards' among "
    "the papers asked of a foreign vehicle, and whether an HS-7 declaring the 25-year exemption meets the "
    "last is not known",
    citation="Montana DOJ Motor Vehicle Division, Vehicle Title and Registration",
    source=MVD_TITLE_AND_REGISTRATION,
    reviewed_on=REVIEWED,
    sources=(TITLE_SERVICE, MCA_61_1_101_COPY),
    notes=(
        "Official: 'A motor vehicle cannot be titled in Montana without also being registered—the two "
        "processes occur simultaneously' (per the dossier). The foreign-vehicle papers come from a title "
        "service only, so they are told, not asked as steps. MCA 61-1-101's 'motor vehicle' (designed or "
        "used to transport persons or property on the highways) was read in a mirror. Montana has no "
        "periodic safety or emissions inspection by the dossiers' recall, not confirmed. Applied from the "
        "day read (undated page)."
    ),
)

RULES: list[Rule] = state_rules("US-MT", REGISTRATION, in_force=PAGE_READ)
