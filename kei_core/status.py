"""The four answers kei gives, ordered from best to worst."""

from __future__ import annotations

import enum
from collections.abc import Iterable


class Status(enum.Enum):
    """How a rule, a level or a whole place answers for a vehicle.

    Ordered best to worst: ``legal < conditional < unknown < not_legal``. A requirement takes
    the *best* status of its pathways (one open route is enough); a level and a verdict take the
    *worst* status of what they fold (one closed door is enough).
    """

    LEGAL = "legal"
    CONDITIONAL = "conditional"
    UNKNOWN = "unknown"
    NOT_LEGAL = "not_legal"

    rank: int
    """0 for legal to 3 for not legal: the order of definition above."""

    def __init__(self, value: str) -> None:
        # A plain attribute, not a property: folding compares ranks millions of times in batch.
        self.rank = len(type(self).__members__)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Status):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Status):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Status):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Status):
            return NotImplemented
        return self.rank >= other.rank

    @property
    def permits_use(self) -> bool:
        """True for ``legal`` and ``conditional``: the vehicle may be used once conditions are met."""
        return self.rank <= 1

    @property
    def exit_code(self) -> int:
        """The CLI's exit status for this answer: 0 legal or conditional, 1 not legal, 3 unknown."""
        return {0: 0, 1: 0, 2: 3, 3: 1}[self.rank]


def best(statuses: Iterable[Status]) -> Status:
    """The best of ``statuses``; ``unknown`` when there are none (no route is no answer)."""
    return min(statuses, default=Status.UNKNOWN)


def worst(statuses: Iterable[Status]) -> Status:
    """The worst of ``statuses``; ``unknown`` when there are none (nothing checked proves nothing)."""
    return max(statuses, default=Status.UNKNOWN)
