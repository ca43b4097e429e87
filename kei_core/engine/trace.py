"""Which fields of a vehicle a check reads, and in what order.

A check is a pure function of the fields it reads (``Rule.reads`` declares which it may). Which
of them it actually reads depends on the values it has read so far: US-LSV-DEF reads the date
of manufacture only of a truck carrying a low-speed vehicle's certification label. So a check
run on a vehicle that records its reads (:func:`recording`) says which fields decided its
outcome for every vehicle alike in them, read in the same order; ``kei batch`` remembers
outcomes in a tree of those reads (:class:`~kei_core.engine.memo.ReadTree`), and the
conformance check (:mod:`kei_core.testing.purity`) compares them with what a rule declares.
"""

from __future__ import annotations

from typing import Any

from kei_core.vehicle import VEHICLE_FIELDS, Vehicle

_FIELDS = frozenset(VEHICLE_FIELDS)
_get = object.__getattribute__
_set = object.__setattr__


class _Recording(Vehicle):
    """A vehicle that notes, on itself, the fields read from it, in the order first read."""

    __slots__ = ("_kei_read",)

    def __getattribute__(self, name: str) -> Any:
        if name in _FIELDS:
            read = _get(self, "_kei_read")
            if name not in read:
                read[name] = None
        return _get(self, name)


def recording(vehicle: Vehicle) -> tuple[Vehicle, dict[str, None]]:
    """A copy of ``vehicle`` and the dict that fills, in order, with the names of the fields
    read from it (its keys; the values are ``None``)."""
    copy = object.__new__(_Recording)
    for name in VEHICLE_FIELDS:
        _set(copy, name, _get(vehicle, name))
    read: dict[str, None] = {}
    _set(copy, "_kei_read", read)
    return copy, read
