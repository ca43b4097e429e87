"""Building blocks for the law of a state, province or territory, shared by every kit.

A sub-national statute on mini trucks says the same kinds of thing everywhere: limits in its
own units ("not more than 54 inches"), equipment to carry, the vehicles it speaks of. A kit
(``kei_us.state_kit``; a Canadian or Australian one alike) declares such statutes as
*provisions*, blocks of data that carry their law, and turns them into rules::

    EQUIPMENT = RequiredEquipment(["headlamps", AnyOf("exterior_mirror_passenger", "interior_mirror")],
                                  citation="La. R.S. 32:299.2(B)", source=..., reviewed_on="2026-12-01")
    RULES = rules_from("US-LA", EQUIPMENT, ..., in_force=Period("2010-08-15"))

and a plugin of one jurisdiction is declared, not written::

    plugin = jurisdiction_plugin("CA-BC", "British Columbia", parent="CA", rules="kei_ca_bc.law:RULES")

* :class:`Limit`: a statute's bound in the statute's unit, compared exactly.
* :class:`Provision`: a block with its law (:class:`~kei_core.Law`, shared with
  :class:`~kei_core.Rule`), a statement and a check; :func:`rules_from` makes rules of blocks.
* :class:`RequiredEquipment` and :class:`AnyOf`: equipment a statute demands.
* :class:`Scope`: the vehicles some provisions speak of; any other vehicle is not theirs to refuse.
* :class:`JurisdictionPlugin` (:func:`jurisdiction_plugin`): one jurisdiction and its rules,
  imported only when kei asks for them.
* :func:`age_route`: the answer of a route that opens at an age ("at least 30 years from first
  registration"), from its age test.

Restrictions on use carry the public ``kind`` keys of :data:`kei_core.vocabulary.RESTRICTIONS`.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import types
from collections.abc import Callable, Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
from attrs import NOTHING

from kei_core import hookimpl
from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written
from kei_core.dates import AgeTest, Period
from kei_core.rules import (
    AGE_FIELDS,
    CODE,
    Check,
    Jurisdiction,
    Law,
    Outcome,
    Requirement,
    Rule,
    conditional,
    failed,
    law_of,
    missing,
    passed,
    texts,
    unknown,
)
from kei_core.status import Status
from kei_core.units import Measure, show
from kei_core.vehicle import Vehicle
from kei_core.vocabulary import EQUIPMENT

if TYPE_CHECKING:  # only annotations: a kit that states no age never imports kei_core.ages
    from attrs import NothingType

    from kei_core.ages import DatedAgeTest

__all__ = [
    "AnyOf",
    "JurisdictionPlugin",
    "Limit",
    "Provision",
    "RequiredEquipment",
    "Scope",
    "age_route",
    "jurisdiction_plugin",
    "rules_from",
]

# -- limits --------------------------------------------------------------------------------------


def _measure(text: str | Measure) -> Measure:
    return text if isinstance(text, Measure) else Measure.parse(text)


_UNIT = {"length": "mm", "mass": "kg", "power": "kW", "speed": "km/h", "volume": "cc"}
# How many decimal places people write a figure of kei's units with: "40 km/h", "1,395 mm", "29.4 kW".
_PLACES = {"mm": 0, "kg": 0, "kW": 1, "km/h": 0, "cc": 0}
_MOST_PLACES = 10


def _rounded(value: Decimal, places: int | None) -> Decimal:
    if places is None:
        return value
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


@attrs.frozen
class Limit:
    """A statute's bound on one quantity, in the statute's own unit, compared exactly.

    Build with :meth:`at_most` ("not more than 54 inches"), :meth:`at_least`, :meth:`less_than`,
    :meth:`more_than` ("can exceed 40 mph") or :meth:`between` (both ends inclusive). 54 in is
    1,371.6 mm: 1,371.6 mm is within ``Limit.at_most("54 in")`` and 1,371.7 mm is not.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    low: Measure | None = None
    high: Measure | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        low: Measure | None = None,
        high: Measure | None = None,
        low_inclusive: bool = True,
        high_inclusive: bool = True,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("low", low)
        _setattr("high", high)
        _setattr("low_inclusive", low_inclusive)
        _setattr("high_inclusive", high_inclusive)
        self.__attrs_post_init__()

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
        """What it measures: ``length``, ``mass``, ``power``, ``speed`` or ``volume``."""
        bound = self.low or self.high
        assert bound is not None
        return bound.dimension

    @property
    def unit(self) -> str:
        """kei's unit for the dimension, the unit of the vehicle's figure (``mm``, ``kg``...)."""
        return _UNIT[self.dimension]

    def _sides(self, value: Decimal, places: int | None = None) -> tuple[bool, bool]:
        """Whether ``value`` is on the right side of each bound, both rounded to ``places``."""
        low = self.low is None or (
            _rounded(value, places) >= _rounded(self.low.si, places)
            if self.low_inclusive
            else _rounded(value, places) > _rounded(self.low.si, places)
        )
        high = self.high is None or (
            _rounded(value, places) <= _rounded(self.high.si, places)
            if self.high_inclusive
            else _rounded(value, places) < _rounded(self.high.si, places)
        )
        return low, high

    def admits_low(self, value: Decimal) -> bool:
        """``value`` (in kei's unit for the dimension) is on the right side of the lower bound."""
        return self._sides(value)[0]

    def admits_high(self, value: Decimal) -> bool:
        """``value`` is on the right side of the upper bound."""
        return self._sides(value)[1]

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

    def figures(self, value: Decimal) -> tuple[str, str]:
        """The vehicle's figure and, for a limit written in another unit, the limit in kei's unit
        (`` (40 km/h)``), rounded as people write them: with only as many more places as it takes
        for the rounded figures to compare as the exact ones do. 110 km/h against 25 mph reads
        ``("110 km/h", " (40 km/h)")``; 1,371.7 mm against 54 in needs ``1,371.6 mm``."""
        exact = self._sides(value)
        places: int | None = next(
            (n for n in range(_PLACES[self.unit], _MOST_PLACES + 1) if self._sides(value, n) == exact), None
        )
        shown = show(value, self.unit, places=places)
        bounds = [b for b in (self.low, self.high) if b is not None]
        if all(b.unit.lower() == self.unit.lower() for b in bounds):
            return shown, ""
        return shown, " (" + " to ".join(show(b.si, self.unit, places=places) for b in bounds) + ")"


# -- provisions ----------------------------------------------------------------------------------

_setattr_of = object.__setattr__.__get__
_Converter: Any = getattr(attrs, "Converter", None)  # attrs >= 24.1: a converter taking self or field


class _InitPlan:
    """What attrs' generated ``__init__`` of a block kind does, read once from its fields: the
    parameters (positional, then keyword-only, by alias), each field's default or factory and
    converter, the validators, and the hooks before and after."""

    __slots__ = (
        "fields",
        "known",
        "name",
        "positional",
        "post",
        "pre",
        "pre_args",
        "required",
        "required_names",
        "steps",
        "validated",
    )

    def __init__(self, cls: type) -> None:
        fields: tuple[Any, ...] = cls.__attrs_attrs__  # type: ignore[attr-defined]
        self.name = f"{cls.__qualname__}.__init__"
        self.fields = fields
        self.positional = tuple(f.alias for f in fields if f.init and not f.kw_only)
        self.required = tuple(f for f in fields if f.init and f.default is attrs.NOTHING)
        self.required_names = frozenset(f.alias for f in self.required)
        self.known = frozenset(f.alias for f in fields if f.init)
        self.validated = tuple(f for f in fields if f.validator is not None)
        pre = getattr(cls, "__attrs_pre_init__", None)
        self.pre = pre
        self.pre_args = pre is not None and len(inspect.signature(pre).parameters) > 1
        self.post = getattr(cls, "__attrs_post_init__", None)
        self.steps = tuple(_step(cls, field) for field in fields)

    def parameters(self, values: dict[str, Any]) -> dict[str, Any]:
        """Every parameter's value as attrs' ``__init__`` holds it (a factory's: ``NOTHING``)."""
        found = {}
        for field in self.fields:
            if field.init:
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = attrs.NOTHING
                found[field.alias] = values.get(field.alias, default)
        return found

    def refuse(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> TypeError:
        """The error Python raises when the arguments do not fit attrs' ``__init__``, found in
        the order Python looks: the keywords, then the number of positional arguments, then
        what is missing."""
        positional = self.positional
        for alias in kwargs:
            if alias not in self.known:
                return TypeError(f"{self.name}() got an unexpected keyword argument '{alias}'")
            if alias in positional[: len(args)]:
                return TypeError(f"{self.name}() got multiple values for argument '{alias}'")
        if len(args) > len(positional):
            takes = len(positional) + 1  # self
            least = takes - sum(1 for alias in positional if alias not in self.required_names)
            sig = f"from {least} to {takes}" if least < takes else f"{takes}"
            plural = "s" if least < takes or takes != 1 else ""
            keywords = sum(1 for alias in kwargs if alias not in positional)
            given = len(args) + 1
            also = (
                f" positional argument{'s' if given != 1 else ''} (and {keywords} keyword-only "
                f"argument{'s' if keywords != 1 else ''})"
                if keywords
                else ""
            )
            return TypeError(
                f"{self.name}() takes {sig} positional argument{plural} but {given}{also} were given"
            )
        given_names = {*positional[: len(args)], *kwargs}
        for kind, keyword in (("positional", False), ("keyword-only", True)):
            missing = [
                f"'{f.alias}'" for f in self.required if f.kw_only is keyword and f.alias not in given_names
            ]
            if missing:
                if len(missing) == 1:
                    names = missing[0]
                elif len(missing) == 2:
                    names = f"{missing[0]} and {missing[1]}"
                else:
                    names = ", ".join(missing[:-1]) + f", and {missing[-1]}"
                plural = "" if len(missing) == 1 else "s"
                return TypeError(
                    f"{self.name}() missing {len(missing)} required {kind} argument{plural}: {names}"
                )
        return TypeError(f"{self.name}() was given arguments it cannot take")  # pragma: no cover


_PLANS: dict[type, _InitPlan] = {}
_set = object.__setattr__

# How a field gets its value when it is not given: none (required), a factory, a plain default.
_REQUIRED, _FACTORY, _DEFAULT = range(3)


def _step(cls: type, field: Any) -> tuple[Any, ...]:
    """What :func:`_block_init` does for ``field`` of ``cls``, read once: the setter of its slot
    (``object.__setattr__`` by name where it has none), its alias, whether ``__init__`` takes it,
    how its default is made and the default, and its converter: a plain function called with the
    value, or, for a converter taking the instance or the field, the field itself (``_converted``)."""
    slot = getattr(cls, field.name, None)
    if isinstance(slot, types.MemberDescriptorType):
        setter: Callable[[Any, Any], None] = slot.__set__
    else:

        def setter(instance: Any, value: Any, _name: str = field.name) -> None:
            _set(instance, _name, value)

    default = field.default
    kind = (
        _REQUIRED
        if default is attrs.NOTHING
        else _FACTORY
        if isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        else _DEFAULT
    )
    converter = field.converter
    special = converter is not None and _Converter is not None and isinstance(converter, _Converter)
    return (
        setter,
        field.alias,
        field.init,
        kind,
        default,
        None if special else converter,
        field if special else None,
    )


def _converted(field: Any, value: Any, instance: object) -> Any:
    converter = field.converter
    if _Converter is not None and isinstance(converter, _Converter):
        extra: tuple[object, ...] = (instance,) if converter.takes_self else ()
        extra += (field,) if converter.takes_field else ()
        return converter.converter(value, *extra)
    return converter(value)


@written
def _block_init(self: Any, *args: Any, **kwargs: Any) -> None:
    """The ``__init__`` attrs would generate for the block kind of ``self``, read from its fields
    when called rather than compiled when the kind is created (see :class:`Provision`)."""
    cls = type(self)
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _InitPlan(cls)
    if len(args) > len(plan.positional) or not kwargs.keys() <= plan.known:
        raise plan.refuse(args, kwargs)
    values = kwargs
    if args:
        values = dict(zip(plan.positional, args, strict=False))
        if not values.keys().isdisjoint(kwargs):
            raise plan.refuse(args, kwargs)
        values.update(kwargs)
    if plan.pre is not None:
        if plan.pre_args:
            self.__attrs_pre_init__(**plan.parameters(values))
        else:
            self.__attrs_pre_init__()
    # Field by field, as attrs' __init__ (plan.steps: each field's setter, alias, whether it is
    # taken, how its default is made, the default, and its converter).
    for setter, alias, init, kind, default, convert, special in plan.steps:
        if init and alias in values:
            value = values[alias]
        elif kind == _REQUIRED:
            if init:
                raise plan.refuse(args, kwargs)
            continue
        elif kind == _FACTORY:
            value = default.factory(self) if default.takes_self else default.factory()
        else:
            value = default
        if convert is not None:
            value = convert(value)
        elif special is not None:
            value = _converted(special, value, self)
        setter(self, value)
    if plan.validated and not attrs.validators.get_disabled():
        for field in plan.validated:
            field.validator(self, field, getattr(self, field.name))
    if plan.post is not None:
        self.__attrs_post_init__()


def _block_signature(cls: type) -> inspect.Signature:
    """The signature of attrs' generated ``__init__`` for ``cls`` (what ``help`` and
    ``inspect.signature`` show of a block kind's)."""
    kinds = {False: inspect.Parameter.POSITIONAL_OR_KEYWORD, True: inspect.Parameter.KEYWORD_ONLY}
    parameters = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for kw_only in (False, True):
        for field in attrs.fields(cls):
            if field.init and field.kw_only is kw_only:
                default = field.default
                if default is attrs.NOTHING:
                    default = inspect.Parameter.empty
                elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    default = attrs.NOTHING  # attrs' parameter default; the factory runs when it is left
                parameters.append(inspect.Parameter(field.alias, kinds[kw_only], default=default))
    return inspect.Signature(parameters, return_annotation=None)


def _block_init_for(qualname: str) -> Callable[..., None]:
    """A copy of :func:`_block_init`, the ``__init__`` of the block kind ``qualname``."""
    init = types.FunctionType(_block_init.__code__, _block_init.__globals__, "__init__")
    init.__qualname__ = f"{qualname}.__init__"
    init.__doc__ = _block_init.__doc__
    return written(init)


@attrs.frozen(kw_only=True)
class Provision(Law):
    """A block of a statute declared as data: its law (:class:`~kei_core.Law`: ``citation``,
    ``source``, ``reviewed_on``, ``source_as_of``, ``unconfirmed``, ``policy``, ``sources``,
    ``notes``), what it demands (:meth:`statement`) and how a vehicle meets it (:meth:`check`).

    :func:`rules_from` makes each block a :class:`~kei_core.Rule` with the ID ``id`` or
    ``<CODE>-<part>`` (``US-LA-EQUIPMENT``). A kit subclasses it once per kind of block, frozen
    (``@attrs.frozen``); blocks compare, hash and print by their fields as attrs' own methods
    would, unless the kind writes its own ``__eq__`` and ``__hash__`` (or ``__repr__``).
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash
    __init__ = _block_init_for("Provision")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # One repr, eq and hash every kind shares, put in its namespace before attrs decorates it:
        # attrs then compiles none (some two million instructions a kind when a kit is imported).
        own = cls.__dict__
        if "__repr__" not in own:
            setattr(cls, "__repr__", fields_repr)  # noqa: B010 (set before attrs decorates the class)
        if "__eq__" not in own and "__hash__" not in own:
            setattr(cls, "__eq__", fields_eq)  # noqa: B010
            setattr(cls, "__hash__", fields_hash)  # noqa: B010
        if "__init__" not in own:
            # The same for __init__ (some two million more): attrs' own, read from the fields when
            # a block is made (a few a kind) instead of compiled when the kind is (kei_core._fields_repr).
            setattr(cls, "__init__", _block_init_for(cls.__qualname__))  # noqa: B010

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        """Called by attrs (25.4 and later) once it has made a block kind: its ``__init__``, if
        :meth:`__init_subclass__` gave it one, shows the signature attrs' own would have."""
        init = cls.__dict__.get("__init__")
        if getattr(init, "__code__", None) is _block_init.__code__:
            init.__signature__ = _block_signature(cls)  # type: ignore[union-attr]

    part: ClassVar[str] = "PROVISION"
    """The last part of the rule ID a block of this kind gets by default."""

    id: str | None = None

    def statement(self) -> str:
        """One line saying what the block demands."""
        raise NotImplementedError

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The block's answer for ``vehicle`` on ``on``."""
        raise NotImplementedError

    def rule_id(self, jurisdiction: str) -> str:
        return self.id or f"{jurisdiction}-{self.part}"

    def reads(self) -> frozenset[str] | None:
        """The vehicle fields :meth:`check` reads (its rule's ``reads``); ``None``, the default:
        any. A kit knows its axes: a block reading its limits' fields says so."""
        return None

    def uses_date(self) -> bool:
        """Whether :meth:`check`'s answer depends on the date asked (its rule's ``uses_date``);
        ``True``, the default, is always correct."""
        return True


Provision.__init__.__signature__ = _block_signature(Provision)  # type: ignore[attr-defined]


def _declared(check: Check) -> tuple[frozenset[str] | None, bool]:
    """What a check declares it reads and whether it uses the date: a block's check says
    (:meth:`Provision.reads`), a function may carry ``reads`` (and ``uses_date``), anything else
    may read every field on any date."""
    owner = getattr(check, "__self__", None)
    if isinstance(owner, Provision):
        return owner.reads(), owner.uses_date()
    reads = getattr(check, "reads", None)
    return (frozenset(reads), bool(getattr(check, "uses_date", True))) if reads is not None else (None, True)


def _joined(*declared: tuple[frozenset[str] | None, bool]) -> dict[str, Any]:
    """``Rule`` keywords for checks run together: the union of their reads, the date if any uses it."""
    reads: frozenset[str] | None = frozenset()
    for fields, _ in declared:
        reads = None if reads is None or fields is None else reads | fields
    return {"reads": reads, "uses_date": any(dated for _, dated in declared)}


@attrs.frozen
class Scope:
    """The vehicles some provisions speak of. A statute on "kei cars and kei trucks" refuses
    nothing to a larger truck: it does not speak of it, so for that truck its provisions answer
    ``unknown`` (ask ``ask``), never ``not_legal``.

    * ``what``: the vehicles, singular ("a kei car or kei truck").
    * ``law``: the provisions ("R.I. Gen. Laws § 31-1-3 and § 31-3-5").
    * ``test``: passes for a vehicle they speak of (usually a definition's check).
    * ``ask``: whom to ask about any other vehicle.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    what: str
    law: str
    test: Check = attrs.field(eq=False)
    ask: str
    # What ``test`` answered for the last vehicle and day asked: every provision the scope guards
    # asks it for the same vehicle on the same day, one after the other.
    _last: list[tuple[Vehicle, dt.date, Outcome]] = attrs.field(
        init=False, factory=list, eq=False, repr=False
    )

    @written
    def __init__(self, what: str, law: str, test: Check, ask: str) -> None:
        _setattr = _setattr_of(self)
        _setattr("what", what)
        _setattr("law", law)
        _setattr("test", test)
        _setattr("ask", ask)
        _setattr("_last", [])

    def _tested(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """``test``'s answer, asked once for a vehicle and day however many provisions it guards."""
        last = self._last
        remembered = last[0] if last else None
        if remembered is not None and remembered[0] is vehicle and remembered[1] == on:
            return remembered[2]
        found = self.test(vehicle, on)
        last[:] = [(vehicle, on, found)]
        return found

    def guard(self, check: Check) -> Check:
        """``check``, applied only to a vehicle within the scope."""

        def within_scope(vehicle: Vehicle, on: dt.date) -> Outcome:
            found = self._tested(vehicle, on)
            if found.status is Status.NOT_LEGAL:
                return unknown(
                    f"{found.message} Only {self.what} falls under {self.law}, which therefore does not "
                    f"decide this vehicle; ask {self.ask}.",
                    settle=(f"ask {self.ask}",),
                )
            if found.status is Status.UNKNOWN:
                return unknown(found.message, settle=found.settle)
            return check(vehicle, on)

        return within_scope


def rules_from(
    jurisdiction: str, *provisions: Provision, in_force: Period | None = None, scope: Scope | None = None
) -> list[Rule]:
    """Turn declared blocks into :class:`~kei_core.Rule` objects, in the order given.

    Each rule's ID is the block's ``id`` or ``<jurisdiction>-<PART>``; its law is the block's;
    every rule gets ``in_force``. ``in_force`` is required: a statute applies from the day its
    act took effect, and before that day the level answers ``unknown`` ("no rule encoded for
    this date"), never by the later law. With ``scope``, each check applies only to a vehicle
    within it (:meth:`Scope.guard`). Each rule declares what its block's check reads
    (:meth:`Provision.reads`, :meth:`Provision.uses_date`; the scope's test's too).
    """
    if in_force is None:
        raise ValueError(
            f"rules_from({jurisdiction!r}): give in_force=Period(start), the day the act or policy took "
            "effect (and its end, if it ended); before it kei answers unknown rather than apply a later law"
        )
    return [
        Rule(
            provision.rule_id(jurisdiction),
            jurisdiction,
            provision.statement(),
            check=scope.guard(provision.check) if scope else provision.check,
            in_force=in_force,
            **law_of(provision),
            **_joined(_declared(provision.check), *([_declared(scope.test)] if scope else [])),
        )
        for provision in provisions
    ]


# -- a route that opens at an age ----------------------------------------------------------------


def age_route(
    age: AgeTest | DatedAgeTest | None,
    *,
    old_enough: Callable[[], Outcome],
    too_young: Callable[[dt.date], str],
    unsure: Callable[[dt.date], str],
    settle: str | Iterable[str],
    needs: Callable[[], Outcome] | None = None,
) -> Outcome:
    """The answer of a route that opens at an age ("at least 30 years from first registration"),
    from its age test: :meth:`AgeThreshold.test <kei_core.AgeThreshold.test>` (or a variant of
    it), :meth:`AgeRule.test <kei_core.AgeRule.test>`, :func:`~kei_core.age_from` or
    :func:`~kei_core.age_from_either`::

        dated = age_from(vehicle, "manufactured", VINTAGE, on)
        says = dated.says()
        return age_route(
            dated,
            old_enough=lambda: passed(f"{says}: 30 years or more before {on}, so ..."),
            too_young=lambda day: f"{says}: 30 years are reached only on {day}.",
            unsure=lambda day: f"{says}: 30 years are certain only from {day}.",
            settle="the maker's label giving the month and day of manufacture",
        )

    * Old enough whatever the unknown part of the date: ``old_enough()``, the route's own answer
      (it may still turn on something else, and say so).
    * Too young whatever it is: ``failed`` with ``too_young(day)`` and ``passes_from=day``,
      ``day`` being the first day it is certainly old enough (the test's ``passes_from``).
    * Old enough or not depending on the unknown part of a partial date (built ``1996``, the
      day asked in 2026 against a 30-year threshold): ``unknown`` with ``unsure(day)``,
      ``passes_from=day`` and ``settle``, what would settle it sooner (the full date). Never
      ``legal`` on the earliest reading of the date.
    * No date given (``None``, :func:`~kei_core.age_from_either`'s answer when neither date is
      given, or a test of a date not given): ``needs()``; by default ``missing`` the date the
      test counts from (``manufactured`` and ``first_registered`` for ``None``). A bare
      :class:`~kei_core.AgeTest` does not say which date it counts from: give ``needs``, or
      answer a missing date before asking (``ValueError`` otherwise).

    The answer depends on the vehicle's date only through the test, and its ``passes_from``
    is the test's, so a rule whose check reads that date only through this route may declare
    ``read_by_age={field: threshold}`` (:class:`~kei_core.Rule`).
    """
    test = age if age is None or isinstance(age, AgeTest) else age.test
    if test is not None and test.status is Status.LEGAL:
        return old_enough()
    day = test.passes_from if test is not None else None
    if test is None or day is None:
        if needs is not None:
            return needs()
        if age is None:
            return missing(*AGE_FIELDS)
        if isinstance(age, AgeTest):
            raise ValueError("age_route: the date was not given; say what settles it with needs=")
        return missing(age.field)
    if test.status is Status.NOT_LEGAL:
        return failed(too_young(day), passes_from=day)
    return unknown(unsure(day), passes_from=day, settle=settle)


# -- equipment -----------------------------------------------------------------------------------


def _known_equipment(names: Iterable[str], where: str) -> None:
    for name in names:
        if name not in EQUIPMENT:
            raise ValueError(f"{where}: {name!r} is not an equipment name in kei_core.EQUIPMENT")


@attrs.frozen(init=False)
class AnyOf:
    """One item of an equipment list that any of several fittings meets ("a passenger-side
    exterior mirror or an interior mirror")."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    names: tuple[str, ...]

    def __init__(self, *names: str) -> None:
        self.__attrs_init__(tuple(names))

    def met_by(self, equipment: frozenset[str]) -> bool:
        return any(name in equipment for name in self.names)

    def describe(self) -> str:
        return " or ".join(EQUIPMENT[name] for name in self.names)


def describe_equipment(item: str | AnyOf) -> str:
    """An equipment name or :class:`AnyOf` in words ("a parking brake")."""
    return item.describe() if isinstance(item, AnyOf) else EQUIPMENT[item]


def _items(value: Iterable[str | AnyOf]) -> tuple[str | AnyOf, ...]:
    items = tuple(value)
    ordered = sorted(items, key=lambda item: item if isinstance(item, str) else "|".join(item.names))
    return tuple(ordered) if isinstance(value, set | frozenset) else items


@attrs.frozen
class RequiredEquipment(Provision):
    """Equipment the statute requires for road use. Items are names from ``kei_core.EQUIPMENT``
    or :class:`AnyOf`. What the vehicle does not list is a condition (fit it or show it), never a
    failure: equipment can be fitted."""

    __repr__ = fields_repr

    part: ClassVar[str] = "EQUIPMENT"

    items: tuple[str | AnyOf, ...] = attrs.field(converter=_items)

    def __attrs_post_init__(self) -> None:
        for item in self.items:
            _known_equipment(item.names if isinstance(item, AnyOf) else (item,), self.citation)

    def statement(self) -> str:
        return (
            f"Road use needs this equipment ({self.citation}): "
            + "; ".join(describe_equipment(item) for item in self.items)
            + "."
        )

    def lacking(self, vehicle: Vehicle) -> tuple[str | AnyOf, ...]:
        """The items ``vehicle.equipment`` does not show."""
        return tuple(
            item
            for item in self.items
            if not (item.met_by(vehicle.equipment) if isinstance(item, AnyOf) else item in vehicle.equipment)
        )

    def reads(self) -> frozenset[str]:
        return frozenset({"equipment"})

    def uses_date(self) -> bool:
        return False

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Everything listed: passed; otherwise conditional on fitting (or showing) the rest."""
        lacking = self.lacking(vehicle)
        if not lacking:
            return passed(f"It has all {len(self.items)} items of equipment required ({self.citation}).")
        return conditional(
            f"{len(self.items)} items of equipment are required ({self.citation}); {len(lacking)} are not "
            "shown for this vehicle.",
            conditions=[f"fit or show {describe_equipment(item)} ({self.citation})" for item in lacking],
        )


# -- a plugin of one jurisdiction, declared ------------------------------------------------------


def _references(instance: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
    if not value:
        raise ValueError("a declared plugin needs rules='package.module:RULES'")
    for reference in value:
        module, colon, name = reference.partition(":")
        if not (colon and module.strip() and name.strip()):
            raise ValueError(
                f"rules={reference!r} is not 'module:attribute' (entry-point syntax, e.g. "
                "'kei_us_la.mini_trucks:RULES')"
            )


def _load(reference: str) -> Any:
    module, _, name = reference.partition(":")
    found: Any = importlib.import_module(module.strip())
    for part in name.strip().split("."):
        found = getattr(found, part)
    return found() if callable(found) else found


@attrs.frozen(eq=False)
class JurisdictionPlugin:
    """A plugin that owns one jurisdiction and returns the rules of its law modules: declared,
    not written. Register it under both entry-point groups, by its attribute::

        [project.entry-points.kei]
        us-la = "kei_us_la:plugin"

        [project.entry-points."kei.jurisdictions"]
        US-LA = "kei_us_la:plugin"

    * ``jurisdiction``: what it owns (code, name, parent, ``registers``).
    * ``rules``: where its rules are, ``"module:attribute"`` (one or more): a sequence of
      :class:`~kei_core.Rule` and :class:`~kei_core.Requirement`, or a function returning one.
      Imported only when kei calls ``kei_rules``, so declaring the plugin stays cheap.
    * ``name``: the plugin name, ``us-la`` for ``US-LA`` (the entry-point name, what
      ``-p no:us-la`` disables).

    Two plugins are equal only if they are the same object (a plugin is registered once; pluggy
    compares each new plugin with every one registered before it).
    """

    __repr__ = fields_repr

    jurisdiction: Jurisdiction
    rules: tuple[str, ...] = attrs.field(converter=texts, validator=_references)
    name: str = attrs.field(
        default=attrs.Factory(lambda self: self.jurisdiction.code.lower(), takes_self=True), kw_only=True
    )

    @written
    def __init__(
        self, jurisdiction: Jurisdiction, rules: str | Iterable[str], *, name: str | NothingType = NOTHING
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("jurisdiction", jurisdiction)
        _setattr("rules", texts(rules))
        _setattr("name", self.jurisdiction.code.lower() if name is NOTHING else name)
        if not attrs.validators.get_disabled():
            _references(self, _PLUGIN_RULES, self.rules)

    @hookimpl
    def kei_jurisdictions(self) -> Sequence[Jurisdiction]:
        """The one jurisdiction this plugin owns."""
        return [self.jurisdiction]

    @hookimpl
    def kei_rules(self) -> Sequence[Rule | Requirement]:
        """The rules of its law modules, imported now."""
        found: list[Rule | Requirement] = []
        for reference in self.rules:
            found.extend(_load(reference))
        return found


_PLUGIN_RULES = attrs.fields(JurisdictionPlugin).rules


def jurisdiction_plugin(
    code: str,
    name: str,
    *,
    parent: str | None,
    rules: str | Sequence[str],
    registers: bool = True,
    registered_by: str = "",
) -> JurisdictionPlugin:
    """The plugin of one jurisdiction: ``jurisdiction_plugin("CA-BC", "British Columbia",
    parent="CA", rules="kei_ca_bc.law:RULES")``. A sub-national level registers vehicles by
    default (``registers=True``); a level that only admits them says who registers
    (``registers=False, registered_by="each province"``)."""
    if not CODE.match(code):
        raise ValueError(f"{code!r} is not a jurisdiction code (expected e.g. 'US-LA')")
    return JurisdictionPlugin(
        Jurisdiction(code, name, parent=parent, registers=registers, registered_by=registered_by),
        texts(rules),
    )
