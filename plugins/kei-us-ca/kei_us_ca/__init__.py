"""California (US-CA): an imported kei truck of model year 1975 or later is a "used direct import
vehicle" that may not be registered without a certificate of conformance from the Air Resources
Board (Health & Safety Code § 44202); the DMV also asks for evidence that it was modified to meet the
FMVSS, which a 25-year-exempt truck has not, so even with the certificate kei answers ``unknown``.

The law is in :mod:`kei_us_ca.direct_imports`; kei imports it only when a question needs it. The
federal level comes from kei-us; a verdict for US-CA folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-CA", "California", rules="kei_us_ca.direct_imports:RULES")
