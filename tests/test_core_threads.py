"""One registry shared by threads (a server's): lazy loading has no race, answers are the same."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor

import pytest

from kei_core.plugins.registry import Registry
from kei_core.vehicle_io import vehicle_from_mapping

ON = dt.date(2026, 11, 30)
CARRY_1996 = {
    "make": "Suzuki",
    "model_code": "DD51T",
    "manufactured": "1996-05",
    "length_mm": 3295,
    "width_mm": 1395,
    "height_mm": 1750,
    "displacement_cc": 657,
    "steering": "right",
    "original_configuration": True,
}


def test_threads_sharing_a_fresh_registry_get_the_answers_one_thread_gets() -> None:
    places = Registry(environ={}).declared_codes()
    if not places:
        pytest.skip("needs installed plugins")
    vehicle = vehicle_from_mapping(CARRY_1996)
    alone = {code: Registry(environ={}).evaluate(vehicle, code, ON) for code in places}
    shared = Registry(environ={})  # nothing loaded yet: every thread races to load its plugins
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda code: (code, shared.evaluate(vehicle, code, ON)), places * 3))
    for code, verdict in answers:
        assert verdict == alone[code], code
