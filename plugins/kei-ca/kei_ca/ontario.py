"""Ontario (CA-ON): registration of an imported kei truck, and the low-speed-vehicle pilot.

A motor vehicle needs a currently validated permit to be driven on a highway (Highway Traffic
Act s. 7); no Ministry of Transportation guidance on kei trucks was found, so registration
answers ``unknown``. The low-speed-vehicle pilot admits only vehicles certified as such.
"""

from __future__ import annotations

from kei_core import Period, Requirement, Rule, RuleKind, registration_not_documented

REVIEWED = "2026-11-25"
JURISDICTION = "CA-ON"

HIGHWAY_TRAFFIC_ACT = "https://www.ontario.ca/laws/statute/90h08"
LSV_PILOT = "https://www.ontariocanada.com/registry/view.do?postingId=36528&language=en"
LSV_PILOT_2006 = "https://ontario.ca/laws/regulation/r06449"

RULES: tuple[Rule | Requirement, ...] = (
    Rule(
        "CA-ON-REG",
        JURISDICTION,
        "Ontario issues a vehicle permit (plates) for the truck's use on highways",
        citation="Highway Traffic Act, R.S.O. 1990, c. H.8, s. 7 (vehicle permit); no Ministry of "
        "Transportation guidance on kei trucks found",
        source=HIGHWAY_TRAFFIC_ACT,
        reviewed_on=REVIEWED,
        check=registration_not_documented(
            "Ontario",
            "ServiceOntario or the Ministry of Transportation",
            "a vehicle needs a validated permit to be driven on a highway, and no Ontario text says "
            "whether one is issued for a kei truck",
        ),
        reads=frozenset(),
        uses_date=False,
        notes="Answers unknown on purpose; federal admission alone does not register a vehicle.",
    ),
    Rule(
        "CA-ON-LSV",
        JURISDICTION,
        "The low-speed-vehicle pilot admits only vehicles that meet the federal low-speed-vehicle definition "
        "and bear its label; a kei truck is not one unless its maker certified it as such",
        citation="O. Reg. 215/17, Pilot Project — Low-Speed Vehicles (Highway Traffic Act); earlier O. Reg. "
        "449/06",
        source=LSV_PILOT,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        stage="road",  # which vehicles the pilot lets on highways
        in_force=Period("2017-07-01"),
        sources=(LSV_PILOT_2006,),
        notes="A ten-year pilot; its end date was not confirmed, so no end is encoded.",
    ),
)
