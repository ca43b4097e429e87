"""Delaware (US-DE): nothing official says how a kei truck is titled; kei says what Delaware asks
of any vehicle (registration to use a highway, an inspection by the Department first) and answers ``unknown``.

The law is in :mod:`kei_us_de.registration`; kei imports it only when a question needs it.
The federal level comes from kei-us; a verdict for US-DE folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-DE", "Delaware", rules="kei_us_de.registration:RULES")
