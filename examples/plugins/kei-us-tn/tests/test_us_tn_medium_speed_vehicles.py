"""Tennessee: a mini truck is a medium speed vehicle, on streets posted 40 mph or less."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
import kei_us_tn
import kei_us_tn.medium_speed_vehicles
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

ON = dt.date(2026, 1, 22)
FMVSS_500_EQUIPMENT = {
    "headlamps",
    "turn_signals",
    "tail_lamps",
    "stop_lamps",
    "reflex_reflectors",
    "exterior_mirror_driver",
    "interior_mirror",
    "parking_brake",
    "windshield",
    "vin_plate",
    "seat_belts",
}
ACTY_1996 = Vehicle(
    make="Honda",
    model="Acty",
    manufactured=PartialDate.parse("1996-04"),
    top_speed_kmh=Decimal(110),
    original_configuration=True,
    equipment=FMVSS_500_EQUIPMENT,
)


@pytest.fixture(scope="module")
def tennessee():
    return make_registry(kei_us, kei_us_tn.plugin)


def level(verdict, code="US-TN"):
    return next(level for level in verdict.levels if level.jurisdiction == code)


def test_conformance():
    assert check_conformance(kei_us_tn.plugin, distribution="kei-us-tn", with_plugins=[kei_us]) == []


def test_an_equipped_acty_is_a_medium_speed_vehicle_on_40_mph_streets(tennessee):
    verdict = tennessee.evaluate(ACTY_1996, "US-TN", on=ON)
    assert verdict.status is Status.CONDITIONAL
    restrictions = {r.kind: r.value for r in verdict.restrictions}
    assert restrictions["max_posted_speed_mph"] == 40
    assert restrictions["local_opt_out"] is True
    assert any("Medium Speed Vehicle Affidavit" in c for c in verdict.conditions)
    assert any("35 mph" in c for c in verdict.conditions)


def test_missing_fmvss_500_equipment_is_something_to_fit_not_a_refusal(tennessee):
    bare = attrs.evolve(ACTY_1996, equipment=FMVSS_500_EQUIPMENT - {"reflex_reflectors", "vin_plate"})
    finding = tennessee.evaluate(bare, "US-TN", on=ON).finding("US-TN-EQUIPMENT")
    assert finding.status is Status.CONDITIONAL
    assert len(finding.conditions) == 2


def test_a_truck_governed_to_25_mph_is_no_medium_speed_vehicle(tennessee):
    governed = attrs.evolve(ACTY_1996, top_speed_kmh=Decimal("40.2"))
    finding = tennessee.evaluate(governed, "US-TN", on=ON).finding("US-TN-DEFINITION")
    assert finding.status is Status.NOT_LEGAL
    assert "more than 30 mph" in finding.message


def test_30_mph_exactly_is_not_more_than_30_mph(tennessee):
    exactly = attrs.evolve(ACTY_1996, top_speed_kmh=Decimal("48.28032"))  # 30 mph, exactly
    just_over = attrs.evolve(ACTY_1996, top_speed_kmh=Decimal("48.2804"))
    assert tennessee.evaluate(exactly, "US-TN", on=ON).finding("US-TN-DEFINITION").status is Status.NOT_LEGAL
    assert tennessee.evaluate(just_over, "US-TN", on=ON).finding("US-TN-DEFINITION").status.permits_use


def test_without_a_top_speed_tennessee_asks_for_it(tennessee):
    unknown_speed = attrs.evolve(ACTY_1996, top_speed_kmh=None)
    finding = tennessee.evaluate(unknown_speed, "US-TN", on=ON).finding("US-TN-DEFINITION")
    assert finding.status is Status.UNKNOWN
    assert any("top_speed_kmh" in s for s in finding.settle)


def test_the_statute_rests_on_copies_and_says_so(tennessee):
    verdict = tennessee.evaluate(ACTY_1996, "US-TN", on=ON)
    assert verdict.finding("US-TN-DEFINITION").unconfirmed
    assert not verdict.finding("US-TN-REGISTRATION").unconfirmed


def test_a_2005_truck_waits_for_federal_law_and_the_answer_says_until_when(tennessee):
    young = attrs.evolve(ACTY_1996, manufactured=PartialDate.parse("2005-06-14"))
    verdict = tennessee.evaluate(young, "US-TN", on=ON)
    assert verdict.status is Status.NOT_LEGAL
    assert level(verdict, "US").status is Status.NOT_LEGAL
    assert level(verdict).status is Status.CONDITIONAL
    assert verdict.eligible_from == dt.date(2030, 6, 14)


def test_without_this_plugin_tennessee_is_unknown_and_names_the_missing_owner():
    verdict = make_registry(kei_us).evaluate(ACTY_1996, "US-TN", on=ON)
    assert verdict.status is Status.UNKNOWN
    assert any("US-TN" in problem for problem in level(verdict).problems)


@given(on=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2019, 3, 31)))
def test_before_april_2019_kei_has_no_tennessee_rule(tennessee, on):
    assert level(tennessee.evaluate(ACTY_1996, "US-TN", on=on)).status is Status.UNKNOWN


@pytest.mark.parametrize("case", golden_cases(Path(__file__).parent / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us, kei_us_tn.plugin))
