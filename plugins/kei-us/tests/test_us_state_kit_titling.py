"""The state kit's general titling of imported vehicles: silence on kei trucks is not permission.

A state's page on titling imported vehicles tells the owner what to bring; it does not say that
the state registers a kei truck. Only a confirmed source saying so makes the answer conditional.
"""

from __future__ import annotations

import datetime as dt
import sys
import types
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
from kei_core import DOCUMENTS, PartialDate, Period, Status, Vehicle
from kei_core.testing import check_conformance, make_registry, vehicle_from_mapping
from kei_us.state_kit import ImportTitling, state_plugin, state_rules
from kei_us.state_kit.titling import CertificationLabelRequired

ON = dt.date(2026, 12, 1)
LAW: dict[str, Any] = {
    "citation": "Test DMV, Imported vehicles",
    "source": "https://dmv.example.gov/imported-vehicles",
    "reviewed_on": "2026-12-01",
}
PAGE = "https://dmv.example.gov/imported-vehicles"


def titling(**fields: Any) -> ImportTitling:
    given_fields = {"state": "Testland", "agency": "the Testland DMV", "page": PAGE, **LAW, **fields}
    return ImportTitling(**given_fields)


CARRY_1996 = vehicle_from_mapping(
    {"make": "Suzuki", "model": "Carry", "manufactured": "1996-05", "original_configuration": True}
)


def test_a_state_that_only_titles_imports_in_general_answers_unknown_and_names_whom_to_ask() -> None:
    block = titling(documents=("cbp_7501", "hs7"), vin_inspection="have its VIN verified at a DMV office")
    found = block.check(CARRY_1996, ON)
    assert found.status is Status.UNKNOWN
    assert "no official guidance found on registering an imported kei truck in Testland" in found.message
    assert "CBP form 7501 (entry summary)" in found.message
    assert any(PAGE in s for s in found.settle)
    assert found.conditions == (
        "show CBP form 7501 (entry summary) (Test DMV, Imported vehicles)",
        "show NHTSA form HS-7 (box 1 declared) (Test DMV, Imported vehicles)",
        "have its VIN verified at a DMV office (Test DMV, Imported vehicles)",
    )


def test_papers_and_inspections_already_shown_are_no_longer_steps() -> None:
    block = titling(
        documents=("cbp_7501",), vin_inspection="have its VIN verified", safety_inspection="pass it"
    )
    done = Vehicle(documents=frozenset({"cbp_7501", "vin_inspection", "safety_inspection"}))
    assert block.steps(done) == ()


def test_a_confirmed_source_that_the_state_registers_such_a_vehicle_makes_it_conditional_on_the_steps() -> (
    None
):
    block = titling(
        registers="a vehicle 25 years or older needs only a VIN verification", vin_inspection="have it"
    )
    found = block.check(CARRY_1996, ON)
    assert found.status is Status.CONDITIONAL
    assert found.conditions == ("have it (Test DMV, Imported vehicles)",)
    assert block.statement().startswith("Testland titles and registers such an imported vehicle")


def test_an_unconfirmed_source_is_reported_but_decides_nothing() -> None:
    block = titling(registers="a vehicle 25 years or older needs only a VIN verification", unconfirmed=True)
    found = block.check(CARRY_1996, ON)
    assert found.status is Status.UNKNOWN
    assert "an unconfirmed source says: a vehicle 25 years or older" in found.message


def test_documents_are_names_from_the_vocabulary_and_the_page_an_address() -> None:
    with pytest.raises(ValueError, match="'customs_form' is not a document name"):
        titling(documents=("customs_form",))
    with pytest.raises(ValueError, match="is not an http"):
        titling(page="dmv.example.gov")


def test_a_plugin_of_one_titling_block_passes_conformance_and_folds_with_the_federal_level() -> None:
    module = types.ModuleType("kei_test_titling_law")
    module.RULES = state_rules("US-ZZ", titling(documents=("hs7",)), in_force=Period("2020-01-01"))  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    try:
        plugin = state_plugin("US-ZZ", "Testland", rules="kei_test_titling_law:RULES")
        assert not check_conformance(plugin, with_plugins=[kei_us])
        verdict = make_registry(kei_us, plugin).evaluate(CARRY_1996, "US-ZZ", ON)
        assert verdict.status is Status.UNKNOWN
        assert verdict.finding("US-ZZ-REGISTRATION").status is Status.UNKNOWN
    finally:
        del sys.modules[module.__name__]


sentences = st.text(alphabet=st.characters(categories=("L", "Zs")), max_size=30)
vehicles = st.builds(
    Vehicle,
    manufactured=st.none()
    | st.sampled_from(["1955", "1967-12", "1968-01", "1980", "1981-06", "1996-05", "2016-03"]).map(
        PartialDate.parse
    ),
    documents=st.frozensets(st.sampled_from(sorted(DOCUMENTS))),
    original_configuration=st.none() | st.booleans(),
)


@given(
    documents=st.lists(st.sampled_from(sorted(DOCUMENTS)), max_size=4, unique=True),
    vin=sentences,
    safety=sentences,
    emissions=sentences,
    known=sentences,
    registers=sentences,
    unconfirmed=st.booleans(),
    policy=st.booleans(),
    vehicle=vehicles,
    on=st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31)),
)
def test_it_never_answers_legal_or_conditional_without_a_confirmed_source_saying_the_state_registers_it(
    documents: list[str],
    vin: str,
    safety: str,
    emissions: str,
    known: str,
    registers: str,
    unconfirmed: bool,
    policy: bool,
    vehicle: Vehicle,
    on: dt.date,
) -> None:
    block = titling(
        documents=documents,
        vin_inspection=vin,
        safety_inspection=safety,
        emissions_inspection=emissions,
        known=known,
        registers=registers,
        unconfirmed=unconfirmed,
        policy=policy,
    )
    found = block.check(vehicle, on)
    assert found.status is not Status.LEGAL
    if found.status is Status.CONDITIONAL:
        assert registers and not unconfirmed
    else:
        assert found.status is Status.UNKNOWN
        assert found.settle


# -- a state that refuses a vehicle without its maker's FMVSS certification label ---------------


def label_rule(**fields: Any) -> CertificationLabelRequired:
    given_fields = {
        "state": "Testland",
        "agency": "the Testland DMV",
        "refusal": "title and registration are refused without the maker's label",
        **LAW,
        **fields,
    }
    return CertificationLabelRequired(**given_fields)


def built(when: str) -> Vehicle:
    return vehicle_from_mapping({"manufactured": when})


def test_a_truck_without_the_label_is_refused_whatever_its_age_and_time_does_not_cure_it() -> None:
    found = label_rule().check(built("1962"), ON)
    assert found.status is Status.NOT_LEGAL
    assert found.passes_from is None
    assert "its age does not change that" in found.message


def test_a_model_year_rule_refuses_only_a_truck_built_a_year_or_more_after_its_first_model_year() -> None:
    block = label_rule(model_years_from=1981)
    assert block.check(built("1982-01"), ON).status is Status.NOT_LEGAL
    # built in 1980 or 1981, its model year may fall either side of 1981
    assert block.check(built("1981-06"), ON).status is Status.UNKNOWN
    assert block.check(built("1980-12"), ON).status is Status.UNKNOWN
    older = block.check(built("1979-12"), ON)
    assert older.status is Status.UNKNOWN
    assert "reaches only vehicles of model year 1981 or newer" in older.message
    assert block.check(Vehicle(), ON).status is Status.UNKNOWN


def test_a_rule_by_date_of_manufacture_does_not_reach_an_older_truck() -> None:
    block = label_rule(built_from="1968-01-01")
    assert block.check(built("1968-01"), ON).status is Status.NOT_LEGAL
    assert block.check(built("1967-12"), ON).status is Status.UNKNOWN
    assert block.check(built("1967"), ON).status is Status.UNKNOWN


def test_with_the_label_the_rule_does_not_refuse_and_says_nothing_more() -> None:
    labelled = Vehicle(documents=frozenset({"fmvss_certification_label"}))
    assert label_rule().check(labelled, ON).status is Status.UNKNOWN


@given(
    vehicle=vehicles,
    model_years_from=st.none() | st.integers(1950, 2030),
    on=st.dates(dt.date(1950, 1, 1), dt.date(2080, 12, 31)),
)
def test_the_label_rule_never_permits_anything(
    vehicle: Vehicle, model_years_from: int | None, on: dt.date
) -> None:
    found = label_rule(model_years_from=model_years_from).check(vehicle, on)
    assert found.status in (Status.NOT_LEGAL, Status.UNKNOWN)
    assert found.passes_from is None
