"""Texas (US-TX): title and registration of imported mini trucks.

TxDMV's April 2024 letter (agency practice) and, from 1 September 2025, SB 1816's "miniature
vehicle" (Transp. Code § 501.009, § 502.001(21-a)). The federal level (import safety and
emissions) comes from kei-us; a verdict for US-TX folds both.

The law is in :mod:`kei_us_tx.registration`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-TX", "Texas", rules="kei_us_tx.registration:RULES")
