"""Provincial registration of an imported kei truck, where no province says how it is done.

Federal admission does not register a vehicle: each province decides whether it plates an
imported truck for road use. None of Québec, British Columbia or Ontario has published guidance
on kei (Japanese mini) trucks that was found, so kei answers ``unknown`` with the reason and whom
to ask, never ``legal``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Check, Outcome, Vehicle, unknown


def registration_not_documented(province: str, authority: str, known: str) -> Check:
    """A check answering ``unknown``: no official guidance on kei trucks in ``province``."""

    def no_official_guidance(vehicle: Vehicle, on: dt.date) -> Outcome:
        return unknown(
            f"no official guidance found on registering an imported kei truck (15 years or older) "
            f"in {province}; {known}; ask {authority}",
            settle=(f"ask {authority} whether it registers an imported kei truck for use on public roads",),
        )

    return no_official_guidance
