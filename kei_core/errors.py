"""The one error kei shows its users: bad input, said in one line."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class InputError(ValueError):
    """Bad input: a field, its value, what was expected and, where it helps, the way out.

    The CLI prints ``str(error)`` on one line and exits with status 2; never a traceback.
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.field}: {message}" if self.field else message

    def for_field(self, field: str) -> InputError:
        """The same error, named after the field it came from (the innermost name wins)."""
        if self.field:
            return self
        return InputError(super().__str__(), field=field)


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``" (did you mean 'width_mm'?)"`` when a close match exists, else ``""``."""
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {matches[0]!r}?)" if matches else ""
