"""Minnesota (US-MN): mini trucks on roadways a county, city or town designates by ordinance,
by permit only (Minn. Stat. § 169.045); the mini truck is defined in § 169.011, subd. 40a.

The federal level comes from kei-us; a verdict for US-MN folds both.

The law is in :mod:`kei_us_mn.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MN", "Minnesota", rules="kei_us_mn.mini_trucks:RULES")
