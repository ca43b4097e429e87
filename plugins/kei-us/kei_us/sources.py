"""The texts the federal rules rest on, named once. Official hosts first (eCFR, the U.S. Code,
the Federal Register, NHTSA, EPA, CBP); copies only as second sources."""

from __future__ import annotations

REVIEWED = "2026-11-25"

# Statute and regulations (official hosts).
USC_30112 = (
    "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title49-section30112&num=0&edition=prelim"
)
USC_30141 = (
    "https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title49-section30141&num=0&edition=prelim"
)
CFR_591_5 = "https://www.ecfr.gov/current/title-49/section-591.5"
CFR_571_3 = "https://www.ecfr.gov/current/title-49/section-571.3"
CFR_PART_593 = "https://www.ecfr.gov/current/title-49/part-593"
CFR_85_1511 = "https://www.ecfr.gov/current/title-40/section-85.1511"
CFR_19_12_73 = "https://www.ecfr.gov/current/title-19/section-12.73"

# Federal Register (official).
FR_LSV_2005 = "https://www.federalregister.gov/d/05-16323"  # 70 FR 48313, effective 2005-10-03
FR_LSV_2006 = "https://www.federalregister.gov/d/06-3590"  # 71 FR 20026, effective 2006-06-05
FR_LITA_DENIAL = "https://www.govinfo.gov/content/pkg/FR-2014-12-09/html/2014-28725.htm"  # 79 FR 73140
FR_LITA_NOTICE = "http://www.gpo.gov/fdsys/pkg/FR-2013-05-21/html/2013-12069.htm"  # 78 FR 29808
FR_ELIGIBLE_LIST_2005 = (
    "https://www.federalregister.gov/documents/2005/09/30/05-19528/"
    "list-of-nonconforming-vehicles-decided-to-be-eligible-for-importation"
)
FR_JAPAN_AGREEMENT = "https://www.govinfo.gov/content/pkg/FR-2025-09-16/html/2025-17908.htm"  # 90 FR 44638

# Agencies (official).
NHTSA_25_YEARS = "https://nhtsa.gov/node/52441"  # interpretation 23085.ztv: "at least 25 years old"
NHTSA_MINI_TRUCKS = "https://www.nhtsa.gov/interpretations/09-001270as"
EPA_CODE_E = "https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=P100GNLA.txt"  # EPA-420-B-13-032
EPA_OP_YEARS = (
    "https://webarchive.library.unt.edu/eot2008/20090508141824/http:/www.epa.gov/otaq/imports/quiktext.htm"
)
EPA_MINI_TRUCKS_NONROAD = "https://nepis.epa.gov/Exe/ZyPURL.cgi?Dockey=P100ATZS.txt"  # EPA-420-F-09-014
CBP_SAMBAR_1999 = "https://rulings.cbp.gov/ruling/N351601"  # NY N351601 (2025)
CBP_SAMBAR_1993 = "https://rulings.cbp.gov/ruling/N340640"  # NY N340640 (2024)
USITC_HTS = "https://hts.usitc.gov/current"

# Copies and secondary sources.
HS7_FORM_COPY = "https://info.5y1.org/customs-broker-license-requirements_1_dfde54.html"
NHTSA_FAQ_QUOTED = "https://www.importavehicle.info/2014/05/when-does-25-year-law-go-into-effect.html"
EPA_LETTER_2016 = (
    "https://www.scribd.com/doc/306237843/Letter-EPA-To-Congressman-Mulvaney-Re-Overby-s-Land-Rover"
)
EPA_FORM_COPY = (
    "https://formsbank.com/template/321253/epa-form-3520-1-declaration-form-importation-of-motor-vehicles-"
    "and-motor-vehicles-engines-subject-to-federal-air-pollution-regulations.html"
)
CBP_SAMBAR_1999_COPY = "https://www.customsmobile.com/rulings/docview?doc_id=NY+N351601"
AAMVA_OFF_ROAD = (
    "https://www.aamva.org/assets/best-practices,-guides,-standards,-manuals,-whitepapers/"
    "regulation-of-off-road-vehicles-best-practices"
)
