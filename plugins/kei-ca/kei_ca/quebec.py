"""Québec (CA-QC): right-hand-drive vehicles on public roads, and registration.

1. Code de la sécurité routière (C-24.2) a. 633.1 lets the minister restrict road access; the
   order C-24.2, r. 1, art. 1 bars right-hand-drive road vehicles from public roads, except
   1° vehicles registered outside Québec; 2° « des véhicules dont la fabrication date de 25 ans
   ou plus »; 3° trucks (« camions », net mass over 3 000 kg under C-24.2, r. 29, which no kei
   truck is), snow blowers and equipment-transport vehicles; 4°–7° public-service, tool,
   driving-school and experimental electric vehicles. Kei trucks are right-hand drive as built.
2. History: Ministerial Order 2009-15 (22 October 2009) kept right-hand-drive "light vehicles"
   (kei cars and trucks) to roads limited to 70 km/h. It is no longer in force.
3. Registration with the SAAQ: no guidance on kei trucks found (``unknown``).

The order names no date to count the 25 years to; the date asked stands for the day the truck
is on a public road (registration or use).
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_route,
    passed,
    registration_not_documented,
    unknown,
)

REVIEWED = "2026-11-25"
REVIEWED_NOW = "2026-12-01"
JURISDICTION = "CA-QC"

RHD_ORDER = "https://legisquebec.gouv.qc.ca/fr/document/rc/C-24.2,%20r.%201%20"
HIGHWAY_SAFETY_CODE = "https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2"
LSV_ORDER = (
    "https://www.legisquebec.gouv.qc.ca/en/version/cr/C-24.2,%20r.%200.2.1%20?code=se:1&history=20240416"
)
PRESS_2011 = (
    "https://www.lapresse.ca/auto/actualites/201109/12/01-4443032-conduite-a-droite-les-des-sont-jetes.php"
)
PRESS_2010 = (
    "https://www.lapresse.ca/auto/nouvelles/201004/24/"
    "01-4273919-volant-a-droite-une-demi-victoire-pour-ses-amateurs.php"
)
ORDER_2009_15_COPY = (
    "https://cheersandgears.com/forums/topic/45921-qu%C3%A9bec-is-banning-rhd-cars/"
    "?comment=549444&do=findComment"
)
SAAQ_2009_LETTER_COPY = "https://forums.speedlife.net/t/want-a-jdm-car-come-to-quebec/124141"

# « dont la fabrication date de 25 ans ou plus »: no month practice is documented, so the day
# count (certain from the 25th anniversary of the latest possible day of manufacture) is used.
TWENTY_FIVE_YEARS = AgeThreshold(25, Granularity.DAY)


def right_hand_drive_access(vehicle: Vehicle, on: dt.date) -> Outcome:
    """C-24.2, r. 1, art. 1: no right-hand-drive vehicle on public roads unless 25 years or older."""
    if vehicle.steering == "left":
        return passed(
            "Left-hand drive: Québec's ban on right-hand-drive vehicles (C-24.2, r. 1) does not reach it."
        )
    made = vehicle.manufactured
    if made is None:
        return unknown(
            "Québec bars right-hand-drive vehicles from public roads unless built 25 years or more "
            "earlier, and the date of manufacture was not given.",
            settle=("give manufactured", "give steering"),
        )
    age = TWENTY_FIVE_YEARS.test(made, on)
    built = f"built {made.describe()}"
    opening = built[0].upper() + built[1:]
    on_road = f"on {on.isoformat()} (the date asked stands for the day it is on a public road)"
    if vehicle.steering is None and not age.passed:
        return unknown(
            f"{opening}: under 25 years old (or not certainly 25) {on_road}; kei trucks are right-hand "
            f"drive as built, which Québec bars from public roads until {age.passes_from}, but the "
            f"steering side was not given.",
            passes_from=age.passes_from,
            settle=("give steering (right as built; left only after a conversion)",),
        )
    return age_route(
        age,
        old_enough=lambda: passed(
            f"{opening}: 25 years old or more {on_road}, so exception 2° of Québec's right-hand-drive "
            f"order (C-24.2, r. 1, art. 1) lets it on public roads."
        ),
        too_young=lambda day: (
            f"Right-hand drive and {built}: under 25 years old {on_road}, so barred from Québec's "
            f"public roads (C-24.2, r. 1, art. 1) until {day}."
        ),
        unsure=lambda day: (
            f"Right-hand drive and {built}: 25 years old {on_road} or not depending on the day of "
            f"manufacture; certain from {day}."
        ),
        settle="the maker's plate or the Japanese registration papers giving the day of manufacture",
    )


RULES: tuple[Rule | Requirement, ...] = (
    Rule(
        "CA-QC-RHD",
        JURISDICTION,
        "A right-hand-drive road vehicle may use Québec's public roads only if built 25 years or more "
        "earlier (or another exception of the order applies)",
        citation="Arrêté ministériel concernant l'accès aux chemins publics des véhicules routiers munis "
        "d'un poste de conduite à droite, C-24.2, r. 1, art. 1 (Code de la sécurité routière a. 633.1)",
        source=RHD_ORDER,
        reviewed_on=REVIEWED_NOW,
        source_as_of="2024-07-01",
        check=right_hand_drive_access,
        reads=frozenset({"steering", "manufactured"}),
        read_by_age={"manufactured": TWENTY_FIVE_YEARS},
        in_force=Period("2012-09-01"),
        notes=(
            "Official text found and re-read on 2026-12-01 on LégisQuébec (legisquebec.gouv.qc.ca, "
            "C-24.2, r. 1, « À jour au 1er juillet 2024. Ce document a valeur officielle. »), made under "
            "the Code de la sécurité routière, chapitre C-24.2, a. 633.1: art. 1 « L'accès aux chemins "
            "publics est interdit aux véhicules routiers munis d'un poste de conduite à droite, à "
            "l'exception: 1° des véhicules immatriculés à l'extérieur du Québec; 2° des véhicules dont la "
            "fabrication date de 25 ans ou plus; 3° des camions, des souffleuses à neige et des véhicules "
            "de transport d'équipement au sens du Règlement sur l'immatriculation des véhicules routiers "
            "(chapitre C-24.2, r. 29); 4°–6° (public-service stops, tool vehicles, driving schools); 7° "
            "(experimental electric vehicles) ». The order is worded on the vehicle's present state "
            "(« munis d'un poste de conduite à droite »), so a truck converted to left-hand drive is no "
            "longer barred; the order says nothing about conversions, and that reading is kei's. The "
            "consolidation carries the date 1 September 2012; the page seen gives no earlier history "
            "(the numbers of the orders behind it were not visible), so kei applies the text from that "
            "date. Earlier orders differed: the temporary order of 29 April "
            "2009 exempted only vehicles built before 1971 or registered in Québec before that day "
            "(SAAQ and club copies), and the press reports a 25-year exception by 2011; they are not "
            "encoded, so a date before 2012-09-01 gets no right-hand-drive finding. Exception 1° "
            "(registered outside Québec) lets a truck plated in another province visit; it is not a "
            "way to register in Québec. Exception 3° does not fit: a « camion » has a net mass over "
            "3 000 kg (C-24.2, r. 29, s. 2). Kei trucks are right-hand drive as built; when steering "
            "is not given and the truck is under 25, kei answers unknown rather than assume it."
        ),
    ),
    Rule(
        "CA-QC-KEI-70",
        JURISDICTION,
        "History: from 22 October 2009 right-hand-drive 'light vehicles' (kei cars and trucks) were kept "
        "to roads limited to 70 km/h; the restriction is no longer in force",
        citation="Arrêté ministériel 2009-15 du 22 octobre 2009 (Code de la sécurité routière a. 633.1)",
        source=PRESS_2011,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=Period("2009-10-22", "2012-08-31"),
        unconfirmed=True,
        sources=(ORDER_2009_15_COPY, PRESS_2010),
        notes=(
            "Known from the press and a forum copy of the order, not an official text. When it ended is "
            "unclear: one account has it lifted on 24 April 2010, while La Presse still described it in "
            "September 2011; the consolidated order of 1 September 2012 no longer has it, so kei shows "
            "this history for dates up to 31 August 2012."
        ),
    ),
    Rule(
        "CA-QC-REG",
        JURISDICTION,
        "The SAAQ registers the truck for use on public roads",
        citation="Code de la sécurité routière (C-24.2), registration of road vehicles; no SAAQ guidance on "
        "imported kei trucks found",
        source=HIGHWAY_SAFETY_CODE,
        reviewed_on=REVIEWED,
        check=registration_not_documented(
            "Québec",
            "the SAAQ",
            "a 2009 SAAQ letter (known only from a copy) says imported vehicles need a mechanical "
            "inspection before their first Québec registration",
        ),
        reads=frozenset(),
        uses_date=False,
        sources=(SAAQ_2009_LETTER_COPY,),
        notes=(
            "Answers unknown on purpose: the right-hand-drive order settles road access for trucks under "
            "25, but no official text on registering an imported kei truck was found."
        ),
    ),
    Rule(
        "CA-QC-LSV",
        JURISDICTION,
        "A low-speed vehicle has access to public roads only if it meets the federal definition and bears "
        "the compliance label; a kei truck is not one unless its maker certified it as such",
        citation="Arrêté ministériel concernant l'accès aux chemins publics des véhicules à basse vitesse, "
        "C-24.2, r. 0.2.1, s. 1 (M.O. 2013-17)",
        source=LSV_ORDER,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        stage="road",  # access to public roads
        source_as_of="2024-04-16",
    ),
)
