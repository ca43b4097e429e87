"""What keeps kei from answering fully, typed, and kept apart from the advice given to users.

A :class:`Problem` is about kei's own state (a plugin missing, failed or clashing; a rule that
crashed; nothing in force on the date asked). It says what happened (``message``) and, apart,
what a user can do about it (``remedy``). Problems make a level ``unknown``; they are never
advice about the vehicle (that is a finding's ``settle``).
"""

from __future__ import annotations

import enum

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, written

_setattr_of = object.__setattr__.__get__


class ProblemKind(enum.Enum):
    """The kinds of problem, stable keys for machines (the JSON's ``problem_details``)."""

    NO_OWNER = "no_owner"
    """No installed plugin owns the level."""
    PLUGIN_FAILED = "plugin_failed"
    """A plugin covering the level failed to import, or a hook of it raised or returned garbage."""
    PLUGIN_DISABLED = "plugin_disabled"
    """A plugin that would cover the level is installed but disabled (``-p no:NAME``)."""
    DUPLICATE_OWNER = "duplicate_owner"
    """More than one plugin claims the level."""
    DANGLING_PATHWAY = "dangling_pathway"
    """A pathway names a requirement no installed plugin declares."""
    NOTHING_IN_FORCE = "nothing_in_force"
    """No rule of the level is in force on the date asked."""


@attrs.frozen
class Problem:
    """One reason a level cannot answer fully: its kind, the code and plugin concerned, a
    sentence saying what happened, and what would settle it."""

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    kind: ProblemKind
    message: str
    code: str | None = None
    plugin: str | None = None
    remedy: str = ""

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self,
        kind: ProblemKind,
        message: str,
        code: str | None = None,
        plugin: str | None = None,
        remedy: str = "",
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("kind", kind)
        _setattr("message", message)
        _setattr("code", code)
        _setattr("plugin", plugin)
        _setattr("remedy", remedy)

    def __str__(self) -> str:
        return self.message
