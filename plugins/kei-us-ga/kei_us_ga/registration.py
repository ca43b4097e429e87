"""Georgia: Department of Revenue, Motor Vehicle Division, Policy Bulletin MVD-2023-05
"Japanese Kei Vehicles and Minitrucks" (notice to county tag offices, May 2023).

The bulletin states the Department's policy "that prohibits the titling and registering of
Japanese kei vehicles, minitrucks and similar vehicles" because they do not comply with the
federal motor vehicle safety standards: "Kei Vehicles are barred from titling and registration."
It is agency policy, not statute, and it was read only in a third-party copy (the Department's
bulletin index page was read but does not list it), so the rule is both ``policy`` and
``unconfirmed``. HB 308 (2025), which would have created a "miniature on-road vehicle" class,
passed both chambers and was vetoed on 2025-05-14: reported as information.

A 2023 bulletin is no authority for earlier dates. The copy read carries no date; the press
dates it to a "May 2023 letter" and, in the same article, to "fall 2023". kei applies it from
1 December 2023, the day after the later of those (fall read as September to November), so that
no answer rests on the bulletin before it certainly existed; earlier dates answer ``unknown``
("no rule encoded for this date"). The Department's bulletin index should settle the day.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import Registration, RegistrationOutcome, state_rules

REVIEWED = "2026-12-01"

# The bulletin's own date was not seen; the later of the two dates the press gives ("fall
# 2023"), read to its end, so that no date rests on the bulletin before it existed.
BULLETIN_IN_FORCE = Period("2023-12-01")
BULLETIN_INDEX = "https://dor.georgia.gov/rules-policies/motor-vehicle/motor-vehicle-policy-bulletins"
BULLETIN_COPY = (
    "https://studylib.net/doc/27258144/policy-bulletin-mvd---2023-05---japanese-kei-vehicles-and..."
)
PRESS_REVOCATIONS = "https://www.theautopian.com/georgias-governor-vetoes-the-imported-car-kei-legalization-and-the-reason-is-really-weird"
HB_308_STATUS = "https://app.legiplex.com/lpx/bill/550311"
HB_308_TEXT = "https://app.legiplex.com/ga/legislature/2025/2025-r/bills/hb308/drafts-latest"

REGISTRATION = Registration(
    RegistrationOutcome.NOT_REGISTRABLE,
    how="the Department of Revenue bars kei vehicles and mini trucks from titling and registration",
    citation="Georgia DOR Motor Vehicle Division Policy Bulletin MVD-2023-05",
    source=BULLETIN_INDEX,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    policy=True,
    sources=(BULLETIN_COPY, PRESS_REVOCATIONS),
    notes=(
        "Read in a third-party copy of the bulletin (re-read 2026-12-01: no date on the part stored); the "
        "Department's bulletin index (read) does not list it. The press dates it both to a 'May 2023 "
        "letter' and to 'fall 2023' (Autopian, 2025), and reports that titles and plates already issued "
        "were revoked. The bulletin calls the ban the Department's policy, but a 2023 bulletin is no "
        "authority for earlier dates: kei applies it from 2023-12-01, the day after fall 2023 ends "
        "(September to November), the most conservative documented date, and answers unknown before it. "
        "Check the day against the Department's bulletin index. Searched again 2026-12-01 for MVD-2023-05 on "
        "dor.georgia.gov: only the bulletin index (without it) and the third-party copy surfaced."
    ),
)

HB_308_VETO = Rule(
    id="US-GA-HB308-VETO",
    jurisdiction="US-GA",
    statement=(
        "HB 308 (2025) would have let 'miniature on-road vehicles' of 25 years or more be registered for "
        "roads posted 35 mph or less, with a local opt-out; it passed both chambers and was vetoed on "
        "2025-05-14, so Georgia law is unchanged."
    ),
    citation="Georgia HB 308 (2025 regular session), vetoed 2025-05-14",
    source=HB_308_STATUS,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=Period("2025-05-14"),
    unconfirmed=True,
    sources=(HB_308_TEXT, PRESS_REVOCATIONS),
    notes=(
        "Bill status and veto date from a bill tracker and the press; the veto message was not read."
        " Searched again 2026-12-01 for the governor's 2025 veto statement on gov.georgia.gov: only press"
        " and a 2020 veto release surfaced; a second pass that day found only press and other years' veto "
        "statements (2015, 2020, 2022-2024)."
    ),
)

RULES: list[Rule] = [*state_rules("US-GA", REGISTRATION, in_force=BULLETIN_IN_FORCE), HB_308_VETO]
