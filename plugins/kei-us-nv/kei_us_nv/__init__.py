"""Nevada (US-NV): no official text speaks of kei trucks: unknown, with the foreign-vehicle inspection
certificate (NRS 482.220) and the county emissions test (NRS 445B.815).

The law is in :mod:`kei_us_nv.law`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-NV folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NV", "Nevada", rules="kei_us_nv.law:RULES")
