"""How far a mini truck may travel on some roads: a restriction kind of kei-us's own.

West Virginia: a street-legal special purpose vehicle is "prohibited from traveling a distance
greater than 20 miles on a highway displaying centerline pavement markings" (§ 17A-13-1(d))::

    DISTANCE = DistanceLimit(miles=20, on="a highway displaying centerline pavement markings", ...)

The restriction's kind is ``us.max_distance_miles`` (:data:`MAX_DISTANCE_MILES`), a term kei-us
adds to kei's vocabulary (hook ``kei_vocabulary``); its value is the miles.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from kei_core import Outcome, Provision, Restriction, Vehicle, passed
from kei_core.vocabulary import Term

__all__ = ["MAX_DISTANCE_MILES", "TERMS", "DistanceLimit"]

MAX_DISTANCE_MILES = "us.max_distance_miles"
"""Restriction kind: no trip longer than this many miles on the roads its text names; value: the
miles (int)."""

TERMS = (
    Term(
        "restriction",
        MAX_DISTANCE_MILES,
        "no trip longer than this many miles on the roads the restriction's text names; value: the miles (int)",
    ),
)
"""The vocabulary terms of the state kit, contributed by kei-us's ``kei_vocabulary``."""


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"DistanceLimit(miles={value!r}): a whole number of miles above 0")


@attrs.frozen(kw_only=True)
class DistanceLimit(Provision):
    """No more than ``miles`` miles on ``on`` (the roads the statute names, in a phrase: "a
    highway displaying centerline pavement markings")."""

    part: ClassVar[str] = "DISTANCE"

    miles: int = attrs.field(validator=_positive)
    on: str

    def restriction(self) -> Restriction:
        """The ``us.max_distance_miles`` restriction: the miles, and the roads in words."""
        return Restriction(MAX_DISTANCE_MILES, self.miles, f"no more than {self.miles} miles on {self.on}")

    def statement(self) -> str:
        return f"A mini truck may travel no more than {self.miles} miles on {self.on} ({self.citation})."

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Said of the law: it limits every trip, whatever the vehicle."""
        return passed(
            f"Under {self.citation}, it may travel no more than {self.miles} miles on {self.on}.",
            restrictions=[self.restriction()],
        )
