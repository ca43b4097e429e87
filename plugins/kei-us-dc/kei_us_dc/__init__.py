"""District of Columbia (US-DC): nothing official says how a kei truck is titled; kei says what
the District asks of any vehicle (a DC inspection before registration, D.C. Code § 50-1501.02(c)(4))
and answers ``unknown``.

The law is in :mod:`kei_us_dc.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-DC folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-DC", "District of Columbia", rules="kei_us_dc.registration:RULES")
