"""Minnesota: mini trucks (Laws 2009, ch. 158), declared in the order of the law.

* Minn. Stat. § 169.011, subd. 40a: what a mini truck is (660 cc or 7,500 W; 900 to 2,200 lb
  dry; not built to the federal motor vehicle safety standards).
* § 169.045, subd. 1: a county, home rule charter or statutory city, or town may by ordinance
  let mini trucks use designated roadways under its jurisdiction, "by permit only".
* The 2009 law's operating rules: a driver's licence and the equipment listed below.

The definition and the permit rule were read in the 2009 bill text on the Revisor's site; that
§ 169.045 still names mini trucks (so the 2009 law's 2012 expiry no longer applies) is seen in the
Revisor's text of a 2025 bill that amends "Minnesota Statutes 2024, section 169.045", read in a
tracker's copy. The equipment list comes from the House's 2009 summary of the law, not from the
statute's words. The state does not register mini trucks as motor vehicles (a county page says
so), so the local permit is the only way onto the road.

When: Laws 2009, ch. 158 took effect on 1 August 2009 and, as enacted, expired on 31 July 2012
(the House's 2009 summary, on the Legislature's site). That expiry did not end the law: Laws
2009, ch. 158, § 10 (taken, from the bills that amend it, to be its effective-date and expiry
section) was amended before 2013 (2013 HF 138, a mini-truck bill, amends it "as amended") and
again by Laws 2014, ch. 255 (Revisor's site), and
§ 169.045 still names mini trucks in Minnesota Statutes 2024. The words of those amendments
were not read, so every answer after 31 July 2012 rests on that indirect evidence and says so
(unconfirmed); before 1 August 2009 kei has no Minnesota rule and answers ``unknown``.
"""

from __future__ import annotations

import datetime as dt

import attrs

from kei_core import Check, Outcome, Period, Rule, Vehicle
from kei_us.state_kit import (
    AnyOf,
    Limit,
    MiniTruckDefinition,
    RequiredEquipment,
    RoadAccess,
    WeightBasis,
    state_rules,
)

REVIEWED = "2026-12-01"
SF_492_2009 = (
    "https://www.revisor.mn.gov/bills/text.php?number=SF492&version=1&session_year=2009&session_number=0"
)
HF_571_AMENDMENT = "https://www.house.mn.gov/comm/minls86/H0571DE2.htm"
SESSION_WEEKLY_2009 = (
    "https://www.house.leg.state.mn.us/sessionweekly/art.asp?ls_year=86&issueid_=45&storyid=1462&year_=2009"
)
SF_2207_2025 = "https://app.legiplex.com/mn/legislature/2025/2025-r/bills/sf2207/draft-2143688?id=2143688"
HF_138_2013 = "https://legiscan.com/MN/text/HF138/2013"
LAWS_2014_CH_255 = "https://www.revisor.mn.gov/laws/2014/0/255/laws.0.21.0"

LAWS_2009_CH_158_TAKES_EFFECT = "2009-08-01"
AS_ENACTED_EXPIRES = dt.date(2012, 7, 31)
IN_FORCE = Period(LAWS_2009_CH_158_TAKES_EFFECT)
EXPIRY = (
    "Laws 2009, ch. 158 took effect 2009-08-01 and, as enacted, expired 2012-07-31 (House Session Weekly, "
    "2009-05-29, official). Section 10 of the chapter (taken to be its effective-date and expiry section) "
    "was later amended: 2013 "
    "HF 138 (introduced, copy) amends 'Laws 2009, chapter 158, section 10, as amended', and Laws 2014, "
    "ch. 255 (Revisor's site) amends it again; § 169.045 still names mini trucks in Minnesota Statutes "
    "2024 (2025 SF 2207, tracker copy of the Revisor's text). The amending words were not read "
    "(searched 2026-12-01), so answers after 2012-07-31 rest on this indirect evidence and are marked "
    "unconfirmed; before 2009-08-01 kei answers unknown."
)

MORRISON_COUNTY = (
    "http://www.co.morrison.mn.us/index.asp?SEC=F27EBE4B-D916-4757-BE03-E4BEA475DAA3"
    "&DE=D26A4781-6DEE-462A-ACF4-9FA10AAE24F2&Type=B_BASIC"
)

DEFINITION = MiniTruckDefinition(
    term="mini truck",
    wheels=4,
    engine=Limit.at_most("660 cc"),
    electric_power=Limit.at_most("7,500 W"),
    weight=Limit.between("900 lb", "2,200 lb"),
    weight_basis=WeightBasis.DRY,
    features=(
        "it has an enclosed cabin and a seat for the operator",
        "it looks like a pickup truck or van, with a cargo area or bed at the rear",
    ),
    not_fmvss_certified=True,
    citation="Minn. Stat. § 169.011, subd. 40a",
    source=SF_492_2009,
    reviewed_on=REVIEWED,
    sources=(HF_571_AMENDMENT, MORRISON_COUNTY, SESSION_WEEKLY_2009, LAWS_2014_CH_255, HF_138_2013),
    notes=(
        "Read in the 2009 bill text on the Revisor's site and the House amendment of the same words; "
        "county and city pages quote the same definition as current. The current codified page was not "
        "re-read. Paragraph (b) also excludes neighborhood and medium-speed electric vehicles and vehicles "
        "meeting 49 CFR 571.500; kei reads both as 'not certified to the FMVSS'. "
        f"{EXPIRY}"
    ),
)

ROADS = RoadAccess(
    local_permit=True,
    conditions=("its driver holds a valid driver's license",),
    citation="Minn. Stat. § 169.045, subd. 1",
    source=SF_492_2009,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SF_2207_2025, SESSION_WEEKLY_2009, MORRISON_COUNTY, LAWS_2014_CH_255, HF_138_2013),
    notes=(
        "The 2009 text (official) lets a county, city or town authorize mini trucks on designated roadways "
        "by ordinance, 'by permit only'; the 2009 law was to expire on 2012-07-31. That the section still "
        "names mini trucks is seen only in a tracker's copy of the Revisor's text of 2025 SF 2207, which "
        "would allow operation without a permit (pending). Night operation is allowed (2009 House summary). "
        "A county page says mini trucks cannot be licensed as motor vehicles, only as Class 2 ATVs within "
        f"ATV limits or as off-road vehicles. {EXPIRY}"
        " Searched again 2026-12-01 for revisor.mn.gov § 169.045 (current): only the 2009 bill, the 2010 "
        "session law index and chapter 169's table of contents surfaced; a second pass that day found those "
        "again, the 2009 House amendment and city ordinances quoting the 2009 words."
    ),
)

EQUIPMENT = RequiredEquipment(
    [
        "headlamps",
        "tail_lamps",
        "turn_signals",
        AnyOf("exterior_mirror_driver", "exterior_mirror_passenger", "interior_mirror"),
        "windshield",
        "seat_belts",
        "parking_brake",
    ],
    citation="Minn. Stat. § 169.045 (mini truck equipment, Laws 2009, ch. 158)",
    source=SESSION_WEEKLY_2009,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SF_2207_2025, LAWS_2014_CH_255, HF_138_2013),
    notes=(
        "From the House Session Weekly summary of the 2009 law (headlamps, taillights, turn signals, "
        "rear-view mirrors, windshield, seat belts, parking brake); the statute's own words were not read "
        "(searched again 2026-12-01 with § 169.045: only its subdivision 1 in the 2009 texts and city "
        f"ordinances surfaced). {EXPIRY}"
    ),
)


def past_the_2012_expiry(check: Check) -> Check:
    """After 2012-07-31, the day the 2009 law was to expire, an answer rests on the evidence that
    the expiry was amended away, which no official text read states: say so."""

    def continued(vehicle: Vehicle, on: dt.date) -> Outcome:
        outcome = check(vehicle, on)
        if on <= AS_ENACTED_EXPIRES:
            return outcome
        return attrs.evolve(
            outcome,
            message=f"{outcome.message} The 2009 law was to expire on 2012-07-31; that it still applies rests "
            "on later acts amending its expiry, whose words were not read.",
            unconfirmed=True,
        )

    return continued


RULES: list[Rule] = [
    attrs.evolve(rule, check=past_the_2012_expiry(rule.check)) if rule.check else rule
    for rule in state_rules("US-MN", DEFINITION, ROADS, EQUIPMENT, in_force=IN_FORCE)
]
