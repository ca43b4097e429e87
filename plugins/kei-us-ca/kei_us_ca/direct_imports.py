"""California: used direct import vehicles, in the order of the law and the DMV's procedure.

* Health & Safety Code § 44200: a "used direct import vehicle" is "any 1975 or later model-year
  direct import vehicle not required to be certified as a new direct import vehicle".
* § 44202: it "may not be registered in this state unless it has received a certificate of
  conformance from the state board, except as provided in Section 44210" (§ 44210 was not read).
* § 44203: the certificate rests on "a test of the vehicle's emissions performed at a laboratory
  licensed by the state board" and a finding that it meets the applicable standards.
* DMV, Vehicle Industry Registration Procedures Manual 12.050 (direct import vehicles): the DMV asks
  for "Evidence that the vehicle was modified to meet Department of Transportation (DOT) Federal Motor
  Vehicle Safety Standards (FMVSS)". A kei truck imported under the 25-year exemption was not
  modified and carries no such evidence, and no official text says the DMV accepts the exemption
  instead (a 2014 DMV notice reportedly tells staff not to): ``unknown`` even with a CARB certificate.

The federal 21-year EPA exemption does not lift § 44202. Every 550 and 660 cc kei truck is of model
year 1975 or later, so every one is caught; kei reads the year of manufacture for the model year.

§ 44202 was read on leginfo as amended by Stats. 1989, ch. 859; kei applies it from 1990-01-01, when a
1989 statute took effect in California, and the DMV's evidence requirement over the same period (it
can only make an answer less favourable). Before 1990-01-01 kei answers ``unknown``.
"""

from __future__ import annotations

import datetime as dt

from kei_core import Outcome, Period, Rule, Vehicle, unknown
from kei_us.state_kit import EmissionsCertificate, state_rules

REVIEWED = "2026-12-01"
HSC_44200 = (
    "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=HSC&division=26.&title=&part=5.&chapter=6."
    "&article="
)
DMV_VIRPM_12_050 = (
    "https://www.dmv.ca.gov/portal/handbook/vehicle-industry-registration-procedures-manual-2/nonresident-vehicles/"
    "direct-import-vehicles/"
)
BAR_GREY_MARKET = "https://bar.ca.gov/ARSC/Newsletters/Newsletter/Fall_2020/Grey_Market_Vehicle_Inspections"
DMV_2014_NOTICE_COPY = (
    "https://oppositelock.kinja.com/imported-from-japan-the-ca-dmv-thinks-were-special-1597797822"
)

STATS_1989_CH_859 = "1990-01-01"
IN_FORCE = Period(STATS_1989_CH_859)
WHEN = (
    "§ 44202 as amended by Stats. 1989, ch. 859 (leginfo); kei applies it from 1990-01-01, the day a 1989 statute "
    "took effect, and answers unknown before (the program's start was not seen)."
)

CARB_CERTIFICATE = EmissionsCertificate(
    id="US-CA-CARB-CERT",
    certificate="a certificate of conformance from the California Air Resources Board",
    how="an emissions test at a laboratory the Board licenses, and the Board's finding that it meets the emission "
    "standards that apply",
    model_years_from=1975,
    citation="Cal. Health & Safety Code §§ 44200, 44202, 44203",
    source=HSC_44200,
    reviewed_on=REVIEWED,
    sources=(BAR_GREY_MARKET,),
    notes=(
        "'may not be registered in this state unless it has received a certificate of conformance from the state "
        "board, except as provided in Section 44210' (official); § 44210 was not read (one search). BAR (2020): grey "
        "market vehicles 'generally must meet the emission standards for the same model year vehicles sold in the "
        f"United States'. kei's vehicle data carries no certificate, so obtaining it is a condition. {WHEN}"
    ),
)


def fmvss_evidence(vehicle: Vehicle, on: dt.date) -> Outcome:
    """VIRPM 12.050: the DMV asks for evidence of FMVSS modification; a 25-year-exempt kei truck
    has none, and whether the DMV accepts the exemption instead is not documented."""
    return unknown(
        "The DMV asks for evidence that a direct import was modified to meet the federal motor vehicle safety "
        "standards (VIRPM 12.050); a kei truck imported under the 25-year exemption was not, and no official text "
        "says the DMV accepts the exemption instead (a 2014 DMV notice is reported to tell staff not to).",
        settle=(
            "ask the California DMV whether it registers a 25-year-exempt direct import without FMVSS evidence",
        ),
    )


DMV_FMVSS_EVIDENCE = Rule(
    "US-CA-DMV-FMVSS-EVIDENCE",
    "US-CA",
    "The DMV registers a direct import vehicle on evidence that it was modified to meet the federal motor vehicle "
    "safety standards (Vehicle Industry Registration Procedures Manual 12.050)",
    citation="California DMV, Vehicle Industry Registration Procedures Manual 12.050",
    source=DMV_VIRPM_12_050,
    reviewed_on=REVIEWED,
    check=fmvss_evidence,
    in_force=IN_FORCE,
    policy=True,
    sources=(DMV_2014_NOTICE_COPY,),
    notes=(
        "The manual (official) lists the documents for a direct import: CBP forms, 'Evidence that the vehicle was "
        "modified to meet Department of Transportation (DOT) Federal Motor Vehicle Safety Standards (FMVSS)', "
        "evidence of EPA compliance, a CARB certificate if it is under 2 years old, a smog certificate if required. "
        "The 2014 notice telling staff not to honour the 25-year exemption is known from a blog copy only. The "
        f"manual's date was not seen; kei applies it over the statute's period (it never makes an answer better). {WHEN}"
    ),
)

RULES: list[Rule] = [
    *state_rules("US-CA", CARB_CERTIFICATE, in_force=IN_FORCE),
    DMV_FMVSS_EVIDENCE,
]
