"""New Jersey (US-NJ): no official text speaks of kei trucks: unknown, with the MVC Foreign Title
Unit's titling of imports.

The law is in :mod:`kei_us_nj.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NJ folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NJ", "New Jersey", rules="kei_us_nj.law:RULES")
