"""Arkansas (US-AR): a "mini-truck" (Ark. Code Ann. § 27-14-726: at least 48 in wide, at most 135 in
long, at least 1,500 lb with fuel and fluids, FMVSS glazing and mirrors) may use roads posted 55 mph
or less, never interstates or controlled-access highways, and only when used exclusively for farm
purposes.

The law is in :mod:`kei_us_ar.mini_trucks`; kei imports it only when a question needs it. The
federal level comes from kei-us; a verdict for US-AR folds both.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-AR", "Arkansas", rules="kei_us_ar.mini_trucks:RULES")
