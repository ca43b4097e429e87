"""The state kit: statute limits compared exactly, restrictions with stable kinds, every
registration outcome, and the policy flag's wording."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import (
    RESTRICTIONS,
    Measure,
    Outcome,
    PartialDate,
    Period,
    RuleKind,
    Status,
    Vehicle,
    failed,
    passed,
    unknown,
)
from kei_us.state_kit import (
    HIGHWAY_TYPES,
    ROAD_CLASSES,
    ROAD_TYPES,
    AnyOf,
    FactVerdict,
    Limit,
    MiniTruckDefinition,
    Registration,
    RegistrationOutcome,
    RequiredEquipment,
    RoadAccess,
    RoadClass,
    WeightBasis,
    state_plugin,
    state_rules,
)

ON = dt.date(2026, 11, 25)
SINCE_2010 = Period("2010-08-15")
LAW: dict[str, Any] = {
    "citation": "Test Code § 1",
    "source": "https://example.org/law",
    "reviewed_on": "2026-11-25",
}


def vehicle(**fields: Any) -> Vehicle:
    """A vehicle from keyword fields (sets of names included)."""
    return Vehicle(**fields)


def definition(**limits: object) -> MiniTruckDefinition:
    return MiniTruckDefinition(term="mini-truck", **limits, **LAW)  # type: ignore[arg-type]


# -- exact limits ------------------------------------------------------------------------------


def test_54_inches_admits_1371_6_mm_and_not_1371_7() -> None:
    width = definition(width=Limit.at_most("54 in"))
    assert width.check(Vehicle(width_mm=Decimal("1371.6")), ON).status is Status.LEGAL
    too_wide = width.check(Vehicle(width_mm=Decimal("1371.7")), ON)
    assert too_wide.status is Status.NOT_LEGAL
    assert "1,371.7 mm" in too_wide.message and "54 in" in too_wide.message


def test_a_width_written_in_inches_in_the_vehicle_file_is_exactly_the_limit() -> None:
    width = definition(width=Limit.at_most("54 in"))
    vehicle = Vehicle(width_mm=Measure.parse("54 in").si)
    assert width.check(vehicle, ON).status is Status.LEGAL


def test_minimums_fail_below_and_pass_at_the_figure() -> None:
    al = definition(
        width=Limit.at_least("48 in"), weight=Limit.at_least("1,500 lb"), weight_basis=WeightBasis.UNLADEN
    )
    at_limit = Vehicle(width_mm=Decimal("1219.2"), curb_weight_kg=Decimal("680.388555"))
    assert al.check(at_limit, ON).status is Status.LEGAL
    light = Vehicle(width_mm=Decimal("1219.2"), curb_weight_kg=Decimal("680.388554"))
    assert al.check(light, ON).status is Status.NOT_LEGAL


def test_can_exceed_40_mph_is_a_strict_minimum() -> None:
    ks = definition(top_speed=Limit.more_than("40 mph"))
    assert ks.check(Vehicle(top_speed_kmh=Decimal("64.37376")), ON).status is Status.NOT_LEGAL
    assert ks.check(Vehicle(top_speed_kmh=Decimal("64.38")), ON).status is Status.LEGAL


def test_a_25_mph_governor_limit_fails_an_unmodified_kei_truck() -> None:
    al = definition(top_speed=Limit.at_most("25 mph"))
    outcome = al.check(Vehicle(top_speed_kmh=Decimal(110)), ON)
    assert outcome.status is Status.NOT_LEGAL
    # As people write it (audit F9): 25 mph is 40.2336 km/h, printed "40 km/h".
    assert "top speed 110 km/h is not at most 25 mph (40 km/h)" in outcome.message


def test_figures_keep_the_places_the_comparison_needs() -> None:
    al = definition(top_speed=Limit.at_most("25 mph"))
    # 40.24 km/h is just over 25 mph (40.2336 km/h): in whole km/h both read "40", so places are
    # added until the printed figures differ as the exact ones do.
    just_over = al.check(Vehicle(top_speed_kmh=Decimal("40.24")), ON)
    assert just_over.status is Status.NOT_LEGAL
    assert "top speed 40.24 km/h is not at most 25 mph (40.23 km/h)" in just_over.message
    weight = definition(weight=Limit.at_least("1,500 lb"), weight_basis=WeightBasis.UNLADEN)
    light = weight.check(Vehicle(curb_weight_kg=Decimal(680)), ON)
    assert "680 kg is not at least 1,500 lb (680.4 kg)" in light.message


@given(
    speed=st.decimals(min_value=1, max_value=200, places=4),
    bound=st.sampled_from(["25 mph", "30 mph", "40 mph", "55 mph"]),
)
def test_rounded_figures_never_contradict_the_verdict(speed: Decimal, bound: str) -> None:
    """Whatever the rounding, the printed figures compare as the exact ones do."""
    outcome = definition(top_speed=Limit.at_most(bound)).check(Vehicle(top_speed_kmh=speed), ON)
    shown = outcome.message.split("top speed ")[1]
    value = Decimal(shown.split(" km/h")[0].replace(",", ""))
    limit = Decimal(shown.split("(")[1].split(" km/h")[0].replace(",", ""))
    assert (value <= limit) is (outcome.status is Status.LEGAL)


def test_engine_or_electric_motor_is_the_statutes_or() -> None:
    mn = definition(engine=Limit.at_most("660 cc"), electric_power=Limit.at_most("7,500 W"))
    assert mn.check(Vehicle(fuel="petrol", displacement_cc=Decimal(660)), ON).status is Status.LEGAL
    assert mn.check(Vehicle(fuel="petrol", displacement_cc=Decimal(661)), ON).status is Status.NOT_LEGAL
    assert mn.check(Vehicle(fuel="electric", power_kw=Decimal("7.5")), ON).status is Status.LEGAL
    assert mn.check(Vehicle(fuel="electric", power_kw=Decimal("7.6")), ON).status is Status.NOT_LEGAL


def test_an_electric_truck_is_outside_a_class_defined_by_displacement_only() -> None:
    co_like = definition(engine=Limit.at_most("1,000 cc"))
    assert co_like.check(Vehicle(fuel="electric", power_kw=Decimal(20)), ON).status is Status.NOT_LEGAL


def test_missing_figures_are_unknown_and_named() -> None:
    outcome = definition(width=Limit.at_most("67 in"), length=Limit.at_most("140 in")).check(Vehicle(), ON)
    assert outcome.status is Status.UNKNOWN
    assert "width_mm" in outcome.message and "length_mm" in outcome.message
    assert "give width_mm" in outcome.settle


def test_a_failing_figure_decides_even_when_others_are_missing() -> None:
    outcome = definition(width=Limit.at_most("67 in"), length=Limit.at_most("140 in")).check(
        Vehicle(width_mm=Decimal(1800)), ON
    )
    assert outcome.status is Status.NOT_LEGAL


def test_gross_weight_reads_the_gvwr() -> None:
    gross = definition(weight=Limit.less_than("3,000 lb"), weight_basis=WeightBasis.GROSS)
    assert (
        gross.check(Vehicle(gvwr_kg=Decimal(1100), curb_weight_kg=Decimal(2000)), ON).status is Status.LEGAL
    )
    assert gross.check(Vehicle(curb_weight_kg=Decimal(700)), ON).status is Status.UNKNOWN


def test_a_dry_weight_maximum_is_decided_by_the_curb_weight() -> None:
    dry_max = definition(weight=Limit.at_most("2,200 lb"), weight_basis=WeightBasis.DRY)
    assert dry_max.check(Vehicle(curb_weight_kg=Decimal(700)), ON).status is Status.LEGAL
    heavy = dry_max.check(Vehicle(curb_weight_kg=Decimal(1100)), ON)
    assert heavy.status is Status.CONDITIONAL  # the dry weight may still be under 2,200 lb
    assert any("dry weight" in c for c in heavy.conditions)


def test_a_dry_weight_minimum_fails_only_when_even_the_curb_weight_is_under_it() -> None:
    dry_range = definition(weight=Limit.between("900 lb", "2,200 lb"), weight_basis=WeightBasis.DRY)
    assert dry_range.check(Vehicle(curb_weight_kg=Decimal(400)), ON).status is Status.NOT_LEGAL
    typical = dry_range.check(Vehicle(curb_weight_kg=Decimal(700)), ON)
    assert typical.status is Status.CONDITIONAL
    assert any("900 lb to 2,200 lb" in c for c in typical.conditions)


def test_wheels_and_features_kei_cannot_see_are_conditions() -> None:
    la = definition(wheels=4, features=("it is a reduced dimension truck",))
    outcome = la.check(Vehicle(), ON)
    assert outcome.status is Status.CONDITIONAL
    assert outcome.conditions == (
        "it has 4 wheels (Test Code § 1)",
        "it is a reduced dimension truck (Test Code § 1)",
    )


def test_every_condition_is_a_whole_sentence() -> None:
    # PennDOT's "used or maintained primarily for the transportation of property" once printed
    # as "it has is used or maintained ..." (audit F9).
    pa = definition(features=("it is used or maintained primarily for the transportation of property",))
    assert pa.check(Vehicle(), ON).conditions == (
        "it is used or maintained primarily for the transportation of property (Test Code § 1)",
    )
    noun = definition(features=("a fully enclosed metal cab",))
    assert noun.check(Vehicle(), ON).conditions == ("it has a fully enclosed metal cab (Test Code § 1)",)
    with pytest.raises(ValueError, match="whole sentence"):
        definition(features=("is used or maintained primarily for the transportation of property",))


def test_equipment_named_in_the_definition_is_part_of_the_class() -> None:
    al = definition(required_equipment={"speed_governor"})
    without = al.check(Vehicle(), ON)
    assert without.status is Status.CONDITIONAL
    assert any("speed governor" in c for c in without.conditions)
    assert al.check(vehicle(equipment={"speed_governor"}), ON).status is Status.LEGAL


def test_fmvss_certified_vehicles_are_outside_a_non_fmvss_class() -> None:
    mn = definition(not_fmvss_certified=True)
    assert mn.check(vehicle(documents={"lsv_certification_label"}), ON).status is Status.NOT_LEGAL
    assert mn.check(Vehicle(), ON).status is Status.LEGAL


def test_limits_must_measure_the_right_thing() -> None:
    with pytest.raises(ValueError, match="width"):
        definition(width=Limit.at_most("660 cc"))
    with pytest.raises(ValueError, match="weight_basis"):
        definition(weight=Limit.at_most("2,200 lb"))
    with pytest.raises(ValueError, match="equipment name"):
        definition(required_equipment={"flux_capacitor"})


# -- the kei class, decided by kei-jp ----------------------------------------------------------


def fake_kei_class_test(vehicle: Vehicle) -> Outcome:
    """A stand-in for kei-jp's public ``kei_class_test``: within the class when 660 cc or less."""
    if vehicle.displacement_cc is None:
        return unknown("needs displacement_cc", settle=["give displacement_cc"])
    if vehicle.displacement_cc <= 660:
        return passed("within the 1998 kei class")
    return failed(f"{vehicle.displacement_cc} cc is over the 660 cc of the kei class")


def test_a_class_defined_by_the_kei_class_asks_the_test_it_is_given() -> None:
    pa = definition(kei_class=fake_kei_class_test, height=Limit.at_most("78 in"))
    assert pa.check(Vehicle(displacement_cc=Decimal(657), height_mm=Decimal(1765)), ON).status is Status.LEGAL
    over = pa.check(Vehicle(displacement_cc=Decimal(1000), height_mm=Decimal(1765)), ON)
    assert over.status is Status.NOT_LEGAL and "kei class" in over.message
    assert pa.check(Vehicle(height_mm=Decimal(1765)), ON).status is Status.UNKNOWN


def test_the_kei_class_is_kei_jps_test_not_a_flag() -> None:
    # The kit never imports kei-jp behind the state's back: a state that defines its class by
    # the kei class imports kei_jp.kei_class_test and depends on kei-jp.
    with pytest.raises(TypeError, match="kei_class_test"):
        definition(kei_class=True)


# -- equipment (the block itself is the core's: kei_core.RequiredEquipment) ------------------------


LA_LIKE = RequiredEquipment(
    ["headlamps", "exterior_mirror_driver", AnyOf("exterior_mirror_passenger", "interior_mirror")], **LAW
)


def test_the_kit_hands_on_the_cores_equipment_block() -> None:
    import kei_core

    assert RequiredEquipment is kei_core.RequiredEquipment and AnyOf is kei_core.AnyOf
    assert Limit is kei_core.Limit


# -- road access -------------------------------------------------------------------------------


def kinds(outcome: Outcome) -> dict[str, object]:
    return {r.kind: r.value for r in outcome.restrictions}


def test_55_mph_roads_without_interstates_or_controlled_access() -> None:
    roads = RoadAccess(max_posted_mph=55, closed={"interstate", "controlled_access"}, **LAW)
    outcome = roads.check(Vehicle(), ON)
    assert outcome.status is Status.LEGAL
    assert kinds(outcome) == {
        "max_posted_speed_mph": 55,
        "excluded_highways": ("interstate", "controlled_access"),
    }
    assert "; ".join(r.text for r in outcome.restrictions) == (
        "roads posted 55 mph or less; no interstates or controlled-access highways"
    )


def test_other_closed_roads_follow_the_access_controlled_highways() -> None:
    la = RoadAccess(max_posted_mph=55, closed={"interstate", "controlled_access", "multilane_divided"}, **LAW)
    outcome = la.check(Vehicle(), ON)
    assert kinds(outcome)["excluded_roads"] == ("multilane_divided",)
    assert "; ".join(r.text for r in outcome.restrictions) == (
        "roads posted 55 mph or less; no interstates or controlled-access highways; "
        "no multi-lane divided highways with partial or no control of access"
    )


def test_crossing_daylight_and_opt_out_are_restrictions() -> None:
    roads = RoadAccess(
        max_posted_mph=35,
        cross_at="controlled_intersection",
        cross_max_posted_mph=45,
        local_opt_out=True,
        daylight_only=True,
        **LAW,
    )
    outcome = roads.check(Vehicle(), ON)
    assert kinds(outcome) == {
        "max_posted_speed_mph": 35,
        "crossing": "controlled_intersection",
        "local_opt_out": True,
        "daylight_only": True,
    }
    assert any("posted 45 mph or less" in r.text for r in outcome.restrictions)


def test_a_local_permit_is_a_condition_until_the_permit_is_shown() -> None:
    roads = RoadAccess(local_permit=True, **LAW)
    without = roads.check(Vehicle(), ON)
    assert without.status is Status.CONDITIONAL
    assert kinds(without) == {"designated_roads_only": True}
    assert any("permit" in c for c in without.conditions)
    assert roads.check(vehicle(documents={"local_permit"}), ON).status is Status.LEGAL


def test_driver_conditions_make_road_use_conditional() -> None:
    roads = RoadAccess(
        closed={"interstate"}, conditions=("its driver holds a valid driver's license",), **LAW
    )
    outcome = roads.check(Vehicle(), ON)
    assert outcome.status is Status.CONDITIONAL
    assert outcome.conditions == ("its driver holds a valid driver's license (Test Code § 1)",)


def test_the_road_rule_speaks_of_the_law_not_of_permission_for_this_truck() -> None:
    # Whether this truck may be driven at all is the verdict's answer; the road rule only says
    # where a mini truck may go (audit F7: no "may be driven" beside an unknown answer).
    message = RoadAccess(max_posted_mph=55, closed={"interstate"}, **LAW).check(Vehicle(), ON).message
    assert message == (
        "Under Test Code § 1, a mini truck keeps to these roads: roads posted 55 mph or less; no interstates."
    )
    assert "may be driven" not in message


def test_unknown_crossing_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        RoadAccess(cross_at="roundabout", **LAW)


def test_road_classes_are_names_from_the_vocabulary_and_a_typo_is_refused_with_a_suggestion() -> None:
    with pytest.raises(ValueError, match="did you mean 'interstate'"):
        RoadAccess(closed={"interstates"}, **LAW)
    assert set(ROAD_CLASSES) == set(HIGHWAY_TYPES) | set(ROAD_TYPES)
    assert all(road.restriction in RESTRICTIONS for road in ROAD_CLASSES.values())


def test_a_new_road_class_is_one_more_line_of_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(ROAD_CLASSES, "toll_road", RoadClass("toll roads"))
    outcome = RoadAccess(closed={"interstate", "toll_road"}, **LAW).check(Vehicle(), ON)
    assert kinds(outcome) == {"excluded_highways": ("interstate",), "excluded_roads": ("toll_road",)}
    assert "no toll roads" in outcome.message


def test_the_old_road_flags_still_work_for_a_release_and_say_what_to_write_instead() -> None:
    with pytest.warns(DeprecationWarning, match=r"closed=\{'interstate', 'controlled_access'\}"):
        old = RoadAccess(max_posted_mph=55, interstate=False, controlled_access=False, **LAW)
    new = RoadAccess(max_posted_mph=55, closed={"interstate", "controlled_access"}, **LAW)
    assert old.closed == new.closed
    assert old.restrictions() == new.restrictions()
    with pytest.raises(ValueError, match="contradicts"), pytest.warns(DeprecationWarning):
        RoadAccess(closed={"interstate"}, interstate=True, **LAW)


# -- registration ------------------------------------------------------------------------------


def registration(outcome: RegistrationOutcome, **details: object) -> Registration:
    return Registration(outcome=outcome, **details, **LAW)  # type: ignore[arg-type]


def test_regular_registration_is_paperwork() -> None:
    outcome = registration(RegistrationOutcome.REGULAR).check(Vehicle(), ON)
    assert outcome.status is Status.CONDITIONAL and outcome.conditions


def test_mini_truck_class_carries_its_plate_marking() -> None:
    al = registration(
        RegistrationOutcome.MINI_TRUCK_CLASS,
        how="register it as a mini-truck",
        plate_marking="restricted low speed use",
    )
    outcome = al.check(Vehicle(), ON)
    assert outcome.status is Status.CONDITIONAL
    assert kinds(outcome) == {"plate_marking": "restricted low speed use"}
    assert outcome.conditions == ("register it as a mini-truck (Test Code § 1)",)


def test_off_road_title_only_and_not_registrable_fail_for_good() -> None:
    for kind in (RegistrationOutcome.OFF_ROAD_TITLE_ONLY, RegistrationOutcome.NOT_REGISTRABLE):
        outcome = registration(kind).check(Vehicle(), ON)
        assert outcome.status is Status.NOT_LEGAL
        assert outcome.passes_from is None


def test_farm_or_antique_only_limits_the_use() -> None:
    outcome = registration(RegistrationOutcome.FARM_OR_ANTIQUE_ONLY, limited_use=("farm", "antique")).check(
        Vehicle(), ON
    )
    assert outcome.status is Status.CONDITIONAL
    assert kinds(outcome) == {"limited_use": ("farm", "antique")}


def test_grandfathered_registrations_renew_but_do_not_transfer() -> None:
    ri = registration(RegistrationOutcome.GRANDFATHERED, grandfathered_before="2024-06-01")
    new = ri.check(Vehicle(), ON)
    assert new.status is Status.NOT_LEGAL and "2024-06-01" in new.message
    held = ri.check(vehicle(documents={"state_registration"}), ON)
    assert held.status is Status.CONDITIONAL
    assert kinds(held) == {"not_transferable": True}


def test_unsettled_registration_waits_for_the_new_law() -> None:
    co = registration(RegistrationOutcome.UNSETTLED, changes_on="2027-07-01")
    outcome = co.check(Vehicle(), ON)
    assert outcome.status is Status.UNKNOWN
    assert outcome.passes_from == dt.date(2027, 7, 1)


def test_registration_details_must_fit_the_outcome() -> None:
    with pytest.raises(ValueError):
        registration(RegistrationOutcome.GRANDFATHERED)
    with pytest.raises(ValueError):
        registration(RegistrationOutcome.REGULAR, plate_marking="x")
    with pytest.raises(ValueError):
        registration(RegistrationOutcome.FARM_OR_ANTIQUE_ONLY)


# -- rules -------------------------------------------------------------------------------------


def test_state_rules_name_each_part_and_share_the_period() -> None:
    rules = state_rules(
        "US-ZZ",
        definition(width=Limit.at_most("54 in")),
        RoadAccess(max_posted_mph=55, **LAW),
        LA_LIKE,
        registration(RegistrationOutcome.MINI_TRUCK_CLASS, id="US-ZZ-MINI-TRUCK-PLATE"),
        in_force=Period("2027-07-01"),
    )
    assert [r.id for r in rules] == [
        "US-ZZ-DEFINITION",
        "US-ZZ-ROADS",
        "US-ZZ-EQUIPMENT",
        "US-ZZ-MINI-TRUCK-PLATE",
    ]
    assert all(r.jurisdiction == "US-ZZ" and r.kind is RuleKind.REQUIREMENT for r in rules)
    assert all(not r.in_force_on(dt.date(2027, 6, 30)) and r.in_force_on(dt.date(2027, 7, 1)) for r in rules)
    assert all(r.citation == "Test Code § 1" and r.source and r.statement for r in rules)
    assert "54 in" in rules[0].statement


def test_a_state_rule_must_say_from_when_it_applies() -> None:
    with pytest.raises(ValueError, match="in_force=Period"):
        state_rules("US-ZZ", RoadAccess(max_posted_mph=55, **LAW))


def test_a_policy_rule_is_flagged_and_its_message_is_the_laws_own_sentence() -> None:
    # Finding.policy is the flag; the renderer says once that it may change without a new law.
    (rule,) = state_rules(
        "US-ZZ", registration(RegistrationOutcome.NOT_REGISTRABLE, policy=True), in_force=SINCE_2010
    )
    assert rule.policy
    assert rule.check is not None
    message = rule.check(Vehicle(manufactured=PartialDate(1996)), ON).message
    assert message == "It can be neither titled nor registered (Test Code § 1)."


def test_a_statute_rule_is_not_flagged_as_policy() -> None:
    (rule,) = state_rules("US-ZZ", registration(RegistrationOutcome.NOT_REGISTRABLE), in_force=SINCE_2010)
    assert not rule.policy


def test_unconfirmed_blocks_make_unconfirmed_rules() -> None:
    (rule,) = state_rules(
        "US-ZZ", RoadAccess(max_posted_mph=55, unconfirmed=True, **LAW), in_force=SINCE_2010
    )
    assert rule.unconfirmed


# -- the definition decides as facts, then says them --------------------------------------------


def test_a_definition_decides_as_facts_axis_value_limit_verdict() -> None:
    al = definition(width=Limit.at_least("48 in"), top_speed=Limit.at_most("25 mph"), wheels=4)
    facts = al.facts(Vehicle(width_mm=Decimal(1395), top_speed_kmh=Decimal(110)))
    figures = {fact.axis: fact for fact in facts if fact.value is not None}
    assert figures["width"].verdict is FactVerdict.FITS
    assert figures["width"].limit == Limit.at_least("48 in")
    assert figures["top speed"].verdict is FactVerdict.FAILS
    assert figures["top speed"].value == Decimal(110)
    assert figures["top speed"].field == "top_speed_kmh"
    assert [fact.axis for fact in facts if fact.verdict is FactVerdict.TO_CONFIRM] == ["wheels"]
    # The sentence is built from the facts, in one place.
    assert al.outcome(facts) == al.check(Vehicle(width_mm=Decimal(1395), top_speed_kmh=Decimal(110)), ON)
    assert al.outcome(facts).message == (
        "It is not a 'mini-truck' under Test Code § 1: top speed 110 km/h is not at most 25 mph (40 km/h)."
    )


def test_a_missing_figure_is_a_fact_that_names_the_field() -> None:
    (fact,) = definition(length=Limit.at_most("140 in")).facts(Vehicle())
    assert (fact.axis, fact.verdict, fact.field) == ("length", FactVerdict.MISSING, "length_mm")


def test_a_definition_scopes_the_provisions_that_speak_of_its_class_only() -> None:
    pa = definition(engine=Limit.at_most("660 cc"))
    scope = pa.scope(ask="the test office")
    refuse = scope.guard(lambda vehicle, on: failed("No registrations."))
    outside = refuse(Vehicle(fuel="petrol", displacement_cc=Decimal(1300)), ON)
    assert outside.status is Status.UNKNOWN
    assert "Only a 'mini-truck' falls under Test Code § 1" in outside.message
    assert refuse(Vehicle(fuel="petrol", displacement_cc=Decimal(657)), ON).status is Status.NOT_LEGAL


# -- a practice the outcomes do not describe ------------------------------------------------------


def test_a_state_declares_its_own_registration_practice_with_custom() -> None:
    def only_before_2024(vehicle: Vehicle, on: dt.date) -> Outcome:
        if "state_registration" in vehicle.documents:
            return passed("Registrations issued before 2024 are renewed.")
        return failed("No new registrations since 2024.")

    custom = Registration.custom(
        only_before_2024, how="Only registrations issued before 2024 are renewed.", policy=True, **LAW
    )
    assert custom.outcome is RegistrationOutcome.CUSTOM
    assert custom.statement() == "Only registrations issued before 2024 are renewed. (Test Code § 1)"
    (rule,) = state_rules("US-ZZ", custom, in_force=SINCE_2010)
    assert rule.id == "US-ZZ-REGISTRATION" and rule.policy and rule.check is not None
    assert rule.check(Vehicle(), ON).status is Status.NOT_LEGAL
    assert rule.check(vehicle(documents={"state_registration"}), ON).status is Status.LEGAL
    with pytest.raises(ValueError, match="decide"):
        registration(RegistrationOutcome.CUSTOM, how="x")
    with pytest.raises(ValueError, match="how="):
        Registration.custom(only_before_2024, how="", **LAW)


# -- the plugin, declared ---------------------------------------------------------------------------


def test_a_state_plugin_is_one_declaration() -> None:
    plugin = state_plugin("US-ZZ", "Test State", rules="kei_us.sources:NOTHING")
    (jurisdiction,) = plugin.kei_jurisdictions()
    assert (jurisdiction.code, jurisdiction.name, jurisdiction.parent) == ("US-ZZ", "Test State", "US")
    assert jurisdiction.registers
    assert plugin.name == "us-zz" and plugin.rules == ("kei_us.sources:NOTHING",)
    with pytest.raises(ValueError, match="begins 'US-'"):
        state_plugin("CA-BC", "British Columbia", rules="x:RULES")
