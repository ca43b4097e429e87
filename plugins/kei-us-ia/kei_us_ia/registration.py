"""Iowa: grounds for refusing registration or title (Iowa Code § 321.30).

The 2006 session added to § 321.30, as the Department of Transportation's page quotes it:
"Unless otherwise provided for in this chapter, the department or the county treasurer shall
refuse registration and issuance of a certificate of title unless the vehicle bears a
manufacturer's label pursuant to 49 C.F.R. pt. 567 certifying that the vehicle meets federal
motor vehicle safety standards." A kei truck imported under the 25-year exemption bears none.
The Department's release of 2007-06-15 says mini-trucks cannot be legally operated on Iowa's
public roads.

The act and its effective day were not found (an act of the 2006 session; the 1999 text of
§ 321.30 has no label ground). kei applies the rule from 2007-06-15, the first day an official
dated text attests that Iowa keeps mini-trucks off its roads, and answers ``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import state_rules
from kei_us.state_kit.titling import CertificationLabelRequired

REVIEWED = "2026-12-01"
DOT_LABEL_PAGE = "http://www.iowadot.gov/mvd/Investigative_Bureau/label.htm"
DOT_RELEASE_2007 = "http://www.iowadot.gov/morgue/news2007/06150701.htm"
CODE_1999 = "https://www.legis.iowa.gov/DOCS/IACODE/1999/321/30.html"
CODE_2015_COPY = "https://law.justia.com/codes/iowa/2015/title-viii/subtitle-2/chapter-321/section-321.30/"
CODE_CURRENT = "https://www.legis.iowa.gov/docs/code/321.30.pdf"

# The first official dated text attesting Iowa's position (the DOT release); the 2006 act's
# own effective day was not found.
IN_FORCE = Period("2007-06-15")

REGISTRATION = CertificationLabelRequired(
    id="US-IA-FMVSS-LABEL",
    state="Iowa",
    agency="the Iowa Department of Transportation, Motor Vehicle Division, or the county treasurer",
    refusal=(
        "unless otherwise provided for in chapter 321, the department or the county treasurer shall refuse "
        "registration and a certificate of title unless the vehicle bears a manufacturer's label under 49 C.F.R. "
        "pt. 567 certifying that it meets the federal motor vehicle safety standards"
    ),
    citation="Iowa Code § 321.30 (label ground added in the 2006 session, then numbered subsection 15)",
    source=DOT_LABEL_PAGE,
    reviewed_on=REVIEWED,
    sources=(CODE_CURRENT, CODE_2015_COPY, CODE_1999, DOT_RELEASE_2007),
    notes=(
        "The statute's words read on the Department of Transportation's page, which quotes them; the current "
        "code (restructured by 2015 into numbered subsections with lettered paragraphs) was not read at the "
        "label paragraph, so its present number is open. 'Unless otherwise provided for in this chapter': no "
        "exception for a vehicle 25 years or older was found. The quoted text has no age limit, so kei applies "
        "it to every vehicle, even one built before makers' certification labels existed; an exception "
        "elsewhere in chapter 321 for such a vehicle was not looked for in full. In force from 2007-06-15 (see "
        "the module's docstring)."
    ),
)

DOT_POSITION = Rule(
    "US-IA-MINI-TRUCKS-OFF-ROAD",
    "US-IA",
    "The Iowa Department of Transportation says mini-trucks cannot be legally operated on public roads and "
    "streets in Iowa, as they do not meet the federal vehicle standards",
    citation="Iowa DOT news release of 2007-06-15",
    source=DOT_RELEASE_2007,
    reviewed_on=REVIEWED,
    source_as_of="2007-06-15",
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    notes="Carried over from the dossier (official page, read in the first pass, not re-read on 2026-12-01).",
)

RULES: list[Rule] = [*state_rules("US-IA", REGISTRATION, in_force=IN_FORCE), DOT_POSITION]
