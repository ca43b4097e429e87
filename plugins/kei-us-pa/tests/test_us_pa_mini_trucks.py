"""Pennsylvania: a mini truck gets an off-road title, a farm registration or an antique plate."""

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
import kei_us_pa
import kei_us_pa.mini_trucks
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry
from kei_us_pa import mini_trucks

ON = dt.date(2026, 1, 22)
CARRY = Vehicle(
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


def built(day: dt.date) -> Vehicle:
    return attrs.evolve(CARRY, manufactured=PartialDate.parse(day))


@pytest.fixture(scope="module")
def pennsylvania():
    return make_registry(kei_jp, kei_us_pa.plugin)


def antique(registry, vehicle: Vehicle, on: dt.date):
    return registry.evaluate(vehicle, "US-PA", on=on).finding("US-PA-ANTIQUE")


def pennsylvania_level(verdict):
    return next(level for level in verdict.levels if level.jurisdiction == "US-PA")


def test_conformance():
    assert check_conformance(kei_us_pa.plugin, distribution="kei-us-pa", with_plugins=[kei_us, kei_jp]) == []


def test_a_1995_carry_is_a_mini_truck_by_pennDOTs_definition(pennsylvania):
    finding = pennsylvania.evaluate(CARRY, "US-PA", on=ON).finding("US-PA-MINI-TRUCK")
    assert finding.status.permits_use
    assert finding.policy


def test_pennsylvania_allows_farm_or_antique_use_only(pennsylvania):
    verdict = pennsylvania.evaluate(CARRY, "US-PA", on=ON)
    assert pennsylvania_level(verdict).status is Status.CONDITIONAL
    assert verdict.pathways["US-PA-REGISTRATION"] in {"US-PA-FARM-VEHICLE", "US-PA-ANTIQUE"}
    uses = {r.value for r in verdict.restrictions if r.kind == "limited_use"}
    assert uses <= {("farm",), ("antique",)} and uses
    assert verdict.finding("US-PA-EARLIER-REGISTRATION").status is Status.NOT_LEGAL


def test_a_truck_wider_than_60_inches_is_outside_the_policy_and_unknown_not_refused(pennsylvania):
    wide = attrs.evolve(CARRY, width_mm=Decimal(1525))  # 60 in = 1,524 mm
    verdict = pennsylvania.evaluate(wide, "US-PA", on=ON)
    assert verdict.finding("US-PA-ANTIQUE").status is Status.UNKNOWN
    assert pennsylvania_level(verdict).status is Status.UNKNOWN


def test_a_3_40_m_kei_truck_is_longer_than_pennDOTs_130_inches(pennsylvania):
    # Every kei truck built to the 1998 standard (3.40 m) exceeds 130 in = 3,302 mm.
    modern = attrs.evolve(
        CARRY, model_code="DA63T", manufactured=PartialDate.parse("2005-06"), length_mm=Decimal(3395)
    )
    verdict = pennsylvania.evaluate(modern, "US-PA", on=ON)
    assert "130 in" in verdict.finding("US-PA-MINI-TRUCK").message
    assert pennsylvania_level(verdict).status is Status.UNKNOWN


def test_the_definition_compares_inches_exactly():
    definition = mini_trucks.DEFINITION
    assert definition.width.admits(Decimal("1524")) and not definition.width.admits(Decimal("1524.1"))
    assert definition.length.admits(Decimal("3302")) and not definition.length.admits(Decimal("3302.1"))


def test_a_2001_truck_becomes_antique_on_new_years_day_2027(pennsylvania):
    finding = antique(pennsylvania, built(dt.date(2001, 12, 31)), ON)
    assert finding.status is Status.NOT_LEGAL
    assert finding.passes_from == dt.date(2027, 1, 1)
    assert antique(pennsylvania, built(dt.date(2001, 1, 1)), dt.date(2026, 12, 31)).status is Status.NOT_LEGAL
    assert antique(pennsylvania, built(dt.date(2001, 12, 31)), dt.date(2027, 1, 1)).status.permits_use


def test_a_modified_truck_is_no_antique(pennsylvania):
    modified = attrs.evolve(CARRY, original_configuration=False)
    assert antique(pennsylvania, modified, ON).status is Status.NOT_LEGAL


def test_before_april_2025_kei_has_no_pennsylvania_answer(pennsylvania):
    assert pennsylvania.evaluate(CARRY, "US-PA", on=dt.date(2025, 3, 31)).status is Status.UNKNOWN


# -- the antique age rule: properties --------------------------------------------------------------

# The properties exercise the age rule itself (the kei-class gate in front of it depends on the
# build date too, and is tested above).
builds = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2024, 12, 31))
asked = st.dates(min_value=dt.date(2025, 4, 1), max_value=dt.date(2060, 12, 31))


def antique_rule(vehicle: Vehicle, on: dt.date):
    return mini_trucks.antique_plate(vehicle, on)


@given(day=builds, on=asked)
def test_over_the_threshold_the_antique_plate_never_fails(day, on):
    if on.year - day.year >= 26:
        assert antique_rule(built(day), on).status.permits_use


@given(day=builds, on=asked)
def test_under_the_threshold_the_antique_plate_always_fails(day, on):
    if on.year - day.year < 26:
        assert antique_rule(built(day), on).status is Status.NOT_LEGAL


@given(day=builds, on=asked, later=st.integers(min_value=1, max_value=4000))
def test_antique_age_is_monotone_in_time(day, on, later):
    if antique_rule(built(day), on).status.permits_use:
        assert antique_rule(built(day), on + dt.timedelta(days=later)).status.permits_use


@given(day=builds, on=asked)
def test_on_passes_from_it_passes_and_the_day_before_it_does_not(day, on):
    finding = antique_rule(built(day), on)
    if finding.status is Status.NOT_LEGAL and finding.passes_from:
        assert antique_rule(built(day), finding.passes_from).status.permits_use
        before = finding.passes_from - dt.timedelta(days=1)
        assert antique_rule(built(day), before).status is Status.NOT_LEGAL


@given(year=st.integers(min_value=1960, max_value=2024), on=asked)
def test_a_year_only_build_date_is_enough_for_a_calendar_year_rule(year, on):
    vehicle = attrs.evolve(CARRY, manufactured=PartialDate(year))
    status = antique_rule(vehicle, on).status
    assert status is (Status.CONDITIONAL if on.year - year >= 26 else Status.NOT_LEGAL)


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_jp, kei_us_pa.plugin))


# -- conditions as sentences; before PennDOT's policy is attested -----------------------------


def test_pennDOTs_property_clause_reads_as_a_sentence(pennsylvania):
    # Audit F9: the condition once printed "it has is used or maintained ...".
    conditions = pennsylvania.evaluate(CARRY, "US-PA", on=ON).conditions
    assert (
        "it is used or maintained primarily for the transportation of property (PennDOT, Mini Trucks FAQ, question 1)"
        in conditions
    )
    assert not any(c.startswith(("it has is", "it has it")) for c in conditions)


def test_every_pennsylvania_rule_applies_from_april_2025():
    rules = [r for r in mini_trucks.RULES if hasattr(r, "in_force")]
    assert {r.in_force.start for r in rules} == {dt.date(2025, 4, 1)}


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2025, 3, 31)))
def test_before_the_policy_is_attested_pennsylvania_is_unknown_never_legal_or_conditional(on):
    verdict = make_registry(kei_us, kei_jp, kei_us_pa.plugin).evaluate(
        built(dt.date(1984, 5, 1)), "US-PA", on=on
    )
    assert pennsylvania_level(verdict).status is Status.UNKNOWN
    assert not verdict.status.permits_use
