"""Norway: approval as a preservation-worthy vehicle (bevaringsverdig, kjøretøyforskriften § 1-9).

Statens vegvesen (official): § 1-9 "regulerer kravene som gjelder for enkeltgodkjenning" of a
preservation-worthy vehicle, and applies among others to vehicles never registered in Norway. What
the section says was read only as clubs quote it: a preservation-worthy vehicle is "i original eller
tilnærmet original utførelse", registered "med særlig påtegning i vognkortet om forbud mot
konstruktiv eller utseendemessig endring, samt er gitt bruksbegrensninger" (VW club); the veteran
federation LMK adds that it is meant for historic vehicles, that 15 to 29-year-olds meet "meget
strenge krav til originalitet" and younger ones qualify only "helt unntaksvis". No age floor and no
concrete use limit were read in the regulation itself.

kei therefore ships the route unconfirmed: from 30 years (to the day, from the later of the build
and first-registration dates) it is open, conditional, with the vognkort's use limits as a
restriction whose content is not known; younger, it is unknown, with the 30-year day as the day
time alone opens it. Without the first registration the later date is not known (a truck may be
registered years after it is built), so the build date alone never opens the route: unknown, and
the papers that give the date settle it. The age practice is the clubs', not the regulation's.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    DatedAgeTest,
    Granularity,
    Outcome,
    Period,
    Restriction,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    age_from,
    conditional,
    missing,
    unknown,
)
from kei_no import sources
from kei_no.approval import FIRST_REGISTRATION_PAPERS, REGISTRATION
from kei_no.terms import PRESERVATION_USE_LIMITS

ROUTINE_AGE = AgeThreshold(30, Granularity.DAY)
"""LMK and the clubs: the route is for historic vehicles, routinely from 30 years (unconfirmed)."""
STRICT_AGE = AgeThreshold(15, Granularity.DAY)
"""LMK: 15 to 29 years, 'meget strenge krav til originalitet'; younger, 'helt unntaksvis'."""
DATE_FIELDS = ("manufactured", "first_registered")

USUAL_USE_LIMITS = (
    "only on special occasions, such as motor-historic gatherings and runs, and otherwise now and then when the "
    "use is no undue danger or nuisance to other traffic"
)
"""The vognkort's usual wording ('Må bare benyttes; Ved spesielle anledninger som f.eks. motorhistoriske
samlinger og løp ellers leilighetsvis når bruken ikke er til unødig fare eller ulempe for annen trafikk'),
as LMK reported it in 2016 (a club's copy): unconfirmed, and Statens vegvesen sets the limits."""

USE_LIMITS = Restriction(
    PRESERVATION_USE_LIMITS,
    True,
    f"the use limits endorsed in the vognkort under § 1-9, usually: {USUAL_USE_LIMITS} (as the veteran "
    "federation reports the wording; Statens vegvesen sets them)",
)


def later_age(vehicle: Vehicle, threshold: AgeThreshold, on: dt.date) -> DatedAgeTest | None:
    """``threshold`` counted from the later of the build and first-registration dates: which one
    Statens vegvesen counts from is not read, and the later one is the reading no more favourable.

    ``None`` without a first registration: the first registration is the later date (a truck is
    registered after it is built), so the build date alone cannot stand in for it."""
    if vehicle.first_registered is None:
        return None
    tests = [age_from(vehicle, field, threshold, on) for field in DATE_FIELDS if getattr(vehicle, field)]
    return max(tests, key=lambda dated: (dated.test.status.rank, dated.test.passes_from or dt.date.max))


def preservation_worthy(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Open from 30 years (practice); original or nearly original; use limits in the vognkort."""
    dated = later_age(vehicle, ROUTINE_AGE, on)
    if dated is None:
        return _without_first_registration(vehicle, on)
    test, says = dated.test, dated.says()
    if vehicle.original_configuration is False:
        return unknown(
            f"{says}: a preservation-worthy vehicle is original or nearly so (minor changes are accepted); "
            "whether this truck's changes are minor is for Statens vegvesen to judge.",
            settle=["Statens vegvesen's inspection of the truck's originality"],
        )
    if test.status is Status.LEGAL and vehicle.commercial_use is True:
        return unknown(
            f"{says}: old enough, but a preservation-worthy vehicle is given use limits (usually: "
            f"{USUAL_USE_LIMITS}), and this truck is in commercial use; whether the limits allow it is for "
            "Statens vegvesen to say.",
            settle=[
                "Statens vegvesen's answer whether the § 1-9 use limits allow this truck's commercial use"
            ],
        )
    if test.status is Status.LEGAL:
        return conditional(
            f"{says}: at least 30 years before {on}, so Statens vegvesen may approve it as preservation-worthy "
            "(kjøretøyforskriften § 1-9), kept original, with an endorsement in the vognkort and limits on its use.",
            conditions=[
                "Present the truck to Statens vegvesen for approval under kjøretøyforskriften § 1-9: original or "
                "nearly original in construction and appearance.",
                "Accept the vognkort endorsement forbidding changes to its construction or appearance ('Må ikke "
                "endres konstruktivt eller utseendemessig') and the use limits Statens vegvesen sets, usually: "
                f"{USUAL_USE_LIMITS}.",
            ],
            restrictions=[USE_LIMITS],
        )
    if test.status is Status.UNKNOWN:
        return unknown(
            f"{says}: 30 years are certain only from {test.passes_from}; until then the route is open only under "
            "very strict originality requirements.",
            passes_from=test.passes_from,
            settle=["the day of manufacture and of first registration"],
        )
    strict = later_age(vehicle, STRICT_AGE, on)
    band = (
        "at 15 to 29 years Statens vegvesen demands very strict originality"
        if strict is not None and strict.test.status is Status.LEGAL
        else "Statens vegvesen approves one younger than 15 years only exceptionally"
    )
    return unknown(
        f"{says}: under 30 years on {on}, and {band}; from {test.passes_from} the route opens as it does for a "
        "historic vehicle.",
        passes_from=test.passes_from,
        settle=["Statens vegvesen's decision on the truck's preservation worthiness"],
    )


def _without_first_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The build date bounds the count from below; it never decides it."""
    built = vehicle.manufactured
    if built is None:
        return missing("first_registered")
    from_build = ROUTINE_AGE.test(built, on)
    if from_build.status is Status.NOT_LEGAL:
        reach = (
            f"30 years from its build are reached only on {from_build.passes_from}, and from its first "
            "registration (not given) no sooner"
        )
    else:
        reach = (
            f"30 years have passed since it was built by {on}, but the years may count from its first "
            "registration, which is not given and may be years later"
        )
    return unknown(
        f"Built {built.describe()}: {reach}; kei does not count the route open on the build date alone.",
        settle=[FIRST_REGISTRATION_PAPERS],
    )


RULES = (
    Rule(
        "NO-BEVARINGSVERDIG-1-9",
        "NO",
        "A vehicle in original or nearly original condition may be approved as preservation-worthy, with an "
        "endorsement in the vognkort forbidding changes and with use limits; routinely from 30 years (practice).",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        citation="Kjøretøyforskriften (FOR-1994-10-04-918) § 1-9, as Statens vegvesen's Kravveileder and the "
        "clubs state it",
        source=sources.PRESERVATION,
        sources=(sources.VW_CLUB, sources.LMK_PRESERVATION, sources.LMK_STATE, sources.KJORETOYFORSKRIFTEN),
        reviewed_on=sources.REVIEWED,
        in_force=Period(sources.REVIEWED),
        unconfirmed=True,
        check=preservation_worthy,
        reads=frozenset({"commercial_use", "original_configuration", "first_registered", "manufactured"}),
        read_by_age={"manufactured": ROUTINE_AGE, "first_registered": ROUTINE_AGE},
        notes=(
            "Confirmed (Statens vegvesen, Kravveileder): § 1-9 regulates the individual approval of a "
            "preservation-worthy vehicle and applies to 'kjøretøy som tidligere ikke har vært registrert i "
            "Norge'. Unconfirmed (clubs quoting or reading the section): the definition (original or nearly "
            "original, vognkort endorsement, 'bruksbegrensninger'); the ages (LMK: 'For gruppen mellom 15 og 29 "
            "år, stilles det meget strenge krav til originalitet. På nyere kjøretøy enn dette, vil dette kun skje "
            "helt unntaksvis'); the usual wording of the use limits, 'Må bare benyttes; Ved spesielle anledninger "
            "som f.eks. motorhistoriske samlinger og løp ellers leilighetsvis når bruken ikke er til unødig fare "
            "eller ulempe for annen trafikk' (LMK's 2016 notice, in a club's copy). Statens vegvesen's own "
            "consultation summary of 2016-04-18 speaks of 'bevaringsverdige kjøretøy med bruksbegrensninger', so "
            "that limits are given is official; their wording is not. A truck in commercial use is unknown on "
            "this route, never conditional. lovdata's text of § 1-9 was not "
            "reached. The 30 years are counted to the day from the later of the build and first-registration "
            "dates, so a truck built and registered in 1995 is not counted from 1 January of its build year as "
            "the inspection rule counts (the reading no more favourable); without the first registration the "
            "answer is unknown, never counted from the build date alone. The route is the one Norway uses for used imports from "
            "markets with other lighting rules (LMK). Applied from the day the undated Kravveileder was read, "
            "2026-12-01."
        ),
    ),
    Rule(
        "NO-BEVARINGSVERDIG-PKK",
        "NO",
        "A preservation-worthy vehicle with use limits, 30 years or older, has its periodic inspection (EU-kontroll) "
        "at 35, 40, 45 and 50 years, and is exempt after that.",
        kind=RuleKind.INFORMATION,
        citation="Forskrift om periodisk kontroll av kjøretøy (FOR-2009-05-13-591), as amended from 2016-10-01 "
        "(Vegdirektoratet's consultation summary of 2016-04-18)",
        source=sources.PKK_2016,
        source_as_of=sources.PKK_2016_AS_OF,
        sources=(sources.MINISTRY_2016, sources.VW_CLUB, sources.LMK_PKK_2016),
        reviewed_on=sources.REVIEWED,
        in_force=Period("2016-10-01"),
        notes=(
            "Vegdirektoratet (official, summary of 2016-04-18): 'bevaringsverdige kjøretøy med "
            "bruksbegrensninger som er 30 år eller eldre får lengre kontrollintervall mellom EU-kontrollene. De "
            "skal ha EU-kontroll når de er 35, 40, 45 og 50 år og deretter er de fritatt for kontroll. Endringene "
            "trer i kraft fra 1. oktober 2016.' The ministry's press release says the same. Only a club adds that "
            "the age counts 'fra 1. januar i fabrikasjonsåret' (unconfirmed, not encoded). The regulation's own "
            "text on lovdata was not read."
        ),
    ),
)
