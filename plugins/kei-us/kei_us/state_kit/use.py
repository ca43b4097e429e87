"""A use the statute allows and no other: farm, construction, road maintenance, snow removal.

Some statutes open public roads to a mini truck only while it does certain work (Arkansas:
"used exclusively for farm purposes"). The block gives the ``limited_use`` restriction and the
condition the owner meets::

    FARM_ONLY = LimitedUse(uses=("farm",), citation="Ark. Code Ann. § 27-14-726", source=..., reviewed_on=...)
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from kei_core import Outcome, Provision, Restriction, Vehicle, conditional, passed, texts

__all__ = ["USE_WORDS", "LimitedUse", "known_uses", "uses_in_words"]

USE_WORDS: dict[str, str] = {
    "farm": "farm or agricultural work",
    "construction": "construction",
    "road_maintenance": "road maintenance",
    "snow_removal": "snow removal",
    "antique": "antique use",
    "collector": "collector use",
    "dealer": "a dealer's business",
}
"""The uses a statute may limit a mini truck to: the values of the ``limited_use`` restriction,
with their words. A use a statute names that the table lacks is one more line here."""

_DECLARED = {"farm": "farm_use_declaration"}
"""The document that shows a use (``kei_core.DOCUMENTS``), where one does."""


def known_uses(instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]) -> None:
    """attrs validator: every use is a key of :data:`USE_WORDS`, and there is one at least."""
    if not value:
        raise ValueError("LimitedUse needs at least one use (e.g. uses=('farm',))")
    for use in value:
        if use not in USE_WORDS:
            raise ValueError(
                f"use {use!r} is not in kei_us.state_kit.USE_WORDS ({', '.join(USE_WORDS)}); a new use is one "
                "more line there"
            )


def uses_in_words(uses: tuple[str, ...]) -> str:
    """Uses in words: ("farm", "snow_removal") -> "farm or agricultural work or snow removal"."""
    words = [USE_WORDS[use] for use in uses]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


@attrs.frozen(kw_only=True)
class LimitedUse(Provision):
    """The road use a statute allows only for some work.

    * ``uses``: keys of :data:`USE_WORDS` (the ``limited_use`` restriction's value).
    * ``conditions``: what else goes with it, each a whole sentence ("it stays on two-lane
      highways").

    It permits use, conditional on the owner's use being one of these (a farm use shown by the
    ``farm_use_declaration`` document needs no condition), with the ``limited_use`` restriction.
    """

    part: ClassVar[str] = "USE"

    uses: tuple[str, ...] = attrs.field(converter=texts, validator=known_uses)
    conditions: tuple[str, ...] = attrs.field(default=(), converter=texts)

    @property
    def words(self) -> str:
        """The uses in words: "farm or agricultural work, construction or snow removal"."""
        return uses_in_words(self.uses)

    def statement(self) -> str:
        return f"A mini truck may use public roads only for {self.words} ({self.citation})."

    def restriction(self) -> Restriction:
        """The ``limited_use`` restriction: these uses only."""
        return Restriction("limited_use", self.uses, f"{self.words} only")

    def check(self, vehicle: Vehicle, on: dt.date) -> Outcome:
        """Permitted for these uses only; the use is a condition unless a document shows it."""
        shown = all(_DECLARED.get(use) in vehicle.documents for use in self.uses)
        conditions = [] if shown else [f"it is used only for {self.words} ({self.citation})"]
        conditions += [f"{c} ({self.citation})" for c in self.conditions]
        message = f"It may use public roads only for {self.words} ({self.citation})."
        if conditions:
            return conditional(message, conditions=conditions, restrictions=[self.restriction()])
        return passed(message, restrictions=[self.restriction()])
