"""The European Union: which framework a kei truck falls under, and who approves a used one.

Regulation (EU) 2018/858 (applied from 1 September 2020) is the approval framework for motor
vehicles of categories M, N and O. A kei truck is a goods vehicle well under 3.5 tonnes, so
category N1, not an L7e quadricycle of Regulation (EU) No 168/2013. Its EU individual approval
(Art. 44) is for *new* vehicles only; a truck registered in Japan before that is a used vehicle
whose approval for registration is the member state's business (see each member state's module).
Directive 2014/45/EU defines the "vehicle of historical interest" that member states may exempt
from periodic roadworthiness testing.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeThreshold,
    Granularity,
    Measure,
    Outcome,
    Period,
    Rule,
    RuleKind,
    Vehicle,
    age_from_either,
    age_route,
    conditional,
    failed,
    missing,
    months_after,
    passed,
    show,
    show_power,
    unknown,
)
from kei_eu.ages import REVIEWED

REG_2018_858 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32018R0858"
REG_168_2013 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32013R0168"
DIR_2014_45 = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32014L0045"

NEW_FOR_MONTHS = 6
"""Annex II Part I Appendix 2 point 1(b): registered for less than six months counts as new."""

N1_MAX_MASS = Measure.parse("3.5 t")
L7E_MAX_POWER = Measure.parse("15 kW")
HISTORIC = AgeThreshold(30, Granularity.DAY)

NEW_VEHICLE_APPROVAL = (
    "an individual vehicle approval for a new vehicle: EU individual approval (Art. 44) or the "
    "member state's national individual approval (Art. 45 of Regulation (EU) 2018/858), "
    "against the requirements that apply to new vehicles today"
)

PROOF_OF_REGISTRATION = frozenset({"export_certificate", "japanese_registration_certificate"})
"""Japanese papers that exist only for a truck that was registered there: the export
deregistration certificate and the 自動車検査証. Both give the month of first registration."""

FEW_YEARS = 3
"""Wording only, not law: a truck built longer ago than this was, in practice, registered in
Japan, so the answer asks for the date of that registration rather than warning of the rules
for new vehicles."""

GIVE_FIRST_REGISTERED = (
    "Give first_registered (the Japanese export certificate shows it) to drop this condition: only a "
    "truck never registered, or registered less than six months before, counts as new and needs an "
    "individual approval against today's requirements for new vehicles."
)


def new_or_used(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Used (registered six months or more) -> the member state's procedure; new -> an IVA."""
    registered = vehicle.first_registered
    if registered is None:
        return _registration_not_given(vehicle, on)
    used_from = months_after(registered.latest(), NEW_FOR_MONTHS)
    if on >= used_from:
        return passed(
            f"First registered {registered.describe()}, six months or more before {on}: not a new "
            "vehicle under Regulation (EU) 2018/858, so no EU approval is demanded and the member "
            "state's procedure for used vehicles applies."
        )
    if on < months_after(registered.earliest(), NEW_FOR_MONTHS):
        return conditional(
            f"First registered {registered.describe()}, less than six months before {on}: it counts "
            f"as new under Regulation (EU) 2018/858 until {used_from}.",
            conditions=[f"Obtain {NEW_VEHICLE_APPROVAL}."],
        )
    return conditional(
        f"First registered {registered.describe()}: it may still count as new on {on} (certainly "
        f"used from {used_from}); the day of first registration decides.",
        conditions=[
            f"If the truck was first registered less than six months before {on}, obtain "
            f"{NEW_VEHICLE_APPROVAL}; the day on its Japanese papers settles it."
        ],
    )


def _registration_not_given(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No first_registered: the Japanese papers may prove a registration; an old truck is asked for its date."""
    built = vehicle.manufactured
    papers = sorted(PROOF_OF_REGISTRATION & vehicle.documents)
    built_long_enough = built is not None and on >= months_after(built.latest(), NEW_FOR_MONTHS)
    if papers and built_long_enough:
        assert built is not None
        return passed(
            f"Built {built.describe()} and registered in Japan ({' and '.join(papers)} in documents): a used "
            "vehicle under Regulation (EU) 2018/858, so no EU approval is demanded and the member state's "
            "procedure for used vehicles applies. Were that registration less than six months before "
            f"{on}, it would count as new: give first_registered to make it certain."
        )
    if built is not None and on >= months_after(built.latest(), 12 * FEW_YEARS):
        return conditional(
            f"Built {built.describe()}, and no first registration is given: a truck registered in Japan six "
            "months or more before is a used vehicle under Regulation (EU) 2018/858, approved by the member "
            "state's own procedure.",
            conditions=[GIVE_FIRST_REGISTERED],
            settle=["first_registered, from the Japanese export certificate (輸出抹消仮登録証明書)"],
        )
    return conditional(
        "No first registration is given: a truck never registered, or registered less than six "
        "months ago, counts as new under Regulation (EU) 2018/858 and needs an individual approval; "
        "a used one goes through the member state's own procedure.",
        conditions=[
            f"If the truck counts as new (never registered, or registered less than six months before {on}), "
            f"obtain {NEW_VEHICLE_APPROVAL}."
        ],
    )


def category_n1(vehicle: Vehicle, on: dt.date) -> Outcome:
    """N1: a goods vehicle with a maximum mass not over 3.5 tonnes."""
    if vehicle.gvwr_kg is None:
        return missing("gvwr_kg")
    mass = show(vehicle.gvwr_kg, "kg")
    if vehicle.gvwr_kg <= N1_MAX_MASS.si:
        return passed(
            f"A goods vehicle with a maximum mass of {mass}, not over {N1_MAX_MASS}: "
            "category N1 of Regulation (EU) 2018/858."
        )
    return failed(f"Its maximum mass of {mass} is over {N1_MAX_MASS}: category N2, not N1.")


def not_a_quadricycle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Over 15 kW: outside every L7e subcategory, so an M/N vehicle."""
    if vehicle.power_kw is None:
        return missing("power_kw")
    power = show_power(vehicle.power_kw)
    if vehicle.power_kw > L7E_MAX_POWER.si:
        return passed(
            f"Its {power} is over the {L7E_MAX_POWER} an L7e heavy quadricycle may have, "
            "so it is not a quadricycle: Regulation (EU) 2018/858 applies."
        )
    return unknown(
        f"Its {power} is within the {L7E_MAX_POWER} of an L7e heavy quadricycle; whether "
        "it is L7e also turns on its mass and size, which the approval authority decides.",
        settle=["the vehicle's mass in running order, against the L7e limits of Regulation (EU) No 168/2013"],
    )


def historical_interest(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Directive 2014/45/EU Art. 3(7): made or first registered at least 30 years ago."""
    dated = age_from_either(vehicle, HISTORIC, on)
    if dated is None:
        return missing("manufactured", "first_registered")
    says = dated.says()
    return age_route(
        dated,
        old_enough=lambda: passed(
            f"{says}: at least 30 years before {on}, so by age it can be a vehicle "
            "of historical interest (it must also be of a type no longer produced and kept in its "
            "original state); member states may exempt such vehicles from periodic testing."
        ),
        too_young=lambda day: f"{says}: 30 years are reached only on {day}.",
        unsure=lambda day: f"{says}: 30 years are certain only from {day}.",
        settle="the exact day of manufacture or first registration",
    )


RULES = (
    Rule(
        id="EU-IVA-NEW-ONLY",
        jurisdiction="EU",
        statement=(
            "EU individual vehicle approval is for new vehicles: never registered, or registered for "
            "less than six months when approval is applied for; a used import is approved by the "
            "member state."
        ),
        citation="Regulation (EU) 2018/858, Art. 44 and Annex II Part I Appendix 2, point 1",
        source=REG_2018_858,
        sources=(
            "https://legislation.gov.uk/eur/2018/858/annex/II/part/I/division/Appendix/2/2020-01-31/data.html",
        ),
        reviewed_on=REVIEWED,
        source_as_of="2020-01-31",
        in_force=Period("2020-09-01"),
        check=new_or_used,
        reads=frozenset({"first_registered", "manufactured", "documents"}),
        notes=(
            "Text read in the as-adopted copy of the Regulation published on legislation.gov.uk "
            "(point in time 2020-01-31). The six months run to the application for approval; kei "
            "takes the date asked as that day. A truck whose first registration is not given may be "
            "new or used; both answers permit use, the worse of them (conditional) is given, and for a "
            "truck built more than three years before the date asked the condition asks for "
            "first_registered rather than warning of today's new-vehicle requirements (audit F8). The "
            "Japanese export certificate or 自動車検査証 in documents proves a registration in Japan: a "
            "truck built at least six months before the date asked is then read as used; its papers give "
            "the month of first registration, which makes that certain. "
            "Six calendar months are counted day to day; a day the month lacks rolls to the 1st of "
            "the next month. Before 2020-09-01 Directive 2007/46/EC applied; kei does not encode it."
        ),
    ),
    Rule(
        id="EU-CAT-N1",
        jurisdiction="EU",
        kind=RuleKind.INFORMATION,
        statement=(
            "A kei truck is category N1: a motor vehicle designed and constructed primarily for the "
            "carriage of goods, with a maximum mass not exceeding 3.5 tonnes."
        ),
        citation="Regulation (EU) 2018/858, Art. 4(1)(b)(i)",
        source=REG_2018_858,
        sources=(
            "http://www.legislation.gov.uk/uksi/2022/59/regulation/4/made",
            "https://single-market-economy.ec.europa.eu/sectors/automotive-industry/vehicle-categories_en",
        ),
        reviewed_on=REVIEWED,
        in_force=Period("2020-09-01"),
        unconfirmed=True,
        check=category_n1,
        reads=frozenset({"gvwr_kg"}),
        uses_date=False,
        notes=(
            "The position of N1 in Art. 4(1)(b)(i) is confirmed by a UK SI citing (b)(ii) and (b)(iii) "
            "for N2 and N3; the wording of N1 was seen only in secondary copies, so this rule is "
            "marked unconfirmed. It is information: it decides nothing on its own."
        ),
    ),
    Rule(
        id="EU-NOT-L7E",
        jurisdiction="EU",
        kind=RuleKind.INFORMATION,
        statement=(
            "A kei truck is not an L7e heavy quadricycle: its engine exceeds the 15 kW an L7e vehicle "
            "may have, so the M/N framework applies rather than Regulation (EU) No 168/2013."
        ),
        citation="Regulation (EU) No 168/2013, Art. 4 and Annex I (L7e); before 2016, Directive 2002/24/EC",
        source=REG_168_2013,
        sources=("https://gesetze.legal/eu/vo_eu_2013_168/anhang_i",),
        reviewed_on=REVIEWED,
        unconfirmed=True,
        check=not_a_quadricycle,
        reads=frozenset({"power_kw"}),
        uses_date=False,
        notes=(
            "The 15 kW limit appears in both Directive 2002/24/EC and Regulation (EU) No 168/2013 "
            "(L7e-C: also length <= 3 700 mm, width <= 1 500 mm, height <= 2 500 mm, which a kei "
            "truck meets), but was read only in secondary copies. Power alone decides here; a truck "
            "at or under 15 kW (some 360 cc models) is left to the approval authority."
        ),
    ),
    Rule(
        id="EU-RWT-HIST",
        jurisdiction="EU",
        kind=RuleKind.INFORMATION,
        statement=(
            "A vehicle of historical interest was manufactured or first registered at least 30 years "
            "ago, is of a type no longer produced and is preserved in its original state; member "
            "states may exempt such vehicles from periodic roadworthiness tests."
        ),
        citation="Directive 2014/45/EU, Art. 3(7) and Art. 2(2)",
        source=DIR_2014_45,
        sources=(
            "https://omnia-online.jimdofree.com/definitionen/",
            "https://oldtimer-veranstaltung.de/2018/05/einheitliche-oldtimer-definition-in-der-eu",
        ),
        reviewed_on=REVIEWED,
        in_force=Period("2018-05-20"),
        unconfirmed=True,
        check=historical_interest,
        reads=frozenset({"manufactured", "first_registered"}),
        read_by_age={"manufactured": HISTORIC, "first_registered": HISTORIC},
        notes=(
            "Either date suffices ('manufactured or registered for the first time at least 30 years "
            "ago'); kei takes whichever makes the test pass and says which. Wording seen in several "
            "consistent secondary copies (English and German) and in France's transposition (Code de "
            "la route R311-1 6.3), not on EUR-Lex itself."
        ),
    ),
)
