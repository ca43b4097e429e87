"""Australia: the Commonwealth import gate and state registration.

Commonwealth: importing a road vehicle needs an import approval (Road Vehicle Standards Act 2018
s. 22); for a kei truck, a concessional RAV entry approval as an older vehicle (relevant build
date at least 25 years before the date of application) or, younger, through the Specialist and
Enthusiast Vehicles Register. States: New South Wales and Tasmania register some non-complying
vehicles conditionally; no state documents full registration of an imported kei truck.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    from kei_au.other_states import STATES

    return [
        Jurisdiction(
            "AU",
            "Australia (Commonwealth)",
            parent=None,
            registers=False,
            registered_by="each state or territory",
        ),
        Jurisdiction("AU-NSW", "New South Wales", parent="AU", registers=True),
        Jurisdiction("AU-TAS", "Tasmania", parent="AU", registers=True),
        *(Jurisdiction(state.code, state.name, parent="AU", registers=True) for state in STATES),
    ]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_au import federal, new_south_wales, other_states, tasmania

    return (*federal.RULES, *new_south_wales.RULES, *tasmania.RULES, *other_states.RULES)
