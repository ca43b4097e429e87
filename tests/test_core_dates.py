"""Partial dates, anniversaries and age thresholds, as every age rule in kei relies on them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import AgeThreshold, Granularity, InputError, PartialDate, Status, anniversary
from kei_core.dates import parse_iso_date

partial_dates = st.builds(
    lambda day, precision: PartialDate(
        day.year, day.month if precision != "year" else None, day.day if precision == "day" else None
    ),
    st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)
days = st.dates(dt.date(1960, 1, 1), dt.date(2070, 12, 31))
thresholds = st.builds(
    AgeThreshold, st.sampled_from([10, 15, 21, 25, 30, 40]), st.sampled_from(list(Granularity))
)


def test_a_partial_date_is_an_interval() -> None:
    assert PartialDate.parse("2001-01").earliest() == dt.date(2001, 1, 1)
    assert PartialDate.parse("2001-01").latest() == dt.date(2001, 1, 31)
    assert PartialDate.parse("2000-02").latest() == dt.date(2000, 2, 29)
    assert PartialDate.parse(1998).latest() == dt.date(1998, 12, 31)
    assert PartialDate.parse("1998-11-03").earliest() == PartialDate.parse("1998-11-03").latest()


@pytest.mark.parametrize("text", ["2001-02-30", "2001-13", "19x8", "", "2001-1-1-1", "0000"])
def test_impossible_dates_are_rejected_with_the_value(text: str) -> None:
    with pytest.raises(InputError):
        PartialDate.parse(text)


def test_29_february_counts_to_1_march_in_a_common_year() -> None:
    # The conservative reading: a verdict never rests on the earlier, more favourable day.
    assert anniversary(dt.date(2000, 2, 29), 25) == dt.date(2025, 3, 1)
    assert anniversary(dt.date(2000, 2, 29), 24) == dt.date(2024, 2, 29)


def test_a_truck_built_2001_01_23_is_one_day_short_on_2026_01_22() -> None:
    test = AgeThreshold(25).test(PartialDate.parse("2001-01-23"), dt.date(2026, 1, 22))
    assert test.status is Status.NOT_LEGAL
    assert test.passes_from == dt.date(2026, 1, 23)


def test_a_january_2001_build_is_certain_from_31_january_2026() -> None:
    built = PartialDate.parse("2001-01")
    threshold = AgeThreshold(25)
    assert threshold.test(built, dt.date(2025, 12, 31)).status is Status.NOT_LEGAL
    assert threshold.test(built, dt.date(2026, 1, 15)).status is Status.UNKNOWN
    assert threshold.test(built, dt.date(2026, 1, 15)).passes_from == dt.date(2026, 1, 31)
    assert threshold.test(built, dt.date(2026, 1, 31)).status is Status.LEGAL


def test_calendar_years_count_the_year_only() -> None:
    # EPA "OP years": 2026 - 2005 = 21, whatever the month.
    assert (
        AgeThreshold(21, Granularity.YEAR).test(PartialDate.parse("2005-12-31"), dt.date(2026, 1, 1)).passed
    )


def test_a_missing_date_is_unknown_never_legal() -> None:
    assert AgeThreshold(25).test(None, dt.date(2100, 1, 1)).status is Status.UNKNOWN


@given(thresholds, partial_dates, days)
def test_old_enough_at_the_latest_possible_date_always_passes(threshold, built, on) -> None:
    if threshold.reached_on(built.latest()) <= on:
        assert threshold.test(built, on).status is Status.LEGAL


@given(thresholds, partial_dates, days)
def test_too_young_at_the_earliest_possible_date_always_fails(threshold, built, on) -> None:
    if threshold.reached_on(built.earliest()) > on:
        assert threshold.test(built, on).status is Status.NOT_LEGAL


@given(thresholds, partial_dates, days, st.integers(1, 5000))
def test_age_tests_never_get_worse_with_time(threshold, built, on, later) -> None:
    assert threshold.test(built, on + dt.timedelta(days=later)).status <= threshold.test(
        built, on
    ).status or (threshold.test(built, on).status is Status.NOT_LEGAL)


@given(thresholds, partial_dates)
def test_passes_from_is_the_first_day_it_passes(threshold, built) -> None:
    first = threshold.test(built, dt.date(1900, 1, 1)).passes_from
    assert first is not None
    assert threshold.test(built, first).status is Status.LEGAL
    assert threshold.test(built, first - dt.timedelta(days=1)).status is not Status.LEGAL


@given(st.integers(0, 9999), st.integers(0, 13), st.integers(0, 32))
def test_a_full_date_reads_as_its_partial_date_reads_or_is_refused_alike(
    year: int, month: int, day: int
) -> None:
    """Rule data's YYYY-MM-DD texts take a shorter road (datetime reads them): the same date, or
    the same refusal, as the general reading gives."""
    text = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        expected: object = PartialDate.parse(text).earliest()
    except InputError:
        expected = InputError
    try:
        found: object = parse_iso_date(text)
    except InputError as error:
        found = InputError
        assert str(error) == f"{text!r} is not a date (expected YYYY-MM-DD)"
    assert found == expected
