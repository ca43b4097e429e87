"""Place codes as users type them (``--in``): a place kei knows, a real place kei cannot
answer for yet, or a typo.

* A code an installed plugin declares (``US-TX``, a county such as ``US-KS-WICHITA``), or
  ``EU``, is checked at once, without importing anything: ``kei check --in JP`` pays nothing.
* Any other code is looked up in ISO 3166 (pycountry, imported only then). A real country or
  subdivision that no installed plugin covers (``MX``, ``US-PR``) is a fair question: it is
  evaluated, and answers ``unknown``, naming what would cover it.
* Codes ISO 3166-1 leaves to its users (``AA``, ``QM``–``QZ``, ``XA``–``XZ``, ``ZZ``) are
  accepted with anything below them: private and test jurisdictions live there.
* A locality under a real subdivision (``US-OH-UPPERSANDUSKY``) whose plugin is not installed
  is a fair question too: it answers ``unknown``.
* Anything else (``TX``, ``US-ZZ``, ``US-TX-..``) is an error with a "did you mean" taken from
  the installed codes (``TX`` -> ``US-TX``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kei_core.errors import InputError, did_you_mean, shown

# The shape of a code: an ISO 3166-1 alpha-2 code, then levels below it.
_SHAPE = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?(?:-[A-Z0-9.]+)*")
MAX_CODE_CHARACTERS = 40
UNION = "EU"


def user_assigned(country: str) -> bool:
    """ISO 3166-1's code elements for users' own purposes: AA, QM to QZ, XA to XZ, ZZ."""
    return country in ("AA", "ZZ") or (country[0] == "Q" and country[1] >= "M") or country[0] == "X"


_LOCALITY = re.compile(r"[A-Z][A-Z0-9]+")


def in_iso_3166(code: str) -> bool:
    """``code`` is an ISO 3166-1 country (``MX``), an ISO 3166-2 subdivision (``US-PR``), or a
    locality under a subdivision (``US-OH-UPPERSANDUSKY``: a county or city a local plugin may
    cover, named by letters and digits)."""
    import pycountry  # about 40 ms and a database: only for a code no plugin declares

    parts = code.split("-")
    try:
        if len(parts) == 1:
            return pycountry.countries.get(alpha_2=code) is not None
        if len(parts) >= 3 and not all(_LOCALITY.fullmatch(part) for part in parts[2:]):
            return False
        return pycountry.subdivisions.get(code="-".join(parts[:2])) is not None  # type: ignore[no-untyped-call]
    except LookupError:
        return False


def check_code(code: str, declared: Iterable[str], *, field: str = "--in") -> str:
    """``code`` normalised (``us-tx`` -> ``US-TX``), or :class:`InputError` naming ``field``."""
    known = set(declared)
    normal = code.strip().upper()
    if normal in known or normal == UNION:
        return normal
    expected = (
        "expected an ISO 3166 code such as JP, US, US-TX or DE; `kei jurisdictions` lists the installed ones"
    )
    if len(normal) > MAX_CODE_CHARACTERS or not _SHAPE.fullmatch(normal):
        raise InputError(
            f"{shown(code)} is not a jurisdiction code{_suggestion(normal, known)} ({expected})", field=field
        )
    if user_assigned(normal[:2]) or in_iso_3166(normal):
        return normal
    raise InputError(
        f"{shown(code)} is not an ISO 3166 code{_suggestion(normal, known)} ({expected})", field=field
    )


def _suggestion(normal: str, known: set[str]) -> str:
    """The installed code a typo most likely meant: ``TX`` -> ``US-TX``, ``USTX`` -> ``US-TX``,
    ``US-TX-..`` -> ``US-TX``, ``US-TXX`` -> ``US-TX``; else the closest by spelling."""
    if len(normal) > MAX_CODE_CHARACTERS:
        return ""
    last = normal.rsplit("-", 1)[-1]
    candidates = sorted(code for code in known if code.rsplit("-", 1)[-1] == last and "-" in code)
    if "-" not in normal and len(normal) > 2 and f"{normal[:2]}-{normal[2:]}" in known:
        candidates.insert(0, f"{normal[:2]}-{normal[2:]}")
    prefixes = [code for code in known if normal.startswith(code + "-")]
    if prefixes:
        within = max(prefixes, key=len)
        # A mistyped subdivision (US-TXX) is nearer a subdivision of its country than the country.
        spelled = did_you_mean(normal, [code for code in known if code.startswith(within + "-")])
        if len(within) == 2 and spelled:
            return spelled
        candidates.insert(0, within)
    if candidates:
        return f" (did you mean {candidates[0]!r}?)"
    return did_you_mean(normal, known)
