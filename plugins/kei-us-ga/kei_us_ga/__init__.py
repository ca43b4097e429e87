"""Georgia (US-GA): kei vehicles and mini trucks are barred from title and registration by
Department of Revenue policy (Policy Bulletin MVD-2023-05); HB 308 (2025) was vetoed.

The federal level comes from kei-us; a verdict for US-GA folds both.

The law is in :mod:`kei_us_ga.registration`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-GA", "Georgia", rules="kei_us_ga.registration:RULES")
