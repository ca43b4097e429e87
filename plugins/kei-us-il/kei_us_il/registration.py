"""Illinois: the Secretary of State's practice on imported kei trucks, from the end of March 2025.

No statute names kei trucks. The press reports that "at the end of March" enthusiasts began to
receive letters revoking the plates and titles of imported vehicles, from Honda Acty kei trucks
to Toyota Crown sedans, and titles re-issued branded "Not Eligible For Registration"; the
Secretary of State published no statement or document. The year, 2025, is inferred: the same
article counts the Michigan, Texas and Massachusetts reversals as past. The official power the
practice fits is 625 ILCS 5/3-704: the Secretary may revoke a registration or title that was
"fraudulently or erroneously issued".

The practice is ``policy`` (agency practice) and ``unconfirmed`` (press only). kei applies it
from 2025-04-01, the day after the end of March, and answers ``unknown`` before: that the same
trucks were registered earlier is reported, but no text of that practice was found. No end of the
practice was found.

Illinois had long titled imports not made to the federal standards: 92 Ill. Adm. Code 1010.140
lists the documents for them (heading read). The expanded-use antique plate (more than 25 years
old) is reported, its use for a branded kei truck open.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, RuleKind, Vehicle, failed, unknown
from kei_us.state_kit import Registration, state_rules

REVIEWED = "2026-12-01"
ILCS_3_704 = "https://ilga.gov/legislation/ilcs/fulltext.asp?DocName=062500050K3-704"
PRESS_EXPLAINS = (
    "https://www.theautopian.com/illinois-finally-explains-its-imported-car-ban-and-it-doesnt-make-any-sense"
)
PRESS_HEARING = (
    "https://www.theautopian.com/illinois-is-allegedly-threatening-to-crush-legally-imported-cars-it-knows-"
    "nothing-about/comment-page-2"
)
IAC_1010 = "https://my.ilga.gov/agencies/JCAR/EntirePart?titlepart=09201010"
PA_104_0105 = "https://my.ilga.gov/Legislation/PublicActs/View/104-0105"

# "At the end of March" (2025): kei begins the day after, so that no answer rests on the
# practice before it certainly existed.
IN_FORCE = Period("2025-04-01")


def revoked_and_branded(vehicle: Vehicle, on: dt.date) -> Outcome:
    """The Secretary of State's practice: no registration for an imported kei truck."""
    if "fmvss_certification_label" in vehicle.documents:
        return unknown(
            "the Secretary of State's practice concerns imported vehicles not built to the FMVSS; a vehicle with "
            "its maker's FMVSS label is outside it; ask the Illinois Secretary of State",
            settle=("ask the Illinois Secretary of State",),
        )
    return failed(
        "The Illinois Secretary of State revokes the registrations of imported kei trucks and re-issues their "
        "titles branded 'Not Eligible For Registration' (practice reported from the end of March 2025; power: "
        "625 ILCS 5/3-704); time does not cure it"
    )


REGISTRATION = Registration.custom(
    revoked_and_branded,
    id="US-IL-SOS-PRACTICE",
    how=(
        "The Secretary of State revokes the registrations of imported kei trucks and re-issues their titles "
        "branded 'Not Eligible For Registration'"
    ),
    citation="Illinois Secretary of State practice from the end of March 2025; 625 ILCS 5/3-704 (revocation)",
    source=ILCS_3_704,
    reviewed_on=REVIEWED,
    policy=True,
    unconfirmed=True,
    sources=(PRESS_EXPLAINS, PRESS_HEARING),
    notes=(
        "The practice is known only from the press, which notes 'no public-facing statements or documents'; "
        "§ 3-704 (read on ilga.gov) gives the power to revoke a registration or title 'fraudulently or "
        "erroneously issued', and no Secretary of State text applying it to kei trucks was found (2 searches). "
        "An administrative hearing was reported; its outcome was not found. The year 2025 is inferred from the "
        "article (it counts the Michigan, Texas and Massachusetts reversals as past). In force from 2025-04-01, "
        "the day after the end of March; no end found. Searched again 2026-12-01 for a Secretary of State text "
        "(ilsos.gov, ilga.gov's administrative code): only the index of 92 Ill. Adm. Code 1010 surfaced, whose "
        "Section 1010.140 (documents to title and register imported vehicles not built to the federal emission "
        "or safety standards) was not in the part stored."
    ),
)

EXPANDED_USE_ANTIQUE = Rule(
    "US-IL-EXPANDED-USE-ANTIQUE",
    "US-IL",
    "An expanded-use antique vehicle is more than 25 years old (625 ILCS 5/1-118.1); Public Act 104-0105 (SB "
    "1467, 2025) excludes commercial vehicles and farm trucks; whether the Secretary of State issues such plates "
    "to a kei truck whose title is branded was not found",
    citation="625 ILCS 5/1-118.1 and 3-804.01; Public Act 104-0105",
    source=PA_104_0105,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    sources=(IAC_1010,),
    notes="The act's text read on ilga.gov; its effective day was not noted. Reported, never folded.",
)

RULES: list[Rule] = [*state_rules("US-IL", REGISTRATION, in_force=IN_FORCE), EXPANDED_USE_ANTIQUE]
