"""What the Philippine rules share: the day their sources were read, where they are, and the
vintage age of RA 11698."""

from __future__ import annotations

import datetime as dt

from kei_core import AgeRule, AgeThreshold, Granularity, Period, Restriction, Vehicle

REVIEWED = "2026-12-01"
"""When the sources of these rules were last read."""

ENCODED_FROM = "1998-12-31"
"""kei encodes the Philippines from the end of 1998, the year of RA 8506 (its day was not read:
the latest day of the year, so no date is judged by a law that may not yet have been in force)."""

RA_11698_IRR = "https://elibrary.judiciary.gov.ph/thebookshelf/showdocs/2/96322"
RA_11698_PRESS = (
    "https://www.pna.gov.ph/index.php/articles/1202292",
    "https://www.autoindustriya.com/auto-industry-news/ph-now-has-a-law-protecting-vintage-vehicles.html",
    "https://mb.com.ph/2023/3/17/vintage-vehicle-law-is-a-boon-for-restoration-industry",
    "https://autodeal.com.ph/articles/car-news-philippines/vintage-vehicle-law-will-take-effect-in-april-2023",
    "https://autofun.ph/news/vintage-vehicle-regulation-act-irr-to-take-effect-in-april-2023-63101",
    "https://www.autoindustriya.com/auto-industry-news/vintage-vehicle-law-irr-takes-effect-this-april.html",
)
VINTAGE_IN_FORCE = Period("2023-04-17")
"""RA 11698 lapsed into law on 2022-04-15 (official: its IRR); registration under it needs the IRR,
reported effective 2023-04-17 (press). kei applies it from the later day, no more favourable."""

VINTAGE_AGE = AgeRule("manufactured", AgeThreshold(40, Granularity.DAY))
"""'at least forty (40) years old from the date of manufacture' (RA 11698 s. 4(h), as reported)."""
SETTLE_MANUFACTURE = "the day of manufacture (the maker's plate)"
"""What settles the vintage age, or the build date a route asks for, sooner."""

VINTAGE_REGISTRATION = (
    "Register it with the LTO as a vintage vehicle (RA 11698 and its IRR): an inspection against the "
    "standards in force when it was built, special 'Vintage Vehicle' plates, a registration valid for "
    "three years."
)
SEAT_BELTS_FROM = dt.date(1968, 1, 1)
SEAT_BELTS = (
    "Fit seat belts (RA 8750, the Seat Belts Use Act of 1999): RA 11698 asks them of a vintage vehicle built "
    "after 1967-12-31 (as reported)."
)
VINTAGE_USE = Restriction(
    "limited_use",
    ("vintage",),
    "only as RA 11698's IRR allows a vintage vehicle: reported as weekends and holidays, or daytime only "
    "(the sources differ), and not as a utility vehicle",
)
"""The use limit of a vintage vehicle (press: AutoIndustriya 2023, Manila Bulletin 2023-03-17; the
IRR's rule on use was not read)."""


def vintage_conditions(vehicle: Vehicle) -> tuple[str, ...]:
    """What registering a vintage vehicle takes: its registration, and seat belts if built after 1967
    (or when the build date does not show it was not)."""
    built = vehicle.manufactured
    if built is not None and built.latest() < SEAT_BELTS_FROM:
        return (VINTAGE_REGISTRATION,)
    return (VINTAGE_REGISTRATION, SEAT_BELTS)


def converted(vehicle: Vehicle) -> bool:
    """Whether the steering was moved from the right (every kei truck is built right-hand drive)."""
    return vehicle.steering == "left" or "left_hand_drive_conversion" in vehicle.equipment


def vintage_age_says(vehicle: Vehicle, on: dt.date) -> str:
    """``Built June 1965``: how a vintage message opens."""
    return VINTAGE_AGE.test(vehicle, on).says()
