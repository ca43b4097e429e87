"""State registration of an imported kei truck, where the state says nothing about it.

A Commonwealth import approval and entry on the Register of Approved Vehicles do not register a
vehicle: each state or territory registers it against its own vehicle standards. Where no official
guidance covers an imported kei truck, kei answers ``unknown`` with the reason, never ``legal``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Check, Outcome, Vehicle, unknown


def registration_not_documented(state: str, authority: str, known: str = "") -> Check:
    """A check answering ``unknown``: no official guidance on registering a kei truck in ``state``."""
    detail = f"; {known}" if known else ""

    def no_official_guidance(vehicle: Vehicle, on: dt.date) -> Outcome:
        return unknown(
            f"no official guidance found on registering an imported kei truck in {state}{detail}; "
            f"ask {authority}",
            settle=(f"ask {authority} whether it registers an imported kei truck for use on public roads",),
        )

    return no_official_guidance
