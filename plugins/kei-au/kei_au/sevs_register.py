"""The kei trucks and vans on Australia's SEVs Register, and the Model Reports that go with them.

The data is ``sevs_register.csv`` beside this module: a published snapshot of the department's
ROVER register as it stood on 2026-08-22 (:data:`AS_OF`), one row per register entry (``SEV``)
or Model Report (``MRE``), each with its register page. An entry names the vehicle by make,
model, type designation (``3BD-DA16T``: the emissions prefix, then the model code) and the
months of manufacture it covers. A Model Report is what a Registered Automotive Workshop
(RAW) works to when it brings a vehicle of an entry to the national road vehicle standards.

:func:`entries_for` finds the entries a vehicle's model code and build date fall under.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from typing import NamedTuple

from kei_core import PartialDate, Vehicle

DATA_FILE = "sevs_register.csv"
AS_OF = dt.date(2026, 8, 22)
"""The day the snapshot of the register was taken; nothing later is known here."""

# Entries that list a converter's variant, not the maker's model: a vehicle matches them only if
# its model names the variant. The register has the S510P Hijet only as JP Star's camper.
VARIANT_WORDS = {"SEV-000890": "happy"}

_MONTH = re.compile(r"^(\d{1,2})/(\d{4})$")
_DAY = re.compile(r"(\d{2})/(\d{2})/(\d{4})")


def _first_day(month: str) -> dt.date:
    found = _MONTH.match(month.strip())
    if found is None:
        raise ValueError(f"{DATA_FILE}: {month!r} is not a month (expected MM/YYYY)")
    return dt.date(int(found[2]), int(found[1]), 1)


def _last_day(month: str) -> dt.date | None:
    """The last day of ``MM/YYYY``; ``None`` for an open end ("No end date", "current")."""
    text = month.strip()
    if text.lower() in {"no end date", "current", ""}:
        return None
    first = _first_day(text)
    return PartialDate.parse(first.isoformat()[:7]).latest()


@functools.cache  # every answer for AU asks for each entry's codes (a Vehicle built each time)
def model_code(designation: str) -> str:
    """``3BD-DA16T`` -> ``DA16T``: the model code, as kei stores a vehicle's (the prefix stripped)."""
    code = Vehicle(model_code=designation).model_code
    assert code is not None
    return code


def vehicle_code(vehicle: Vehicle) -> str | None:
    """The vehicle's model code, or the one its frame number (code, hyphen, serial) begins with."""
    if vehicle.model_code:
        return vehicle.model_code
    if vehicle.frame_number:
        return model_code(vehicle.frame_number.split("-")[0])
    return None


class BuildWindow(NamedTuple):
    """The months of manufacture a register row covers (``last`` is ``None`` while open-ended)."""

    first: dt.date
    last: dt.date | None

    def holds(self, built: PartialDate) -> bool | None:
        """True if every day ``built`` may stand for is inside; False if none is; else ``None``."""
        before = built.latest() < self.first
        after = self.last is not None and built.earliest() > self.last
        if before or after:
            return False
        if built.earliest() >= self.first and (self.last is None or built.latest() <= self.last):
            return True
        return None

    def describe(self) -> str:
        first = PartialDate.parse(self.first.isoformat()[:7]).describe()
        if self.last is None:
            return f"built from {first}"
        return f"built {first} to {PartialDate.parse(self.last.isoformat()[:7]).describe()}"


class RegisterEntry(NamedTuple):
    """One entry of the SEVs Register: the vehicle it admits and until when the entry runs."""

    number: str
    make: str
    model: str
    category: str
    designations: tuple[str, ...]
    window: BuildWindow
    expires: dt.date
    page: str

    @property
    def model_codes(self) -> frozenset[str]:
        return frozenset(model_code(designation) for designation in self.designations)

    def designation_for(self, code: str) -> str:
        """The type designation the register gives for ``code`` (``3BD-DA16T``), or the code."""
        return next(d for d in self.designations if model_code(d) == code)

    def admits_model(self, vehicle: Vehicle) -> bool:
        word = VARIANT_WORDS.get(self.number)
        return word is None or word in (vehicle.model or "").lower()

    def describe(self) -> str:
        return (
            f"{self.number}: {self.make} {self.model} {', '.join(self.designations)}, {self.window.describe()}, "
            f"entry expiring {self.expires.isoformat()}"
        )


class ModelReport(NamedTuple):
    """A Model Report in force: a RAW's way of bringing vehicles of an entry to the standards."""

    number: str
    make: str
    model: str
    report: str
    window: BuildWindow
    based_on: tuple[str, ...]
    page: str


class Register(NamedTuple):
    """The snapshot: its entries and Model Reports."""

    entries: tuple[RegisterEntry, ...]
    model_reports: tuple[ModelReport, ...]

    def reports_for(self, entry: RegisterEntry, built: PartialDate) -> tuple[ModelReport, ...]:
        """Model Reports based on ``entry`` whose months certainly cover a truck built ``built``."""
        return tuple(
            report
            for report in self.model_reports
            if entry.number in report.based_on and report.window.holds(built) is True
        )

    @property
    def pages(self) -> tuple[str, ...]:
        """The register page of every entry, and of every Model Report based on one of them."""
        current = {entry.number for entry in self.entries}
        reports = [r.page for r in self.model_reports if current & set(r.based_on)]
        return (*(entry.page for entry in self.entries), *reports)


def _rows(text: str) -> list[dict[str, str]]:
    lines = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return list(csv.DictReader(io.StringIO(lines)))


def _entry(row: dict[str, str]) -> RegisterEntry:
    expires = _DAY.search(row["expiry_or_status"])
    if expires is None:
        raise ValueError(f"{DATA_FILE}: {row['number']} has no expiry date DD/MM/YYYY")
    day, month, year = (int(part) for part in expires.groups())
    return RegisterEntry(
        number=row["number"],
        make=row["make"],
        model=row["model"],
        category=row["category"],
        designations=tuple(part.strip() for part in row["model_code"].split(",")),
        window=BuildWindow(_first_day(row["build_from"]), _last_day(row["build_to"])),
        expires=dt.date(year, month, day),
        page=row["register_page"],
    )


def _model_report(row: dict[str, str]) -> ModelReport:
    first, _, last = re.split(r"\s+(-|to)\s+", row["build_from"].strip())
    return ModelReport(
        number=row["number"],
        make=row["make"],
        model=row["model"],
        report=row["model_code"],
        window=BuildWindow(_first_day(first), _last_day(last)),
        based_on=tuple(row["based_on_sev"].split()),
        page=row["register_page"],
    )


@functools.cache
def register() -> Register:
    """The snapshot, read from the data file on first use."""
    rows = _rows(_data_text())
    return Register(
        entries=tuple(_entry(row) for row in rows if row["kind"] == "SEV"),
        model_reports=tuple(_model_report(row) for row in rows if row["kind"] == "MRE"),
    )


def _data_text() -> str:
    """``sevs_register.csv`` beside this module, read as a plain file (importing
    ``importlib.resources`` costs more than reading it), or through ``importlib.resources`` when
    the package is not on a file system (a zip)."""
    import os

    path = os.path.join(os.path.dirname(__file__), DATA_FILE)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as data:
            return data.read()
    from importlib import resources

    return resources.files("kei_au").joinpath(DATA_FILE).read_text(encoding="utf-8")


def entries_for(code: str) -> tuple[RegisterEntry, ...]:
    """The register entries naming model code ``code`` (prefix stripped), in register order."""
    return tuple(entry for entry in register().entries if code in entry.model_codes)
