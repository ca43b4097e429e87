"""Dates as kei meets them: partial manufacture dates, anniversaries and age thresholds.

Every age rule in kei ("at least 25 years old", "15 years or more earlier than the date of its
importation") goes through :class:`AgeThreshold`, so that partial dates, 29 February and the
granularity a law counts in are handled once, the same way, for every plugin.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from typing import Any

import attrs

from kei_core._fields_repr import fields_eq, fields_hash, fields_repr, hash_salt, written
from kei_core.errors import InputError, shown
from kei_core.status import Status

_setattr_of = object.__setattr__.__get__

# calendar's functions, without importing calendar (and its locale machinery) at start-up.
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _iso_parts(text: str) -> tuple[int, int | None, int | None] | None:
    """``"1998"``, ``"1998-11"``, ``"1998-11-03"`` (four digits, then one or two a part, ASCII
    digits only) as year, month and day; ``None`` for any other text."""
    parts = text.split("-")
    if len(parts) > 3 or not text.isascii():
        return None
    for index, part in enumerate(parts):
        if not part.isdigit() or (len(part) != 4 if index == 0 else len(part) > 2):
            return None
    month = int(parts[1]) if len(parts) > 1 else None
    return int(parts[0]), month, int(parts[2]) if len(parts) > 2 else None


# Dates as people write them where one reading only is possible: 2004/08, 2004.08, 2004/08/15, 08/2004.
# These and the next are compiled on first use (re's own cache): most dates read are YYYY, YYYY-MM
# or YYYY-MM-DD, which _iso_parts reads without a regular expression.
_YEAR_FIRST = r"^(?P<year>[0-9]{4})([/.])(?P<month>[0-9]{1,2})(?:\2(?P<day>[0-9]{1,2}))?$"
_MONTH_YEAR = r"^(?P<month>[0-9]{1,2})[/.](?P<year>[0-9]{4})$"
# 01/22/2026 or 22/01/2026: month and day order differ by country, so kei never guesses.
_DAY_MONTH_OR_MONTH_DAY = r"^[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{4}$"


@attrs.frozen(order=False, cache_hash=True)
class PartialDate:
    """A date known to the year, the month or the day: ``1998``, ``1998-11`` or ``1998-11-03``.

    It stands for an interval of days; :meth:`earliest` and :meth:`latest` are its ends. A maker's
    label usually gives a month; an auction sheet often only a year.
    """

    __repr__ = fields_repr

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InputError(f"year {shown(self.year)} is out of range (expected 1 to 9999)")
        if self.month is None and self.day is not None:
            raise InputError("a day needs a month (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InputError(f"month {shown(self.month)} is not a month (expected 1 to 12)")
        if self.day is not None:
            assert self.month is not None
            last = days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                raise InputError(
                    f"{self.year:04d}-{self.month:02d}-{self.day:02d} is not a date "
                    f"({self.year:04d}-{self.month:02d} has {last} days)"
                )

    @classmethod
    def parse(cls, value: object) -> PartialDate:
        """Read ``1998``, ``"1998-11"``, ``"1998-11-03"`` or a :class:`datetime.date`."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool):
            return cls(value)
        if isinstance(value, str):
            text = value.strip()
            parts = _iso_parts(text)
            if parts is not None:
                return cls(*parts)
            match = re.match(_YEAR_FIRST, text) or re.match(_MONTH_YEAR, text)
            if match:
                month, day = match["month"], match.groupdict().get("day")
                return cls(int(match["year"]), int(month) if month else None, int(day) if day else None)
            if re.match(_DAY_MONTH_OR_MONTH_DAY, text):
                raise InputError(
                    f"{shown(value)} could be read day first or month first; write it as YYYY-MM-DD "
                    "(2026-01-22 for 22 January 2026)"
                )
        raise InputError(f"{shown(value)} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")

    @property
    def precision(self) -> str:
        """``"day"``, ``"month"`` or ``"year"``: how much of the date is known."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def earliest(self) -> dt.date:
        """The first day the date can be."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        """The last day the date can be."""
        month = self.month or 12
        return dt.date(self.year, month, self.day or days_in_month(self.year, month))

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def describe(self) -> str:
        """Plain words: ``June 2005``, ``2005``, ``2005-06-14``."""
        if self.precision == "month":
            assert self.month is not None
            return f"{MONTH_NAMES[self.month]} {self.year}"
        return str(self)


def parse_iso_date(value: object) -> dt.date:
    """A full date from ``YYYY-MM-DD`` text or a :class:`datetime.date`, with a clear error."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if type(value) is str and len(value) == 10 and value[4] == "-" == value[7] and value.isascii():
        # YYYY-MM-DD, as rule data writes its dates: read by datetime; anything it refuses is
        # read below, for the message.
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    try:
        partial = PartialDate.parse(value)
    except InputError as error:
        raise InputError(f"{shown(value)} is not a date (expected YYYY-MM-DD)") from error
    if partial.day is None:
        raise InputError(f"{shown(value)} is not a full date (expected YYYY-MM-DD)")
    return partial.earliest()


ASKED_DATES = (dt.date(1900, 1, 1), dt.date(2100, 12, 31))
"""The dates a question may be asked on (``--on``): far enough back for any law kei encodes,
far enough ahead for any schedule, and well inside what date arithmetic can reach (an
anniversary 40 years after 2100 is still a date; one after year 9999 is not)."""


def _iso_readings(text: str) -> list[str]:
    """The ISO dates ``01/22/2026`` or ``22.01.2026`` could be, day first or month first."""
    match = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text.strip())
    if not match:
        return []
    first, second, year = (int(part) for part in match.groups())
    found = []
    for month, day in ((first, second), (second, first)):
        try:
            found.append(dt.date(year, month, day).isoformat())
        except ValueError:
            continue
    return sorted(set(found))


def parse_asked_date(value: object) -> dt.date:
    """The date a question is asked on, from ``YYYY-MM-DD``, within :data:`ASKED_DATES`. A date
    written day or month first is refused with the ISO form it can only be, or the two it could
    be: kei never guesses which."""
    try:
        day = parse_iso_date(value)
    except InputError:
        readings = _iso_readings(value) if isinstance(value, str) else []
        if not readings:
            raise
        meant = f"write {readings[0]}" if len(readings) == 1 else f"write {readings[0]} or {readings[1]}"
        raise InputError(f"{shown(value)} is not written YYYY-MM-DD: {meant}") from None
    first, last = ASKED_DATES
    if not first <= day <= last:
        raise InputError(
            f"{day.isoformat()} is out of range (expected a date from {first.isoformat()} to {last.isoformat()})"
        )
    return day


def to_date(value: dt.date | str) -> dt.date:
    """attrs converter for dates written as ISO text in rule data: a bad one is the plugin
    author's mistake (:class:`~kei_core.errors.DefinitionError`), not the user's."""
    try:
        return parse_iso_date(value)
    except InputError as error:
        from kei_core.errors import DefinitionError

        raise DefinitionError(f"a date in rule data is not valid: {error}") from None


def to_optional_date(value: dt.date | str | None) -> dt.date | None:
    """attrs converter for optional dates written as ISO text in rule data."""
    return None if value is None else to_date(value)


def anniversary(start: dt.date, years: int) -> dt.date:
    """The day ``start`` is ``years`` years old.

    29 February rolls forward to 1 March in a common year. None of the age rules kei encodes
    (49 U.S.C. 30112(b)(9), MVSR s. 4(2)(a), RVS Rules s. 36, ...) says how to count from
    29 February, so kei takes the later of the two candidate days: a verdict never rests on the
    more favourable reading. (Catala refuses this computation unless a rounding mode is declared;
    this is kei's declared mode, ``round up``.)
    """
    year = start.year + years
    if start.month == 2 and start.day == 29 and not is_leap(year):
        return dt.date(year, 3, 1)
    return start.replace(year=year)


def add_months(start: dt.date, months: int) -> dt.date:
    """The first day of the month ``months`` after ``start``'s month."""
    index = start.year * 12 + (start.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later. A day the month lacks (31 August + 6)
    rolls to the 1st of the next month: the later reading, as for 29 February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    try:
        return dt.date(year, month + 1, day.day)
    except ValueError:
        year, month = divmod(index + 1, 12)
        return dt.date(year, month + 1, 1)


class Granularity(enum.Enum):
    """The unit a law counts age in.

    * ``DAY``: age is reached on the anniversary of the day (FMVSS: "25 years old").
    * ``MONTH``: the law compares months and years; a vehicle reaches age on the first day of
      the anniversary month.
    * ``YEAR``: whole calendar years, ``year asked - year of the vehicle date`` (EPA "OP years").
    """

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@attrs.frozen
class AgeTest:
    """The outcome of one age threshold on one date.

    ``status`` is ``legal`` (old enough whatever the unknown part of the date),
    ``not_legal`` (too young whatever it is) or ``unknown`` (it depends on the unknown part, or
    the date is missing). ``passes_from`` is the first day on which it is certainly old enough.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    status: Status
    passes_from: dt.date | None
    reached_at_earliest: dt.date | None = None

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(
        self, status: Status, passes_from: dt.date | None, reached_at_earliest: dt.date | None = None
    ) -> None:
        _setattr = _setattr_of(self)
        _setattr("status", status)
        _setattr("passes_from", passes_from)
        _setattr("reached_at_earliest", reached_at_earliest)

    @property
    def passed(self) -> bool:
        return self.status is Status.LEGAL


@attrs.frozen
class AgeThreshold:
    """ "At least ``years`` years old", counted at ``granularity``.

    :meth:`reached_on` gives the first day a vehicle dated ``when`` is old enough;
    :meth:`test` answers for a partial date on a given day.
    """

    __repr__ = fields_repr
    __eq__ = fields_eq
    __hash__ = fields_hash

    years: int
    granularity: Granularity = Granularity.DAY

    @written
    def __init__(self, years: int, granularity: Granularity = Granularity.DAY) -> None:
        _setattr = _setattr_of(self)
        _setattr("years", years)
        _setattr("granularity", granularity)

    def reached_on(self, when: dt.date) -> dt.date:
        """First day a vehicle dated exactly ``when`` meets the threshold."""
        if self.granularity is Granularity.DAY:
            return anniversary(when, self.years)
        if self.granularity is Granularity.MONTH:
            return add_months(when, 12 * self.years)
        return dt.date(when.year + self.years, 1, 1)

    def test(self, when: PartialDate | None, on: dt.date) -> AgeTest:
        """Old enough on ``on``? Certain only when both ends of ``when`` agree."""
        if when is None:
            return AgeTest(Status.UNKNOWN, None)
        certain_from = self.reached_on(when.latest())
        possible_from = self.reached_on(when.earliest())
        if on >= certain_from:
            return AgeTest(Status.LEGAL, certain_from, possible_from)
        if on < possible_from:
            return AgeTest(Status.NOT_LEGAL, certain_from, possible_from)
        return AgeTest(Status.UNKNOWN, certain_from, possible_from)

    def describe(self) -> str:
        unit = {"day": "", "month": " (counted in months)", "year": " (counted in calendar years)"}
        return f"at least {self.years} years{unit[self.granularity.value]}"


@attrs.frozen
class Period:
    """When a rule is in force, both ends inclusive; ``None`` is open."""

    __repr__ = fields_repr

    start: dt.date | None = attrs.field(default=None, converter=to_optional_date)
    end: dt.date | None = attrs.field(default=None, converter=to_optional_date)

    # What attrs would generate (kei_core._fields_repr), compiled with the module.
    @written
    def __init__(self, start: dt.date | str | None = None, end: dt.date | str | None = None) -> None:
        _setattr = _setattr_of(self)
        _setattr("start", to_optional_date(start))
        _setattr("end", to_optional_date(end))

    def __eq__(self, other: Any) -> Any:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self.start == other.start and self.end == other.end

    def __hash__(self) -> int:
        return hash((_PERIOD_SALT, self.start, self.end))

    def contains(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def boundaries(self) -> tuple[dt.date, ...]:
        """The days on which being in force changes: the start, and the day after the end."""
        days = []
        if self.start is not None:
            days.append(self.start)
        if self.end is not None:
            days.append(self.end + dt.timedelta(days=1))
        return tuple(days)

    def __str__(self) -> str:
        start = self.start.isoformat() if self.start else "…"
        end = self.end.isoformat() if self.end else ""
        return f"{start} – {end}".rstrip()


_PERIOD_SALT = hash_salt("kei_core.dates.Period")
