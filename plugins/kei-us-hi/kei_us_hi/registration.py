"""Hawaii: registration of a vehicle not certified to the FMVSS (HRS § 286-42(a)), and the
special interest vehicle class (HRS § 286-2).

* The Hawaii Department of Transportation told the legislature (testimony on S.B. 2849,
  2018-02-21, read in a copy) that Hawaii "has required vehicles, regardless of the year they
  were manufactured to be in compliance with all applicable FMVSS as of the date of
  manufacture", under the manufacturer's certification requirement of HRS § 286-42(a). The
  section's own words were not found, so the rule ships unconfirmed. The same position is
  reported from the Honolulu registration office in 2000 and by an importer in 2014; in 2015
  the Department opposed HB 1009, which would have made any vehicle 25 years old a special
  interest vehicle (official committee report).
* A special interest vehicle is one manufactured before 1968, or built after 1967 to resemble
  one (the current text, shown struck in HB 480 SD1, 2024). No kei truck built in 1968 or later
  fits it. HB 480's 35-year threshold was not seen enacted.

kei applies the Department's position from 2018-02-21, the date of the testimony that states
it, and answers ``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import state_rules
from kei_us.state_kit.titling import CertificationLabelRequired

REVIEWED = "2026-12-01"
HSCR_287_2015 = "https://www.capitol.hawaii.gov/session2015/CommReports/HB1009_HD1_HSCR287_.htm"
HB480_SD1 = "https://data.capitol.hawaii.gov/sessions/session2024/bills/HB480_SD1_.HTM"
TESTIMONY_2018_COPY = (
    "https://docslib.org/doc/6583380/february-21-2018-1-15-p-m-state-capitol-room-225-s-b-2849-relating-to-motor-"
    "vehicle-registration"
)
STAR_BULLETIN_2000 = "https://archives.starbulletin.com/2000/10/26/news/kokualine.html"
IMPORTER_2014 = "https://importavehicle.info/2014/02/direct-import-vehicles-over-25-years.html"

IN_FORCE = Period("2018-02-21")

REGISTRATION = CertificationLabelRequired(
    id="US-HI-FMVSS-CERT",
    state="Hawaii",
    agency="the county director of finance (motor vehicle registration) or the Hawaii Department of Transportation",
    refusal=(
        "the Department of Transportation requires a vehicle, regardless of the year it was manufactured, to "
        "comply with all applicable FMVSS as of its date of manufacture, under the manufacturer's certification "
        "requirement of HRS § 286-42(a)"
    ),
    built_from="1968-01-01",
    citation="HRS § 286-42(a), as the Hawaii Department of Transportation applies it (testimony, 2018-02-21)",
    source=HSCR_287_2015,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(TESTIMONY_2018_COPY, STAR_BULLETIN_2000, IMPORTER_2014),
    notes=(
        "The Department's words are read in a copy of its 2018 testimony; the official record of its opposition "
        "to a 25-year special interest class (HSCR 287, 2015) is the source given. The certification wording of "
        "§ 286-42(a) itself was not found (searched on capitol.hawaii.gov and mirrors), so the rule ships "
        "unconfirmed. One importer's blog implies later registrations of 25-year Japanese imports; it is not "
        "followed against the agency's own statement. FMVSS compliance 'as of the date of manufacture' asks "
        "nothing of a vehicle built before the standards (1968): for one, kei answers unknown and names the "
        "special interest class. Searched again 2026-12-01 for § 286-42(a): the stored 2012 HB 1098 HD1 "
        "(capitol.hawaii.gov) stops inside subsection (a), just before its certification sentence ('The county "
        "director of finance may register a mot...'); only other bills and copies of § 286-41 surfaced."
    ),
)

SPECIAL_INTEREST = Rule(
    "US-HI-SPECIAL-INTEREST-PRE1968",
    "US-HI",
    "Hawaii's special interest vehicle class takes a vehicle manufactured before 1968, or one built after "
    "1967 to resemble one; no kei truck built in 1968 or later fits it",
    citation="HRS § 286-2 (special interest vehicle), as shown in HB 480 SD1 (2024)",
    source=HB480_SD1,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    notes=(
        "The current definition is read as the text HB 480 SD1 strikes; the bill would have set a 35-year "
        "threshold and was not seen enacted."
    ),
)

RULES: list[Rule] = [*state_rules("US-HI", REGISTRATION, in_force=IN_FORCE), SPECIAL_INTEREST]
