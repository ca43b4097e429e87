"""Mississippi (US-MS): nothing official says how a kei truck is titled; kei says what is known
(registration at the county tax collector, no periodic safety inspection since 2015-07-01) and
answers ``unknown``.

The law is in :mod:`kei_us_ms.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-MS folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MS", "Mississippi", rules="kei_us_ms.registration:RULES")
