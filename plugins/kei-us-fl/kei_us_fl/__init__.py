"""Florida (US-FL): a mini truck on streets posted 35 mph or less, titled, registered and insured,
where no county or city bars it (Fla. Stat. § 316.2122). What a "mini truck" is (§ 320.01) was
not read, so kei cannot yet say whether a given kei truck is one.

The federal level comes from kei-us; a verdict for US-FL folds both.

The law is in :mod:`kei_us_fl.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-FL", "Florida", rules="kei_us_fl.mini_trucks:RULES")
