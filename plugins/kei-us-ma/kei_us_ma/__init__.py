"""Massachusetts (US-MA): kei vehicles registered by Registry of Motor Vehicles policy.

No statute: the RMV resumed registering kei vehicles on 2024-09-18 and says it keeps reviewing
them, so every answer here is agency practice (``policy``) that may change without a law. The
federal level comes from kei-us; a verdict for US-MA folds both.

The law is in :mod:`kei_us_ma.registration`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MA", "Massachusetts", rules="kei_us_ma.registration:RULES")
