"""Alaska (US-AK): title and registration refused to a vehicle of model year 1981 or newer without
its maker's FMVSS certification label, "even if it is over 25 years old" (2 AAC 92.020(a)(2), as
the Division of Motor Vehicles quotes it).

The law is in :mod:`kei_us_ak.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-AK folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-AK", "Alaska", rules="kei_us_ak.registration:RULES")
