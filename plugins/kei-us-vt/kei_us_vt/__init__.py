"""Vermont (US-VT): no official text speaks of kei trucks: unknown, with the DMV's inspection within 15
days of registration.

The law is in :mod:`kei_us_vt.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-VT folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-VT", "Vermont", rules="kei_us_vt.law:RULES")
