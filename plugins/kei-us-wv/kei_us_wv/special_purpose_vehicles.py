"""West Virginia: street-legal special purpose vehicles, W. Va. Code § 17A-13-1 (SB 690, 2020),
declared in the order of the section.

* (a), (b)(1): an individual may operate a street-legal special purpose vehicle on a street or
  highway; "special purpose vehicle" includes mini-trucks.
* (c)(1): not on a controlled-access system, interstates included; (c)(2): not where the county,
  municipality or Division of Natural Resources prohibits special purpose vehicles (a local
  opt-out: the statewide answer stands, with the ``local_opt_out`` restriction).
* (d): no more than 20 miles on a highway displaying centerline pavement markings.
* (e), (g), (h): titled; registered as motorcycles are; a plate the size of a Class G
  motorcycle plate.
* The DMV's Special Purpose Vehicles page lists the equipment a street-legal special purpose
  vehicle must carry.

(a) to (h) were read on code.wvlegislature.gov (official); (i) onward were cut off in every copy.
The section applies from 5 June 2020: SB 690 completed legislative action on 7 March 2020 with
an effective date of 5 June 2020, as the City of Elkins' ordinance recites (a secondary copy;
90 days from passage, the state's default). Before then kei has no West Virginia rule and
answers ``unknown``; the press reports that the DMV refused highway registration and the State
Police treated mini-trucks as implements of husbandry, which kei does not encode.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import (
    DistanceLimit,
    RequiredEquipment,
    RoadAccess,
    SpecialClassRegistration,
    state_rules,
)

REVIEWED = "2026-12-01"
CODE_17A_13_1 = "https://code.wvlegislature.gov/17A-13-1"
CODE_COPY = (
    "https://d1tvxue8o4w0fl.cloudfront.net/statute/west-virginia-code/chapter-17a-motor-vehicle-administration-"
    "registration-certificate-of-title-and-antitheft-provisions/article-13-street-legal-special-purpose-vehicles/"
    "section-17a-13-1-street-legal-special-purpose-vehicles-operation-on-highways-registration-procedures-"
    "licensing-requirements-equipment-requirements"
)
DMV_SPV = "https://transportation.wv.gov/DMV/Vehicle-Services/Pages/Special-Purpose-Vehicles.aspx"
SB_690 = "https://legiscan.com/WV/text/SB690/id/2150451"
ELKINS_ORDINANCE = "https://info.5y1.org/best-vehicles-2020_1_a48c58.html"
WHEELING = "https://codelibrary.amlegal.com/codes/wheeling/latest/wheeling_wv/0-0-0-34851"

SB_690_TAKES_EFFECT = "2020-06-05"
IN_FORCE = Period(SB_690_TAKES_EFFECT)
WHEN = (
    "In force from 2020-06-05: SB 690 (2020) 'became completed legislative action on March 7, 2020, with an "
    "effective date of June 5, 2020', as the City of Elkins' ordinance recites (secondary copy); that is 90 "
    "days from passage, West Virginia's default for acts. Legiscan's '2020-04-14 - Chapter 217' is the chapter "
    "date, not the effective date. Before 2020-06-05 kei answers unknown."
)

# -- (c): where it may go ------------------------------------------------------------------

ROADS = RoadAccess(
    closed={"interstate", "controlled_access"},
    local_opt_out=True,
    citation="W. Va. Code § 17A-13-1(c)",
    source=CODE_17A_13_1,
    reviewed_on=REVIEWED,
    sources=(CODE_COPY, WHEELING, ELKINS_ORDINANCE),
    notes=(
        "(c)(1): not where 'the highway is a controlled-access system, including, but not limited to, interstate "
        "systems'; (c)(2): not where 'the county, municipality, or the Division of Natural Resources where the "
        "highway is located prohibits special purpose vehicles'. A locality's prohibition is a requirement of "
        f"that locality's plugin (LocalOrdinance(prohibits=True)). {WHEN}"
    ),
)

# -- (d): how far -------------------------------------------------------------------------

DISTANCE = DistanceLimit(
    miles=20,
    on="a highway displaying centerline pavement markings",
    citation="W. Va. Code § 17A-13-1(d)",
    source=CODE_17A_13_1,
    reviewed_on=REVIEWED,
    sources=(CODE_COPY,),
    notes=(
        "'prohibited from traveling a distance greater than 20 miles on a highway displaying centerline pavement "
        f"markings' (official text). {WHEN}"
    ),
)

# -- (e), (g), (h): title, registration, plate --------------------------------------------

REGISTRATION = SpecialClassRegistration(
    vehicle_class="street-legal special purpose vehicle",
    plate="a plate of the same size as a Class G special registration plate for motorcycles",
    citation="W. Va. Code § 17A-13-1(e), (g), (h)",
    source=CODE_17A_13_1,
    reviewed_on=REVIEWED,
    conditions=(
        "the DMV asks for a certificate of insurance on it, an inspection, and its Special Purpose Vehicle "
        "Certification Form with the title, tax and plate fees ($16 a year for a regular Class plate)",
        "the DMV's list also asks for tires with at least 2/32 in of tread and, where it is built to carry "
        "passengers, a seat designed for them",
    ),
    sources=(CODE_COPY, DMV_SPV),
    notes=(
        "(e): 'subject to the certificate of title provisions of §17A-1-1 et seq.'; (g): 'may be registered in the "
        "same manner as provided for motorcycles'. The paperwork is the DMV's (official page, undated, read "
        "2026-12-01): 'the owner must then obtain a certificate of insurance on the street-legal SPV, have it "
        "inspected, fill out the Special Purpose Vehicle Certification Form ... and provide any other documents "
        "necessary including tax, title ..., lien, plate and registration fees'; 'Fees are $16 annually for a "
        "regular Class street-legal SPV plate'. Tread and a passenger seat are on the DMV's equipment list and have "
        f"no name in kei's vocabulary, so they are conditions here. {WHEN}"
    ),
)

# -- the DMV's equipment list -------------------------------------------------------------

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "tail_lamps",
        "stop_lamps",
        "license_plate_lamp",
        "reflex_reflectors",
        "turn_signals",
        "service_brakes",
        "horn",
        "muffler",
        "exterior_mirror_driver",
        "exterior_mirror_passenger",
        "windshield",
        "speedometer",
    ],
    citation="WV DMV, Special Purpose Vehicles (equipment required by § 17A-13-1)",
    source=DMV_SPV,
    reviewed_on=REVIEWED,
    sources=(CODE_17A_13_1, SB_690),
    notes=(
        "Read on the DMV's official page 2026-12-01 (undated): 'To be considered a SPV, the vehicle must have the "
        "following equipment': one or more headlamps, tail lamps and brake lamps; a lamp lighting the plate white; "
        "one or more red reflectors on the rear; an amber electric turn system, one on each side of the front, and "
        "amber or red turn signals at the rear; a braking system other than a parking brake; a horn or other "
        "warning device; a muffler ('and, if required by an applicable federal statute or rule, an emission "
        "control system': the federal level's question); rearview mirrors on the right and left of the driver; a "
        "windshield 'unless the operator wears eye protection' (kei asks for the windshield, which a kei truck "
        "has); a speedometer lit for night. The passenger seat and the 2/32 in of tread have no name in kei's "
        f"vocabulary and are conditions of US-WV-REGISTRATION. {WHEN}"
    ),
)

RULES: list[Rule] = state_rules("US-WV", ROADS, DISTANCE, REGISTRATION, EQUIPMENT, in_force=IN_FORCE)
