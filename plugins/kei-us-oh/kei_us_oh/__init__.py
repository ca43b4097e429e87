"""Ohio (US-OH): no mini-truck may be operated in the state except on a farm, at a dealer's, or
where a city, village or township allows it by ordinance (ORC 4519.401, ORC 4511.215).

The federal level comes from kei-us; a verdict for US-OH folds both. Asked about Ohio alone, the
answer depends on the local ordinance: the requirement ``US-OH-LOCAL-ORDINANCE``
(:data:`kei_us_oh.mini_trucks.LOCAL_ORDINANCE`) is met only by a local plugin's pathway, within
its city.

The law is in :mod:`kei_us_oh.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-OH", "Ohio", rules="kei_us_oh.mini_trucks:RULES")
