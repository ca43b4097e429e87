"""The kei class at every boundary of every standard (道路運送車両法施行規則 別表第一)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import kei_jp
from kei_core import Status, Vehicle
from kei_core.testing import (
    make_registry,
    vehicle_from_mapping,
)
from kei_jp.kei_class import KEI_STANDARDS

HERE = Path(__file__).parent
ON = dt.date(2026, 1, 22)


def truck(**fields: object) -> Vehicle:
    base = {
        "manufactured": "2005-06",
        "length_mm": 3395,
        "width_mm": 1475,
        "height_mm": 1765,
        "displacement_cc": 658,
    }
    base.update(fields)
    return vehicle_from_mapping({k: v for k, v in base.items() if v is not None})


def kei(vehicle: Vehicle) -> Status:
    return kei_jp.kei_class_test(vehicle).status


def test_from_1998_10_01_3400_mm_passes_and_3401_mm_fails() -> None:
    assert kei(truck(manufactured="1998-10-01", length_mm=3400)) is Status.LEGAL
    assert kei(truck(manufactured="1998-10-01", length_mm=3401)) is Status.NOT_LEGAL


def test_the_day_before_the_1998_standard_the_1990_limits_apply() -> None:
    assert kei(truck(manufactured="1998-09-30", length_mm=3395)) is Status.NOT_LEGAL
    assert kei(truck(manufactured="1998-09-30", length_mm=3300, width_mm=1400)) is Status.LEGAL


def test_a_1995_truck_1450_mm_wide_is_not_kei() -> None:
    assert kei(truck(manufactured="1995", length_mm=3295, width_mm=1450)) is Status.NOT_LEGAL


def test_a_1999_truck_1475_mm_wide_is_kei() -> None:
    assert kei(truck(manufactured="1999", width_mm=1475)) is Status.LEGAL


def test_a_1985_truck_with_a_657_cc_engine_is_not_kei() -> None:
    assert (
        kei(truck(manufactured="1985", length_mm=3195, width_mm=1395, displacement_cc=657))
        is Status.NOT_LEGAL
    )


def test_a_1985_truck_with_550_cc_is_kei_and_rests_on_an_unconfirmed_standard() -> None:
    outcome = kei_jp.kei_class_test(
        truck(manufactured="1985", length_mm=3195, width_mm=1395, displacement_cc=550)
    )
    assert outcome.status is Status.LEGAL and outcome.unconfirmed


def test_a_build_year_spanning_a_change_is_unknown_unless_every_standard_agrees() -> None:
    assert kei(truck(manufactured="1998", width_mm=1475)) is Status.UNKNOWN
    assert kei(truck(manufactured="1998", length_mm=3295, width_mm=1395)) is Status.LEGAL


def test_missing_figures_are_unknown_and_an_over_limit_figure_still_fails() -> None:
    assert kei(truck(width_mm=None)) is Status.UNKNOWN
    assert kei(truck(width_mm=None, length_mm=3500)) is Status.NOT_LEGAL


def test_an_electric_kei_truck_has_no_displacement_limit() -> None:
    assert kei(truck(fuel="electric", displacement_cc=None)) is Status.LEGAL


def test_outside_the_kei_class_a_truck_is_registrable_as_small_size() -> None:
    verdict = make_registry(kei_jp).evaluate(
        truck(manufactured="1995", length_mm=3295, width_mm=1450), "JP", ON
    )
    assert verdict.status is Status.CONDITIONAL
    assert verdict.finding("JP-KEI-CLASS").status is Status.NOT_LEGAL  # type: ignore[union-attr]
    assert verdict.pathways["JP-REGISTRATION"] == "JP-SMALL-CLASS"


def test_no_kei_width_is_ever_1_2_m() -> None:
    widths = {entry.value.width.si for entry in KEI_STANDARDS.entries}
    assert widths <= {1000, 1300, 1400, 1480}


@given(st.sampled_from(KEI_STANDARDS.entries), st.integers(0, 3))
def test_every_standard_admits_its_own_limits_and_not_one_millimetre_more(entry, which) -> None:
    limits = entry.value
    at_limit = {
        "manufactured": entry.start.isoformat(),
        "length_mm": limits.length.si,
        "width_mm": limits.width.si,
        "height_mm": limits.height.si,
        "displacement_cc": (limits.two_stroke_displacement or limits.displacement).si,
    }
    assert kei(vehicle_from_mapping(at_limit)) is Status.LEGAL
    field = ["length_mm", "width_mm", "height_mm", "displacement_cc"][which]
    over = {
        **at_limit,
        field: limits.displacement.si + 1 if field == "displacement_cc" else at_limit[field] + 1,
    }
    assert kei(vehicle_from_mapping(over)) is Status.NOT_LEGAL


@given(st.dates(dt.date(1990, 1, 1), dt.date(2026, 1, 1)), st.dates(dt.date(2000, 1, 1), dt.date(2060, 1, 1)))
def test_the_standard_applied_depends_on_the_build_date_not_the_date_asked(made, on) -> None:
    registry = make_registry(kei_jp)
    vehicle = truck(manufactured=made.isoformat())
    assert registry.evaluate(vehicle, "JP", on).status is registry.evaluate(vehicle, "JP", ON).status
