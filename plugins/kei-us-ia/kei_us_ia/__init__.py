"""Iowa (US-IA): no title or registration for a vehicle without its maker's FMVSS certification
label (Iowa Code § 321.30, as amended in the 2006 session), whatever its age.

The law is in :mod:`kei_us_ia.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-IA folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-IA", "Iowa", rules="kei_us_ia.registration:RULES")
