"""Indiana (US-IN): a "mini-truck" (IC 9-13-2-103.1, P.L.180-2015) is titled and registered and
kept off interstate highways (IC 9-21-8-46). Read as written, the definition asks for an engine of
"not less than" 660 cc and a top speed of not more than 60 mph, so a stock kei truck (656 to 659
cc) is not one, and kei answers ``unknown`` for it.

The law is in :mod:`kei_us_in.mini_trucks`; kei imports it only when a question needs it. The
federal level comes from kei-us; a verdict for US-IN folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-IN", "Indiana", rules="kei_us_in.mini_trucks:RULES")
