"""Austria: a single approval (§ 31 KFG) with an exemption (§ 34), or a historic vehicle (§ 2 Z 43).

A vehicle of no approved type is approved singly (Einzelgenehmigung, § 31 KFG 1967) by the
Landeshauptmann of the owner's main residence, on an expert's report. A vehicle from outside the EU
must prove either that it meets every applicable EC directive or that it is technically equivalent,
in which case an exemption (Ausnahmegenehmigung, § 34 KFG) may be granted (Land Burgenland; KDV
§ 22b). Both are for the authority to decide on evidence a kei truck does not come with, so the
route answers ``unknown`` with what would settle it.

A historic vehicle (§ 2 Abs. 1 Z 43 KFG, 19th amendment, BGBl I 103/1997) is one worth preserving,
not for everyday use, and built in 1955 or earlier, or older than 30 years and on the list the
minister approves (§ 131b); it may be used on 120 days a year (§ 34 KFG, then Abs. 1a, now Abs.
4). What the 30 years count from is open; kei counts from first registration, the later date, and
never from the build date alone. The 1997 wording said 25 years; when it became 30 was not found,
so kei applies 30 throughout (never more favourable than the law).
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
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
from kei_core.vocabulary import Term
from kei_eu.ages import REVIEWED_2026_12 as REVIEWED
from kei_eu.ages import more_than

RIS_31 = (
    "https://www.ris.bka.gv.at/NormDokument.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10011384"
    "&FassungVom=2002-05-24&Paragraf=31"
)
RIS_34 = "https://www.ris.bka.gv.at/Dokumente/Bundesnormen/NOR12157773/NOR12157773.html"
BURGENLAND = (
    "https://www.burgenland.at/verwaltung/landesverwaltung-im-ueberblick/gruppe-4/abteilung-5-baudirektion/"
    "hauptreferat-verkehr/referat-kraftfahrwesen/einzelgenehmigungen-von-kraftfahrzeugen-typisierung/"
)
STEIERMARK = "https://technik.steiermark.at/cms/ziel/65975605/DE"
VWGH_2019 = "https://www.vwgh.gv.at:443/rechtsprechung/aktuelle_entscheidungen/2019/ra_2017110302.html"
KDV_22B = "https://360.lexisnexis.at/d/L-10011385-P22B?origin=vl"

SINCE_VERSIONS_READ = Period("1998-09-01")
"""The first day of the RIS versions read of both § 31 (1998-09-01 - 2002-05-24) and § 34
(1997-08-20 - 2002-05-24); the current texts were seen only in secondary copies."""

BUILT_BY = dt.date(1955, 12, 31)
"""§ 2 Z 43: 'Baujahr 1955 oder davor'."""

HISTORIC = AgeThreshold(30, Granularity.DAY)
"""§ 2 Z 43: 'älter als 30 Jahre' (the anchor date is not stated)."""

DAYS_A_YEAR = 120
"""§ 34 (then Abs. 1a): 'Historische Kraftwagen dürfen nur an 120 Tagen pro Jahr verwendet werden'."""

LIST_EXTRACT = "at.historic_list_extract"
EQUIVALENCE_REPORT = "at.equivalence_report"
TERMS = (
    Term(
        "document",
        LIST_EXTRACT,
        "an extract (Bestätigungsurkunde) from Austria's approved list of historic vehicles (§ 131b KFG), "
        "or the Beirat's recommendation to list the vehicle",
    ),
    Term(
        "document",
        EQUIVALENCE_REPORT,
        "an expert's report (§ 124 or § 125 KFG) or an equivalent foreign technical service's report establishing "
        "the vehicle's technical equivalence to the EC directives (Austria, KDV § 22b Abs. 2 Z 3)",
    ),
)
"""The names Austria's rules add to kei's vocabulary."""

HISTORIC_USE = Restriction(
    "limited_use",
    ("historic",),
    f"historic vehicle: on no more than {DAYS_A_YEAR} days a year, not for everyday use; a log kept three years",
)


def single_approval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """§ 31 with § 34: on proof of EC compliance or technical equivalence, at the authority's discretion."""
    if EQUIVALENCE_REPORT in vehicle.documents:
        return conditional(
            "A kei truck is of no approved type, so it needs a single approval (§ 31 KFG); its technical "
            "equivalence is shown by the report given, on which an exemption (§ 34 KFG) may be granted.",
            conditions=[
                "Apply to the Landeshauptmann of your main residence (the Land vehicle-testing office) for a single "
                "approval (§ 31 KFG) with an exemption (§ 34 KFG) on the equivalence report; granting the exemption "
                "is the authority's decision.",
                "Then register the truck at a registration office (Zulassungsstelle) with liability insurance.",
            ],
        )
    return unknown(
        "A kei truck is of no approved type, so it needs a single approval (§ 31 KFG) from the Landeshauptmann "
        "of the owner's main residence; coming from outside the EU it must prove that it meets every applicable "
        "EC directive, or its technical equivalence, on which an exemption (§ 34 KFG) may be granted.",
        settle=[
            "an expert's report (§ 124 or § 125 KFG) or an equivalent foreign technical service's report "
            f"establishing the truck's technical equivalence (list it as document {EQUIVALENCE_REPORT}); the Land "
            "vehicle-testing office (Landesprüfstelle) decides on the exemption (§ 34 KFG)",
        ],
    )


def historic_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Built 1955 or earlier; or older than 30 years and on the approved list."""
    built = vehicle.manufactured
    if built is not None and built.latest() <= BUILT_BY:
        return _listed_or_old(f"Built {built.describe()}, in 1955 or earlier", on)
    registered = vehicle.first_registered
    if registered is None:
        return _historic_from_build(vehicle, on)
    says = f"First registered {registered.describe()}"
    return age_route(
        more_than(HISTORIC, registered, on),
        old_enough=lambda: _on_the_list(vehicle, says, on),
        too_young=lambda day: (
            f"{says}: older than 30 years only from {day}, and then only if its model is on the "
            "approved list of historic vehicles."
        ),
        unsure=lambda day: f"{says}: older than 30 years is certain only from {day}.",
        settle="the day of first registration",
    )


def _on_the_list(vehicle: Vehicle, says: str, on: dt.date) -> Outcome:
    """Older than 30 years: historic only if its model is on the approved list."""
    if LIST_EXTRACT not in vehicle.documents:
        return unknown(
            f"{says}: older than 30 years on {on}, but a vehicle built after 1955 is historic only if it is on "
            "the minister's approved list (§ 131b KFG), and not every 30-year-old vehicle is.",
            settle=[
                "an extract from the approved list of historic vehicles for the model "
                f"(document {LIST_EXTRACT}), or the Beirat's recommendation to list it",
            ],
        )
    return _listed_or_old(f"{says}, older than 30 years and on the approved list", on)


def _historic_from_build(vehicle: Vehicle, on: dt.date) -> Outcome:
    # First registration is never before the build date: counted from the build date, the truck is
    # at most as old; whether the law counts from it is open.
    built = vehicle.manufactured
    if built is None:
        return missing("first_registered")
    test = more_than(HISTORIC, built, on)
    if test.status is Status.NOT_LEGAL:
        return failed(
            f"Built {built.describe()}: not older than 30 years on {on} by any date it can count from; not "
            f"before {test.reached_at_earliest}."
        )
    return unknown(
        f"Built {built.describe()}; whether the 30 years of § 2 Z 43 KFG count from the build or the first "
        "registration is open, and the first registration is not given.",
        settle=["the day of first registration", "the Land vehicle-testing office's reading of § 2 Z 43 KFG"],
    )


def _listed_or_old(says: str, on: dt.date) -> Outcome:
    return conditional(
        f"{says}: it can be approved as a historic vehicle, for limited use.",
        conditions=[
            "Have the Land vehicle-testing office approve it as a historic vehicle worth preserving, in original "
            "condition and not for everyday use (single approval with an exemption under § 34 KFG).",
            "Keep a log of the days of use, for three years.",
        ],
        restrictions=[HISTORIC_USE],
    )


def exemption_on_equivalence(vehicle: Vehicle, on: dt.date) -> Outcome:
    """What the § 34 exemption asks of a vehicle that is not EC-compliant."""
    return passed(
        "An exemption (§ 34 KFG) for a vehicle that does not meet the current rules may rest on its technical "
        "equivalence, shown by an expert's report (§ 124 or § 125 KFG) or a foreign technical service's report "
        "(KDV § 22b); it is the authority's decision."
    )


def days_a_year(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The historic vehicle's 120 days."""
    return passed(
        f"A historic car may be used on no more than {DAYS_A_YEAR} days a year (a historic motorcycle on 60), "
        "with the days logged."
    )


def right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No Austrian text on right-hand drive was found: unknown, never 'no restriction'."""
    if vehicle.steering == "left":
        return passed("Left-hand drive: no question of right-hand drive arises.")
    return unknown(
        "No Austrian rule on approving a right-hand-drive vehicle was found; the single approval checks the "
        "truck against the technical requirements (lighting for right-hand traffic among them), and kei cannot "
        "say that right-hand drive is unrestricted.",
        settle=["the Land vehicle-testing office's answer for a right-hand-drive N1 vehicle"],
    )


REGISTRATION = Requirement(
    id="AT-REGISTRATION",
    jurisdiction="AT",
    statement=(
        "A vehicle of no approved type is registered in Austria on a single approval (§ 31 KFG), or approved "
        "as a historic vehicle."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="AT-EINZELGENEHMIGUNG-31",
        jurisdiction="AT",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle of no approved type is approved singly by the Landeshauptmann of the owner's main "
            "residence; one from outside the EU proves EC compliance or technical equivalence (then with an "
            "exemption under § 34)."
        ),
        citation="KFG 1967 § 31 (and § 34)",
        source=RIS_31,
        sources=(
            BURGENLAND,
            "https://www.ktn.gv.at/Themen-AZ/Details?thema=12&detail=542",
            "https://jusline.at/gesetz/kfg/paragraf/31",
        ),
        reviewed_on=REVIEWED,
        source_as_of="1998-09-01",
        in_force=SINCE_VERSIONS_READ,
        check=single_approval,
        reads=frozenset({"documents"}),
        uses_date=False,
        notes=(
            "§ 31 read in RIS in its version of 1998-09-01 to 2002-05-24 ('darf nur erteilt werden, wenn das "
            "Fahrzeug ... keiner genehmigten Type angehört'); the current text only in a secondary copy (jusline, "
            "2024), with the same substance. The two proofs for a non-EU vehicle ('Nachweis der Einhaltung aller "
            "zutreffenden EG-Richtlinien oder ... der technischen Gleichwertigkeit') are on the Land Burgenland "
            "page (official, undated). The exemption is discretionary ('kann ... erteilt werden'), so the route is "
            "unknown, not conditional, until the owner has an equivalence report (document at.equivalence_report); "
            "with one it reads conditional, the exemption being the authority's decision, as Norway reads its "
            "individual approval once the requirements are documented. This is why Austria reads unknown without "
            "the report where Germany's § 21 StVZO reads conditional."
        ),
    ),
    Rule(
        id="AT-AUSNAHMEGENEHMIGUNG-34",
        jurisdiction="AT",
        kind=RuleKind.INFORMATION,
        statement=(
            "An exemption (§ 34 KFG) for a vehicle that does not meet the current rules may rest on technical "
            "equivalence shown by an expert's or a foreign technical service's report."
        ),
        citation="KFG 1967 § 34; KDV 1967 § 22b Abs. 2 Z 3",
        source=RIS_34,
        sources=(KDV_22B, BURGENLAND),
        reviewed_on=REVIEWED,
        in_force=Period("2004-03-19"),
        unconfirmed=True,
        check=exemption_on_equivalence,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "KDV § 22b ('In Kraft seit 19.3.2004') read in a licensed copy of RIS: '3. Technische Gleichwertigkeit "
            "durch a) Gutachten eines Sachverständigen nach § 124 oder § 125 KFG 1967 oder b) vorgelegte "
            "gleichwertige Gutachten technischer Dienste aus anderen Staaten'. The current § 34 text was not read."
        ),
    ),
    Rule(
        id="AT-HISTORISCH-30Y-LIST",
        jurisdiction="AT",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A vehicle worth preserving and not for everyday use, built in 1955 or earlier or older than 30 years "
            "and on the minister's approved list (§ 131b), can be approved as a historic vehicle, for limited use."
        ),
        citation="KFG 1967 § 2 Abs. 1 Z 43 and § 131b (19th amendment, BGBl I 103/1997); § 34",
        source=STEIERMARK,
        sources=(
            VWGH_2019,
            "https://speedislife.at/blog/?p=8441",
            "http://members.liwest.at/murena/gesetze-hi.htm",
            "https://oldtimer-veranstaltung.de/2018/01/oldtimer-ueberwachung-in-oesterreich-verschaerft/",
            "https://occ.eu/at/service/oldtimer-wissen",
        ),
        reviewed_on=REVIEWED,
        in_force=SINCE_VERSIONS_READ,
        unconfirmed=True,
        check=historic_vehicle,
        reads=frozenset({"manufactured", "first_registered", "documents"}),
        notes=(
            "The Land Steiermark page (official, undated) says 'mindestens 30 Jahre alt ... in der ... approbierten "
            "Liste ... eingetragen oder Baujahr 1955 bzw. älter' and 'Nicht jedes Fahrzeug, welches mindestens 30 "
            "Jahre alt ist, wird in die Liste aufgenommen'; the statute's wording 'älter als 30 Jahre' was read only "
            "in secondary copies (RIS § 2 not reached); VwGH Ra 2017/11/0302 (2019-04-04) confirms that the "
            "definition came with the 19th amendment and is read restrictively. kei takes the stricter 'older than' "
            "(the day after the anniversary) and counts from first registration, the later date, because what the "
            "30 years count from is open (an insurer says first registration; 'Baujahr 1955' suggests the build): "
            "from the build date alone it never passes. Whether any kei truck is on the list is unknown; the list "
            "extract is the document at.historic_list_extract. Applied from 1998-09-01, the first day covered by "
            "both RIS versions read. The threshold was 25 years in the 1997 wording ('b) das älter als 25 Jahre "
            "ist und in die vom Bundesminister für Wissenschaft und Verkehr approbierte Liste ... eingetragen ist', "
            "a club's copy of the 19th amendment's text) and is 30 in every later copy (the earliest dated one: "
            "2018-01); when it changed was not found, so kei applies 30 to every date asked: never more favourable "
            "than the law, and possibly stricter before the change. A law journal (ZVR 2025, on the NoVA exemption) reads § 2 Z 43 as a vehicle "
            "'dessen Baujahr bestimmte Jahresfristen überschreitet', i.e. counted from the build: counting from "
            "first registration, never earlier, stays the conservative reading."
        ),
    ),
    Rule(
        id="AT-HISTORISCH-120-DAYS",
        jurisdiction="AT",
        kind=RuleKind.INFORMATION,
        statement=(
            "A historic car may be used on no more than 120 days a year (a historic motorcycle on 60), with a log "
            "kept for three years."
        ),
        citation="KFG 1967 § 34 Abs. 1a (version 1997-08-20 to 2002-05-24; now § 34 Abs. 4)",
        source=RIS_34,
        sources=(STEIERMARK, "https://www.oemvv.at/news/185_oldtimer-fahrtenbuch"),
        reviewed_on=REVIEWED,
        source_as_of="1997-08-20",
        in_force=Period("1997-08-20"),
        unconfirmed=True,
        check=days_a_year,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Read in RIS in the version in force 1997-08-20 to 2002-05-24 (then § 34 Abs. 1a): 'Historische "
            "Kraftwagen dürfen nur an 120 Tagen pro Jahr verwendet werden, historische Krafträder nur an 60 Tagen "
            "pro Jahr.' The Land Steiermark page (official, undated) states the same today. The current § 34 Abs. 4 "
            "was seen in secondary copies only (a club page of 2015 quoting it whole: '... Über diese Verwendung "
            "sind fahrtenbuchartige Aufzeichnungen zu führen und der Behörde auf Verlangen vorzulegen'; ÖMVV: "
            "kept three years), and the ministry's decree BMVIT-190.500/0002-II/ST4/2006 of 2006-05-02 (published "
            "in RIS, read in a forum's copy) sets 'maximaler Einsatz an 120 Fahrtagen für Kraftwagen'. The current "
            "RIS text was not reached, so the rule stays unconfirmed."
        ),
    ),
    Rule(
        id="AT-RHD",
        jurisdiction="AT",
        kind=RuleKind.INFORMATION,
        statement="Whether Austria restricts approving a right-hand-drive vehicle was not found.",
        citation="No Austrian text found; KFG 1967 § 31 (single approval against the technical requirements)",
        source=RIS_31,
        reviewed_on=REVIEWED,
        in_force=Period("2026-12-01"),
        unconfirmed=True,
        check=right_hand_drive,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "One search in German found nothing. What would settle it: the Land vehicle-testing office, or the "
            "KDV's lighting rules for right-hand traffic. Not 'no restriction': unknown."
        ),
    ),
)
