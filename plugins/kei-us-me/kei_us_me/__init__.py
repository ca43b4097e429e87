"""Maine (US-ME): a vehicle not built to the FMVSS is an "off-road vehicle" (29-A M.R.S.
§ 101(47-A)), which is not registered (§ 354) and may not be operated on a public way (§ 2092).

The federal level (import safety and emissions) comes from kei-us; a verdict for US-ME folds
both, and Maine's answer for a kei truck is ``not_legal`` whatever its age.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-ME", "Maine", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_me import off_road

    return off_road.RULES
