"""Maine: a kei truck is an off-road vehicle, kept off public ways whatever its age."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
import kei_us_me
import kei_us_me.off_road
from kei_core import PartialDate, RuleKind, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

CARRY_1995 = Vehicle(
    make="Suzuki", model="Carry", manufactured=PartialDate.parse("1995-06"), original_configuration=True
)


@pytest.fixture(scope="module")
def maine():
    return make_registry(kei_us_me.plugin)


def test_conformance():
    assert check_conformance(kei_us_me.plugin, distribution="kei-us-me", with_plugins=[kei_us]) == []


def test_a_25_year_old_kei_truck_is_still_kept_off_maine_roads(maine):
    verdict = maine.evaluate(CARRY_1995, "US-ME", on=dt.date(2026, 1, 22))
    finding = verdict.finding("US-ME-OFF-ROAD-VEHICLE")
    assert finding.status is Status.NOT_LEGAL
    assert "§ 2092" in finding.message
    assert finding.unconfirmed, "the 2021 definition is known only from a copy: the fail must say so"
    assert finding.passes_from is None
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_the_registration_and_antique_routes_are_reported_as_closed(maine):
    verdict = maine.evaluate(CARRY_1995, "US-ME", on=dt.date(2026, 1, 22))
    for rule in ("US-ME-NOT-REGISTRABLE", "US-ME-ANTIQUE-CLOSED", "US-ME-LSV-ORIGINAL"):
        assert verdict.finding(rule).kind is RuleKind.INFORMATION


def test_before_the_2021_definition_took_effect_maine_is_unknown(maine):
    verdict = maine.evaluate(CARRY_1995, "US-ME", on=dt.date(2021, 10, 17))
    assert verdict.finding("US-ME-OFF-ROAD-VEHICLE") is None
    assert verdict.status is Status.UNKNOWN
    assert maine.evaluate(CARRY_1995, "US-ME", on=dt.date(2021, 10, 18)).status is Status.NOT_LEGAL


def test_a_vehicle_certified_to_the_fmvss_is_not_answered_as_off_road(maine):
    certified = Vehicle(make="Suzuki", model="Carry", documents={"fmvss_certification_label"})
    finding = maine.evaluate(certified, "US-ME", on=dt.date(2026, 1, 22)).finding("US-ME-OFF-ROAD-VEHICLE")
    assert finding.status is Status.UNKNOWN


@given(
    built=st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2025, 12, 31)),
    on=st.dates(min_value=dt.date(2021, 10, 18), max_value=dt.date(2060, 12, 31)),
)
def test_time_never_cures_maine(maine, built, on):
    truck = Vehicle(make="Honda", model="Acty", manufactured=PartialDate.parse(built))
    verdict = maine.evaluate(truck, "US-ME", on=on)
    assert verdict.finding("US-ME-OFF-ROAD-VEHICLE").status is Status.NOT_LEGAL
    assert verdict.eligible_from is None


def test_federal_and_maine_levels_fold_to_not_legal_with_no_date():
    registry = make_registry(kei_us, kei_us_me.plugin)
    truck = Vehicle(
        make="Suzuki",
        model="Carry",
        manufactured=PartialDate.parse("2005-06-14"),
        original_configuration=True,
    )
    verdict = registry.evaluate(truck, "US-ME", on=dt.date(2026, 1, 22))
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.finding("US-FMVSS-25Y").status is Status.NOT_LEGAL
    assert verdict.eligible_from is None, "turning 25 in 2030 does not open Maine's roads"


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_me.plugin))


def test_every_maine_rule_says_from_when_it_applies():
    starts = {r.id: r.in_force.start for r in kei_us_me.off_road.RULES if hasattr(r, "in_force")}
    assert all(starts.values())
    assert starts["US-ME-OFF-ROAD-VEHICLE"] == dt.date(2021, 10, 18)


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2021, 10, 17)))
def test_before_the_2021_definition_maine_is_unknown_never_legal_or_conditional(on):
    verdict = make_registry(kei_us, kei_us_me.plugin).evaluate(CARRY_1995, "US-ME", on=on)
    maine = next(level for level in verdict.levels if level.jurisdiction == "US-ME")
    assert maine.status is Status.UNKNOWN
    assert not verdict.status.permits_use
