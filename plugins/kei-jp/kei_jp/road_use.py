"""Classification is not registration: a kei truck on Japanese roads needs its inspection and insurance.

1. 道路運送車両法 第58条第1項: a motor vehicle (except 検査対象外軽自動車, two-wheeled kei up to
   250 cc, and small special vehicles) may not be used on roads unless it has passed the
   Minister's inspection and holds a valid 自動車検査証. Four-wheeled kei vehicles are inspected by
   軽自動車検査協会; small-size (小型) vehicles at the Transport Bureau (運輸支局).
2. 第61条: the certificate is valid for 2 years for a kei truck (検査対象軽自動車 are not among the
   one-year vehicles); a small-size goods vehicle under 8 t gets 2 years at first, then 1 year.
3. 自動車損害賠償保障法 第5条: no motor vehicle may be used on roads unless a compulsory
   liability insurance (自賠責保険) or mutual-aid (共済) contract covers it.

A truck within the kei class (or the small-size class) is therefore ``conditional`` on both until
its papers show them: ``japanese_registration_certificate`` (the 自動車検査証) and
``jibaiseki_certificate`` in ``documents``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Rule, RuleKind, Status, Vehicle, conditional, passed
from kei_jp.kei_class import kei_class_outcome

REVIEWED = "2026-12-01"

ROAD_TRANSPORT_VEHICLE_ACT = "https://laws.e-gov.go.jp/law/326AC0000000185"
ROAD_TRANSPORT_VEHICLE_ACT_MIRROR = "https://hourei.net/law/326AC0000000185"
ARTICLE_61_COPY = "https://ameblo.jp/unkankimo/entry-11816483794.html"
KEIKENKYO = "https://www.keikenkyo.or.jp/information/knowledge/what.html"
COMPULSORY_INSURANCE_ACT = "https://laws.e-gov.go.jp/law/330AC0000000097/20250601_504AC0000000068"
COMPULSORY_INSURANCE_ACT_MIRROR = (
    "https://www.laws.am-consulting.co.jp/laws/330AC0000000097_20250601_504AC0000000068"
)

SHAKEN_CERTIFICATE = "japanese_registration_certificate"
INSURANCE_CERTIFICATE = "jibaiseki_certificate"

KEI_INSPECTION = (
    "軽自動車検査協会 (the Light Motor Vehicle Inspection Organization)",
    "every 2 years for a kei truck (道路運送車両法 第61条)",
)
SMALL_SIZE_INSPECTION = (
    "the Transport Bureau (運輸支局)",
    "2 years at first, then every year for a small-size goods vehicle (道路運送車両法 第61条)",
)
EITHER_INSPECTION = (
    "軽自動車検査協会 if it is a kei vehicle, or the Transport Bureau (運輸支局) if it is a small-size one",
    "every 2 years for a kei truck, every year after the first 2 for a small-size one (道路運送車両法 第61条)",
)


def _inspection(vehicle: Vehicle) -> tuple[str, str]:
    """Who inspects the truck and how often: the kei class decides (a truck outside it is small-size)."""
    status = kei_class_outcome(vehicle).status
    if status is Status.NOT_LEGAL:
        return SMALL_SIZE_INSPECTION
    if status is Status.UNKNOWN:
        return EITHER_INSPECTION
    return KEI_INSPECTION


def vehicle_inspection(vehicle: Vehicle, on: dt.date) -> Outcome:
    """第58条: a valid 自動車検査証 before the truck is used on roads."""
    who, how_often = _inspection(vehicle)
    if SHAKEN_CERTIFICATE in vehicle.documents:
        return passed(
            "The truck holds a 自動車検査証 (japanese_registration_certificate), so it may be used on roads "
            "as long as the certificate has not expired (道路運送車両法 第58条).",
            conditions=(
                f"Have the truck inspected again by {who} before the certificate's 有効期間の満了する日: "
                f"{how_often}.",
            ),
        )
    return conditional(
        "Being in the kei (or small-size) class is not registration: the truck may be used on Japanese roads only after it "
        "has passed the inspection (車検) and while it holds a valid 自動車検査証 (道路運送車両法 第58条).",
        conditions=(
            f"Have the truck inspected by {who} and obtain its 自動車検査証 and number plates; the "
            f"certificate is renewed by inspection {how_often}.",
        ),
    )


def compulsory_insurance(vehicle: Vehicle, on: dt.date) -> Outcome:
    """自賠法 第5条: 自賠責 compulsory liability insurance before the truck is used on roads."""
    if INSURANCE_CERTIFICATE in vehicle.documents:
        return passed(
            "A 自賠責 compulsory liability insurance certificate is among the papers (jibaiseki_certificate), "
            "as 自動車損害賠償保障法 第5条 demands for any use on roads."
        )
    return conditional(
        "No motor vehicle may be used on Japanese roads unless a 自賠責 compulsory liability insurance "
        "(or mutual-aid) contract covers it (自動車損害賠償保障法 第5条).",
        conditions=(
            "Take out 自賠責 compulsory liability insurance for the truck, covering at least the validity of "
            "its 自動車検査証, and keep the certificate in the truck.",
        ),
    )


RULES: tuple[Rule, ...] = (
    Rule(
        id="JP-SHAKEN",
        jurisdiction="JP",
        statement="A motor vehicle may be used on roads only after the inspection, while it holds a valid "
        "自動車検査証 (shaken certificate)",
        citation="道路運送車両法 第58条第1項 (inspection before use); 第61条 (validity of the 自動車検査証)",
        source=ROAD_TRANSPORT_VEHICLE_ACT,
        sources=(ROAD_TRANSPORT_VEHICLE_ACT_MIRROR, ARTICLE_61_COPY, KEIKENKYO),
        reviewed_on=REVIEWED,
        kind=RuleKind.REQUIREMENT,
        check=vehicle_inspection,
        notes=(
            "第58条第1項 read as 「自動車（検査対象外軽自動車及び小型特殊自動車を除く。）は、国土交通大臣の行う検査を"
            "受け、有効な自動車検査証の交付を受けているものでなければ、これを運行の用に供してはならない。」 in "
            "verbatim copies of the e-Gov text (hourei.net and an inspector's exam page); e-Gov itself could not "
            "be opened here. 第61条: 'one year for ... goods vehicles ... other than 検査対象軽自動車, two years for "
            "the others', and two years at first for a goods vehicle under 8 t (verbatim copy). 検査対象外軽自動車 "
            "are two-wheeled kei vehicles; a kei truck is inspected, by 軽自動車検査協会 (its own page). The "
            "inspection of four-wheeled kei vehicles began in 1973 (not confirmed here); today's text is applied "
            "to every date asked, which can only make an answer for an earlier date less favourable. The "
            "自動車検査証 in documents is taken as valid; its expiry date is not a vehicle field."
        ),
    ),
    Rule(
        id="JP-JIBAISEKI",
        jurisdiction="JP",
        statement="A motor vehicle may be used on roads only while a compulsory liability insurance (自賠責保険) "
        "or mutual-aid contract covers it",
        citation="自動車損害賠償保障法 第5条",
        source=COMPULSORY_INSURANCE_ACT,
        sources=(COMPULSORY_INSURANCE_ACT_MIRROR, "https://uratest.kaijisen.net/jibai-5"),
        reviewed_on=REVIEWED,
        source_as_of="2025-06-01",
        kind=RuleKind.REQUIREMENT,
        stage="road",  # the cover is due while the truck is used on roads (運行の用に供して)
        check=compulsory_insurance,
        notes=(
            "第5条 read as 「自動車は、これについてこの法律で定める自動車損害賠償責任保険（以下「責任保険」という。）又は"
            "自動車損害賠償責任共済（以下「責任共済」という。）の契約が締結されているものでなければ、運行の用に供して"
            "はならない。」 in a mirror of the e-Gov text in force from 2025-06-01 (laws.am-consulting.co.jp, which "
            "links the e-Gov version) and a verbatim copy. The Act dates from 1955; today's text is applied to every "
            "date asked. Proof is the 自賠責 certificate (jibaiseki_certificate); a general 'insurance' document "
            "does not show that this compulsory cover is in place."
        ),
    ),
)
