"""How a state registers (or refuses) a mini truck: the practices states follow, and a way to
declare one they do not.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any, ClassVar

import attrs

from kei_core import (
    Check,
    Outcome,
    Provision,
    Restriction,
    Vehicle,
    conditional,
    failed,
    texts,
    to_optional_date,
    unknown,
)

__all__ = ["Registration", "RegistrationOutcome"]


class RegistrationOutcome(enum.Enum):
    """What a state does when a mini truck is brought to be titled and registered."""

    REGULAR = "regular"
    """Titled and registered like any motor vehicle."""
    MINI_TRUCK_CLASS = "mini_truck_class"
    """Registered in the state's mini-truck class (a marked plate, a decal), road use restricted."""
    OFF_ROAD_TITLE_ONLY = "off_road_title_only"
    """An off-road title at most: no registration for public roads."""
    FARM_OR_ANTIQUE_ONLY = "farm_or_antique_only"
    """Only a farm or antique registration, with the use it allows."""
    GRANDFATHERED = "grandfathered"
    """Only registrations issued before a date may be renewed, and not for a new owner."""
    NOT_REGISTRABLE = "not_registrable"
    """Neither titled nor registered."""
    UNSETTLED = "unsettled"
    """No statute decides; the answer depends on the office (or a law not yet in force)."""
    CUSTOM = "custom"
    """A practice none of the others describes, decided by the state's own check
    (:meth:`Registration.custom`)."""


@attrs.frozen
class Registration(Provision):
    """How the state registers (or refuses) a mini truck.

    * ``outcome``: a :class:`RegistrationOutcome`.
    * ``how``: what the owner does ("register it as an off-road vehicle and display the OMV
      decal"); a condition of a passing outcome, the explanation of a failing one; for
      ``UNSETTLED`` and ``CUSTOM``, the sentence that states the practice.
    * ``plate_marking``: words the plate carries (a ``plate_marking`` restriction).
    * ``limited_use``: the uses a farm or antique registration allows.
    * ``grandfathered_before``: registrations issued before this date may be renewed (the
      ``state_registration`` document shows one); they are not transferable.
    * ``changes_on``: a new law decides from this date (the finding's ``passes_from`` when it
      does not pass now; the core re-evaluates on that date).
    * ``conditions``: other paperwork, each a whole sentence ("if OMV asks, give it a notarized
      translation of a foreign-language title").
    * ``decide``: for ``CUSTOM`` only, the state's check (see :meth:`custom`).
    """

    part: ClassVar[str] = "REGISTRATION"

    outcome: RegistrationOutcome
    how: str = attrs.field(kw_only=True, default="")
    plate_marking: str | None = attrs.field(kw_only=True, default=None)
    limited_use: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=texts)
    grandfathered_before: dt.date | None = attrs.field(kw_only=True, default=None, converter=to_optional_date)
    changes_on: dt.date | None = attrs.field(kw_only=True, default=None, converter=to_optional_date)
    conditions: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=texts)
    decide: Check | None = attrs.field(kw_only=True, default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if (self.outcome is RegistrationOutcome.GRANDFATHERED) != (self.grandfathered_before is not None):
            raise ValueError(
                "grandfathered_before is required for, and only for, RegistrationOutcome.GRANDFATHERED"
            )
        if self.outcome is RegistrationOutcome.FARM_OR_ANTIQUE_ONLY and not self.limited_use:
            raise ValueError("a farm or antique registration needs limited_use (e.g. ('farm', 'antique'))")
        if self.plate_marking and self.outcome is not RegistrationOutcome.MINI_TRUCK_CLASS:
            raise ValueError("plate_marking belongs to RegistrationOutcome.MINI_TRUCK_CLASS")
        if (self.outcome is RegistrationOutcome.CUSTOM) != (self.decide is not None):
            raise ValueError(
                "decide is required for, and only for, RegistrationOutcome.CUSTOM: use Registration.custom(check, "
                "how=...)"
            )
        if self.outcome is RegistrationOutcome.CUSTOM and not self.how:
            raise ValueError("a custom registration states its practice in how= (one sentence)")

    @classmethod
    def custom(cls, decide: Check, *, how: str, **details: Any) -> Registration:
        """A registration practice none of the outcomes describes, decided by ``decide(vehicle,
        on) -> Outcome`` and stated by ``how`` (one sentence); ``details`` are the block's law
        (``citation``, ``source``, ``reviewed_on``...), ``id``, ``conditions`` or
        ``changes_on``."""
        return cls(RegistrationOutcome.CUSTOM, decide=decide, how=how, **details)

    def statement(self) -> str:
        if self.outcome in (RegistrationOutcome.UNSETTLED, RegistrationOutcome.CUSTOM) and self.how:
            return f"{self.how} ({self.citation})"
        texts = {
            RegistrationOutcome.REGULAR: "is titled and registered like any motor vehicle",
            RegistrationOutcome.MINI_TRUCK_CLASS: "is registered in the state's mini-truck class",
            RegistrationOutcome.OFF_ROAD_TITLE_ONLY: "may get an off-road title only, no road registration",
            RegistrationOutcome.FARM_OR_ANTIQUE_ONLY: "may be registered only for "
            + " or ".join(self.limited_use)
            + " use",
            RegistrationOutcome.GRANDFATHERED: "may keep a registration issued before "
            + (self.grandfathered_before.isoformat() if self.grandfathered_before else "")
            + "; no new or transferred registrations",
            RegistrationOutcome.NOT_REGISTRABLE: "is neither titled nor registered",
            RegistrationOutcome.UNSETTLED: "has no statute deciding its registration",
        }
        how = f" ({self.how})" if self.how else ""
        return f"A mini truck {texts[self.outcome]}{how} ({self.citation})."

    def reads(self) -> frozenset[str] | None:
        if self.decide is not None:
            return None  # the state's own check: it may read any field
        return frozenset({"documents"} if self.outcome is RegistrationOutcome.GRANDFATHERED else ())

    def uses_date(self) -> bool:
        return self.decide is not None

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The registration route, as conditions and restrictions, or why there is none."""
        if self.decide is not None:
            return self.decide(vehicle, on)
        return _CHECKS[self.outcome](self, vehicle)

    def _conditions(self) -> list[str]:
        todo = [self.how] if self.how else []
        return [f"{c} ({self.citation})" for c in [*todo, *self.conditions]]

    def _regular(self, vehicle: Vehicle) -> Outcome:
        return conditional(
            f"It can be titled and registered like any motor vehicle ({self.citation}).",
            conditions=self._conditions() or [f"title and register it ({self.citation})"],
        )

    def _mini_truck_class(self, vehicle: Vehicle) -> Outcome:
        restrictions = []
        if self.plate_marking:
            restrictions.append(
                Restriction(
                    "plate_marking", self.plate_marking, f"the plate must read '{self.plate_marking}'"
                )
            )
        return conditional(
            f"It can be registered in the state's mini-truck class ({self.citation}).",
            conditions=self._conditions() or [f"register it as a mini-truck ({self.citation})"],
            restrictions=restrictions,
        )

    def _farm_or_antique(self, vehicle: Vehicle) -> Outcome:
        uses = " or ".join(self.limited_use)
        return conditional(
            f"It may be registered only for {uses} use ({self.citation}), not for general road use.",
            conditions=self._conditions(),
            restrictions=[Restriction("limited_use", self.limited_use, f"{uses} use only")],
        )

    def _grandfathered(self, vehicle: Vehicle) -> Outcome:
        cutoff = self.grandfathered_before.isoformat() if self.grandfathered_before else ""
        if "state_registration" in vehicle.documents:
            return conditional(
                f"A registration issued before {cutoff} may be renewed ({self.citation}), but it cannot pass "
                "to a new owner.",
                conditions=[
                    f"the registration was issued before {cutoff} to the current owner ({self.citation})"
                ],
                restrictions=[
                    Restriction("not_transferable", True, "the registration ends with a change of owner")
                ],
            )
        return failed(
            f"No new registrations: only one issued before {cutoff} may be renewed, and not for a new owner "
            f"({self.citation}).",
            settle=[f"a registration in this state issued before {cutoff} to the current owner"],
        )

    def _refused(self, vehicle: Vehicle) -> Outcome:
        what = {
            RegistrationOutcome.OFF_ROAD_TITLE_ONLY: "It may get an off-road title at most; it cannot be "
            "registered for public roads",
            RegistrationOutcome.NOT_REGISTRABLE: "It can be neither titled nor registered",
        }[self.outcome]
        how = f": {self.how}" if self.how else ""
        return failed(f"{what} ({self.citation}){how}.", passes_from=self.changes_on)

    def _unsettled(self, vehicle: Vehicle) -> Outcome:
        what = self.how or "No statute decides whether it can be titled and registered."
        later = f" The answer changes on {self.changes_on.isoformat()}." if self.changes_on else ""
        return unknown(
            f"{what} ({self.citation}){later}",
            passes_from=self.changes_on,
            settle=["ask the titling office that would register it"],
        )


_CHECKS: dict[RegistrationOutcome, Callable[[Registration, Vehicle], Outcome]] = {
    RegistrationOutcome.REGULAR: Registration._regular,
    RegistrationOutcome.MINI_TRUCK_CLASS: Registration._mini_truck_class,
    RegistrationOutcome.OFF_ROAD_TITLE_ONLY: Registration._refused,
    RegistrationOutcome.FARM_OR_ANTIQUE_ONLY: Registration._farm_or_antique,
    RegistrationOutcome.GRANDFATHERED: Registration._grandfathered,
    RegistrationOutcome.NOT_REGISTRABLE: Registration._refused,
    RegistrationOutcome.UNSETTLED: Registration._unsettled,
}
