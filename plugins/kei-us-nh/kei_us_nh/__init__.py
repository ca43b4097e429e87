"""New Hampshire (US-NH): no official text speaks of kei trucks: unknown, with its titling (no title
before model year 2000) and its inspection until 2026-01-31.

The law is in :mod:`kei_us_nh.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NH folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NH", "New Hampshire", rules="kei_us_nh.law:RULES")
