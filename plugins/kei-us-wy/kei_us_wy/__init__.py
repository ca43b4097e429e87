"""Wyoming (US-WY): a kei truck is a "multipurpose vehicle" (at least four wheels, 300 to under
3,000 lb, a driver's seat at least 24 inches up), titled, plated and insured, on any public road
but an interstate, since 1 January 2008.

The federal level comes from kei-us; a verdict for US-WY folds both.

The law is in :mod:`kei_us_wy.multipurpose_vehicles`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-WY", "Wyoming", rules="kei_us_wy.multipurpose_vehicles:RULES")
