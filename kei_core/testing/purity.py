"""Verifying what a rule declares about its check: the fields it reads, whether it uses the
date, and which dates it reads only through age thresholds.

``kei batch`` remembers a finding by the values of the fields a rule declares its check reads
(``Rule.reads``), and across dates when the rule says its check does not use the date
(``Rule.uses_date=False``). A wrong declaration would give one vehicle another's answer, so
the conformance check runs every check on vehicles that record which fields are read, and on
several dates, and reports any field read but not declared and any answer that changes with the
date where the rule says it does not. A rule reading a date only through age thresholds
(``Rule.read_by_age``) is run on trucks dated around the sample's dates and days around the
thresholds: trucks whose threshold days fall alike around the day asked must get the same
answer (and, when it is unknown, the same things to settle it), passing from the same one of
their days. Only the paths the sample vehicles take are seen: a
declaration is trusted elsewhere, as a type annotation is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from kei_core.dates import PartialDate
from kei_core.engine.trace import recording
from kei_core.rules import Rule
from kei_core.vehicle import VEHICLE_FIELDS, Vehicle

_FIELDS = frozenset(VEHICLE_FIELDS)


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
            copy, read = recording(vehicle)
            try:
                outcome = rule.check(copy, day)
            except Exception:
                continue
            undeclared = set(read) - (rule.reads if rule.reads is not None else _FIELDS)
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


_NEARBY_DAYS = (1, 2, 3, 15, 31, 45, 200, 366, 3000)


def _nearby(when: PartialDate) -> list[PartialDate]:
    """Dates near ``when``: days before and after its first day, its month, its year."""
    first = when.earliest()
    days = [first + dt.timedelta(days=sign * n) for n in _NEARBY_DAYS for sign in (1, -1)]
    near = [PartialDate(d.year, d.month, d.day) for d in days if 1 <= d.year <= 9999]
    near += [PartialDate(d.year, d.month) for d in days[:6] if 1 <= d.year <= 9999]
    near += [PartialDate(first.year), PartialDate(first.year, first.month)]
    return near


def age_read_problems(rule: Rule, days: Iterable[dt.date], vehicles: Sequence[Vehicle]) -> list[str]:
    """What ``rule``'s ``read_by_age`` gets wrong about its check, as sentences (the first
    found); ``[]`` when it holds on the trucks tried: each sample vehicle dated, and trucks
    dated near it, on ``days`` and on the days around its thresholds."""
    if rule.check is None or not rule.read_by_age:
        return []
    from kei_core.engine.memo import age_days, placed

    names = tuple(dict.fromkeys(field for field, _ in rule.read_by_age))
    thresholds = tuple((names.index(field), threshold) for field, threshold in rule.read_by_age)
    asked = tuple(days)
    for vehicle in vehicles:
        dates = [getattr(vehicle, name) for name in names]
        if all(when is None for when in dates):
            continue
        trucks = [vehicle]
        for i, name in enumerate(names):
            if dates[i] is not None:
                trucks += [_dated(vehicle, name, near) for near in _nearby(dates[i])]
            trucks.append(_dated(vehicle, name, None))
        around = {d + dt.timedelta(days=n) for d in age_days(thresholds, dates) if d for n in (-1, 0, 1)}
        for day in (*asked, *sorted(around)):
            seen: dict[Any, tuple[Any, Vehicle]] = {}
            for truck in trucks:
                truck_days = age_days(thresholds, [getattr(truck, name) for name in names])
                try:
                    outcome = rule.check(truck, day)
                except Exception:
                    continue
                passes = outcome.passes_from
                answer = (
                    outcome.status,
                    bool(outcome.unconfirmed),
                    truck_days.index(passes) if passes in truck_days else passes,
                    tuple(outcome.settle),  # what would settle it: kei batch remembers it by age too
                )
                first = seen.setdefault(placed(truck_days, [day]), (answer, truck))
                if first[0] != answer:
                    other = first[1]
                    return [
                        f"{rule.id} declares it reads {', '.join(names)} only through age thresholds "
                        f"(read_by_age), but on {day} it answers {first[0][0].value} for a truck dated "
                        f"{_dates(other, names)} and {answer[0].value} for one dated {_dates(truck, names)}, "
                        "which those thresholds do not tell apart (or it passes from another day); "
                        "declare only the dates it reads through them, or none"
                    ]
    return []


def _dated(vehicle: Vehicle, name: str, when: PartialDate | None) -> Vehicle:
    changes: dict[str, Any] = {name: when}
    return attrs.evolve(vehicle, **changes)


def _dates(vehicle: Vehicle, names: Sequence[str]) -> str:
    return ", ".join(f"{name} {getattr(vehicle, name)}" for name in names)
