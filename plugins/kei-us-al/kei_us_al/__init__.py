"""Alabama (US-AL): mini-trucks on a "restricted low speed use" tag, no interstates
(Ala. Code § 32-6-59); the mini-truck is defined in § 40-12-240.

The federal level comes from kei-us; a verdict for US-AL folds both.

The law is in :mod:`kei_us_al.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-AL", "Alabama", rules="kei_us_al.mini_trucks:RULES")
