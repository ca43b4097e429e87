"""``Rule.read_by_age``: a rule saying it reads a vehicle date only through age thresholds."""

from __future__ import annotations

import attrs
import pytest

from kei_core import AgeThreshold, Granularity, Rule

LAW = {"citation": "Test Act s. 1", "source": "https://example.org/test-act", "reviewed_on": "2026-11-01"}
TWENTY_FIVE = AgeThreshold(25)


def test_thresholds_given_one_or_several_a_field_are_kept_as_pairs_in_order() -> None:
    rule = Rule(
        "XX-AGE",
        "XX",
        "old enough",
        reads={"manufactured", "first_registered"},
        read_by_age={
            "manufactured": (TWENTY_FIVE, AgeThreshold(21, Granularity.YEAR)),
            "first_registered": TWENTY_FIVE,
        },
        **LAW,
    )
    assert rule.read_by_age == (
        ("manufactured", TWENTY_FIVE),
        ("manufactured", AgeThreshold(21, Granularity.YEAR)),
        ("first_registered", TWENTY_FIVE),
    )
    assert attrs.evolve(rule, statement="still old enough").read_by_age == rule.read_by_age


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        (
            {"reads": {"documents"}, "read_by_age": {"manufactured": TWENTY_FIVE}},
            "must also be among the fields",
        ),
        ({"read_by_age": {"made": TWENTY_FIVE}}, "'made' is not a vehicle date"),
        ({"read_by_age": {"manufactured": 25}}, "25 for 'manufactured' is not an AgeThreshold"),
    ],
)
def test_a_wrong_declaration_is_refused_naming_what_is_wrong(
    declared: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Rule("XX-AGE", "XX", "old enough", **declared, **LAW)  # type: ignore[arg-type]
