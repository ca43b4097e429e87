"""The other states and territories: registration of an imported kei truck is not documented.

For each, kei owns the code and declares one requirement whose check answers ``unknown`` with the
reason and whom to ask; a Commonwealth import approval never registers a truck by itself.
"""

from __future__ import annotations

from typing import NamedTuple

from kei_core import Requirement, Rule, registration_not_documented

REVIEWED = "2026-11-25"

CONCESSIONAL_RAV = (
    "https://www.infrastructure.gov.au/infrastructure-transport-vehicles/vehicles/importing-vehicle/"
    "concessional-rav-entry-approvals"
)
ACT_NON_STANDARD = "https://www.accesscanberra.act.gov.au/driving-transport-and-parking/registration/non-standard-vehicle-registration"
NT_CONDITIONAL = (
    "https://nt.gov.au/driving/heavy/apply-to-register-your-heavy-vehicle/conditional-registration"
)


class State(NamedTuple):
    """A state or territory whose registration of an imported kei truck is not documented."""

    code: str
    name: str
    authority: str
    source: str = CONCESSIONAL_RAV
    known: str = ""
    article: str = ""

    @property
    def in_text(self) -> str:
        """The name as a sentence uses it: "the Northern Territory"."""
        return f"{self.article} {self.name}".strip()


STATES: tuple[State, ...] = (
    State("AU-VIC", "Victoria", "VicRoads (Department of Transport and Planning)"),
    State("AU-QLD", "Queensland", "the Department of Transport and Main Roads"),
    State("AU-SA", "South Australia", "the Department for Infrastructure and Transport (Service SA)"),
    State("AU-WA", "Western Australia", "the Department of Transport"),
    State(
        "AU-NT",
        "Northern Territory",
        "the Motor Vehicle Registry",
        article="the",
        source=NT_CONDITIONAL,
        known="its conditional registration page speaks of heavy vehicles in special circumstances",
    ),
    State(
        "AU-ACT",
        "Australian Capital Territory",
        "Access Canberra",
        article="the",
        source=ACT_NON_STANDARD,
        known="conditional registration of a non-standard vehicle needs evidence that no complying vehicle "
        "can do the same task",
    ),
)


def _registration_rule(state: State) -> Rule:
    return Rule(
        f"{state.code}-REG",
        state.code,
        f"{state.in_text[0].upper()}{state.in_text[1:]} registers the truck for use on public roads",
        citation=f"{state.name} road transport law; no guidance from {state.authority} on imported kei trucks "
        "found",
        source=state.source,
        reviewed_on=REVIEWED,
        check=registration_not_documented(state.in_text, state.authority, state.known),
        reads=frozenset(),
        uses_date=False,
        notes=(
            "Answers unknown on purpose: a Commonwealth import approval does not register a vehicle, and no "
            f"official text from {state.in_text} on imported kei trucks was found."
        ),
    )


RULES: tuple[Rule | Requirement, ...] = tuple(_registration_rule(state) for state in STATES)
