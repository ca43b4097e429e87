"""North Dakota (US-ND): a kei truck capable of more than 65 mph may be titled and registered as an
"unconventional vehicle" ($50 a year, a plate issued as a motorcycle's) and then used on public
roadways (N.D.C.C. ch. 39-29.2); one that cannot is not decided by that chapter.

The law is in :mod:`kei_us_nd.unconventional_vehicles`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-ND folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-ND", "North Dakota", rules="kei_us_nd.unconventional_vehicles:RULES")
