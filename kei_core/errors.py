"""kei's errors: a small hierarchy that says whose mistake it is.

* :class:`InputError`: the user's input (a field, its value, what was expected): one line, exit
  status 2 (HTTP 400 in kei-web), with the field and, for a structured document, its ``path``.
* :class:`DefinitionError`: a plugin author's data (a bad date, unit or kit use in a rule),
  naming the plugin and the rule where known.
* :class:`PluginError`: a plugin that could not be loaded or whose hook failed.

All are :class:`KeiError`; anything else that escapes is a bug in kei (exit status 4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

SHOWN_CHARACTERS = 60
"""How much of a user's value an error message repeats; longer values are cut with ``…``."""

MAX_ERROR_CHARACTERS = 400
"""How long an error line may be (:func:`one_line`); longer ones are cut with ``…``."""


class KeiError(Exception):
    """Every error kei raises on purpose."""


class InputError(KeiError, ValueError):
    """Bad input: a field, its value, what was expected and, where it helps, the way out.

    The CLI prints ``str(error)`` on one line and exits with status 2; never a traceback.
    Values are repeated through :func:`shown`: short, and never as a Python repr.
    """

    def __init__(self, message: str, *, field: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.path = path
        """Where in a structured document the value was (a JSON pointer such as
        ``/vehicle/width_mm``), for an API that points at the bad input."""

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.field}: {message}" if self.field else message

    def for_field(self, field: str) -> InputError:
        """The same error, named after the field it came from (the innermost name wins)."""
        if self.field:
            return self
        return InputError(super().__str__(), field=field)


class DefinitionError(KeiError, ValueError):
    """A plugin author's data is wrong (a rule's date, a unit, a kit block used wrongly); the
    message names the plugin and the rule where they are known."""

    def __init__(self, message: str, *, plugin: str | None = None, rule: str | None = None) -> None:
        where = ", ".join(
            part for part in (f"plugin {plugin}" if plugin else "", f"rule {rule}" if rule else "") if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.plugin = plugin
        self.rule = rule


class PluginError(KeiError):
    """A plugin could not be loaded, or one of its hooks raised or returned the wrong type."""

    def __init__(self, message: str, *, plugin: str) -> None:
        super().__init__(f"plugin {plugin}: {message}")
        self.plugin = plugin


def shown(value: object) -> str:
    """A user's value as an error message repeats it: ``'1,5 m'``, ``1E+400``, ``2005-06-01``,
    ``'99999…' (20,000 characters)``, ``a number of about 5,000 digits``, ``a list``.

    Text is quoted and escaped (a control character shows as ``\\x1b``) and cut after
    :data:`SHOWN_CHARACTERS`; numbers and dates are written as people write them.
    """
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        if value.bit_length() > 190:  # past about 57 digits: say how long, never print it
            digits = int(value.bit_length() * 0.30103)
            return f"a number of about {digits + (abs(value) >= 10**digits):,} digits"
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return _cut(str(value), quote=False)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return _cut(value, quote=True)
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return _cut(str(value), quote=False) if type(value).__module__.startswith("kei_core") else "a value"


def _cut(text: str, *, quote: bool) -> str:
    if len(text) <= SHOWN_CHARACTERS:
        return repr(text) if quote else text
    head = text[: SHOWN_CHARACTERS - 1] + "…"
    return f"{repr(head) if quote else head} ({len(text):,} characters)"


def shown_path(path: str) -> str:
    """A file name as an error message repeats it: whole, or its last 80 characters."""
    return path if len(path) <= 80 else "…" + path[-79:]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``" (did you mean 'width_mm'?)"`` when a close match exists, else ``""``."""
    if len(word) > 64:  # no name is that long, and comparing it would take time for nothing
        return ""
    import difflib  # only a typo pays for it: start-up does not

    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {matches[0]!r}?)" if matches else ""


def one_line(message: str) -> str:
    """``message`` as the one safe line kei prints after ``kei: error:`` (kei-web answers with
    the same): control characters and bidirectional overrides escaped
    (:func:`kei_core.terminal.safe`), cut at :data:`MAX_ERROR_CHARACTERS` with ``…``."""
    from kei_core.terminal import safe

    line = safe(message)
    return line if len(line) <= MAX_ERROR_CHARACTERS else line[: MAX_ERROR_CHARACTERS - 1] + "…"
