"""Utah (US-UT): no mini-truck statute; from 2025-01-01 a vehicle that fits no category may be
registered as a "novel vehicle" (Utah Code ch. 41-27), a route whose outcome for a kei truck is
not documented, and the text in force from 2026-10-01 was not read: kei answers ``unknown``.

The federal level comes from kei-us; a verdict for US-UT folds both.

The law is in :mod:`kei_us_ut.registration`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-UT", "Utah", rules="kei_us_ut.registration:RULES")
