"""Massachusetts (US-MA): kei vehicles registered by Registry of Motor Vehicles policy.

No statute: the RMV resumed registering kei vehicles on 2024-09-18 and says it keeps reviewing
them, so every answer here is agency practice (``policy``) that may change without a law. The
federal level comes from kei-us; a verdict for US-MA folds both.
"""

from __future__ import annotations

from collections.abc import Iterable

from kei_core import Jurisdiction, Requirement, Rule, hookimpl


@hookimpl
def kei_jurisdictions() -> Iterable[Jurisdiction]:
    return [Jurisdiction("US-MA", "Massachusetts", parent="US", registers=True)]


@hookimpl
def kei_rules() -> Iterable[Rule | Requirement]:
    from kei_us_ma import registration

    return registration.RULES
