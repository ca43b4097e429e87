"""Philippines: the ban on importing used motor vehicles (EO 156, 2002) and its exceptions, and the
vintage route of RA 11698 (2022).

EO 156 Art. 2 s. 3.1 "prohibits the importation into the country, inclusive of the Special Economic
and Freeport Zone[s]" of used motor vehicles (Supreme Court, G.R. No. 164171, 2006); the Court held
it valid but not applicable inside the Subic Bay Freeport's secured area (2006), and valid again in
2013. The regulated exceptions today (DTI, EO 156 as amended by EO 877-A of 2010): returning
residents' or immigrants' own vehicles (No Dollar Import), used trucks of 2.5 t gross vehicle weight
and above, buses of 6 t and above, special-purpose vehicles. A kei truck weighs 1.1-1.3 t loaded.
A vehicle imported in breach is seized and is not registered.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kei_core import (
    Measure,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_route,
    conditional,
    failed,
    missing,
    show,
    unknown,
)
from kei_ph import NO_DOLLAR_IMPORT
from kei_ph.sources import (
    ENCODED_FROM,
    RA_11698_IRR,
    RA_11698_PRESS,
    REVIEWED,
    SETTLE_MANUFACTURE,
    VINTAGE_AGE,
    VINTAGE_IN_FORCE,
    VINTAGE_USE,
    converted,
    vintage_conditions,
)

SOUTHWING = "https://lawphil.net/judjuris/juri2006/feb2006/gr_164171_2006.html"
DTI_FAQ = (
    "https://fairtrade.dti.gov.ph/faq/what-are-those-used-motor-vehicles-that-are-being-regulated-by-ird/"
)
EO_877A = "http://elibrary.judiciary.gov.ph/thebookshelf/showdocs/10/56648"
EO_477 = "http://www.lawphil.net/executive/execord/eo2005/eo_477_2005.html"
FORERUNNER_2013 = "https://blr.dole.gov.ph/2013/02/20/aaitc-commends-sc-for-upholding-the-constitutionality-of-executive-order-156/"
DTI_2002 = "https://www.questia.com/article/1G1-95525700/new-eo-bans-importation-of-most-used-motor-vehicles-business"
PHILSTAR_2003 = "https://philstar.com/business/2003/02/06/194348/government-imposes-ban-used-car-imports"
EO_156_IN_FORCE = "2002-12-12"

TRUCK_GVW = Measure.parse("2.5 t")
"""'Used trucks with gross vehicle weight of 2.5 tons and above' (DTI): 2,500 kg, compared exactly."""
SEAT_KG = Decimal(55)
"""What the 車検証's gross weight (車両総重量) counts for each seat: 55 kg."""
DERIVED_MARGIN_KG = Decimal(500)
"""A gross weight summed from typical figures decides the exception only when it is this far under
2.5 t (a kei truck sums to about 1.1-1.3 t); nearer, the 車検証's own figure is asked for."""
USED_PAPERS = ("export_certificate", "japanese_registration_certificate")


def used(vehicle: Vehicle) -> bool | None:
    """Whether the truck is a used vehicle: registered before (in Japan), as its papers show."""
    if vehicle.first_registered is not None or any(paper in vehicle.documents for paper in USED_PAPERS):
        return True
    return None


def used_vehicle_ban(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The ban itself: a used vehicle may not be imported into the customs territory."""
    if used(vehicle) is None:
        return unknown(
            "EO 156 bans importing a used motor vehicle; whether this truck was registered before "
            "(in Japan) is not given.",
            settle=("give first_registered, or list the export_certificate among documents",),
        )
    return failed(
        "It is a used motor vehicle, and EO 156 (Art. 2 s. 3.1) prohibits importing used motor vehicles "
        "into the Philippine customs territory; one imported in breach is seized and not registered."
    )


def gross_weight(vehicle: Vehicle) -> tuple[Decimal, str] | None:
    """The gross vehicle weight in kg and how it is known: ``gvwr_kg`` as given, or the 車検証's
    own sum (車両総重量 = curb weight + payload + 55 kg a seat) from the curb weight, payload and seats
    given; ``None`` when neither is."""
    if vehicle.gvwr_kg is not None:
        return Decimal(vehicle.gvwr_kg), "Its gross vehicle weight"
    if vehicle.curb_weight_kg is None or vehicle.payload_kg is None or vehicle.seats is None:
        return None
    total = Decimal(vehicle.curb_weight_kg) + Decimal(vehicle.payload_kg) + SEAT_KG * vehicle.seats
    return total, "Its gross vehicle weight (curb weight + payload + 55 kg a seat, as the 車検証 sums it)"


def heavy_truck(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The exception for used trucks of 2.5 t gross vehicle weight and above."""
    known = gross_weight(vehicle)
    if known is None:
        return missing("gvwr_kg")
    gross, how = known
    weight = show(gross, "kg")
    if vehicle.gvwr_kg is None and gross > TRUCK_GVW.si - DERIVED_MARGIN_KG:
        return unknown(
            f"{how} is about {weight}, too near {TRUCK_GVW} to decide the exception for used trucks.",
            settle=("the gross vehicle weight on the 車検証 (車両総重量); add `--set gvwr_kg=...`",),
        )
    if gross >= TRUCK_GVW.si:
        return conditional(
            f"{how} is {weight}, at least {TRUCK_GVW}: a used truck of that weight may be imported under "
            "DTI's regulation.",
            conditions=("Obtain the DTI import clearance for a used truck before shipping it.",),
        )
    return failed(
        f"{how} is {weight}, under {TRUCK_GVW}: the exception for used trucks does not reach it, and "
        "light trucks under 2.5 t are fully banned."
    )


def no_dollar_import(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The exception for a returning resident's or immigrant's own vehicle."""
    if NO_DOLLAR_IMPORT.name in vehicle.documents:
        return conditional(
            "It is a returning resident's or immigrant's own vehicle, released under the No Dollar Import "
            "program.",
            conditions=("Keep the Bureau of Customs' release under the No Dollar Import program.",),
        )
    return failed(
        "No release under the No Dollar Import program (a returning resident's or immigrant's own vehicle) "
        f"is listed ({NO_DOLLAR_IMPORT.name})."
    )


def vintage_import(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RA 11698: a vintage vehicle, at least 40 years from manufacture, in original condition, may be
    imported."""
    dated = VINTAGE_AGE.test(vehicle, on)
    says = dated.says()
    if dated.when is None:
        return missing("manufactured")
    if converted(vehicle):
        return failed(
            f"{says}: RA 11698 admits a vintage vehicle with its original steering assembly, and this one "
            "was converted to left-hand drive."
        )
    return age_route(
        dated,
        old_enough=lambda: _vintage(vehicle, says),
        too_young=lambda day: (
            f"{says}: a vintage vehicle (RA 11698) is at least 40 years old from manufacture, which it is "
            f"only from {day}."
        ),
        unsure=lambda day: f"{says}: 40 years old for certain only from {day}.",
        settle=SETTLE_MANUFACTURE,
    )


def _vintage(vehicle: Vehicle, says: str) -> Outcome:
    """Old enough to be imported as a vintage vehicle: its modifications decide."""
    changes = [m for m in vehicle.modifications if m.significant]
    if changes:
        return unknown(
            f"{says}: old enough to be a vintage vehicle; whether its modifications are among those RA 11698 "
            "permits decides it.",
            settle=(
                "the LTO's finding that the modifications are permitted (original chassis, engine, "
                "steering and suspension assemblies)",
            ),
        )
    return conditional(
        f"{says}: at least 40 years old from manufacture, a vintage vehicle RA 11698 allows to be imported.",
        conditions=vintage_conditions(vehicle),
        restrictions=(VINTAGE_USE,),
    )


def before_eo_156(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Before EO 156: the import rules of the day are not encoded."""
    return unknown(
        f"kei does not encode the Philippine rules on importing used vehicles in force on {on}, before "
        "EO 156 (2002-12-12).",
        settle=("the Bureau of Customs' import rules of that day",),
    )


IMPORT = Requirement(
    id="PH-IMPORT",
    jurisdiction="PH",
    statement="A used motor vehicle is brought into the Philippine customs territory only under an exception "
    "to the ban of EO 156, or as a vintage vehicle under RA 11698.",
)

EO_156 = "Executive Order No. 156 (2002-12-12), Art. 2 s. 3.1"
EO_156_AMENDED = f"{EO_156}, as amended by EO 877-A (2010-06-03); DTI Fair Trade FAQ"

RULES = (
    IMPORT,
    Rule(
        "PH-EO156-USED-IMPORT-BAN",
        "PH",
        "Importing used motor vehicles into the customs territory is prohibited, save the exceptions.",
        kind=RuleKind.PATHWAY,
        requirement=IMPORT.id,
        citation=EO_156,
        source=SOUTHWING,
        sources=(EO_877A, EO_477, FORERUNNER_2013, DTI_2002),
        reviewed_on=REVIEWED,
        in_force=Period(EO_156_IN_FORCE),
        check=used_vehicle_ban,
        reads=frozenset({"first_registered", "documents"}),
        uses_date=False,
        notes=(
            "Official: the Supreme Court restates it ('Said executive issuance prohibits the importation "
            "into the country, inclusive of the Special Economi[c] ...' zones, G.R. No. 164171, 2006-02-20); "
            "EO 877-A (2010-06-03, SC E-Library) 'strengthen[s] the used vehicle importation prohibition "
            "under EO 156'; DOLE (2013-02-20) reports the Court's ruling of 2013-01-07 upholding it. The date "
            "2002-12-12 is the EO's as the Court and EO 477's recitals give it; the day it took effect after "
            "publication was not read. The sanction (seizure without redemption, no LTO registration, EO 156 "
            "s. 5) is from a 2002 report of DTI's statement (V2). A truck whose papers show no earlier "
            "registration is not known to be used: unknown."
        ),
    ),
    Rule(
        "PH-EO156-EXC-TRUCK-GVW2500",
        "PH",
        "Used trucks with a gross vehicle weight of 2.5 t and above may be imported, under DTI's regulation.",
        kind=RuleKind.PATHWAY,
        requirement=IMPORT.id,
        citation=EO_156_AMENDED,
        source=DTI_FAQ,
        sources=(DTI_2002,),
        reviewed_on=REVIEWED,
        in_force=Period(EO_156_IN_FORCE),
        check=heavy_truck,
        reads=frozenset({"gvwr_kg", "curb_weight_kg", "payload_kg", "seats"}),
        uses_date=False,
        notes=(
            "DTI (official): 'Used trucks with gross vehicle weight of 2.5 tons and above'; a DTI statement of "
            "2002 (V2): 'A total ban will apply on imports of ... light trucks with a gross vehicle weight of "
            "less than 2.5 tonnes'. A kei truck's gross weight (車両総重量) is about 1,100-1,300 kg."
        ),
    ),
    Rule(
        "PH-EO156-EXC-NDI",
        "PH",
        "A returning resident's or immigrant's own used vehicle may be imported under the No Dollar Import "
        "program.",
        kind=RuleKind.PATHWAY,
        requirement=IMPORT.id,
        citation=EO_156_AMENDED,
        source=DTI_FAQ,
        sources=(PHILSTAR_2003,),
        reviewed_on=REVIEWED,
        in_force=Period("2010-06-03"),
        check=no_dollar_import,
        reads=frozenset({"documents"}),
        uses_date=False,
        notes=(
            "DTI (official) lists 'Personally owned used motor vehicle by returning residents (balikbayan)/ "
            "immigrants under the No Dollar Import (NDI) Program' among the regulated categories of EO 156 as "
            "amended by EO 877-A; kei applies it from EO 877-A's date. The Philippine Star (2003-02-06, V2) "
            "lists 'a vehicle owned and for the personal use of a returning resident or immigrant holder of "
            "13A and 13G visa' among EO 156's own exceptions of 2002, but that is not an official text, so the "
            "earlier day is not used (a truck so released between 2002-12-12 and 2010-06-02 reads not_legal, "
            "not better); the day EO 877-A took effect was not read. A right-hand-drive truck admitted so "
            "still meets RA 8506 (PH-RA8506-RHD)."
        ),
    ),
    Rule(
        "PH-RA11698-VINTAGE-40Y",
        "PH",
        "A vintage vehicle, at least 40 years old from manufacture and in original condition, may be "
        "imported and registered.",
        kind=RuleKind.PATHWAY,
        requirement=IMPORT.id,
        citation="Republic Act No. 11698 (Vintage Vehicle Regulation Act, 2022), s. 4(h); IRR of 2023-01-30",
        source=RA_11698_IRR,
        sources=RA_11698_PRESS,
        reviewed_on=REVIEWED,
        in_force=VINTAGE_IN_FORCE,
        age=VINTAGE_AGE,
        unconfirmed=True,
        check=vintage_import,
        reads=frozenset({"manufactured", "steering", "equipment", "modifications"}),
        read_by_age={"manufactured": VINTAGE_AGE.threshold},
        notes=(
            "Official (SC E-Library, the IRR): the Act 'lapsed into law on 15 April 2022' and regulates 'the "
            "importation' of vintage vehicles. The 40 years from manufacture, the original chassis, engine, "
            "steering and suspension assemblies, and the use limits are from the government news agency and "
            "the motoring press (V2): unconfirmed. A truck converted to left-hand drive has no original "
            "steering assembly: it fails, no date cures it (unconfirmed). As a later statute RA 11698 is read "
            "as opening the import EO 156 closes, for vintage vehicles."
        ),
    ),
    Rule(
        "PH-IMPORT-BEFORE-EO156",
        "PH",
        "Before EO 156 (2002-12-12) the import rules for used vehicles are not encoded.",
        kind=RuleKind.PATHWAY,
        requirement=IMPORT.id,
        citation="EO 156 (2002-12-12) and the rules it replaced (EO 782 of 1982, DO 94-806 of 1994)",
        source=SOUTHWING,
        reviewed_on=REVIEWED,
        in_force=Period(ENCODED_FROM, "2002-12-11"),
        check=before_eo_156,
        reads=frozenset(),
        notes="Earlier rules (the inter-agency committee on used trucks of EO 782, 1982) were not researched.",
    ),
)
