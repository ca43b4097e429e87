"""Tennessee (US-TN): a mini truck is a "medium speed vehicle" (Tenn. Code Ann. § 55-1-125).

It must meet or exceed FMVSS No. 500 (49 CFR 571.500), is titled and registered with a Medium
Speed Vehicle Affidavit, and may be driven only on streets posted 40 mph or less, at no more
than 35 mph. FMVSS No. 500 asks for a windshield meeting FMVSS No. 205 and a VIN conforming to
49 CFR Part 565, which a kei truck's JIS glass and Japanese frame number are not: unless those
are shown, kei answers ``unknown``. The federal level comes from kei-us; a verdict for US-TN
folds both.

The law is in :mod:`kei_us_tn.medium_speed_vehicles`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-TN", "Tennessee", rules="kei_us_tn.medium_speed_vehicles:RULES")
