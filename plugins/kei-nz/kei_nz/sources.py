"""What the New Zealand rules share: the day their sources were read, where they are, and the
20-year test the emissions and ESC exemptions both state."""

from __future__ import annotations

import datetime as dt

from kei_core import AgeThreshold, DatedAgeTest, Granularity, Vehicle, age_from_either

REVIEWED = "2026-12-01"
"""When the sources of these rules were last read."""

VIRM_ENTRY = "https://vehicleinspection.nzta.govt.nz/virms/entry-certification?print-friendly=1"
ESC_NEWS = (
    "https://vehicleinspection.nzta.govt.nz/news/entry-certification/"
    "1-march-2016-virm-entry-certification-amendment-is-now-live"
)

TWENTY_YEARS = AgeThreshold(20, Granularity.DAY)
"""'twenty years or more before the date of its first certification': on the 20th anniversary
it is 20 years, so it qualifies that day."""

SETTLE_TWENTY_YEARS = "the day of manufacture or of first registration in Japan (export certificate)"
"""What settles the 20-year exemptions sooner when the date given leaves them open."""


def twenty_years_before(vehicle: Vehicle, on: dt.date) -> DatedAgeTest | None:
    """Built, or first registered outside New Zealand, 20 years or more before ``on``, taken as
    the date of its first certification for entry into service (a truck not yet imported is
    certified, at the earliest, on the day asked). ``None`` when neither date is given."""
    return age_from_either(vehicle, TWENTY_YEARS, on)
