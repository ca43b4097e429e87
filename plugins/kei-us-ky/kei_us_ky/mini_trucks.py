"""Kentucky: mini-trucks under KRS 189.517 (2013 Ky. Acts ch. 61) and, from 27 June 2025, street-legal
special purpose vehicles under KRS 186.077 (2025 SB 63), in the order of the law.

* KRS 189.517(1): "'mini-truck' means a lightweight Japanese kei class utility vehicle" (decided
  by kei-jp's kei-class test).
* 189.517(2): "Except as provided in subsection (5) ..., a person shall not operate a mini-truck
  upon any public highway or roadway or upon the right-of-way of any public highway or roadway."
* 189.517(5)(c): "The Transportation Cabinet may designate, and a city or county government may
  designate," the highways where mini-trucks may be operated: the local option,
  ``US-KY-LOCAL-ORDINANCE``. Asked about Kentucky alone, the answer depends on the county and
  the city; a local plugin meets the requirement within its locality.
* 189.517(5)(a), (b), (d)-(g): crossing a two-lane highway, and two-lane highways for farm,
  construction, road-maintenance or snow-removal work, with a licensed driver, two headlights and
  two taillights lit, by daylight. Reported as information: it holds wherever no ordinance
  applies, and kei cannot apply a state route only outside the localities that have one.
* KRS 186.077 (from 2025-06-27): a minitruck may be a street-legal special purpose vehicle,
  registered with a motorcycle-size plate after a sheriff's inspection, and operated only where
  a local government's ordinance allows it, never on controlled-access highways, and no more than
  20 miles on a highway with centerline markings. Its equipment list includes a roll bar or cage
  and seat belts meeting the FMVSS (secondary sources), which no stock kei truck has: a county
  plugin applies :func:`street_legal_special_purpose_vehicle` in its ordinance
  (``LocalOrdinance(option=LOCAL_ORDINANCE, eligible=street_legal_special_purpose_vehicle, ...)``),
  so a stock truck stays barred even where a county opted in.

189.517 was read in the Official Code of Kentucky Annotated (release 87, 2022) as Public.Resource.Org
posts it, and in FindLaw's copy: both agree; the LRC's own page was not read, so the rules built on
it are unconfirmed. Before 2013-06-25 kei has no Kentucky rule and answers ``unknown`` (the LRC's
2012 and 2013 fiscal notes say the Cabinet did not recognize mini-trucks at all).
"""

from __future__ import annotations

import datetime as dt
import re

from kei_core import (
    Outcome,
    Period,
    Requirement,
    Restriction,
    Rule,
    RuleKind,
    Vehicle,
    conditional,
    failed,
)
from kei_jp import kei_class_test
from kei_us.state_kit import (
    MAX_DISTANCE_MILES,
    LocalOption,
    MiniTruckDefinition,
    state_rules,
)

REVIEWED = "2026-12-01"
KRS_189_517 = (
    "https://github.com/UniCourt/cic-code-ky/blob/b75c7a0295dda0a9f4b8e21106e7a975097a2511/"
    "transforms/ky/ocky/r87/gov.ky.krs.title.16.html"
)
KRS_189_517_FINDLAW = "https://codes.findlaw.com/ky/title-xvi-motor-vehicles/ky-rev-st-sect-189-517/"
KRS_189_517_COPY = "https://self-law.org/code/ky/189-517"
SB_63_RECORD = "https://apps.legislature.ky.gov/record/25RS/SB63.html"
KAR_601_23_070 = "https://apps.legislature.ky.gov/law/kar/titles/601/023/070"
KRS_186_077_COPY = "https://self-law.org/code/ky/186-077"
KLC_SUMMARY = "https://www.klc.org/News/12915/street-legal-special-purpose-vehicles-and-cities"
KACO_RECAP = (
    "https://www.kaco.org/articles/webinar-recap-senate-bill-63-special-purpose-street-legal-vehicles"
)
SB_63_TRACKER = "https://www.billtrack50.com/billdetail/1772755"
FISCAL_NOTE_2013 = "https://docsbay.net/doc/781706/commonwealth-of-kentucky-s61"

ACTS_2013_CH_61 = "2013-06-25"
SB_63_TAKES_EFFECT = "2025-06-27"
SINCE_2013 = Period(ACTS_2013_CH_61)
SINCE_SB_63 = Period(SB_63_TAKES_EFFECT)
READ_189_517 = (
    "KRS 189.517 read in the Official Code of Kentucky Annotated, release 87 (2022-10), as Public.Resource.Org "
    "posts it ('Enact. Acts 2013, ch. 61, § 1, effective June 25, 2013'), and in FindLaw's copy (current as "
    "of 2025-01-01): they agree word for word. The LRC's page was not read. SB 63 (2025) was not seen "
    "amending 189.517. Before 2013-06-25 kei answers unknown. Searched again 2026-12-01 for KRS 189.517 on "
    "apps.legislature.ky.gov: only statute mirrors (self-law, FindLaw) and a 2023 bill copy surfaced."
)
READ_186_077 = (
    "KRS 186.077 (2025 SB 63) was read only in a statute mirror and in the summaries of the League of Cities "
    "and the Association of Counties; the official record page (its summary gives the 20-mile rule) and "
    "601 KAR 23:070E (filed 'to meet the effective date of June 27, 2025'; its definitions name minitrucks) "
    "were read on apps.legislature.ky.gov."
)

# -- KRS 189.517(1): what a mini-truck is ----------------------------------------------------

DEFINITION = MiniTruckDefinition(
    term="mini-truck",
    kei_class=kei_class_test,
    citation="KRS 189.517(1)",
    source=KRS_189_517,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(KRS_189_517_FINDLAW, KRS_189_517_COPY),
    notes=f"'a lightweight Japanese kei class utility vehicle': decided by kei-jp's kei-class test. {READ_189_517}",
)

ONLY_MINI_TRUCKS = DEFINITION.scope(
    ask="the Kentucky Transportation Cabinet how it treats this vehicle", law="KRS 189.517"
)

# -- KRS 189.517(2), (5)(c) and KRS 186.077: only where a locality allows it -----------------

LOCAL_ORDINANCE = LocalOption(
    id="US-KY-LOCAL-ORDINANCE",
    who="the Transportation Cabinet, a city or a county",
    by="by designation or, from 2025-06-27, by ordinance",
    ask=(
        "the county (for roads outside cities) and the city whether it has designated the highway for mini-trucks "
        "(KRS 189.517(5)(c)) or, from 2025-06-27, allows street-legal special purpose vehicles by ordinance "
        "(KRS 186.077), and the Transportation Cabinet whether it has designated a state highway"
    ),
    citation="KRS 189.517(2), (5)(c); KRS 186.077",
    source=KRS_189_517,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(KRS_189_517_FINDLAW, SB_63_RECORD, KAR_601_23_070, KRS_186_077_COPY, KACO_RECAP),
    notes=(
        "189.517(2) bars a mini-truck from every public highway and right-of-way except under (5); (5)(c) lets "
        "the Cabinet, a city or a county designate highways. KRS 186.077 adds, from 2025-06-27, a local "
        "government's ordinance allowing street-legal special purpose vehicles; a county ordinance covers only "
        f"its unincorporated areas, and each city opts in separately (KACo). {READ_189_517} {READ_186_077}"
    ),
)

WORK_USE = Rule(
    "US-KY-WORK-USE",
    "US-KY",
    "Without a designation or an ordinance, a mini-truck may cross a two-lane highway (at most 2/10 of a mile "
    "on it) and use any two-lane highway while its operator does farm or agricultural work, construction, road "
    "maintenance or snow removal, with a valid operator's license, two headlights and two taillights lit, and "
    "by daylight except for snow removal or emergency road maintenance (KRS 189.517(5)(a), (b), (d)-(g))",
    citation="KRS 189.517(5)(a), (b), (d)-(g)",
    source=KRS_189_517,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=SINCE_2013,
    unconfirmed=True,
    sources=(KRS_189_517_FINDLAW, KRS_189_517_COPY),
    notes=(
        "Reported, not folded: these uses hold wherever no designation or ordinance does, and kei cannot apply "
        f"a state route only outside the localities that have one. {READ_189_517}"
    ),
)

# -- KRS 186.077: a street-legal special purpose vehicle --------------------------------------

SLSPV_CITATION = "KRS 186.077; 601 KAR 23:070"
SLSPV_CONDITIONS = (
    "have it inspected by a certified inspector (the sheriff), then title it and register it as a street-legal "
    "special purpose vehicle, with a motorcycle-size plate",
    "it carries the equipment KRS 186.077 lists: headlamp, tail lamp, brake lamp, plate lamp, rear red reflector, "
    "turn signals, service brake, horn, muffler, left and right mirrors, a windshield or eye protection, a lit "
    "speedometer, a roll bar or cage, seat belts meeting the federal standards, and tires with at least 2/32 in "
    "of tread",
    "it is insured as a motorcycle is",
    "it is not used primarily for farm or agricultural work",
)
ROLL_BAR = re.compile(r"\broll[- ]?(bar|cage)", re.IGNORECASE)
"""A modification that fits a roll bar or cage, in the vehicle's words ("roll bar fitted")."""
SLSPV_RESTRICTIONS = (
    Restriction("excluded_highways", ("controlled_access",), "no controlled-access highways"),
    Restriction(
        MAX_DISTANCE_MILES, 20, "no more than 20 miles on a highway displaying centerline pavement markings"
    ),
)


def street_legal_special_purpose_vehicle(vehicle: Vehicle, on: dt.date) -> Outcome:
    """KRS 186.077: what a minitruck must be to be a street-legal special purpose vehicle, for a
    county's or city's ordinance to apply (``LocalOrdinance(eligible=...)``). A kei truck is
    built with no roll bar or cage: unless a modification records one, it fails."""
    if not any(ROLL_BAR.search(change.description) for change in vehicle.modifications):
        return failed(
            "As built, a kei truck has no roll bar or cage, which KRS 186.077 asks of a street-legal special "
            "purpose vehicle (with seat belts meeting the federal standards): it can be one only once they are "
            "fitted (record the roll bar as a modification) and a certified inspector has passed it.",
            unconfirmed=True,
        )
    return conditional(
        f"It may be a street-legal special purpose vehicle ({SLSPV_CITATION}), used where a local ordinance allows "
        "one, off controlled-access highways and at most 20 miles on a highway with centerline markings.",
        conditions=[f"{c} ({SLSPV_CITATION})" for c in SLSPV_CONDITIONS],
        restrictions=SLSPV_RESTRICTIONS,
        unconfirmed=True,
    )


def special_purpose_vehicle_route(vehicle: Vehicle, on: dt.date) -> Outcome:
    """Reported statewide: whether the KRS 186.077 route is open to this truck at all (said in
    the message only; a county's ordinance applies its conditions and limits)."""
    found = street_legal_special_purpose_vehicle(vehicle, on)
    if found.status.permits_use:
        return conditional(
            f"{found.message} Where an ordinance allows it, the conditions are: "
            + "; ".join(SLSPV_CONDITIONS)
            + ".",
            unconfirmed=True,
        )
    return failed(
        f"{found.message} Until then an ordinance under KRS 186.077 does not open roads to it; only a designation "
        "under KRS 189.517(5)(c) or the work uses of 189.517(5) can.",
        unconfirmed=True,
    )


SLSPV = Rule(
    "US-KY-SLSPV",
    "US-KY",
    "From 2025-06-27 a minitruck with the equipment KRS 186.077 lists (a roll bar or cage and seat belts meeting "
    "the federal standards among it) may be registered as a street-legal special purpose vehicle and used where "
    "a local government's ordinance allows one, never on controlled-access highways, and at most 20 miles on a "
    "highway with centerline markings",
    citation=SLSPV_CITATION,
    source=SB_63_RECORD,
    reviewed_on=REVIEWED,
    check=ONLY_MINI_TRUCKS.guard(special_purpose_vehicle_route),
    kind=RuleKind.INFORMATION,
    in_force=SINCE_SB_63,
    unconfirmed=True,
    sources=(KAR_601_23_070, KRS_186_077_COPY, KLC_SUMMARY, KACO_RECAP, SB_63_TRACKER),
    notes=(
        "Reported statewide (the route opens only within a locality that allows it, where a local plugin applies "
        "street_legal_special_purpose_vehicle). The roll bar or cage, seat belts meeting the FMVSS and 2/32 in "
        "of tread are in the League of Cities' summary, a bill tracker and press, not in an official text read; "
        "the statute caps the fee at $10 a year, KACo reports $19.50 with clerk fees. Vehicles primarily used "
        f"for farm or agricultural work are excluded (League of Cities). {READ_186_077}"
        " Searched again 2026-12-01 for KRS 186.077 on apps.legislature.ky.gov: only 601 KAR 23:070 "
        "(already read), its proposed ordinary version and a statute mirror surfaced; the latest "
        "Public.Resource.Org release of the KRS in the index (release 87, 2022) predates SB 63."
    ),
)

RULES: list[Rule | Requirement] = [
    *state_rules("US-KY", DEFINITION, in_force=SINCE_2013, scope=ONLY_MINI_TRUCKS),
    *LOCAL_ORDINANCE.rules("US-KY", in_force=SINCE_2013, scope=ONLY_MINI_TRUCKS),
    WORK_USE,
    SLSPV,
]
