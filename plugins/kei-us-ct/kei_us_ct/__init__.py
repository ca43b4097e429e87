"""Connecticut (US-CT): the DMV registers a grey-market vehicle only on the customs form and the
EPA and DOT approval letters; a vehicle 25 years or older needs only a VIN verification instead of
the grey-market inspections, but what stands in for the letters of a vehicle imported under the
25-year exemption is not said: ``unknown``.

The law is in :mod:`kei_us_ct.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-CT folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-CT", "Connecticut", rules="kei_us_ct.registration:RULES")
