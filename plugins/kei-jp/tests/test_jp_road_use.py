"""Classification is not registration: 車検 (道路運送車両法 第58条) and 自賠責 (自賠法 第5条)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import kei_jp
from kei_core import Status, Vehicle
from kei_core.testing import make_registry, vehicle_from_mapping

ON = dt.date(2026, 11, 30)
REGISTRY = make_registry(kei_jp)
PAPERS = ["japanese_registration_certificate", "jibaiseki_certificate"]

CARRY_2016 = {
    "make": "Suzuki",
    "model": "Carry",
    "model_code": "DA16T",
    "manufactured": "2016-03",
    "first_registered": "2016-04-12",
    "length_mm": 3395,
    "width_mm": 1475,
    "height_mm": 1765,
    "displacement_cc": 658,
    "power_kw": "50 PS",
}


def carry(**fields: object) -> Vehicle:
    return vehicle_from_mapping({**CARRY_2016, **fields})


def test_a_2016_carry_built_2016_03_is_kei_but_conditional_on_its_inspection_and_insurance() -> None:
    verdict = REGISTRY.evaluate(carry(), "JP", ON)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.finding("JP-KEI-CLASS").status is Status.LEGAL  # type: ignore[union-attr]
    assert verdict.finding("JP-SHAKEN").status is Status.CONDITIONAL  # type: ignore[union-attr]
    assert verdict.finding("JP-JIBAISEKI").status is Status.CONDITIONAL  # type: ignore[union-attr]
    conditions = " ".join(verdict.conditions)
    assert "軽自動車検査協会" in conditions and "every 2 years" in conditions
    assert "自賠責" in conditions


def test_with_its_shaken_certificate_and_jibaiseki_certificate_it_is_legal() -> None:
    verdict = REGISTRY.evaluate(carry(documents=PAPERS), "JP", ON)
    assert verdict.status is Status.LEGAL
    assert any("有効期間の満了する日" in condition for condition in verdict.conditions)


def test_either_paper_alone_leaves_the_other_condition() -> None:
    shaken_only = REGISTRY.evaluate(carry(documents=["japanese_registration_certificate"]), "JP", ON)
    assert shaken_only.status is Status.CONDITIONAL
    assert shaken_only.finding("JP-JIBAISEKI").status is Status.CONDITIONAL  # type: ignore[union-attr]
    insured_only = REGISTRY.evaluate(carry(documents=["jibaiseki_certificate"]), "JP", ON)
    assert insured_only.finding("JP-SHAKEN").status is Status.CONDITIONAL  # type: ignore[union-attr]


def test_a_general_insurance_document_is_not_the_compulsory_cover() -> None:
    verdict = REGISTRY.evaluate(carry(documents=["japanese_registration_certificate", "insurance"]), "JP", ON)
    assert verdict.finding("JP-JIBAISEKI").status is Status.CONDITIONAL  # type: ignore[union-attr]


def test_a_1995_truck_1450_mm_wide_is_small_size_and_inspected_at_the_transport_bureau() -> None:
    verdict = REGISTRY.evaluate(carry(manufactured="1995", length_mm=3295, width_mm=1450), "JP", ON)
    assert verdict.pathways["JP-REGISTRATION"] == "JP-SMALL-CLASS"
    assert any("運輸支局" in condition and "every year" in condition for condition in verdict.conditions)


def test_the_kei_class_test_other_plugins_use_is_classification_only() -> None:
    outcome = kei_jp.kei_class_test(carry())
    assert outcome.status is Status.LEGAL
    assert outcome.conditions == ()


def test_the_rules_cite_the_e_gov_texts() -> None:
    rules = {rule.id: rule for rule in kei_jp.kei_rules() if hasattr(rule, "citation")}
    assert rules["JP-SHAKEN"].citation.startswith("道路運送車両法 第58条")
    assert rules["JP-SHAKEN"].source.startswith("https://laws.e-gov.go.jp/")
    assert rules["JP-JIBAISEKI"].citation == "自動車損害賠償保障法 第5条"
    assert rules["JP-JIBAISEKI"].source.startswith("https://laws.e-gov.go.jp/")


documents = st.sets(st.sampled_from([*PAPERS, "insurance", "export_certificate", "maker_label"]))


@given(documents=documents, on=st.dates(dt.date(2016, 4, 1), dt.date(2060, 1, 1)))
def test_without_both_papers_a_truck_is_never_legal_in_japan(documents: set[str], on: dt.date) -> None:
    verdict = REGISTRY.evaluate(carry(documents=sorted(documents)), "JP", on)
    if not set(PAPERS) <= documents:
        assert verdict.status is not Status.LEGAL


@given(documents=documents, on=st.dates(dt.date(2016, 4, 1), dt.date(2060, 1, 1)))
def test_showing_the_papers_never_makes_the_answer_worse(documents: set[str], on: dt.date) -> None:
    without = REGISTRY.evaluate(carry(documents=sorted(documents)), "JP", on)
    with_papers = REGISTRY.evaluate(carry(documents=sorted(documents | set(PAPERS))), "JP", on)
    assert with_papers.status <= without.status
