"""Kentucky (US-KY): a mini-truck ("a lightweight Japanese kei class utility vehicle") may not be
operated on public highways except to cross them, for farm, construction, road-maintenance or
snow-removal work, and on highways the Transportation Cabinet, a city or a county designates
(KRS 189.517, from 2013-06-25); from 2025-06-27 it may also be a street-legal special purpose
vehicle where a local ordinance allows one (KRS 186.077, SB 63).

The law is in :mod:`kei_us_ky.mini_trucks`; kei imports it only when a question needs it. The
federal level comes from kei-us; the kei class is decided by kei-jp.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-KY", "Kentucky", rules="kei_us_ky.mini_trucks:RULES")
