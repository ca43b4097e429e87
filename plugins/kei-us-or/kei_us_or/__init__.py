"""Oregon (US-OR): ODOT DMV does not register mini-trucks for road use (agency practice, known from the
press).

The law is in :mod:`kei_us_or.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-OR folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-OR", "Oregon", rules="kei_us_or.law:RULES")
