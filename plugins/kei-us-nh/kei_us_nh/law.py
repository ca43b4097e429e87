"""New Hampshire: no statute, rule or Division of Motor Vehicles text speaks of kei trucks.

* Titling (RSA 261:3, I(k), as amended by 2014 ch. 262, effective 2015-01-01; Saf-C 1904.01): a
  vehicle whose model year is before 2000 needs no title, and registers on a bill of sale with a
  previous title or registration or a VIN verification (form TDMV 19A); a later one is titled. The
  Division's Title and Anti-Theft Handbook has a section on direct import vehicles that was not
  read. No official text says how the Division treats a kei truck, so kei answers ``unknown`` and
  names it.
* Inspection (RSA 266:1; Saf-C 3210.05): a registered vehicle was inspected within 20 days of
  registration and then yearly, until the 2025 repeal (2025 ch. 141:254-256) ended passenger-vehicle
  inspections after 31 January 2026.
* The agricultural or industrial utility vehicle (RSA 259:2-a, from 2014-07-28): a restricted farm
  and light-industrial class; whether the Division registers a kei truck in it is not known
  (information).
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, RuleKind, Vehicle, conditional
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
DMV = "https://www.nh.gov/dmv"
RSA_261_3 = "http://www.gencourt.state.nh.us/rsa/html/XXI/261/261-3.htm"
RSA_261_3_CURRENT_COPY = (
    "https://casetext.com/statute/new-hampshire-revised-statutes/title-21-motor-vehicles/chapter-261-"
    "certificates-of-title-and-registration-of-vehicles/section-2613-exempted-vehicles"
)
HB_495_2014 = "https://legiscan.com/NH/text/HB495/id/1040797/New_Hampshire-2014-HB495-Chaptered.html"
SAF_C_1904_COPY = "http://dev.semasan.com/node/4947"
TOWN_CLERK_EXEMPT = "https://www.salisburynh.org/town-clerk/pages/automobile-title-exempt-law"
TITLE_HANDBOOK_COPY = (
    "https://docslib.org/doc/1715502/state-of-new-hampshire-title-and-anti-theft-handbook-department-of"
)
STATE_POLICE_FAQ = "https://nhsp.dos.nh.gov/our-services/troop-g/troop-g-field-enforcement-faqs"
RSA_266_1_COPY = "https://bills.nhliberty.org/bills/2025/HB209"
SAF_C_3210_05_COPY = (
    "https://d1tvxue8o4w0fl.cloudfront.net/regulation/new-hampshire-administrative-code/title-saf-department-"
    "of-safety/subtitle-saf-c-commissioner-department-of-safety/chapter-saf-c-3200-official-motor-vehicle-"
    "inspection-requirements/part-saf-c-3210-inspection-of-vehicle-registration-and-time-for-inspection/"
    "section-saf-c-321005-time-for-inspection"
)
REPEAL_PRESS = "https://www.concordmonitor.com/2025/12/10/new-hampshire-car-inspection-repeal"
REPEAL_LAST_DAY_PRESS = "https://velocita.mustuba.ee/this-state-is-going-to-make-car-ownership-cheaper-and-less-annoying-carscoops"
REPEAL_HB_1560 = "https://bills.nhliberty.org/bills/2026/HB1560"
RSA_259 = "https://gencourt.state.nh.us/rsa/html/XXI/259/259-mrg.htm"
SB_231_2014 = "https://www.legiscan.com/NH/text/SB231/id/903126"

# RSA 261:3, I(k) in its present wording ("model year is before the year 2000"), 2014 ch. 262.
TITLE_EXEMPTION = Period("2015-01-01")
# Inspections ended after 31 January 2026 by the press reports; a bill tracker says 1 January.
INSPECTIONS = Period("2015-01-01", "2026-01-31")
INSPECTION_LAW = "RSA 266:1; Saf-C 3210.05"

REGISTRATION = ImportTitling(
    state="New Hampshire",
    agency="the New Hampshire Division of Motor Vehicles, Bureau of Title (through the town or city clerk)",
    page=DMV,
    conditions=(
        "register it through the town or city clerk, then the state; if its model year is 2000 or later "
        "title it, and if earlier show a bill of sale with a previous title or registration or a VIN "
        "verification (form TDMV 19A) instead",
    ),
    known="the Division's Title and Anti-Theft Handbook has a section on direct import vehicles that was not "
    "read",
    citation="RSA 261:3, I(k); Saf-C 1904.01",
    source=RSA_261_3,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(RSA_261_3_CURRENT_COPY, HB_495_2014, SAF_C_1904_COPY, TOWN_CLERK_EXEMPT, TITLE_HANDBOOK_COPY),
    notes=(
        "RSA 261:3, I(k) exempts from title 'any motor vehicle whose manufacturer's model year is before the "
        "year 2000' (current wording read in a copy; the older official page said 'older than 15 years'); "
        "2014 ch. 262 (HB 495, chaptered text via a tracker) made it so from 2015-01-01. Saf-C 1904.01 "
        "(copy): the model year, not the year of manufacture, decides. A kei truck has no US model year; how "
        "the Division assigns one is not known. The town clerk's page (official, municipal) lists the papers "
        "of an exempt vehicle. A Concord Monitor blog (2024) says kei trucks are on New Hampshire's roads; "
        "IIHS (2019) listed New Hampshire among states holding mini trucks to the low-speed-vehicle "
        "standard: neither is an official text. Searched again 2026-12-01 for the current RSA 261:3 on "
        "gencourt.state.nh.us: only the chaptered 2014 HB 495 (tracker) and bill copies that reprint I(k) surfaced."
    ),
)


def inspected(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RSA 266:1: inspection within 20 days of registration, then yearly (until the 2025 repeal)."""
    due = "have it pass the state safety inspection within 20 days of registering it, then yearly"
    return conditional(
        "New Hampshire inspects every registered passenger vehicle within 20 days of registration and "
        f"yearly ({INSPECTION_LAW}).",
        conditions=() if "safety_inspection" in vehicle.documents else (f"{due} ({INSPECTION_LAW})",),
    )


INSPECTION = Rule(
    "US-NH-INSPECTION",
    "US-NH",
    "A registered vehicle is inspected within 20 days of its registration, then once a year",
    citation=INSPECTION_LAW,
    source=STATE_POLICE_FAQ,
    reviewed_on=REVIEWED,
    check=inspected,
    reads={"documents"},
    uses_date=False,
    in_force=INSPECTIONS,
    unconfirmed=True,
    sources=(RSA_266_1_COPY, SAF_C_3210_05_COPY, REPEAL_PRESS, REPEAL_LAST_DAY_PRESS, REPEAL_HB_1560),
    notes=(
        "The duty: RSA 266:1, II as quoted in 2025 HB 209 (copy) and Saf-C 3210.05 (copy, 'within 20 days "
        "from the date of registration'); the State Police Troop G page (official) lists what is inspected, "
        "bumper height among it. The repeal (2025 ch. 141:254-256) was read only as 2026 HB 1560 cites it; "
        "the press says inspections end after 31 January 2026 (law in effect 1 February), a bill tracker "
        "says 1 January: kei keeps the later end, so that no day loses a duty it may have had. HB 1560 "
        "(2026) would re-enact inspections; its fate is not known. Applied from 2015-01-01 with the titling "
        "rule, though older, so that no day answers by it alone."
    ),
)

UTILITY_VEHICLE = Rule(
    "US-NH-AGRICULTURAL-UTILITY",
    "US-NH",
    "An agricultural or industrial utility vehicle (4 or 6 wheels, at most 6 occupants, a load of at most "
    "1,500 lb, for farm or light-industrial work) may be registered for ways posted 40 mph or less within "
    "10 miles of the farm (2 miles of the industrial site), with a slow-moving-vehicle emblem; whether the "
    "Division registers a kei truck in this class is not known",
    citation="RSA 259:2-a; RSA 261:41-a; 2014 ch. 282 (SB 231)",
    source=RSA_259,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=Period("2014-07-28"),
    unconfirmed=True,
    sources=(SB_231_2014,),
    notes=(
        "The definition's terms were read on the official RSA 259 page (re-read 2026-12-01): 'a vehicle, "
        "including an off highway recreational vehicle, with 4 or 6 wheels, an internal combustion engine or "
        "electric motor, or both, but excluding a tractor, equipped in accordance with the provisions of RSA "
        "261:41-a, III, that is capable of carrying not more than 6 occupants, has a load capacity of 1,500 "
        "pounds or less, and is in use for farming, agricultural, or light industrial uses, and is limited to "
        "ways or portions of ways where such vehicles are allowed and having posted speed limits of 40 miles per "
        "hour or less, within a 10 mile radius from an entrance to land used by the farm or a 2 mile radius from "
        "the entrance to the light i[ndustrial complex]' (the stored page stops there). Registration on a way "
        "(RSA 261:41-a, I) and the slow-moving-vehicle emblem (RSA 261:41-a, III) were read only in a statute "
        "copy, and 2014 ch. 282 (its in-force day) only in a tracker copy: unconfirmed. Searched 2026-12-01 for "
        "RSA 261:41-a on gencourt.state.nh.us: only that copy surfaced."
    ),
)

RULES: list[Rule] = [
    *state_rules("US-NH", REGISTRATION, in_force=TITLE_EXEMPTION),
    INSPECTION,
    UTILITY_VEHICLE,
]
