"""Rhode Island (US-RI): kei cars and kei trucks (R.I. Gen. Laws § 31-1-3, § 31-3-5, as amended
by P.L. 2024, ch. 414): only a registration issued before 2024-06-01 may be renewed, not for a
new owner, and the vehicle keeps to highways posted 35 mph or less.

The statute defines the class by the Japanese kei class, decided by kei-jp's
``kei_class_test``. The federal level comes from kei-us; a verdict for US-RI folds both.

The law is in :mod:`kei_us_ri.kei_vehicles`; kei imports it only when a question needs it.
"""

from kei_us.state_kit import state_plugin

plugin = state_plugin("US-RI", "Rhode Island", rules="kei_us_ri.kei_vehicles:RULES")
