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
notes say which reading was taken. A spec field left empty had no source at all: its notes say so.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
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


def models() -> list[Model]:
    """Every model in the catalog, in the order of the data file (maker, then era)."""
    return list(_catalog().values())


def reviewed_on(code: str) -> dt.date | None:
    """The day the sources of the model behind ``code`` (as :func:`find` reads it) were last
    reviewed; ``None`` if the code is not catalogued."""
    model = find(code)
    return None if model is None else _reviewed()[model.model_code]


def find(code: str) -> Model | None:
    """The model for a model code, a 型式 designation or a frame number; ``None`` if unknown.

    ``"DA16T"``, ``"ebd-da16t"`` (the 型式 on the 車検証, emissions prefix first) and
    ``"DA63T-123456"`` (a frame number, serial after the hyphen) all find their model. The code
    is the first hyphen-separated part that names a catalogued model: emissions prefixes (``EBD``,
    ``M``, ``3BD``) and serials are never model codes, and older 型式 with a trim suffix
    (``M-S80P-TDK``) work too.
    """
    catalog = _catalog()
    for part in code.strip().upper().split("-"):
        model = catalog.get(part.strip())
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
    return _read()[0]


def _reviewed() -> dict[str, dt.date]:
    return _read()[1]


@functools.cache
def _read() -> tuple[dict[str, Model], dict[str, dt.date]]:
    text = _data_text()
    catalog: dict[str, Model] = {}
    reviewed: dict[str, dt.date] = {}
    for line, row in enumerate(csv.DictReader(_without_comments(text)), start=1):
        if None in row or None in row.values():
            raise ValueError(f"{DATA_FILE}: data row {line} does not have one value per column")
        model = _model(row)
        if model.model_code in catalog:
            raise ValueError(
                f"{DATA_FILE}: model code {model.model_code} appears twice; keep one row per code"
            )
        catalog[model.model_code] = model
        reviewed[model.model_code] = _review_date(row)
    return catalog, reviewed


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
    return io.StringIO("".join(line for line in text.splitlines(keepends=True) if not line.startswith("#")))


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
