"""The kei truck catalog: what each maker built under a frame model code, and when.

A Japanese kei truck carries no VIN. Its frame number (車台番号) is the model code, a hyphen and a
serial (``DA63T-123456``); its registration papers (車検証) give the 型式, the same code behind an
emissions prefix (``EBD-DA16T``, ``M-DB51T``). :func:`find` accepts all three.

The data lives in ``models.csv`` beside this module, one row per model code, each with its
sources and the fields no source confirmed; it is read on first use, never at import.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterator, Mapping
from decimal import Decimal
from importlib import resources
from types import MappingProxyType
from typing import Any

from kei_core import Measure, Model, PartialDate

DATA_FILE = "models.csv"

# Columns of models.csv that become Model.specs, and how each is read. The keys are Vehicle field
# names, so a spec can be passed to Vehicle unchanged.
_MEASURES = ("length_mm", "width_mm", "height_mm", "displacement_cc", "curb_weight_kg", "payload_kg")
_WORDS = ("drive", "fuel", "steering")


def models() -> list[Model]:
    """Every model in the catalog, in the order of the data file (maker, then era)."""
    return list(_catalog().values())


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


@functools.cache
def _catalog() -> dict[str, Model]:
    text = resources.files("kei_jp").joinpath(DATA_FILE).read_text(encoding="utf-8")
    catalog: dict[str, Model] = {}
    for line, row in enumerate(csv.DictReader(_without_comments(text)), start=1):
        if None in row or None in row.values():
            raise ValueError(f"{DATA_FILE}: data row {line} does not have one value per column")
        model = _model(row)
        if model.model_code in catalog:
            raise ValueError(
                f"{DATA_FILE}: model code {model.model_code} appears twice; keep one row per code"
            )
        catalog[model.model_code] = model
    return catalog


def _without_comments(text: str) -> io.StringIO:
    return io.StringIO("".join(line for line in text.splitlines(keepends=True) if not line.startswith("#")))


def _model(row: Mapping[str, str]) -> Model:
    specs = dict(_specs(row))
    unconfirmed = frozenset(row["unconfirmed"].split())
    unknown = unconfirmed - specs.keys()
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
    )


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
