"""The engine's speed-ups for batch answer exactly as the plain search: passing over candidate
days a requirement is sure to block (``held_until``) finds the same ``eligible_from`` as trying
every candidate, and tries fewer days."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kei_core.engine import fold
from kei_core.engine.run import DIRECT
from kei_core.testing import make_registry
from kei_core.vehicle_io import vehicle_from_mapping
from kei_core_test_helpers import installed_plugins

FIXTURES = Path(__file__).parent / "fixtures" / "broken_plugins"
sys.path.insert(0, str(FIXTURES / "kei-fixture-xx"))
import kei_fixture_xx  # type: ignore[import-not-found]  # noqa: E402

DATES = st.one_of(
    st.integers(1975, 2030).map(str),
    st.tuples(st.integers(1975, 2030), st.integers(1, 12)).map(lambda ym: f"{ym[0]}-{ym[1]:02d}"),
    st.dates(dt.date(1975, 1, 1), dt.date(2030, 12, 31)).map(dt.date.isoformat),
)
VEHICLES = st.fixed_dictionaries(
    {
        "manufactured": DATES,
        "original_configuration": st.sampled_from(["true", "false"]),
        "documents": st.sampled_from(["", "hs7", "hs7;epa_3520_1", "off_road_title", "maker_label"]),
        "equipment": st.sampled_from(["", "headlamps", "headlamps;speed_governor"]),
    },
    optional={"first_registered": DATES, "width_mm": st.sampled_from(["1475", "1395", "58 in"])},
)


@functools.cache
def _plans() -> tuple[Any, ...]:
    registry = make_registry(kei_fixture_xx, *installed_plugins())
    codes = sorted(set(registry.declared_codes()) - {"ZX", "ZY", "ZZ"})
    return tuple(registry.plan(code) for code in codes)


def _exhaustive(plan: Any, vehicle: Any, on: dt.date) -> dt.date | None:
    """``eligible_from`` as the search found it before: every candidate day tried in turn."""
    today = fold._on(plan, vehicle, on, DIRECT, True)
    if today.status.permits_use or not today.blocked:
        return None

    def at(day: dt.date) -> tuple[bool, Any, None]:
        later = fold._on(plan, vehicle, day, DIRECT, True)
        return later.blocked, later.revealed(), None

    found = fold.search_eligible_from(on, [*today.revealed(), *plan.boundaries()], at)
    return found[0] if found is not None else None


@settings(max_examples=60, deadline=None)
@given(data=VEHICLES, on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_passing_over_held_days_finds_the_same_day_in_every_place(data: dict[str, str], on: dt.date) -> None:
    try:
        vehicle = vehicle_from_mapping(data)
    except Exception:
        return  # first_registered before manufactured and the like: not a vehicle
    for plan in _plans():
        assert fold.eligible_from(plan, vehicle, on) == _exhaustive(plan, vehicle, on), plan.code


def test_a_young_truck_is_folded_on_one_later_day_not_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Built 2010: the emissions rule passes from 2031, the safety rule only from 2035, so 2031
    cannot be the answer and is not tried."""
    kei_us = pytest.importorskip("kei_us")
    kei_us_tx = pytest.importorskip("kei_us_tx")
    plan = make_registry(kei_us, kei_us_tx).plan("US-TX")
    vehicle = vehicle_from_mapping(
        {"manufactured": "2010-03-15", "original_configuration": "true", "documents": "hs7"}
    )
    days: list[dt.date] = []
    real = fold._on

    def counting(plan: Any, vehicle: Any, day: dt.date, runner: Any, summary: bool) -> Any:
        days.append(day)
        return real(plan, vehicle, day, runner, summary)

    monkeypatch.setattr(fold, "_on", counting)
    on = dt.date(2026, 11, 25)
    assert fold.eligible_from(plan, vehicle, on) == dt.date(2035, 3, 15)
    assert days == [on, dt.date(2035, 3, 15)]


@settings(max_examples=40, deadline=None)
@given(data=VEHICLES, on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_settle_alone_is_the_verdicts_settle(data: dict[str, str], on: dt.date) -> None:
    """Batch counts what would settle each unknown row without the whole verdict."""
    try:
        vehicle = vehicle_from_mapping(data)
    except Exception:
        return
    for plan in _plans():
        assert fold.settle(plan, vehicle, on) == fold.evaluate(plan, vehicle, on).settle, plan.code


@settings(max_examples=40, deadline=None)
@given(data=VEHICLES, on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_a_verdict_whose_eligible_from_is_known_is_the_full_one(data: dict[str, str], on: dt.date) -> None:
    """Batch's --columns come from the verdict on the day asked, with its summary's eligible_from."""
    try:
        vehicle = vehicle_from_mapping(data)
    except Exception:
        return
    for plan in _plans():
        full = fold.evaluate(plan, vehicle, on)
        lean = fold.verdict_on(
            plan, vehicle, on, fold.evaluate(plan, vehicle, on, detail="summary").eligible_from
        )
        assert lean == attrs.evolve(full, still_missing_then=()), plan.code


def _assert_memo_answers_as_folded(*rows: dict[str, str], on: dt.date) -> None:
    """One memo per place asked for each row's truck in turn (a row that is no vehicle left
    out): each answer, and what would settle it, is the engine's."""
    from kei_core.engine.memo import MemoRunner, Summaries

    vehicles = []
    for row in rows:
        try:
            vehicles.append(vehicle_from_mapping(row))
        except Exception:
            continue
    for plan in _plans():
        summaries = Summaries(plan, on, MemoRunner())
        for vehicle in vehicles:
            assert summaries.of(vehicle) == fold.evaluate(plan, vehicle, on, detail="summary"), plan.code
            assert summaries.settle(vehicle) == fold.evaluate(plan, vehicle, on).settle, plan.code


@settings(max_examples=40, deadline=None)
@given(first=VEHICLES, second=VEHICLES, on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)))
def test_a_summary_remembered_by_what_the_rules_found_is_the_one_folded(
    first: dict[str, str], second: dict[str, str], on: dt.date
) -> None:
    """Batch's memo (the third one: by what the rules in force found on the day asked, for a
    summary that needed no search) answers each of two vehicles as the engine folds it."""
    _assert_memo_answers_as_folded(first, second, on=on)


@settings(max_examples=40, deadline=None)
@given(
    first=VEHICLES,
    equipment=st.sampled_from(["", "headlamps", "headlamps;speed_governor", "seat_belts"]),
    width=st.sampled_from([None, "1475", "1395", "58 in"]),
    on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)),
)
def test_a_second_truck_alike_in_what_the_dated_rules_read_is_answered_as_folded(
    first: dict[str, str], equipment: str, width: str | None, on: dt.date
) -> None:
    """The first truck's summary is kept by what the rules not using the date found on the day
    asked; a second truck that reads the same to the rules using the date (same dates,
    documents, configuration) but differs elsewhere (equipment, width) may take it only when
    those rules find the same for it: it is answered as the engine folds it, searched or not."""
    second = {key: value for key, value in first.items() if key != "width_mm"}
    second["equipment"] = equipment
    if width is not None:
        second["width_mm"] = width
    _assert_memo_answers_as_folded(first, second, on=on)


def _answered_in_texas(
    monkeypatch: pytest.MonkeyPatch, built: Sequence[str]
) -> tuple[list[Any], list[Any], list[Any]]:
    """Trucks built on ``built`` (in original configuration, HS-7 filed) answered in Texas on
    2026-11-25 through one memo: the memo's answers, the engine's, and the trucks it folded."""
    kei_us = pytest.importorskip("kei_us")
    kei_us_tx = pytest.importorskip("kei_us_tx")
    from kei_core.engine import memo

    plan = make_registry(kei_us, kei_us_tx).plan("US-TX")
    on = dt.date(2026, 11, 25)
    folded: list[Any] = []
    real = memo.summary_of

    def counting(*args: Any, **kwargs: Any) -> Any:
        folded.append(args[1])
        return real(*args, **kwargs)

    monkeypatch.setattr(memo, "summary_of", counting)
    summaries = memo.Summaries(plan, on, memo.MemoRunner())
    trucks = [
        vehicle_from_mapping({"manufactured": day, "original_configuration": "true", "documents": "hs7"})
        for day in built
    ]
    answers = [summaries.of(vehicle) for vehicle in trucks]
    return answers, [fold.evaluate(plan, vehicle, on, detail="summary") for vehicle in trucks], folded


def test_old_trucks_built_on_different_days_are_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two trucks of 1990 known to the day: their dates differ, what the rules find on the day
    asked does not, and nothing is searched for; the second is not folded again."""
    answers, folded_by_engine, folded = _answered_in_texas(monkeypatch, ["1990-03-15", "1990-07-02"])
    assert answers == folded_by_engine
    assert answers[0].eligible_from is None
    assert len(folded) == 1


def test_young_trucks_built_on_different_days_are_folded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three trucks of 2010 known to the day: each becomes eligible on its own 25th anniversary,
    but the rules see their dates only through the 25- and 21-year thresholds, which fall alike
    around the day asked; only the first is folded, the others take its answer moved to their day."""
    answers, folded_by_engine, folded = _answered_in_texas(
        monkeypatch, ["2010-03-15", "2010-07-02", "2010-11-30"]
    )
    assert answers == folded_by_engine
    assert [a.eligible_from for a in answers] == [
        dt.date(2035, 3, 15),
        dt.date(2035, 7, 2),
        dt.date(2035, 11, 30),
    ]
    assert len(folded) == 1


@settings(max_examples=40, deadline=None)
@given(
    first=VEHICLES,
    dates=st.lists(st.tuples(DATES, st.one_of(st.none(), DATES)), min_size=2, max_size=6),
    on=st.dates(dt.date(2015, 1, 1), dt.date(2040, 12, 31)),
)
def test_trucks_dated_differently_through_one_memo_are_each_answered_as_folded(
    first: dict[str, str], dates: list[tuple[str, str | None]], on: dt.date
) -> None:
    """Rules reading a date only through age thresholds (``read_by_age``) let the memo answer a
    truck from another dated alike around the days that matter, moving ``eligible_from`` to
    the truck's own day: every truck, through one memo per place, is answered as the engine
    folds it."""
    rows = []
    for built, registered in dates:
        row = {key: value for key, value in first.items() if key != "first_registered"}
        row["manufactured"] = built
        if registered is not None:
            row["first_registered"] = registered
        rows.append(row)
    _assert_memo_answers_as_folded(*rows, on=on)
