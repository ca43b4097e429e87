"""Properties of the state kit's parts for the 2026-11 states: floors and ranges, top speeds, work
use, the local option, distance, emissions certificates, special plates and
collector plates. Each reads as the law it serves."""

from __future__ import annotations

import datetime as dt
import types
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kei_us
from kei_core import (
    AgeThreshold,
    Granularity,
    Jurisdiction,
    Limit,
    Measure,
    PartialDate,
    Period,
    Requirement,
    RuleKind,
    Status,
    Vehicle,
    hookimpl,
)
from kei_core.testing import check_conformance, make_registry
from kei_us.state_kit import (
    MAX_DISTANCE_MILES,
    STATEWIDE,
    CollectorPlate,
    DistanceLimit,
    EmissionsCertificate,
    LimitedUse,
    LocalOption,
    LocalOrdinance,
    MiniTruckDefinition,
    RoadAccess,
    SpecialClassRegistration,
    WeightBasis,
    local_rules,
    pathways,
    state_rules,
)

ON = dt.date(2026, 12, 1)
LAW: dict[str, Any] = {
    "citation": "Test Code § 1",
    "source": "https://example.org/law",
    "reviewed_on": "2026-12-01",
}
ONE_MM = Decimal("0.1")
"""Below a floor by this much or more (kei's figures are to a tenth of a millimetre at most)."""

asked = st.dates(dt.date(1990, 1, 1), dt.date(2075, 12, 31))
built = st.builds(
    PartialDate,
    st.integers(1960, 2045),
    st.one_of(st.none(), st.integers(1, 12)),
)


@st.composite
def vehicles(draw: st.DrawFn) -> Vehicle:
    return Vehicle(
        manufactured=draw(st.one_of(st.none(), built)),
        displacement_cc=draw(st.one_of(st.none(), st.decimals(400, 1500, places=0))),
        width_mm=draw(st.one_of(st.none(), st.decimals(1200, 1800, places=1))),
        top_speed_kmh=draw(st.one_of(st.none(), st.decimals(30, 160, places=1))),
        original_configuration=draw(st.one_of(st.none(), st.booleans())),
        documents=draw(st.frozensets(st.sampled_from(["fmvss_certification_label", "farm_use_declaration"]))),
    )


# -- minimums and ranges (Arkansas, Kansas) ----------------------------------------------------


@given(inches=st.integers(30, 200), below=st.decimals(ONE_MM, 500, places=1))
def test_one_unit_below_a_floor_never_passes_and_the_floor_itself_does(inches: int, below: Decimal) -> None:
    # Ark. Code § 27-14-726: "at least forty-eight inches (48") in width".
    floor = MiniTruckDefinition(term="mini-truck", width=Limit.at_least(f"{inches} in"), **LAW)
    at = Measure.parse(f"{inches} in").si
    assert floor.check(Vehicle(width_mm=at - below), ON).status is Status.NOT_LEGAL
    assert floor.check(Vehicle(width_mm=at), ON).status is Status.LEGAL


@given(pounds=st.integers(1000, 4000), below=st.decimals(ONE_MM, 300, places=1))
def test_more_than_a_weight_fails_at_the_figure_and_below_it(pounds: int, below: Decimal) -> None:
    # K.S.A. 8-126: "an unladen weight, including fuel and fluids, of more than 1,500 pounds".
    floor = MiniTruckDefinition(
        term="micro utility truck",
        weight=Limit.more_than(f"{pounds} lb"),
        weight_basis=WeightBasis.UNLADEN,
        **LAW,
    )
    at = Measure.parse(f"{pounds} lb").si
    assert floor.check(Vehicle(curb_weight_kg=at), ON).status is Status.NOT_LEGAL
    assert floor.check(Vehicle(curb_weight_kg=at - below), ON).status is Status.NOT_LEGAL
    assert floor.check(Vehicle(curb_weight_kg=at + below), ON).status is Status.LEGAL


@given(value=st.decimals(1000, 1800, places=1))
def test_a_range_passes_exactly_between_its_ends(value: Decimal) -> None:
    # Ark. Code § 27-14-726: at least 48 in wide; not more than 135 in long (a floor and a ceiling).
    both = MiniTruckDefinition(term="mini-truck", width=Limit.between("48 in", "60 in"), **LAW)
    inside = Measure.parse("48 in").si <= value <= Measure.parse("60 in").si
    assert (both.check(Vehicle(width_mm=value), ON).status is Status.LEGAL) is inside


# -- top speeds (North Dakota, Indiana, Kansas) ------------------------------------------------


@given(kmh=st.decimals(20, 200, places=1))
def test_capable_of_more_than_65_mph_is_never_met_at_or_below_65(kmh: Decimal) -> None:
    # N.D.C.C. § 39-29.2-01: "capable of speeds in excess of sixty-five miles ... per hour".
    fast = MiniTruckDefinition(term="unconventional vehicle", top_speed=Limit.more_than("65 mph"), **LAW)
    found = fast.check(Vehicle(top_speed_kmh=kmh), ON).status
    assert (found is Status.LEGAL) is (kmh > Measure.parse("65 mph").si)
    assert fast.check(Vehicle(top_speed_kmh=Measure.parse("65 mph").si), ON).status is Status.NOT_LEGAL


@given(kmh=st.decimals(20, 200, places=1))
def test_a_top_speed_of_not_more_than_60_mph_fails_every_faster_truck(kmh: Decimal) -> None:
    # IC 9-13-2-103.1(4): "can achieve a top speed of not more than sixty (60) miles per hour".
    slow = MiniTruckDefinition(term="mini-truck", top_speed=Limit.at_most("60 mph"), **LAW)
    assert (slow.check(Vehicle(top_speed_kmh=kmh), ON).status is Status.LEGAL) is (
        kmh <= Measure.parse("60 mph").si
    )


# -- a use limited to some work (Arkansas, Kentucky, Ohio) -------------------------------------


@given(
    vehicle=vehicles(),
    on=asked,
    uses=st.lists(st.sampled_from(["farm", "construction", "snow_removal"]), min_size=1, unique=True),
)
def test_limited_use_always_restricts_to_its_uses(vehicle: Vehicle, on: dt.date, uses: list[str]) -> None:
    found = LimitedUse(uses=uses, **LAW).check(vehicle, on)
    assert found.status.permits_use
    assert [(r.kind, r.value) for r in found.restrictions] == [("limited_use", tuple(uses))]


def test_a_farm_use_declaration_meets_the_farm_use_condition_but_not_the_restriction() -> None:
    farm = LimitedUse(uses=("farm",), **LAW)
    assert farm.check(Vehicle(), ON).conditions == (
        "it is used only for farm or agricultural work (Test Code § 1)",
    )
    declared = farm.check(Vehicle(documents=frozenset({"farm_use_declaration"})), ON)
    assert declared.conditions == () and declared.restrictions == (farm.restriction(),)


def test_an_unknown_use_is_refused_with_the_table_to_extend() -> None:
    with pytest.raises(ValueError, match="USE_WORDS"):
        LimitedUse(uses=("ranching",), **LAW)


# -- the local option (Ohio, Kentucky, Kansas) -------------------------------------------------

OPTION = LocalOption(
    id="XS-LOCAL-ORDINANCE",
    who="a city or county",
    ask="the city or county whether an ordinance allows it",
    **LAW,
)
ORDINANCE = LocalOrdinance(
    option=OPTION,
    locality="XS-CIT",
    state="XS",
    place="City",
    roads=RoadAccess(max_posted_mph=35, cross_at="intersection", **LAW),
    conditions=("the police inspect it first",),
    **LAW,
)


def _plugin(name: str, owned: list[Jurisdiction], rules: list[Any]) -> types.ModuleType:
    """A plugin module that owns ``owned`` and contributes ``rules``."""
    module = types.ModuleType(name)

    @hookimpl
    def kei_jurisdictions() -> list[Jurisdiction]:
        return owned

    @hookimpl
    def kei_rules() -> list[Any]:
        return rules

    module.kei_jurisdictions = kei_jurisdictions  # type: ignore[attr-defined]
    module.kei_rules = kei_rules  # type: ignore[attr-defined]
    return module


STATE = _plugin(
    "xs", [Jurisdiction("XS", "State", registers=True)], OPTION.rules("XS", in_force=Period("2017-01-01"))
)
CITY = _plugin(
    "xs_cit",
    [Jurisdiction("XS-CIT", "City", parent="XS")],
    local_rules(ORDINANCE, in_force=Period("2018-01-01")),
)
REGISTRY = make_registry(STATE, CITY)


@given(vehicle=vehicles(), on=asked)
def test_a_local_option_never_reads_legal_without_the_locality(vehicle: Vehicle, on: dt.date) -> None:
    statewide = REGISTRY.evaluate(vehicle, "XS", on)
    assert not statewide.status.permits_use
    assert statewide.finding("XS-CIT-ORDINANCE") is None
    assert OPTION.check(vehicle, on).status is Status.UNKNOWN


@given(vehicle=vehicles(), on=st.dates(dt.date(2018, 1, 1), dt.date(2075, 12, 31)))
def test_within_the_locality_its_ordinance_meets_the_option(vehicle: Vehicle, on: dt.date) -> None:
    verdict = REGISTRY.evaluate(vehicle, "XS-CIT", on)
    assert verdict.pathways["XS-LOCAL-ORDINANCE"] == "XS-CIT-ORDINANCE"
    assert verdict.status is Status.CONDITIONAL
    assert {r.kind for r in verdict.restrictions} == {"max_posted_speed_mph", "crossing"}


def test_the_statewide_pathway_says_it_depends_on_the_locality_and_what_to_ask() -> None:
    found = REGISTRY.evaluate(Vehicle(), "XS", ON).finding(f"XS-LOCAL-ORDINANCE-{STATEWIDE}")
    assert found is not None and found.status is Status.UNKNOWN
    assert "depends on the city or county" in found.message
    assert "ask the city or county whether an ordinance allows it" in found.settle


def test_what_the_state_demands_wherever_an_ordinance_allows_it_applies_statewide_and_locally() -> None:
    # KRS 186.077: a street-legal special purpose vehicle needs a roll bar or cage; a stock truck
    # stays barred even where a county opted in.
    def roll_bar(vehicle: Vehicle, on: dt.date) -> Any:
        from kei_core import conditional, failed

        if vehicle.original_configuration:
            return failed("As built it has no roll bar or cage.")
        return conditional("Fit a roll bar.", conditions=("it has a roll bar or cage",))

    option = LocalOption(
        id="XK-LOCAL-ORDINANCE", who="a city or county", ask="the county", eligible=roll_bar, **LAW
    )
    county = LocalOrdinance(option=option, locality="XK-CTY", state="XK", place="County", **LAW)
    registry = make_registry(
        _plugin(
            "xk", [Jurisdiction("XK", "K", registers=True)], option.rules("XK", in_force=Period("2025-06-27"))
        ),
        _plugin(
            "xk_cty",
            [Jurisdiction("XK-CTY", "County", parent="XK")],
            local_rules(county, in_force=Period("2025-06-27")),
        ),
    )
    stock = Vehicle(original_configuration=True)
    assert registry.evaluate(stock, "XK", ON).status is Status.NOT_LEGAL
    # The same demand carried by the ordinance alone (the state's option leaves the vehicle open).
    plain = LocalOption(id="XJ-LOCAL-ORDINANCE", who="a city or county", ask="the county", **LAW)
    opted_in = LocalOrdinance(
        option=plain, eligible=roll_bar, locality="XJ-CTY", state="XJ", place="County", **LAW
    )
    by_ordinance = make_registry(
        _plugin(
            "xj", [Jurisdiction("XJ", "J", registers=True)], plain.rules("XJ", in_force=Period("2025-06-27"))
        ),
        _plugin(
            "xj_cty",
            [Jurisdiction("XJ-CTY", "County", parent="XJ")],
            local_rules(opted_in, in_force=Period("2025-06-27")),
        ),
    )
    assert by_ordinance.evaluate(stock, "XJ", ON).status is Status.UNKNOWN
    in_the_county = by_ordinance.evaluate(stock, "XJ-CTY", ON)
    assert not in_the_county.status.permits_use
    ordinance = in_the_county.finding("XJ-CTY-ORDINANCE")
    assert ordinance is not None and ordinance.status is Status.NOT_LEGAL
    assert registry.evaluate(stock, "XK-CTY", ON).status is Status.NOT_LEGAL
    fitted = registry.evaluate(Vehicle(original_configuration=False), "XK-CTY", ON)
    assert fitted.status is Status.CONDITIONAL and "it has a roll bar or cage" in fitted.conditions


def test_a_locality_that_bars_mini_trucks_fails_within_it_only() -> None:
    # W. Va. Code § 17A-13-1(c)(2): not where the county or municipality prohibits them.
    roads = RoadAccess(local_opt_out=True, **LAW)
    ban = LocalOrdinance(prohibits=True, locality="XW-TWN", state="XW", place="Town", **LAW)
    registry = make_registry(
        _plugin(
            "xw",
            [Jurisdiction("XW", "W", registers=True)],
            state_rules("XW", roads, in_force=Period("2020-06-05")),
        ),
        _plugin(
            "xw_twn",
            [Jurisdiction("XW-TWN", "Town", parent="XW")],
            local_rules(ban, in_force=Period("2020-06-05")),
        ),
    )
    statewide = registry.evaluate(Vehicle(), "XW", ON)
    assert statewide.status.permits_use
    assert {r.kind for r in statewide.restrictions} == {"local_opt_out"}
    assert registry.evaluate(Vehicle(), "XW-TWN", ON).status is Status.NOT_LEGAL


def test_an_ordinance_meets_an_option_or_prohibits_never_both() -> None:
    with pytest.raises(ValueError, match="not both or neither"):
        LocalOrdinance(option=OPTION, prohibits=True, locality="XS-CIT", place="City", **LAW)
    with pytest.raises(ValueError, match="id set"):
        LocalOrdinance(
            option=LocalOption(who="a city", ask="it", **LAW), locality="XS-CIT", place="City", **LAW
        )


# -- a distance limit (West Virginia), a restriction kind of kei-us's own ----------------------


def test_the_distance_limit_is_a_namespaced_restriction_that_kei_us_declares() -> None:
    distance = DistanceLimit(miles=20, on="a highway displaying centerline pavement markings", **LAW)
    found = distance.check(Vehicle(), ON)
    assert [(r.kind, r.value) for r in found.restrictions] == [(MAX_DISTANCE_MILES, 20)]
    assert MAX_DISTANCE_MILES in {term.name for term in kei_us.kei_vocabulary()}
    plugin = _plugin(
        "us_xw",
        [Jurisdiction("US-XW", "Test State", parent="US", registers=True)],
        state_rules("US-XW", distance, in_force=Period("2020-06-05")),
    )
    assert check_conformance(plugin, with_plugins=[kei_us]) == []
    refused = check_conformance(plugin, with_plugins=[_plugin("us", [Jurisdiction("US", "US")], [])])
    assert any(MAX_DISTANCE_MILES in problem for problem in refused)


# -- a state's emissions certificate (California) -----------------------------------------------

CARB = EmissionsCertificate(
    certificate="a certificate of conformance from the state board",
    how="a test at a licensed laboratory",
    model_years_from=1975,
    **LAW,
)


@given(vehicle=vehicles(), on=asked)
def test_a_covered_vehicle_never_passes_without_the_certificate_and_never_fails_for_time(
    vehicle: Vehicle, on: dt.date
) -> None:
    found = CARB.check(vehicle, on)
    if vehicle.manufactured is not None and vehicle.manufactured.earliest().year >= 1975:
        assert found.status is Status.CONDITIONAL
        assert any("certificate of conformance" in c for c in found.conditions)
    assert found.status is not Status.NOT_LEGAL


# -- special plates and collector plates (North Dakota, West Virginia, Wisconsin) --------------


def test_a_special_class_is_registered_with_its_plate_as_conditions() -> None:
    special = SpecialClassRegistration(
        vehicle_class="unconventional vehicle",
        plate="a plate issued as a motorcycle's",
        fee="$50 a year",
        **LAW,
    )
    found = special.check(Vehicle(), ON)
    assert found.status is Status.CONDITIONAL
    assert found.conditions[0] == (
        "title it and register it as an unconventional vehicle, $50 a year, with a plate issued as a motorcycle's "
        "(Test Code § 1)"
    )


COLLECTOR = CollectorPlate(
    plate="collector plates",
    age=AgeThreshold(20, Granularity.DAY),
    uses=("collector",),
    original=True,
    **LAW,
)


@given(when=built, on=asked)
def test_collector_plates_follow_their_age_rule_exactly(when: PartialDate, on: dt.date) -> None:
    vehicle = Vehicle(manufactured=when, original_configuration=True)
    found = COLLECTOR.check(vehicle, on)
    reached = COLLECTOR.age.reached_on(when.latest())
    if on >= reached:
        assert found.status is Status.CONDITIONAL
        assert [(r.kind, r.value) for r in found.restrictions] == [("limited_use", ("collector",))]
    if on < COLLECTOR.age.reached_on(when.earliest()):
        assert found.status is Status.NOT_LEGAL and found.passes_from == reached
    if found.passes_from is not None:
        assert COLLECTOR.check(vehicle, found.passes_from).status is Status.CONDITIONAL
        assert (
            COLLECTOR.check(vehicle, found.passes_from - dt.timedelta(days=1)).status
            is not Status.CONDITIONAL
        )


def test_a_modified_truck_gets_no_plate_that_asks_for_the_makers_configuration() -> None:
    assert COLLECTOR.check(
        Vehicle(manufactured=PartialDate(1990), original_configuration=False), ON
    ).status is (Status.NOT_LEGAL)


# -- several routes to one requirement ---------------------------------------------------------


def test_pathways_make_blocks_routes_of_one_requirement() -> None:
    requirement = Requirement("XW-REGISTRATION", "XW", "registered for some use")
    rules = pathways(
        requirement,
        state_rules("XW", LimitedUse(uses=("farm",), **LAW), COLLECTOR, in_force=Period("2014-01-01")),
    )
    assert rules[0] is requirement
    assert [(r.kind, r.requirement) for r in rules[1:]] == [(RuleKind.PATHWAY, "XW-REGISTRATION")] * 2  # type: ignore[union-attr]
