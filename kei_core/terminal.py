"""User-given text made safe to print on a terminal.

A make, a frame number or a value echoed in an error can hold anything a file can: control
characters, an escape sequence that recolours or clears the screen, a bidirectional override
that makes ``evil.toml`` read as ``lmot.live``. Printed as text, each such character is shown
as an escape (``\\x1b``, ``\\u202e``), so what a user sees is what the input holds. JSON output
is never passed through here: it stays exact JSON.
"""

from __future__ import annotations

import functools
import re

# C0 and C1 controls and DEL; the bidirectional marks, embeddings, overrides and isolates;
# the line and paragraph separators; lone surrogates (undecodable bytes, or a JSON escape).
UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@functools.cache
def _unsafe() -> re.Pattern[str]:
    return re.compile(UNSAFE)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str) -> str:
    """``"\\x1b[2Jred"`` -> ``"\\\\x1b[2Jred"``: one printable line, every unsafe character
    shown as its escape."""
    if text.isprintable():  # every unsafe character is unprintable: nearly all text stops here
        return text
    return _unsafe().sub(_escape, text)


def silence_stdout() -> None:
    """Point standard output at the null device, after a write to it failed (a full disk, a
    closed pipe): what is still buffered can never be written, and must not become a
    complaint from the interpreter at exit."""
    import os
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedding)
        pass


def safe_lines(text: str) -> str:
    """:func:`safe` for text of several lines: the line breaks are kept, all else escaped."""
    return "\n".join(safe(line) for line in text.split("\n"))
