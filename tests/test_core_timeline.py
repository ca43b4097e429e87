"""Values keyed by the date asked, and ages declared as rule data (DESIGN §3, the two clocks)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import (
    AgeRule,
    AgeThreshold,
    Dated,
    Granularity,
    Jurisdiction,
    PartialDate,
    Status,
    Vehicle,
    failed,
    passed,
    resolve,
)
from kei_core.render import rule_json, rule_text
from kei_core.testing import make_registry
from kei_core_test_helpers import plugin_module, rule

ROAD_LIMIT = Dated({"2024-07-01": 35, "2027-07-01": 45})
"""A state that opened roads posted 35 mph in mid-2024 and 45 mph in mid-2027."""


def test_a_dated_value_answers_with_the_law_of_the_day_asked() -> None:
    assert ROAD_LIMIT.at(dt.date(2024, 6, 30)) is None  # no law yet
    assert ROAD_LIMIT.at(dt.date(2024, 7, 1)) == 35
    assert ROAD_LIMIT.at(dt.date(2027, 6, 30)) == 35
    assert ROAD_LIMIT.at(dt.date(2027, 7, 1)) == 45
    assert ROAD_LIMIT.boundaries() == (dt.date(2024, 7, 1), dt.date(2027, 7, 1))
    assert ROAD_LIMIT.describe() == "35 from 2024-07-01; 45 from 2027-07-01"
    assert resolve(55, dt.date(2000, 1, 1)) == 55


def test_a_dated_value_needs_an_entry() -> None:
    with pytest.raises(ValueError):
        Dated({})


@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2032, 1, 1)))
def test_the_value_on_a_day_is_that_of_the_latest_start_not_after_it(day: dt.date) -> None:
    starts = [start for start in ROAD_LIMIT.boundaries() if start <= day]
    expected = None if not starts else {dt.date(2024, 7, 1): 35, dt.date(2027, 7, 1): 45}[max(starts)]
    assert ROAD_LIMIT.at(day) == expected


def _needs_45_mph_roads(vehicle: Vehicle, on: dt.date):
    limit = ROAD_LIMIT.at(on)
    if limit is None or limit < 45:
        return failed(f"roads posted {limit} mph are too few for this use")
    return passed(f"roads posted {limit} mph are open")


def test_eligible_from_is_searched_on_the_days_a_dated_value_changes() -> None:
    state = plugin_module(
        "dated_state",
        [Jurisdiction("XD", "Dated state", registers=True)],
        [rule("XD-ROADS", "XD", _needs_45_mph_roads, dated={"max_posted_mph": ROAD_LIMIT})],
    )
    registry = make_registry(state)
    verdict = registry.evaluate(Vehicle(), "XD", dt.date(2026, 1, 1))
    assert verdict.status is Status.NOT_LEGAL
    # No passes_from, no period boundary: only the dated value says when the answer changes.
    assert registry.plan("XD").boundaries() == (dt.date(2024, 7, 1), dt.date(2027, 7, 1))
    assert verdict.eligible_from == dt.date(2027, 7, 1)


def test_an_age_rule_is_listed_as_the_law_states_it() -> None:
    age = AgeRule("manufactured", AgeThreshold(25, Granularity.DAY))
    made = rule("XA-25Y", "XA", lambda v, on: passed("ok"), age=age, dated={"max_posted_mph": ROAD_LIMIT})
    assert "age: at least 25 years from manufacture" in rule_text(made, "p")
    assert "max_posted_mph, by the date asked: 35 from 2024-07-01; 45 from 2027-07-01" in rule_text(made, "p")
    data = rule_json(made, "p")
    assert data["age"] == {"from": "manufactured", "years": 25, "counted": "day", "text": age.describe()}
    assert data["dated"]["max_posted_mph"][1] == {
        "from": "2027-07-01",
        "value": "45",
        "citation": "",
        "unconfirmed": False,
    }
    built = Vehicle(manufactured=PartialDate.parse("2001-01-22"))
    assert age.test(built, dt.date(2026, 1, 22)).test.status is Status.LEGAL
    assert age.test(built, dt.date(2026, 1, 21)).test.status is Status.NOT_LEGAL


def test_an_age_rule_counts_only_from_a_vehicle_date() -> None:
    with pytest.raises(ValueError):
        AgeRule("width_mm", AgeThreshold(25))
