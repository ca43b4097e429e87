"""South Carolina (US-SC): no official text speaks of kei trucks: unknown, with the SCDMV's titling.

The law is in :mod:`kei_us_sc.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-SC folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-SC", "South Carolina", rules="kei_us_sc.law:RULES")
