"""Illinois (US-IL): since about the end of March 2025 the Secretary of State revokes the
registrations of imported kei trucks and brands their titles "Not Eligible For Registration"
(agency practice, known from the press; no public document).

The law is in :mod:`kei_us_il.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-IL folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-IL", "Illinois", rules="kei_us_il.registration:RULES")
