"""Nebraska (US-NE): the "minitruck", titled and registered with one plate (Neb. Rev. Stat.
§ 60-121.01, as the DMV states it, and § 60-3,100).

The federal level comes from kei-us; a verdict for US-NE folds both.

The law is in :mod:`kei_us_ne.minitrucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NE", "Nebraska", rules="kei_us_ne.minitrucks:RULES")
