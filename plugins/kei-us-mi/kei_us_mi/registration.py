"""Michigan: the Department of State's practice on kei trucks, in two periods; no statute.

1. The revocations (``US-MI-REVOCATIONS``), from 2024-07-01 to 2025-03-31. The press reports
   that the Department began revoking the titles of kei trucks and other Japanese imports
   "following the lead set by Massachusetts" (whose ban began in July 2024), then backed down
   after an attorney intervened, the change "not official yet"; a 2025 Illinois article,
   written after the end of March, counts Michigan among the states whose bans were reversed. The days were not found: kei
   spans the widest window the press allows and answers ``unknown`` in it.
2. After the reversal (``US-MI-REGISTRATION``), from 2025-04-01. A secondary site reports a
   Department FAQ, "Are Kei-class vehicles eligible for on-road registration?", by which a
   vehicle 25 years or older is registered if it was originally built for road use in its home
   country. The FAQ itself was not seen, so the answer stays ``unknown`` and reports it.

Before 2024-07-01 kei has no Michigan rule and answers ``unknown``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, Vehicle, unknown
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
SOS_FAQ = "http://michigan.gov/sos/0,1607,7-127-48268---F,00.html"
FAQ_SUMMARY = "https://legalclarity.org/kei-truck-regulations-and-compliance-in-michigan"
PRESS_REVOCATIONS = (
    "https://theautopian.com/michigan-is-now-banning-random-japanese-cars-because-it-has-no-idea-what-a-kei-truck-"
    "is/comment-page-1"
)
PRESS_REVERSAL = (
    "https://theautopian.com/michigan-backs-down-from-banning-imported-cars-after-enthusiasts-fight-back"
)
PRESS_ILLINOIS = (
    "https://www.theautopian.com/illinois-finally-explains-its-imported-car-ban-and-it-doesnt-make-any-sense"
)

REVOCATIONS = Period("2024-07-01", "2025-03-31")
AFTER_REVERSAL = Period("2025-04-01")
AGENCY = "the Michigan Department of State (Secretary of State)"


def revocations(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The window in which titles were revoked, then to be returned: nothing kei can date."""
    return unknown(
        "Between the second half of 2024 and early 2025 the Michigan Department of State revoked the titles of "
        "kei trucks and other Japanese imports, then said it would return them (press; the days were not "
        f"found), so kei does not know its practice on {on.isoformat()}; ask {AGENCY}",
        settle=(f"ask {AGENCY} whether the truck's title was revoked or returned",),
    )


REVOKED = Rule(
    "US-MI-REVOCATIONS",
    "US-MI",
    "Titles of kei trucks were revoked, then to be returned, at dates the press does not give",
    citation="Michigan Department of State practice, 2024-2025 (press)",
    source=SOS_FAQ,
    reviewed_on=REVIEWED,
    check=revocations,
    in_force=REVOCATIONS,
    unconfirmed=True,
    policy=True,
    sources=(PRESS_REVOCATIONS, PRESS_REVERSAL, PRESS_ILLINOIS),
    notes=(
        "Known only from the press. The start: after Massachusetts's ban of July 2024 ('following the lead set "
        "by Massachusetts'); the end: before a 2025 article, written after the end of March, that counts Michigan as reversed (the "
        "reversal article itself said the change was 'not official yet'). kei spans 2024-07-01 to 2025-03-31 "
        "and answers unknown throughout; the Department's FAQ page is the source given, as the place that "
        "would settle it."
        " Searched again 2026-12-01 for the Department's FAQ on michigan.gov: only secondary sites citing"
        " it and the press surfaced; a second pass that day found the same."
    ),
)

REGISTRATION = ImportTitling(
    state="Michigan",
    agency=AGENCY,
    page=SOS_FAQ,
    known=(
        "no Michigan statute on kei trucks was found; after revoking their titles in late 2024 the Department "
        "said in early 2025 that it would return them (press)"
    ),
    registers=(
        "the Department of State registers a kei-class vehicle 25 years or older that was originally built for "
        "road use in its home country (its Titles FAQ, as a secondary site reports it)"
    ),
    citation="Michigan Department of State, Titles FAQ (reported)",
    source=SOS_FAQ,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    policy=True,
    sources=(FAQ_SUMMARY, PRESS_REVERSAL, PRESS_ILLINOIS),
    notes=(
        "The FAQ 'Are Kei-class vehicles eligible for on-road registration?' is cited by a secondary site and "
        "was not found on michigan.gov (the Department's FAQ page given was read, not that question): agency "
        "practice, unconfirmed, so the answer is unknown and reports it. In force from 2025-04-01, the day after "
        "the revocation window kei spans."
        " Searched again 2026-12-01 for the FAQ 'Are Kei-class vehicles eligible for on-road "
        "registration?' on michigan.gov: only a secondary site citing it surfaced; a second pass that day "
        "found that site and the press again."
    ),
)

RULES: list[Rule] = [REVOKED, *state_rules("US-MI", REGISTRATION, in_force=AFTER_REVERSAL)]
