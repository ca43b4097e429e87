"""North Dakota: unconventional vehicles, N.D.C.C. chapter 39-29.2, in the order of the chapter.

* § 39-29.2-01(2): an unconventional vehicle is "a motor vehicle that is designed to travel on at
  least three wheels in contact with the ground, has an unladen weight of at least three hundred
  pounds ... but less than eight thousand pounds ..., has a permanent upright seat that does not
  require the operator to straddle or sit astride it, has a steering device for front wheel steering
  control, is capable of speeds in excess of sixty-five miles ... per hour, complies with equipment
  listed in chapter 39-21 or 39-27, as appropriate, and has an identifying number. The term does not
  include motor vehicles that otherwise may be registered under this title." A top-speed floor: a
  truck that cannot exceed 65 mph is not one.
* § 39-29.2-02: the department issues a certificate of title.
* § 39-29.2-03: no operation on public roadways unless registered under the chapter; fifty
  dollars per year; "a plate in the same manner as a plate is issued to a motorcycle".

Read in secondary copies only (Justia's 2019 code; casetext, current through 2023); ndlegis.gov was
not reached, so every rule is unconfirmed. kei applies the chapter from 2015-04-20, the effective date
of the version of § 39-29.2-03 read (S.L. 2015, ch. 276); the chapter's origin was not seen, and before
2015-04-20 kei answers ``unknown``. A truck that cannot exceed 65 mph falls outside the chapter: kei
answers ``unknown`` and names the DOT (the class III off-highway vehicle road rules of § 39-29-09 are a
possible fallback kei does not encode as legal).
"""

from __future__ import annotations

from kei_core import Limit, Measure, Period, Requirement, Rule, RuleKind
from kei_us.state_kit import (
    MiniTruckDefinition,
    SpecialClassRegistration,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
CHAPTER_39_29_2 = "https://law.justia.com/codes/north-dakota/2019/title-39/chapter-39-29-2/"
SECTION_39_29_2_03 = (
    "https://casetext.com/statute/north-dakota-century-code/title-39-motor-vehicles/chapter-39-292-unconventional-"
    "vehicles/section-39-292-03-registration-of-unconventional-vehicle"
)
OHV_ROADS_COPY = "https://lawserver.com/law/state/north-dakota/nd-code/north_dakota_code_39_29_09"

SL_2015_CH_276 = "2015-04-20"
IN_FORCE = Period(SL_2015_CH_276)
WHEN = (
    "Applied from 2015-04-20, the effective date of the version of § 39-29.2-03 read ('Amended by S.L. 2015, ch. "
    "276 (SB 2312), § 8, eff. 4/20/2015'); the chapter's origin was not seen. Read in Justia's 2019 code and "
    "casetext (current through 2023); ndlegis.gov was not reached. Before 2015-04-20 kei answers unknown."
)

DEFINITION = MiniTruckDefinition(
    term="unconventional vehicle",
    wheels=3,
    wheels_at_least=True,
    weight=Limit(low=Measure.parse("300 lb"), high=Measure.parse("8,000 lb"), high_inclusive=False),
    weight_basis=WeightBasis.UNLADEN,
    top_speed=Limit.more_than("65 mph"),
    features=(
        "it has a permanent upright seat that does not require the operator to straddle it",
        "it has a steering device for front wheel steering control",
        "it complies with the equipment listed in N.D.C.C. chapter 39-21",
        "it has an identifying number",
    ),
    citation="N.D.C.C. § 39-29.2-01(2)",
    source=CHAPTER_39_29_2,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    notes=(
        "'capable of speeds in excess of sixty-five miles [104.61 kilometers] per hour': a floor, so 65 mph exactly "
        "does not qualify. kei compares the top speed given, in mph as the statute writes it. The definition "
        "excludes 'motor vehicles that otherwise may be registered under this title' (see US-ND-ORDINARY-FIRST). "
        f"{WHEN}"
        " Searched again 2026-12-01 for ndlegis.gov chapter 39-29.2: only Justia's 2019 chapter and "
        "mirrors of 39-29 surfaced; a second pass that day found the same."
    ),
)

ONLY_UNCONVENTIONAL_VEHICLES = DEFINITION.scope(
    ask="the North Dakota Department of Transportation whether it registers this vehicle for road use",
    law="N.D.C.C. chapter 39-29.2",
)

REGISTRATION = SpecialClassRegistration(
    vehicle_class="unconventional vehicle",
    plate="a plate issued as a motorcycle's",
    fee="$50 a year",
    conditions=("it is not driven on public roadways until it is registered",),
    citation="N.D.C.C. §§ 39-29.2-02, 39-29.2-03",
    source=SECTION_39_29_2_03,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(CHAPTER_39_29_2,),
    notes=(
        "§ 39-29.2-02: 'The department shall issue a certificate of title for an unconventional vehicle'; -03: 'An "
        "individual may not operate an unconventional vehicle on public roadways unless the vehicle has been "
        "registered under this chapter', 'fifty dollars per year', 'a plate in the same manner as a plate is "
        f"issued to a motorcycle'. No road restriction of its own was found in the chapter. {WHEN}"
        " Searched again 2026-12-01 for ndlegis.gov chapter 39-29.2: only Justia's 2019 chapter surfaced, "
        "in two passes."
    ),
)

ORDINARY_FIRST = Rule(
    "US-ND-ORDINARY-FIRST",
    "US-ND",
    "An unconventional vehicle does not include a motor vehicle that may otherwise be registered under title 39: "
    "if the Department of Transportation registers the truck as an ordinary motor vehicle, that registration "
    "applies instead (N.D.C.C. § 39-29.2-01(2))",
    citation="N.D.C.C. § 39-29.2-01(2), last sentence",
    source=CHAPTER_39_29_2,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    unconfirmed=True,
    notes=(
        f"Either route gives road use; the DOT's practice for kei trucks was not found. {WHEN}"
        " Searched again 2026-12-01 for ndlegis.gov chapter 39-29.2: only Justia's 2019 chapter surfaced, "
        "in two passes."
    ),
)

RULES: list[Rule | Requirement] = [
    *state_rules("US-ND", DEFINITION, REGISTRATION, in_force=IN_FORCE, scope=ONLY_UNCONVENTIONAL_VEHICLES),
    ORDINARY_FIRST,
]
