"""A state's statutory definition of its mini-truck class, decided as facts, then said.

:meth:`MiniTruckDefinition.facts` compares the vehicle with the definition, axis by axis, and
returns what it found as :class:`Fact` objects (axis, the vehicle's value, the limit, the
verdict); :meth:`MiniTruckDefinition.outcome` is the one function that turns those facts into
an answer and its sentence. A page that wants its own words reads the facts.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple

import attrs

from kei_core import (
    EQUIPMENT,
    Limit,
    Outcome,
    Provision,
    Scope,
    Status,
    Vehicle,
    conditional,
    failed,
    missing,
    names,
    passed,
    unknown,
)

__all__ = ["Fact", "FactVerdict", "KeiClassTest", "MiniTruckDefinition", "WeightBasis"]

KeiClassTest = Callable[[Vehicle], Outcome]
"""Whether a vehicle is within the Japanese kei class: ``kei_jp.kei_class_test``."""


class WeightBasis(enum.Enum):
    """What a statute weighs. kei knows ``curb_weight_kg`` (ready to drive, with fuel and
    fluids, no load) and ``gvwr_kg``; a dry weight (without fuel and fluids) is at most the
    curb weight, so a maximum on it is decided by the curb weight and a minimum only when the
    curb weight is already below it (otherwise the dry weight becomes a condition to confirm)."""

    CURB = "curb weight"
    UNLADEN = "unladen weight including fuel and fluids"
    DRY = "dry weight (without fuel and fluids)"
    GROSS = "gross vehicle weight rating"


class FactVerdict(enum.Enum):
    """What the definition makes of one axis of the vehicle."""

    FITS = "fits"
    """Within the definition."""
    FAILS = "fails"
    """Outside it: the vehicle is not of the class."""
    MISSING = "missing"
    """A figure the definition needs was not given (``Fact.field`` names it)."""
    OPEN = "open"
    """Decided elsewhere (the Japanese kei class) and not settled by the facts given."""
    TO_CONFIRM = "to confirm"
    """kei cannot see it in the vehicle data: a condition to confirm (or fit)."""


class Fact(NamedTuple):
    """One thing the definition found about a vehicle.

    * ``axis``: what was compared: a figure (``engine``, ``electric motor``, ``width``,
      ``length``, ``height``, ``weight``, ``dry weight``, ``top speed``) or ``power source``,
      ``fuel``, ``kei class``, ``equipment``, ``FMVSS certification``, ``wheels``, ``feature``.
    * ``verdict``: a :class:`FactVerdict`.
    * ``value``: the vehicle's figure in kei's unit (mm, kg, kW, km/h, cc), for a figure.
    * ``limit``: the statute's :class:`~kei_core.Limit` on that axis.
    * ``field``: the :class:`~kei_core.Vehicle` field read.
    * ``detail``: what only words carry: the feature's sentence, the equipment name, the vehicle's
      fuel, kei-jp's answer on the kei class.
    * ``settle``: what would settle an open fact.
    """

    axis: str
    verdict: FactVerdict
    value: Decimal | None = None
    limit: Limit | None = None
    field: str | None = None
    detail: str = ""
    settle: tuple[str, ...] = ()


_SENTENCE_OPENINGS = ("it ", "its ")
_NOUN_PHRASE_OPENINGS = ("a ", "an ", "the ")
_DIMENSIONS = {
    "engine": "volume",
    "electric_power": "power",
    "width": "length",
    "length": "length",
    "height": "length",
    "weight": "mass",
    "top_speed": "speed",
}


def _feature_sentences(value: Iterable[str]) -> tuple[str, ...]:
    """Features as whole sentences about the vehicle: a noun phrase ("a fully enclosed metal
    cab") becomes "it has a fully enclosed metal cab"; a sentence stays as written."""
    if isinstance(value, str):
        value = (value,)
    return tuple(f"it has {text}" if text.startswith(_NOUN_PHRASE_OPENINGS) else text for text in value)


def _kei_class(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not callable(value):
        raise TypeError(
            "kei_class takes kei-jp's test, not a flag: `from kei_jp import kei_class_test`, then "
            "MiniTruckDefinition(kei_class=kei_class_test, ...), and depend on kei-jp in pyproject.toml"
        )


@attrs.frozen(kw_only=True)
class MiniTruckDefinition(Provision):
    """A state's statutory definition of its mini-truck class, field by field.

    * ``term``: the statute's word (``"mini-truck"``, ``"kei vehicle"``).
    * ``engine``: displacement limit of a combustion engine (``Limit.at_most("660 cc")``).
    * ``electric_power``: limit on an electric motor (``Limit.at_most("7,500 W")``); with
      ``engine`` it is the statute's "or".
    * ``width``, ``length``, ``height``: :class:`~kei_core.Limit` in the statute's unit.
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
    * ``kei_class``: the statute defines its class by the Japanese kei class: pass kei-jp's test,
      ``kei_class=kei_class_test`` (``from kei_jp import kei_class_test``; the state then depends
      on kei-jp in its ``pyproject.toml``).
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
    required_equipment: frozenset[str] = attrs.field(default=frozenset(), converter=names)
    kei_class: KeiClassTest | None = attrs.field(default=None, validator=_kei_class, eq=False)
    not_fmvss_certified: bool = False

    def __attrs_post_init__(self) -> None:
        for name, dimension in _DIMENSIONS.items():
            limit = getattr(self, name)
            if limit is not None and limit.dimension != dimension:
                raise ValueError(f"{self.term}: {name} limit {limit.describe()} is not a {dimension}")
        if self.weight is not None and self.weight_basis is None:
            raise ValueError(
                f"{self.term}: a weight limit needs its weight_basis (curb, unladen, dry, gross)"
            )
        for name in self.required_equipment:
            if name not in EQUIPMENT:
                raise ValueError(
                    f"{self.term} definition: {name!r} is not an equipment name in kei_core.EQUIPMENT"
                )
        for feature in self.features:
            if not feature.startswith(_SENTENCE_OPENINGS):
                raise ValueError(
                    f"{self.term} ({self.citation}): feature {feature!r} is not a whole sentence about the "
                    "vehicle; write it as one, beginning 'it' or 'its' ('it is used primarily to carry "
                    "property'), or as a noun phrase beginning 'a', 'an' or 'the' ('a fully enclosed metal cab')"
                )

    # -- what it demands ---------------------------------------------------------------------

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
            words.append("fitted with " + ", ".join(EQUIPMENT[n] for n in sorted(self.required_equipment)))
        if self.not_fmvss_certified:
            words.append("not certified to the federal motor vehicle safety standards")
        words.extend(self.features)
        return words

    def _wheels_text(self) -> str:
        return f"at least {self.wheels} wheels" if self.wheels_at_least else f"{self.wheels} wheels"

    def reads(self) -> frozenset[str] | None:
        """The fields its axes read: the power source always, each limit's figure, equipment,
        certification documents where the class excludes certified vehicles, and whatever the
        kei-class test declares (a test declaring nothing may read any)."""
        fields = {"fuel", "equipment"}
        fields |= {"displacement_cc"} if self.engine else set()
        fields |= {"power_kw"} if self.electric_power else set()
        fields |= {f"{name}_mm" for name in ("width", "length", "height") if getattr(self, name)}
        if self.weight is not None:
            fields.add("gvwr_kg" if self.weight_basis is WeightBasis.GROSS else "curb_weight_kg")
        fields |= {"top_speed_kmh"} if self.top_speed else set()
        fields |= {"documents"} if self.not_fmvss_certified else set()
        if self.kei_class is not None:
            test_reads = getattr(self.kei_class, "reads", None)
            if test_reads is None:
                return None
            fields |= set(test_reads)
        return frozenset(fields)

    def uses_date(self) -> bool:
        return False

    # -- the decision, as facts ----------------------------------------------------------------

    def facts(self, vehicle: Vehicle) -> tuple[Fact, ...]:
        """What the definition finds about ``vehicle``, axis by axis, in the order of the
        statute's figures, then the kei class, equipment, certification, wheels and features."""
        found = [*self._power_facts(vehicle)]
        for name in ("width", "length", "height"):
            limit = getattr(self, name)
            if limit is not None:
                found.append(self._figure(name, f"{name}_mm", limit, vehicle))
        if self.weight is not None:
            gross = self.weight_basis is WeightBasis.GROSS
            found.append(self._weight(vehicle.gvwr_kg if gross else vehicle.curb_weight_kg, gross))
        if self.top_speed is not None:
            found.append(self._figure("top speed", "top_speed_kmh", self.top_speed, vehicle))
        if self.kei_class is not None:
            found.append(self._kei_class_fact(self.kei_class(vehicle)))
        found += [
            Fact("equipment", FactVerdict.TO_CONFIRM, detail=name)
            for name in sorted(self.required_equipment - vehicle.equipment)
        ]
        if self.not_fmvss_certified and vehicle.documents & {
            "fmvss_certification_label",
            "lsv_certification_label",
        }:
            found.append(Fact("FMVSS certification", FactVerdict.FAILS))
        if self.wheels:
            found.append(Fact("wheels", FactVerdict.TO_CONFIRM))
        found += [Fact("feature", FactVerdict.TO_CONFIRM, detail=feature) for feature in self.features]
        return tuple(found)

    def _power_facts(self, vehicle: Vehicle) -> list[Fact]:
        electric = vehicle.fuel == "electric"
        if self.engine and not (electric and self.electric_power):
            if electric:
                return [Fact("power source", FactVerdict.FAILS, limit=self.engine, detail="electric")]
            return [self._figure("engine", "displacement_cc", self.engine, vehicle)]
        if self.electric_power:
            if electric:
                return [self._figure("electric motor", "power_kw", self.electric_power, vehicle)]
            if vehicle.fuel is None:
                return [Fact("fuel", FactVerdict.MISSING, field="fuel")]
            return [
                Fact("power source", FactVerdict.FAILS, limit=self.electric_power, detail=str(vehicle.fuel))
            ]
        return []

    @staticmethod
    def _figure(axis: str, field: str, limit: Limit, vehicle: Vehicle) -> Fact:
        value: Decimal | None = getattr(vehicle, field)
        if value is None:
            return Fact(axis, FactVerdict.MISSING, limit=limit, field=field)
        verdict = FactVerdict.FITS if limit.admits(value) else FactVerdict.FAILS
        return Fact(axis, verdict, value=value, limit=limit, field=field)

    def _weight(self, value: Decimal | None, gross: bool) -> Fact:
        assert self.weight is not None
        field = "gvwr_kg" if gross else "curb_weight_kg"
        if self.weight_basis is not WeightBasis.DRY or value is None:
            axis = "weight"
            if value is None:
                return Fact(axis, FactVerdict.MISSING, limit=self.weight, field=field)
            verdict = FactVerdict.FITS if self.weight.admits(value) else FactVerdict.FAILS
            return Fact(axis, verdict, value=value, limit=self.weight, field=field)
        # kei knows the curb weight, an upper bound on the dry weight: a maximum is decided, a
        # minimum only when even the curb weight is below it.
        if not self.weight.admits_low(value):
            verdict = FactVerdict.FAILS
        elif not self.weight.admits_high(value) or self.weight.low is not None:
            verdict = FactVerdict.TO_CONFIRM
        else:
            verdict = FactVerdict.FITS
        return Fact("dry weight", verdict, value=value, limit=self.weight, field=field)

    @staticmethod
    def _kei_class_fact(outcome: Outcome) -> Fact:
        if outcome.status is Status.NOT_LEGAL:
            return Fact("kei class", FactVerdict.FAILS, detail=outcome.message)
        if outcome.status is Status.UNKNOWN:
            return Fact("kei class", FactVerdict.OPEN, detail=outcome.message, settle=outcome.settle)
        return Fact("kei class", FactVerdict.FITS, detail=outcome.message)

    # -- the answer, said --------------------------------------------------------------------

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Is ``vehicle`` a ``term`` under this definition? Figures decide first; what kei cannot
        see (wheels, cab, a dry weight) becomes a condition."""
        return self.outcome(self.facts(vehicle))

    def outcome(self, facts: Iterable[Fact]) -> Outcome:
        """The answer the facts give, and its sentence: every word of a definition's finding is
        written here."""
        facts = tuple(facts)
        name = f"a '{self.term}' under {self.citation}"

        def said(fact: Fact) -> str:
            shown, converted = (
                fact.limit.figures(fact.value) if fact.limit and fact.value is not None else ("", "")
            )
            limit = fact.limit.describe() if fact.limit else ""
            label = self.weight_basis.value if fact.axis == "weight" and self.weight_basis else fact.axis
            if fact.axis == "dry weight":
                return {
                    FactVerdict.FITS: f"curb weight {shown}, so dry weight {limit}",
                    FactVerdict.FAILS: f"curb weight {shown} is already under the {limit} of dry weight"
                    f"{converted}, and the dry weight is lighter still",
                    FactVerdict.TO_CONFIRM: f"its dry weight is {limit}: the curb weight given, {shown}, "
                    f"includes fuel and fluids ({self.citation})",
                }[fact.verdict]
            if fact.axis == "power source":
                engine = fact.limit is not None and fact.limit.dimension == "volume"
                return (
                    f"{'electric' if fact.detail == 'electric' else 'not electric'}, and the definition admits "
                    f"only {'an engine' if engine else 'an electric motor'} {limit}"
                )
            if fact.axis == "kei class":
                if fact.verdict is FactVerdict.FAILS:
                    return f"outside the Japanese kei class ({fact.detail})"
                return "within the Japanese kei class"
            if fact.axis == "FMVSS certification":
                return "certified to the federal motor vehicle safety standards, which the class excludes"
            if fact.axis == "equipment":
                return f"fit or show {EQUIPMENT[fact.detail]} ({self.citation})"
            if fact.axis == "wheels":
                return f"it has {self._wheels_text()} ({self.citation})"
            if fact.axis == "feature":
                return f"{fact.detail} ({self.citation})"
            verb = "is" if fact.verdict is FactVerdict.FITS else "is not"
            return f"{label} {shown} {verb} {limit}{converted}"

        def having(verdict: FactVerdict) -> list[Fact]:
            return [fact for fact in facts if fact.verdict is verdict]

        if having(FactVerdict.FAILS):
            return failed(f"It is not {name}: " + "; ".join(said(f) for f in having(FactVerdict.FAILS)) + ".")
        if having(FactVerdict.MISSING):
            fields = [f.field or f.axis for f in having(FactVerdict.MISSING)]
            return unknown(f"Whether it is {name} needs {', '.join(fields)}.", settle=missing(*fields).settle)
        if having(FactVerdict.OPEN):
            first = having(FactVerdict.OPEN)[0]
            return unknown(f"Whether it is {name} is open: {first.detail}", settle=first.settle)
        fits = [said(f) for f in having(FactVerdict.FITS)]
        conditions = [said(f) for f in having(FactVerdict.TO_CONFIRM)]
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

    def scope(self, *, ask: str, law: str | None = None) -> Scope:
        """The vehicles this definition speaks of, as a :class:`~kei_core.Scope` for
        ``state_rules(..., scope=...)``: provisions that apply to this class only answer
        ``unknown`` (ask ``ask``) for any other vehicle, never ``not_legal``. ``law`` names the
        provisions (default: this definition's citation)."""
        return Scope(what=f"a '{self.term}'", law=law or self.citation, test=self.check, ask=ask)


def approximate_top_speed(vehicle: Vehicle, limit: Limit, *, law: str, words: str, ask: str) -> Fact:
    """A definition's "approximately N miles per hour" (Nebraska, Oklahoma): at most ``limit``
    fits; above it the statute's "approximately" leaves the answer open (never a failure, since
    the law sets no tolerance), and ``ask`` says whom to ask. ``words`` quotes the statute."""
    if vehicle.top_speed_kmh is None:
        return Fact("top speed", FactVerdict.MISSING, limit=limit, field="top_speed_kmh")
    if limit.admits(vehicle.top_speed_kmh):
        return Fact(
            "top speed", FactVerdict.FITS, value=vehicle.top_speed_kmh, limit=limit, field="top_speed_kmh"
        )
    shown, converted = limit.figures(vehicle.top_speed_kmh)
    return Fact(
        "top speed",
        FactVerdict.OPEN,
        value=vehicle.top_speed_kmh,
        limit=limit,
        field="top_speed_kmh",
        detail=(
            f"its top speed, {shown}, is above {limit.describe().removeprefix('at most ')}{converted}, and {law} "
            f"asks for '{words}' without saying how far above that reaches."
        ),
        settle=(ask,),
    )
