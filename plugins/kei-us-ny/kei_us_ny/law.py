"""New York: the DMV refuses to title or register kei-class vehicles, under the commissioner's power
to refuse "any vehicle or class of vehicles" found unsafe for highway operation (N.Y. Veh. & Traf.
Law § 400-a).

The refusal is agency practice, not statute (``policy``), and its kei line was read only in the
press: the stored copy of the DMV's page "Motorized devices that cannot be registered in New
York" (official, copy undated) lists six devices and no kei line, while a report of 2025-01-18
quotes the same page with "KEI-Class Vehicles" as its fifth entry, and another secondary source
quotes the DMV's wording: it "will not register or title any Kei-class vehicle unless the vehicle
has been brought into compliance with all applicable Federal Motor Vehicle Safety Standards
(FMVSS) and U.S. Environmental Protection Agency (EPA) emission requirements". So the rule is
``unconfirmed`` too; a refusal is still the conservative answer, and says what it rests on.

kei applies it from 2025-01-18, the earliest dated evidence of the kei line; the press places the
practice after 2021, but no dated source before 2025 was found, so earlier dates answer
``unknown`` ("no rule encoded for this date").
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, Vehicle, failed, unknown
from kei_us.state_kit import Registration, state_rules

REVIEWED = "2026-12-01"
DMV_PAGE = "https://dmv.ny.gov/registration/motorized-devices-cannot-be-registered-new-york"
VTL_400_A = "https://www.nysenate.gov/legislation/laws/VAT/400-A"
PRESS_KEI_LINE = "https://nj1015.com/ixp/11/p/banned-vehicles-new-york/"
DMV_WORDING_COPY = "https://worldpopulationreview.com/state-rankings/kei-truck-legal-states"
PRESS_AFTER_2021 = (
    "https://theautopian.com/georgia-hammers-down-on-imported-cars-as-it-reminds-officials-to-ban-the-"
    "titling-of-japanese-kei-trucks"
)

# The earliest dated source that shows the kei line on the DMV's page (press, 2025-01-18).
KEI_LINE_SEEN = Period("2025-01-18")
CITATION = (
    "N.Y. Veh. & Traf. Law § 400-a; NY DMV, Motorized devices that cannot be registered in New York "
    "(KEI-Class Vehicles)"
)


def kei_class_refused(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The DMV's kei line: no title or registration unless brought into FMVSS and EPA compliance."""
    if "fmvss_certification_label" in vehicle.documents:
        return unknown(
            "a vehicle certified to the FMVSS falls under the exception of the DMV's kei line (brought into "
            "compliance with the FMVSS and EPA requirements); whether it is titled is for the DMV "
            f"({CITATION})",
            settle=("ask the New York DMV whether it titles and registers this vehicle",),
        )
    return failed(
        "The New York DMV will neither title nor register a kei-class vehicle unless it has been brought "
        f"into compliance with every applicable FMVSS and EPA emission requirement ({CITATION}), whatever its "
        "age"
    )


REGISTRATION = Registration.custom(
    kei_class_refused,
    how="the DMV neither titles nor registers a kei-class vehicle unless it has been brought into compliance "
    "with all applicable FMVSS and EPA emission requirements",
    citation=CITATION,
    source=DMV_PAGE,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    policy=True,
    sources=(VTL_400_A, PRESS_KEI_LINE, DMV_WORDING_COPY, PRESS_AFTER_2021),
    notes=(
        "VTL § 400-a (official, per the dossier) lets the commissioner refuse to register 'any vehicle or "
        "class of vehicles' whose characteristics make it unsafe for highway operation. The stored official "
        "copy of the DMV's page (undated) lists a scooter, mini-bike, dirt bike, go-kart, golf cart and "
        "motor-assisted bicycle, and no kei line; the press (2025-01-18) quotes the same page with "
        "'KEI-Class Vehicles' as item 5, and a secondary site quotes the DMV's refusal wording. No source "
        "says New York registers kei trucks. Followed: the statutory power plus consistent reports of the "
        "practice, so not_legal, flagged policy and unconfirmed. Applied from 2025-01-18, the earliest dated "
        "evidence; the press (Autopian, undated copy) places New York's refusals after 2021. An owner "
        "reports the DMV kept an existing New York title on re-registration: not encoded. Re-read "
        "2026-12-01: the stored DMV page still lists the six devices and no kei line, and no other DMV page "
        "on kei-class vehicles surfaced."
    ),
)

RULES: list[Rule] = state_rules("US-NY", REGISTRATION, in_force=KEI_LINE_SEEN)
