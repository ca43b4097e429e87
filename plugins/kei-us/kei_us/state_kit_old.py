"""Building blocks for US state rules on mini trucks, declared in the order of the law.

A state plugin declares what its statute says once, as data, and turns it into rules::

    DEFINITION = MiniTruckDefinition(term="mini-truck", width=Limit.at_least("48 in"), ...)
    ROADS = RoadAccess(max_posted_mph=55, interstate=False, controlled_access=False, ...)
    EQUIPMENT = RequiredEquipment(["headlamps", AnyOf("exterior_mirror_passenger", "interior_mirror")], ...)
    REGISTRATION = Registration(RegistrationOutcome.MINI_TRUCK_CLASS, how="...", ...)
    RULES = state_rules("US-LA", DEFINITION, ROADS, EQUIPMENT, REGISTRATION, in_force=Period("2010-08-15"))

Each block carries its law (``citation``, ``source``, ``reviewed_on``, optionally
``source_as_of``, ``sources``, ``notes``) and two flags: ``unconfirmed`` (not confirmed in an
official text: the core then never lets it make a verdict better than ``conditional``) and
``policy`` (agency practice, not statute: the finding says it may change without a new law).
:func:`state_rules` gives each block the rule ID ``<code>-<PART>`` (``US-LA-DEFINITION``,
``US-LA-ROADS``, ``US-LA-EQUIPMENT``, ``US-LA-REGISTRATION``) unless the block names its own
``id``, and one period in force for all of them (required: before it the level is ``unknown``).

Conditions are whole sentences about the vehicle or imperatives to its owner ("it has a fully
enclosed metal cab", "register it as an off-road vehicle"); figures print as people write them
("110 km/h is not at most 25 mph (40 km/h)"), with more places only where rounding would hide
the comparison.

Limits are written as the statute writes them (``"54 in"``, ``"1,500 lb"``, ``"25 mph"``) and
compared exactly with the vehicle's stored value: 54 in is 1,371.6 mm, so 1,371.6 mm is within
and 1,371.7 mm is not.

Restrictions on use carry stable ``kind`` keys (public: machines read them):

============================  ===============================================================
``max_posted_speed_mph``      value: the highest posted limit of a road it may use (int)
``excluded_highways``         value: tuple of access-controlled highway keys from
                              :data:`HIGHWAY_TYPES` (interstate, controlled or limited access)
``excluded_roads``            value: tuple of other road-type keys from :data:`ROAD_TYPES`
``crossing``                  value: where it may cross a road it may not use (a key of
                              :data:`CROSSINGS`)
``designated_roads_only``     value: ``True``; only roads a county or city designates, by permit
``local_opt_out``             value: ``True``; a county or city may bar it from its roads
``daylight_only``             value: ``True``
``plate_marking``             value: the words the plate carries (``"restricted low speed use"``)
``limited_use``               value: tuple of the uses allowed (``("farm", "antique")``)
``not_transferable``          value: ``True``; the registration ends with a change of owner
============================  ===============================================================
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, ClassVar

import attrs

from kei_core import (
    EQUIPMENT as EQUIPMENT_NAMES,
)
from kei_core import (
    Measure,
    Outcome,
    Period,
    Restriction,
    Rule,
    RuleKind,
    Status,
    Vehicle,
    conditional,
    failed,
    missing,
    passed,
    show,
    unknown,
)

__all__ = [
    "CROSSINGS",
    "HIGHWAY_TYPES",
    "POLICY_NOTE",
    "ROAD_TYPES",
    "AnyOf",
    "Limit",
    "MiniTruckDefinition",
    "Registration",
    "RegistrationOutcome",
    "RequiredEquipment",
    "RoadAccess",
    "StatePart",
    "WeightBasis",
    "state_rules",
]

POLICY_NOTE = "This rests on agency policy, not statute, and may change without a new law."

HIGHWAY_TYPES: dict[str, str] = {
    "interstate": "interstates",
    "controlled_access": "controlled-access highways",
    "limited_access": "limited-access highways",
}
"""Access-controlled highways a state may close to mini trucks: key (an ``excluded_highways``
value) -> words."""

ROAD_TYPES: dict[str, str] = {
    "multilane_divided": "multi-lane divided highways with partial or no control of access",
    "state_highway": "state highways",
    "federal_highway": "federal highways",
}
"""Other roads a state may close to mini trucks: key (an ``excluded_roads`` value) -> words."""

CROSSINGS: dict[str, str] = {
    "intersection": "at an intersection",
    "controlled_intersection": "at an intersection controlled by signals or signs",
    "signalized_intersection": "at an intersection with traffic signals",
}
"""Where a state lets a mini truck cross a road it may not drive along."""


# -- law carried by every block -------------------------------------------------------------


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _date(value: dt.date | str) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def _optional_date(value: dt.date | str | None) -> dt.date | None:
    return None if value is None else _date(value)


_SENTENCE_OPENINGS = ("it ", "its ")
_NOUN_PHRASE_OPENINGS = ("a ", "an ", "the ")


def _feature_sentences(value: Iterable[str]) -> tuple[str, ...]:
    """Features as whole sentences about the vehicle: a noun phrase ("a fully enclosed metal
    cab") becomes "it has a fully enclosed metal cab"; a sentence stays as written."""
    return tuple(f"it has {text}" if text.startswith(_NOUN_PHRASE_OPENINGS) else text for text in value)


@attrs.frozen(kw_only=True)
class StatePart:
    """What every block carries: the law it comes from, and how it becomes a rule.

    * ``citation``, ``source``, ``reviewed_on``: the statute, its URL, when it was last read.
    * ``id``: the rule ID, when not ``<CODE>-<PART>``.
    * ``source_as_of``: the date of the text version read, where known.
    * ``unconfirmed``: rests on a fact not confirmed in an official text.
    * ``policy``: rests on agency practice, not statute (the message says it may change).
    * ``sources``: secondary copies also read; ``notes``: why, and which source was followed.
    """

    part: ClassVar[str]

    citation: str
    source: str
    reviewed_on: dt.date = attrs.field(converter=_date)
    id: str | None = None
    source_as_of: dt.date | None = attrs.field(default=None, converter=_optional_date)
    unconfirmed: bool = False
    policy: bool = False
    sources: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    notes: str = ""

    def statement(self) -> str:
        """One line saying what the block demands."""
        raise NotImplementedError

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The block's answer for ``vehicle`` on ``on``."""
        raise NotImplementedError


# -- units and limits --------------------------------------------------------------------------


def _measure(text: str | Measure) -> Measure:
    return text if isinstance(text, Measure) else Measure.parse(text)


@attrs.frozen
class Limit:
    """A statute's bound on one quantity, in the statute's own unit, compared exactly.

    Build with :meth:`at_most` ("not more than 54 inches"), :meth:`at_least`, :meth:`less_than`,
    :meth:`more_than` ("can exceed 40 mph") or :meth:`between` (both ends inclusive).
    """

    low: Measure | None = None
    high: Measure | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def __attrs_post_init__(self) -> None:
        if self.low is None and self.high is None:
            raise ValueError("a Limit needs a lower or an upper bound")
        if self.low is not None and self.high is not None and self.low.dimension != self.high.dimension:
            raise ValueError(f"Limit bounds {self.low} and {self.high} measure different things")

    @classmethod
    def at_most(cls, text: str | Measure) -> Limit:
        return cls(high=_measure(text))

    @classmethod
    def less_than(cls, text: str | Measure) -> Limit:
        return cls(high=_measure(text), high_inclusive=False)

    @classmethod
    def at_least(cls, text: str | Measure) -> Limit:
        return cls(low=_measure(text))

    @classmethod
    def more_than(cls, text: str | Measure) -> Limit:
        return cls(low=_measure(text), low_inclusive=False)

    @classmethod
    def between(cls, low: str | Measure, high: str | Measure) -> Limit:
        return cls(low=_measure(low), high=_measure(high))

    @property
    def dimension(self) -> str:
        bound = self.low or self.high
        assert bound is not None
        return bound.dimension

    def admits_low(self, value: Decimal) -> bool:
        """``value`` (in kei's unit for the dimension) is on the right side of the lower bound."""
        if self.low is None:
            return True
        return value >= self.low.si if self.low_inclusive else value > self.low.si

    def admits_high(self, value: Decimal) -> bool:
        """``value`` is on the right side of the upper bound."""
        if self.high is None:
            return True
        return value <= self.high.si if self.high_inclusive else value < self.high.si

    def admits(self, value: Decimal) -> bool:
        """``value`` (mm, kg, kW, km/h or cc) is within the limit, compared exactly."""
        return self.admits_low(value) and self.admits_high(value)

    def describe(self) -> str:
        """As the statute reads: ``at most 54 in``, ``more than 40 mph``, ``900 lb to 2,200 lb``."""
        if self.low is not None and self.high is not None:
            if self.low_inclusive and self.high_inclusive:
                return f"{self.low} to {self.high}"
            return f"{self._low_words()} and {self._high_words()}"
        return self._low_words() if self.low is not None else self._high_words()

    def _low_words(self) -> str:
        return f"{'at least' if self.low_inclusive else 'more than'} {self.low}"

    def _high_words(self) -> str:
        return f"{'at most' if self.high_inclusive else 'less than'} {self.high}"


# -- the statutory definition -------------------------------------------------------------------


class WeightBasis(enum.Enum):
    """What a statute weighs. kei knows ``curb_weight_kg`` (ready to drive, with fuel and
    fluids, no load) and ``gvwr_kg``; a dry weight (without fuel and fluids) is at most the
    curb weight, so a maximum on it is decided by the curb weight and a minimum only when the
    curb weight is already below it (otherwise the dry weight becomes a condition to confirm)."""

    CURB = "curb weight"
    UNLADEN = "unladen weight including fuel and fluids"
    DRY = "dry weight (without fuel and fluids)"
    GROSS = "gross vehicle weight rating"


_UNIT = {"length": "mm", "mass": "kg", "power": "kW", "speed": "km/h", "volume": "cc"}


@attrs.frozen
class _Axis:
    name: str
    field: str
    limit: Limit


@attrs.frozen(kw_only=True)
class MiniTruckDefinition(StatePart):
    """A state's statutory definition of its mini-truck class, field by field.

    * ``term``: the statute's word (``"mini-truck"``, ``"kei vehicle"``).
    * ``engine``: displacement limit of a combustion engine (``Limit.at_most("660 cc")``).
    * ``electric_power``: limit on an electric motor (``Limit.at_most("7,500 W")``); with
      ``engine`` it is the statute's "or".
    * ``width``, ``length``, ``height``: :class:`Limit` in the statute's unit.
    * ``weight`` on ``weight_basis`` (:class:`WeightBasis`).
    * ``top_speed``: what the vehicle can reach (``at_most("25 mph")`` for a governed truck).
    * ``wheels``: how many (``wheels_at_least`` for "four or more tires"); kei has no wheel
      count, so it is a condition to confirm.
    * ``features``: other things the statute demands that kei cannot see in the vehicle data,
      each a whole sentence about the vehicle that becomes a condition to confirm: "it has a
      fully enclosed metal cab", "it is used or maintained primarily for the transportation of
      property". A noun phrase opening with "a", "an" or "the" is read as "it has ..."; anything
      else is refused, so that no condition reads "it has is used ...".
    * ``required_equipment``: equipment named in the definition itself (names from
      ``kei_core.EQUIPMENT``); what the vehicle does not list is a condition (fit it or show it).
    * ``kei_class``: the statute defines its class by the Japanese kei class; decided by kei-jp's
      ``kei_class_test`` (install kei-jp).
    * ``not_fmvss_certified``: the class excludes vehicles certified to the FMVSS (or to FMVSS
      No. 500 as low-speed vehicles).
    """

    part: ClassVar[str] = "DEFINITION"

    term: str
    engine: Limit | None = None
    electric_power: Limit | None = None
    width: Limit | None = None
    length: Limit | None = None
    height: Limit | None = None
    weight: Limit | None = None
    weight_basis: WeightBasis | None = None
    top_speed: Limit | None = None
    wheels: int | None = None
    wheels_at_least: bool = False
    features: tuple[str, ...] = attrs.field(default=(), converter=_feature_sentences)
    required_equipment: frozenset[str] = attrs.field(default=frozenset(), converter=_names)
    kei_class: bool = False
    not_fmvss_certified: bool = False

    def __attrs_post_init__(self) -> None:
        expected = {
            "engine": "volume",
            "electric_power": "power",
            "width": "length",
            "length": "length",
            "height": "length",
            "weight": "mass",
            "top_speed": "speed",
        }
        for name, dimension in expected.items():
            limit = getattr(self, name)
            if limit is not None and limit.dimension != dimension:
                raise ValueError(f"{self.term}: {name} limit {limit.describe()} is not a {dimension}")
        if self.weight is not None and self.weight_basis is None:
            raise ValueError(
                f"{self.term}: a weight limit needs its weight_basis (curb, unladen, dry, gross)"
            )
        _check_names(self.required_equipment, f"{self.term} definition")
        for feature in self.features:
            if not feature.startswith(_SENTENCE_OPENINGS):
                raise ValueError(
                    f"{self.term} ({self.citation}): feature {feature!r} is not a whole sentence about the "
                    "vehicle; write it as one, beginning 'it' or 'its' ('it is used primarily to carry "
                    "property'), or as a noun phrase beginning 'a', 'an' or 'the' ('a fully enclosed metal cab')"
                )

    def statement(self) -> str:
        parts = self._parts_in_words()
        body = "; ".join(parts) if parts else "as the statute describes it"
        return f"The vehicle must be a '{self.term}' as {self.citation} defines it: {body}."

    def _parts_in_words(self) -> list[str]:
        words = []
        if self.kei_class:
            words.append("within the Japanese kei class")
        if self.wheels:
            words.append(self._wheels_text())
        if self.engine and self.electric_power:
            words.append(
                f"engine {self.engine.describe()} or electric motor {self.electric_power.describe()}"
            )
        elif self.engine:
            words.append(f"engine {self.engine.describe()}")
        elif self.electric_power:
            words.append(f"electric motor {self.electric_power.describe()}")
        for name in ("width", "length", "height"):
            limit = getattr(self, name)
            if limit:
                words.append(f"{name} {limit.describe()}")
        if self.weight and self.weight_basis:
            words.append(f"{self.weight_basis.value} {self.weight.describe()}")
        if self.top_speed:
            words.append(f"top speed {self.top_speed.describe()}")
        if self.required_equipment:
            words.append(
                "fitted with " + ", ".join(EQUIPMENT_NAMES[n] for n in sorted(self.required_equipment))
            )
        if self.not_fmvss_certified:
            words.append("not certified to the federal motor vehicle safety standards")
        words.extend(self.features)
        return words

    def _wheels_text(self) -> str:
        return f"at least {self.wheels} wheels" if self.wheels_at_least else f"{self.wheels} wheels"

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Is ``vehicle`` a ``term`` under this definition? Figures decide first; what kei cannot
        see (wheels, cab, a dry weight) becomes a condition."""
        fails: list[str] = []
        fits: list[str] = []
        needs: list[str] = []
        conditions: list[str] = []
        unsure: list[Outcome] = []

        for axis in self._axes(vehicle, fails, needs):
            value: Decimal | None = getattr(vehicle, axis.field)
            if value is None:
                needs.append(axis.field)
                continue
            self._compare(axis, value, fits, fails, conditions)

        if self.kei_class:
            outcome = _kei_class_test(vehicle)
            if outcome.status is Status.NOT_LEGAL:
                fails.append(f"outside the Japanese kei class ({outcome.message})")
            elif outcome.status is Status.UNKNOWN:
                unsure.append(outcome)
            else:
                fits.append("within the Japanese kei class")
        # Equipment the definition names can be fitted: what the vehicle does not list is a condition.
        absent = sorted(self.required_equipment - vehicle.equipment)
        conditions.extend(f"fit or show {EQUIPMENT_NAMES[name]} ({self.citation})" for name in absent)
        if self.not_fmvss_certified and vehicle.documents & {
            "fmvss_certification_label",
            "lsv_certification_label",
        }:
            fails.append("certified to the federal motor vehicle safety standards, which the class excludes")

        name = f"a '{self.term}' under {self.citation}"
        if fails:
            return failed(f"It is not {name}: " + "; ".join(fails) + ".")
        if needs:
            outcome = missing(*needs)
            return unknown(f"Whether it is {name} needs {', '.join(needs)}.", settle=outcome.settle)
        if unsure:
            return unknown(f"Whether it is {name} is open: {unsure[0].message}", settle=unsure[0].settle)
        if self.wheels:
            conditions.append(f"it has {self._wheels_text()} ({self.citation})")
        conditions.extend(f"{feature} ({self.citation})" for feature in self.features)
        figures = f" ({'; '.join(fits)})" if fits else ""
        if conditions and fits:
            return conditional(
                f"It meets the figures of {name}{figures}; confirm the rest.", conditions=conditions
            )
        if conditions:
            return conditional(
                f"Nothing kei knows rules out {name}; confirm what kei cannot check.", conditions=conditions
            )
        return passed(f"It is {name}{figures}.")

    def _axes(self, vehicle: Vehicle, fails: list[str], needs: list[str]) -> list[_Axis]:
        axes = []
        electric = vehicle.fuel == "electric"
        if self.engine and not (electric and self.electric_power):
            if electric:
                fails.append(f"electric, and the definition admits only an engine {self.engine.describe()}")
            else:
                axes.append(_Axis("engine", "displacement_cc", self.engine))
        elif self.electric_power:
            if electric:
                axes.append(_Axis("electric motor", "power_kw", self.electric_power))
            elif vehicle.fuel is None:
                needs.append("fuel")
            else:
                fails.append(
                    f"not electric, and the definition admits only an electric motor "
                    f"{self.electric_power.describe()}"
                )
        for name in ("width", "length", "height"):
            limit = getattr(self, name)
            if limit is not None:
                axes.append(_Axis(name, f"{name}_mm", limit))
        if self.weight is not None:
            field = "gvwr_kg" if self.weight_basis is WeightBasis.GROSS else "curb_weight_kg"
            axes.append(_Axis("weight", field, self.weight))
        if self.top_speed is not None:
            axes.append(_Axis("top speed", "top_speed_kmh", self.top_speed))
        return axes

    def _compare(
        self, axis: _Axis, value: Decimal, fits: list[str], fails: list[str], conditions: list[str]
    ) -> None:
        limit = axis.limit
        shown, converted = _figures(value, limit)
        label = axis.name
        if axis.name == "weight" and self.weight_basis is not None:
            label = f"{self.weight_basis.value}"
        if self.weight_basis is WeightBasis.DRY and axis.name == "weight":
            # kei knows the curb weight, an upper bound on the dry weight: a maximum is decided,
            # a minimum only when even the curb weight is below it.
            if not limit.admits_low(value):
                fails.append(
                    f"curb weight {shown} is already under the {limit.describe()} of dry weight"
                    f"{converted}, and the dry weight is lighter still"
                )
                return
            if not limit.admits_high(value) or limit.low is not None:
                conditions.append(
                    f"its dry weight is {limit.describe()}: the curb weight given, {shown}, includes fuel and "
                    f"fluids ({self.citation})"
                )
                return
            fits.append(f"curb weight {shown}, so dry weight {limit.describe()}")
            return
        if limit.admits(value):
            fits.append(f"{label} {shown} is {limit.describe()}{converted}")
        else:
            fails.append(f"{label} {shown} is not {limit.describe()}{converted}")


# How many decimal places people write a figure of kei's units with: "40 km/h", "1,395 mm", "29.4 kW".
_PLACES = {"mm": 0, "kg": 0, "kW": 1, "km/h": 0, "cc": 0}
_MOST_PLACES = 10


def _rounded(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _sides(limit: Limit, value: Decimal, places: int | None) -> tuple[bool, bool]:
    """Whether ``value`` is on the right side of each bound, both rounded to ``places`` (exact
    when ``None``)."""

    def at(number: Decimal) -> Decimal:
        return number if places is None else _rounded(number, places)

    low = limit.low is None or (
        at(value) >= at(limit.low.si) if limit.low_inclusive else at(value) > at(limit.low.si)
    )
    high = limit.high is None or (
        at(value) <= at(limit.high.si) if limit.high_inclusive else at(value) < at(limit.high.si)
    )
    return low, high


def _figures(value: Decimal, limit: Limit) -> tuple[str, str]:
    """The vehicle's figure and, for a limit written in another unit, the limit in kei's unit
    (`` (40 km/h)``), rounded as people write them: with only as many more places as it takes
    for the rounded figures to compare as the exact ones do. 110 km/h against 25 mph reads
    "40 km/h"; 1,371.7 mm against 54 in needs "1,371.6 mm"."""
    unit = _UNIT[limit.dimension]
    exact = _sides(limit, value, None)
    places: int | None = next(
        (n for n in range(_PLACES[unit], _MOST_PLACES + 1) if _sides(limit, value, n) == exact), None
    )
    bounds = [b for b in (limit.low, limit.high) if b is not None]
    shown = show(value, unit, places=places)
    if all(b.unit.lower() == unit.lower() for b in bounds):
        return shown, ""
    return shown, " (" + " to ".join(show(b.si, unit, places=places) for b in bounds) + ")"


def _kei_class_test(vehicle: Vehicle) -> Outcome:
    """kei-jp's public kei-class test; ``unknown`` (install kei-jp) when it is not installed."""
    try:
        from kei_jp import kei_class_test
    except ImportError:
        return unknown(
            "the Japanese kei class is decided by the kei-jp plugin, which is not installed",
            settle=("install kei-jp",),
        )
    result: Outcome = kei_class_test(vehicle)
    return result


# -- equipment ---------------------------------------------------------------------------------


@attrs.frozen(init=False)
class AnyOf:
    """One item of an equipment list that any of several fittings meets ("a passenger-side
    exterior mirror or an interior mirror")."""

    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        self.__attrs_init__(tuple(names))

    def met_by(self, equipment: frozenset[str]) -> bool:
        return any(name in equipment for name in self.names)

    def describe(self) -> str:
        return " or ".join(EQUIPMENT_NAMES[name] for name in self.names)


def _check_names(names: Iterable[str], where: str) -> None:
    for name in names:
        if name not in EQUIPMENT_NAMES:
            raise ValueError(f"{where}: {name!r} is not an equipment name in kei_core.EQUIPMENT")


def _items(value: Iterable[str | AnyOf]) -> tuple[str | AnyOf, ...]:
    items = tuple(value)
    ordered = sorted(items, key=lambda item: item if isinstance(item, str) else "|".join(item.names))
    return tuple(ordered) if isinstance(value, set | frozenset) else items


@attrs.frozen
class RequiredEquipment(StatePart):
    """Equipment the statute requires for road use. Items are names from ``kei_core.EQUIPMENT``
    or :class:`AnyOf`. What the vehicle does not list is a condition (fit it or show it), never a
    failure: equipment can be fitted."""

    part: ClassVar[str] = "EQUIPMENT"

    items: tuple[str | AnyOf, ...] = attrs.field(converter=_items)

    def __attrs_post_init__(self) -> None:
        for item in self.items:
            _check_names(item.names if isinstance(item, AnyOf) else (item,), self.citation)

    def statement(self) -> str:
        return (
            f"Road use needs this equipment ({self.citation}): "
            + "; ".join(_describe(item) for item in self.items)
            + "."
        )

    def lacking(self, vehicle: Vehicle) -> tuple[str | AnyOf, ...]:
        """The items ``vehicle.equipment`` does not show."""
        return tuple(
            item
            for item in self.items
            if not (item.met_by(vehicle.equipment) if isinstance(item, AnyOf) else item in vehicle.equipment)
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Everything listed: passed; otherwise conditional on fitting (or showing) the rest."""
        lacking = self.lacking(vehicle)
        if not lacking:
            return passed(f"It has all {len(self.items)} items of equipment required ({self.citation}).")
        return conditional(
            f"{len(self.items)} items of equipment are required ({self.citation}); {len(lacking)} are not "
            "shown for this vehicle.",
            conditions=[f"fit or show {_describe(item)} ({self.citation})" for item in lacking],
        )


def _describe(item: str | AnyOf) -> str:
    return item.describe() if isinstance(item, AnyOf) else EQUIPMENT_NAMES[item]


# -- road access -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class RoadAccess(StatePart):
    """Where a mini truck may be driven, as restrictions with stable ``kind`` keys.

    * ``max_posted_mph``: only roads posted at most this.
    * ``interstate``, ``controlled_access``, ``limited_access``, ``multilane_divided``,
      ``state_highway``, ``federal_highway``: ``False`` closes that road type.
    * ``cross_at``: where it may cross a road it may not drive along (a key of :data:`CROSSINGS`),
      and ``cross_max_posted_mph`` if only roads up to a posted limit may be crossed.
    * ``local_permit``: only on roads a county, city or town designates by ordinance, with its
      permit (the ``local_permit`` document meets the condition).
    * ``local_opt_out``: a county or city may bar it from its roads.
    * ``daylight_only``.
    * ``conditions``: what the driver must have, each a whole sentence ("its driver holds a
      valid driver's license", "it is insured for liability to the minimum limits of ...").
    """

    part: ClassVar[str] = "ROADS"

    max_posted_mph: int | None = None
    interstate: bool = True
    controlled_access: bool = True
    limited_access: bool = True
    multilane_divided: bool = True
    state_highway: bool = True
    federal_highway: bool = True
    cross_at: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(CROSSINGS))
    )
    cross_max_posted_mph: int | None = None
    local_permit: bool = False
    local_opt_out: bool = False
    daylight_only: bool = False
    conditions: tuple[str, ...] = attrs.field(default=(), converter=_strings)

    @property
    def excluded_highways(self) -> tuple[str, ...]:
        """Keys of :data:`HIGHWAY_TYPES` closed to it."""
        return tuple(key for key in HIGHWAY_TYPES if not getattr(self, key))

    @property
    def excluded_roads(self) -> tuple[str, ...]:
        """Keys of :data:`ROAD_TYPES` closed to it."""
        return tuple(key for key in ROAD_TYPES if not getattr(self, key))

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
        excluded = self.excluded_highways
        if excluded:
            words = _or_list([HIGHWAY_TYPES[key] for key in excluded])
            found.append(Restriction("excluded_highways", excluded, f"no {words}"))
        closed = self.excluded_roads
        if closed:
            words = _or_list([ROAD_TYPES[key] for key in closed])
            found.append(Restriction("excluded_roads", closed, f"no {words}"))
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


# -- registration ------------------------------------------------------------------------------


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


@attrs.frozen
class Registration(StatePart):
    """How the state registers (or refuses) a mini truck.

    * ``outcome``: a :class:`RegistrationOutcome`.
    * ``how``: what the owner does ("register it as an off-road vehicle and display the OMV
      decal"); a condition of a passing outcome, the explanation of a failing one.
    * ``plate_marking``: words the plate carries (a ``plate_marking`` restriction).
    * ``limited_use``: the uses a farm or antique registration allows.
    * ``grandfathered_before``: registrations issued before this date may be renewed (the
      ``state_registration`` document shows one); they are not transferable.
    * ``changes_on``: a new law decides from this date (the finding's ``passes_from`` when it
      does not pass now; the core re-evaluates on that date).
    * ``conditions``: other paperwork, each a whole sentence ("if OMV asks, give it a notarized
      translation of a foreign-language title").
    """

    part: ClassVar[str] = "REGISTRATION"

    outcome: RegistrationOutcome
    how: str = attrs.field(kw_only=True, default="")
    plate_marking: str | None = attrs.field(kw_only=True, default=None)
    limited_use: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=_strings)
    grandfathered_before: dt.date | None = attrs.field(kw_only=True, default=None, converter=_optional_date)
    changes_on: dt.date | None = attrs.field(kw_only=True, default=None, converter=_optional_date)
    conditions: tuple[str, ...] = attrs.field(kw_only=True, default=(), converter=_strings)

    def __attrs_post_init__(self) -> None:
        if (self.outcome is RegistrationOutcome.GRANDFATHERED) != (self.grandfathered_before is not None):
            raise ValueError(
                "grandfathered_before is required for, and only for, RegistrationOutcome.GRANDFATHERED"
            )
        if self.outcome is RegistrationOutcome.FARM_OR_ANTIQUE_ONLY and not self.limited_use:
            raise ValueError("a farm or antique registration needs limited_use (e.g. ('farm', 'antique'))")
        if self.plate_marking and self.outcome is not RegistrationOutcome.MINI_TRUCK_CLASS:
            raise ValueError("plate_marking belongs to RegistrationOutcome.MINI_TRUCK_CLASS")

    def statement(self) -> str:
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
        if self.outcome is RegistrationOutcome.UNSETTLED and self.how:
            return f"{self.how} ({self.citation})"
        how = f" ({self.how})" if self.how else ""
        return f"A mini truck {texts[self.outcome]}{how} ({self.citation})."

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The registration route, as conditions and restrictions, or why there is none."""
        return _REGISTRATION_CHECKS[self.outcome](self, vehicle)

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


_REGISTRATION_CHECKS: dict[RegistrationOutcome, Callable[[Registration, Vehicle], Outcome]] = {
    RegistrationOutcome.REGULAR: Registration._regular,
    RegistrationOutcome.MINI_TRUCK_CLASS: Registration._mini_truck_class,
    RegistrationOutcome.OFF_ROAD_TITLE_ONLY: Registration._refused,
    RegistrationOutcome.FARM_OR_ANTIQUE_ONLY: Registration._farm_or_antique,
    RegistrationOutcome.GRANDFATHERED: Registration._grandfathered,
    RegistrationOutcome.NOT_REGISTRABLE: Registration._refused,
    RegistrationOutcome.UNSETTLED: Registration._unsettled,
}


# -- turning blocks into rules -----------------------------------------------------------------


def _with_policy_note(check: Callable[[Vehicle, dt.date], Outcome]) -> Callable[[Vehicle, dt.date], Outcome]:
    def policy_check(vehicle: Vehicle, on: dt.date) -> Outcome:
        outcome = check(vehicle, on)
        return attrs.evolve(outcome, message=f"{outcome.message} {POLICY_NOTE}")

    return policy_check


def state_rules(jurisdiction: str, *parts: StatePart, in_force: Period | None = None) -> list[Rule]:
    """Turn a state's declared blocks into :class:`kei_core.Rule` objects, in the order given.

    Each rule's ID is the block's ``id`` or ``<jurisdiction>-<PART>`` (``US-LA-DEFINITION``);
    every rule gets ``in_force`` (all of them change together when a new act takes effect).
    ``in_force`` is required: a statute applies from the day its act took effect, and before
    that day the state's level answers ``unknown`` ("no rule encoded for this date"), never by
    the later law. A block with ``policy=True`` gets :data:`POLICY_NOTE` appended to every
    message.
    """
    if in_force is None:
        raise ValueError(
            f"state_rules({jurisdiction!r}): give in_force=Period(start), the day the act or policy took "
            "effect (and its end, if it ended); before it kei answers unknown rather than apply a later law"
        )
    rules = []
    for part in parts:
        check = _with_policy_note(part.check) if part.policy else part.check
        # Passed as a mapping: Rule's tuple converter does not type-check at call sites yet.
        secondary: dict[str, Any] = {"sources": part.sources}
        rules.append(
            Rule(
                id=part.id or f"{jurisdiction}-{part.part}",
                jurisdiction=jurisdiction,
                statement=part.statement(),
                citation=part.citation,
                source=part.source,
                reviewed_on=part.reviewed_on,
                check=check,
                kind=RuleKind.REQUIREMENT,
                source_as_of=part.source_as_of,
                in_force=in_force,
                unconfirmed=part.unconfirmed,
                policy=part.policy,
                notes=part.notes,
                **secondary,
            )
        )
    return rules
