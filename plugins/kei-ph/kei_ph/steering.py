"""Philippines: the ban on right-hand-drive vehicles (RA 8506, 1998), its exceptions, the LTO's
conversion rule, and the right-hand-drive vintage vehicles of RA 11698 (2022).

RA 8506 s. 1: "It shall be unlawful for any person to import, cause the importation of, register,
cause the registration of, use, or operate any vehicle with its steering wheel right-hand side
thereof in any highway, street or road, whether private or public ... except such vehicles that are
acknowledged as vintage automobiles, manufactured before 1960, in showroom condition, and/or are to
be utilized exclusively for officially and legally sanctioned motorsports events, and off-road
special purpose vehicles." (two secondary copies agree; the official text was not reached). The LTO
has since 1995 required a right-hand-drive vehicle to be converted before it is registered again,
proven by inspection and the conversion's PNS Certificate of Warranty.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    Outcome,
    PartialDate,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_route,
    conditional,
    failed,
    missing,
    unknown,
)
from kei_ph import CONVERSION_WARRANTY
from kei_ph.sources import (
    ENCODED_FROM,
    RA_11698_IRR,
    RA_11698_PRESS,
    REVIEWED,
    SETTLE_MANUFACTURE,
    VINTAGE_AGE,
    VINTAGE_IN_FORCE,
    VINTAGE_USE,
    vintage_conditions,
)

RA_8506_COPY = "https://issuhub.com/view/index/5060?pageIndex=30"
RA_8506_PRESS = (
    "https://www.gmanetwork.com/news/money/motoring/931200/the-right-hand-drive-why-and-where/story",
    "https://gmanetwork.com/news/money/content/210733/narrower-right-hand-drive-ban-to-run-over-truck-bus-imports/story",
    "https://tribune.net.ph/amp/story/2025/05/18/lto-chief-on-warpath-vs-illegal-right-hand-drives",
)
LTO_MEMO_1995 = "http://elibrary.judiciary.gov.ph/thebookshelf/showdocs/10/49743"
DO_94_806 = "https://dev.lawyerly.ph/laws/view/48617"
RA_8506 = "Republic Act No. 8506 (1998), s. 1"

RA_8506_VINTAGE_BEFORE = PartialDate.parse("1960-01-01")
"""'vintage automobiles, manufactured before 1960'."""
RA_11698_RHD_BUILT_BY = PartialDate.parse("1970-12-31")
"""RA 11698: right-hand drive only if 'manufactured on or before December 31, 1970' (as reported)."""

INSPECTION = (
    "Have the LTO inspect the conversion to left-hand drive and show it the PNS Certificate of Warranty "
    "(LTO Memorandum of 1995-03-27)."
)
CONVERTED_BEFORE_IMPORT = (
    "Have the conversion done before the truck enters the customs territory: RA 8506 makes importing a "
    "right-hand-drive vehicle unlawful in itself, so a truck imported with right-hand drive and converted "
    "afterwards was imported in breach."
)
CONVERTED_ACCEPTED = (
    "the LTO's or the Bureau of Customs' written word that an import converted from right-hand drive is "
    "admitted (the Department of Justice opinion on RA 8506 and converted vehicles; EO 877-A's rules on used "
    "imports)"
)
CONVERSION_PROOF = (
    "Prove the conversion to left-hand drive to the LTO by its inspection and the PNS Certificate of "
    f"Warranty of the conversion ({CONVERSION_WARRANTY.name}; LTO Memorandum of 1995-03-27)."
)


def left_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RA 8506: the steering wheel is on the left, or the vehicle may not be imported, registered or used."""
    if vehicle.steering is None:
        return missing("steering")
    if vehicle.steering == "right":
        return failed(
            "Its steering wheel is on the right: RA 8506 makes it unlawful to import, register, use or "
            "operate it on any road, public or private."
        )
    proven = CONVERSION_WARRANTY.name in vehicle.documents
    converted = (
        "converted with a PNS Certificate of Warranty"
        if proven
        else "converted (a kei truck is built with right-hand drive)"
    )
    return unknown(
        f"Its steering wheel is on the left, {converted}. RA 8506 bars a vehicle 'with its steering wheel "
        "right-hand side', and the LTO has registered converted vehicles since 1995; but the Department of "
        "Justice reportedly read RA 8506 as covering vehicles converted to left-hand drive too, and EO 877-A's "
        "rules were reported to bar originally right-hand-drive used imports, so whether a converted import "
        "meets it is not settled.",
        settle=(CONVERTED_ACCEPTED,) if proven else (CONVERTED_ACCEPTED, CONVERSION_PROOF),
        conditions=(CONVERTED_BEFORE_IMPORT, INSPECTION if proven else CONVERSION_PROOF),
    )


def vintage_before_1960(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RA 8506's own exception: a vintage automobile built before 1960, in showroom condition."""
    built = vehicle.manufactured
    if built is None:
        return missing("manufactured")
    if vehicle.steering == "left":
        return failed(
            "It is not right-hand drive: RA 8506's exception for a vintage automobile built before 1960 in "
            "showroom condition is not the way of a truck converted to left-hand drive (PH-RA8506-RHD "
            "judges that)."
        )
    if built.earliest() >= RA_8506_VINTAGE_BEFORE.earliest():
        return failed(
            f"Built {built.describe()}: RA 8506 excepts only vintage automobiles built before 1960."
        )
    if built.latest() >= RA_8506_VINTAGE_BEFORE.earliest():
        return unknown(
            f"Built {built.describe()}: whether before 1960, as RA 8506's exception demands, is not settled.",
            settle=("the date of manufacture (the maker's plate)",),
        )
    return conditional(
        f"Built {built.describe()}: a vintage automobile built before 1960 is excepted from RA 8506 if in "
        "showroom condition.",
        conditions=("Keep it in showroom condition, as RA 8506's exception demands.",),
    )


def vintage_right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """RA 11698: a right-hand-drive vintage vehicle, only if built on or before 1970-12-31."""
    dated = VINTAGE_AGE.test(vehicle, on)
    if dated.when is None:
        return missing("manufactured")
    says = dated.says()
    if vehicle.steering == "left":
        return failed(
            f"{says}: it is not right-hand drive, so this route (a right-hand-drive vintage vehicle) is not "
            "its way; its left-hand drive is judged under RA 8506 (PH-RA8506-RHD)."
        )
    if dated.when.earliest() > RA_11698_RHD_BUILT_BY.latest():
        return failed(
            f"{says}: RA 11698 admits a right-hand-drive vintage vehicle only if built on or before "
            "1970-12-31; no date cures that."
        )
    if dated.when.latest() > RA_11698_RHD_BUILT_BY.latest():
        return unknown(
            f"{says}: whether built on or before 1970-12-31, as RA 11698 demands of right-hand drive, is not "
            "settled.",
            settle=("the date of manufacture (the maker's plate)",),
        )
    return age_route(
        dated,
        old_enough=lambda: conditional(
            f"{says}: built on or before 1970-12-31 and at least 40 years old, a right-hand-drive vintage "
            "vehicle RA 11698 allows to be registered and used.",
            conditions=vintage_conditions(vehicle),
            restrictions=(VINTAGE_USE,),
        ),
        too_young=lambda day: (
            f"{says}: a vintage vehicle is at least 40 years old, which it is only from {day}."
        ),
        unsure=lambda day: f"{says}: 40 years old for certain only from {day}.",
        settle=SETTLE_MANUFACTURE,
    )


STEERING = Requirement(
    id="PH-STEERING",
    jurisdiction="PH",
    statement="A vehicle imported, registered or used on a Philippine road has its steering wheel on the left, "
    "unless an exception of RA 8506 or RA 11698 applies.",
)

RULES = (
    STEERING,
    Rule(
        "PH-RA8506-RHD",
        "PH",
        "Importing, registering, using or operating a right-hand-drive vehicle on any road is unlawful; whether "
        "an import converted to left-hand drive meets it is not settled.",
        kind=RuleKind.PATHWAY,
        requirement=STEERING.id,
        citation=f"{RA_8506}; LTO Memorandum of 1995-03-27, items 1 and 3",
        source=RA_8506_COPY,
        sources=(*RA_8506_PRESS, LTO_MEMO_1995, DO_94_806),
        reviewed_on=REVIEWED,
        in_force=Period(ENCODED_FROM),
        unconfirmed=True,
        check=left_hand_drive,
        reads=frozenset({"steering", "documents"}),
        uses_date=False,
        notes=(
            "RA 8506 s. 1 is quoted identically by a legal column and the motoring press; the text on "
            "lawphil or the Official Gazette was not reached, nor its day in 1998: unconfirmed, and kei "
            "applies it from 1998-12-31. The law gives no date from which a right-hand-drive vehicle may "
            "be used, so the failure has no eligible_from. Conversion: the LTO Memorandum of 1995-03-27 "
            "(official, SC E-Library): a right-hand-drive vehicle is 'reactivated only when the proper "
            "conversion (repositioning) to LHD is done', and 'Proof of conversion from RHD to LHD shall be "
            "[through] ocular inspection and presentation of the Certificate of Warranty provided under the "
            "PNS regulations'; that memorandum predates RA 8506 and dealt with vehicles already registered. "
            "GMA News (about 2010, V2): the Department of Justice opined that RA 8506 'has the intension of "
            "covering all right-hand drive vehicles, including those converted into left-hand drive', and the "
            "guidelines of EO 877 were to ban 'originally right-hand drive' used imports even if converted "
            "before entry; the same report says converted trucks enter through the freeports in practice. "
            "With the sources in conflict and none official on the point, a converted import answers "
            "unknown (never conditional), saying what would settle it; as s. 1 also bars importing a "
            "right-hand-drive vehicle, the conversion would in any case have to precede entry into the "
            "customs territory. Conversion never cures the import ban (PH-IMPORT)."
        ),
    ),
    Rule(
        "PH-RA8506-EXC-VINTAGE-PRE1960",
        "PH",
        "A vintage automobile built before 1960, in showroom condition, is excepted from the right-hand-drive "
        "ban.",
        kind=RuleKind.PATHWAY,
        requirement=STEERING.id,
        citation=RA_8506,
        source=RA_8506_COPY,
        sources=RA_8506_PRESS,
        reviewed_on=REVIEWED,
        in_force=Period(ENCODED_FROM),
        unconfirmed=True,
        check=vintage_before_1960,
        reads=frozenset({"manufactured", "steering"}),
        uses_date=False,
        notes=(
            "The other exceptions of s. 1 (sanctioned motorsport, off-road special-purpose vehicles) are not "
            "road use of a kei truck and are not encoded."
        ),
    ),
    Rule(
        "PH-RA11698-RHD-PRE1971",
        "PH",
        "A right-hand-drive vintage vehicle (at least 40 years old) may be imported, registered and used only "
        "if built on or before 1970-12-31.",
        kind=RuleKind.PATHWAY,
        requirement=STEERING.id,
        citation="Republic Act No. 11698 (Vintage Vehicle Regulation Act, 2022); IRR of 2023-01-30",
        source=RA_11698_IRR,
        sources=RA_11698_PRESS,
        reviewed_on=REVIEWED,
        in_force=VINTAGE_IN_FORCE,
        age=VINTAGE_AGE,
        unconfirmed=True,
        check=vintage_right_hand_drive,
        reads=frozenset({"manufactured", "steering"}),
        notes=(
            "The 1970-12-31 limit and the 40 years are reported by the press (V2, several agree); the Act's "
            "section was not read: unconfirmed. A kei truck built after 1970 is never admitted with "
            "right-hand drive, and converting it breaks the original steering RA 11698 asks of a vintage "
            "vehicle (PH-RA11698-VINTAGE-40Y)."
        ),
    ),
)
