"""Texas: title and registration of an imported mini truck, in the order the law changed.

1. Until April 2024 kei has no confirmed Texas rule: TxDMV refused some kei registrations
   after 2021 (press), and no official text of that practice was found.
2. From April 2024, TxDMV's letter to the county tax assessor-collectors: title and register
   mini vehicles; a vehicle imported for off-highway use is titled but not registered.
   Agency practice (``policy``), known only from press copies of the letter.
3. From 1 September 2025, SB 1816 (89th Legislature): Transp. Code § 501.009 makes a
   "miniature vehicle" a motor vehicle for titling, and § 502.001(21-a) defines it as a
   miniature motor vehicle with four or more tires that complies with applicable federal law.
   The enrolled text, the governor's action and the effective date were not seen in an
   official text: the rule ships unconfirmed.

"Complies with applicable federal law" is the US level's question (FMVSS 25-year and EPA
21-year exemptions, from kei-us); a verdict for US-TX folds both levels, so this module does
not repeat the federal age tests.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, RuleKind, Vehicle, failed, passed, unknown

REVIEWED = "2026-12-01"
JURISDICTION = "US-TX"
REGISTRATION = "US-TX-REGISTRATION"

SB1816_INTRODUCED = "https://capitol.texas.gov/tlodocs/89R/billtext/html/SB01816I.htm"
SB1816_SUBSTITUTE = "https://app.legiplex.com/tx/legislature/2025/89r/bills/sb1816/drafts-compare"
SB1816_EFFECTIVE_PRESS = "https://backfirenews.com/kei-cars-are-finally-legal-in-texas-and-colorado"
SB1816_PASSAGE_PRESS = (
    "https://easytrending.online/2025/05/21/another-state-just-passed-a-law-to-protect-japanese-mini-trucks"
)
TXDMV_LETTER_PRESS = "https://daxstreet.com/news/166189/kei-trucks-get-green-light-in-texas-sign-of-liberty"
TXDMV_LETTER_COPY = (
    "https://dev-jazelc.com/heres-the-letter-from-the-texas-dmv-that-lets-people-drive-imported-trucks-again"
)
IMPORT_DOCUMENTS = "https://lawserver.com/law/state/texas/tx-codes/texas_transportation_code_501-030"

POLICY_START = "2024-05-01"
ACT_START = "2025-09-01"

TITLE_AND_REGISTER = (
    "title and register it at the county tax assessor-collector's office, with the import "
    "documents (CBP 7501, NHTSA HS-7, EPA 3520-1) where Transp. Code § 501.030(b) asks for them"
)


def imported_for_off_highway_use(vehicle: Vehicle) -> bool:
    """A mini truck brought in as an off-road vehicle: federally limited to 25 mph by a governor,
    or already holding an off-highway title."""
    return "speed_governor" in vehicle.equipment or "off_road_title" in vehicle.documents


def before_the_policy(vehicle: Vehicle, on: dt.date) -> Outcome:
    """No confirmed rule before TxDMV's April 2024 letter."""
    return unknown(
        "kei has no confirmed Texas rule for dates before May 2024: TxDMV refused some kei "
        "registrations from 2021 until its April 2024 letter, and that practice was not found in an "
        "official text",
        settle=("ask TxDMV or the county tax assessor-collector how it registered kei vehicles then",),
    )


def txdmv_policy(vehicle: Vehicle, on: dt.date) -> Outcome:
    """TxDMV's April 2024 letter: mini vehicles titled and registered; off-highway imports titled only."""
    if imported_for_off_highway_use(vehicle):
        return failed(
            "TxDMV's April 2024 letter has a mini vehicle imported for off-highway use titled but not "
            "registered, so it may not be driven on public highways"
        )
    return passed(
        "TxDMV's April 2024 letter tells county tax assessor-collectors to title and register "
        "imported mini vehicles",
        conditions=(TITLE_AND_REGISTER,),
    )


def miniature_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Transp. Code § 501.009 and § 502.001(21-a) (SB 1816): a miniature vehicle is titled and
    registered as a motor vehicle."""
    if imported_for_off_highway_use(vehicle):
        return failed(
            "a mini truck imported for off-highway use does not comply with federal law for road use, "
            "so it is not a 'miniature vehicle' under Texas Transp. Code § 502.001(21-a)"
        )
    return passed(
        "Texas Transp. Code § 501.009 and § 502.001(21-a) (SB 1816, 2025) title and register a "
        "four-tired miniature vehicle that complies with federal law as a motor vehicle; federal "
        "compliance is decided at the US level",
        conditions=(TITLE_AND_REGISTER,),
    )


RULES: tuple[Rule | Requirement, ...] = (
    Requirement(
        REGISTRATION,
        JURISDICTION,
        "Texas titles and registers the vehicle for use on public highways",
    ),
    Rule(
        "US-TX-BEFORE-POLICY",
        JURISDICTION,
        "Before May 2024 kei has no confirmed Texas rule on registering a mini truck",
        citation="no official text found; TxDMV practice 2021–2024 as reported by press",
        source=TXDMV_LETTER_PRESS,
        reviewed_on=REVIEWED,
        check=before_the_policy,
        reads=(),
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=Period(None, "2024-04-30"),
        unconfirmed=True,
        policy=True,
        notes="Answers unknown on purpose: no official text of the earlier practice was found.",
    ),
    Rule(
        "US-TX-TXDMV-POLICY",
        JURISDICTION,
        "TxDMV titles and registers imported mini vehicles; an off-highway import is titled only",
        citation="TxDMV letter to county tax assessor-collectors and licensed dealers, April 2024",
        source=TXDMV_LETTER_PRESS,
        reviewed_on=REVIEWED,
        check=txdmv_policy,
        reads={"equipment", "documents"},
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=Period(POLICY_START, "2025-08-31"),
        unconfirmed=True,
        policy=True,
        sources=(TXDMV_LETTER_COPY,),
        notes=(
            "The letter is known only from press copies, and its day in April 2024 was not seen: kei "
            "applies it from 1 May 2024 so that no answer rests on it before it certainly existed. "
            "It is treated as superseded by SB 1816 from 1 September 2025. Searched 2026-12-01 for the letter or "
            "a TxDMV notice on kei or miniature vehicles: only press and the bill texts surfaced."
        ),
    ),
    Rule(
        "US-TX-MINIATURE-VEHICLE",
        JURISDICTION,
        "A miniature vehicle (four or more tires, complies with federal law) is titled and registered "
        "as a motor vehicle",
        citation="Tex. Transp. Code § 501.009 and § 502.001(21-a), added by SB 1816 (89th Leg., R.S., 2025)",
        source=SB1816_INTRODUCED,
        reviewed_on=REVIEWED,
        check=miniature_vehicle,
        reads={"equipment", "documents"},
        uses_date=False,
        kind=RuleKind.PATHWAY,
        requirement=REGISTRATION,
        in_force=Period(ACT_START),
        unconfirmed=True,
        sources=(SB1816_SUBSTITUTE, SB1816_PASSAGE_PRESS, SB1816_EFFECTIVE_PRESS, IMPORT_DOCUMENTS),
        notes=(
            "Wording from the Senate committee substitute (tracker copy, 2025-03-27); the introduced "
            "bill (official) had a Japan-only definition with 1,200 cc, 60 in and a 25-year import age, "
            "all dropped by the substitute. Passage (May 2025) and the September 2025 effective date "
            "rest on press; the enrolled text and the governor's action were not seen. Looked again "
            "2026-12-01 for the enrolled text on capitol.texas.gov (SB01816F) and found only the "
            "introduced text and tracker copies. 1 September 2025 is also the day a 2025 regular-session "
            "act without its own date would take effect (the 91st day after the session adjourned), so "
            "kei keeps it, unconfirmed."
            " Searched again 2026-12-01 (four searches: capitol.texas.gov SB01816F, "
            "statutes.capitol.texas.gov §§ 501.009 and 502.001, txdmv.gov): only the introduced text, the "
            "committee substitute in a tracker and Senate Journal pages of other days surfaced; the enrolled "
            "text and TxDMV's own page on miniature vehicles were not found; nor did a second pass that day "
            "(the enrolled act's caption and the substitute's definition words as queries)."
        ),
    ),
)
