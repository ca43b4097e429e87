"""What plugins declare: jurisdictions, rules with their law, requirements, schedules, models.

A rule is data first (ID, statement, citation, source, review date, period in force) and a
short check second. The check receives the vehicle and the date asked and returns an
:class:`Outcome`; the core turns it into a :class:`~kei_core.verdicts.Finding`.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
from attrs import NOTHING

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, hash_salt, slot_setters, written
from kei_core.dates import AgeThreshold, PartialDate, Period, to_date, to_optional_date
from kei_core.errors import did_you_mean
from kei_core.status import Status
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle

if TYPE_CHECKING:  # only annotations here: a place whose rules have no dated values never imports them
    from attrs import NothingType

    from kei_core.timeline import AgeRule, Dated

T = TypeVar("T")

_setattr_of = object.__setattr__.__get__
_validators_disabled = attrs.validators.get_disabled

RULE_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?(-[A-Z0-9.]+)*$")


def texts(value: Iterable[str]) -> tuple[str, ...]:
    """attrs converter for a sequence of sentences or URLs given as any iterable; a single
    string is one sentence, never a sequence of characters."""
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def restriction_tuple(value: Iterable[Restriction]) -> tuple[Restriction, ...]:
    """attrs converter for restrictions given as any iterable."""
    return tuple(value)


def names(value: Iterable[str]) -> frozenset[str]:
    """attrs converter for a set of names given as any iterable of strings."""
    return frozenset(value)


def _optional_names(value: Iterable[str] | None) -> frozenset[str] | None:
    """attrs converter for ``Rule.reads``: a set of field names, or ``None`` (every field)."""
    if value is None:
        return None
    return frozenset([value] if isinstance(value, str) else value)


def _vehicle_fields(instance: object, attribute: attrs.Attribute[Any], value: frozenset[str] | None) -> None:
    for name in sorted(value or ()):
        if name not in VEHICLE_FIELDS:
            raise ValueError(
                f"{attribute.name}: {name!r} is not a Vehicle field{did_you_mean(name, VEHICLE_FIELDS)}"
            )


AGE_FIELDS = ("manufactured", "first_registered")
"""The vehicle dates an age can be counted from."""


def _ages_read(
    value: Mapping[str, Any] | Iterable[tuple[str, AgeThreshold]],
) -> tuple[tuple[str, AgeThreshold], ...]:
    """attrs converter for ``Rule.read_by_age``: ``{field: threshold or thresholds}`` as
    ``(field, threshold)`` pairs, in the order given (the validator checks what they are)."""
    if not isinstance(value, Mapping):  # already pairs (attrs.evolve hands the value back)
        return tuple(value)
    pairs: list[tuple[str, AgeThreshold]] = []
    for field, thresholds in value.items():
        for threshold in thresholds if isinstance(thresholds, (tuple, list)) else [thresholds]:
            pairs.append((field, threshold))
    return tuple(pairs)


def _age_fields(
    instance: Any, attribute: attrs.Attribute[Any], value: tuple[tuple[str, AgeThreshold], ...]
) -> None:
    for field, threshold in value:
        if field not in AGE_FIELDS:
            raise ValueError(
                f"{attribute.name}: {field!r} is not a vehicle date (expected one of {', '.join(AGE_FIELDS)})"
            )
        if not isinstance(threshold, AgeThreshold):
            raise ValueError(f"{attribute.name}: {threshold!r} for {field!r} is not an AgeThreshold")
        if instance.reads is not None and field not in instance.reads:
            raise ValueError(f"{attribute.name}: {field!r} must also be among the fields the rule reads")


def _rule_id(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not RULE_ID.match(value):
        raise ValueError(f"{attribute.name} {value!r} is not a rule ID (expected e.g. 'US-FMVSS-25Y')")


def _code(instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not CODE.match(value):
        raise ValueError(f"{attribute.name} {value!r} is not a jurisdiction code (expected e.g. 'US-TX')")


@attrs.frozen
class Jurisdiction:
    """A place kei answers for: an ISO 3166-1 or -2 code (``EU`` for the Union), a name and
    the code of its parent level (``US-TX`` -> ``US``; ``DE`` -> ``EU``; ``JP`` -> ``None``).
    Each code has exactly one owner: the plugin whose ``kei_jurisdictions`` returns it.

    ``registers`` says whether this jurisdiction registers vehicles for use on public roads
    (Japan, Great Britain, Germany, every US state, Canadian province and Australian state do;
    the US, Canadian and Australian federal levels and the EU only admit vehicles). A place
    whose chain holds no registering level answers at best ``conditional``, worded as
    admissibility for import, never as street legality. The default is ``False``, the
    conservative reading: a plugin must say that its jurisdiction registers vehicles."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    code: str = attrs.field(validator=_code)
    name: str
    parent: str | None = attrs.field(default=None, validator=_code)
    registers: bool = attrs.field(default=False, kw_only=True)
    registered_by: str = attrs.field(default="", kw_only=True)
    """For a level that registers nothing: who does, in a few words ("each state", "each
    member state"), so an answer can say where registration is decided."""

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        code: str,
        name: str,
        parent: str | None = None,
        *,
        registers: bool = False,
        registered_by: str = "",
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("code", code)
        _setattr("name", name)
        _setattr("parent", parent)
        _setattr("registers", registers)
        _setattr("registered_by", registered_by)
        if not _validators_disabled():
            field = _JURISDICTION_ATTRIBUTES
            _code(self, field.code, self.code)
            _code(self, field.parent, self.parent)


_JURISDICTION_ATTRIBUTES = attrs.fields(Jurisdiction)


@attrs.frozen
class Restriction:
    """A limit on use that comes with a legal answer: ``Restriction("max_posted_speed_mph", 55,
    "roads posted 55 mph or less")``. ``kind`` is a stable key for machines, ``text`` for people."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    kind: str
    value: Any
    text: str

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, kind: str, value: Any, text: str) -> None:
        _setattr = _setattr_of(self)
        _setattr("kind", kind)
        _setattr("value", value)
        _setattr("text", text)


@attrs.frozen
class Outcome:
    """What a rule's check says about one vehicle on one date.

    * ``status``: the rule's answer.
    * ``message``: one plain sentence a user understands, with the figures that decided it.
    * ``passes_from``: when time alone will make it pass (an age rule), else ``None``.
    * ``settle``: what would settle an ``unknown`` sooner ("the maker's label with the day").
    * ``conditions``: paperwork or inspections still due when it passes.
    * ``restrictions``: limits on use when it passes.
    * ``unconfirmed``: this outcome rests on a fact not confirmed in an official text.
    """

    __repr__ = fields_repr

    status: Status
    message: str
    passes_from: dt.date | None = None
    settle: tuple[str, ...] = attrs.field(default=(), converter=texts)
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)
    restrictions: tuple[Restriction, ...] = attrs.field(default=(), converter=restriction_tuple)
    unconfirmed: bool = False

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        status: Status,
        message: str,
        passes_from: dt.date | None = None,
        settle: Iterable[str] = (),
        conditions: Iterable[str] = (),
        restrictions: Iterable[Restriction] = (),
        unconfirmed: bool = False,
    ) -> None:
        # Each field set through its slot's descriptor (bound after the class): a check makes
        # an outcome each time it runs. The empty defaults need no converting.
        _o_status(self, status)
        _o_message(self, message)
        _o_passes_from(self, passes_from)
        _o_settle(self, settle if settle is _NONE else texts(settle))
        _o_conditions(self, conditions if conditions is _NONE else texts(conditions))
        _o_restrictions(self, restrictions if restrictions is _NONE else restriction_tuple(restrictions))
        _o_unconfirmed(self, unconfirmed)

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.status == other.status
            and self.message == other.message
            and self.passes_from == other.passes_from
            and self.settle == other.settle
            and self.conditions == other.conditions
            and self.restrictions == other.restrictions
            and self.unconfirmed == other.unconfirmed
        )

    def __hash__(self) -> int:
        return hash(
            (
                _OUTCOME_SALT,
                self.status,
                self.message,
                self.passes_from,
                self.settle,
                self.conditions,
                self.restrictions,
                self.unconfirmed,
            )
        )


_OUTCOME_SALT = hash_salt("kei_core.rules.Outcome")
_NONE = ()  # the empty tuple (one object in CPython): an outcome's defaults, already converted
(
    _o_status,
    _o_message,
    _o_passes_from,
    _o_settle,
    _o_conditions,
    _o_restrictions,
    _o_unconfirmed,
) = slot_setters(
    Outcome, ("status", "message", "passes_from", "settle", "conditions", "restrictions", "unconfirmed")
)


def passed(message: str, **details: Any) -> Outcome:
    """The rule is met."""
    return Outcome(Status.LEGAL, message, **details)


def conditional(message: str, **details: Any) -> Outcome:
    """The rule is met once its conditions are fulfilled."""
    return Outcome(Status.CONDITIONAL, message, **details)


def failed(message: str, **details: Any) -> Outcome:
    """The rule is not met."""
    return Outcome(Status.NOT_LEGAL, message, **details)


def unknown(message: str, **details: Any) -> Outcome:
    """The facts given do not decide the rule; say in ``settle`` what would."""
    return Outcome(Status.UNKNOWN, message, **details)


def missing(*fields: str) -> Outcome:
    """The rule needs vehicle fields that were not given."""
    names = ", ".join(fields)
    return Outcome(
        Status.UNKNOWN, f"needs {names}, which was not given", settle=tuple(f"give {f}" for f in fields)
    )


def registration_not_documented(place: str, authority: str, known: str = "") -> Check:
    """A check for a place whose registration of an imported kei truck no official text
    documents: it always answers ``unknown``, says what is known, and whom to ask. Never
    ``legal``: silence in the sources is not permission."""
    detail = f"; {known}" if known else ""

    def no_official_guidance(vehicle: Vehicle, on: dt.date) -> Outcome:
        return unknown(
            f"no official guidance found on registering an imported kei truck in {place}{detail}; ask {authority}",
            settle=(f"ask {authority} whether it registers an imported kei truck for use on public roads",),
        )

    return no_official_guidance


class RuleKind(enum.Enum):
    """How a rule's finding is folded.

    * ``REQUIREMENT``: must pass on its own (a requirement with a single route).
    * ``PATHWAY``: one of the routes of the :class:`Requirement` named by ``Rule.requirement``;
      the requirement takes the best of its pathways.
    * ``INFORMATION``: reported, never folded (duties, voluntary limits, notes).
    """

    REQUIREMENT = "requirement"
    PATHWAY = "pathway"
    INFORMATION = "information"


@attrs.frozen
class Requirement:
    """Something a level demands that can be met in more than one way (safety: the 25-year
    exemption *or* an LSV *or* a registered importer). Its pathways are :class:`Rule` objects of
    kind ``PATHWAY`` naming this ``id``, from this plugin or any other."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    id: str = attrs.field(validator=_rule_id)
    jurisdiction: str = attrs.field(validator=_code)
    statement: str

    @written
    def __init__(self, id: str, jurisdiction: str, statement: str) -> None:
        _setattr = _setattr_of(self)
        _setattr("id", id)
        _setattr("jurisdiction", jurisdiction)
        _setattr("statement", statement)
        if not _validators_disabled():
            field = _REQUIREMENT_ATTRIBUTES
            _rule_id(self, field.id, self.id)
            _code(self, field.jurisdiction, self.jurisdiction)


_REQUIREMENT_ATTRIBUTES = attrs.fields(Requirement)

Check = Callable[[Vehicle, dt.date], Outcome]


@attrs.frozen
class ScheduleEntry(Generic[T]):
    """One dated value of a :class:`Schedule`, with the legal text it comes from."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    start: dt.date = attrs.field(converter=to_date)
    value: T
    label: str = ""
    citation: str = ""
    unconfirmed: bool = False

    @written
    def __init__(
        self, start: dt.date | str, value: T, label: str = "", citation: str = "", unconfirmed: bool = False
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("start", to_date(start))
        _setattr("value", value)
        _setattr("label", label)
        _setattr("citation", citation)
        _setattr("unconfirmed", unconfirmed)


def _sorted_entries(entries: Any) -> tuple[ScheduleEntry[Any], ...]:
    return tuple(sorted(entries, key=lambda entry: entry.start))


@attrs.frozen
class Schedule(Generic[T]):
    """Values that change over time, keyed by a date of the *vehicle* (OpenFisca's dated
    parameters): the 1990 kei limits apply to a truck built in 1995, whatever the date asked.
    ``keyed_by`` names the :class:`Vehicle` field (usually ``manufactured``)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    keyed_by: str
    entries: tuple[ScheduleEntry[T], ...] = attrs.field(converter=_sorted_entries)

    @written
    def __init__(self, keyed_by: str, entries: Iterable[ScheduleEntry[T]]) -> None:
        _setattr = _setattr_of(self)
        _setattr("keyed_by", keyed_by)
        _setattr("entries", _sorted_entries(entries))

    def at(self, day: dt.date) -> ScheduleEntry[T] | None:
        """The entry in force on ``day``, or ``None`` before the first."""
        current = None
        for entry in self.entries:
            if entry.start <= day:
                current = entry
        return current

    def between(self, earliest: dt.date, latest: dt.date) -> tuple[ScheduleEntry[T], ...]:
        """Every entry that may apply to a date somewhere in ``[earliest, latest]``."""
        first = self.at(earliest)
        later = tuple(e for e in self.entries if earliest < e.start <= latest)
        return ((first,) if first else ()) + later

    def for_date(self, when: PartialDate) -> tuple[ScheduleEntry[T], ...]:
        """Every entry that may apply to a vehicle dated ``when`` (one, unless a change falls
        inside the unknown part of the date)."""
        return self.between(when.earliest(), when.latest())


class Stage(enum.Enum):
    """When, in a truck's way onto the road, a rule's demands fall due: the answer groups its
    conditions by stage, and ``kei check --imported`` / ``--titled`` report those already behind
    the truck as met instead of listing them.

    * ``IMPORT``: bringing it into the country (entry, safety and emissions declarations, duty).
    * ``TITLE``: getting a title (ownership papers) in the place.
    * ``REGISTRATION``: registering it for road use (class, inspection, plates).
    * ``ROAD``: using it on the road once registered (roads, hours, uses).

    A rule that declares none is ``REGISTRATION`` (:func:`stage_of`): never taken as met."""

    IMPORT = "import"
    TITLE = "title"
    REGISTRATION = "registration"
    ROAD = "road"


class StagedText(str):
    """A condition's sentence that falls due at another stage than its rule's (an import rule's
    "once imported, enter it on the register"): a ``str`` everywhere, with a ``stage``. Made
    by :func:`staged`."""

    stage: Stage

    def __new__(cls, text: str, stage: Stage | str) -> StagedText:
        made = super().__new__(cls, text)
        made.stage = Stage(stage)
        return made

    def __getnewargs__(self) -> tuple[str, Stage]:  # type: ignore[override]
        return (str(self), self.stage)


def staged(stage: Stage | str, text: str) -> str:
    """``text``, a condition, marked as due at ``stage`` whatever its rule's stage:
    ``conditions=(staged("registration", "Once imported, enter it on the register"),)``."""
    return StagedText(text, stage)


def _optional_stage(value: Stage | str | None) -> Stage | None:
    """attrs converter for ``Law.stage``: a :class:`Stage` or its value (``"import"``)."""
    return value if value is None or isinstance(value, Stage) else Stage(value)


@attrs.frozen(kw_only=True)
class Law:
    """The law a rule comes from, and how far it can be trusted: what :class:`Rule` and every
    kit block (:class:`kei_core.kit.Provision`) carry, declared once.

    * ``citation``: the statute, regulation or official bulletin.
    * ``source``: a URL, official where one exists.
    * ``reviewed_on``: when someone here last read the source.
    * ``source_as_of``: the date of the text version read, where known.
    * ``unconfirmed``: rests on a fact not confirmed in an official text; a pass then reads at
      best ``conditional``.
    * ``policy``: rests on agency practice, not statute; it may change without a law.
    * ``sources``: secondary copies also read (URLs).
    * ``notes``: why, where sources disagree, and which was followed.
    * ``stage``: when its demands fall due (:class:`Stage`); ``None``, the default, reads as
      ``REGISTRATION`` (:func:`stage_of`).

    Every field is keyword-only: ``Rule("US-FMVSS-25Y", "US", "statement", citation=..., ...)``.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq  # a Law alone is seldom compared: Rule and each kit block have their own
    __hash__ = fields_hash

    citation: str
    source: str
    reviewed_on: dt.date = attrs.field(converter=to_date)
    source_as_of: dt.date | None = attrs.field(default=None, converter=to_optional_date)
    unconfirmed: bool = False
    policy: bool = False
    sources: tuple[str, ...] = attrs.field(default=(), converter=texts)
    notes: str = ""
    stage: Stage | None = attrs.field(default=None, converter=_optional_stage)

    @written
    def __init__(
        self,
        *,
        citation: str,
        source: str,
        reviewed_on: dt.date | str,
        source_as_of: dt.date | str | None = None,
        unconfirmed: bool = False,
        policy: bool = False,
        sources: Iterable[str] = (),
        notes: str = "",
        stage: Stage | str | None = None,
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("citation", citation)
        _setattr("source", source)
        _setattr("reviewed_on", to_date(reviewed_on))
        _setattr("source_as_of", to_optional_date(source_as_of))
        _setattr("unconfirmed", unconfirmed)
        _setattr("policy", policy)
        _setattr("sources", texts(sources))
        _setattr("notes", notes)
        _setattr("stage", _optional_stage(stage))


def stage_of(rule: Law) -> Stage:
    """The stage of ``rule``: the one it declares, else ``REGISTRATION``. The default is the
    safe one: ``kei check --imported`` reports only what a rule *declares* to be an import step
    as behind the truck, so a plugin that declares nothing keeps working and none of its
    demands is ever taken as met (the EU level registers no vehicle, yet its approvals gate
    registration, not import)."""
    return rule.stage if rule.stage is not None else Stage.REGISTRATION


def law_of(item: Law) -> dict[str, Any]:
    """The :class:`Law` fields of ``item`` by name, to hand on to another carrier of law (a kit
    block's law becomes its rule's)."""
    return {field.name: getattr(item, field.name) for field in attrs.fields(Law)}


_ALWAYS = Period()
"""A rule's period in force when it declares none: always."""


@attrs.frozen
class Rule(Law):
    """One legal rule, with the law it comes from (:class:`Law`: ``citation``, ``source``,
    ``reviewed_on``, ``source_as_of``, ``unconfirmed``, ``policy``, ``sources``, ``notes``).

    * ``id``: stable, public (``US-FMVSS-25Y``). A dossier ID with a year suffix is an entry of
      this rule's ``schedule``, not a rule of its own.
    * ``jurisdiction``: the code the rule applies to (it may be another plugin's).
    * ``statement``: one line saying what the rule demands.
    * ``in_force``: the period the rule applies to the *date asked*.
    * ``kind`` and ``requirement``: how the finding is folded (see :class:`RuleKind`).
    * ``check``: the function deciding it; ``None`` only for information rules with nothing
      to decide about the vehicle (they then report ``statement``).
    * ``schedule``: the values keyed by a date of the vehicle that the check uses.
    * ``dated``: the values keyed by the date asked that the check uses, by name
      (:class:`~kei_core.timeline.Dated`); the days they change are searched for
      ``eligible_from``.
    * ``within``: a finer place (a county, a city) this rule applies in only: a local plugin
      adds its ordinance to its state's level (``jurisdiction="US-OH"``,
      ``within="US-OH-UPPERSANDUSKY"``), and the rule is applied when, and only when, the place
      asked is that code or lies under it. A state's local-option requirement can so be met
      by the locality's own pathway, never by the state's silence.
    * ``age``: the age test the law states (:class:`~kei_core.timeline.AgeRule`), when the rule
      is one; its check should use this very object.
    * ``reads``: the :class:`~kei_core.Vehicle` fields the check reads (``{"manufactured"}``),
      or ``None``, the default: it may read any. ``kei batch`` remembers a finding by these
      fields' values, so a field read but not declared would give one vehicle another's answer;
      the conformance check traces the check on the sample vehicles and refuses that.
    * ``uses_date``: whether the check's answer depends on the date asked (an age rule's does);
      ``True``, the default, is always correct. Declare ``False`` only for a check that never
      looks at the date: its findings are then remembered across dates (the conformance check
      compares its answers on different dates).
    * ``read_by_age``: vehicle dates the check reads only through age thresholds
      (``{"manufactured": FMVSS_AGE}``; several thresholds as a tuple): what it finds on a day
      (its status and, when unknown, what would settle it) depends on such a date only by whether
      the day has reached each threshold's first possible and first certain day (:meth:`~kei_core.AgeThreshold.test`), and a ``passes_from`` it
      gives is one of those days. ``kei batch`` then remembers an answer for trucks whose dates
      fall alike around the days that matter, not for each day of manufacture; the conformance
      check verifies the declaration. The default, nothing, is always correct.

    ``id``, ``jurisdiction`` and ``statement`` may be given by position; everything else by name.
    """

    __repr__ = fields_repr

    id: str = attrs.field(validator=_rule_id)
    jurisdiction: str = attrs.field(validator=_code)
    statement: str
    check: Check | None = attrs.field(default=None, eq=False, kw_only=True)
    kind: RuleKind = attrs.field(default=RuleKind.REQUIREMENT, kw_only=True)
    requirement: str | None = attrs.field(default=None, kw_only=True)
    in_force: Period = attrs.field(default=_ALWAYS, kw_only=True)
    schedule: Schedule[Any] | None = attrs.field(default=None, kw_only=True)
    dated: Mapping[str, Dated[Any]] = attrs.field(factory=dict, kw_only=True)
    age: AgeRule | None = attrs.field(default=None, kw_only=True)
    within: str | None = attrs.field(default=None, kw_only=True, validator=_code)
    reads: frozenset[str] | None = attrs.field(
        default=None, kw_only=True, converter=_optional_names, validator=_vehicle_fields
    )
    uses_date: bool = attrs.field(default=True, kw_only=True)
    read_by_age: tuple[tuple[str, AgeThreshold], ...] = attrs.field(
        default=(), kw_only=True, converter=_ages_read, validator=_age_fields
    )

    @written
    def __init__(
        self,
        id: str,
        jurisdiction: str,
        statement: str,
        *,
        citation: str,
        source: str,
        reviewed_on: dt.date | str,
        source_as_of: dt.date | str | None = None,
        unconfirmed: bool = False,
        policy: bool = False,
        sources: Iterable[str] = (),
        notes: str = "",
        stage: Stage | str | None = None,
        check: Check | None = None,
        kind: RuleKind = RuleKind.REQUIREMENT,
        requirement: str | None = None,
        in_force: Period = _ALWAYS,
        schedule: Schedule[Any] | None = None,
        dated: Mapping[str, Dated[Any]] | NothingType = NOTHING,
        age: AgeRule | None = None,
        within: str | None = None,
        reads: Iterable[str] | None = None,
        uses_date: bool = True,
        read_by_age: Mapping[str, Any] | Iterable[tuple[str, AgeThreshold]] = (),
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("citation", citation)
        _setattr("source", source)
        _setattr("reviewed_on", to_date(reviewed_on))
        _setattr("source_as_of", to_optional_date(source_as_of))
        _setattr("unconfirmed", unconfirmed)
        _setattr("policy", policy)
        _setattr("sources", texts(sources))
        _setattr("notes", notes)
        _setattr("stage", _optional_stage(stage))
        _setattr("id", id)
        _setattr("jurisdiction", jurisdiction)
        _setattr("statement", statement)
        _setattr("check", check)
        _setattr("kind", kind)
        _setattr("requirement", requirement)
        _setattr("in_force", in_force)
        _setattr("schedule", schedule)
        _setattr("dated", {} if dated is NOTHING else dated)
        _setattr("age", age)
        _setattr("within", within)
        _setattr("reads", _optional_names(reads))
        _setattr("uses_date", uses_date)
        _setattr("read_by_age", _ages_read(read_by_age))
        if not _validators_disabled():
            field = _RULE_ATTRIBUTES
            _rule_id(self, field.id, self.id)
            _code(self, field.jurisdiction, self.jurisdiction)
            _code(self, field.within, self.within)
            _vehicle_fields(self, field.reads, self.reads)
            _age_fields(self, field.read_by_age, self.read_by_age)

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.citation == other.citation
            and self.source == other.source
            and self.reviewed_on == other.reviewed_on
            and self.source_as_of == other.source_as_of
            and self.unconfirmed == other.unconfirmed
            and self.policy == other.policy
            and self.sources == other.sources
            and self.notes == other.notes
            and self.stage == other.stage
            and self.id == other.id
            and self.jurisdiction == other.jurisdiction
            and self.statement == other.statement
            and self.kind == other.kind
            and self.requirement == other.requirement
            and self.in_force == other.in_force
            and self.schedule == other.schedule
            and self.dated == other.dated
            and self.age == other.age
            and self.within == other.within
            and self.reads == other.reads
            and self.uses_date == other.uses_date
            and self.read_by_age == other.read_by_age
        )

    def __hash__(self) -> int:
        return hash(
            (
                _RULE_SALT,
                self.citation,
                self.source,
                self.reviewed_on,
                self.source_as_of,
                self.unconfirmed,
                self.policy,
                self.sources,
                self.notes,
                self.stage,
                self.id,
                self.jurisdiction,
                self.statement,
                self.kind,
                self.requirement,
                self.in_force,
                self.schedule,
                self.dated,
                self.age,
                self.within,
                self.reads,
                self.uses_date,
                self.read_by_age,
            )
        )

    @property
    def requirement_id(self) -> str | None:
        """The requirement this rule's finding folds into (itself for a ``REQUIREMENT``)."""
        if self.kind is RuleKind.REQUIREMENT:
            return self.id
        return self.requirement if self.kind is RuleKind.PATHWAY else None

    def in_force_on(self, day: dt.date) -> bool:
        return self.in_force.contains(day)

    def boundaries(self) -> tuple[dt.date, ...]:
        """The days this rule's answer may change for the date asked: the ends of its period
        in force and the days its :class:`~kei_core.timeline.Dated` values change."""
        days = set(self.in_force.boundaries())
        for value in self.dated.values():
            days.update(value.boundaries())
        return tuple(sorted(days))


_RULE_ATTRIBUTES = attrs.fields(Rule)
_RULE_SALT = hash_salt("kei_core.rules.Rule")


@attrs.frozen
class Model:
    """A catalog entry: a model code and what the maker built under it.

    ``specs`` holds :class:`Vehicle` field values typical of the model (the field names are
    the keys); ``unconfirmed`` names those not confirmed in a reliable source, shown to users
    as "typical value, check your papers" (``production_start``, ``production_end`` and
    ``model_code`` may be named too, when the window or the code itself is recalled)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    model_code: str
    make: str
    model: str
    generation: str = ""
    production_start: PartialDate | None = None
    production_end: PartialDate | None = None
    specs: Mapping[str, Any] = attrs.field(factory=dict)
    unconfirmed: frozenset[str] = attrs.field(default=frozenset(), converter=names)
    source: str = ""
    notes: str = ""

    @written
    def __init__(
        self,
        model_code: str,
        make: str,
        model: str,
        generation: str = "",
        production_start: PartialDate | None = None,
        production_end: PartialDate | None = None,
        specs: Mapping[str, Any] | NothingType = NOTHING,
        unconfirmed: Iterable[str] = frozenset(),
        source: str = "",
        notes: str = "",
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("model_code", model_code)
        _setattr("make", make)
        _setattr("model", model)
        _setattr("generation", generation)
        _setattr("production_start", production_start)
        _setattr("production_end", production_end)
        _setattr("specs", {} if specs is NOTHING else specs)
        _setattr("unconfirmed", names(unconfirmed))
        _setattr("source", source)
        _setattr("notes", notes)
