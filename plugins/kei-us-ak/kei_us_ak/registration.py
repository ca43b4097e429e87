"""Alaska: title and registration of a foreign vehicle (2 AAC 92.020(a)(2)), and the roads that
need no registration (AS 28.10.011(10)).

* The Division of Motor Vehicles' page "Foreign Vehicles" warns that a vehicle "may not be
  eligible for title and registration even if it is over 25 years old", and quotes 2 AAC
  92.020(a)(2): title and registration are refused when the vehicle model year is 1981 or newer,
  (A) it lacks the permanently fixed label required under 49 C.F.R. Part 567 stating that it
  conforms to the FMVSS in effect on its date of manufacture, and (B) the applicant gives no
  letter from its maker stating the same. A kei truck imported under the 25-year exemption has
  neither; its age does not change that.
* AS 28.10.011(10), read only in copies: a vehicle driven only on highways not connected to the
  land-connected state highway system, or to a highway with an average daily traffic above 499,
  need not be registered. Reported, never folded: kei does not know where in Alaska the truck is
  driven, and the answer is for the connected road system.

The page is undated and the regulation's effective day was not found, so kei applies it from the
day it was read (2026-12-01) and answers ``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import state_rules
from kei_us.state_kit.titling import CertificationLabelRequired

REVIEWED = "2026-12-01"
FOREIGN_VEHICLES = "https://dmv.alaska.gov/vehicle-services/foreign-vehicles"
AS_28_10_011 = "https://www.akleg.gov/basis/statutes.asp#28.10.011"
AS_28_10_011_COPIES = (
    "https://self-law.org/code/ak/title-28/chapter-10/28-10-011",
    "http://dev.semasan.com/node/4906",
)

# The page carries no date and the regulation's history (its Register) was not found: kei
# applies what the page says from the day it was read, and answers unknown before.
IN_FORCE = Period("2026-12-01")

REGISTRATION = CertificationLabelRequired(
    id="US-AK-FMVSS-LABEL",
    state="Alaska",
    agency="the Alaska Division of Motor Vehicles",
    refusal=(
        "title and registration are refused when the model year is 1981 or newer, the vehicle lacks the "
        "permanently fixed label required under 49 C.F.R. Part 567, and the applicant gives no letter from its "
        "maker stating that it conforms to the FMVSS"
    ),
    model_years_from=1981,
    citation="2 AAC 92.020(a)(2)(A)-(B), as quoted by the Alaska DMV (Foreign Vehicles)",
    source=FOREIGN_VEHICLES,
    reviewed_on=REVIEWED,
    notes=(
        "Read on the Division's own page, which quotes the regulation and warns that a vehicle 'may not be "
        "eligible for title and registration even if it is over 25 years old'. The page paraphrases the cut-off "
        "as 'manufactured after 1981'; kei follows the regulation's words, 'model year is 1981 or newer'. A kei "
        "truck has no US model year: kei refuses a truck built in 1982 or later and answers unknown for one "
        "built in 1980 or 1981, whose model year could fall either side of 1981, and for an older one, which the "
        "regulation does not reach (how the Division titles it was not found). A maker's letter of FMVSS "
        "conformity also meets the rule; kei's vocabulary has no name for one, and the dossiers found none "
        "written for a kei truck. The page is undated and the regulation's effective day was not found: kei "
        "applies it from 2026-12-01, the day it was read."
    ),
)

OFF_NETWORK = Rule(
    "US-AK-OFF-NETWORK",
    "US-AK",
    "A vehicle driven only on highways not connected to the land-connected state highway system, or to a "
    "highway with an average daily traffic above 499, need not be registered",
    citation="AS 28.10.011(10)",
    source=AS_28_10_011,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=IN_FORCE,
    unconfirmed=True,
    sources=AS_28_10_011_COPIES,
    notes=(
        "Read in a statute mirror and a trade association's copy; the legislature's page was not reached. "
        "Reported, never folded: kei does not know where in Alaska the truck is driven, so the verdict is the "
        "one for the connected road system. Which communities qualify, and which equipment and insurance "
        "rules still apply there, is open."
        " Searched again 2026-12-01 for akleg.gov AS 28.10.011: only a statute mirror surfaced (same "
        "wording: (10) roads not connected to the land-connected state highway system or to a road with "
        "an average daily traffic over 499)."
    ),
)

RULES: list[Rule] = [*state_rules("US-AK", REGISTRATION, in_force=IN_FORCE), OFF_NETWORK]
