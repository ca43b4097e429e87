"""New or used under Regulation (EU) 2018/858 when first_registered is not given (audit F8): an old
truck is asked for the date of its Japanese registration, and its Japanese papers prove one."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import kei_eu
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry, vehicle_from_mapping
from kei_eu import union

ON = dt.date(2026, 11, 30)
REGISTRY = make_registry(kei_eu)

# The audit's sambar1993.toml: carry1996.toml as a 1993 Sambar.
SAMBAR_1993 = {
    "make": "Subaru",
    "model": "Sambar Truck",
    "model_code": "DD51T",
    "manufactured": "1993-04",
    "length_mm": 3295,
    "width_mm": 1395,
    "height_mm": 1795,
    "displacement_cc": 658,
    "power_kw": "40 PS",
    "drive": "4WD",
    "fuel": "petrol",
    "steering": "right",
    "seats": 2,
    "original_configuration": True,
}


def sambar(**fields: object) -> Vehicle:
    return vehicle_from_mapping({**SAMBAR_1993, **fields})


def test_a_1993_sambar_without_first_registered_is_asked_for_it_not_warned_of_new_vehicle_rules() -> None:
    verdict = REGISTRY.evaluate(sambar(), "DE", ON)
    assert verdict.status is Status.CONDITIONAL
    assert verdict.finding("EU-IVA-NEW-ONLY").status is Status.CONDITIONAL  # type: ignore[union-attr]
    assert any(
        c.startswith(
            "Give first_registered (the Japanese export certificate shows it) to drop this condition"
        )
        for c in verdict.conditions
    )
    assert not any("if the truck counts as new" in c.lower() for c in verdict.conditions)


def test_its_export_certificate_proves_an_earlier_registration() -> None:
    for papers in (["export_certificate"], ["japanese_registration_certificate"]):
        verdict = REGISTRY.evaluate(sambar(documents=papers), "DE", ON)
        assert verdict.finding("EU-IVA-NEW-ONLY").status is Status.LEGAL  # type: ignore[union-attr]
        assert not any("first_registered" in c for c in verdict.conditions)


def test_the_sambar_prints_its_power_as_people_write_it() -> None:
    finding = REGISTRY.evaluate(sambar(), "DE", ON).finding("EU-NOT-L7E")
    assert finding is not None and "29.4 kW (40 PS)" in finding.message


def test_papers_do_not_make_a_truck_built_under_six_months_ago_used() -> None:
    young = Vehicle(manufactured=PartialDate(2026, 8), documents=frozenset({"export_certificate"}))
    assert union.new_or_used(young, ON).status is Status.CONDITIONAL


def test_with_first_registered_the_papers_are_not_needed() -> None:
    registered = Vehicle(manufactured=PartialDate(1993, 4), first_registered=PartialDate(1993, 5, 10))
    assert union.new_or_used(registered, ON).status is Status.LEGAL


builds = st.dates(dt.date(1960, 1, 1), dt.date(2026, 11, 1)).map(
    lambda day: PartialDate.parse(day.isoformat()[:7])
)
asked = st.dates(dt.date(2020, 9, 1), dt.date(2040, 12, 31))
papers = st.sets(st.sampled_from(["export_certificate", "japanese_registration_certificate", "maker_label"]))


@given(built=builds, on=asked, documents=papers)
def test_showing_the_japanese_papers_never_makes_the_answer_worse(built, on, documents) -> None:
    if built.earliest() > on:
        return
    without = union.new_or_used(Vehicle(manufactured=built), on)
    with_papers = union.new_or_used(Vehicle(manufactured=built, documents=frozenset(documents)), on)
    assert with_papers.status <= without.status


@given(built=builds, on=asked)
def test_without_first_registered_or_papers_it_is_never_settled_as_used(built, on) -> None:
    assert union.new_or_used(Vehicle(manufactured=built), on).status is Status.CONDITIONAL
