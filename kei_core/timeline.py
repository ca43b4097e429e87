"""Values that change with the date asked, and age tests declared as data.

kei keeps two clocks apart (DESIGN §3). A rule's *schedule* (:class:`~kei_core.Schedule`) is
keyed by a date of the vehicle: the 1990 kei limits apply to a truck built in 1995. A
:class:`Dated` value is keyed by the *date asked*: a state that raised its road limit from 35 to
45 mph on 2027-07-01 answers with 35 on 2027-06-30 and 45 the day after, whatever the truck.

A rule names the :class:`Dated` values its check reads (``Rule(dated={"max_posted_mph":
ROAD_LIMIT})``): ``kei rules`` and ``kei explain`` show them, and the days they change are days
on which ``eligible_from`` is searched, with no second list of change dates. An age test the
law states ("at least 25 years from manufacture, to the day") is an :class:`AgeRule`, declared on
the rule (``Rule(age=FMVSS_AGE)``) and used by its check, so what is listed is what is applied.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from kei_core._fields_repr import fields_repr
from kei_core.ages import DATE_WORDS, DatedAgeTest, age_from
from kei_core.dates import AgeThreshold, to_date
from kei_core.vehicle import Vehicle

T = TypeVar("T")


@attrs.frozen
class DatedValue(Generic[T]):
    """One value of a :class:`Dated`, from ``start`` (a date asked) on, with the text it comes from."""

    __repr__ = fields_repr

    start: dt.date = attrs.field(converter=to_date)
    value: T
    citation: str = ""
    unconfirmed: bool = False


def _entries(value: Mapping[Any, Any] | Iterable[DatedValue[Any]]) -> tuple[DatedValue[Any], ...]:
    if isinstance(value, Mapping):
        found = [
            item if isinstance(item, DatedValue) else DatedValue(start, item) for start, item in value.items()
        ]
    else:
        found = list(value)
    return tuple(sorted(found, key=lambda entry: entry.start))


@attrs.frozen
class Dated(Generic[T]):
    """A value keyed by the date asked (OpenFisca's dated parameter): ``Dated({"2024-07-01": 35,
    "2027-07-01": 45})``. Before the first start there is no value (``None``): kei knows no law
    for that day."""

    __repr__ = fields_repr

    entries: tuple[DatedValue[T], ...] = attrs.field(converter=_entries)

    def __attrs_post_init__(self) -> None:
        if not self.entries:
            raise ValueError("a Dated value needs at least one entry")

    def entry_at(self, day: dt.date) -> DatedValue[T] | None:
        """The entry in force on ``day``, or ``None`` before the first."""
        current = None
        for entry in self.entries:
            if entry.start <= day:
                current = entry
        return current

    def at(self, day: dt.date) -> T | None:
        """The value in force on ``day``, or ``None`` before the first."""
        entry = self.entry_at(day)
        return entry.value if entry else None

    def boundaries(self) -> tuple[dt.date, ...]:
        """The days the value changes (every start)."""
        return tuple(entry.start for entry in self.entries)

    def describe(self) -> str:
        """``35 from 2024-07-01; 45 from 2027-07-01``."""
        return "; ".join(f"{_describe(entry.value)} from {entry.start.isoformat()}" for entry in self.entries)


def resolve(value: T | Dated[T], day: dt.date) -> T | None:
    """``value`` on ``day``: itself when it does not change with the date asked."""
    return value.at(day) if isinstance(value, Dated) else value


def _describe(value: object) -> str:
    found = getattr(value, "describe", None)
    return str(found()) if callable(found) else str(value)


@attrs.frozen
class AgeRule:
    """An age test as the law states it: at least ``threshold`` old, counted from the vehicle
    date ``field`` (``manufactured`` or ``first_registered``)."""

    __repr__ = fields_repr

    field: str = attrs.field(validator=attrs.validators.in_(tuple(DATE_WORDS)))
    threshold: AgeThreshold

    def test(self, vehicle: Vehicle, on: dt.date) -> DatedAgeTest:
        """The test on ``vehicle``'s date on ``on`` (unknown when the date is not given)."""
        return age_from(vehicle, self.field, self.threshold, on)

    def describe(self) -> str:
        """``at least 25 years from manufacture``: what ``kei rules`` shows."""
        words = {"manufactured": "manufacture", "first_registered": "first registration"}
        return f"{self.threshold.describe()} from {words[self.field]}"
