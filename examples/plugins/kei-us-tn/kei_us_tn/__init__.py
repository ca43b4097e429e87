"""Tennessee (US-TN): a mini truck is a "medium speed vehicle" (Tenn. Code Ann. § 55-1-125).

It must meet or exceed FMVSS No. 500 (49 CFR 571.500), is titled and registered with a Medium
Speed Vehicle Affidavit, and may be driven only on streets posted 40 mph or less, at no more
than 35 mph. The federal level (import safety and emissions) comes from kei-us; a verdict for
US-TN folds both.

The law is in :mod:`kei_us_tn.medium_speed_vehicles`; this package declares the plugin in one
line, and kei imports the law only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-TN", "Tennessee", rules="kei_us_tn.medium_speed_vehicles:RULES")
