"""Idaho: registration and the federal motor vehicle safety standards.

* Idaho Code § 49-107(5) (official): vehicles "as originally designed and manufactured shall be
  so certified by the manufacturer to meet the federal motor vehicle safety standards ... or as
  certified by the national highway traffic safety administration".
* 2008 HB 365 (official bill page: passed the House 66-0-4 on 02/25 and the Senate 29-3-3 on
  03/13) was "to require compliance with federal motor vehicle safety standards for certain
  vehicles subject to registration; to prohibit registration and operation of certain vehicles
  on public highways". Its enacted sections and effective day were not read.
* From 2021-10-01 the Idaho Transportation Department applies AAMVA's recommendations to
  imported vehicles not built to the FMVSS and titled for the first time in the US (a credit
  union association's notice of 2021-09-21; the Department's own text was not found).

So a kei truck imported under the 25-year exemption, never certified, is refused highway
registration, whatever its age; the rule ships unconfirmed. kei applies it from 2021-10-01, the
day the policy for imported vehicles took effect, and answers ``unknown`` before, though HB 365
may have barred it since 2008.

The restricted-vehicle plate (2008 HB 602, from 2009-01-01) opens county and city roads to ATVs,
UTVs and motorbikes unless closed locally; whether a kei truck is a UTV or a specialty
off-highway vehicle was not found. Reported, never folded.
"""

from __future__ import annotations

from kei_core import Period, Rule, RuleKind
from kei_us.state_kit import state_rules
from kei_us.state_kit.titling import CertificationLabelRequired

REVIEWED = "2026-12-01"
HB_365_2008 = "https://legislature.idaho.gov/sessioninfo/2008/legislation/h0365/"
HB_602_2008 = "https://legislature.idaho.gov/sessioninfo/2008/legislation/H0602/"
SEC_49_107 = "https://legislature.idaho.gov/statutesrules/idstat/Title49/T49CH1/SECT49-107/"
ITD_POLICY_NOTICE = "https://nwcua.org/2021/09/21/idaho-dmv-updated-imported-vehicle-titling-policy/"
IDAPA_39_02_05_401 = "https://regulations.justia.com/states/idaho/39/39-02-05/section-39-02-05-401/"
ADA_COUNTY_RESTRICTED = (
    "https://adacounty.id.gov/assessor/motor-vehicles/recreational-vehicle-licensing-registration/"
)

IMPORT_POLICY = Period("2021-10-01")
RESTRICTED_PLATE = Period("2009-01-01")

REGISTRATION = CertificationLabelRequired(
    id="US-ID-FMVSS-REGISTRATION",
    state="Idaho",
    agency="the Idaho Transportation Department, Division of Motor Vehicles",
    refusal=(
        "2008 HB 365 requires compliance with the federal motor vehicle safety standards for vehicles subject "
        "to registration and bars registration and operation of certain vehicles on public highways, and "
        "§ 49-107(5) counts a vehicle compliant only if its maker or NHTSA certified it"
    ),
    citation="Idaho Code § 49-107(5); 2008 HB 365; ITD imported-vehicle titling policy from 2021-10-01",
    source=HB_365_2008,
    reviewed_on=REVIEWED,
    unconfirmed=True,
    sources=(SEC_49_107, ITD_POLICY_NOTICE, IDAPA_39_02_05_401),
    notes=(
        "HB 365's purpose and votes and § 49-107(5) were read on the legislature's site; the enacted sections "
        "of HB 365 (which bar, what exception) and its effective day were not read, and the 2021 policy is known "
        "only from a credit union association's notice, so the rule ships unconfirmed. IDAPA 39.02.05.401 "
        "(copy, current through 2023-08-31) lists the papers for titling a grey-market vehicle (an HS-7 with the "
        "category of importation): a title may issue without a highway registration. In force from 2021-10-01; "
        "before it kei answers unknown. Searched again 2026-12-01 for HB 365's enacted text: only its bill "
        "page (status and votes) and § 49-107 surfaced again."
    ),
)

RESTRICTED = Rule(
    "US-ID-RESTRICTED-PLATE",
    "US-ID",
    "Idaho's restricted-vehicle plate lets ATVs, UTVs and motorbikes use county and city roads unless closed "
    "locally, never state or controlled-access highways; whether a kei truck can have one was not found",
    citation="2008 HB 602 (restricted vehicle license plate), from 2009-01-01",
    source=HB_602_2008,
    reviewed_on=REVIEWED,
    kind=RuleKind.INFORMATION,
    in_force=RESTRICTED_PLATE,
    unconfirmed=True,
    sources=(ADA_COUNTY_RESTRICTED,),
    notes=(
        "The bill page (official) gives its subject; the road rules and the 2009-01-01 start are read on Ada "
        "County's page and a forum copy of an ITD FAQ. A kei truck is not 'recreational' and was not built "
        "'exclusively for off-highway operation', so its fit as a UTV or specialty off-highway vehicle is open: "
        "ask the county assessor or ITD. Searched again 2026-12-01: only the bill page surfaced, no ITD text."
    ),
)

RULES: list[Rule] = [*state_rules("US-ID", REGISTRATION, in_force=IMPORT_POLICY), RESTRICTED]
