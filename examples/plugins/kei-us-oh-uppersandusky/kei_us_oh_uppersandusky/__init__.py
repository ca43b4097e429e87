"""The City of Upper Sandusky, Ohio (US-OH-UPPERSANDUSKY): its ordinance lets mini trucks on city
streets posted 35 mph or less, after an inspection by local law enforcement, titled and
registered (ORC 4511.215, 4519.401).

A local plugin: it owns the city, a level below Ohio that registers nothing (the state does),
and meets Ohio's local option (``US-OH-LOCAL-ORDINANCE`` of kei-us-oh) within the city only.
Asked about Ohio (``--in US-OH``) the answer stays Ohio's; asked about the city
(``--in US-OH-UPPERSANDUSKY``) its ordinance applies.

The ordinance is in :mod:`kei_us_oh_uppersandusky.ordinance`; kei imports it only when a question
needs it.
"""

from kei_core import jurisdiction_plugin

plugin = jurisdiction_plugin(
    "US-OH-UPPERSANDUSKY",
    "Upper Sandusky",
    parent="US-OH",
    rules="kei_us_oh_uppersandusky.ordinance:RULES",
    registers=False,
    registered_by="the State of Ohio",
)
