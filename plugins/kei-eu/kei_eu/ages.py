"""What the EU rules share: the days their sources were last read, and "more than N years".

Age tests on a named date (``kei_core.age_from``) and on either date
(``kei_core.age_from_either``) come from the core, shared with every plugin.
"""

from __future__ import annotations

import datetime as dt

from kei_core import AgeTest, AgeThreshold, PartialDate

ONE_DAY = dt.timedelta(days=1)

REVIEWED = "2026-11-25"
"""When the sources of these rules were last read."""

REVIEWED_2026_12 = "2026-12-01"
"""When the sources of the Swedish, Belgian, Italian and Austrian rules were read."""


def more_than(threshold: AgeThreshold, when: PartialDate | None, on: dt.date) -> AgeTest:
    """ "More than N years" (Belgium's "plus de 30 ans", Austria's "älter als 30 Jahre"): reached
    the day *after* the anniversary, so the test of "at least N years" is run on the day before
    and its dates moved one day later."""
    test = threshold.test(when, on - ONE_DAY)
    return AgeTest(
        test.status,
        test.passes_from + ONE_DAY if test.passes_from else None,
        test.reached_at_earliest + ONE_DAY if test.reached_at_earliest else None,
    )
