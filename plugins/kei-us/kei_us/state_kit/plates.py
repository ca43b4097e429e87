"""Plates of their own: a special-purpose or unconventional-vehicle class, and collector or
antique plates with the use they allow.

* :class:`SpecialClassRegistration`: a state registers a mini truck in a class of vehicles of
  its own kind, with its plate (North Dakota's "unconventional vehicle", a plate issued as a
  motorcycle's; West Virginia's "street-legal special purpose vehicle", a Class G-size plate).
* :class:`CollectorPlate`: the only registration a state gives it is a collector, special
  interest or antique plate, for a vehicle old enough, and for limited use only (Wisconsin's
  collector plates for a "Kei class vehicle")::

    COLLECTOR = CollectorPlate(
        plate="collector (special interest vehicle) plates",
        age=AgeThreshold(20, Granularity.DAY),
        uses=("collector",),
        conditions=("its owner has at least one other vehicle on regular plates, used for regular transportation",),
        citation="Wis. Stat. s. 341.266", source=..., reviewed_on=...,
    )
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from kei_core import (
    AgeThreshold,
    Outcome,
    Provision,
    Restriction,
    Status,
    Vehicle,
    conditional,
    failed,
    texts,
    unknown,
)
from kei_us.state_kit.use import known_uses, uses_in_words

__all__ = ["CollectorPlate", "SpecialClassRegistration"]


def _article(words: str) -> str:
    return f"{'an' if words[:1].lower() in 'aeiou' else 'a'} {words}"


@attrs.frozen(kw_only=True)
class SpecialClassRegistration(Provision):
    """Titled and registered in a class of vehicles of its own kind, with its plate.

    * ``vehicle_class``: the statute's words ("unconventional vehicle", "street-legal special
      purpose vehicle").
    * ``plate``: the plate it gets, in words ("a plate issued as a motorcycle's").
    * ``fee``: the registration fee in words ("$50 a year"), where the statute sets one.
    * ``conditions``: other paperwork, each a whole sentence ("it is insured", "it passes the
      inspection on the state's certification form").

    Whether the truck is of the class is the definition's to decide (a
    :class:`~kei_us.state_kit.MiniTruckDefinition` of the class, or a scope); this block says
    how it is registered.
    """

    part: ClassVar[str] = "REGISTRATION"

    vehicle_class: str
    plate: str
    fee: str = ""
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)

    def statement(self) -> str:
        fee = f" ({self.fee})" if self.fee else ""
        return (
            f"A mini truck is titled and registered as {_article(self.vehicle_class)}{fee}, with {self.plate} "
            f"({self.citation})."
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Conditional on titling and registering it in the class."""
        fee = f", {self.fee}" if self.fee else ""
        return conditional(
            f"It can be titled and registered as {_article(self.vehicle_class)}, with {self.plate} ({self.citation}).",
            conditions=[
                f"title it and register it as {_article(self.vehicle_class)}{fee}, with {self.plate} ({self.citation})",
                *(f"{c} ({self.citation})" for c in self.conditions),
            ],
        )


@attrs.frozen(kw_only=True)
class CollectorPlate(Provision):
    """A collector, special interest or antique plate, for a vehicle old enough, limited use only.

    * ``plate``: the plate in words ("collector (special interest vehicle) plates").
    * ``age``: how old the vehicle must be, as the law counts it (an
      :class:`~kei_core.AgeThreshold`: ``AgeThreshold(20, Granularity.DAY)`` for "20 or more years
      old"); a younger vehicle fails with ``passes_from``.
    * ``uses``: the uses the plate allows, keys of :data:`~kei_us.state_kit.USE_WORDS` (the
      ``limited_use`` restriction); ``use_words``: the statute's own words for them, where it
      says more ("club activities, exhibits, tours, parades and occasional transportation").
    * ``original``: the vehicle must be kept as its maker built it (a modified vehicle fails).
    * ``conditions``: what else the plate asks, each a whole sentence.
    """

    part: ClassVar[str] = "COLLECTOR-PLATE"

    plate: str
    age: AgeThreshold
    uses: tuple[str, ...] = attrs.field(converter=texts, validator=known_uses)
    use_words: str = ""
    original: bool = False
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)

    @property
    def _uses_said(self) -> str:
        return self.use_words or uses_in_words(self.uses)

    def statement(self) -> str:
        return (
            f"A vehicle at least {self.age.years} years old may carry {self.plate}, for {self._uses_said} only "
            f"({self.citation})."
        )

    def restriction(self) -> Restriction:
        """The ``limited_use`` restriction of the plate: its uses only."""
        return Restriction("limited_use", self.uses, f"{self._uses_said} only, on {self.plate}")

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Old enough (as the law counts), as built where the law asks: conditional, limited use."""
        age = self.age.test(vehicle.manufactured, on)
        need = f"{self.plate} need a vehicle at least {self.age.years} years old ({self.citation})"
        if age.status is Status.NOT_LEGAL:
            when = age.passes_from.isoformat() if age.passes_from else "later"
            return failed(
                f"{need.capitalize()}; this one qualifies from {when}.", passes_from=age.passes_from
            )
        if age.status is Status.UNKNOWN:
            return unknown(
                f"{need.capitalize()}, and the build date given does not settle it.",
                passes_from=age.passes_from,
                settle=("give the date of manufacture (the maker's plate or the 車検証 gives it)",),
            )
        if self.original and vehicle.original_configuration is False:
            return failed(
                f"{self.plate.capitalize()} need a vehicle kept as its maker built it ({self.citation}), and this "
                "one is not in its original configuration."
            )
        conditions = [
            f"it is used only for {self._uses_said}, not for general transportation ({self.citation})"
        ]
        if self.original and vehicle.original_configuration is None:
            conditions.insert(0, f"it is kept as its maker built it ({self.citation})")
        conditions += [f"{c} ({self.citation})" for c in self.conditions]
        return conditional(
            f"Old enough for {self.plate}, it may be registered with them, for {self._uses_said} only "
            f"({self.citation}).",
            conditions=conditions,
            restrictions=[self.restriction()],
        )
