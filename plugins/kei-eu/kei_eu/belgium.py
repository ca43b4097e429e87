"""Belgium: the region approves a vehicle, the federal DIV registers it; or the "O" plate at 30 years.

Registration is federal (the DIV of the FPS Mobility), vehicle approval regional. A used kei truck
has no European certificate of conformity and was never registered in another member state, so the
region approves it on its own as an isolated case ("cas isolé", "alleenstaand geval", "individuele
goedkeuring") at an approved inspection centre, against the technical and environmental
requirements that applied when it was first registered; emission evidence may be demanded. kei
read the procedure of the **Brussels-Capital Region** (Bruxelles Mobilité); Flanders and Wallonia
run their own, whose pages for an N1 truck were not read.

An old truck may instead be registered under the oldtimer "O" plate, after an inspection for
old vehicles, and may then not be used professionally, for commuting, for paid transport or as a
tool (Bruxelles Mobilité). Its age threshold was read only in secondary sources: more than 30
years from first registration since 2023-01-01, more than 25 from 2013-07-01 to 2022-12-31, and
before that more than 30 for a vehicle other than a car, used only exceptionally. It ships
unconfirmed: it can never make an answer better than conditional.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kei_core import (
    AgeThreshold,
    Dated,
    DatedValue,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    age_route,
    conditional,
    failed,
    missing,
    passed,
    unknown,
)
from kei_eu.ages import REVIEWED_2026_12 as REVIEWED
from kei_eu.ages import more_than

BRUSSELS_CAS_ISOLE = "https://mobilite-mobiliteit.brussels/fr/procedure-cas-isole"
BRUSSELS_ALLEENSTAAND = "https://mobilite-mobiliteit.brussels/nl/procedure-alleenstaand-geval"
BRUSSELS_INDIVIDUAL = "https://mobilite-mobiliteit.brussels/nl/procedure-individuele-goedkeuring"
BRUSSELS_OLDTIMER_USE = "https://mobilite-mobiliteit.brussels/nl/het-gebruik-van-oldtimers"
FEDERAL_IMPORT = "http://mobilit.belgium.be/fr/circulationroutiere/immatriculation/importe/"
AR_2001 = "https://www.ejustice.just.fgov.be/eli/arrete/2001/07/20/2001014153/moniteur"
AM_2001 = "https://www.ejustice.just.fgov.be/eli/arrete/2001/07/23/2001014154/moniteur"
AM_2022 = "https://www.ejustice.just.fgov.be/eli/arrete/2022/10/21/2022033709/moniteur"
BRUSSELS_L = "https://mobilite-mobiliteit.brussels/nl/individuele-goedkeuring-categorie-l"

PAGES_READ = Period("2026-12-01")
"""The Brussels pages are undated: kei applies them from the day they were read."""

PUT_INTO_SERVICE_FROM = dt.date(1968, 6, 15)
"""'Les véhicules mis en service avant le 15 juin 1968' cannot follow the cas isolé."""

USE_BANS = (
    "no commercial or professional use, no home-work or home-school trips, no paid transport, no use as "
    "a machine or tool"
)


class OldtimerRegime(NamedTuple):
    """What the O plate asked of a vehicle other than a car on the dates it applied: more than
    ``years`` since first registration, and the use it allowed."""

    years: int
    use: str

    def describe(self) -> str:
        return f"more than {self.years} years ({self.use})"


OLDTIMER: Dated[OldtimerRegime] = Dated(
    (
        DatedValue(
            "2001-10-01",
            OldtimerRegime(30, "only exceptionally: events within 25 km, in daylight"),
            citation="AM 2001-07-23 art. 4 § 2 with AR 1968-03-15 art. 1 § 2, first wording: 'autres véhicules ... plus de trente ans'",
            unconfirmed=True,
        ),
        DatedValue(
            "2013-07-01",
            OldtimerRegime(25, USE_BANS),
            citation="AM 2001-07-23 art. 4 § 2 as amended in 2013 (the KB of 2013-06-17 as reported): 25 years for all vehicles",
            unconfirmed=True,
        ),
        DatedValue(
            "2023-01-01",
            OldtimerRegime(30, USE_BANS),
            citation="AM 2001-07-23 art. 4 as replaced by the AM of 2022-10-21 (probably): 30 years from 2023-01-01",
            unconfirmed=True,
        ),
    )
)
"""The O plate's threshold for a kei truck (not a car before 2013), by the date asked."""

REGISTER = (
    "Then register the truck with the DIV, after customs clearance (form 705) and a technical inspection."
)


def isolated_case(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The region's individual approval, open to a vehicle put into service from 1968-06-15."""
    service = vehicle.first_registered
    if service is not None and service.latest() < PUT_INTO_SERVICE_FROM:
        return failed(
            f"First registered {service.describe()}, before {PUT_INTO_SERVICE_FROM}: a vehicle put into "
            "service before then cannot be approved as an isolated case."
        )
    earliest = service or vehicle.manufactured
    if earliest is None or earliest.earliest() < PUT_INTO_SERVICE_FROM:
        return unknown(
            f"An isolated-case approval is open only to a vehicle put into service from {PUT_INTO_SERVICE_FROM}, "
            "and the dates given do not show it was.",
            settle=["the day of first registration (the Japanese export certificate shows it)"],
        )
    return conditional(
        "A kei truck without a European certificate of conformity, never registered in another member "
        "state, is approved by the region as an isolated case (cas isolé) before registration.",
        conditions=[
            "Have the region approve the truck as an isolated case at an approved inspection centre, against "
            "the technical and environmental requirements that applied on the day it was first registered (in "
            "Japan), emission limits among them; the authority may ask for an emission test report or the maker's "
            "certificate, and whether a kei truck meets those requirements is for the approval to find.",
            REGISTER,
        ],
    )


def before_pages_read(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Before the day the undated regional pages were read, kei does not know the approval route."""
    return unknown(
        "The regional approval pages kei read are undated: whether and how an isolated-case approval was "
        "open before 2026-12-01, the day they were read, is not known.",
        settle=["the region's approval rules in force on the date asked"],
    )


def oldtimer_plate(vehicle: Vehicle, on: dt.date) -> Outcome:
    """More than N years since first registration (N as on the date asked), with the plate's use limits."""
    regime = OLDTIMER.at(on)
    if regime is None:
        return unknown(
            f"No O-plate rule is known for {on}.",
            settle=["art. 4 § 2 of the AM of 2001-07-23 as it stood then"],
        )
    threshold = AgeThreshold(regime.years, Granularity.DAY)
    registered = vehicle.first_registered
    if registered is None:
        return _oldtimer_from_build(vehicle, threshold, regime, on)
    says = f"First registered {registered.describe()}"
    return age_route(
        more_than(threshold, registered, on),
        old_enough=lambda: conditional(
            f"{says}: more than {regime.years} years before {on}, so it can be registered under the oldtimer "
            "O plate.",
            conditions=[
                "Have the truck pass the technical inspection for old vehicles, then register it under the O "
                "plate with the DIV.",
            ],
            restrictions=[Restriction("limited_use", ("oldtimer",), f"O plate: {regime.use}")],
        ),
        too_young=lambda day: (
            f"{says}: more than {regime.years} years only from {day} (the O plate's threshold on {on})."
        ),
        unsure=lambda day: f"{says}: more than {regime.years} years are certain only from {day}.",
        settle="the day of first registration",
    )


def _oldtimer_from_build(
    vehicle: Vehicle, threshold: AgeThreshold, regime: OldtimerRegime, on: dt.date
) -> Outcome:
    # First registration is never before the build date: the build date bounds it from below.
    built = vehicle.manufactured
    if built is None:
        return missing("first_registered")
    test = more_than(threshold, built, on)
    if test.status is Status.NOT_LEGAL:
        return failed(
            f"Built {built.describe()}, so it cannot have been first registered more than {regime.years} years "
            f"before {on}: not before {test.reached_at_earliest}, and later if it was registered later."
        )
    return unknown(
        f"Built {built.describe()}; the O plate counts more than {regime.years} years from first registration, "
        "which is not given.",
        settle=["the day of first registration (the Japanese export certificate shows it)"],
    )


def use_bans(vehicle: Vehicle, on: dt.date) -> Outcome:
    """What a truck under the O plate may not be used for."""
    return passed(f"A vehicle registered under the O plate may not be used for: {USE_BANS}.")


def right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No Belgian text on right-hand drive was found: unknown, never 'no restriction'."""
    if vehicle.steering == "left":
        return passed("Left-hand drive: no question of right-hand drive arises.")
    return unknown(
        "No Belgian rule on registering a right-hand-drive vehicle was found; the approval checks the truck "
        "against the technical requirements (lighting for right-hand traffic among them), and kei cannot say "
        "that right-hand drive is unrestricted.",
        settle=["the regional approval authority's answer for a right-hand-drive N1 vehicle"],
    )


REGISTRATION = Requirement(
    id="BE-REGISTRATION",
    jurisdiction="BE",
    statement=(
        "A vehicle is registered by the federal DIV; one without European approval is first approved by the "
        "region, or registered under the oldtimer O plate."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="BE-CAS-ISOLE",
        jurisdiction="BE",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle without a European certificate of conformity or Belgian approval, not registered in "
            "another member state, is approved by the region as an isolated case; not one put into service "
            "before 1968-06-15 or registered under the oldtimer plate."
        ),
        citation="Bruxelles Mobilité, 'Procédure cas isolé' and 'Procedure individuele goedkeuring' (Brussels-Capital Region)",
        source=BRUSSELS_CAS_ISOLE,
        sources=(BRUSSELS_ALLEENSTAAND, BRUSSELS_INDIVIDUAL, FEDERAL_IMPORT, BRUSSELS_L),
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        policy=True,
        unconfirmed=True,
        check=isolated_case,
        reads=frozenset({"first_registered", "manufactured"}),
        uses_date=False,
        notes=(
            "Read for the Brussels-Capital Region only (official, undated): 'Véhicule sans COC européen ou "
            "sans certificat d'homologation belge non immatriculé dans un autre État membre'; exclusions 'mis "
            "en service avant le 15 juin 1968' and 'plaque d'immatriculation oldtimer'; an individual approval "
            "'kan worden verleend als het voertuig ... voldoet aan de technische en milieuvereisten die van "
            "toepassing zijn op het moment van de eerste inschrijving'. Flanders and Wallonia approve by their "
            "own procedure (Wallonie's page for category L, an inspection body's pages for Flanders); their "
            "N1 pages were not read, so the rule is unconfirmed for Belgium as a whole. Brussels counts a first "
            "registration abroad and cuts off by its date for category L ('Voertuigen die voor het eerst "
            "ingeschreven zijn na 22.03.2013 komen niet in aanmerking voor Individuele Goedkeuring in België', "
            "Individuele goedkeuring categorie L); no such cut-off for N1 was found, and none is assumed, but a "
            "2020 truck is judged against the requirements of 2020. Registration is federal "
            "(DIV: customs form 705, technical inspection, insurance). The dossier's 'unknown' for 2005 and 2020 "
            "trucks is read as conditional, as for Germany's § 21 StVZO: the condition is the approval."
        ),
    ),
    Rule(
        id="BE-CAS-ISOLE-BEFORE",
        jurisdiction="BE",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement="Before 2026-12-01 kei does not know the regional approval route (its pages are undated).",
        citation="Bruxelles Mobilité, 'Procédure cas isolé' (undated)",
        source=BRUSSELS_CAS_ISOLE,
        reviewed_on=REVIEWED,
        in_force=Period(None, "2026-11-30"),
        check=before_pages_read,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Keeps a date before the pages were read from resting on the O plate alone: there the registration "
            "requirement is at best unknown, never not legal for want of an approval route kei did not read."
        ),
    ),
    Rule(
        id="BE-OLDTIMER-O",
        jurisdiction="BE",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle first registered more than 30 years ago (25 from 2013-07-01 to 2022-12-31; 30 for a "
            "vehicle other than a car before) can be registered under the oldtimer O plate, after a technical "
            "inspection for old vehicles, for limited use."
        ),
        citation=(
            "Arrêté ministériel du 23 juillet 2001 relatif à l'immatriculation de véhicules, art. 4 § 2 (the O plate), "
            "art. 4 as replaced by the AM of 2022-10-21; under the AR of 2001-07-20 (immatriculation)"
        ),
        source=AM_2001,
        sources=(
            AM_2022,
            AR_2001,
            "https://steylemansassurances.be/immatriculer-un-ancetre-plaque-o-a-partir-du-01-01-2023",
            "https://trends.knack.be/economie/magazine/soepeler-maar-strenger/article-normal-1332683.html",
            "https://www.auto55.be/nieuws/26370-wettelijke-beperkingen-gebruik-oldtimers",
            "http://www.code-de-la-route.be/actualite/modifications-recentes/1631-vehicules-ancetres",
            "https://etaamb.openjustice.be/fr/arrete-royal-du-20-juillet-2001_n2001014153",
        ),
        reviewed_on=REVIEWED,
        in_force=Period("2001-10-01"),
        unconfirmed=True,
        check=oldtimer_plate,
        dated={"oldtimer": OLDTIMER},
        reads=frozenset({"first_registered", "manufactured"}),
        notes=(
            "Every threshold was read only in secondary sources (an insurer, the press, a 2011 code-de-la-route "
            "page). The O plate's legal home is art. 4 § 2 of the AM of 2001-07-23 (the technical regulation, AR "
            "of 1968-03-15 art. 1 § 2 7°, refers to vehicles 'immatriculés sous une plaque ... « O » conformément "
            "l'article 4, § 2, de l'arrêté ministériel du 23 juillet 2001', seen in a translation memory's copy of "
            "the Moniteur). Art. 4 was replaced whole by the AM of 2022-10-21 (numac 2022033709, seen on etaamb and "
            "vlex, its § 2 not in the excerpt): probably the act behind the 30 years from 2023-01-01, not confirmed. "
            "ejustice.just.fgov.be was not reached. "
            "'Plus de 30 ans': kei counts to the day after the anniversary of the first registration, 'depuis "
            "la date de première immatriculation et non depuis sa date de fabrication' (secondary); whether a "
            "first registration in Japan counts was not stated, so the answer is at best conditional. O plates "
            "of 25-29-year-old vehicles kept by the same holder after 2023 do not concern an import. The first "
            "regime is applied from 2001-10-01, the day the 2001 orders took effect (secondary). The age "
            "follows the date asked, so a truck eligible in 2022 at 25 years may not be in 2023 at 30."
        ),
    ),
    Rule(
        id="BE-OLDTIMER-USE-BANS",
        jurisdiction="BE",
        kind=RuleKind.INFORMATION,
        statement=(
            "A vehicle under the O plate may not be used commercially or professionally, for home-work or "
            "home-school trips, for paid transport, or as a machine or tool."
        ),
        citation="Bruxelles Mobilité, 'Het gebruik van oldtimers'",
        source=BRUSSELS_OLDTIMER_USE,
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        policy=True,
        check=use_bans,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Confirmed on the Brussels Mobility page (official, undated): 'Voertuigen ingeschreven onder de "
            "O-plaat mogen niet gebruikt worden voor volgende doeleinden: commercieel en professioneel gebruik; "
            "woon-werkverkeer en woon-schoolverkeer...'. A farm or trade truck therefore cannot use the O "
            "plate; kei has no field for the use, so it states the bans as a restriction of the O-plate route."
        ),
    ),
    Rule(
        id="BE-RHD",
        jurisdiction="BE",
        kind=RuleKind.INFORMATION,
        statement="Whether Belgium restricts registering a right-hand-drive vehicle was not found.",
        citation="No Belgian text found; see Bruxelles Mobilité, 'Procédure cas isolé' (technical requirements)",
        source=BRUSSELS_CAS_ISOLE,
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        unconfirmed=True,
        check=right_hand_drive,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "Nothing was found in Belgian sources. The Court of Justice (C-639/11 and C-61/12, 2014-03-20) "
            "held that Poland and Lithuania could not make registering right-hand-drive passenger cars "
            "conditional on moving the steering, which concerns cars within the EU, not a Japanese N1 import. "
            "What would settle it: the region's approval authority, or the technical regulation (AR of "
            "1968-03-15) on lighting for right-hand traffic."
        ),
    ),
)
