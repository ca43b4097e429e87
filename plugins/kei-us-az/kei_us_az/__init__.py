"""Arizona (US-AZ): no Arizona text says how a kei truck is titled; kei says what ADOT's Motor
Vehicle Division asks of a vehicle brought in (an emissions compliance form in the Phoenix and
Tucson areas) and answers ``unknown``.

The law is in :mod:`kei_us_az.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-AZ folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-AZ", "Arizona", rules="kei_us_az.registration:RULES")
