"""Colorado (US-CO): kei vehicles under HB25-1281 "Concerning kei vehicles" (signed 2025-05-09,
in effect from 2027-07-01); before that, no statute decides.

The federal level comes from kei-us; a verdict for US-CO folds both.

The law is in :mod:`kei_us_co.kei_vehicles`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-CO", "Colorado", rules="kei_us_co.kei_vehicles:RULES")
