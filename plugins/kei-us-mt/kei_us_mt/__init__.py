"""Montana (US-MT): no official text speaks of kei trucks: unknown, with the Motor Vehicle Division's
titling and registration.

The law is in :mod:`kei_us_mt.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-MT folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MT", "Montana", rules="kei_us_mt.law:RULES")
