"""An inventory's header read as people write it (``kei batch``).

Each column is a :class:`~kei_core.Vehicle` field, named as ``kei fields`` names it or by a common
alias (``year``, ``chassis no``, ``cc``, ``width (in)``: :data:`ALIASES`), or a column kei does not
know, which passes through to the output unchanged (stock numbers, prices, notes). A unit in the
header (``width (in)``, ``height (mm)``) is the unit of every bare number in that column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from kei_core.errors import InputError, shown
from kei_core.vehicle import VEHICLE_FIELDS

ALIASES: dict[str, str] = {
    # make and model
    "maker": "make",
    "manufacturer": "make",
    "brand": "make",
    "model name": "model",
    "model code": "model_code",
    "katashiki": "model_code",
    "chassis code": "model_code",
    # identity
    "frame": "frame_number",
    "frame no": "frame_number",
    "frame number": "frame_number",
    "chassis": "frame_number",
    "chassis no": "frame_number",
    "chassis number": "frame_number",
    "vin": "frame_number",
    # dates
    "year": "manufactured",
    "built": "manufactured",
    "year built": "manufactured",
    "year/built": "manufactured",
    "made": "manufactured",
    "model year": "manufactured",
    "build date": "manufactured",
    "date of manufacture": "manufactured",
    "manufacture date": "manufactured",
    "production date": "manufactured",
    "registered": "first_registered",
    "first registration": "first_registered",
    "registration date": "first_registered",
    # sizes
    "length": "length_mm",
    "width": "width_mm",
    "height": "height_mm",
    "cc": "displacement_cc",
    "engine": "displacement_cc",
    "engine cc": "displacement_cc",
    "engine size": "displacement_cc",
    "displacement": "displacement_cc",
    "power": "power_kw",
    "weight": "curb_weight_kg",
    "curb weight": "curb_weight_kg",
    "kerb weight": "curb_weight_kg",
    "gvwr": "gvwr_kg",
    "gross weight": "gvwr_kg",
    "payload": "payload_kg",
    "max load": "payload_kg",
    "top speed": "top_speed_kmh",
    "max speed": "top_speed_kmh",
    # the rest
    "drivetrain": "drive",
    "seating": "seats",
    "original": "original_configuration",
    "unmodified": "original_configuration",
}
"""Header names understood besides the field names themselves (matched without case, spaces,
``_`` or ``-`` mattering, and after a unit in brackets is taken off)."""

_UNIT = re.compile(r"^(?P<name>.*?)\s*[(\[](?P<unit>[^()\[\]]*)[)\]]\s*$")
_SPACES = re.compile(r"[\s_\-.#:]+")
_MEASURES = frozenset(name for name in VEHICLE_FIELDS if name.endswith(("_mm", "_cc", "_kw", "_kg", "_kmh")))
_BARE_NUMBER = re.compile(r"^\s*[+-]?(\d[\d,]*)?(\.\d+)?\s*$")


def _key(text: str) -> str:
    return _SPACES.sub(" ", text.strip().lower()).strip()


_LOOKUP: dict[str, str] = {_key(name): name for name in VEHICLE_FIELDS}
_LOOKUP.update({_key(name.replace("_", " ")): name for name in VEHICLE_FIELDS})
_LOOKUP.update({_key(alias): field for alias, field in ALIASES.items()})


@attrs.frozen
class Column:
    """One input column: its header as written, the field it fills (``None``: passed through)
    and the unit its bare numbers are in (from the header)."""

    header: str
    field: str | None
    unit: str = ""

    def cell(self, text: str) -> str:
        """The cell as the field's parser reads it: a bare number gets the header's unit."""
        if self.unit and text and _BARE_NUMBER.match(text):
            return f"{text.strip()} {self.unit}"
        return text


def column_of(header: str) -> Column:
    """What ``header`` names: a field (by its name or an alias, a unit in brackets kept for its
    cells) or nothing kei knows (the column passes through)."""
    text = header.strip()
    found = _LOOKUP.get(_key(text))
    if found is not None:
        return Column(header, found)
    unit = _UNIT.match(text)
    if unit is not None:
        field = _LOOKUP.get(_key(unit["name"]))
        if field is not None:
            measure = unit["unit"].strip()
            return Column(header, field, measure if field in _MEASURES else "")
    return Column(header, None)


@attrs.frozen
class Header:
    """An inventory's columns read: which fill which field, which pass through, and the one
    ``--id`` puts first."""

    columns: tuple[Column, ...]
    id_index: int | None = None

    @property
    def fields(self) -> tuple[str | None, ...]:
        return tuple(column.field for column in self.columns)

    @property
    def passed(self) -> tuple[int, ...]:
        """Positions of the columns passed through (the ``--id`` one aside: it goes first)."""
        return tuple(
            i for i, column in enumerate(self.columns) if column.field is None and i != self.id_index
        )

    @property
    def unknown(self) -> tuple[str, ...]:
        """The headers kei does not know, each once, in order."""
        return tuple(dict.fromkeys(column.header for column in self.columns if column.field is None))

    @property
    def units(self) -> bool:
        return any(column.unit for column in self.columns)


def read_header(names: Sequence[str], *, id_column: str | None = None, where: str = "") -> Header:
    """The :class:`Header` of an inventory whose first row is ``names``. Two columns filling one
    field, or an ``--id`` naming no column, is an :class:`InputError` (the file cannot be read
    as meant); a column kei does not know is not."""
    columns = tuple(column_of(name) for name in names)
    seen: dict[str, str] = {}
    for column in columns:
        if column.field is None:
            continue
        if column.field in seen:
            raise InputError(
                f"{where}columns {shown(seen[column.field])} and {shown(column.header)} both give "
                f"{column.field}; keep one"
            )
        seen[column.field] = column.header
    index = None
    if id_column is not None:
        wanted = _key(id_column)
        matches = [i for i, name in enumerate(names) if _key(name) == wanted]
        if not matches:
            listed = ", ".join(shown(name) for name in names[:20])
            raise InputError(f"no column {shown(id_column)} (the columns are {listed})", field="--id")
        index = matches[0]
    return Header(columns, index)
