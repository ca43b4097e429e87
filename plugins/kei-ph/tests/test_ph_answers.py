"""The Philippines as an importer reads it: the public JSON of a right-hand-drive vintage vehicle,
the sentences kei asks an owner to act on, and what a document or a conversion can and cannot do."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_ph
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry, vehicle_from_mapping

ON = dt.date(2026, 12, 1)
REGISTRY = make_registry(kei_ph)


def test_a_1965_minicab_in_the_public_json_carries_its_use_limit_as_a_restriction() -> None:
    render = pytest.importorskip("kei_core.render")
    truck = vehicle_from_mapping(
        {
            "make": "Mitsubishi",
            "model": "Minicab",
            "manufactured": "1965-05",
            "steering": "right",
            "gvwr_kg": 900,
        }
    )
    data = json.loads(json.dumps(render.verdict_json(REGISTRY.evaluate(truck, "PH", ON))))
    assert data["status"] == "conditional"
    assert [r["kind"] for r in data["restrictions"]] == ["limited_use"]
    assert "weekends and holidays" in data["restrictions"][0]["text"]
    assert not any("weekends" in condition for condition in data["conditions"])


trucks = st.builds(
    Vehicle,
    manufactured=st.one_of(
        st.none(),
        st.builds(PartialDate, st.integers(1950, 2025)),
        st.builds(PartialDate, st.integers(1950, 2025), st.integers(1, 12)),
    ),
    first_registered=st.one_of(st.none(), st.builds(PartialDate, st.integers(1950, 2025))),
    steering=st.sampled_from([None, "right", "left"]),
    gvwr_kg=st.sampled_from([None, 900, 1200, 2499, 2500, 3500]),
    documents=st.sampled_from([[], ["export_certificate"], ["ph.lhd_conversion_warranty"]]),
)
asked = st.dates(dt.date(1999, 1, 1), dt.date(2070, 12, 31))


@given(truck=trucks, on=asked)
def test_every_condition_is_a_whole_sentence(truck: Vehicle, on: dt.date) -> None:
    for condition in REGISTRY.evaluate(truck, "PH", on).conditions:
        text = str(condition)
        assert text[:1].isupper() and text.rstrip().endswith("."), text


@given(truck=trucks, on=asked)
def test_a_no_dollar_import_release_never_makes_the_answer_worse(truck: Vehicle, on: dt.date) -> None:
    released = Vehicle(
        manufactured=truck.manufactured,
        first_registered=truck.first_registered,
        steering=truck.steering,
        gvwr_kg=truck.gvwr_kg,
        documents=[*truck.documents, "ph.no_dollar_import"],
    )
    assert REGISTRY.evaluate(released, "PH", on).status.rank <= REGISTRY.evaluate(truck, "PH", on).status.rank


@given(truck=trucks, on=st.dates(dt.date(2023, 4, 17), dt.date(2070, 12, 31)))
def test_a_converted_truck_is_never_admitted_on_an_unsettled_reading(truck: Vehicle, on: dt.date) -> None:
    """Whether RA 8506 admits an import converted to left-hand drive is unsettled (a reported DOJ
    opinion says it does not): such a truck is never legal or conditional, and RA 11698's
    right-hand-drive route is never its way."""
    if truck.steering != "left" or truck.manufactured is None:
        return
    verdict = REGISTRY.evaluate(truck, "PH", on)
    assert verdict.finding("PH-RA8506-RHD").status is Status.UNKNOWN
    assert not verdict.finding("PH-RA11698-RHD-PRE1971").status.permits_use
    assert not verdict.status.permits_use
