"""Verifying what a rule declares about its check: the fields it reads and whether it uses the date.

``kei batch`` remembers a finding by the values of the fields a rule declares its check reads
(``Rule.reads``), and across dates when the rule says its check does not use the date
(``Rule.uses_date=False``). A wrong declaration would give one vehicle another's answer, so
the conformance check runs every check on vehicles that record which fields are read, and on
several dates, and reports any field read but not declared and any answer that changes with the
date where the rule says it does not. Only the paths the sample vehicles take are seen: a
declaration is trusted elsewhere, as a type annotation is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from kei_core.rules import Rule
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle

_FIELDS = frozenset(VEHICLE_FIELDS)


class _Traced(Vehicle):
    """A vehicle that records, on itself, which of its fields are read."""

    __slots__ = ("_kei_reads",)

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            object.__getattribute__(self, "_kei_reads").add(name)
        return object.__getattribute__(self, name)


def traced(vehicle: Vehicle) -> tuple[Vehicle, set[str]]:
    """A copy of ``vehicle`` and the set that fills with the names of the fields read from it."""
    copy = object.__new__(_Traced)
    for field in attrs.fields(Vehicle):
        object.__setattr__(copy, field.name, getattr(vehicle, field.name))
    reads: set[str] = set()
    object.__setattr__(copy, "_kei_reads", reads)
    return copy, reads


def other_days(day: dt.date) -> tuple[dt.date, ...]:
    """Dates to compare ``day``'s answer with: the next day, a year and a half later, ten and
    thirty years on, and ten years before (an age or a law's day would change some answer)."""
    return (
        day + dt.timedelta(days=1),
        day + dt.timedelta(days=548),
        day + dt.timedelta(days=3653),
        day + dt.timedelta(days=10958),
        day - dt.timedelta(days=3653),
    )


def declaration_problems(rule: Rule, days: Iterable[dt.date], vehicles: Sequence[Vehicle]) -> list[str]:
    """What ``rule``'s ``reads`` and ``uses_date`` get wrong about its check on ``vehicles``
    and ``days``, as sentences (the first found); ``[]`` when the declaration holds. A check
    that crashes is the business of the rest of the conformance check."""
    if rule.check is None or (rule.reads is None and rule.uses_date):
        return []
    for day in days:
        for vehicle in vehicles:
            copy, reads = traced(vehicle)
            try:
                outcome = rule.check(copy, day)
            except Exception:
                continue
            undeclared = reads - (rule.reads if rule.reads is not None else _FIELDS)
            if undeclared:
                return [
                    f"{rule.id}'s check reads {', '.join(sorted(undeclared))}, which its reads= does not "
                    f"declare ({', '.join(sorted(rule.reads or ())) or 'nothing'}), on {vehicle.label} ({day}); "
                    "declare every field the check may read, or leave reads=None"
                ]
            if rule.uses_date:
                continue
            for other in other_days(day):
                try:
                    later = rule.check(vehicle, other)
                except Exception:
                    later = None
                if later != outcome:
                    return [
                        f"{rule.id} declares uses_date=False, but its check answers differently on {day} and "
                        f"{other} for {vehicle.label}; declare uses_date=True (the default)"
                    ]
    return []
