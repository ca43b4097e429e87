"""A state that leaves a mini truck's roads to each city or county: the local option.

Some states let a mini truck onto public roads only where a city, village, township or county
allows it by ordinance (Ohio, ORC 4511.215; Kentucky, KRS 186.077; Kansas city streets). Asked
about the state alone, kei cannot know the ordinance of the place the owner drives in, so the
answer is ``unknown``: it depends on the city or county, and says what to ask there. A local
plugin that knows one city's ordinance meets the state's requirement with its own pathway,
applied only ``within`` that city (:attr:`kei_core.Rule.within`)::

    # the state's law module (kei_us_oh)
    LOCAL_ORDINANCE = LocalOption(
        id="US-OH-LOCAL-ORDINANCE",
        who="a municipal corporation or township",
        ask="the city, village or township whether an ordinance under ORC 4511.215 authorizes mini-trucks "
        "on its streets, and on which",
        citation="ORC 4519.401(A); ORC 4511.215", source=..., reviewed_on=...,
    )
    RULES = [*LOCAL_ORDINANCE.rules("US-OH", in_force=Period("2017-01-01")), ...]

    # a city's plugin (kei_us_oh_uppersandusky), owning US-OH-UPPERSANDUSKY
    ORDINANCE = LocalOrdinance(
        option=LOCAL_ORDINANCE,                     # or its ID, "US-OH-LOCAL-ORDINANCE"
        locality="US-OH-UPPERSANDUSKY",
        place="Upper Sandusky",
        roads=RoadAccess(max_posted_mph=35, cross_at="intersection", citation=..., ...),
        citation="Upper Sandusky Codified Ordinances", source=..., reviewed_on=...,
    )
    RULES = local_rules(ORDINANCE, in_force=Period(...))

A state where a locality may only *bar* the truck (an opt-out: West Virginia, Tennessee) keeps
its statewide answer and carries the ``local_opt_out`` restriction
(``RoadAccess(local_opt_out=True)``); a locality's prohibition is then
``LocalOrdinance(prohibits=True, ...)``, a requirement of the locality's own level that fails.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import attrs

from kei_core import (
    Check,
    Law,
    Outcome,
    Period,
    Provision,
    Requirement,
    Rule,
    RuleKind,
    Scope,
    Status,
    Vehicle,
    conditional,
    failed,
    passed,
    texts,
    unknown,
)
from kei_us.state_kit.roads import RoadAccess

__all__ = ["STATEWIDE", "LocalOption", "LocalOrdinance", "law_fields", "local_rules"]

STATEWIDE = "STATEWIDE"
"""The last part of the ID of a local option's statewide pathway (``US-OH-LOCAL-ORDINANCE-STATEWIDE``)."""


def law_fields(block: Law) -> dict[str, Any]:
    """The :class:`~kei_core.Law` fields of a block by name, for the rule it becomes."""
    return {field.name: getattr(block, field.name) for field in attrs.fields(Law)}


@attrs.frozen(kw_only=True)
class LocalOption(Provision):
    """A state's requirement that a city or county allow the mini truck by ordinance.

    * ``who``: who may allow it ("a municipal corporation or township", "a city or county").
    * ``ask``: what the owner asks there, with whom ("the city, village or township whether an
      ordinance under ORC 4511.215 authorizes mini-trucks on its streets, and on which").
    * ``by``: how the locality allows it, in words ("by ordinance", the default; "by designation
      or ordinance").
    * ``eligible``: what the state itself demands of the vehicle wherever an ordinance allows
      it (Kentucky's street-legal special purpose vehicle: a roll bar, seat belts); a vehicle
      that fails it is refused statewide, whatever a city decides. Every
      :class:`LocalOrdinance` of this option applies it too.

    :meth:`rules` gives the :class:`~kei_core.Requirement` (ID ``id`` or
    ``<CODE>-LOCAL-ORDINANCE``) and its statewide pathway (``<ID>-STATEWIDE``), which never
    permits use: it answers ``unknown`` (ask the locality) or, for a vehicle ``eligible``
    refuses, ``not_legal``.
    """

    part: ClassVar[str] = "LOCAL-ORDINANCE"

    who: str
    ask: str
    by: str = "by ordinance"
    eligible: Check | None = attrs.field(default=None, eq=False)

    def statement(self) -> str:
        return (
            f"A mini truck may use public roads only where {self.who} allows it {self.by} ({self.citation})."
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Asked about the state alone: never permitted, since it depends on the locality."""
        asking = f"ask {self.ask}"
        if self.eligible is not None:
            found = self.eligible(vehicle, on)
            if found.status is Status.NOT_LEGAL:
                return failed(
                    f"{found.message} So {self.who} cannot open public roads to it ({self.citation}).",
                    passes_from=found.passes_from,
                    unconfirmed=found.unconfirmed,
                )
            if found.status is Status.UNKNOWN:
                return unknown(
                    f"{found.message} Even then it depends on the city or county ({self.citation}): {asking}.",
                    settle=(*found.settle, asking),
                    passes_from=found.passes_from,
                )
        return unknown(
            f"It depends on the city or county: {self.citation} lets {self.who} allow a mini truck on its roads "
            f"{self.by}, and where none has, it may not use them; {asking}.",
            settle=(asking, "ask kei about the city or county itself, where a plugin for it is installed"),
        )

    def requirement_id(self, jurisdiction: str) -> str:
        """The requirement's ID: ``id``, or ``<CODE>-LOCAL-ORDINANCE``."""
        return self.rule_id(jurisdiction)

    def rules(
        self, jurisdiction: str, *, in_force: Period, scope: Scope | None = None
    ) -> list[Rule | Requirement]:
        """The requirement and its statewide pathway, in force over ``in_force`` (with
        ``scope``, the pathway answers only for the vehicles the statute speaks of)."""
        requirement = self.requirement_id(jurisdiction)
        return [
            Requirement(requirement, jurisdiction, self.statement()),
            Rule(
                f"{requirement}-{STATEWIDE}",
                jurisdiction,
                f"Without a city or county asked, whether a mini truck may use public roads depends on the "
                f"ordinance of {self.who} ({self.citation}).",
                check=scope.guard(self.check) if scope else self.check,
                kind=RuleKind.PATHWAY,
                requirement=requirement,
                in_force=in_force,
                **law_fields(self),
            ),
        ]


def _option_id(value: LocalOption | str | None) -> str | None:
    if isinstance(value, LocalOption) and value.id is None:
        raise ValueError(
            "LocalOrdinance(option=...) needs the state's LocalOption with its id set (LocalOption(id="
            "'US-OH-LOCAL-ORDINANCE', ...)), or that ID itself"
        )
    return value.id if isinstance(value, LocalOption) else value


@attrs.frozen(kw_only=True)
class LocalOrdinance(Provision):
    """A city's or county's ordinance on mini trucks, applied within it only.

    * ``locality``: the code it applies within (``US-OH-UPPERSANDUSKY``), owned by the local
      plugin; ``state``: the state level its rule joins (default: the first two parts of
      ``locality``, ``US-OH``).
    * ``place``: its name in a sentence ("Upper Sandusky").
    * ``option``: the state's :class:`LocalOption` (or its requirement ID) the ordinance meets;
      the rule is then one of its pathways, and applies the option's ``eligible`` first.
    * ``eligible``: what the ordinance, or the state law it is made under, demands of the
      vehicle (Kentucky's street-legal special purpose vehicle under KRS 186.077); default: the
      option's own ``eligible``.
    * ``roads``: where the ordinance lets it go (a :class:`~kei_us.state_kit.RoadAccess`: its
      restrictions and conditions become the ordinance's).
    * ``conditions``: what else the ordinance demands, each a whole sentence ("it is inspected
      by the police before it is registered").
    * ``prohibits``: the ordinance bars mini trucks (an opt-out state's locality): a
      requirement that fails within the locality, with no ``option``.

    The rule's ID is ``id`` or ``<LOCALITY>-ORDINANCE``.
    """

    part: ClassVar[str] = "ORDINANCE"

    locality: str
    place: str
    option: LocalOption | str | None = None
    state: str = attrs.field(
        default=attrs.Factory(lambda self: "-".join(self.locality.split("-")[:2]), takes_self=True)
    )
    eligible: Check | None = attrs.field(default=None, eq=False)
    roads: RoadAccess | None = None
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)
    prohibits: bool = False

    def __attrs_post_init__(self) -> None:
        if self.prohibits == (self.option is not None):
            raise ValueError(
                f"{self.place}: an ordinance either meets the state's local option (option=...) or prohibits "
                "mini trucks (prohibits=True), not both or neither"
            )
        _option_id(self.option)
        if not self.locality.startswith(f"{self.state}-"):
            raise ValueError(f"{self.place}: locality {self.locality!r} does not lie in {self.state!r}")

    LIMITS: ClassVar[str] = "LIMITS"
    """The last part of the ID of the ordinance's own limits, a rule of the locality's level."""

    def rule_id(self, jurisdiction: str) -> str:
        """The pathway's ID: ``id``, or ``<LOCALITY>-ORDINANCE`` (whatever the level it joins)."""
        return self.id or f"{self.locality}-{self.part}"

    def statement(self) -> str:
        if self.prohibits:
            return f"{self.place} bars mini trucks from its roads ({self.citation})."
        return f"{self.place} allows a mini truck on its roads by ordinance ({self.citation})."

    def limits_statement(self) -> str:
        """One line saying what the ordinance demands on the locality's own level."""
        texts = [r.text for r in self.roads.restrictions()] if self.roads else []
        texts += list(self.conditions)
        return (
            f"On {self.place}'s roads a mini truck keeps to its ordinance ({self.citation}): "
            + ("; ".join(texts) or "no limit beyond the state's")
            + "."
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The state's pathway within the locality: its prohibition, or its allowance for a
        vehicle the state's own demands (the option's ``eligible``) admit."""
        if self.prohibits:
            return failed(f"{self.place} bars mini trucks from its roads ({self.citation}).")
        message = f"{self.place}'s ordinance allows a mini truck on its roads ({self.citation})."
        eligible = self.eligible or (self.option.eligible if isinstance(self.option, LocalOption) else None)
        if eligible is None:
            return passed(message)
        found = eligible(vehicle, on)
        if not found.status.permits_use:
            return found
        return attrs.evolve(found, message=f"{message} {found.message}")

    def limits(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """The locality's own level: the roads and conditions its ordinance sets."""
        found = self.roads.check(vehicle, on) if self.roads else None
        if found is not None and not found.status.permits_use:
            return found
        conditions = [
            *(found.conditions if found else ()),
            *(f"{c} ({self.citation})" for c in self.conditions),
        ]
        restrictions = found.restrictions if found else ()
        unconfirmed = found.unconfirmed if found else False
        said = "; ".join(r.text for r in restrictions)
        message = f"{self.place}'s ordinance ({self.citation}) " + (
            f"keeps a mini truck to these roads: {said}."
            if said
            else "sets no road limit beyond the state's."
        )
        if conditions:
            return conditional(
                message, conditions=conditions, restrictions=restrictions, unconfirmed=unconfirmed
            )
        return passed(message, restrictions=restrictions, unconfirmed=unconfirmed)


def local_rules(*ordinances: LocalOrdinance, in_force: Period) -> list[Rule]:
    """A local plugin's ordinances as rules.

    An ordinance that allows mini trucks gives two: a pathway of the state's local option on
    the state's level, applied ``within`` the locality only (``<LOCALITY>-ORDINANCE``), and the
    ordinance's own limits, a requirement of the locality's level
    (``<LOCALITY>-ORDINANCE-LIMITS``), so that the locality's level answers too. An ordinance
    that ``prohibits`` them is one requirement of the locality's level, which fails.
    """
    found: list[Rule] = []
    for ordinance in ordinances:
        rule_id = ordinance.rule_id(ordinance.state)
        law = law_fields(ordinance)
        if ordinance.prohibits:
            found.append(
                Rule(
                    rule_id,
                    ordinance.locality,
                    ordinance.statement(),
                    check=ordinance.check,
                    in_force=in_force,
                    **law,
                )
            )
            continue
        found += [
            Rule(
                rule_id,
                ordinance.state,
                ordinance.statement(),
                check=ordinance.check,
                kind=RuleKind.PATHWAY,
                requirement=_option_id(ordinance.option),
                within=ordinance.locality,
                in_force=in_force,
                **law,
            ),
            Rule(
                f"{rule_id}-{ordinance.LIMITS}",
                ordinance.locality,
                ordinance.limits_statement(),
                check=ordinance.limits,
                in_force=in_force,
                **law,
            ),
        ]
    return found
