"""Upper Sandusky's ordinance on low speed, under speed and utility vehicles and mini trucks, in the
order of its divisions (Codified Ordinances of the City of Upper Sandusky, as its codifier,
American Legal Publishing, publishes them).

* (a) No mini truck on a street or highway in the city with an established speed limit greater
  than 35 mph; (d) it may cross such a street at an intersection.
* (f) The owner submits it to an inspection by a local law enforcement agency that complies with
  the Department of Public Safety's requirements (ORC 4513.02).
* (g) Only a vehicle that passes the inspection, is registered under ORC chapter 4503 and is
  titled may use the authorized streets.
* (h) The Clerk of Council notifies the Director of Public Safety of the authorization.

Ohio bars mini trucks except where a city, village or township authorizes them by ordinance
(ORC 4519.401(A), 4511.215; kei-us-oh's ``US-OH-LOCAL-ORDINANCE``). This ordinance is such an
authorization: its rule joins Ohio's level as a pathway of that requirement, applied only when
the place asked is the city (``Rule.within``), and its streets, crossing and inspection are a
requirement of the city's own level.

The text was read on the codifier's page (codelibrary.amlegal.com), whose excerpt gave neither
the section number nor the ordinance's date: the rules ship unconfirmed, and kei applies them
from 2026-12-01, the day the text was read, answering ``unknown`` for earlier dates rather than
guess when the council passed it. Division (g) reads "titled in accordance with Ohio R.C.
Chapter 5405"; Ohio's certificate-of-title chapter is 4505, so the condition says "titled" and
names no chapter.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import LocalOrdinance, RoadAccess, local_rules
from kei_us_oh.mini_trucks import LOCAL_ORDINANCE

REVIEWED = "2026-12-01"
ORDINANCE_TEXT = "https://codelibrary.amlegal.com/codes/uppersandusky/latest/uppersandusky_oh/0-0-0-16491"
ORC_4519_401 = "https://codes.ohio.gov/ohio-revised-code/section-4519.401/6-30-2025"

# The section number and the ordinance's date were not in the text read; kei applies it from
# the day it was read, so that no earlier date rests on it.
IN_FORCE = Period("2026-12-01")
WHEN = (
    "Applied from 2026-12-01, the day the text was read: the codifier's excerpt gave neither the section "
    "number nor the date the council passed it. Before it kei answers unknown for the city."
)
WHY_UNCONFIRMED = (
    "Read on the codifier's page (American Legal Publishing), not in the ordinance as the council passed it; "
    "the section number and the ordinance's date were not in the excerpt."
)

STREETS = RoadAccess(
    max_posted_mph=35,
    cross_at="intersection",
    citation="Upper Sandusky Codified Ordinances, mini trucks (a), (d)",
    source=ORDINANCE_TEXT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "(a): 'No person shall operate a low speed vehicle, under speed vehicle, utility vehicle or mini truck "
        "upon any street or highway within the corporation limits of the City of Upper Sandusky, Ohio with an "
        "established speed limit greater than 35 miles per hour.' (d): it may be operated 'across an intersection "
        f"at a street or highway having an established speed limit greater than 35 miles per hour'. {WHY_UNCONFIRMED}"
    ),
)

ORDINANCE = LocalOrdinance(
    option=LOCAL_ORDINANCE,
    locality="US-OH-UPPERSANDUSKY",
    place="Upper Sandusky",
    roads=STREETS,
    conditions=(
        "it passes an inspection by a local law enforcement agency to the Department of Public Safety's "
        "requirements (ORC 4513.02) before it uses the city's streets",
        "it is registered under ORC chapter 4503 and titled",
    ),
    citation="Upper Sandusky Codified Ordinances, mini trucks (a), (d), (f)-(h)",
    source=ORDINANCE_TEXT,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(ORC_4519_401,),
    notes=(
        "(f): the owner 'shall submit the vehicle to an inspection conducted by a local law enforcement agency "
        "that complies with inspection requirements established by the Department of Public Safety Ohio R.C. "
        "4513.02'; (g): 'Only those vehicles that successfully pass the required vehicle inspection, are "
        "registered in accordance with Ohio R.C. Chapter 4503, and are titled in accordance with Ohio R.C. "
        "Chapter 5405 shall be permitted to operate upon the authorized public streets' (5405 is read as a slip "
        "for 4505, Ohio's title chapter, so the condition names none); (h): the Clerk of Council notifies the "
        "Director of Public Safety of the authorization, as ORC 4511.215 asks. The ordinance is the "
        f"authorization ORC 4519.401(A) and 4511.215 leave to a city. {WHY_UNCONFIRMED} {WHEN}"
    ),
)

RULES: list[Rule] = local_rules(ORDINANCE, in_force=IN_FORCE)
