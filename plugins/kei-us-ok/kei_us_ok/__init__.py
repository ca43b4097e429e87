"""Oklahoma (US-OK): the mini-truck, as the Oklahoma Tax Commission defined it under the law
effective 1 November 2008.

The federal level comes from kei-us; a verdict for US-OK folds both.

The law is in :mod:`kei_us_ok.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-OK", "Oklahoma", rules="kei_us_ok.mini_trucks:RULES")
