"""Japan: what a kei vehicle (軽自動車) is, by the standard in force when it was built.

Public API for other plugins: :func:`kei_class_test` answers whether a vehicle is within the
kei class; US states whose statutes define mini trucks by the Japanese kei class use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kei_core import Jurisdiction, Model, Outcome, Requirement, Rule, Vehicle, hookimpl

if TYPE_CHECKING:
    pass

__all__ = ["kei_class_test"]


def kei_class_test(vehicle: Vehicle) -> Outcome:
    """Is ``vehicle`` within the kei class (道路運送車両法施行規則 別表第一) of its manufacture date?

    ``legal``: within every limit of the standard that applied when it was built;
    ``not_legal``: over at least one; ``unknown``: a figure or the date is missing and decides it.
    """
    from kei_jp.kei_class import kei_class_outcome

    return kei_class_outcome(vehicle)


KEI_CLASS_READS = frozenset({"manufactured", "length_mm", "width_mm", "height_mm", "displacement_cc", "fuel"})
"""The vehicle fields the kei-class test reads: declared on JP-KEI-CLASS, and on the test itself
for a state whose definition uses it (``Rule.reads``)."""
kei_class_test.reads = KEI_CLASS_READS  # type: ignore[attr-defined]


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("JP", "Japan", parent=None, registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_jp import kei_class, road_use

    return (*kei_class.RULES, *road_use.RULES)


@hookimpl
def kei_models() -> Iterable[Model]:
    from kei_jp import catalog

    return catalog.models()
