"""A definition's "approximately 55 mph" (Nebraska, Oklahoma): at most 55 fits, above is open."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kei_core import Limit, Vehicle
from kei_us.state_kit import FactVerdict, approximate_top_speed

LIMIT = Limit.at_most("55 mph")


def fact(kmh: Decimal | None):
    return approximate_top_speed(
        Vehicle(top_speed_kmh=kmh), LIMIT, law="§ 1", words="approximately 55 mph", ask="ask the DMV"
    )


@given(st.decimals(min_value=1, max_value=300, places=2))
def test_at_most_the_figure_fits_and_above_it_is_open_never_a_failure(kmh: Decimal) -> None:
    found = fact(kmh)
    expected = FactVerdict.FITS if LIMIT.admits(kmh) else FactVerdict.OPEN
    assert found.verdict is expected


def test_a_truck_above_the_figure_is_asked_about_not_refused() -> None:
    found = fact(Decimal(110))
    assert found.verdict is FactVerdict.OPEN and found.settle == ("ask the DMV",)
    assert "is above 55 mph" in found.detail and "'approximately 55 mph'" in found.detail
    assert fact(None).verdict is FactVerdict.MISSING
