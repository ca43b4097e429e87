"""Great Britain at 40 years: the historic vehicle tax class and the MOT exemption.

Vehicle tax: from 1 April of year Y, a vehicle built before 1 January of year Y-40 may be taxed
in the historic class (nil duty); if its build date is unknown, first registration before
8 January of Y-40 counts instead; a vehicle used for hire or reward, or commercially for a
trade or business, cannot use the class. The statute (VERA 1994 Sch. 2 para. 1A) names a fixed
cut-off that each year's Finance Act moves on by one year from 1 April.

MOT: a vehicle manufactured or first registered at least 40 years ago, of a type no longer
produced and not substantially changed in the last 30 years, is a vehicle of historical
interest, exempt from the MOT from 20 May 2018.

Both are information: they decide what the keeper pays and tests, not whether the truck may be
registered.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    DATE_WORDS,
    AgeThreshold,
    Granularity,
    Outcome,
    PartialDate,
    Period,
    Rule,
    RuleKind,
    Vehicle,
    age_from_either,
    age_route,
    anniversary,
    failed,
    missing,
    passed,
    unknown,
)
from kei_gb.ages import REVIEWED

VERA_1A = "https://www.legislation.gov.uk/ukpga/1994/22/schedule/2/paragraph/1A"
HISTORIC_GUIDE = "https://www.gov.uk/historic-vehicles"
MOT_REGULATIONS = "https://www.legislation.gov.uk/uksi/1981/1694/regulation/6"

HISTORIC_CLASS = AgeThreshold(41, Granularity.YEAR)
"""Built in year B -> in the class from the tax year starting 1 April (B + 41): 'built before
1 January (Y - 40)' means B <= Y - 41, whole calendar years."""
TAX_YEAR_START = (4, 1)
REGISTRATION_GRACE = dt.timedelta(days=7)
"""'First registered before 8 January': a registration in the first 7 days of January counts
with the year before, so shift the date back 7 days and count calendar years as for a build date."""

VHI = AgeThreshold(40, Granularity.DAY)
NO_SUBSTANTIAL_CHANGE_YEARS = 30

COMMERCIAL = "used for hire or reward, or commercially for a trade or business"


def tax_year_of(on: dt.date) -> int:
    """The year Y whose 1 April opened the tax year containing ``on``."""
    return on.year if on >= dt.date(on.year, *TAX_YEAR_START) else on.year - 1


def class_opens(day: dt.date) -> dt.date:
    """The 1 April from which a vehicle dated exactly ``day`` is in the historic class."""
    return dt.date(HISTORIC_CLASS.reached_on(day).year, *TAX_YEAR_START)


def _window(when: PartialDate, shift: dt.timedelta) -> tuple[dt.date, dt.date]:
    """(possible, certain): the first 1 April for the earliest and the latest reading of ``when``."""
    return class_opens(when.earliest() - shift), class_opens(when.latest() - shift)


def historic_tax_class(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Built before 1 January (Y - 40) from 1 April of Y; not for commercial use."""
    if vehicle.commercial_use is True:
        return failed(f"The historic tax class is not for a vehicle {COMMERCIAL}.")
    if vehicle.manufactured is not None:
        when, field, shift = vehicle.manufactured, "manufactured", dt.timedelta(0)
    elif vehicle.first_registered is not None:
        when, field, shift = vehicle.first_registered, "first_registered", REGISTRATION_GRACE
    else:
        return missing("manufactured")
    possible, certain = _window(when, shift)
    year = tax_year_of(on)
    cutoff = dt.date(year - 40, 1, 8 if shift else 1)
    says = f"{DATE_WORDS[field]} {when.describe()}"
    says = says[0].upper() + says[1:]
    rule_now = (
        f"in the tax year from {year}-04-01 the class takes vehicles {DATE_WORDS[field]} before {cutoff}"
    )
    if on < possible:
        return failed(f"{says}: {rule_now}; this truck qualifies from {certain}.", passes_from=certain)
    if on < certain:
        return unknown(
            f"{says}: {rule_now}; whether this truck does depends on the exact date (certain from {certain}).",
            passes_from=certain,
            settle=["the exact date of manufacture"],
        )
    if vehicle.commercial_use is None:
        return unknown(
            f"{says}: {rule_now}, so it qualifies by age, provided it is not {COMMERCIAL}.",
            settle=["whether the truck is used commercially (commercial_use)"],
        )
    return passed(f"{says}: {rule_now}, so it may be taxed in the historic class (nil duty).")


def historic_interest(vehicle: Vehicle, on: dt.date) -> Outcome:
    """At least 40 years since manufacture or first registration, no substantial change in 30."""
    dated = age_from_either(vehicle, VHI, on)
    if dated is None:
        return missing("manufactured", "first_registered")
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: _unchanged(vehicle, says, on),
        too_young=lambda day: f"{says}: 40 years are reached only on {day}.",
        unsure=lambda day: f"{says}: 40 years are certain only from {day}.",
        settle="the exact day of manufacture or first registration",
    )


def _unchanged(vehicle: Vehicle, says: str, on: dt.date) -> Outcome:
    """Old enough for the MOT exemption: no substantial change in the last 30 years decides."""
    recent = [
        m
        for m in vehicle.modifications
        if m.significant
        and (m.date is None or on < anniversary(m.date.latest(), NO_SUBSTANTIAL_CHANGE_YEARS))
    ]
    if recent:
        what = "; ".join(f"{m.description or 'a modification'} ({m.date or 'undated'})" for m in recent)
        return unknown(
            f"{says}: old enough, but a significant modification in the last 30 years ({what}) may be a "
            "substantial change, which keeps the MOT.",
            settle=["whether the modification is a substantial change under DVSA's guidance"],
        )
    return passed(
        f"{says}: at least 40 years before {on}, so it is exempt from the MOT as a vehicle of historical "
        "interest if its type is no longer produced; the keeper declares it when taxing the truck."
    )


RULES = (
    Rule(
        id="GB-HIST-VED",
        jurisdiction="GB",
        kind=RuleKind.INFORMATION,
        statement=(
            "From 1 April of each year Y, a vehicle built before 1 January of Y-40 (or, build date "
            "unknown, first registered before 8 January of Y-40) may be taxed in the historic class at "
            "nil duty, unless used for hire or reward or commercially for a trade or business."
        ),
        citation=(
            "Vehicle Excise and Registration Act 1994, Sch. 2 para. 1A, cut-off moved each year by the "
            "Finance Acts (e.g. Finance Act 2014 ss. 84-85, Finance Act 2015 s. 59)"
        ),
        source=VERA_1A,
        sources=(
            HISTORIC_GUIDE,
            "http://legislation.gov.uk/ukpga/2014/26/notes/division/1/86",
            "https://legislation.gov.uk/ukpga/2015/11/notes/division/1/59",
        ),
        reviewed_on=REVIEWED,
        source_as_of="2015-04-01",
        in_force=Period("2014-04-01"),
        policy=True,
        stage="road",  # vehicle excise duty is a tax on keeping and using it on public roads
        check=historic_tax_class,
        reads=frozenset({"commercial_use", "manufactured", "first_registered"}),
        notes=(
            "Para. 1A(1) names a fixed date ('constructed before 1st January 1975' in the version of "
            "2015-04-01); Finance Act 2014 ss. 84-85 and Finance Act 2015 s. 59 moved it to 1974, 1975 "
            "and 1976 from 1 April 2014, 2015 and 2016, and Budget 2014 announced a yearly move so that "
            "vehicles built 40 years earlier are exempt. The later yearly steps, the 8 January "
            "first-registration fallback and the commercial-use exclusion are as gov.uk states them "
            "(policy): the statute's own commercial-use words (para. 1A(2)-(6)) cover only 'special "
            "vehicles', and kei follows gov.uk's wider, stricter exclusion."
        ),
    ),
    Rule(
        id="GB-HIST-MOT",
        jurisdiction="GB",
        kind=RuleKind.INFORMATION,
        statement=(
            "A vehicle manufactured or first registered at least 40 years ago, of a type no longer "
            "produced and not substantially changed in the last 30 years, is exempt from the MOT as a "
            "vehicle of historical interest."
        ),
        citation=(
            "Motor Vehicles (Tests) Regulations 1981 (SI 1981/1694), reg. 6, as amended from 20 May 2018 "
            "by the Motor Vehicles (Tests) (Amendment) Regulations 2017, reg. 7"
        ),
        source=MOT_REGULATIONS,
        sources=(HISTORIC_GUIDE, "https://www.bexhill100mc.co.uk/motexemptionpage2"),
        reviewed_on=REVIEWED,
        in_force=Period("2018-05-20"),
        stage="road",  # the MOT is the yearly roadworthiness test of a vehicle in use
        check=historic_interest,
        reads=frozenset({"manufactured", "first_registered", "modifications"}),
        read_by_age={"manufactured": VHI, "first_registered": VHI},
        notes=(
            "DfT's letter of 11 January 2019 (reproduced by a club) states the amended regulation: "
            "'manufactured or registered for the first time at least 40 years previously'; kei counts "
            "to the day from whichever date passes and says which. gov.uk's 'more than 40 years ago' is "
            "looser wording of the same rule. Large goods vehicles and buses used commercially are "
            "excluded; a kei truck is neither, so commercial use does not matter here. Whether a "
            "modification is a 'substantial change' follows DVSA's criteria, which kei cannot apply: a "
            "significant modification in the last 30 years leaves the finding unknown."
        ),
    ),
)
