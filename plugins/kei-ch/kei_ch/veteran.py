"""Switzerland: the "Veteranenfahrzeug" entry, for a truck first registered more than 30 years ago.

The directive for veteran vehicles (Weisungen für Veteranenfahrzeuge, 3 November 2008: the UVEK's,
under VTS Art. 220 Abs. 1 as it then read, published by ASTRA), as the cantons quote it: a motor
vehicle is a veteran vehicle when (a) its first registration ("erste Inverkehrsetzung") was more
than 30 years ago; (b) it is used only for private purposes, trips for an economic gain
excluded; (c) it is not in regular use, about 2,000 to 3,000 km a year; (d) it matches its original
design; (e) it is visually and technically faultless. The canton decides at an inspection and enters
"Veteranenfahrzeug" (code 180) in the vehicle registration; inspections may then be stretched to
every 6 years (a derogation from VTS Art. 33).

The entry is a way of registering the truck, with limits on its use, not a way around the
inspection: the proofs of CH-NON-COC-PROOFS stand for a veteran too.
"""

from __future__ import annotations

import datetime as dt

from kei_ch import sources
from kei_ch.inspection import JAPANESE_PAPERS, REGISTRATION
from kei_ch.terms import MAX_KM_PER_YEAR
from kei_core import (
    AgeTest,
    AgeThreshold,
    Granularity,
    Outcome,
    Period,
    Restriction,
    Rule,
    RuleKind,
    Vehicle,
    age_route,
    anniversary,
    conditional,
    failed,
    missing,
    passed,
    unknown,
)

THIRTY_YEARS = AgeThreshold(30, Granularity.DAY)
ONE_DAY = dt.timedelta(days=1)
KM_PER_YEAR = 3000
"""The upper end of the directive's 'ca. 2000 - 3000 km/Jahr'."""

PRIVATE_USE = Restriction(
    "limited_use",
    ("private",),
    "private purposes only: no trips for an economic gain (a payment above the vehicle's costs and the "
    "driver's expenses)",
)
OCCASIONAL_USE = Restriction(
    MAX_KM_PER_YEAR,
    KM_PER_YEAR,
    "not in regular use: about 2,000 to 3,000 km a year (the odometer is recorded at each inspection)",
)


def more_than_thirty_years(registered: dt.date) -> dt.date:
    """The first day on which a first registration on ``registered`` was more than 30 years ago."""
    return anniversary(registered, THIRTY_YEARS.years) + ONE_DAY


def over_thirty(vehicle: Vehicle, on: dt.date) -> AgeTest:
    """'Vor mehr als 30 Jahren': 30 years to the day from first registration, and one day more."""
    test = THIRTY_YEARS.test(vehicle.first_registered, on - ONE_DAY)
    return AgeTest(test.status, test.passes_from and test.passes_from + ONE_DAY)


def veteran_entry(vehicle: Vehicle, on: dt.date) -> Outcome:
    """First registration more than 30 years ago; private, occasional use; original design."""
    if vehicle.commercial_use is True:
        return failed(
            "The veteran entry is for private purposes only (trips for an economic gain are excluded); a truck "
            "in commercial use does not get it."
        )
    if vehicle.original_configuration is False:
        return failed(
            "The veteran entry needs a vehicle that matches its original design; this one does not."
        )
    registered = vehicle.first_registered
    if registered is None:
        return _without_first_registration(vehicle, on)
    says = f"First registered {registered.describe()}"
    return age_route(
        over_thirty(vehicle, on),
        old_enough=lambda: conditional(
            f"{says}: more than 30 years before {on}, so the canton may enter it as a veteran vehicle "
            "(Veteranenfahrzeug, code 180), with inspections up to every 6 years.",
            conditions=[
                "Ask for the veteran entry at the cantonal vehicle inspection (with the canton's application "
                "form; a FIVA identity card may be asked for): the truck must match its original design and be "
                "visually and technically faultless.",
                "Keep to any further use limits the office enters in the vehicle registration (Aargau names a "
                "limit on the number of passengers as an example).",
            ],
            restrictions=[PRIVATE_USE, OCCASIONAL_USE],
        ),
        too_young=lambda day: f"{says}: its first registration is more than 30 years back only from {day}.",
        unsure=lambda day: f"{says}: more than 30 years back for certain only from {day}.",
        settle=JAPANESE_PAPERS,
    )


def _without_first_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    built = vehicle.manufactured
    if built is None:
        return missing("first_registered")
    # A truck is first registered after it is built: its build date bounds the first registration.
    earliest = more_than_thirty_years(built.earliest())
    if on < earliest:
        return failed(
            f"Built {built.describe()}, its first registration cannot be more than 30 years back before "
            f"{earliest}, and is later if it was registered later."
        )
    return unknown(
        f"Built {built.describe()}; the 30 years run from its first registration, which is not given.",
        settle=[JAPANESE_PAPERS],
    )


def veteran_interval(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Information: the 6-year interval, and whether this truck may choose the veteran entry.

    The answer follows the ordinary inspection when both routes are open, so the text would not
    otherwise show an owner that the veteran entry, with its limits, is theirs to ask for."""
    general = "A vehicle entered as a veteran vehicle may be inspected at intervals of up to 6 years."
    if vehicle.first_registered is None or not veteran_entry(vehicle, on).status.permits_use:
        return passed(general)
    return passed(
        f"{general} This truck may ask for that entry (CH-VETERAN-30Y) if it is kept original and faultless; "
        "it then may be used only privately and about 2,000 to 3,000 km a year."
    )


RULES = (
    Rule(
        "CH-VETERAN-30Y",
        "CH",
        "A vehicle first registered more than 30 years ago, used only privately and not regularly (about "
        "2,000 to 3,000 km a year), original and faultless, may be registered as a veteran vehicle.",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        citation="Weisungen für Veteranenfahrzeuge, 3 November 2008 (UVEK/ASTRA, under VTS Art. 220 Abs. 1), "
        "no. 1 a) to e) and 2",
        source=sources.SO_VETERAN,
        sources=(
            sources.AG_VETERAN,
            sources.LU_VETERAN,
            sources.TG_VETERAN,
            sources.ZG_VETERAN,
            sources.VTS_220_OLD_MIRROR,
        ),
        reviewed_on=sources.REVIEWED,
        source_as_of="2008-11-03",
        in_force=Period(sources.REVIEWED),
        check=veteran_entry,
        reads=frozenset({"commercial_use", "original_configuration", "first_registered", "manufactured"}),
        notes=(
            "Solothurn quotes the directive: 'a) die erste Inverkehrsetzung erfolgte vor mehr als 30 Jahren; "
            "b) die Fahrzeuge dürfen nur für private Zwecke verwendet werden ... c) sie dürfen nicht regelmässig "
            "in Betrieb stehen (ca. 2000 - 3000 km/Jahr); d) ... der ursprünglichen Ausführung entsprechen; e) "
            "... optisch und technisch in einwandfreiem Zustand'. Aargau and Luzern agree (Aargau adds: 'Die "
            "Zulassungsbehörde kann zusätzliche Verwendungsbeschränkungen im Fahrzeugausweis eintragen (z. B. "
            "die zulässige Anzahl Mitfahrer beschränken)'); Zug dates the directive 3 November 2008 ('Weisung des "
            "ASTRA'); Solothurn calls it 'Weisungen des UVEK', the department "
            "that VTS Art. 220 Abs. 1 then charged with directives ('Das UVEK erlässt ... Weisungen', Optobyte "
            "edition). Thurgau: 'Der Eintrag erfolgt nur auf ausdrücklichen Wunsch des Kunden', so the entry is "
            "the owner's choice. 'Vor mehr als 30 Jahren' is read as more than 30 years: from the day "
            "after the 30th anniversary of the first registration (one registered 1996-12-15 qualifies on "
            "2026-12-16), the later day and so the reading no more favourable than the text. A first "
            "registration in Japan counts: the first 'Inverkehrsetzung' anywhere. The entry does not relax the "
            "inspection's proofs (the directive's no. 5 exempts only from rules of 1932/1933), so "
            "CH-NON-COC-PROOFS applies to it too. Listed after CH-EINZELPRUEFUNG, so that when both routes are "
            "open the answer does not impose the veteran's limits on an owner who need not take them. Applied "
            "from the day the cantonal pages were read, 2026-12-01, like the rest of the Swiss inspection."
        ),
    ),
    Rule(
        "CH-VETERAN-INTERVAL-6Y",
        "CH",
        "A vehicle entered as a veteran vehicle may be inspected at intervals of up to 6 years, instead of those "
        "of VTS Art. 33.",
        kind=RuleKind.INFORMATION,
        citation="Weisungen für Veteranenfahrzeuge, 3 November 2008 (UVEK/ASTRA), no. 3 (derogation from VTS "
        "Art. 33)",
        source=sources.SO_VETERAN,
        sources=(sources.LU_VETERAN, sources.ZG_VETERAN, sources.VTS_33_MIRROR),
        reviewed_on=sources.REVIEWED,
        source_as_of="2008-11-03",
        in_force=Period("2008-11-03"),
        check=veteran_interval,
        reads=frozenset({"commercial_use", "original_configuration", "first_registered", "manufactured"}),
        notes=(
            "Solothurn: 'Die Nachprüfungsintervalle können bei Veteranenfahrzeugen bis auf 6 Jahre ausgedehnt "
            "werden (Abweichung von Art. 33 VTS).' In force from the directive's date, 2008-11-03 (Zug)."
        ),
    ),
)
