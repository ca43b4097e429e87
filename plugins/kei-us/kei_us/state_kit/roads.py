"""Where a mini truck may be driven: road classes named from a vocabulary, and restrictions.

A state closes road classes by name (``closed={"interstate", "controlled_access"}``); every
name must be a key of :data:`ROAD_CLASSES`, and a class a statute names that the table lacks is
one more line there, not a new field.
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Sequence
from typing import Any, ClassVar, NamedTuple

import attrs

from kei_core import Outcome, Provision, Restriction, Vehicle, conditional, names, passed, texts

__all__ = ["CROSSINGS", "HIGHWAY_TYPES", "ROAD_CLASSES", "ROAD_TYPES", "RoadAccess", "RoadClass"]


class RoadClass(NamedTuple):
    """A class of road a state may close to mini trucks: its words, and the restriction kind
    (``excluded_highways`` for access-controlled highways, ``excluded_roads`` for others) that
    reports it."""

    words: str
    restriction: str = "excluded_roads"


ROAD_CLASSES: dict[str, RoadClass] = {
    "interstate": RoadClass("interstates", "excluded_highways"),
    "controlled_access": RoadClass("controlled-access highways", "excluded_highways"),
    "limited_access": RoadClass("limited-access highways", "excluded_highways"),
    "multilane_divided": RoadClass("multi-lane divided highways with partial or no control of access"),
    "state_highway": RoadClass("state highways"),
    "federal_highway": RoadClass("federal highways"),
}
"""Road classes a state may close to mini trucks, by key (the values of the ``excluded_highways``
and ``excluded_roads`` restrictions), in the order a driver reads them."""

HIGHWAY_TYPES: dict[str, str] = {
    key: road.words for key, road in ROAD_CLASSES.items() if road.restriction == "excluded_highways"
}
"""Access-controlled highways: key (an ``excluded_highways`` value) -> words."""

ROAD_TYPES: dict[str, str] = {
    key: road.words for key, road in ROAD_CLASSES.items() if road.restriction == "excluded_roads"
}
"""Other roads: key (an ``excluded_roads`` value) -> words."""

CROSSINGS: dict[str, str] = {
    "intersection": "at an intersection",
    "controlled_intersection": "at an intersection controlled by signals or signs",
    "signalized_intersection": "at an intersection with traffic signals",
}
"""Where a state lets a mini truck cross a road it may not drive along."""

_FLAGS = (
    "interstate",
    "controlled_access",
    "limited_access",
    "multilane_divided",
    "state_highway",
    "federal_highway",
)
"""The road classes that were boolean fields before ``closed`` (deprecated: pass ``closed``)."""


def _known_roads(instance: object, attribute: attrs.Attribute[Any], value: frozenset[str]) -> None:
    for key in sorted(value - ROAD_CLASSES.keys()):
        import difflib  # only for a misspelt class: a state kit that loads imports none

        close = difflib.get_close_matches(key, list(ROAD_CLASSES), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ValueError(
            f"road class {key!r} is not in kei_us.state_kit.ROAD_CLASSES{hint}; known: "
            f"{', '.join(ROAD_CLASSES)} (a new class is one more line in that table)"
        )


def _deprecated_flag() -> Any:
    return attrs.field(default=None, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class RoadAccess(Provision):
    """Where a mini truck may be driven, as restrictions with stable ``kind`` keys.

    * ``max_posted_mph``: only roads posted at most this.
    * ``closed``: the road classes closed to it, keys of :data:`ROAD_CLASSES`
      (``closed={"interstate", "controlled_access"}``).
    * ``cross_at``: where it may cross a road it may not drive along (a key of :data:`CROSSINGS`),
      and ``cross_max_posted_mph`` if only roads up to a posted limit may be crossed.
    * ``local_permit``: only on roads a county, city or town designates by ordinance, with its
      permit (the ``local_permit`` document meets the condition).
    * ``local_opt_out``: a county or city may bar it from its roads.
    * ``daylight_only``.
    * ``conditions``: what the driver must have, each a whole sentence ("its driver holds a
      valid driver's license", "it is insured for liability to the minimum limits of ...").

    Deprecated: ``interstate=False`` (and ``controlled_access``, ``limited_access``,
    ``multilane_divided``, ``state_highway``, ``federal_highway``) closes that class, as
    ``closed`` does; it warns, and goes in a later release.
    """

    part: ClassVar[str] = "ROADS"

    max_posted_mph: int | None = None
    closed: frozenset[str] = attrs.field(default=frozenset(), converter=names, validator=_known_roads)
    cross_at: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(CROSSINGS))
    )
    cross_max_posted_mph: int | None = None
    local_permit: bool = False
    local_opt_out: bool = False
    daylight_only: bool = False
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)
    interstate: bool | None = _deprecated_flag()
    controlled_access: bool | None = _deprecated_flag()
    limited_access: bool | None = _deprecated_flag()
    multilane_divided: bool | None = _deprecated_flag()
    state_highway: bool | None = _deprecated_flag()
    federal_highway: bool | None = _deprecated_flag()

    def __attrs_post_init__(self) -> None:
        given = {flag: getattr(self, flag) for flag in _FLAGS if getattr(self, flag) is not None}
        if not given:
            return
        warnings.warn(
            f"RoadAccess({', '.join(f'{flag}={value}' for flag, value in given.items())}) is deprecated: "
            f"write closed={{{', '.join(repr(f) for f, open_ in given.items() if not open_)}}}",
            DeprecationWarning,
            stacklevel=3,
        )
        for flag, open_ in given.items():
            if open_ and flag in self.closed:
                raise ValueError(f"RoadAccess: {flag}=True contradicts closed={sorted(self.closed)}")
        object.__setattr__(self, "closed", self.closed | {flag for flag, open_ in given.items() if not open_})

    def _closed(self, restriction: str) -> tuple[str, ...]:
        return tuple(
            key
            for key, road in ROAD_CLASSES.items()
            if key in self.closed and road.restriction == restriction
        )

    @property
    def excluded_highways(self) -> tuple[str, ...]:
        """Keys of the access-controlled highways closed to it, in table order."""
        return self._closed("excluded_highways")

    @property
    def excluded_roads(self) -> tuple[str, ...]:
        """Keys of the other road classes closed to it, in table order."""
        return self._closed("excluded_roads")

    def restrictions(self) -> tuple[Restriction, ...]:
        """The restrictions in the order a driver reads them: speed, closed roads, crossing, local."""
        found = []
        if self.max_posted_mph is not None:
            found.append(
                Restriction(
                    "max_posted_speed_mph",
                    self.max_posted_mph,
                    f"roads posted {self.max_posted_mph} mph or less",
                )
            )
        for kind in ("excluded_highways", "excluded_roads"):
            keys = self._closed(kind)
            if keys:
                found.append(Restriction(kind, keys, f"no {_or_list([ROAD_CLASSES[k].words for k in keys])}"))
        if self.cross_at is not None:
            limit = f" posted {self.cross_max_posted_mph} mph or less" if self.cross_max_posted_mph else ""
            found.append(
                Restriction(
                    "crossing", self.cross_at, f"may cross other roads{limit} only {CROSSINGS[self.cross_at]}"
                )
            )
        if self.local_permit:
            found.append(
                Restriction(
                    "designated_roads_only",
                    True,
                    "only on roads a county, city or town designates, with its permit",
                )
            )
        if self.local_opt_out:
            found.append(Restriction("local_opt_out", True, "a county or city may bar it from its roads"))
        if self.daylight_only:
            found.append(Restriction("daylight_only", True, "daylight only"))
        return tuple(found)

    def statement(self) -> str:
        texts = [r.text for r in self.restrictions()] or ["any public road"]
        return f"A mini truck may be driven only as {self.citation} allows: " + "; ".join(texts) + "."

    def reads(self) -> frozenset[str]:
        return frozenset({"documents"} if self.local_permit else ())

    def uses_date(self) -> bool:
        return False

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Road use is allowed within the restrictions; a permit or driver conditions make it conditional."""
        restrictions = self.restrictions()
        conditions = list(self.conditions)
        if self.local_permit and "local_permit" not in vehicle.documents:
            conditions.insert(0, "get a permit from each county, city or town whose roads it uses")
        # Said of the law, not of this vehicle: whether it may be driven at all is the verdict's
        # answer (a failed definition or registration still stands in the way).
        if restrictions:
            limits = "; ".join(r.text for r in restrictions)
            message = f"Under {self.citation}, a mini truck keeps to these roads: {limits}."
        else:
            message = (
                f"Under {self.citation}, a mini truck has no road limit beyond those of any motor vehicle."
            )
        if conditions:
            return conditional(
                message, conditions=[f"{c} ({self.citation})" for c in conditions], restrictions=restrictions
            )
        return passed(message, restrictions=restrictions)


def _or_list(words: Sequence[str]) -> str:
    if len(words) <= 2:
        return " or ".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]
