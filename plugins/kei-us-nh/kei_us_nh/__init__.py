"""New Hampshire (US-NH): <one line: what its law says of kei trucks, and where it says it>.

The law is in :mod:`kei_us_nh.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NH folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NH", "New Hampshire", rules="kei_us_nh.law:RULES")
