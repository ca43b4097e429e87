"""Michigan (US-MI): no statute on kei trucks; the Department of State revoked their titles for a
while in late 2024 and early 2025, then reversed (press). Nothing official was seen either way, so
kei answers ``unknown`` in both periods and says what is reported.

The law is in :mod:`kei_us_mi.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-MI folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-MI", "Michigan", rules="kei_us_mi.registration:RULES")
