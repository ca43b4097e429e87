"""North Carolina (US-NC): mini-trucks on streets and highways posted 55 mph or less
(G.S. 20-4.01(27)g1 and G.S. 20-121.1, added by S.L. 2019-34).

A "mini-truck" is at most 660 cc, 130 in long, 78 in high and 60 in wide. A kei truck outside
those figures (a 660 cc wide body is 133.7 in long) is not one, and no North Carolina text read
says what the DMV does with it: kei answers ``unknown`` for it. The federal level comes from
kei-us; a verdict for US-NC folds both.

The law is in :mod:`kei_us_nc.mini_trucks`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-NC", "North Carolina", rules="kei_us_nc.mini_trucks:RULES")
