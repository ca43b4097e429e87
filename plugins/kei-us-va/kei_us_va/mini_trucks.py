"""Virginia: what is known of its mini-truck law, and what is not.

* A 2022 bill, SB 320 "Mini-trucks; definition, use on certain highways", would define a
  mini-truck (four wheels, an electric motor or an internal combustion engine "with specified
  limitations") and let it use highways posted 55 mph or less, "on more public highways" than
  before: a narrower rule already existed. Its fate was not found (bill tracker only).
* An advocate's site quotes a "Mini-truck" definition in the Code of Virginia and a section on
  operating mini-trucks on highways; the quote is cut off after its first words.
* The definition (believed to be in § 46.2-100), the operating section and its speed cap (35 or
  55 mph) were never seen. Eleven searches found § 46.2-100 only in copies cut before "M".

So ``US-VA-MINI-TRUCK`` answers ``unknown`` for every vehicle and says what would settle it; no
figure, road or speed is guessed. Even a road posted 60 mph, which both candidate caps would
close, is not answered ``not_legal`` on an unread text. The antique plate of § 46.2-100 (a model
year at least 25 years before 1 January, "owned solely as a collector's item") is reported, not
applied: whether the DMV plates a kei truck so is not documented.

kei applies this from 2022-01-01, the year of SB 320, the earliest source that attests a
mini-truck rule; before it the level answers ``unknown`` as well.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Requirement, Rule, RuleKind, Vehicle, unknown

REVIEWED = "2026-12-01"
JURISDICTION = "US-VA"

SB320 = "https://app.legiplex.com/va/legislature/2022/2022-r/bills/sb320"
DOCKET_2022_02_03 = "http://lis.virginia.gov/cgi-bin/legp604.exe?221+doc+S1110203"
SECTION_46_2_100_COPY = "https://instalawyer.io/laws/code-of-virginia/462-100-definitions"
SECTION_46_2_100_2014 = "https://legiscan.com/VA/text/HB122/id/963197"
ADVOCATE = "https://keirev.com"

IN_FORCE = Period("2022-01-01")
WHEN = (
    "Applied from 2022-01-01, the year of SB 320 (2022), the earliest source that attests an existing "
    "mini-truck rule; before it the level answers unknown too."
)


def mini_truck_law_unread(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The mini-truck definition and road rule of Virginia were not read: unknown."""
    return unknown(
        "Virginia law appears to define 'mini-truck' and to limit the roads a mini-truck may use, but neither the "
        "definition, the operating section nor its speed cap (35 or 55 mph in the sources) was read, so kei "
        "cannot say whether this truck is one or where it may go.",
        settle=(
            "read the 'mini-truck' definition in Va. Code § 46.2-100 and the section on operating mini-trucks on "
            "highways, on law.lis.virginia.gov",
            "ask the Virginia Department of Motor Vehicles how it titles and registers an imported kei truck",
        ),
    )


RULES: list[Rule | Requirement] = [
    Rule(
        "US-VA-MINI-TRUCK",
        JURISDICTION,
        "A mini-truck must meet Virginia's definition and road rule, neither of which was read: unknown",
        citation="Va. Code § 46.2-100 (mini-truck) and the mini-truck operating section (neither read)",
        source=SB320,
        reviewed_on=REVIEWED,
        check=mini_truck_law_unread,
        in_force=IN_FORCE,
        unconfirmed=True,
        sources=(ADVOCATE, SECTION_46_2_100_COPY, SECTION_46_2_100_2014),
        notes=(
            "SB 320 (2022) tracker summary: it 'permits these mini-trucks to be operated on highways with a speed "
            "limit of 55 miles per hour or less' and would let them 'operate on more public highways', implying a "
            "narrower existing rule. An advocate's site (keirev.com) quotes a Code 'Mini-truck' definition cut off "
            "after its first words. The copies of § 46.2-100 read (instalawyer, Justia 2006, the 2014 enrolled "
            "HB 122) stop before 'M'. A 35 mph cap is recalled, not seen. Answers unknown on purpose: a road "
            f"posted 60 mph is not answered not_legal on an unread text. {WHEN}"
            " Searched again 2026-12-01 (four searches: law.lis.virginia.gov § 46.2-100 and a mini-truck "
            "operating section, '§ 46.2-916.3' tried as a lead, dmv.virginia.gov): only statute copies that "
            "stop before 'M' and the SB 320 tracker surfaced; the Public.Resource.Org release of the Code of "
            "Virginia in the index holds no title 46.2 file. A second pass that day (a mini-truck road rule "
            "with a speed limit, on lis.virginia.gov and in the pages corpus) found only speed-limit sections "
            "(§ 46.2-870 and others) and the same tracker."
        ),
    ),
    Rule(
        "US-VA-SB320-2022",
        JURISDICTION,
        "SB 320 (2022) would let mini-trucks use highways posted 55 mph or less; whether it passed was not found",
        citation="2022 Regular Session SB 320, 'Mini-trucks; definition, use on certain highways'",
        source=SB320,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=IN_FORCE,
        unconfirmed=True,
        sources=(DOCKET_2022_02_03,),
        notes=(
            "Known from a bill tracker; no chapter number or enrolment seen. It was not on the 2022 Senate "
            "Transportation dockets read (20 and 27 January, 3 and 17 February): a negative finding only."
            " Searched again 2026-12-01 for SB 320's history on lis.virginia.gov: only the tracker surfaced."
        ),
    ),
    Rule(
        "US-VA-ANTIQUE-PLATE",
        JURISDICTION,
        "An antique motor vehicle (a model year at least 25 years before 1 January, owned solely as a collector's "
        "item) may carry antique plates; whether the DMV plates a kei truck so is not documented",
        citation="Va. Code § 46.2-100 (antique motor vehicle)",
        source=SECTION_46_2_100_COPY,
        reviewed_on=REVIEWED,
        kind=RuleKind.INFORMATION,
        in_force=IN_FORCE,
        unconfirmed=True,
        sources=(SECTION_46_2_100_2014,),
        notes=(
            "Read in a statute copy and in the 2014 enrolled HB 122 (tracker copy): 'manufactured in a calendar year "
            "not less than 25 years prior to January 1 of each calendar year and is owned solely as a collector's "
            "item'. Reported, never folded: no source says the DMV gives a kei truck antique plates. Searched "
            "2026-12-01 for the definition on law.lis.virginia.gov (its words as the query): only secondary pages "
            "quoting it (SEMA, a street-rod magazine, blogs) surfaced."
        ),
    ),
]
