"""Virginia (US-VA): Virginia law probably defines and restricts "mini-trucks", but neither the
definition, the operating section nor its speed cap was read: kei answers ``unknown``.

The federal level comes from kei-us; a verdict for US-VA folds both.

The law is in :mod:`kei_us_va.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-VA", "Virginia", rules="kei_us_va.mini_trucks:RULES")
