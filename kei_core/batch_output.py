"""The columns ``kei batch`` can add for acting on a row, and what its summary counts.

The default columns (:data:`OUTPUT_COLUMNS`) are public and never change; the ones here are
asked for with ``--columns`` (``full``, or names), so that an inventory checked for its
statuses alone does not pay for assembling full verdicts. They come from the full
:class:`~kei_core.verdicts.Verdict` the engine folds for ``kei check``, so ``reason`` is the
"Why" ``kei check`` prints.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from kei_core.errors import InputError, did_you_mean, shown
from kei_core.status import Status
from kei_core.verdicts import Verdict

OUTPUT_COLUMNS = ("row", "jurisdiction", "status", "eligible_from", "failing_rules", "error")
"""The default columns, in this order: public, never renamed or reordered."""

EXTRA_COLUMNS = (
    "reason",
    "settle",
    "conditions",
    "restrictions",
    "eligible_in_days",
    "failing",
    "undecided",
    "catalog",
)
"""The columns ``--columns`` adds, after the default ones:

* ``reason``: the sentence that decides a verdict that is not legal or conditional (``kei check``'s "Why").
* ``settle``: what would settle an unknown (``;``-separated).
* ``conditions``: what must be done for the answer to hold (``;``-separated).
* ``restrictions``: limits on use that come with it (``;``-separated).
* ``eligible_in_days``: days from the date asked to ``eligible_from`` (0 when legal or conditional now).
* ``failing``: the rules in the way that fail (``not_legal``).
* ``undecided``: the rules in the way that cannot be decided from what is given (``unknown``).
* ``catalog``: for a row named by its model code (or frame number), which values came from the
  catalog, which of them are only typical (check the papers), and its warnings (a build date
  outside the production window, a frame number naming another model).
"""

ELIGIBLE_BY = "eligible_by"
"""The column ``--eligible-by DATE`` adds: ``yes`` when the row is legal or conditional by then."""


def parse_columns(text: str | None) -> tuple[str, ...]:
    """The extra columns ``--columns`` names: ``default`` (none), ``full`` (all of
    :data:`EXTRA_COLUMNS`) or a comma-separated list of them (default columns named are
    already there); an unknown name is an :class:`InputError` with a did-you-mean."""
    if text is None or text.strip().lower() in ("", "default"):
        return ()
    if text.strip().lower() in ("full", "all"):
        return EXTRA_COLUMNS
    chosen: list[str] = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name or name in OUTPUT_COLUMNS:
            continue
        if name not in EXTRA_COLUMNS:
            known = (*EXTRA_COLUMNS, "full", "default")
            raise InputError(
                f"--columns: unknown column {shown(name)}{did_you_mean(name, known)} "
                f"(full, or some of {', '.join(EXTRA_COLUMNS)})",
                field="--columns",
            )
        if name not in chosen:
            chosen.append(name)
    # In the documented order, whatever order they were named in.
    return tuple(name for name in EXTRA_COLUMNS if name in chosen)


LISTS = {
    "settle": "; ",
    "conditions": "; ",
    "restrictions": "; ",
    "failing": ";",
    "undecided": ";",
    "catalog": "; ",
}
"""The extra columns that hold lists, and how a CSV cell separates their items."""


def cell(name: str, value: object) -> object:
    """An extra column's value as a CSV cell: a list joined, as :data:`LISTS` says."""
    if name in LISTS and isinstance(value, tuple):
        return LISTS[name].join(" ".join(str(item).split()) for item in value)
    return value


def extra_values(verdict: Verdict, on: dt.date) -> dict[str, object]:
    """Every extra column's value for one place's full verdict (``None``: empty; the columns of
    :data:`LISTS` as tuples)."""
    ahead = verdict.eligible_from
    if verdict.status.permits_use:
        days: int | None = 0
    else:
        days = (ahead - on).days if ahead is not None else None
    from kei_core.render.text import why  # the one "Why", as kei check words it

    statuses = {f.rule: f.status for f in verdict.findings}
    blocking = verdict.failing_rules
    return {
        "reason": why(verdict) or "",
        "settle": tuple(verdict.settle),
        "conditions": tuple(verdict.conditions),
        "restrictions": tuple(r.text for r in verdict.restrictions),
        "eligible_in_days": days,
        "failing": tuple(r for r in blocking if statuses.get(r) is Status.NOT_LEGAL),
        "undecided": tuple(r for r in blocking if statuses.get(r) is not Status.NOT_LEGAL),
    }


def eligible_by(status: Status, eligible_from: dt.date | None, by: dt.date) -> bool:
    """Whether a row is legal or conditional by ``by``: now, or from ``eligible_from`` on."""
    return status.permits_use or (eligible_from is not None and eligible_from <= by)


_FIELD_IN_BRACKETS = re.compile(r"^(?P<what>.*\S)\s*\((?P<field>[a-z_]+)\)$")


def need_line(count: int, settle: str) -> str:
    """``228 rows need original_configuration: whether the engine and emission controls are
    as built``: a missing fact and how many rows it left unknown."""
    rows = "1 row needs" if count == 1 else f"{count:,} rows need"
    found = _FIELD_IN_BRACKETS.match(settle)
    if found:
        return f"{rows} {found['field']}: {found['what']}"
    return f"{rows}: {settle}"


def top_needs(needs: Counter[str], limit: int = 3) -> list[str]:
    """The missing facts that most often left a row unknown, most first."""
    return [need_line(n, settle) for settle, n in needs.most_common(limit)]
