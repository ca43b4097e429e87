"""Maine (US-ME): a vehicle not built to the FMVSS is an "off-road vehicle" (29-A M.R.S.
§ 101(47-A)), which is not registered (§ 354) and may not be operated on a public way (§ 2092).

The federal level (import safety and emissions) comes from kei-us; a verdict for US-ME folds
both, and Maine's answer for a kei truck is ``not_legal`` whatever its age.

The law is in :mod:`kei_us_me.off_road`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-ME", "Maine", rules="kei_us_me.off_road:RULES")
