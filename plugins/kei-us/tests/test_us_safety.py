"""Federal safety, read like the dossier's worked example for 2026-01-22 (national-rules.md §2, §7)."""

from __future__ import annotations

import datetime as dt

import pytest

import kei_us
from kei_core import Modification, PartialDate, Status, Vehicle
from kei_core.testing import make_registry

ASKED = dt.date(2026, 1, 22)


@pytest.fixture(scope="module")
def registry():
    return make_registry(kei_us)


def status_of(registry, vehicle: Vehicle, rule_id: str, on: dt.date = ASKED) -> Status:
    return registry.evaluate(vehicle, "US", on).finding(rule_id).status


def admitted(registry, vehicle: Vehicle, on: dt.date = ASKED) -> bool:
    """The federal rules admit it: the US level passes. The place "US" registers no vehicle, so
    its verdict reads at best conditional ("admissible for import"), never legal."""
    verdict = registry.evaluate(vehicle, "US", on)
    return verdict.levels[0].status is Status.LEGAL and verdict.status is Status.CONDITIONAL


def carry(built: str | None, **fields) -> Vehicle:
    fields.setdefault("original_configuration", True)
    return Vehicle(
        make="Suzuki",
        model="Carry",
        manufactured=PartialDate.parse(built) if built else None,
        **fields,
    )


# --- US-FMVSS-25Y: 49 U.S.C. 30112(b)(9), counted to the day from manufacture ---------------


def test_a_truck_built_2001_01_15_is_eligible_on_2026_01_22(registry):
    verdict = registry.evaluate(carry("2001-01-15"), "US", ASKED)
    assert admitted(registry, carry("2001-01-15"))
    assert verdict.scope == "import"
    assert verdict.pathways["US-SAFETY"] == "US-FMVSS-25Y"
    assert verdict.pathways["US-EMISSIONS"] == "US-EPA-21Y"
    assert verdict.eligible_from is None


@pytest.mark.parametrize("built", ["2000-06-30", "2000-12-31", "2001-01-01", "2001-01-22"])
def test_trucks_built_after_1999_up_to_2001_01_22_qualify(registry, built):
    finding = registry.evaluate(carry(built), "US", ASKED).finding("US-FMVSS-25Y")
    assert finding.status is Status.LEGAL


def test_a_truck_built_2001_01_23_is_one_day_short_on_2026_01_22(registry):
    verdict = registry.evaluate(carry("2001-01-23"), "US", ASKED)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.finding("US-FMVSS-25Y").passes_from == dt.date(2026, 1, 23)
    assert verdict.eligible_from == dt.date(2026, 1, 23)
    assert admitted(registry, carry("2001-01-23"), dt.date(2026, 1, 23))


def test_a_label_saying_december_2000_is_enough_on_2026_01_22(registry):
    assert status_of(registry, carry("2000-12"), "US-FMVSS-25Y") is Status.LEGAL


def test_a_label_saying_january_2001_is_unknown_until_2026_01_31(registry):
    verdict = registry.evaluate(carry("2001-01"), "US", ASKED)
    finding = verdict.finding("US-FMVSS-25Y")
    assert finding.status is Status.UNKNOWN
    assert finding.passes_from == dt.date(2026, 1, 31)
    assert verdict.eligible_from == dt.date(2026, 1, 31)
    assert any("maker's label" in s for s in finding.settle)
    assert any("registered" in s for s in finding.settle)
    # Whatever its day, a January 2001 truck is eligible on 2026-01-31, and not before 2026-01-01.
    assert admitted(registry, carry("2001-01"), dt.date(2026, 1, 31))
    early = registry.evaluate(carry("2001-01"), "US", dt.date(2025, 12, 31)).finding("US-FMVSS-25Y")
    assert early.status is Status.NOT_LEGAL


def test_the_day_from_the_label_settles_a_january_2001_truck(registry):
    assert admitted(registry, carry("2001-01-22"))
    assert registry.evaluate(carry("2001-01-29"), "US", ASKED).status is Status.NOT_LEGAL


def test_a_year_only_2001_is_not_provable_until_2026_12_31(registry):
    verdict = registry.evaluate(carry("2001"), "US", ASKED)
    assert verdict.finding("US-FMVSS-25Y").status is Status.UNKNOWN
    assert verdict.eligible_from == dt.date(2026, 12, 31)


def test_a_first_registration_25_years_back_proves_the_age_but_only_conditionally(registry):
    truck = carry("2001", first_registered=PartialDate.parse("2001-01-10"))
    verdict = registry.evaluate(truck, "US", ASKED)
    finding = verdict.finding("US-FMVSS-25Y")
    assert finding.status is Status.CONDITIONAL
    assert finding.unconfirmed
    assert verdict.status is Status.CONDITIONAL
    assert any("registration record" in c for c in verdict.conditions)


def test_a_first_registration_alone_dates_the_truck_from_when_it_is_25_years_back(registry):
    truck = carry(None, first_registered=PartialDate.parse("2001-03"))
    finding = registry.evaluate(truck, "US", ASKED).finding("US-FMVSS-25Y")
    assert finding.status is Status.UNKNOWN
    assert finding.passes_from == dt.date(2026, 3, 31)


def test_without_any_date_the_age_is_unknown_and_says_how_to_settle_it(registry):
    finding = registry.evaluate(carry(None), "US", ASKED).finding("US-FMVSS-25Y")
    assert finding.status is Status.UNKNOWN
    assert finding.passes_from is None
    assert finding.settle


def test_the_failure_says_from_when_in_plain_words(registry):
    message = registry.evaluate(carry("2005-06"), "US", ASKED).finding("US-FMVSS-25Y").message
    assert message.startswith(
        "Not legal to import for road use until 2030-06-30: built June 2005; "
        "the 25-year exemption (49 U.S.C. 30112(b)(9)) applies from then"
    )


def test_on_takes_any_date_past_or_future(registry):
    truck = carry("2005-06-14")
    assert registry.evaluate(truck, "US", dt.date(2030, 6, 13)).status is Status.NOT_LEGAL
    assert admitted(registry, truck, dt.date(2030, 6, 14))
    assert registry.evaluate(truck, "US", dt.date(2006, 1, 1)).eligible_from == dt.date(2030, 6, 14)


def test_29_february_rolls_to_1_march_in_a_common_year(registry):
    truck = carry("2004-02-29")
    assert status_of(registry, truck, "US-FMVSS-25Y", dt.date(2029, 2, 28)) is Status.NOT_LEGAL
    assert status_of(registry, truck, "US-FMVSS-25Y", dt.date(2029, 3, 1)) is Status.LEGAL


def test_before_the_1990_regime_kei_gives_no_safety_answer(registry):
    verdict = registry.evaluate(carry("1960-05"), "US", dt.date(1989, 6, 1))
    assert verdict.status is Status.UNKNOWN
    assert verdict.finding("US-FMVSS-25Y") is None


# --- conditions of a legal import ------------------------------------------------------------


def test_a_legal_import_lists_what_must_still_be_filed(registry):
    conditions = " ".join(registry.evaluate(carry("1999-05-01"), "US", ASKED).conditions)
    assert "HS-7" in conditions and "box 1" in conditions
    assert "3520-1" in conditions and "code E" in conditions
    assert "7501" in conditions
    assert "certificate holder" in conditions


def test_papers_already_filed_are_not_asked_for_again(registry):
    truck = carry("1999-05-01", documents=["hs7", "epa_3520_1", "cbp_7501"])
    conditions = " ".join(registry.evaluate(truck, "US", ASKED).conditions)
    assert "HS-7" not in conditions
    assert "declaring code E" not in conditions
    assert "7501" not in conditions


# --- the low-speed vehicle pathway -----------------------------------------------------------


def test_a_2015_truck_governed_to_25_mph_is_still_not_legal(registry):
    truck = carry(
        "2015-04-10",
        top_speed_kmh=40,
        gvwr_kg=1100,
        equipment=["speed_governor"],
        modifications=(Modification(PartialDate.parse("2025-11"), "speed governor set to 25 mph"),),
    )
    verdict = registry.evaluate(truck, "US", ASKED)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.finding("US-LSV-DEF").status is Status.NOT_LEGAL
    conversion = verdict.finding("US-LSV-NO-CONVERSION")
    assert conversion.status is Status.NOT_LEGAL
    assert "governor" in conversion.message and "79 FR 73140" in conversion.message
    assert conversion.policy
    assert verdict.eligible_from == dt.date(2040, 4, 10)


def lsv(built: str, gvwr_kg: int = 1200, top_speed_kmh: int = 40) -> Vehicle:
    return Vehicle(
        make="Example",
        model="LSV truck",
        manufactured=PartialDate.parse(built),
        top_speed_kmh=top_speed_kmh,
        gvwr_kg=gvwr_kg,
        documents=["lsv_certification_label"],
        original_configuration=True,
    )


def test_the_1998_lsv_class_excluded_trucks(registry):
    finding = registry.evaluate(lsv("2004-05-01"), "US", ASKED).finding("US-LSV-DEF")
    assert finding.status is Status.NOT_LEGAL
    assert "excluded trucks" in finding.message


def test_the_2005_lsv_class_admitted_trucks_under_2500_lb(registry):
    assert status_of(registry, lsv("2005-11-01", gvwr_kg=1100), "US-LSV-DEF") is Status.LEGAL
    assert status_of(registry, lsv("2005-11-01", gvwr_kg=1134), "US-LSV-DEF") is Status.NOT_LEGAL


def test_the_2006_lsv_class_raised_the_limit_to_3000_lb(registry):
    assert status_of(registry, lsv("2006-07-01", gvwr_kg=1200), "US-LSV-DEF") is Status.LEGAL
    assert status_of(registry, lsv("2006-07-01", gvwr_kg=1361), "US-LSV-DEF") is Status.NOT_LEGAL


def test_the_lsv_version_is_that_of_the_build_date_not_the_date_asked(registry):
    # Built under the 2005 version (under 2,500 lb), asked in 2026 when 3,000 lb applies.
    finding = registry.evaluate(lsv("2006-01-15", gvwr_kg=1200), "US", ASKED).finding("US-LSV-DEF")
    assert finding.status is Status.NOT_LEGAL


def test_a_build_month_that_straddles_a_change_is_unknown(registry):
    finding = registry.evaluate(lsv("2006-06", gvwr_kg=1200), "US", ASKED).finding("US-LSV-DEF")
    assert finding.status is Status.UNKNOWN


def test_the_lsv_speed_band_is_over_20_and_at_most_25_mph(registry):
    assert status_of(registry, lsv("2010-01-01", top_speed_kmh=32), "US-LSV-DEF") is Status.NOT_LEGAL
    assert status_of(registry, lsv("2010-01-01", top_speed_kmh=41), "US-LSV-DEF") is Status.NOT_LEGAL


def test_a_certified_lsv_is_a_safety_pathway(registry):
    verdict = registry.evaluate(lsv("2010-01-01"), "US", ASKED)
    assert verdict.pathways["US-SAFETY"] == "US-LSV-DEF"


def test_no_lsv_pathway_before_the_class_existed(registry):
    verdict = registry.evaluate(lsv("1990-01-01"), "US", dt.date(1998, 6, 16))
    assert verdict.finding("US-LSV-DEF") is None
    assert status_of(registry, lsv("1997-01-01"), "US-LSV-DEF") is Status.NOT_LEGAL


# --- registered importer, certification, off-road --------------------------------------------


def test_the_registered_importer_route_fails_and_says_it_is_unconfirmed(registry):
    finding = registry.evaluate(carry("2015-01-01"), "US", ASKED).finding("US-FMVSS-RI")
    assert finding.status is Status.NOT_LEGAL
    assert finding.unconfirmed
    assert finding.passes_from is None


def test_an_eligibility_decision_opens_the_registered_importer_route(registry):
    truck = carry("2015-01-01", documents=["nhtsa_eligibility_decision"])
    verdict = registry.evaluate(truck, "US", ASKED)
    assert verdict.finding("US-FMVSS-RI").status is Status.CONDITIONAL
    assert verdict.pathways["US-SAFETY"] == "US-FMVSS-RI"


def test_a_kei_truck_is_not_certified_to_the_fmvss(registry):
    finding = registry.evaluate(carry("2015-01-01"), "US", ASKED).finding("US-FMVSS-CERTIFIED")
    assert finding.status is Status.NOT_LEGAL
    assert "09-001270as" in finding.message


def test_an_off_road_import_under_25_is_not_legal(registry):
    verdict = registry.evaluate(carry("2015-05", documents=["off_road_title"]), "US", ASKED)
    assert verdict.finding("US-NHTSA-OFFROAD").status is Status.NOT_LEGAL
    assert verdict.status is Status.NOT_LEGAL


@pytest.mark.parametrize("on", [ASKED, dt.date(2040, 5, 31), dt.date(2060, 1, 1)])
@pytest.mark.parametrize("built", ["1990-03", "2015-05"])
def test_an_off_road_import_never_reads_legal(registry, built, on):
    verdict = registry.evaluate(carry(built, documents=["off_road_title"]), "US", on)
    assert not verdict.status.permits_use


def test_an_old_off_road_titled_truck_needs_its_entry_papers(registry):
    verdict = registry.evaluate(carry("1990-03", documents=["off_road_title"]), "US", ASKED)
    assert verdict.status is Status.UNKNOWN
    assert any("7501" in s for s in verdict.finding("US-NHTSA-OFFROAD").settle)


def test_entered_under_box_1_but_titled_off_road_needs_only_a_road_title(registry):
    verdict = registry.evaluate(carry("1990-03", documents=["off_road_title", "hs7"]), "US", ASKED)
    assert verdict.status is Status.CONDITIONAL
    assert any("road title" in c for c in verdict.conditions)
