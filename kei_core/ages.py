"""Age tests on a named date of a vehicle, and on "built or first registered" (either date).

Laws count age from different dates of a vehicle: its manufacture, its first registration, or
whichever of the two the owner can show. These helpers run an :class:`AgeThreshold` on the
date a law names and keep that date, so every message can say which one it used.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from kei_core.dates import AgeTest, AgeThreshold, PartialDate
from kei_core.status import Status
from kei_core.vehicle import Vehicle

DATE_WORDS = {"manufactured": "built", "first_registered": "first registered"}
"""How a message names each vehicle date an age can be counted from."""


class DatedAgeTest(NamedTuple):
    """An age test and the vehicle date it was counted from."""

    test: AgeTest
    field: str
    when: PartialDate | None

    def says(self) -> str:
        """``Built June 1985`` / ``First registered 1996-01-22``, to open a sentence."""
        when = self.when.describe() if self.when else "(not given)"
        text = f"{DATE_WORDS[self.field]} {when}"
        return text[0].upper() + text[1:]


def age_from(vehicle: Vehicle, field: str, threshold: AgeThreshold, on: dt.date) -> DatedAgeTest:
    """``threshold`` on one named date of the vehicle (``manufactured`` or ``first_registered``)."""
    when: PartialDate | None = getattr(vehicle, field)
    return DatedAgeTest(threshold.test(when, on), field, when)


def age_from_either(vehicle: Vehicle, threshold: AgeThreshold, on: dt.date) -> DatedAgeTest | None:
    """ "Manufactured or first registered at least N years ago": the better of the dates given.

    Either date suffices in such a law, so a pass on one is a pass; otherwise the answer is
    certain from the soonest day either date makes certain. ``None`` when neither date is given.
    """
    tests = [age_from(vehicle, field, threshold, on) for field in DATE_WORDS if getattr(vehicle, field)]
    if not tests:
        return None
    passing = [t for t in tests if t.test.status is Status.LEGAL]
    if passing:
        return min(passing, key=lambda t: t.test.passes_from or on)
    soonest = min(tests, key=lambda t: t.test.passes_from or dt.date.max)
    status = Status.UNKNOWN if any(t.test.status is Status.UNKNOWN for t in tests) else Status.NOT_LEGAL
    return soonest._replace(test=AgeTest(status, soonest.test.passes_from, soonest.test.reached_at_earliest))
