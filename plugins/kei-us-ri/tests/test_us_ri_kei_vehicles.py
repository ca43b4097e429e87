"""Rhode Island: only kei registrations from before 2024-06-01 renew; roads posted 35 mph or less."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_jp
import kei_us
import kei_us_ri
import kei_us_ri.kei_vehicles
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

ON = dt.date(2026, 1, 22)
CARRY_1995 = Vehicle(
    make="Suzuki",
    model="Carry",
    model_code="DC51T",
    manufactured=PartialDate.parse("1995-06-14"),
    length_mm=Decimal(3295),
    width_mm=Decimal(1395),
    height_mm=Decimal(1765),
    displacement_cc=Decimal(657),
    original_configuration=True,
)
HELD = attrs.evolve(CARRY_1995, documents={"state_registration"})
NOT_KEI = attrs.evolve(CARRY_1995, model="Every Landy", width_mm=Decimal(1505), displacement_cc=Decimal(1298))


@pytest.fixture(scope="module")
def rhode_island():
    return make_registry(kei_jp, kei_us_ri.plugin)


def test_conformance():
    assert check_conformance(kei_us_ri.plugin, distribution="kei-us-ri", with_plugins=[kei_us, kei_jp]) == []


def test_no_new_kei_registration_in_rhode_island(rhode_island):
    verdict = rhode_island.evaluate(CARRY_1995, "US-RI", on=ON)
    finding = verdict.finding("US-RI-GRANDFATHER")
    assert finding.status is Status.NOT_LEGAL
    assert "2024-06-01" in finding.message
    assert finding.unconfirmed
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_a_registration_from_before_june_2024_renews_on_35_mph_roads_for_its_owner(rhode_island):
    verdict = rhode_island.evaluate(HELD, "US-RI", on=ON)
    assert verdict.finding("US-RI-GRANDFATHER").status is Status.CONDITIONAL
    kinds = {r.kind: r.value for r in verdict.restrictions}
    assert kinds["max_posted_speed_mph"] == 35
    assert kinds["not_transferable"] is True
    assert kinds["crossing"] == "controlled_intersection"


def test_a_vehicle_outside_the_kei_class_is_not_refused_by_the_kei_clause(rhode_island):
    verdict = rhode_island.evaluate(NOT_KEI, "US-RI", on=ON)
    for rule in ("US-RI-KEI-DEFINITION", "US-RI-GRANDFATHER", "US-RI-ROADS"):
        assert verdict.finding(rule).status is Status.UNKNOWN
    assert verdict.status is Status.UNKNOWN


def test_before_the_act_took_effect_kei_has_no_rhode_island_answer(rhode_island):
    assert rhode_island.evaluate(CARRY_1995, "US-RI", on=dt.date(2024, 6, 30)).status is Status.UNKNOWN
    assert rhode_island.evaluate(CARRY_1995, "US-RI", on=dt.date(2024, 7, 1)).status is Status.NOT_LEGAL


@given(on=st.dates(min_value=dt.date(2024, 7, 1), max_value=dt.date(2060, 12, 31)))
def test_time_never_opens_rhode_island_to_a_new_registration(rhode_island, on):
    verdict = rhode_island.evaluate(CARRY_1995, "US-RI", on=on)
    assert verdict.finding("US-RI-GRANDFATHER").status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_the_federal_level_folds_in():
    registry = make_registry(kei_us, kei_jp, kei_us_ri.plugin)
    verdict = registry.evaluate(HELD, "US-RI", on=ON)
    assert [level.jurisdiction for level in verdict.levels] == ["US", "US-RI"]
    assert verdict.status is not Status.LEGAL


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_jp, kei_us_ri.plugin))


def test_every_rhode_island_rule_applies_from_2024_07_01():
    assert {r.in_force.start for r in kei_us_ri.kei_vehicles.RULES} == {dt.date(2024, 7, 1)}


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2024, 6, 30)))
def test_before_chapter_414_rhode_island_is_unknown_never_legal_or_conditional(on):
    verdict = make_registry(kei_us, kei_jp, kei_us_ri.plugin).evaluate(HELD, "US-RI", on=on)
    rhode_island = next(level for level in verdict.levels if level.jurisdiction == "US-RI")
    assert rhode_island.status is Status.UNKNOWN
    assert not verdict.status.permits_use
