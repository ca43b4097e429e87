"""Washington (US-WA): no official text speaks of kei trucks: unknown, with its titling of imports; a
title branded 'not eligible for road use' is refused (WAC 308-94A-005).

The law is in :mod:`kei_us_wa.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-WA folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-WA", "Washington", rules="kei_us_wa.law:RULES")
