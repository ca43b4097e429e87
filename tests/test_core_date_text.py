"""A vehicle date written YYYY, YYYY-MM or YYYY-MM-DD is read without a regular expression
(kei_core.dates._iso_parts, so that start-up compiles none): it must read exactly the texts the
expression ``^[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?$`` read, as the same parts, and refuse or
pass on to the other forms (2004/08, 08/2004) every other text, as before."""

from __future__ import annotations

import random
import re

import pytest

from kei_core.dates import PartialDate, _iso_parts
from kei_core.errors import InputError

ISO = re.compile(r"^(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{1,2})(?:-(?P<day>[0-9]{1,2}))?)?$")


def _by_the_expression(text: str) -> tuple[int, int | None, int | None] | None:
    found = ISO.match(text)
    if found is None:
        return None
    month, day = found["month"], found["day"]
    return int(found["year"]), int(month) if month else None, int(day) if day else None


def _texts() -> list[str]:
    chosen = random.Random(10)
    written = ["1998", "1998-11", "1998-11-03", "1998-1-3", "1998-", "1998--1", "98-11", "19980", "1998-111"]
    written += [
        "1998-11-03-01",
        "-1998",
        "",
        "１９９８",
        "1998-٣",
        "1998-²",
        " 1998",
        "1998-11-3 ",
        "2004/08",
    ]
    for _ in range(20_000):
        letters = "0123456789-" if chosen.random() < 0.7 else "0123456789-/. x٣²"
        written.append("".join(chosen.choice(letters) for _ in range(chosen.randint(0, 11))).strip())
    return written


def test_the_iso_forms_are_read_as_the_expression_read_them() -> None:
    for text in _texts():
        assert _iso_parts(text) == _by_the_expression(text), text


@pytest.mark.parametrize(
    "text", ["2005-06", "2005-6", "1998-11-03", "1998", "2004/08", "08/2004", "2004.08.15"]
)
def test_a_date_as_written_reads_as_before(text: str) -> None:
    parts = _by_the_expression(text)
    date = PartialDate.parse(text)
    if parts is not None:
        assert (date.year, date.month, date.day) == parts


@pytest.mark.parametrize("text", ["1998-111", "98-11", "１９９８", "1998-٣", "2001-13", "2001-02-30"])
def test_other_texts_are_still_refused(text: str) -> None:
    with pytest.raises(InputError):
        PartialDate.parse(text)
