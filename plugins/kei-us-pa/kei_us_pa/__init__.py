"""Pennsylvania (US-PA): PennDOT's mini trucks (Japanese "Kei Jidosha" class, 660 cc, 130 × 60 ×
78 in) get an off-road title, a farm vehicle registration or an antique plate, not a general
registration.

The definition is PennDOT's and names the Japanese kei class, decided by kei-jp's
``kei_class_test``. The federal level comes from kei-us; a verdict for US-PA folds both.

The law is in :mod:`kei_us_pa.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-PA", "Pennsylvania", rules="kei_us_pa.mini_trucks:RULES")
