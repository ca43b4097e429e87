"""The vehicle a question is about: every field optional, every value validated.

:data:`FIELD_PARSERS` is the one place a field's value is read from what a user wrote (a
vehicle file, standard input, ``--set``, the catalog, a batch cell): derived from the fields of
:class:`Vehicle`, each reads the value by its type, converts and validates it as the field
does, and checks it against :data:`PLAUSIBLE` and :data:`VEHICLE_DATES`. :func:`vehicle_of`
checks the fields against each other and builds the vehicle. ``kei check`` and ``kei batch``
both go through them, so they cannot read a vehicle differently.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from decimal import Decimal
from typing import Any, NewType

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, slot_setters, written
from kei_core.dates import PartialDate
from kei_core.errors import InputError, did_you_mean, shown
from kei_core.units import quantity, show
from kei_core.vocabulary import DOCUMENTS, EQUIPMENT, NAMESPACED_TERM

# Types that carry their dimension, so vehicle files may write "58 in" and get exact millimetres.
Millimetres = NewType("Millimetres", Decimal)
Kilograms = NewType("Kilograms", Decimal)
Kilowatts = NewType("Kilowatts", Decimal)
KilometresPerHour = NewType("KilometresPerHour", Decimal)
CubicCentimetres = NewType("CubicCentimetres", Decimal)

DIMENSION_OF = {
    Millimetres: "length",
    Kilograms: "mass",
    Kilowatts: "power",
    KilometresPerHour: "speed",
    CubicCentimetres: "volume",
}

FIELD_DIMENSIONS = {
    "length_mm": "length",
    "width_mm": "length",
    "height_mm": "length",
    "displacement_cc": "volume",
    "power_kw": "power",
    "curb_weight_kg": "mass",
    "gvwr_kg": "mass",
    "payload_kg": "mass",
    "top_speed_kmh": "speed",
}

# What a user may tell kei about a vehicle: generous ranges that admit any small vehicle anyone
# might ask about (a quad bike, a golf cart, a pick-up, a minibus), and refuse what is surely a
# slip: a width of 1.78 mm (metres written without a unit), 10^30 mm, a car built in 1066.
# Every way a value enters kei (vehicle files, standard input, --set, --made, the catalog,
# batch rows) is checked against this table; a Vehicle built in Python is only checked positive.
#
#   field              lowest      highest     unit
PLAUSIBLE: dict[str, tuple[Decimal, Decimal, str]] = {
    "length_mm":        (Decimal(500), Decimal(20_000), "mm"),
    "width_mm":         (Decimal(500), Decimal(5_000), "mm"),
    "height_mm":        (Decimal(500), Decimal(5_000), "mm"),
    "displacement_cc":  (Decimal(20), Decimal(20_000), "cc"),
    "power_kw":         (Decimal("0.1"), Decimal(1_000), "kW"),
    "curb_weight_kg":   (Decimal(50), Decimal(40_000), "kg"),
    "gvwr_kg":          (Decimal(50), Decimal(60_000), "kg"),
    "payload_kg":       (Decimal(1), Decimal(40_000), "kg"),
    "top_speed_kmh":    (Decimal(1), Decimal(500), "km/h"),
    "seats":            (Decimal(1), Decimal(60), "seats"),
}  # fmt: skip
VEHICLE_DATES = (dt.date(1886, 1, 1), dt.date(2100, 12, 31))
"""manufactured, first_registered and modification dates: from the first motor car (Benz's
patent, January 1886) to 2100. A vehicle is first registered, and modified, after it is built."""


def _figure(value: Decimal | int, unit: str) -> str:
    """``1.78 mm``, ``61 seats``, ``1E+400 mm``, ``a number of about 4,000 digits``."""
    number = Decimal(value)
    if number.is_finite() and -12 < number.adjusted() < 12 and len(number.as_tuple().digits) <= 30:
        return show(number, unit) if unit != "seats" else f"{number} seats"
    return shown(value) if unit == "seats" else f"{shown(value)} {unit}"


def check_plausible(field: str, value: Decimal | int | None) -> None:
    """:class:`InputError` naming ``field`` and its range when ``value`` is outside :data:`PLAUSIBLE`."""
    if value is None or field not in PLAUSIBLE:
        return
    low, high, unit = PLAUSIBLE[field]
    if low <= value <= high:
        return
    bare = f"; a number without a unit is in {unit}" if unit in ("mm", "cc", "kg", "kW", "km/h") else ""
    raise InputError(
        f"{_figure(value, unit)} is out of range (expected {_figure(low, '').strip()} to {_figure(high, unit)}{bare})",
        field=field,
    )


def check_vehicle_date(field: str, value: PartialDate | None) -> None:
    """:class:`InputError` when a vehicle date lies outside :data:`VEHICLE_DATES`."""
    first, last = VEHICLE_DATES
    if value is not None and not (first <= value.earliest() and value.latest() <= last):
        raise InputError(
            f"{value} is out of range (expected a date from {first.year} to {last.year})", field=field
        )


def check_dates_agree(
    manufactured: PartialDate | None,
    first_registered: PartialDate | None,
    modifications: Iterable[Modification] = (),
) -> None:
    """:class:`InputError` when the vehicle was registered, or modified, before it was built
    (certainly: a partial date that may fall on or after the build date is accepted)."""
    if manufactured is None:
        return
    if first_registered is not None and first_registered.latest() < manufactured.earliest():
        raise InputError(
            f"{first_registered} is before manufactured {manufactured} "
            "(a vehicle is first registered after it is built)",
            field="first_registered",
        )
    for modification in modifications:
        if modification.date is not None and modification.date.latest() < manufactured.earliest():
            raise InputError(
                f"a modification dated {modification.date} is before manufactured {manufactured} "
                "(a vehicle is modified after it is built)",
                field="modifications",
            )


def check_built_by(manufactured: PartialDate | None, on: dt.date) -> None:
    """:class:`InputError` when the vehicle is certainly built after the date asked: kei
    answers for a vehicle that exists on that date (one built that year or month may)."""
    if manufactured is not None and manufactured.year >= on.year and manufactured.earliest() > on:
        raise InputError(
            f"{manufactured} is after the date asked, {on.isoformat()} (ask --on a date after it was built)",
            field="manufactured",
        )


DRIVES = ("2WD", "4WD")
FUELS = ("petrol", "diesel", "electric", "lpg", "hybrid")
STEERING = ("right", "left")

# A 型式 designation prefixes the model code with the emissions class: EBD-DA16T, V-DA51T, 3BD-S510P.
# Matched through re's own cache, and only for a code with a hyphen: most codes have none (DA63T).
_TYPE_PREFIX = r"^[0-9A-Z]{1,4}-(?=[A-Z]{1,3}\d)"


Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _positive(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and isinstance(value, Decimal | int) and value <= 0:
        raise InputError(f"expected a positive number, got {shown(value)}", field=attribute.name)


def _one_of(choices: tuple[str, ...]) -> Validator:
    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and value not in choices:
            raise InputError(
                f"expected one of {', '.join(choices)}, got {shown(value)}{did_you_mean(str(value), choices)}",
                field=attribute.name,
            )

    return check


def _known(vocabulary: dict[str, str]) -> Validator:
    """kei-core's own names, or a plugin's namespaced term (``de.vollgutachten``), which the
    answer checks against the installed plugins' vocabularies (:meth:`kei_core.api.Kei.check`)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: frozenset[str]) -> None:
        for name in sorted(value):
            if name not in vocabulary and not NAMESPACED_TERM.match(name):
                raise InputError(
                    f"unknown name {shown(name)}{did_you_mean(name, vocabulary)} "
                    f"(see `kei vocabulary` for the names kei knows)",
                    field=attribute.name,
                )

    return check


def _length(value: object) -> Millimetres | None:
    return None if value is None else Millimetres(quantity(value, "length"))


def _volume(value: object) -> CubicCentimetres | None:
    return None if value is None else CubicCentimetres(quantity(value, "volume"))


def _power(value: object) -> Kilowatts | None:
    return None if value is None else Kilowatts(quantity(value, "power"))


def _mass(value: object) -> Kilograms | None:
    return None if value is None else Kilograms(quantity(value, "mass"))


def _speed(value: object) -> KilometresPerHour | None:
    return None if value is None else KilometresPerHour(quantity(value, "speed"))


def _names(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _modifications(value: Iterable[Modification]) -> tuple[Modification, ...]:
    return tuple(value)


# Compiled on first use (re's own cache): most vehicles give no emission code.
_EMISSION_CODE = r"^[0-9A-Z]{1,4}$"


def normalize_emission_code(value: str | None) -> str | None:
    """``"ebd"``, ``"EBD-"`` or a whole 型式 ``"EBD-DA16T"`` -> ``"EBD"``: the emissions
    identification code (排出ガス記号) before the hyphen, upper case; :class:`InputError`
    naming ``emission_code`` for anything else."""
    if value is None:
        return None
    code = value.strip().upper().split("-", 1)[0].strip()
    if not code:
        return None
    if not re.match(_EMISSION_CODE, code):
        raise InputError(
            f"expected the emissions prefix of the 型式 on the 車検証 (EBD, GD, 3BD, or EBD-DA16T), "
            f"got {shown(value)}",
            field="emission_code",
        )
    return code


def split_type_designation(value: str | None) -> tuple[str | None, str | None]:
    """A model code as written -> ``(model code, emissions prefix or None)``, upper case:
    ``"ebd-da16t"`` -> ``("DA16T", "EBD")``, ``"DA16T"`` -> ``("DA16T", None)``. A whole 型式
    (``EBD-DA16T``) carries the emissions identification code before its hyphen; every way a
    vehicle is read (:func:`take_type_designation`, ``Vehicle(...)``) splits it with this."""
    if value is None:
        return None, None
    code = value.strip().upper()
    prefix = re.match(_TYPE_PREFIX, code) if "-" in code else None
    if prefix is None:
        return code or None, None
    return code[prefix.end() :] or None, prefix.group(0)[:-1]


def normalize_model_code(value: str | None) -> str | None:
    """``"ebd-da16t"`` -> ``"DA16T"``: upper case, the 型式 emissions prefix stripped (a plain
    ``str``: the prefix is :func:`split_type_designation`'s second half)."""
    return split_type_designation(value)[0]


def _model_code_as_written(value: str | None) -> str | None:
    """The model code upper case, a 型式 prefix still on it: ``Vehicle`` splits it off after
    every field is set (``__attrs_post_init__``), so the prefix can fill ``emission_code``."""
    if value is None:
        return None
    return value.strip().upper() or None


def take_type_designation(values: MutableMapping[str, Any]) -> None:
    """``values`` (field name -> value) with a ``model_code`` written as a whole 型式 split:
    the model code without its prefix, and the prefix as ``emission_code`` unless ``values``
    give one (an emission code given explicitly in the same input wins)."""
    code, prefix = split_type_designation(values.get("model_code"))
    if prefix is None:
        return
    values["model_code"] = code
    if values.get("emission_code") is None:
        values["emission_code"] = prefix


# Values as people write them: "4x4" is 4WD, "gasoline" and "gas" are petrol, "RHD" is the right.
_DRIVE_WORDS = {"4X4": "4WD", "4X2": "2WD"}
_FUEL_WORDS = {"gasoline": "petrol", "gas": "petrol", "benzin": "petrol"}
_STEERING_WORDS = {"rhd": "right", "lhd": "left", "right-hand drive": "right", "left-hand drive": "left"}


def _drive(value: str | None) -> str | None:
    if not isinstance(value, str):
        return value
    word = value.strip().upper()
    return _DRIVE_WORDS.get(word, word)


def _lower(value: str | None) -> str | None:
    return value.strip().lower() if isinstance(value, str) else value


def _fuel(value: str | None) -> str | None:
    word = _lower(value)
    return _FUEL_WORDS.get(word, word) if isinstance(word, str) else word


def _steering(value: str | None) -> str | None:
    word = _lower(value)
    return _STEERING_WORDS.get(word, word) if isinstance(word, str) else word


_a_drive = _one_of(DRIVES)
_a_fuel = _one_of(FUELS)
_a_steering = _one_of(STEERING)
_known_equipment = _known(EQUIPMENT)
_known_documents = _known(DOCUMENTS)
_validators_disabled = attrs.validators.get_disabled
_setattr_of = object.__setattr__.__get__


@attrs.frozen
class Modification:
    """A significant change after manufacture (engine swap, body, chassis, steering, governor)."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    date: PartialDate | None = None
    description: str = ""
    significant: bool = True

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self, date: PartialDate | None = None, description: str = "", significant: bool = True
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("date", date)
        _setattr("description", description)
        _setattr("significant", significant)


@attrs.frozen(kw_only=True)
class Vehicle:
    """A vehicle as kei knows it. Field names are public: they are the keys of vehicle files
    and of batch columns. Every field is optional; a rule that needs a missing one answers
    ``unknown`` and names it. Measures are stored in the unit the name states, exactly."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    make: str | None = None
    model: str | None = None
    model_code: str | None = attrs.field(default=None, converter=_model_code_as_written)
    emission_code: str | None = attrs.field(default=None, converter=normalize_emission_code)
    frame_number: str | None = None
    manufactured: PartialDate | None = None
    first_registered: PartialDate | None = None
    length_mm: Millimetres | None = attrs.field(default=None, converter=_length, validator=_positive)
    width_mm: Millimetres | None = attrs.field(default=None, converter=_length, validator=_positive)
    height_mm: Millimetres | None = attrs.field(default=None, converter=_length, validator=_positive)
    displacement_cc: CubicCentimetres | None = attrs.field(
        default=None, converter=_volume, validator=_positive
    )
    power_kw: Kilowatts | None = attrs.field(default=None, converter=_power, validator=_positive)
    curb_weight_kg: Kilograms | None = attrs.field(default=None, converter=_mass, validator=_positive)
    gvwr_kg: Kilograms | None = attrs.field(default=None, converter=_mass, validator=_positive)
    payload_kg: Kilograms | None = attrs.field(default=None, converter=_mass, validator=_positive)
    seats: int | None = attrs.field(default=None, validator=_positive)
    drive: str | None = attrs.field(default=None, converter=_drive, validator=_a_drive)
    fuel: str | None = attrs.field(default=None, converter=_fuel, validator=_a_fuel)
    top_speed_kmh: KilometresPerHour | None = attrs.field(default=None, converter=_speed, validator=_positive)
    steering: str | None = attrs.field(default=None, converter=_steering, validator=_a_steering)
    original_configuration: bool | None = None
    commercial_use: bool | None = None
    equipment: frozenset[str] = attrs.field(default=frozenset(), converter=_names, validator=_known_equipment)
    documents: frozenset[str] = attrs.field(default=frozenset(), converter=_names, validator=_known_documents)
    modifications: tuple[Modification, ...] = attrs.field(default=(), converter=_modifications)

    @written  # what attrs would generate (kei_core._fields_repr): 5 million instructions less a start
    def __init__(
        self,
        *,
        make: str | None = None,
        model: str | None = None,
        model_code: str | None = None,
        emission_code: str | None = None,
        frame_number: str | None = None,
        manufactured: PartialDate | None = None,
        first_registered: PartialDate | None = None,
        length_mm: object = None,
        width_mm: object = None,
        height_mm: object = None,
        displacement_cc: object = None,
        power_kw: object = None,
        curb_weight_kg: object = None,
        gvwr_kg: object = None,
        payload_kg: object = None,
        seats: int | None = None,
        drive: str | None = None,
        fuel: str | None = None,
        top_speed_kmh: object = None,
        steering: str | None = None,
        original_configuration: bool | None = None,
        commercial_use: bool | None = None,
        equipment: Iterable[str] = frozenset(),
        documents: Iterable[str] = frozenset(),
        modifications: Iterable[Modification] = (),
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("make", make)
        _setattr("model", model)
        _setattr("model_code", _model_code_as_written(model_code))
        _setattr("emission_code", normalize_emission_code(emission_code))
        _setattr("frame_number", frame_number)
        _setattr("manufactured", manufactured)
        _setattr("first_registered", first_registered)
        _setattr("length_mm", _length(length_mm))
        _setattr("width_mm", _length(width_mm))
        _setattr("height_mm", _length(height_mm))
        _setattr("displacement_cc", _volume(displacement_cc))
        _setattr("power_kw", _power(power_kw))
        _setattr("curb_weight_kg", _mass(curb_weight_kg))
        _setattr("gvwr_kg", _mass(gvwr_kg))
        _setattr("payload_kg", _mass(payload_kg))
        _setattr("seats", seats)
        _setattr("drive", _drive(drive))
        _setattr("fuel", _fuel(fuel))
        _setattr("top_speed_kmh", _speed(top_speed_kmh))
        _setattr("steering", _steering(steering))
        _setattr("original_configuration", original_configuration)
        _setattr("commercial_use", commercial_use)
        _setattr("equipment", _names(equipment))
        _setattr("documents", _names(documents))
        _setattr("modifications", _modifications(modifications))
        if not _validators_disabled():
            field = _VEHICLE_ATTRIBUTES
            _positive(self, field.length_mm, self.length_mm)
            _positive(self, field.width_mm, self.width_mm)
            _positive(self, field.height_mm, self.height_mm)
            _positive(self, field.displacement_cc, self.displacement_cc)
            _positive(self, field.power_kw, self.power_kw)
            _positive(self, field.curb_weight_kg, self.curb_weight_kg)
            _positive(self, field.gvwr_kg, self.gvwr_kg)
            _positive(self, field.payload_kg, self.payload_kg)
            _positive(self, field.seats, self.seats)
            _a_drive(self, field.drive, self.drive)
            _a_fuel(self, field.fuel, self.fuel)
            _positive(self, field.top_speed_kmh, self.top_speed_kmh)
            _a_steering(self, field.steering, self.steering)
            _known_equipment(self, field.equipment, self.equipment)
            _known_documents(self, field.documents, self.documents)
        self.__attrs_post_init__()

    def __attrs_post_init__(self) -> None:
        # What take_type_designation does to values read from a user, done to values given in
        # Python: Vehicle(model_code="EBD-DA16T") is Vehicle(model_code="DA16T", emission_code="EBD").
        code, prefix = split_type_designation(self.model_code)
        if prefix is not None:
            _set(self, "model_code", code)
            if self.emission_code is None:
                _set(self, "emission_code", prefix)

    @property
    def label(self) -> str:
        """A short human name: ``Suzuki Carry (DA63T), built June 2005``."""
        name = " ".join(part for part in (self.make, self.model) if part) or "vehicle"
        if self.model_code:
            name += f" ({self.model_code})"
        if self.manufactured:
            name += f", built {self.manufactured.describe()}"
        return name

    @property
    def is_electric(self) -> bool:
        return self.fuel == "electric"


_VEHICLE_ATTRIBUTES = attrs.fields(Vehicle)
VEHICLE_FIELDS: tuple[str, ...] = tuple(field.name for field in _VEHICLE_ATTRIBUTES)


# -- reading values as users write them ------------------------------------------------------------

MAX_TEXT_CHARACTERS = 4096
"""A text value (make, frame number, a modification's description, a list of names) is at
most 4,096 characters; so is a cell of a batch inventory."""

_TRUE = frozenset({"true", "yes", "y", "1"})
_FALSE = frozenset({"false", "no", "n", "0"})


def read_bool(value: object) -> bool:
    """``true``/``false``, ``yes``/``no``, ``1``/``0`` (text or value)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise InputError(f"expected true or false, got {shown(value)}")


def read_int(value: object) -> int:
    """A whole number: an integer, digits, or a number with nothing after the point."""
    expected = f"expected a whole number, got {shown(value)}"
    if isinstance(value, bool):
        raise InputError(expected)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit() and len(text) <= 9:
            return int(text)
        raise InputError(expected)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        if number.is_finite() and number == number.to_integral_value() and abs(number) < 10**9:
            return int(number)
    raise InputError(expected)


def checked_text(value: str) -> str:
    """``value`` when it is at most :data:`MAX_TEXT_CHARACTERS` of valid text."""
    if len(value) > MAX_TEXT_CHARACTERS:
        raise InputError(f"{shown(value)} is too long (expected at most {MAX_TEXT_CHARACTERS:,} characters)")
    if value.isascii():  # nearly every value, and far cheaper to ask than to encode
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(
            f"{shown(value)} is not valid text (it holds a lone UTF-16 surrogate or undecodable bytes)"
        ) from None
    return value


def read_names(value: object) -> frozenset[str]:
    """Names from a list, or from text separated by ``;`` or ``,``."""
    if isinstance(value, str):
        value = [part for chunk in checked_text(value).split(";") for part in chunk.split(",")]
    if not isinstance(value, list | tuple | set | frozenset):
        raise InputError(f"expected a list of names, got {shown(value)}")
    found = set()
    for item in value:
        if not isinstance(item, str):
            raise InputError(f"expected a list of names, got {shown(item)} among them")
        name = checked_text(item).strip()
        if name:
            found.add(name)
    return frozenset(found)


def read_text(value: object) -> str:
    """Text, stripped; a number given where text belongs is written as text."""
    if isinstance(value, str):
        return checked_text(value).strip()
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() < 64:
        return str(value)
    if (
        isinstance(value, float | Decimal)
        and Decimal(repr(value) if isinstance(value, float) else value).is_finite()
    ):
        return checked_text(str(value))
    raise InputError(f"expected text, got {shown(value)}")


def read_vehicle_date(value: object) -> PartialDate:
    """A vehicle date (``1998``, ``1998-11``, ``1998-11-03``) within :data:`VEHICLE_DATES`."""
    date = PartialDate.parse(value)
    check_vehicle_date("", date)
    return date


def read_modifications(value: object) -> tuple[Modification, ...]:
    """A list of ``{date, description, significant}`` tables (or modifications already read)."""
    expected = "expected a list of {date, description, significant} tables"
    if not isinstance(value, list | tuple):
        raise InputError(f"{expected}, got {shown(value)}")
    items = []
    for item in value:
        if isinstance(item, Modification):  # already read (a vehicle's own, given again)
            check_vehicle_date("", item.date)
            items.append(item)
            continue
        if not isinstance(item, Mapping):
            raise InputError(f"{expected}, got {shown(item)} among them")
        unknown = set(item) - {"date", "description", "significant"}
        if unknown:
            name = sorted(map(str, unknown))[0]
            raise InputError(
                f"unknown key {shown(name)} in a modification (expected date, description, significant)"
            )
        date = item.get("date")
        items.append(
            Modification(
                date=None if date is None or date == "" else read_vehicle_date(date),
                description=read_text(item.get("description", "")),
                significant=read_bool(item.get("significant", True)),
            )
        )
    return tuple(items)


def _quantity_reader(dimension: str) -> Callable[[object], Decimal]:
    def read_quantity(value: object) -> Decimal:
        return quantity(value, dimension)

    return read_quantity


# How a value of each field type is read, by the type as the field declares it.
_READERS: dict[str, Callable[[object], Any]] = {
    "str | None": read_text,
    "bool | None": read_bool,
    "int | None": read_int,
    "PartialDate | None": read_vehicle_date,
    "frozenset[str]": read_names,
    "tuple[Modification, ...]": read_modifications,
    **{
        f"{newtype.__name__} | None": _quantity_reader(dimension)
        for newtype, dimension in DIMENSION_OF.items()
    },
}


def _field_parser(field: attrs.Attribute[Any]) -> Callable[[object], Any]:
    """Read a value by the field's type, then convert and validate it as the field does, then
    check it is plausible: what ``Vehicle(name=value)`` holds, or :class:`InputError`."""
    try:
        read = _READERS[str(field.type)]
    except KeyError:
        raise TypeError(f"Vehicle.{field.name}: no reader for values of type {field.type}") from None
    convert: Callable[[Any], Any] | None = field.converter  # type: ignore[assignment]
    validate = field.validator
    name = field.name
    plausible = name in PLAUSIBLE

    def parse(value: object) -> Any:
        found = read(value)
        if convert is not None:
            found = convert(found)
        if validate is not None:
            validate(None, field, found)
        if plausible:
            check_plausible(name, found)
        return found

    return parse


FIELD_PARSERS: dict[str, Callable[[object], Any]] = {
    field.name: _field_parser(field) for field in attrs.fields(Vehicle)
}
"""For each :class:`Vehicle` field, the function reading a value as a user wrote it: the value
the field holds, or :class:`InputError` (use :func:`parse_field`, which names the field)."""

DEFAULT_VALUES: dict[str, Any] = {field.name: field.default for field in attrs.fields(Vehicle)}
"""Every field's value when it is not given."""


def parse_field(name: str, value: object) -> Any:
    """``value`` as field ``name`` holds it (:data:`FIELD_PARSERS`); :class:`InputError` naming
    the field when it is not valid."""
    try:
        return FIELD_PARSERS[name](value)
    except InputError as error:
        raise error.for_field(name) from None
    except (TypeError, ValueError, ArithmeticError, RecursionError) as error:
        raise InputError(f"{shown(value)} is not valid ({type(error).__name__})", field=name) from None


def check_fields_agree(values: MutableMapping[str, Any]) -> None:
    """The checks across fields (every field's value given, each made by :data:`FIELD_PARSERS`):
    :class:`InputError` when they disagree (:func:`check_dates_agree`). Every way a vehicle is
    read runs them: :func:`vehicle_of` does. One field is filled from another here too, as
    ``Vehicle(...)`` fills it (:func:`take_type_designation`): an ``emission_code`` not given is
    the prefix a ``model_code`` was written with (``EBD-DA16T``)."""
    check_dates_agree(values["manufactured"], values["first_registered"], values["modifications"])
    take_type_designation(values)


def build_vehicle(values: Mapping[str, Any]) -> Vehicle:
    """The vehicle holding ``values`` (every field, each made by :data:`FIELD_PARSERS` and
    checked across fields): each value already is what the field's converter and validator
    make of it, so they are not run a second time."""
    vehicle = _new(Vehicle)
    for name, set_field in _SETTERS:
        set_field(vehicle, values[name])
    return vehicle


def with_values(vehicle: Vehicle, values: Mapping[str, Any]) -> Vehicle:
    """``vehicle`` with ``values`` (each what its field's parser makes of it, checked across
    fields with the rest) in place of its own: :func:`attrs.evolve` without converting and
    validating every field again, as :func:`build_vehicle` builds one."""
    found = list(_ALL_VALUES(vehicle))
    for name, value in values.items():
        found[_FIELD_AT[name]] = value
    new = _new(Vehicle)
    for set_field, value in zip(_SLOT_SETTERS, found, strict=True):
        set_field(new, value)
    return new


def vehicle_of(values: MutableMapping[str, Any]) -> Vehicle:
    """The vehicle with these values (every field, each made by :data:`FIELD_PARSERS`), checked
    across fields first (:func:`check_fields_agree`)."""
    check_fields_agree(values)
    return build_vehicle(values)


_new = object.__new__
_set = object.__setattr__
_SLOT_SETTERS = slot_setters(Vehicle, VEHICLE_FIELDS)
_SETTERS = tuple(zip(VEHICLE_FIELDS, _SLOT_SETTERS, strict=True))
_ALL_VALUES = operator.attrgetter(*VEHICLE_FIELDS)
_FIELD_AT = {name: at for at, name in enumerate(VEHICLE_FIELDS)}
# build_vehicle builds a Vehicle field by field, without __init__: a check across fields belongs in
# check_fields_agree (which kei check and kei batch both run). Vehicle.__attrs_post_init__ only
# splits a 型式 model code, which check_fields_agree does too (take_type_designation).
