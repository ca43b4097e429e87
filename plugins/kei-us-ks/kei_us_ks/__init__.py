"""Kansas (US-KS): a "micro utility truck" (K.S.A. 8-126) need not be registered (K.S.A. 8-128(a)(3)),
stays off interstate, federal and state highways, and uses city streets only where the city allows
it by ordinance: asked about Kansas alone, the answer depends on the city.

The law is in :mod:`kei_us_ks.micro_utility_trucks`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-KS folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-KS", "Kansas", rules="kei_us_ks.micro_utility_trucks:RULES")
