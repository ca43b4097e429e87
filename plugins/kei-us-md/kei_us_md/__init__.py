"""Maryland (US-MD): the MVA titles an imported vehicle only if it meets the federal safety,
pollution control and customs specifications, or has been modified to; how it treats a kei truck
imported under the 25-year exemption is not said: ``unknown``.

The law is in :mod:`kei_us_md.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-MD folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MD", "Maryland", rules="kei_us_md.registration:RULES")
