"""New York (US-NY): the DMV refuses to title or register kei-class vehicles (VTL § 400-a; agency
practice, known from the press).

The law is in :mod:`kei_us_ny.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NY folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NY", "New York", rules="kei_us_ny.law:RULES")
