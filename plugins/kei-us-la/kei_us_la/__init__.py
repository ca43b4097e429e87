"""Louisiana (US-LA): mini-trucks on highways posted 55 mph or less (La. R.S. 32:299.2).

The federal level comes from kei-us; a verdict for US-LA folds both.

The law is in :mod:`kei_us_la.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-LA", "Louisiana", rules="kei_us_la.mini_trucks:RULES")
