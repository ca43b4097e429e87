"""New Mexico (US-NM): no official text speaks of kei trucks: unknown, naming the MVD's manual on
foreign-manufactured vehicles.

The law is in :mod:`kei_us_nm.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NM folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NM", "New Mexico", rules="kei_us_nm.law:RULES")
