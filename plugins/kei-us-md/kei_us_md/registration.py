"""Maryland: titling a grey-market or overseas vehicle (MVA), the import documents (COMAR
11.15.14.06B(9)) and the grounds for refusing registration (Transportation § 13-406).

* MVA (official): "Before the vehicle can be titled in Maryland it must meet the safety,
  pollution control and other specifications imposed by" U.S. DOT, U.S. Customs and the EPA; a
  "non-conforming" vehicle must be modified before the owner applies; the vehicle must be titled
  within 60 days of its entry into the United States. The page does not mention the 25-year
  exemption: a truck imported under it is lawfully admitted without conforming, and whether the
  MVA counts that as meeting the specifications is the open point. A strict reading refuses it.
* COMAR 11.15.14.06B(9) (official, read in part): the MVA refuses a title to an import without
  the appropriate U.S. Customs forms.
* § 13-406 (official): registration is refused when the applicant is not entitled to it under
  the Maryland Vehicle Law or the vehicle is mechanically unfit or unsafe.
* MVA (official): a used vehicle needs a Maryland safety inspection certificate for plates.

The pages are undated: kei applies them from the day they were read, 2026-12-01, and answers
``unknown`` before.
"""

from __future__ import annotations

from kei_core import Period, Rule
from kei_us.state_kit import ImportTitling, state_rules

REVIEWED = "2026-12-01"
GRAY_MARKET = "https://mva.maryland.gov/about-mva/Pages/info/27300/27300-23T.aspx"
OUT_OF_STATE = "https://mva.maryland.gov/about-mva/Pages/info/27300/27300-out-of-state-vehicles.aspx"
COMAR_11_15_14_06 = "http://www.dsd.state.md.us/comar/comarhtml/11/11.15.14.06.htm"
TRANSP_13_406 = "http://mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gtr&section=13-406"

IN_FORCE = Period("2026-12-01")

REGISTRATION = ImportTitling(
    state="Maryland",
    agency="the Maryland Motor Vehicle Administration (MVA)",
    page=GRAY_MARKET,
    safety_inspection="have it pass a Maryland safety inspection before plates are issued",
    conditions=(
        "show the appropriate U.S. Customs forms (COMAR 11.15.14.06B(9))",
        "title it within 60 days of its entry into the United States",
    ),
    known=(
        "the MVA titles an imported vehicle only if it meets the safety, pollution control and other "
        "specifications of U.S. DOT, U.S. Customs and the EPA, and has a non-conforming vehicle modified first; "
        "its page does not say how it treats a vehicle imported under the 25-year exemption without conforming"
    ),
    citation="MVA, Titling – Gray Market or Overseas Vehicle; COMAR 11.15.14.06B(9); Md. Code, Transp. § 13-406",
    source=GRAY_MARKET,
    reviewed_on=REVIEWED,
    sources=(OUT_OF_STATE, COMAR_11_15_14_06, TRANSP_13_406),
    notes=(
        "Every fact read in official text; COMAR 11.15.14.06B(9) only in part (its list is cut off after the "
        "customs forms). The dossier leans 'not registrable' (a strict reading of 'conforming', and secondary "
        "lists that name Maryland a ban state); nothing official says so for a 25-year import, so the answer is "
        "unknown, never a refusal kei cannot cite. The MVA's Appendix A (documents for titling import or grey "
        "market vehicles) was not found. Class K farm-area registration (Transp. § 13-935, read in a copy) is "
        "not encoded. Undated pages: in force from 2026-12-01, the day they were read."
    ),
)

RULES: list[Rule] = state_rules("US-MD", REGISTRATION, in_force=IN_FORCE)
