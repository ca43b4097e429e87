"""New Zealand as an importer reads it: the public JSON document of a worked example, the
sentences kei asks an owner to act on, and what listing ESC or a whole 型式 changes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_nz
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry, vehicle_from_mapping

ON = dt.date(2026, 12, 1)
REGISTRY = make_registry(kei_nz)


def test_a_2020_carry_without_esc_in_the_public_json() -> None:
    """The document `kei check --format json` prints: not legal, eligible on the 20th anniversary of
    the last day of the build month, the emissions pass flagged unconfirmed, the ESC fail not."""
    render = pytest.importorskip("kei_core.render")
    truck = vehicle_from_mapping(
        {"model_code": "3BD-DA16T", "manufactured": "2020-03", "fuel": "petrol", "equipment": ["headlamps"]}
    )
    assert truck.emission_code == "3BD"
    verdict = REGISTRY.evaluate(truck, "NZ", ON)
    data = json.loads(json.dumps(render.verdict_json(verdict)))
    findings = {f["rule"]: f for level in data["levels"] for f in level["findings"]}
    assert (data["status"], data["eligible_from"]) == ("not_legal", "2040-03-31")
    assert findings["NZ-EMISSIONS-STANDARD"]["status"] == "conditional"
    assert findings["NZ-EMISSIONS-STANDARD"]["unconfirmed"] is True
    assert findings["NZ-ESC-USED-NA-2020"]["status"] == "not_legal"
    assert findings["NZ-ESC-USED-NA-2020"]["unconfirmed"] is False
    assert "add nz.esc" in findings["NZ-ESC-USED-NA-2020"]["message"]
    assert findings["NZ-ESC-20Y-EXEMPT"]["passes_from"] == "2040-03-31"
    assert data["restrictions"] == []


def test_the_whole_type_designation_of_an_ebd_truck_reads_as_an_unconfirmed_code() -> None:
    """EBD-DA16T: the model code keeps DA16T, the emissions code EBD, whose meaning no source gave."""
    truck = vehicle_from_mapping({"model_code": "EBD-DA16T", "manufactured": "2016-05", "fuel": "petrol"})
    finding = REGISTRY.evaluate(truck, "NZ", ON).finding("NZ-EMISSIONS-STANDARD")
    assert (truck.model_code, truck.emission_code) == ("DA16T", "EBD")
    assert finding is not None and finding.status is Status.UNKNOWN
    assert "EBD" in finding.message


trucks = st.builds(
    Vehicle,
    manufactured=st.one_of(
        st.none(),
        st.builds(PartialDate, st.integers(1980, 2025)),
        st.builds(PartialDate, st.integers(1980, 2025), st.integers(1, 12)),
    ),
    fuel=st.sampled_from([None, "petrol", "diesel"]),
    emission_code=st.sampled_from([None, "GD", "V", "CBD", "DBD", "EBD", "HBD", "3BD", "5BD"]),
    equipment=st.sampled_from([[], ["headlamps"], ["nz.esc"], ["nz.esc", "headlamps"]]),
)
asked = st.dates(dt.date(2008, 1, 3), dt.date(2045, 12, 31))


@given(truck=trucks, on=asked)
def test_every_condition_is_a_whole_sentence_and_nothing_reads_legal(truck: Vehicle, on: dt.date) -> None:
    """An owner acts on conditions: each starts with a capital and ends with a full stop. New Zealand
    always asks for entry certification, so no answer is better than conditional."""
    verdict = REGISTRY.evaluate(truck, "NZ", on)
    assert verdict.status is not Status.LEGAL
    for condition in verdict.conditions:
        text = str(condition)
        assert text[:1].isupper() and text.rstrip().endswith("."), text


@given(truck=trucks, on=asked)
def test_listing_esc_never_makes_the_answer_worse(truck: Vehicle, on: dt.date) -> None:
    without = Vehicle(manufactured=truck.manufactured, fuel=truck.fuel, emission_code=truck.emission_code)
    with_esc = Vehicle(
        manufactured=truck.manufactured,
        fuel=truck.fuel,
        emission_code=truck.emission_code,
        equipment=["nz.esc"],
    )
    assert (
        REGISTRY.evaluate(with_esc, "NZ", on).status.rank <= REGISTRY.evaluate(without, "NZ", on).status.rank
    )
