"""Idaho (US-ID): no highway registration for a vehicle not certified to the FMVSS (Idaho Code
§ 49-107(5); 2008 HB 365), as the Transportation Department's imported-vehicle policy applies it
from 2021-10-01; the restricted off-highway plate is reported, its fit for a kei truck open.

The law is in :mod:`kei_us_id.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-ID folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-ID", "Idaho", rules="kei_us_id.registration:RULES")
