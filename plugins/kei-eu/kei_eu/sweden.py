"""Sweden: a used import is registered after an origin check and a registration inspection.

Transportstyrelsen: individual approval (enskilt godkännande) is for factory-new vehicles only. A
used vehicle goes through an origin check (ursprungskontroll) and then a registration inspection
(registreringsbesiktning) at an inspection company, which checks brakes, exhaust cleaning and
crash safety among other things; a vehicle built outside the EU "may need to prove further
requirements". Transportstyrelsen's page on import reasons (an older page of its site) says
that a vehicle from outside the EU normally needs the exemption rules for own use (eget bruk:
the owner acquired it while abroad), unless it is of model year 1969 or older. The relief is
Transportstyrelsen's regulation TSFS 2010:106 (own use, removal goods, inheritance), which exempts
such vehicles from some construction, equipment and exhaust requirements; which ones was not read.
kei has no field for where or when the owner bought the truck, so the owner says it with a
document name (``se.eget_bruk``, ``se.flyttsak``, ``se.arvegods``): without one a truck built
after 1968 is ``unknown``, with one ``conditional`` on the inspection.

Age brings inspection and tax relief, not another way in: from 1 January of the year a vehicle
turns 50 vehicle years it is exempt from periodic inspection, and at 30 years it pays no vehicle
tax unless in commercial traffic. kei reports both as information.

The agency pages are undated: the import rules apply from the day they were read, 2026-12-01, and
the level answers ``unknown`` before.
"""

from __future__ import annotations

import datetime as dt

from kei_core import (
    AgeRule,
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Term,
    Vehicle,
    age_route,
    conditional,
    passed,
    unknown,
)
from kei_eu.ages import REVIEWED_2026_12 as REVIEWED

TS = "https://www.transportstyrelsen.se/sv/vagtrafik/fordon/"
ONLY_NEW = TS + "Enskilt-godkannande/galler-endast-fabriksnya-fordon/"
ORIGIN_CHECK = TS + "fordonsimport-och-ursprungskontroll/"
NON_EU = ORIGIN_CHECK + "import-fran-lander-utanfor-eu/"
STEP_2 = TS + "Fordonsimport-och-ursprungskontroll/aa-steg-2/"
IMPORT_REASON = ORIGIN_CHECK + "Ansok-om-ursprungskontroll/importorsak/"
OTHER_PURPOSE = "http://www.transportstyrelsen.se/sv/Vag/Fordonsimport-och-ursprungskontroll/Annat-andamal/"
EASY_READ = (
    "https://www.transportstyrelsen.se/sv/lattlast/sakerhet-pa-vagarna/Import-och-inforsel-av-fordon/"
    "Ansok-om-ursprungskontroll/De-har-fragorna-vill-vi-ha-svar-pa-i-din-ansokan-om-ursprungskontroll/"
)
VETERAN = TS + "fordonsbesiktning/besiktningsregler/veteranfordon/"
TAX_LAW = "http://rkrattsbaser.gov.se/sfst?bet=2006%3A227"
TSFS_2010_106 = (
    "https://www.transportstyrelsen.se/sv/regler/ts-foreskrifter-i-nummerordning/2017/details"
    "?RuleNumber=2017:59&ruleprefix=TSFS"
)

EGET_BRUK = "se.eget_bruk"
FLYTTSAK = "se.flyttsak"
ARVEGODS = "se.arvegods"
TERMS = (
    Term(
        "document",
        EGET_BRUK,
        "proof that you became the truck's owner while you were abroad (the purchase contract and the Japanese "
        "registration or export certificate in your name), for an origin check under the import reason "
        "'eget bruk' (Sweden, TSFS 2010:106)",
    ),
    Term(
        "document",
        FLYTTSAK,
        "proof that you lived abroad for at least a year and owned and used the truck there for at least a year "
        "(a tenancy or employment contract, the registration certificate, a foreign insurance certificate), for "
        "an origin check under the import reason 'flyttsak' (Sweden, TSFS 2010:106)",
    ),
    Term(
        "document",
        ARVEGODS,
        "proof that you inherited the truck from a person who lived abroad, for an origin check under the "
        "import reason 'arvegods' (Sweden, TSFS 2010:106)",
    ),
)
"""The documents that let an owner claim the relief of TSFS 2010:106 at the registration inspection."""

RELIEFS = {
    EGET_BRUK: "own use (eget bruk)",
    FLYTTSAK: "removal goods (flyttsak)",
    ARVEGODS: "inheritance (arvegods)",
}

PAGES_READ = Period("2026-12-01")
"""The agency pages are undated: kei applies them from the day they were read."""

OLD_MODEL_YEAR = 1969
"""'För fordon av 1969 årsmodell eller äldre behöver dock inte undantagsreglerna för eget bruk
tillämpas' (Transportstyrelsen, Annat ändamål)."""

INSPECTION_EXEMPT = AgeThreshold(50, Granularity.YEAR)
"""'1 januari det år då fordonet blir 50 fordonsår' (Transportstyrelsen, Veteranfordon)."""

TAX_EXEMPT = AgeThreshold(30, Granularity.YEAR)
"""Vägtrafikskattelag (2006:227) 2 kap. 2 §: age 'beräknad som skillnaden mellan fordonsåret och
innevarande kalenderår' at least thirty."""

VEHICLE_YEAR = "the year of manufacture or model year"
"""What the vehicle-year counts need, and what settles them sooner."""

ORIGIN_CONDITIONS = (
    "Declare the truck to Tullverket and pay customs duty and VAT (an import from outside the EU).",
    "Apply to Transportstyrelsen for an origin check (ursprungskontroll), with the original Japanese "
    "registration document (the export certificate) and the import reason (eget bruk, flyttsak or "
    "annat ändamål).",
)
INSPECTION = (
    "Pass a registration inspection (registreringsbesiktning) at an inspection company, which checks "
    "the truck against the Swedish technical and environmental requirements (brakes, exhaust cleaning, "
    "crash safety) and fixes the data for the vehicle register."
)


def origin_check(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Every vehicle to be registered in Sweden goes through the origin check first."""
    return conditional(
        "Every vehicle to be registered in Sweden, other than a new one brought in by a registered "
        "importer, first goes through Transportstyrelsen's origin check (ursprungskontroll).",
        conditions=list(ORIGIN_CONDITIONS),
    )


def registration_inspection(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Used and from outside the EU: the inspection, with the relief of TSFS 2010:106 or proof of
    every requirement."""
    built = vehicle.manufactured
    if built is not None and built.latest().year < OLD_MODEL_YEAR:
        return conditional(
            f"Built {built.describe()}, so of model year {OLD_MODEL_YEAR} or older: Transportstyrelsen lets "
            "such a vehicle from outside the EU come in for another purpose (annat ändamål) without the "
            "own-use exemption rules; it is registered after the registration inspection.",
            conditions=[INSPECTION, "Then have it registered in the vehicle register (vägtrafikregistret)."],
            unconfirmed=True,
        )
    claimed = [RELIEFS[name] for name in RELIEFS if name in vehicle.documents]
    when = f"Built {built.describe()}" if built else "With no build date given"
    if claimed:
        return conditional(
            f"{when}, and documented as {' and '.join(claimed)}: a used kei truck from outside the EU is "
            "registered after a registration inspection, at which Transportstyrelsen's regulation TSFS 2010:106 "
            "relieves such an import of some construction, equipment and exhaust requirements.",
            conditions=[
                f"Give {claimed[0]} as the import reason in the origin-check application, with the documents that "
                "prove it.",
                "Pass the registration inspection (registreringsbesiktning) at an inspection company under the "
                "relief of TSFS 2010:106; which requirements it lifts was not read, and the inspection company "
                "decides whether the truck meets the rest.",
            ],
            unconfirmed=True,
        )
    return unknown(
        f"{when}: a used kei truck from outside the EU is registered only after a registration inspection "
        "against the Swedish technical and environmental requirements, all of which it must meet unless its "
        "import is own use (eget bruk: you became its owner while abroad), removal goods (flyttsak) or "
        "inheritance (arvegods), which TSFS 2010:106 relieves of some of them; kei has no field for where "
        "you bought it.",
        settle=[
            f"the document that shows your import reason: {EGET_BRUK} if you became the truck's owner while abroad "
            f"(the purchase contract and the Japanese registration in your name), {FLYTTSAK} if you lived abroad "
            f"for a year and owned and used it there for a year, or {ARVEGODS} if you inherited it from someone "
            "who lived abroad (add `--set documents=...`)",
            "otherwise a manufacturer's or general agent's certificate that it meets every Swedish technical and "
            "environmental requirement, accepted by an inspection company (besiktningsföretag)",
        ],
    )


def inspection_exemption(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Exempt from periodic inspection from 1 January of the year it turns 50 vehicle years."""
    built = vehicle.manufactured
    if built is None:
        return unknown(
            "needs manufactured: the exemption counts vehicle years from the model year, else the year "
            "of manufacture",
            settle=[VEHICLE_YEAR],
        )
    says = f"Built {built.describe()}"
    return age_route(
        INSPECTION_EXEMPT.test(built, on),
        old_enough=lambda: passed(
            f"{says}: 50 vehicle years are reached, so it can be exempt from periodic "
            "inspection (kontrollbesiktning), provided it passed one within the last two calendar years."
        ),
        too_young=lambda day: (
            f"{says}: exempt from periodic inspection only from {day}, "
            "1 January of the year it turns 50 vehicle years."
        ),
        unsure=lambda day: f"{says}: 50 vehicle years are certain only from {day}.",
        settle=VEHICLE_YEAR,
    )


def vehicle_tax_exemption(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No vehicle tax at 30 vehicle years (calendar years), unless in commercial traffic."""
    built = vehicle.manufactured
    if built is None:
        return unknown(
            "needs manufactured: the age counts from the vehicle year (model year, else year of manufacture)",
            settle=[VEHICLE_YEAR],
        )
    says = f"Built {built.describe()}"
    return age_route(
        TAX_EXEMPT.test(built, on),
        old_enough=lambda: passed(
            f"{says}: 30 or more vehicle years in {on.year}, so no vehicle tax is due while "
            "it is not used in commercial traffic (veteranfordon)."
        ),
        too_young=lambda day: f"{says}: free of vehicle tax only from {day}.",
        unsure=lambda day: f"{says}: 30 vehicle years are certain only from {day}.",
        settle=VEHICLE_YEAR,
    )


def left_traffic_rules(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Special rules for vehicles built for left-hand traffic: their content was not read."""
    if vehicle.steering == "left":
        return passed(
            "Left-hand drive: the special rules for vehicles built for left-hand traffic do not concern it."
        )
    said = (
        "Right-hand drive"
        if vehicle.steering == "right"
        else "Steering not given (a kei truck is right-hand drive)"
    )
    return unknown(
        f"{said}: Transportstyrelsen names special rules (särregler) for vehicles built for left-hand "
        "traffic at the registration inspection; what they demand of a kei truck (headlamps dipping to "
        "the right, for instance) was not read, so kei cannot say it is unrestricted.",
        settle=[
            "the inspection company's answer on the special rules for vehicles built for left-hand traffic"
        ],
    )


REGISTRATION = Requirement(
    id="SE-REGISTRATION",
    jurisdiction="SE",
    statement=(
        "A used vehicle is registered in Sweden after an origin check and a registration inspection; "
        "individual approval is only for factory-new vehicles."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        id="SE-URSPRUNGSKONTROLL",
        jurisdiction="SE",
        statement=(
            "Every vehicle to be registered in Sweden, except new vehicles of registered importers and Swedish "
            "manufacturers, first goes through Transportstyrelsen's origin check (ursprungskontroll)."
        ),
        citation="Transportstyrelsen, 'Fordonsimport och ursprungskontroll' and 'Import från länder utanför EU'",
        source=ORIGIN_CHECK,
        sources=(NON_EU, EASY_READ),
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        policy=True,
        check=origin_check,
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Agency pages (official, undated): applied from the day read. The statute behind them "
            "(fordonsförordningen (2009:211) and Transportstyrelsen's regulations) was not read, hence policy."
        ),
    ),
    Rule(
        id="SE-REGISTRERINGSBESIKTNING-USED",
        jurisdiction="SE",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        statement=(
            "A used vehicle is registered after a registration inspection (no individual approval); a vehicle "
            "built outside the EU must meet every requirement unless imported for own use, as removal goods or "
            "as inheritance (TSFS 2010:106 relieves those of some), or it is of model year 1969 or older."
        ),
        citation=(
            "Transportstyrelsen, 'Gäller endast fabriksnya fordon', 'Steg 2: registreringsbesiktning', "
            "'Importorsak' and 'Annat ändamål'; TSFS 2010:106 (as amended to TSFS 2021:15)"
        ),
        source=STEP_2,
        sources=(ONLY_NEW, TSFS_2010_106, EASY_READ, IMPORT_REASON, OTHER_PURPOSE),
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        policy=True,
        check=registration_inspection,
        reads=frozenset({"manufactured", "documents"}),
        uses_date=False,
        notes=(
            "Confirmed on Transportstyrelsen's pages (official, undated): individual approval only for "
            "factory-new vehicles ('Vid import av begagnade fordon ... kan inte enskilt godkännande tillämpas'); "
            "the inspection checks 'bromsar, avgasrening och krocksäkerhet'; 'För fordon som ursprungligen "
            "tillverkats i ett land utanför EU kan du behöva styrka vissa ytterligare krav'. The 'Annat ändamål' "
            "page (older site layout, currency not confirmed) adds: 'För ett fordon som är importerat från ett "
            "land utanför EU krävs i normalfallet att undantagsreglerna för eget bruk måste tillämpas', except "
            "model year 1969 or older; eget bruk means the owner acquired the vehicle while abroad. The easy-read "
            "page (current): 'Annat ändamål ... fordonet måste uppfylla alla tekniska krav och miljökrav'; 'Import "
            "för eget bruk betyder att du kan slippa vissa krav när fordonet ska registreringsbesiktas. När du "
            "ansöker om Eget bruk ska du ha blivit ägare till fordonet när du har varit utomlands'; flyttsak needs "
            "a year abroad, owned and used. The relief itself is Transportstyrelsen's regulation TSFS 2010:106 "
            "'om undantag för fordon importerade för eget bruk och fordon som utgör flyttsak eller som har "
            "förvärvats från utlandet genom arv eller testamente' (in force 2010-07-01, last amended by TSFS "
            "2021:15 in force 2021-10-01; its official register page read, not its articles): exemptions from "
            "the construction and equipment rules (TSFS 2010:2) and from exhaust cleaning (förordningen "
            "(2001:1085)). kei has no field for where the owner bought the truck, so the owner names the "
            "document se.eget_bruk, se.flyttsak or se.arvegods: with one, conditional (flagged unconfirmed: "
            "which requirements the relief lifts was not read); without, a truck built after 1968 is unknown "
            "(this corrects the dossier's 'conditional' for a 1995 truck: age after 1969 gives no relief). The "
            "model year is taken as the build year; a build year of 1969 may be model year 1970, so only 1968 "
            "and earlier pass, flagged unconfirmed: the older 'Annat ändamål' page says 'fordon', the current "
            "'Importorsak' page says only 'personbil av 1969 års modell eller äldre', and a kei truck is a lorry."
        ),
    ),
    Rule(
        id="SE-KONTROLLBESIKTNING-50Y",
        jurisdiction="SE",
        kind=RuleKind.INFORMATION,
        statement=(
            "A vehicle is exempt from periodic inspection (kontrollbesiktning) from 1 January of the year it "
            "turns 50 vehicle years, if it passed an inspection within the last two calendar years."
        ),
        citation="Transportstyrelsen, 'Veteranfordon' (besiktningsregler)",
        source=VETERAN,
        sources=(
            "https://osgotaveteranlastbilar.se/nya-besiktningsregler-den-20-maj-2018-osakert-om-det-galler-tunga-fordon/",
        ),
        reviewed_on=REVIEWED,
        in_force=Period("2018-05-20"),
        check=inspection_exemption,
        age=AgeRule("manufactured", INSPECTION_EXEMPT),
        reads=frozenset({"manufactured"}),
        read_by_age={"manufactured": INSPECTION_EXEMPT},
        notes=(
            "Confirmed on Transportstyrelsen's page: 'Fordon som är 50 år eller äldre kan befrias från "
            "besiktning', from '1 januari det år då fordonet blir 50 fordonsår'. The start, 2018-05-20 (before: "
            "model year 1950 or older), is from a club's report of the 2018 rules (secondary). The vehicle year "
            "is the model year, else the year of manufacture; kei reads manufactured, so a register entry with a "
            "later model year moves the day one year later. Information: it concerns inspections after "
            "registration, not entry."
        ),
    ),
    Rule(
        id="SE-HISTORIC-TAX-30Y",
        jurisdiction="SE",
        kind=RuleKind.INFORMATION,
        statement=(
            "A car or lorry 30 vehicle years or older (vehicle year against the current calendar year) is not "
            "liable to vehicle tax unless used in commercial traffic."
        ),
        citation="Vägtrafikskattelag (2006:227), 2 kap. 2 §, as worded by SFS 2012:222",
        source=TAX_LAW,
        sources=(
            "https://www.lagboken.se/Lagboken/start/sfs/sfs/2012/200-299/d_1084927-sfs-2012_222-lag-om-andring-i-vagtrafikskattelagen-2006_227",
            "https://www.fragorochsvar.com/nar-blir-bilen-veteran/",
        ),
        reviewed_on=REVIEWED,
        source_as_of="2012-06-01",
        in_force=Period("2012-06-01"),
        unconfirmed=True,
        check=vehicle_tax_exemption,
        age=AgeRule("manufactured", TAX_EXEMPT),
        reads=frozenset({"manufactured"}),
        read_by_age={"manufactured": TAX_EXEMPT},
        notes=(
            "The official database (rkrattsbaser.gov.se, 'Ändring införd: t.o.m. SFS 2024:294') was reached "
            "only at the law's header; the wording 'vars ålder, beräknad som skillnaden mellan fordonsåret och "
            "innevarande kalenderår, är trettio år eller äldre, är inte skattepliktiga' was read in a copy of "
            "SFS 2012:222 (in force 2012-06-01) on lagboken.se and in a Q&A quoting the agencies: '2. bussar, "
            "lastbilar och personbilar som inte används i yrkesmässig trafik' (commercial traffic in the sense of "
            "yrkestrafiklagen (2012:210), goods carried for hire). 'Fordonsår' (1 kap. 5 §, SFS 2006:473, a copy): "
            "the model year in the register, else the year of manufacture, else the year first taken into use; kei "
            "reads manufactured. Unconfirmed information."
        ),
    ),
    Rule(
        id="SE-RHD",
        jurisdiction="SE",
        kind=RuleKind.INFORMATION,
        statement=(
            "Special rules apply at the registration inspection to vehicles built for left-hand traffic; what "
            "they demand was not read."
        ),
        citation="Transportstyrelsen, 'Annat ändamål' (särregler for 'fordon som är konstruerade för vänstertrafik')",
        source=OTHER_PURPOSE,
        reviewed_on=REVIEWED,
        in_force=PAGES_READ,
        policy=True,
        check=left_traffic_rules,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "The page lists 'vissa särregler, bland annat för: fordon som är konstruerade för vänstertrafik' "
            "without saying what they are. Not 'no restriction': unknown until the inspection rules "
            "(Transportstyrelsen's regulations on registration inspection) are read."
        ),
    ),
)
