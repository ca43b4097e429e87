"""Switzerland: the official inspection before registration, for a truck first registered in Japan.

SVG Art. 13 Abs. 1: before the vehicle registration (Fahrzeugausweis) is issued, the vehicle is
officially inspected; VTS Art. 29 Abs. 1: a motor vehicle is inspected before it is admitted to
traffic for compliance with the construction and equipment rules. A vehicle imported for own use is
exempt from Swiss type approval, so the cantonal road-traffic office inspects it individually
(Einzelprüfung).

What a first registration in Japan means, as the cantons state it:

* documented: a vehicle already registered abroad has to meet the Swiss rules in force when it was
  first registered abroad (the date of first registration, not of manufacture), save rules that
  apply retroactively (Luzern, Appenzell Ausserrhoden, Basel-Landschaft);
* in the ordinance (VTS transitional provisions, read in verbatim mirrors): several rules reach a
  vehicle by the day it is imported ("für die erstmalige Zulassung der Fahrzeuge, die ab ...
  eingeführt ... werden", Art. 222a, 222b; Art. 222e Abs. 2), so a truck imported now meets those
  whatever its first registration: the cantons' "save rules that apply retroactively";
* documented: without an EU certificate of conformity (Japan, America), every proof and datum a
  certificate would show is proved item by item (Basel-Landschaft), and overseas vehicles often need
  a maker's plate, tyres, a km/h speedometer, marked lamps and a laminated windscreen;
* in the ordinance (VTS Art. 31, read in a verbatim mirror of the version of 1 January 2025): a
  vehicle that is not new gets only a functional check when it has a type-approval test report, an
  EU certificate of conformity or a UN Regulation No. 0 declaration; otherwise a comprehensive
  technical examination, which checks in particular the exhaust-emission and noise rules;
* not documented: that any Japanese certificate proves the Swiss exhaust-emission and noise rules.
  US and Californian emission rules are accepted from model year 1995 (St. Gallen, Aargau); no
  canton names Japan. kei therefore answers ``unknown`` on those proofs unless the truck has one.

The pages are undated: kei applies them from the day they were read, 2026-12-01, and answers
``unknown`` before (VTS itself is in force since 1995-10-01).
"""

from __future__ import annotations

import datetime as dt

from kei_ch import sources
from kei_ch.terms import EMISSIONS_NOISE_PROOF
from kei_core import (
    Outcome,
    Period,
    Requirement,
    Rule,
    RuleKind,
    Vehicle,
    anniversary,
    conditional,
    missing,
    months_after,
    passed,
    unknown,
)

IN_FORCE = Period(sources.REVIEWED)
UNDATED = (
    "The cantonal pages read are undated: kei applies them from the day they were read, 2026-12-01, "
    "and answers unknown before."
)
MIRRORS = (
    "SVG Art. 13 and VTS Art. 29 were read in verbatim mirrors of the federal text (droit-bilingue.ch, "
    "lawbrary.ch); fedlex.admin.ch was not reached. VTS is in force since 1995-10-01 (Art. 223, mirror)."
)

PROBLEMATIC_BEFORE = dt.date(1995, 10, 1)
"""Basel-Landschaft: a first registration before 1 October 1995 'kann ... problematisch sein'."""

JAPANESE_PAPERS = (
    "the Japanese papers giving the day of first registration (the export certificate, "
    "輸出抹消仮登録証明書, or the registration record, 登録事項等証明書)"
)

OVERSEAS_ITEMS = (
    "a durable maker's plate with the maker's name, the chassis number and the guaranteed weights and axle "
    "loads; tyres suited to its speed and loads; a speedometer reading km/h; lamps with an E, SAE or DOT mark, "
    "arranged, coloured and switched as Swiss rules require; a windscreen of laminated glass"
)


def _first_registration(vehicle: Vehicle) -> str:
    registered = vehicle.first_registered
    if registered is None:
        return (
            "The date of its first registration abroad decides which Swiss rules apply; it is not given, "
            f"so prove it with {JAPANESE_PAPERS}."
        )
    return f"First registered {registered.describe()}: the office applies the Swiss rules in force then."


SHORT_FOREIGN_REGISTRATION_MONTHS = 24
"""St. Gallen: registered abroad less than 24 months, a vehicle also needs an exemption from type approval."""


def _registered_abroad_briefly(vehicle: Vehicle, on: dt.date) -> bool:
    """Possibly registered in Japan for less than 24 months by ``on`` (or the date is not given)."""
    registered = vehicle.first_registered
    return registered is None or months_after(registered.latest(), SHORT_FOREIGN_REGISTRATION_MONTHS) > on


def individual_inspection(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The cantonal office inspects every imported truck; the outcome is its to decide."""
    conditions = [
        "Declare the truck at Swiss customs and take the inspection report (Prüfungsbericht, Form. 13.20 A) "
        "to the cantonal road-traffic office.",
        "Pass the individual inspection (Einzelprüfung) against the Swiss construction and equipment rules in "
        "force on the day of its first registration in Japan, and those the VTS applies by the day of import, "
        "proving item by item what an EU certificate of conformity would show (CH-NON-COC-PROOFS).",
        f"Fit what the office asks of a vehicle from overseas: {OVERSEAS_ITEMS}.",
        "Insure it and take the Swiss vehicle registration (Fahrzeugausweis) and plates.",
    ]
    if _registered_abroad_briefly(vehicle, on):
        conditions.insert(
            1,
            "If it was registered in Japan for less than 24 months, also obtain an exemption from Swiss type "
            "approval (Befreiung von der Typengenehmigung) before the inspection, as St. Gallen requires.",
        )
    return conditional(
        "A kei truck imported for own use is exempt from Swiss type approval and is inspected individually by "
        "the cantonal road-traffic office before registration (SVG Art. 13; VTS Art. 29 and 31). "
        + _first_registration(vehicle),
        conditions=conditions,
    )


def proofs_without_coc(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Emissions and noise proved one by one: no accepted Japanese proof is documented."""
    early = ""
    registered = vehicle.first_registered
    if registered is not None and registered.earliest() < PROBLEMATIC_BEFORE:
        when = "before" if registered.latest() < PROBLEMATIC_BEFORE else "possibly before"
        early = (
            f" First registered {registered.describe()}, {when} 1995-10-01: the cantons warn that admission of "
            "such a vehicle can be problematic because emission and noise rules differed."
        )
    if EMISSIONS_NOISE_PROOF in vehicle.documents:
        return conditional(
            "A proof of the Swiss exhaust-emission and noise rules of its first registration is given; the "
            "cantonal office judges it, with every other item an EU certificate of conformity would show, at "
            "the inspection." + early,
            conditions=[
                "Present the emission and noise proof, and the other data an EU certificate of conformity would "
                "show, at the inspection.",
            ],
        )
    return unknown(
        "A kei truck built for Japan has no EU certificate of conformity, so it gets a comprehensive technical "
        "examination that checks in particular its exhaust emissions and noise (VTS Art. 31 Abs. 3), each item "
        "proved one by one; the cantons accept US or Californian emission certification from model year 1995, "
        "and no cantonal page read accepts a Japanese one." + early,
        settle=[
            "an exhaust-emission and noise test report the cantonal office accepts "
            f"(list it as {EMISSIONS_NOISE_PROOF})",
            "the cantonal road-traffic office's written answer on which proof of a Japanese emission "
            "certificate it accepts",
        ],
    )


def rules_of_first_registration(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Which day's Swiss rules the office applies: the first registration abroad."""
    registered, built = vehicle.first_registered, vehicle.manufactured
    if registered is not None:
        return passed(
            f"First registered {registered.describe()}: it has to meet the Swiss rules in force on that day, "
            "not on its build date, save rules that apply retroactively and those the VTS applies by the day "
            "of import (a truck imported now meets them whatever its first registration)."
        )
    if built is None:
        return missing("first_registered")
    said = "The Swiss rules of its first registration abroad apply, and that date is not given."
    if anniversary(built.earliest(), 30) < on:
        fallback = dt.date(built.year, 12, 31)
        said += (
            f" For a vehicle demonstrably older than 30 years whose papers are missing, the office may rely on "
            f"{fallback} (31 December of its build year, {built.year}); kei does not count on it."
        )
    return unknown(said, settle=[JAPANESE_PAPERS])


def right_hand_drive(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Not found either way: unknown for a truck steered from the right (or not said)."""
    if vehicle.steering == "left":
        return passed("Steered from the left: the question of right-hand drive does not arise.")
    return unknown(
        "No Swiss provision on the side of the steering wheel was found in the texts read: VTS Art. 64 "
        "(steering) and Art. 108 (pedals) do not name it, nor does the cantons' list of adaptations for vehicles "
        "from overseas (maker's plate, tyres, speedometer, lamps, windscreen). kei does not read that silence as "
        "permission.",
        settle=[
            "the VTS (SR 741.41) on fedlex.admin.ch on the steering position, or the cantonal road-traffic "
            "office's answer for a right-hand-drive truck"
        ],
    )


REGISTRATION = Requirement(
    id="CH-REGISTRATION",
    jurisdiction="CH",
    statement=(
        "A motor vehicle is admitted to traffic, and its vehicle registration issued, only after an official "
        "inspection that it complies with the construction and equipment rules (SVG Art. 13; VTS Art. 29)."
    ),
)

RULES = (
    REGISTRATION,
    Rule(
        "CH-EINZELPRUEFUNG",
        "CH",
        "A vehicle imported for own use is exempt from type approval and is inspected individually by the "
        "cantonal road-traffic office, against the Swiss rules in force at its first registration abroad.",
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION.id,
        citation="SVG Art. 13 Abs. 1; VTS Art. 29 Abs. 1 and Art. 31; cantonal practice (Luzern, Basel-Landschaft, "
        "St. Gallen)",
        source=sources.LU_FOREIGN,
        sources=(
            sources.BL_INSPECTIONS,
            sources.BL_IMPORT,
            sources.BL_OVERSEAS,
            sources.SG_USA,
            sources.SVG_13_MIRROR,
            sources.VTS_29_MIRROR,
            sources.VTS_31_MIRROR,
        ),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        check=individual_inspection,
        reads=frozenset({"first_registered"}),
        notes=(
            "Luzern: 'Ausländische Fahrzeuge müssen vor der Erteilung des schweizerischen Fahrzeugausweises "
            "geprüft werden.' Basel-Landschaft lists the 'Einzelprüfung vor der Erstzulassung ... für Fahrzeuge "
            "die von Privatpersonen importiert wurden' and the adaptations for vehicles from overseas; St. Gallen "
            "names Form. 13.20 A from customs and adds that a vehicle not registered abroad for at least 24 months also needs an exemption from type approval (a condition kei states when the first registration is under 24 months old, or not given). Whether the truck passes is the office's decision, which kei "
            "cannot make: conditional at best. " + MIRRORS + " " + UNDATED
        ),
    ),
    Rule(
        "CH-NON-COC-PROOFS",
        "CH",
        "A vehicle without an EU certificate of conformity proves item by item what one would show, its "
        "exhaust emissions and noise included, against the Swiss rules of its first registration.",
        citation="VTS Art. 31 Abs. 1 and 3 (version of 2025-01-01); cantonal practice (Basel-Landschaft, St. Gallen, "
        "Aargau)",
        source=sources.BL_IMPORT,
        source_as_of=sources.VTS_31_AS_OF,
        sources=(
            sources.VTS_31_MIRROR,
            sources.VTS_30_MIRROR,
            sources.BL_IMPORT_CARS,
            sources.SG_USA,
            sources.AG_USA,
            sources.SZ_IMPORT,
        ),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        policy=True,
        check=proofs_without_coc,
        reads=frozenset({"first_registered", "documents"}),
        uses_date=False,
        notes=(
            "Basel-Landschaft: 'Fahrzeuge ohne (e)CoC ... Alle Nachweise und Fahrzeugdaten, die in einem (e)CoC "
            "enthalten sind, müssen einzeln nachgewiesen werden' (read in a mirror of the canton's page; the "
            "canton's own import pages, read directly, say the same of overseas vehicles) and, for a first "
            "registration before 1995-10-01, 'kann aufgrund unterschiedlicher Normen, insbesondere ungleicher "
            "Abgas- und Geräuschvorschriften, problematisch sein'. St. Gallen and Aargau accept US or "
            "Californian emission rules for light vehicles from model year 1995; no page names Japanese (MLIT) "
            "certification, so the finding is unknown until a proof the office accepts is given. The ordinance "
            "says the same (VTS Art. 31, read in the French text of a verbatim mirror, version of 2025-01-01; "
            "fedlex not reached): a vehicle that is not new (Art. 30 Abs. 2: registered abroad more than a year, "
            "or more than 2,000 km) gets a functional check only with a type-approval test report, an EU "
            "certificate of conformity or a UN Regulation No. 0 declaration (Abs. 1); otherwise 'un examen "
            "technique approfondi ... si le véhicule est conforme aux prescriptions sur les émissions de gaz "
            "d'échappement et le niveau sonore' (Abs. 3). A truck registered in Japan a year or less and at most "
            "2,000 km counts as new (Art. 30, 30a), where foreign approvals at least equivalent to Swiss rules "
            "may serve; kei does not model that rare case. That no Japanese proof is accepted remains the "
            "cantons' practice (policy). " + UNDATED
        ),
    ),
    Rule(
        "CH-RULES-AT-FIRST-REGISTRATION",
        "CH",
        "A vehicle already registered abroad has to meet the Swiss rules in force at its first registration "
        "abroad (not its manufacture), save rules that apply retroactively and those the VTS applies by the "
        "day of import.",
        kind=RuleKind.INFORMATION,
        citation="Cantonal practice under VTS Art. 29 (Appenzell Ausserrhoden, Luzern, Basel-Landschaft); VTS "
        "Art. 222 Abs. 3, 222a, 222b, 222e Abs. 2 (transitional provisions)",
        source=sources.AR_IMPORT,
        sources=(
            sources.LU_FOREIGN,
            sources.BL_IMPORT,
            sources.VTS_222_MIRROR,
            sources.VTS_222A_MIRROR,
            sources.VTS_222B_MIRROR,
            sources.VTS_222E_MIRROR,
        ),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        policy=True,
        check=rules_of_first_registration,
        reads=frozenset({"first_registered", "manufactured"}),
        notes=(
            "Appenzell Ausserrhoden: 'so muss es nur denjenigen Schweizer Vorschriften entsprechen, die zum "
            "Zeitpunkt seiner ersten Inverkehrsetzung galten; vorbehalten bleiben Bestimmungen, die rückwirkend "
            "gelten', and 'Bei Fahrzeugen, die belegbar älter als 30 Jahre sind, kann bei fehlenden Dokumenten "
            "auf den 31. Dezember des Herstellungsjahrs ... abgestützt werden'. Luzern: 'Sie haben den in der "
            "Schweiz geltenden Vorschriften zum Zeitpunkt ihrer 1. Inverkehrsetzung im Ausland zu entsprechen.' "
            "For a truck bought in Japan, its first registration there sets the date. The 31 December fallback "
            "is discretionary ('kann') and may be earlier than the real first registration: kei reports it and "
            "never counts on it. The ordinance's transitional provisions (read in verbatim mirrors; fedlex not "
            "reached) show what 'rückwirkend' covers: several rules reach a vehicle by the day it is imported, "
            "e.g. Art. 222a Abs. 3 (head restraints, Art. 106 Abs. 2) and Art. 222b Abs. 1-2 (brakes to Directive "
            "71/320/EEC as amended by 98/12/EC; the maker's plate, Art. 44 Abs. 3) 'für die erstmalige Zulassung "
            "der Fahrzeuge, die ab 1. Oktober 2001 [1. Januar 2002] eingeführt oder in der Schweiz hergestellt "
            "werden', and Art. 222e Abs. 2: for the rules of Annex 2 'wird für die Zulassung auf den Zeitpunkt der "
            "Einfuhr oder der Herstellung in der Schweiz abgestellt'. A kei truck imported now meets those whatever "
            "its first registration in Japan; which of them reach a light goods vehicle is for the office. "
            "Open: Art. 222 Abs. 3 admits vehicles of the law before the VTS (in force 1995-10-01) 'wenn sie bis "
            "spätestens am 30. September 1997 eingeführt ... worden sind'; whether a truck first registered in "
            "Japan before 1995-10-01 and imported now is still judged by the earlier rules, as the cantons' "
            "practice reads, is not settled here (Basel-Landschaft calls such vehicles 'problematisch'). "
            + UNDATED
        ),
    ),
    Rule(
        "CH-TG-BEFREIUNG-EIGENGEBRAUCH",
        "CH",
        "Vehicles imported for own use are exempt from Swiss type approval; they are still inspected "
        "individually before registration.",
        kind=RuleKind.INFORMATION,
        citation="ASTRA, Weisungen über die Befreiung von der Typengenehmigung; cantonal practice",
        source=sources.AR_IMPORT,
        sources=(sources.BL_IMPORT, sources.SZ_IMPORT),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        notes=(
            "Appenzell Ausserrhoden: 'Zum Eigengebrauch importierte Fahrzeuge sind von der Typengenehmigung "
            "befreit.' Schwyz and Basel-Landschaft say the same and name ASTRA's directive (dated 17 September "
            "2010, in force 1 October 2010, in a reprint only). St. Gallen's page on US imports adds that a "
            "vehicle not registered abroad for at least 24 months also needs an exemption from type approval; "
            "kei does not encode that line. " + UNDATED
        ),
    ),
    Rule(
        "CH-RHD",
        "CH",
        "Right-hand drive: no Swiss provision on the side of the steering wheel was found; what would settle it "
        "is the VTS text on fedlex or the cantonal office's answer.",
        kind=RuleKind.INFORMATION,
        citation="VTS (SR 741.41) Art. 64 and 108, silent; Basel-Landschaft, Fahrzeuge aus Übersee",
        source=sources.BL_OVERSEAS,
        sources=(sources.VTS_64_MIRROR, sources.VTS_108_MIRROR),
        reviewed_on=sources.REVIEWED,
        in_force=IN_FORCE,
        unconfirmed=True,
        check=right_hand_drive,
        reads=frozenset({"steering"}),
        uses_date=False,
        notes=(
            "Searched in German and French (cantonal import pages, VTS mirrors): nothing on the steering side "
            "either way. VTS Art. 64 (steering: play, effort, assistance) and Art. 108 (the clutch, brake and "
            "accelerator pedals from left to right) were read in mirrors (lawbrary.ch, version 2025-04; "
            "droit-bilingue.ch) and do not place the steering wheel; the whole VTS was not read. The dossier's "
            "'no prohibition' is from memory and is not encoded. Information only: it never makes a verdict more "
            "favourable. " + UNDATED
        ),
    ),
)
