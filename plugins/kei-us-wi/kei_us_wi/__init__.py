"""Wisconsin (US-WI): the DOT must refuse regular registration of a "Kei class vehicle" and of any
vehicle built after 1969 without its maker's or importer's FMVSS certification label (s. 341.10,
2013 Wis. Act 103); such a vehicle may be registered only as a special interest vehicle, on
collector plates, for limited use.

The law is in :mod:`kei_us_wi.registration`; kei imports it only when a question needs it. The
federal level comes from kei-us; a verdict for US-WI folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-WI", "Wisconsin", rules="kei_us_wi.registration:RULES")
