"""Missouri (US-MO): no official text speaks of kei trucks: unknown, with the Department of Revenue's
titling of imports (ID/OD inspection).

The law is in :mod:`kei_us_mo.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-MO folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MO", "Missouri", rules="kei_us_mo.law:RULES")
