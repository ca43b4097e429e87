"""South Dakota (US-SD): no official text speaks of kei trucks: unknown, with the county titling of
imports; an off-road vehicle is titled only (ARSD 64:06:03:53).

The law is in :mod:`kei_us_sd.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-SD folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-SD", "South Dakota", rules="kei_us_sd.law:RULES")
