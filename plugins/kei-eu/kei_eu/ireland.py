"""Ireland: register the imported truck and pay vehicle registration tax (VRT).

An imported vehicle is presented for a VRT examination at an NCTS centre (booked within 7 days
of its arrival) and registered, with VRT paid, within 30 days. The VRT category of an N1 goods
vehicle is B or, for a two-seat truck with a large payload margin, C; a kei truck built 30 or
more years ago may be taxed in the vintage motor tax class.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kei_core import (
    AgeRule,
    AgeThreshold,
    Granularity,
    Measure,
    Outcome,
    Rule,
    RuleKind,
    Vehicle,
    age_from,
    age_route,
    conditional,
    missing,
    passed,
    show,
    unknown,
)
from kei_eu.ages import REVIEWED

REVENUE_VRT = "https://revenue.ie/en/vrt/vehicle-registration-tax/vrt-and-registration.aspx"

VINTAGE = AgeThreshold(30, Granularity.DAY)
CATEGORY_C_RATIO = Decimal("1.3")
"""Category C: technically permissible maximum laden mass > 130 % of the mass in service."""
CATEGORY_C_MAX_SEATS = 3
DRIVER = Measure.parse("75 kg")
"""The driver EU 'mass in running order' includes; kei's curb weight may or may not."""


def register_and_pay(vehicle: Vehicle, on: dt.date) -> Outcome:
    """VRT registration: open to any truck, on its deadlines."""
    return conditional(
        "An imported kei truck is registered in Ireland through a VRT examination at an NCTS centre "
        "and payment of vehicle registration tax.",
        conditions=[
            "Book the VRT examination at an NCTS centre within 7 days of the truck's arrival in the State.",
            "Register the truck and pay VRT within 30 days of its arrival.",
        ],
    )


def vrt_category(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Category B (N1) or C (N1, under 4 seats, laden mass over 130 % of mass in service)."""
    needed = [f for f in ("seats", "gvwr_kg", "curb_weight_kg") if getattr(vehicle, f) is None]
    if needed:
        return missing(*needed)
    assert vehicle.seats is not None and vehicle.gvwr_kg is not None and vehicle.curb_weight_kg is not None
    gvwr, curb = show(vehicle.gvwr_kg, "kg"), show(vehicle.curb_weight_kg, "kg")
    low = vehicle.curb_weight_kg * CATEGORY_C_RATIO
    high = (vehicle.curb_weight_kg + DRIVER.si) * CATEGORY_C_RATIO
    if vehicle.seats > CATEGORY_C_MAX_SEATS or vehicle.gvwr_kg <= low:
        return passed(
            f"{vehicle.seats} seats, maximum mass {gvwr} against curb weight {curb}: VRT Category B (an N1 "
            "goods vehicle, charged on its value)."
        )
    if vehicle.gvwr_kg > high:
        return passed(
            f"{vehicle.seats} seats and a maximum mass of {gvwr}, over 130 % of its mass in "
            f"service ({curb}, with or without a 75 kg driver): VRT Category C "
            "(flat rate)."
        )
    return unknown(
        f"Maximum mass {gvwr} is near 130 % of the mass in service: Category B or C "
        "depends on the exact mass in service.",
        settle=["the mass in service (mass in running order) from the vehicle's documents"],
    )


def vintage_motor_tax(vehicle: Vehicle, on: dt.date) -> Outcome:
    """30 years from the date of manufacture."""
    if vehicle.manufactured is None:
        return unknown(
            "needs manufactured: the vintage class counts 30 years from the date of manufacture",
            settle=["the maker's label, or a letter from the maker certifying the year of manufacture"],
        )
    dated = age_from(vehicle, "manufactured", VINTAGE, on)
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: passed(
            f"{says}: 30 years or more before {on}, so it may be taxed in the vintage class."
        ),
        too_young=lambda day: f"{says}: 30 years are reached only on {day}.",
        unsure=lambda day: f"{says}: 30 years are certain only from {day}.",
        settle="the maker's label giving the month and day of manufacture",
    )


RULES = (
    Rule(
        id="IE-VRT-REG",
        jurisdiction="IE",
        statement=(
            "An imported vehicle is presented for a VRT examination at an NCTS centre, booked within 7 "
            "days of its arrival, and registered with VRT paid within 30 days of arrival."
        ),
        citation="Finance Act 1992 (vehicle registration tax); Revenue, 'VRT and registration'",
        source=REVENUE_VRT,
        reviewed_on=REVIEWED,
        check=register_and_pay,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Deadlines as stated by Revenue (dossier source IE01). A new vehicle also needs a "
            "certificate of conformity; the EU level (EU-IVA-NEW-ONLY) covers a truck that counts as new."
        ),
    ),
    Rule(
        id="IE-VRT-CATEGORY",
        jurisdiction="IE",
        kind=RuleKind.INFORMATION,
        statement=(
            "VRT category: an N1 goods vehicle is Category B, charged on its open-market value, unless it "
            "has fewer than 4 seats and a maximum laden mass over 130 % of its mass in service, which "
            "makes it Category C, charged at a flat rate (EUR 200)."
        ),
        citation="Finance Act 1992 (VRT categories of vehicles), as amended",
        source="https://www.oireachtas.ie/en/debates/question/2023-10-19/174/",
        sources=(
            "https://www.oireachtas.ie/ga/debates/question/2024-05-22/52/",
            "https://www.vrt.ie/home/vehicle-registration-tax-in-detail/vehicle-registration-tax-rates/car-derived-vans-jeep-derived-vans-vrt-category-b-eu-classification-n1/",
        ),
        reviewed_on=REVIEWED,
        unconfirmed=True,
        check=vrt_category,
        reads=frozenset({"seats", "gvwr_kg", "curb_weight_kg"}),
        uses_date=False,
        notes=(
            "Category B = EU N1 and Category C = flat EUR 200 are stated by the Minister for Finance in "
            "Dáil answers (2023-10-19, 2024-05-22). The 130 % / under-4-seats test for Category C was "
            "seen only on a private VRT site: unconfirmed. kei does not "
            "know whether a given curb weight includes a driver, so it reads Category C only when the "
            "ratio is over 130 % either way. The dossier's 'N1 = Category B' misses Category C, which a "
            "kei truck (2 seats, 350 kg payload) will often meet."
        ),
    ),
    Rule(
        id="IE-MOTORTAX-VINTAGE",
        jurisdiction="IE",
        kind=RuleKind.INFORMATION,
        statement="A vehicle 30 years or more from its date of manufacture may be taxed in the vintage motor tax class.",
        citation="Motor tax: vintage/veteran class, as administered by the local motor taxation offices",
        source="https://monaghan.ie/motortax/vintage/",
        sources=(
            "https://wexfordcoco.ie/motor-tax/vehicle-tax/vintage-vehicles",
            "https://corkcoco.ie/en/resident/motor-tax/vintage-or-veteran-vehicles",
        ),
        reviewed_on=REVIEWED,
        policy=True,
        check=vintage_motor_tax,
        reads=frozenset({"manufactured"}),
        read_by_age={"manufactured": VINTAGE},
        age=AgeRule("manufactured", VINTAGE),
        notes=(
            "Local authority pages (official) give the class and the 30 years from the date of "
            "manufacture; the statutory basis was not read, hence policy. Wexford County Council lets "
            "the class start at the first tax renewal within the 30th year; kei counts the full 30 "
            "years to the day, the later reading. The vintage VRT rate (EUR 200, dossier IE-VRT-VINTAGE) "
            "was seen only on a low-authority site and is not encoded."
        ),
    ),
)
