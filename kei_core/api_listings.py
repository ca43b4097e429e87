"""The facade's answers to listings (``kei jurisdictions``, ``kei rules``, ``kei explain``), apart
from :mod:`kei_core.api` so that ``kei check``, which lists neither, never creates their classes
(each attrs class costs start-up about 1.3 million instructions to create). They are still
the facade's: ``from kei_core.api import PlaceInfo, RuleInfo`` works as it always did.
"""

from __future__ import annotations

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr
from kei_core.rules import Requirement, Rule


@attrs.frozen
class PlaceInfo:
    """A place kei knows of: its code, its name and parent, its chain of levels, whether it
    registers vehicles, its owner and the plugins adding rules to it."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    code: str
    name: str | None
    parent: str | None
    chain: tuple[str, ...]
    registers: bool
    owner: str | None
    plugins: tuple[str, ...]


@attrs.frozen
class RuleInfo:
    """A rule (or a requirement grouping pathways) and the plugin that gives it."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    item: Rule | Requirement
    plugin: str

    @property
    def id(self) -> str:
        return self.item.id
