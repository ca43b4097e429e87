"""The kei truck catalog: what each maker built under a frame model code, and when.

A Japanese kei truck carries no VIN. Its frame number (車台番号) is the model code, a hyphen and a
serial (``DA63T-123456``); its registration papers (車検証) give the 型式, the same code behind an
emissions prefix (``EBD-DA16T``, ``M-DB51T``). :func:`find` accepts all three.

The data lives in ``models.csv`` beside this module, one row per model code, each with its
sources, the day they were last reviewed and the fields no source confirmed; it is read on first
use, never at import.

``unconfirmed`` names spec fields shown as "typical value, check your papers" (a recalled value, a
trim-dependent figure, or a class-level figure where no source gives one for the generation), and
may name ``production_start`` or ``production_end`` when the window itself is uncertain; the row's
notes say which reading was taken. :func:`class_level` names the typical values that are class-level
figures rather than the generation's own; :func:`known_gaps` names, per code, the figures the shipped
definitions test that no source gives (left empty on purpose: the notes say why and what settles it).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from kei_core import Measure, Model, PartialDate

DATA_FILE = "models.csv"

# Columns of models.csv that become Model.specs, and how each is read. The keys are Vehicle field
# names, so a spec can be passed to Vehicle unchanged.
_MEASURES = (
    "length_mm",
    "width_mm",
    "height_mm",
    "displacement_cc",
    "curb_weight_kg",
    "payload_kg",
    "top_speed_kmh",
)
_WORDS = ("drive", "fuel", "steering")
# The production window may be marked unconfirmed too (Model's docstring allows it).
_WINDOW = ("production_start", "production_end")
# The spec fields a row may name in `missing`: those the kei class and the shipped state definitions test.
_GAP_FIELDS = frozenset(
    {"length_mm", "width_mm", "height_mm", "displacement_cc", "curb_weight_kg", "top_speed_kmh"}
)


def models() -> list[Model]:
    """Every model in the catalog, in the order of the data file (maker, then era)."""
    return list(_catalog().values())


def by_code(code: str) -> Model | None:
    """The model catalogued under exactly ``code`` (``"DA16T"``, as the data file writes it);
    ``None`` if none is. Only that row is read: what a look-up by kei needs (the ``kei.models``
    entry point names this function), where :func:`models` builds all of them."""
    return _read().model(code)


def reviewed_on(code: str) -> dt.date | None:
    """The day the sources of the model behind ``code`` (as :func:`find` reads it) were last
    reviewed; ``None`` if the code is not catalogued."""
    model = find(code)
    return None if model is None else _read().reviewed[model.model_code]


def class_level(code: str) -> frozenset[str]:
    """The spec fields of the model behind ``code`` (as :func:`find` reads it) whose typical value is
    a class-level figure, not its generation's own (the notes name the source); empty if the code is
    not catalogued."""
    model = find(code)
    return frozenset() if model is None else _read().class_level[model.model_code]


def known_gaps() -> dict[str, frozenset[str]]:
    """Each model code with the figures the shipped definitions test that no source gives for it
    (the model's notes say why, and what settles it: the 車検証 or export certificate); codes
    without a gap are left out."""
    data = _read()
    data.every()
    return {code: fields for code, fields in data.missing.items() if fields}


def find(code: str) -> Model | None:
    """The model for a model code, a 型式 designation or a frame number; ``None`` if unknown.

    ``"DA16T"``, ``"ebd-da16t"`` (the 型式 on the 車検証, emissions prefix first) and
    ``"DA63T-123456"`` (a frame number, serial after the hyphen) all find their model. The code
    is the first hyphen-separated part that names a catalogued model: emissions prefixes (``EBD``,
    ``M``, ``3BD``) and serials are never model codes, and older 型式 with a trim suffix
    (``M-S80P-TDK``) work too.
    """
    data = _read()
    for part in code.strip().upper().split("-"):
        model = data.model(part.strip())
        if model is not None:
            return model
    return None


def search(query: str) -> list[Model]:
    """Models whose make, name or code contain every word of ``query`` (any case).

    ``search("carry")``, ``search("honda acty")`` and ``search("da16")`` list what matches; a
    型式 or frame number (``"EBD-DA16T"``) finds its model as :func:`find` does. An empty query
    lists the whole catalog.
    """
    exact = find(query) if query.strip() else None
    if exact is not None:
        return [exact]
    words = query.casefold().split()
    return [model for model in _catalog().values() if all(word in _haystack(model) for word in words)]


def _haystack(model: Model) -> str:
    return " ".join((model.make, model.model, model.model_code)).casefold()


def _catalog() -> dict[str, Model]:
    data = _read()
    data.every()
    return data.models


class _Data:
    """What the catalog holds, by model code, each row read when first asked for: a check needs
    one model, and building all 66 (their figures, dates and notes) was some 10 million
    instructions of every ``kei check`` naming a model. :meth:`every` reads the rest, in the
    data file's order (a listing, a search). A plain class: a NamedTuple costs some 0.8 million
    instructions to create, at every start-up that imports this module."""

    __slots__ = ("class_level", "header", "missing", "models", "reviewed", "rows")

    def __init__(self) -> None:
        # Each code's data row, with its number (a row's error names it): read, or its line,
        # read under the header line when asked for.
        self.header = ""
        self.rows: dict[Any, tuple[int, str | dict[Any, Any]]] = {}
        self.models: dict[str, Model] = {}
        self.reviewed: dict[str, dt.date] = {}
        self.class_level: dict[str, frozenset[str]] = {}
        self.missing: dict[str, frozenset[str]] = {}

    def model(self, code: str) -> Model | None:
        found = self.models.get(code)
        if found is None and code in self.rows:
            found = self._build(code)
        return found

    def every(self) -> None:
        if len(self.models) < len(self.rows):
            # In the data file's order: models() lists them so.
            self.models = {code: self.models.get(code) or self._build(code) for code in self.rows}

    def _build(self, code: str) -> Model:
        line, row = self.rows[code]
        if isinstance(row, str):
            row = next(_rows(f"{self.header}\n{row}\n"))
        if None in row or None in row.values():
            raise ValueError(f"{DATA_FILE}: data row {line} does not have one value per column")
        model = _model(row)
        self.models[code] = model
        self.reviewed[code] = _review_date(row)
        self.class_level[code], self.missing[code] = _basis(row, model)
        return model


@functools.cache
def _read() -> _Data:
    text = _data_text()
    data = _Data()
    lines = _lines_by_code(text)
    if lines is not None:
        data.header, data.rows = lines
        return data
    for line, row in enumerate(_rows(text), start=1):
        code = row.get("model_code")
        if code in data.rows:
            raise ValueError(f"{DATA_FILE}: model code {code} appears twice; keep one row per code")
        data.rows[code] = (line, row)
    return data


# The line breaks of str.splitlines (which takes the comment lines out) but "\n", and NUL:
# text with any is read the long way.
_ODD_BREAKS = ("\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029", "\0")


def _lines_by_code(text: str) -> tuple[str, dict[Any, tuple[int, str | dict[Any, Any]]]] | None:
    """The header line and each data row's line by its model code, its number beside it, when
    every record of ``text`` is one line that begins with a plain code: read so, the catalog is
    split at its newlines and only the rows asked for are parsed (the whole parse was some 6
    million instructions of a ``kei check`` naming a model). ``None`` for any other text, and
    for a code given twice (the whole read says which)."""
    if any(mark in text for mark in _ODD_BREAKS):
        return None
    header = None
    rows: dict[Any, tuple[int, str | dict[Any, Any]]] = {}
    for line in text.split("\n"):
        if not line or line[0] == "#":
            continue  # a blank line, which DictReader skips; a comment line
        if '"' in line and not _whole_fields(line):
            return None
        if header is None:
            if not line.startswith("model_code,"):
                return None
            header = line
            continue
        code = line.split(",", 1)[0]
        if code.startswith('"') or code in rows:
            return None
        rows[code] = (len(rows) + 1, line)
    return None if header is None else (header, rows)


def _whole_fields(line: str) -> bool:
    """Whether every quote of ``line`` opens a field, closes one before a comma or the end of the
    line, or is doubled inside one: then the csv module ends the line outside quotes, and the
    line is a whole record."""
    parts = line.replace('""', "").split('"')
    if len(parts) % 2 == 0 or not (parts[0] == "" or parts[0].endswith(",")):
        return False
    for between in parts[2::2]:  # from a closing quote to the next opening one, or the end
        if between and not between.startswith(","):
            return False
    return all(between.endswith(",") for between in parts[2:-1:2])


def _data_text() -> str:
    """``models.csv`` beside this module: read as a plain file (``importlib.resources`` costs a
    tenth of kei's start-up, and a vehicle file naming its model reads the catalog), or through
    ``importlib.resources`` when the package is not on a file system (a zip)."""
    import os

    path = os.path.join(os.path.dirname(__file__), DATA_FILE)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as data:
            return data.read()
    from importlib import resources

    return resources.files("kei_jp").joinpath(DATA_FILE).read_text(encoding="utf-8")


def _without_comments(text: str) -> io.StringIO:
    return io.StringIO(_uncommented(text))


def _uncommented(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))


def _rows(text: str) -> Iterator[dict[Any, Any]]:
    """The data rows of ``text``, comment lines left out, exactly as :class:`csv.DictReader`
    reads them (a short row's missing values ``None``, a long row's extra ones under ``None``).

    The catalog is some 140 kB, mostly prose in quoted fields: the csv module's reader, which
    looks at every character, took about 9 of the 450 million instructions of a ``kei check``
    naming a model; :func:`_records` reads it in half that. Anything it does not read the simple
    way (a carriage return, a quote inside an unquoted field, text after a closing quote...) goes
    to the csv module."""
    data = _uncommented(text)  # not through a StringIO: it copies the text twice more
    records = _records(data)
    if records is None:
        import csv  # only then: importing csv costs start-up some 2 million instructions

        yield from csv.DictReader(io.StringIO(data))
        return
    if not records:
        return
    names: list[str | None] = list(records[0])
    for record in records[1:]:
        if not record:
            continue  # a blank line: DictReader skips it
        row: dict[Any, Any] = dict(zip(names, record, strict=False))
        if len(record) > len(names):
            row[None] = record[len(names) :]
        else:
            for name in names[len(record) :]:
                row[name] = None
        yield row


_CSV_FIELD_LIMIT = 131072
"""The csv module's default field size limit (``csv.field_size_limit()``)."""


def _records(data: str) -> list[list[str]] | None:
    """``data`` split into records of fields as the csv module's ``excel`` dialect splits it,
    or ``None`` when it holds anything but plain and quoted fields (``""`` a quote inside one)
    separated by commas, records ending with a newline. Between quoted fields, whole stretches
    are split by ``str.split``: the Python loop turns once a quoted field, not once a field."""
    if "\r" in data or "\0" in data:
        return None
    # csv's own limit: its default unless something in this process imported csv and changed it.
    limit = sys.modules["csv"].field_size_limit() if "csv" in sys.modules else _CSV_FIELD_LIMIT
    records: list[list[str]] = []
    record: list[str] = []
    at, end = 0, len(data)
    while True:
        quote = data.find('"', at)
        stretch = data[at:] if quote < 0 else data[at:quote]
        if len(stretch) > limit and any(len(field) > limit for field in re.split("[,\n]", stretch)):
            return None
        lines = stretch.split("\n")
        for line in lines[:-1]:  # whole lines: the first one ends the record begun before it
            if line or record:
                record += line.split(",")
            records.append(record)
            record = []
        last = lines[-1]
        if quote < 0:  # the end: a last line without its newline
            if last or record:
                record += last.split(",")
                records.append(record)
            return records
        if last and not last.endswith(","):
            return None  # a quote inside a plain field: csv keeps it, and so on
        record += last.split(",")[:-1]
        parts, start = [], quote + 1
        while True:
            close = data.find('"', start)
            if close < 0:
                return None
            parts.append(data[start:close])
            if not data.startswith('"', close + 1):
                break
            parts.append('"')
            start = close + 2
        field = "".join(parts)
        if len(field) > limit:
            return None
        record.append(field)
        at = close + 1
        if at == end:
            records.append(record)
            return records
        if data[at] == "\n":
            records.append(record)
            record = []
        elif data[at] != ",":
            return None  # text after a closing quote
        at += 1


def _model(row: Mapping[str, str]) -> Model:
    specs = dict(_specs(row))
    unconfirmed = frozenset(row["unconfirmed"].split())
    unknown = unconfirmed - specs.keys() - {name for name in _WINDOW if row[name]}
    if unknown:
        raise ValueError(
            f"{DATA_FILE}: {row['model_code']} marks {', '.join(sorted(unknown))} unconfirmed "
            f"but gives no value for it"
        )
    return Model(
        model_code=row["model_code"],
        make=row["make"],
        model=row["model"],
        generation=row["generation"],
        production_start=_date(row["production_start"]),
        production_end=_date(row["production_end"]),
        specs=MappingProxyType(specs),
        # Model's frozenset converter is generic, so mypy cannot infer its argument type.
        unconfirmed=unconfirmed,
        source=row["sources"],
        notes=f"{row['notes']} (Sources reviewed {_review_date(row).isoformat()}.)",
    )


def _basis(row: Mapping[str, str], model: Model) -> tuple[frozenset[str], frozenset[str]]:
    """The row's ``class_level`` and ``missing`` fields, checked: a class-level value is given and
    typical; a missing figure is one the definitions test, and empty."""
    class_level = frozenset(row["class_level"].split())
    missing = frozenset(row["missing"].split())
    wrong = sorted(class_level - (model.specs.keys() & model.unconfirmed))
    if wrong:
        raise ValueError(
            f"{DATA_FILE}: {model.model_code} marks {', '.join(wrong)} class-level but gives no value for it "
            f"or does not mark it unconfirmed"
        )
    wrong = sorted((missing - _GAP_FIELDS) | (missing & model.specs.keys()))
    if wrong:
        raise ValueError(
            f"{DATA_FILE}: {model.model_code} marks {', '.join(wrong)} missing but gives a value for it "
            f"or it is not a figure the definitions test"
        )
    return class_level, missing


def _review_date(row: Mapping[str, str]) -> dt.date:
    try:
        return dt.date.fromisoformat(row["reviewed"])
    except ValueError:
        raise ValueError(
            f"{DATA_FILE}: {row['model_code']} has reviewed {row['reviewed']!r}, not a date YYYY-MM-DD"
        ) from None


def _specs(row: Mapping[str, str]) -> Iterator[tuple[str, Any]]:
    for name in _MEASURES:
        if row[name]:
            yield name, Decimal(row[name])
    if row["power"]:
        # Makers state kei engine power in PS; Measure converts it to kW exactly.
        yield "power_kw", Measure.parse(row["power"], "power").si
    if row["seats"]:
        yield "seats", int(row["seats"])
    for name in _WORDS:
        if row[name]:
            yield name, row[name]


def _date(text: str) -> PartialDate | None:
    return PartialDate.parse(text) if text else None
