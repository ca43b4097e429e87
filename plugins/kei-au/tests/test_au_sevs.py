"""The SEVs route: only a model code and build date on the SEVs Register (as published 2026-08-22)
opens it, and even then the truck is only eligible to apply: conditional, never legal."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import kei_au
from kei_au import federal, sevs_register
from kei_core import PartialDate, Status, Vehicle
from kei_core.testing import make_registry

AFTER_SNAPSHOT = dt.date(2026, 11, 30)
REGISTRY = make_registry(kei_au)


def sevs(vehicle: Vehicle, on: dt.date = AFTER_SNAPSHOT):
    result = REGISTRY.evaluate(vehicle, "AU", on).finding("AU-SEVS")
    assert result is not None
    return result


def truck(code: str | None, made: str, **fields: object) -> Vehicle:
    return Vehicle(model_code=code, manufactured=PartialDate.parse(made), **fields)  # type: ignore[arg-type]


def test_a_carry_3bd_da16t_built_may_2022_is_on_the_register_and_eligible_to_apply():
    result = sevs(truck("3BD-DA16T", "2022-05", make="Suzuki", model="Carry"))
    assert result.status is Status.CONDITIONAL
    assert "SEV-000914" in result.message and "eligible to apply" in result.message
    verdict = REGISTRY.evaluate(truck("3BD-DA16T", "2022-05"), "AU", AFTER_SNAPSHOT)
    conditions = " ".join(verdict.conditions)
    assert "3BD-DA16T" in conditions  # kei strips the prefix, so the papers must show it
    assert "MRE-000861" in conditions and "MRE-000867" in conditions
    assert "Registered Automotive Workshop" in conditions


def test_the_sevs_route_stays_conditional_even_with_the_approval_in_hand():
    approved = truck("DA16T", "2022-05", documents=("import_approval",))
    result = sevs(approved)
    assert result.status is Status.CONDITIONAL
    verdict = REGISTRY.evaluate(approved, "AU", AFTER_SNAPSHOT)
    assert not any(c.startswith("Apply for") for c in verdict.conditions)


def test_a_2016_carry_built_2016_03_is_not_on_the_register_and_waits_for_25_years():
    # Audit scenario 25 (the AU row of `kei check carry2016.toml`).
    carry = truck("DA16T", "2016-03", make="Suzuki", model="Carry")
    result = sevs(carry)
    assert result.status is Status.NOT_LEGAL
    assert "not on the SEVs Register as published on 2026-08-22" in result.message
    assert "built from April 2022" in result.message
    verdict = REGISTRY.evaluate(carry, "AU", AFTER_SNAPSHOT)
    assert verdict.status is Status.NOT_LEGAL
    assert verdict.eligible_from == dt.date(2041, 3, 31)


def test_a_minicab_truck_ds16t_is_on_the_register_from_january_2021_and_not_before():
    assert sevs(truck("3BD-DS16T", "2021-01")).status is Status.CONDITIONAL
    assert sevs(truck("DS16T", "2020-12")).status is Status.NOT_LEGAL


def test_a_frame_number_gives_the_model_code():
    assert sevs(Vehicle(frame_number="DR16T-512345", manufactured=PartialDate.parse("2023-02"))).status is (
        Status.CONDITIONAL
    )


def test_a_build_year_straddling_the_start_of_an_entry_is_unknown():
    result = sevs(truck("DA16T", "2022"))
    assert result.status is Status.UNKNOWN
    assert "month of manufacture" in result.settle[0]


def test_without_a_model_code_it_says_what_would_settle_it():
    result = sevs(truck(None, "2022-05"))
    assert result.status is Status.UNKNOWN
    assert "model_code" in result.settle[0]


def test_before_the_snapshot_kei_cannot_tell_what_the_register_held():
    on = dt.date(2026, 1, 22)
    listed = sevs(truck("DA16T", "2022-05"), on)
    assert listed.status is Status.UNKNOWN and listed.passes_from == sevs_register.AS_OF
    assert sevs(truck("DA16T", "2016-03"), on).status is Status.UNKNOWN


def test_after_an_entry_expires_kei_cannot_tell_whether_it_was_renewed():
    carry = truck("DA16T", "2022-05")
    assert sevs(carry, dt.date(2028, 8, 4)).status is Status.CONDITIONAL
    assert sevs(carry, dt.date(2028, 8, 5)).status is Status.UNKNOWN


def test_the_register_has_the_s510p_hijet_only_as_jp_stars_camper():
    assert sevs(truck("S510P", "2020-06", make="Daihatsu", model="Hijet Truck")).status is Status.NOT_LEGAL
    camper = truck("S510P", "2020-06", make="JP Star Daihatsu", model="Hijet Happy +1")
    assert sevs(camper).status is Status.CONDITIONAL


def test_a_carry_built_after_every_model_report_needs_one_approved_first():
    verdict = REGISTRY.evaluate(truck("DA16T", "2026-01"), "AU", AFTER_SNAPSHOT)
    assert verdict.finding("AU-SEVS").status is Status.CONDITIONAL  # type: ignore[union-attr]
    assert any("none covering a truck built January 2026" in c for c in verdict.conditions)


def test_the_rule_dates_its_data_by_the_snapshot_and_cites_every_entry_page():
    rule = next(r for r in kei_au.kei_rules() if getattr(r, "id", "") == "AU-SEVS")
    assert rule.source_as_of == dt.date(2026, 8, 22)
    entries = sevs_register.register().entries
    assert len(entries) == 13
    assert all(entry.page in rule.sources for entry in entries)
    assert all(entry.page.startswith("https://www.rover.infrastructure.gov.au/") for entry in entries)


def test_the_register_data_reads_as_the_register_writes_it():
    carry = sevs_register.entries_for("DA16T")
    assert [entry.number for entry in carry] == ["SEV-000914"]
    assert carry[0].window.first == dt.date(2022, 4, 1) and carry[0].window.last is None
    assert carry[0].expires == dt.date(2028, 8, 4)
    miev = sevs_register.entries_for("U68T")[0]
    assert miev.window.last == dt.date(2017, 12, 31)


codes = st.sampled_from(["DA16T", "DS16T", "S510U", "DR16T", "U68T", "S510P", "DA63T", "HA9", "JJ1"])
builds = st.builds(
    lambda day, precision: PartialDate.parse(
        day.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
    ),
    st.dates(dt.date(2008, 1, 1), dt.date(2026, 8, 1)),
    st.sampled_from(["day", "month", "year"]),
)
asked = st.dates(dt.date(2021, 7, 1), dt.date(2035, 12, 31))
papers = st.sets(st.sampled_from(["import_approval", "export_certificate", "compliance_plate"]))


@given(code=codes, built=builds, on=asked, documents=papers)
def test_the_sevs_route_is_never_legal(code, built, on, documents):
    vehicle = Vehicle(model_code=code, manufactured=built, documents=documents)
    assert federal.specialist_and_enthusiast(vehicle, on).status is not Status.LEGAL


@given(code=codes, built=builds, on=asked)
def test_a_truck_off_the_snapshot_never_passes_through_sevs(code, built, on):
    vehicle = Vehicle(model_code=code, manufactured=built)
    on_it = any(entry.window.holds(built) is not False for entry in sevs_register.entries_for(code))
    if not on_it:
        assert federal.specialist_and_enthusiast(vehicle, on).status in (Status.NOT_LEGAL, Status.UNKNOWN)
