"""A verdict reduced to what a table of many vehicles shows (``kei batch``), in a module of its
own so that ``kei check``, which never makes one, does not create the class."""

from __future__ import annotations

import datetime as dt

import attrs

from kei_core._fields_repr import fields_repr
from kei_core.status import Status


@attrs.frozen(cache_hash=True)
class Summary:
    """A verdict reduced to what a table of many vehicles shows: the place, its status,
    ``eligible_from`` and the rules standing in the way (:func:`~kei_core.verdicts.in_the_way`).
    The engine folds it exactly as the full :class:`~kei_core.verdicts.Verdict`
    (``evaluate(..., detail="summary")``), without assembling findings' messages, conditions or
    restrictions."""

    __repr__ = fields_repr

    jurisdiction: str
    status: Status
    eligible_from: dt.date | None
    in_the_way: tuple[str, ...]
