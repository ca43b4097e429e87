"""Massachusetts: registration of kei vehicles by RMV policy.

* Early July 2024: an RMV notice stopped kei registrations; late July, existing registrations
  were allowed to stay but no new ones were issued (press).
* 2024-09-17: the RMV announced that it would register kei vehicles again from 2024-09-18, with
  a passenger or commercial plate by intended use, "while continuing to review safety
  implications of Kei Vehicles on the public roadways" and planning a formal study (press
  quoting MassDOT).
* Bills to put kei registration in statute (H 4053 of 2025, a bill by Rep. Howitt) were heard
  in committee and not enacted in the sources seen.

The RMV announcement itself was not found on mass.gov, so the rule ships unconfirmed as well
as ``policy``. Kei does not model the July–September 2024 halt: its start day is not known.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import Registration, RegistrationOutcome, state_rules

REVIEWED = "2026-12-01"

ANNOUNCEMENT_PRESS = "https://seculartimes.com/?p=1025883"
ANNOUNCEMENT_QUOTE = "https://carscoops.com/2024/09/massachusetts-rmv-u-turns-on-kei-car-ban-after-backlash"
HISTORY_PRESS = "https://wbznewsradio.iheart.com/alternate/amp/mass-state-representatives-introduce-bills-to-reverse-japanese-kei-car-ban"
H4053 = "https://app.legiplex.com/ma/legislature/2025/2025-r/bills/h4053/drafts-compare"

RMV_POLICY = Registration(
    RegistrationOutcome.REGULAR,
    id="US-MA-RMV-POLICY",
    how="register it with a passenger or a commercial plate, according to its intended use",
    citation="MassDOT/RMV announcement of 2024-09-17 (kei registrations resumed 2024-09-18)",
    source=ANNOUNCEMENT_PRESS,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    policy=True,
    sources=(ANNOUNCEMENT_QUOTE, HISTORY_PRESS, H4053),
    notes=(
        "Known from press quoting MassDOT; no RMV text was found. The RMV says it keeps reviewing the "
        "safety of kei vehicles and plans a formal study. It halted kei registrations in July 2024 "
        "(exact day unknown, so not modelled: dates before 2024-09-18 answer unknown). H 4053 (2025) "
        "would codify registration of keijidosha-class vehicles; pending when read. Looked again "
        "2026-12-01 for the announcement on mass.gov: not found; the date 2024-09-18 rests on press quoting "
        "MassDOT ('starting today, September 18'); a second pass that day found only press quoting the "
        "announcement."
    ),
)

RULES: list[Rule] = state_rules("US-MA", RMV_POLICY, in_force=Period("2024-09-18"))
