"""Hawaii (US-HI): a vehicle built from 1968 is registered only if certified to the FMVSS,
"regardless of the year" it was made (HRS § 286-42(a), as the Department of Transportation
applies it); the special interest class takes only vehicles built before 1968.

The law is in :mod:`kei_us_hi.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-HI folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-HI", "Hawaii", rules="kei_us_hi.registration:RULES")
