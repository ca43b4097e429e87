"""A state's general titling of imported vehicles, for a state whose law says nothing of kei trucks.

Most states have no statute, rule or bulletin on kei trucks; what an official text does say is how
the state titles and registers *any* vehicle imported from abroad: the papers it asks for, a VIN
inspection, its safety and emissions inspection programmes, the agency that decides. That is
worth telling, and it is not an answer: silence on kei trucks is not permission. So
:class:`ImportTitling` answers ``unknown`` for a kei truck, says what the state asks of an imported
vehicle in general, and names the agency and the page that would settle it::

    REGISTRATION = ImportTitling(
        state="Arizona",
        agency="the ADOT Motor Vehicle Division",
        page="https://azdot.gov/motor-vehicles/vehicle-services/title-and-registration",
        documents=("cbp_7501", "hs7", "epa_3520_1"),
        emissions_inspection="if it is kept in the Phoenix or Tucson area, pass an emissions test",
        citation="ADOT MVD, Title and Registration",
        source="https://azdot.gov/...",
        reviewed_on="2026-12-01",
    )

Only when a source says that the state registers such a vehicle (``registers``, in the source's
own terms) *and* that source is confirmed (the block is not ``unconfirmed``) does it answer
``conditional``, with the state's steps as its conditions; never ``legal``, since the steps are
still due. An unconfirmed source's word is reported and the answer stays ``unknown``.

Some states say more, and refuse: they title and register only a vehicle bearing its maker's
certification label (49 CFR Part 567), whatever its age. :class:`CertificationLabelRequired`
declares that refusal; time does not cure it, so it gives no ``passes_from``::

    REGISTRATION = CertificationLabelRequired(
        state="Alaska",
        agency="the Alaska Division of Motor Vehicles",
        refusal="title and registration are refused to a vehicle of model year 1981 or newer that lacks ...",
        model_years_from=1981,
        citation="2 AAC 92.020(a)(2)",
        ...
    )
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from kei_core import (
    DOCUMENTS,
    Outcome,
    Provision,
    Vehicle,
    conditional,
    failed,
    missing,
    registration_not_documented,
    texts,
    to_optional_date,
    unknown,
)

__all__ = ["CertificationLabelRequired", "ImportTitling"]


def _known_documents(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    for name in value:
        if name not in DOCUMENTS:
            raise ValueError(f"documents: {name!r} is not a document name in kei_core.DOCUMENTS")


def _web_page(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.startswith(("http://", "https://")):
        raise ValueError(
            f"page {value!r} is not an http(s) address: give the agency's page that would settle it"
        )


@attrs.frozen(kw_only=True)
class ImportTitling(Provision):
    """How a state titles and registers a vehicle imported from abroad, in general.

    * ``state``: the state's name ("Arizona").
    * ``agency``: the agency that decides ("the ADOT Motor Vehicle Division").
    * ``page``: the agency's page that would settle how it treats a kei truck.
    * ``documents``: the papers it asks of an imported vehicle, names from
      :data:`kei_core.DOCUMENTS` (``cbp_7501``, ``hs7``, ``epa_3520_1``...); those the vehicle
      does not list become steps.
    * ``vin_inspection``, ``safety_inspection``, ``emissions_inspection``: each a whole sentence
      saying what the owner does ("have its VIN verified at a DMV office"), or empty where the
      state has no such programme. A vehicle listing the ``vin_inspection`` or
      ``safety_inspection`` document has done that step.
    * ``conditions``: any other step, each a whole sentence.
    * ``known``: what else is known about kei trucks there, one sentence (a bill that failed,
      press reports), or empty.
    * ``registers``: what a source says about the state registering such a vehicle, in its own
      terms, or empty. It decides only when the block is not ``unconfirmed``.
    """

    part: ClassVar[str] = "REGISTRATION"

    state: str
    agency: str
    page: str = attrs.field(validator=_web_page)
    documents: tuple[str, ...] = attrs.field(default=(), converter=texts, validator=_known_documents)
    vin_inspection: str = ""
    safety_inspection: str = ""
    emissions_inspection: str = ""
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)
    known: str = ""
    registers: str = ""

    @property
    def place(self) -> str:
        """The state's name opening a sentence ("The District of Columbia")."""
        return self.state[:1].upper() + self.state[1:]

    @property
    def decides(self) -> bool:
        """Whether a confirmed source says the state registers such a vehicle."""
        return bool(self.registers) and not self.unconfirmed

    def statement(self) -> str:
        if self.decides:
            return f"{self.place} titles and registers such an imported vehicle: {self.registers} ({self.citation})."
        return (
            f"{self.place} titles an imported vehicle by its general procedure; no official text found says how "
            f"it treats a kei truck, which {self.agency} decides ({self.citation})."
        )

    def steps(self, vehicle: Vehicle) -> tuple[str, ...]:
        """What the state asks of an imported vehicle that ``vehicle`` has not shown done, as
        whole sentences with the citation."""
        held = vehicle.documents
        todo = [f"show {DOCUMENTS[name]}" for name in self.documents if name not in held]
        if self.vin_inspection and "vin_inspection" not in held:
            todo.append(self.vin_inspection)
        if self.safety_inspection and "safety_inspection" not in held:
            todo.append(self.safety_inspection)
        if self.emissions_inspection:
            todo.append(self.emissions_inspection)
        todo += self.conditions
        return tuple(f"{step} ({self.citation})" for step in todo)

    def general_procedure(self) -> str:
        """What the state asks of any imported vehicle, in words, for an answer that cannot decide."""
        asks = [DOCUMENTS[name] for name in self.documents]
        asks += [s for s in (self.vin_inspection, self.safety_inspection, self.emissions_inspection) if s]
        asks += self.conditions
        return (
            f"for a vehicle brought in from elsewhere it asks: {'; '.join(asks)} ({self.citation})"
            if asks
            else ""
        )

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """``conditional`` on the state's steps when a confirmed source says it registers such a
        vehicle; otherwise ``unknown``, with what is known and whom to ask."""
        if self.decides:
            return conditional(
                f"{self.place} titles and registers such an imported vehicle: {self.registers} ({self.citation}).",
                conditions=self.steps(vehicle)
                or (f"title and register it with {self.agency} ({self.citation})",),
            )
        said = f"an unconfirmed source says: {self.registers}" if self.registers else ""
        known = "; ".join(part for part in (self.known, said, self.general_procedure()) if part)
        found = registration_not_documented(self.state, f"{self.agency} ({self.page})", known)(vehicle, on)
        return attrs.evolve(found, conditions=self.steps(vehicle))


@attrs.frozen(kw_only=True)
class CertificationLabelRequired(Provision):
    """A state that titles and registers only a vehicle bearing its maker's label certifying
    conformity to the Federal Motor Vehicle Safety Standards (49 CFR Part 567). A kei truck
    imported under the 25-year exemption has none, and its age does not change that: the block
    fails without ``passes_from``, so time never makes the vehicle eligible.

    * ``state``, ``agency``: the state and whom to ask about a vehicle the rule does not reach.
    * ``refusal``: the rule in one sentence, in the law's terms.
    * ``model_years_from``: the first model year the rule reaches ("model year 1981 or newer"),
      or ``None``. A kei truck has no US model year, and a model year may fall in the calendar
      year before or after the year of manufacture: for a truck built within a year of it kei
      answers ``unknown``, and only a truck built a year or more after it is refused.
    * ``built_from``: the first day of manufacture the rule reaches, or ``None``.
    * ``accepted``: document names (:data:`kei_core.DOCUMENTS`) that meet the requirement; a
      vehicle holding one is not refused by this rule, which then answers ``unknown`` (how the
      state registers it otherwise is not this rule's to say).
    """

    part: ClassVar[str] = "FMVSS-LABEL"

    state: str
    agency: str
    refusal: str
    model_years_from: int | None = None
    built_from: dt.date | None = attrs.field(default=None, converter=to_optional_date)
    accepted: tuple[str, ...] = attrs.field(
        default=("fmvss_certification_label",), converter=texts, validator=_known_documents
    )

    def scope(self) -> str:
        """The vehicles the rule reaches, in words."""
        if self.model_years_from is not None:
            return f" of model year {self.model_years_from} or newer"
        if self.built_from is not None:
            return f" built on or after {self.built_from.isoformat()}"
        return ""

    def statement(self) -> str:
        return (
            f"{self.state} titles and registers a vehicle{self.scope()} only if it bears its maker's FMVSS "
            f"certification label, whatever its age: {self.refusal} ({self.citation})."
        )

    def reaches(self, vehicle: Vehicle) -> bool | None:
        """Whether the rule reaches ``vehicle`` by its date of manufacture: ``None`` when the
        date given does not settle it."""
        built = vehicle.manufactured
        if self.model_years_from is None and self.built_from is None:
            return True
        if built is None:
            return None
        if self.model_years_from is not None:
            if built.earliest().year - 1 >= self.model_years_from:
                return True
            if built.latest().year + 1 < self.model_years_from:
                return False
            return None
        assert self.built_from is not None
        if built.earliest() >= self.built_from:
            return True
        if built.latest() < self.built_from:
            return False
        return None

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Refused without the label, whatever the age; ``unknown`` for a vehicle the rule may
        not reach or that holds the label."""
        ask = f"ask {self.agency}"
        held = [name for name in self.accepted if name in vehicle.documents]
        if held:
            return unknown(
                f"a vehicle with {DOCUMENTS[held[0]]} is not refused by {self.citation}; how {self.state} "
                f"registers it otherwise is not decided here; {ask}",
                settle=(ask,),
            )
        reached = self.reaches(vehicle)
        if reached is None and vehicle.manufactured is None:
            return missing("manufactured")
        if reached is None:
            return unknown(
                f"built {vehicle.manufactured}: whether {self.citation} reaches it (vehicles{self.scope()}) "
                f"the date of manufacture does not settle; {ask}",
                settle=(
                    f"{ask} which model year it gives the vehicle"
                    if self.model_years_from is not None
                    else "give the month of manufacture (the maker's label in the cab)",
                ),
            )
        if not reached:
            return unknown(
                f"built {vehicle.manufactured}: {self.citation} reaches only vehicles{self.scope()}, and kei "
                f"knows no {self.state} rule for an older one; {ask}",
                settle=(ask,),
            )
        return failed(
            f"{self.state} titles and registers a vehicle{self.scope()} only if it bears its maker's FMVSS "
            f"certification label ({self.citation}); a vehicle imported under the 25-year exemption has none, and "
            "its age does not change that"
        )
