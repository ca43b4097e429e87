"""Germany: registration needs an operating permit; a kei truck gets one individually (§ 21 StVZO).

FZV § 3 Abs. 1: a motor vehicle may be used on public roads only when registered, and it is
registered when it is of an approved type or has an individual approval, and is insured. A kei
truck built for Japan is of no type approved for Germany, so the route is the individual
operating permit of § 21 StVZO on an officially recognised expert's full appraisal: whatever
the truck's age, that is *conditional*, not *not legal*.

The H plate (FZV § 10 Abs. 1) is a kind of plate, not a way around the permit: it goes to a
vehicle with a § 23 StVZO Oldtimer report, and an Oldtimer (FZV § 2 Nr. 22) first came into
circulation at least 30 years before its appraisal. § 23 StVZO itself foresees that report being
made together with a § 21 appraisal. kei therefore reports the H plate, with the day from which
the truck qualifies by age, as information.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeRule,
    AgeThreshold,
    Granularity,
    Outcome,
    PartialDate,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    age_from,
    age_route,
    anniversary,
    conditional,
    failed,
    missing,
    passed,
    unknown,
)
from kei_eu.ages import REVIEWED

STVZO = "https://www.gesetze-im-internet.de/stvzo_2012/"
FZV = "https://www.gesetze-im-internet.de/fzv_2023/"
MIRROR_NOTE = (
    "Read in a verbatim mirror of the consolidated text on gesetze-im-internet.de "
    "(github.com/kmein/gesetze, FZV of 2023-07-20 and StVZO 2012)."
)

OLDTIMER = AgeThreshold(30, Granularity.DAY)
"""FZV § 2 Nr. 22: 'vor mindestens 30 Jahren erstmals in Verkehr gekommen', counted to the day."""

DEFAULT_DAY = (7, 1)
"""Registration-office practice: 1 July of the year of manufacture when the day is unknown."""

FIRST_REGISTRATION_RECORD = (
    "a record of the first registration giving the day (for a truck from Japan: the "
    "登録事項証明書 or the export certificate, 輸出抹消仮登録証明書)"
)


def office_default(vehicle: Vehicle) -> dt.date | None:
    """The date a German registration office enters when the day of first registration cannot be
    established: 1 July of the year of manufacture (of first registration if that year is all we have)."""
    if vehicle.first_registered is not None and vehicle.first_registered.precision != "year":
        return None
    source = vehicle.manufactured or vehicle.first_registered
    if source is None:
        return None
    return dt.date(source.year, *DEFAULT_DAY)


def _office_day(vehicle: Vehicle) -> str:
    default = office_default(vehicle)
    if default is None:
        return ""
    return (
        f" If the day cannot be established, the registration office enters {default} "
        "(1 July of the year of manufacture)."
    )


def _default_note(vehicle: Vehicle) -> str:
    default = office_default(vehicle)
    if default is None:
        return ""
    return (
        f"{_office_day(vehicle)[:-1]} and counts 30 years from it, i.e. from "
        f"{anniversary(default, OLDTIMER.years)}; kei does not count on that earlier day."
    )


def individual_permit(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 21 StVZO: open to every kei truck, on conditions."""
    return conditional(
        "A kei truck built for Japan is of no type approved in the EU, so it is registered on an "
        "individual operating permit (Einzelbetriebserlaubnis) under § 21 StVZO.",
        conditions=[
            "Have an officially recognised expert (amtlich anerkannter Sachverständiger) make a full "
            "appraisal (Vollgutachten) describing the truck and certifying that it complies with the rules "
            "(§ 21 Abs. 1 StVZO), with an annex naming the technical rules applied.",
            "Obtain the individual operating permit from the registration authority, then register the "
            "truck with liability insurance (FZV § 3 Abs. 1).",
        ],
    )


def rules_at_first_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Which day's requirements the expert applies: the day of first registration."""
    registered = vehicle.first_registered
    if registered is None:
        return unknown(
            "The expert applies the requirements in force when the truck was first registered, which "
            f"is not given.{_office_day(vehicle)}",
            settle=[FIRST_REGISTRATION_RECORD],
        )
    return passed(
        f"The expert applies the requirements in force on the day of first registration, "
        f"{registered.describe()} (first_registered), with their transitional provisions."
        + (_office_day(vehicle) if registered.precision == "year" else "")
    )


def registration_default(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Report the 1 July date an office would enter, and what kei does with it (nothing favourable)."""
    registered = vehicle.first_registered
    if registered is not None and registered.precision == "day":
        return passed(f"The day of first registration is known ({registered}); no default is needed.")
    if registered is not None and registered.precision == "month":
        return passed(
            f"First registration is known to the month ({registered.describe()}); kei counts from the "
            f"last day of that month, {registered.latest()}, unless the day is shown."
        )
    default = office_default(vehicle)
    if default is None:
        return missing("manufactured", "first_registered")
    latest = registered.latest() if registered else None
    counted = f"from the latest possible day, {latest}" if latest else "only from a proven day"
    return unknown(
        f"The day of first registration is not known; the registration office would enter {default} "
        f"(1 July of the year of manufacture). kei counts {counted}, never from the office's date "
        "where it would be more favourable.",
        settle=[FIRST_REGISTRATION_RECORD],
    )


def oldtimer_by_age(vehicle: Vehicle, on: dt.date) -> Outcome:
    """FZV § 2 Nr. 22: first came into circulation at least 30 years ago, to the day."""
    if vehicle.first_registered is None:
        return _oldtimer_without_registration(vehicle.manufactured, vehicle, on)
    dated = age_from(vehicle, "first_registered", OLDTIMER, on)
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: passed(
            f"{says}: at least 30 years before {on}, so it can be an Oldtimer by age (FZV § 2 Nr. 22); "
            "the H plate still needs a § 23 StVZO report that it is largely original and well kept."
        ),
        too_young=lambda day: (
            f"{says}: 30 years since first coming into circulation are reached only on {day}."
        ),
        unsure=lambda day: (
            f"{says}: 30 years are certain only from {day}, counted from the latest possible "
            f"day of first registration.{_default_note(vehicle)}"
        ),
        settle=FIRST_REGISTRATION_RECORD,
    )


def _oldtimer_without_registration(built: PartialDate | None, vehicle: Vehicle, on: dt.date) -> Outcome:
    # A vehicle cannot come into circulation before it is built: the build date bounds it from below.
    if built is None:
        return missing("first_registered")
    earliest_possible = anniversary(built.earliest(), OLDTIMER.years)
    if on < earliest_possible:
        return failed(
            f"Built {built.describe()}, so it cannot have come into circulation 30 years before {on}: "
            f"not before {earliest_possible}, and later if it was first registered later."
        )
    return unknown(
        f"Built {built.describe()}; the 30 years run from first coming into circulation, which is not "
        f"given.{_default_note(vehicle)}",
        settle=[FIRST_REGISTRATION_RECORD],
    )


REGISTRATION = Requirement(
    id="DE-REGISTRATION",
    jurisdiction="DE",
    statement=(
        "A motor vehicle may be used on public roads only when registered, and it is registered when "
        "it is of an approved type or individually approved, and insured (FZV § 3 Abs. 1)."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="DE-EBE-21",
        jurisdiction="DE",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle of no approved type gets an individual operating permit on an officially "
            "recognised expert's appraisal that it is correctly described and complies with the rules."
        ),
        citation="StVZO § 21 Abs. 1; FZV § 2 Satz 2 and § 3 Abs. 1",
        source=STVZO + "__21.html",
        sources=(FZV + "__3.html", "https://www.buzer.de/21_StVZO.htm"),
        reviewed_on=REVIEWED,
        check=individual_permit,
        reads=frozenset(),
        uses_date=False,
        notes=MIRROR_NOTE,
    ),
    Rule(
        id="DE-EBE-DATE-RULES",
        jurisdiction="DE",
        kind=RuleKind.INFORMATION,
        statement=(
            "The § 21 appraisal checks the vehicle against the requirements in force when it was first "
            "registered (anywhere), with their transitional provisions, not today's."
        ),
        citation="StVZO § 21 Abs. 1 (annex naming the technical rules applied); appraisal practice",
        source=STVZO + "__21.html",
        sources=(
            "https://www.extremnews.com/tips-tricks/technik/f75c1850ea80573",
            "http://lll.homepage.t-online.de/html/zulassung.html",
        ),
        reviewed_on=REVIEWED,
        policy=True,
        unconfirmed=True,
        check=rules_at_first_registration,
        reads=frozenset({"first_registered", "manufactured"}),
        uses_date=False,
        notes=(
            "§ 21 StVZO asks for an annex naming the technical rules on which the permit can be granted "
            "but does not say which day's rules; that the day of first registration decides was seen "
            "only in a TÜV Rheinland statement and an expert's page, so it ships as unconfirmed practice."
        ),
    ),
    Rule(
        id="DE-FIRSTREG-DEFAULT",
        jurisdiction="DE",
        kind=RuleKind.INFORMATION,
        statement=(
            "Where the day of first registration cannot be established, the registration office enters "
            "1 July of the year of manufacture as the date of first registration."
        ),
        citation=(
            "KBA, Leitfaden zur Ausfüllung der Zulassungsbescheinigung Teil I und Teil II (administrative "
            "guidance); upheld by VG Gelsenkirchen, judgment of 2025-06-20"
        ),
        source="http://www.braunschweig.de/vv/produkte/II/32/32_3/32_32/oldtimerzulassung.php",
        sources=("https://www.sozialticker.com/fiktives-zulassungsdatum-us-importfahrzeuge-zulaessig/",),
        reviewed_on=REVIEWED,
        policy=True,
        check=registration_default,
        reads=frozenset({"first_registered", "manufactured"}),
        uses_date=False,
        notes=(
            "Confirmed on the registration office page of the City of Braunschweig ('Ist dieser Tag "
            "nicht mehr feststellbar gilt der 1. Juli des Baujahres') and in a report of VG "
            "Gelsenkirchen's judgment of 20 June 2025 (the KBA guide applies; the office may enter "
            "1 July of the build year even where the expert assumed a later date). It is practice, "
            "not statute (policy). kei never lets it make an answer more favourable than counting from "
            "the latest possible day of first registration: a truck first registered 'in 1995' is "
            "certainly 30 years old only from 2025-12-31, although the office would count from "
            "1995-07-01; kei reports the office's day and leaves the finding unknown until then."
        ),
    ),
    Rule(
        id="DE-H-30Y",
        jurisdiction="DE",
        kind=RuleKind.INFORMATION,
        statement=(
            "An H (Oldtimer) plate is allotted on application to a vehicle with a § 23 StVZO report; an "
            "Oldtimer first came into circulation at least 30 years before its appraisal, is largely "
            "original, well preserved and serves the preservation of automotive heritage."
        ),
        citation="FZV § 2 Nr. 22 and § 10 Abs. 1; StVZO § 23",
        source=FZV + "__2.html",
        sources=(
            FZV + "__10.html",
            STVZO + "__23.html",
            "https://www.wuppertal.de/vv/produkte/405.2/405.21_Rote_Kennzeichen___Oldtimer__.php",
        ),
        reviewed_on=REVIEWED,
        check=oldtimer_by_age,
        reads=frozenset({"first_registered", "manufactured"}),
        read_by_age={"first_registered": OLDTIMER},
        age=AgeRule("first_registered", OLDTIMER),
        notes=(
            MIRROR_NOTE + " Counted to the day from first coming into circulation, in Germany or abroad "
            "(FZV § 2 Nr. 22: 'zum Zeitpunkt seiner Begutachtung ... vor mindestens 30 Jahren erstmals in "
            "Verkehr gekommen'; kei takes the date asked as the day of the appraisal). FZV § 10 Abs. 1 "
            "lets the office count earlier periods of off-road use; that is discretionary and kei does "
            "not. Information, not a pathway: the H plate does not replace the operating permit "
            "(FZV § 3 Abs. 1; StVZO § 23 sentence 3 foresees a joint § 21 appraisal)."
        ),
    ),
)
