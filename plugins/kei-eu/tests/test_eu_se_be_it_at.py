"""Sweden, Belgium, Italy and Austria: the properties their age rules keep, and their edges.

For every age rule, for any date a truck may carry:

* over the threshold (even the latest possible date old enough) it never fails;
* under it (even the earliest possible date too young) it always fails;
* in time it only gets better (within one regime: Belgium's threshold changed in 2013 and 2023);
* on its ``passes_from`` it passes, and the day before it does not.

The thresholds are written out here independently of the core: calendar years for Sweden,
"at least" to the day for Italy, "more than" (the day after the anniversary) for Belgium and Austria.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import kei_eu
from kei_core import Outcome, PartialDate, RuleKind, Status, Vehicle
from kei_core.testing import make_registry
from kei_eu import austria, belgium, italy, sweden

Check = Callable[[Vehicle, dt.date], Outcome]
ONE_DAY = dt.timedelta(days=1)
LISTED = frozenset({austria.LIST_EXTRACT})


def years_later(day: dt.date, years: int) -> dt.date:
    """The anniversary; 29 February rolls to 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def at_least(years: int) -> Callable[[dt.date], dt.date]:
    return lambda day: years_later(day, years)


def more_than(years: int) -> Callable[[dt.date], dt.date]:
    return lambda day: years_later(day, years) + ONE_DAY


def calendar_years(years: int) -> Callable[[dt.date], dt.date]:
    return lambda day: dt.date(day.year + years, 1, 1)


def built(when: PartialDate) -> Vehicle:
    return Vehicle(manufactured=when)


def registered(when: PartialDate) -> Vehicle:
    return Vehicle(first_registered=when)


def registered_and_listed(when: PartialDate) -> Vehicle:
    # Built in 1956 or later and on the approved list: only the age is left to decide.
    return Vehicle(manufactured=PartialDate(1956), first_registered=when, documents=LISTED)


# (rule ID, check, vehicle from the date, first day the date is old enough, dates asked in one regime)
AGE_RULES = [
    ("SE-KONTROLLBESIKTNING-50Y", sweden.inspection_exemption, built, calendar_years(50), None),
    ("SE-HISTORIC-TAX-30Y", sweden.vehicle_tax_exemption, built, calendar_years(30), None),
    ("IT-STORICO-20Y", italy.historic_interest, built, at_least(20), None),
    ("BE-OLDTIMER-O-2023", belgium.oldtimer_plate, registered, more_than(30), (dt.date(2023, 1, 1), None)),
    (
        "BE-OLDTIMER-O-2013",
        belgium.oldtimer_plate,
        registered,
        more_than(25),
        (dt.date(2013, 7, 1), dt.date(2022, 12, 31)),
    ),
    ("AT-HISTORISCH-30Y-LIST", austria.historic_vehicle, registered_and_listed, more_than(30), None),
]
IDS = [rule for rule, *_ in AGE_RULES]
Regime = tuple[dt.date, dt.date | None] | None
BORN = {
    (dt.date(2023, 1, 1), None): (1994, 2030),
    (dt.date(2013, 7, 1), dt.date(2022, 12, 31)): (1989, 1996),
}
"""The years of the vehicle dates drawn for each Belgian regime (25 or 30 years before it)."""


@st.composite
def partial_dates(draw: st.DrawFn, regime: Regime = None) -> PartialDate:
    # Within a regime, a date whose anniversary falls inside it, so few draws are thrown away.
    first, last = BORN.get(regime, (1960, 2030))
    day = draw(st.dates(dt.date(first, 1, 1), dt.date(last, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    if precision == "day":
        return PartialDate(day.year, day.month, day.day)
    return PartialDate(day.year, day.month) if precision == "month" else PartialDate(day.year)


def near(day: dt.date) -> st.SearchStrategy[dt.date]:
    """A date asked within about three years either side of ``day``, where the answers change."""
    return st.integers(-1100, 1100).map(lambda offset: day + dt.timedelta(days=offset))


def in_regime(day: dt.date, regime: Regime) -> bool:
    if regime is None:
        return True
    start, end = regime
    return start <= day and (end is None or day <= end)


RANK = {Status.LEGAL: 0, Status.CONDITIONAL: 0, Status.UNKNOWN: 1, Status.NOT_LEGAL: 2}


@pytest.mark.parametrize(("rule", "check", "vehicle", "reached", "regime"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_over_the_threshold_never_fails(
    rule: str,
    check: Check,
    vehicle: Callable[[PartialDate], Vehicle],
    reached: Callable[[dt.date], dt.date],
    regime: Regime,
    data: st.DataObject,
) -> None:
    when = data.draw(partial_dates(regime))
    on = data.draw(near(reached(when.latest())))
    assume(on >= reached(when.latest()) and in_regime(on, regime))
    assert check(vehicle(when), on).status.permits_use


@pytest.mark.parametrize(("rule", "check", "vehicle", "reached", "regime"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_under_the_threshold_always_fails(
    rule: str,
    check: Check,
    vehicle: Callable[[PartialDate], Vehicle],
    reached: Callable[[dt.date], dt.date],
    regime: Regime,
    data: st.DataObject,
) -> None:
    when = data.draw(partial_dates(regime))
    on = data.draw(near(reached(when.earliest())))
    assume(on < reached(when.earliest()) and in_regime(on, regime))
    assert check(vehicle(when), on).status is Status.NOT_LEGAL


@pytest.mark.parametrize(("rule", "check", "vehicle", "reached", "regime"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_monotone_in_time(
    rule: str,
    check: Check,
    vehicle: Callable[[PartialDate], Vehicle],
    reached: Callable[[dt.date], dt.date],
    regime: Regime,
    data: st.DataObject,
) -> None:
    when = data.draw(partial_dates(regime))
    early, late = sorted(data.draw(st.lists(near(reached(when.earliest())), min_size=2, max_size=2)))
    assume(in_regime(early, regime) and in_regime(late, regime))
    truck = vehicle(when)
    assert RANK[check(truck, late).status] <= RANK[check(truck, early).status]


@pytest.mark.parametrize(("rule", "check", "vehicle", "reached", "regime"), AGE_RULES, ids=IDS)
@given(data=st.data())
def test_passes_on_passes_from_and_not_the_day_before(
    rule: str,
    check: Check,
    vehicle: Callable[[PartialDate], Vehicle],
    reached: Callable[[dt.date], dt.date],
    regime: Regime,
    data: st.DataObject,
) -> None:
    when = data.draw(partial_dates(regime))
    on = data.draw(near(reached(when.earliest())))
    truck = vehicle(when)
    outcome = check(truck, on)
    assume(in_regime(on, regime) and not outcome.status.permits_use and outcome.passes_from is not None)
    day = outcome.passes_from
    assume(in_regime(day, regime) and in_regime(day - ONE_DAY, regime))
    assert day == reached(when.latest())
    assert check(truck, day).status.permits_use
    assert not check(truck, day - ONE_DAY).status.permits_use


@given(day=st.dates(dt.date(1995, 1, 1), dt.date(2020, 12, 31)))
def test_italy_eligible_from_is_twenty_years_after_the_build_day(day: dt.date) -> None:
    registry = make_registry(kei_eu)
    asked = dt.date(2026, 12, 1)
    verdict = registry.evaluate(Vehicle(manufactured=PartialDate(day.year, day.month, day.day)), "IT", asked)
    due = years_later(day, 20)
    if due <= asked:
        assert verdict.status is Status.CONDITIONAL
    else:
        assert verdict.eligible_from == due
        assert registry.evaluate(
            Vehicle(manufactured=PartialDate(day.year, day.month, day.day)), "IT", due
        ).status is (Status.CONDITIONAL)


def test_belgium_the_2023_rule_takes_the_o_plate_back_from_a_27_year_old_truck() -> None:
    truck = Vehicle(first_registered=PartialDate(1996, 3, 10))
    assert belgium.oldtimer_plate(truck, dt.date(2022, 12, 31)).status is Status.CONDITIONAL
    after = belgium.oldtimer_plate(truck, dt.date(2023, 1, 1))
    assert after.status is Status.NOT_LEGAL
    assert after.passes_from == dt.date(2026, 3, 11)


def test_belgium_before_2013_a_truck_needed_more_than_30_years() -> None:
    truck = Vehicle(first_registered=PartialDate(1982, 1, 1))
    assert belgium.oldtimer_plate(truck, dt.date(2012, 1, 1)).status is Status.NOT_LEGAL
    assert belgium.oldtimer_plate(truck, dt.date(2012, 1, 2)).status is Status.CONDITIONAL


def test_belgium_o_plate_carries_its_use_limits() -> None:
    outcome = belgium.oldtimer_plate(Vehicle(first_registered=PartialDate(1990, 5, 1)), dt.date(2026, 12, 1))
    assert [r.kind for r in outcome.restrictions] == ["limited_use"]
    assert "professional" in outcome.restrictions[0].text


def test_belgium_o_plate_from_the_build_date_alone_never_passes() -> None:
    outcome = belgium.oldtimer_plate(Vehicle(manufactured=PartialDate(1970)), dt.date(2026, 12, 1))
    assert outcome.status is Status.UNKNOWN
    assert "first registration" in " ".join(outcome.settle)
    young = belgium.oldtimer_plate(Vehicle(manufactured=PartialDate(2000)), dt.date(2026, 12, 1))
    assert young.status is Status.NOT_LEGAL


@pytest.mark.parametrize(
    ("service", "status"),
    [
        (PartialDate(1968, 6, 14), Status.NOT_LEGAL),
        (PartialDate(1968, 6, 15), Status.CONDITIONAL),
        (PartialDate(1968, 6), Status.UNKNOWN),
    ],
)
def test_belgium_isolated_case_is_for_vehicles_put_into_service_from_15_june_1968(
    service: PartialDate, status: Status
) -> None:
    assert belgium.isolated_case(Vehicle(first_registered=service), dt.date(2026, 12, 1)).status is status


def test_belgium_isolated_case_reads_the_build_date_as_a_lower_bound() -> None:
    later = belgium.isolated_case(Vehicle(manufactured=PartialDate(1969)), dt.date(2026, 12, 1))
    assert later.status is Status.CONDITIONAL
    earlier = belgium.isolated_case(Vehicle(manufactured=PartialDate(1967)), dt.date(2026, 12, 1))
    assert earlier.status is Status.UNKNOWN


@pytest.mark.parametrize(
    ("year", "status"), [(1968, Status.CONDITIONAL), (1969, Status.UNKNOWN), (1995, Status.UNKNOWN)]
)
def test_sweden_only_model_year_1969_or_older_skips_the_own_use_rules(year: int, status: Status) -> None:
    outcome = sweden.registration_inspection(Vehicle(manufactured=PartialDate(year)), dt.date(2026, 12, 1))
    assert outcome.status is status
    assert outcome.passes_from is None  # a model year: time never opens it


def test_sweden_old_model_year_pass_is_flagged_unconfirmed() -> None:
    outcome = sweden.registration_inspection(Vehicle(manufactured=PartialDate(1966, 4)), dt.date(2026, 12, 1))
    assert outcome.unconfirmed


def test_italy_a_registration_twenty_years_ago_proves_the_build_but_a_younger_one_does_not_fail() -> None:
    old = italy.historic_interest(Vehicle(first_registered=PartialDate(2000, 1, 10)), dt.date(2026, 12, 1))
    assert old.status is Status.CONDITIONAL
    young = italy.historic_interest(Vehicle(first_registered=PartialDate(2010, 1, 10)), dt.date(2026, 12, 1))
    assert young.status is Status.UNKNOWN  # it may have been built long before


def test_austria_built_in_1955_needs_no_list_but_1956_does() -> None:
    on = dt.date(2026, 12, 1)
    assert austria.historic_vehicle(Vehicle(manufactured=PartialDate(1955)), on).status is Status.CONDITIONAL
    unlisted = austria.historic_vehicle(
        Vehicle(manufactured=PartialDate(1956), first_registered=PartialDate(1956, 5, 1)), on
    )
    assert unlisted.status is Status.UNKNOWN
    assert austria.LIST_EXTRACT in " ".join(unlisted.settle)


def test_austria_historic_use_is_limited_to_120_days() -> None:
    truck = Vehicle(
        manufactured=PartialDate(1990), first_registered=PartialDate(1990, 3, 1), documents=LISTED
    )
    outcome = austria.historic_vehicle(truck, dt.date(2026, 12, 1))
    assert outcome.status is Status.CONDITIONAL
    assert "120 days" in outcome.restrictions[0].text


@pytest.mark.parametrize(
    "check",
    [sweden.left_traffic_rules, belgium.right_hand_drive, italy.right_hand_drive, austria.right_hand_drive],
)
def test_right_hand_drive_is_never_reported_unrestricted(check: Check) -> None:
    on = dt.date(2026, 12, 1)
    assert check(Vehicle(steering="right"), on).status is Status.UNKNOWN
    assert check(Vehicle(), on).status is Status.UNKNOWN
    assert check(Vehicle(steering="left"), on).status is Status.LEGAL


# --- The four places as a whole (review of 2026-12-01) ------------------------------------------

PLACES = ["SE", "BE", "IT", "AT"]
DOCUMENTS = sorted(
    {sweden.EGET_BRUK, sweden.FLYTTSAK, sweden.ARVEGODS, austria.LIST_EXTRACT, austria.EQUIVALENCE_REPORT}
)
REGISTRY = make_registry(kei_eu)


@st.composite
def trucks(draw: st.DrawFn) -> Vehicle:
    """A truck with a build date, perhaps a first registration on or after it, and some documents."""
    made = draw(partial_dates())
    registered = None
    if draw(st.booleans()):
        day = made.latest() + dt.timedelta(days=draw(st.integers(0, 400)))
        registered = PartialDate(day.year, day.month, day.day)
    papers = frozenset(draw(st.sets(st.sampled_from(DOCUMENTS))))
    return Vehicle(manufactured=made, first_registered=registered, documents=papers, steering="right")


def asked_after(truck: Vehicle) -> st.SearchStrategy[dt.date]:
    assert truck.manufactured is not None
    return st.dates(max(truck.manufactured.latest(), dt.date(1999, 1, 1)), dt.date(2060, 12, 31))


@given(data=st.data(), place=st.sampled_from(PLACES))
def test_no_answer_in_these_places_is_ever_legal(data: st.DataObject, place: str) -> None:
    # Every route rests on an undated agency page, an unconfirmed fact or an authority's decision.
    truck = data.draw(trucks())
    verdict = REGISTRY.evaluate(truck, place, data.draw(asked_after(truck)))
    assert verdict.status is not Status.LEGAL


@given(data=st.data(), place=st.sampled_from(PLACES))
def test_a_document_never_makes_an_answer_worse(data: st.DataObject, place: str) -> None:
    truck = data.draw(trucks())
    on = data.draw(asked_after(truck))
    more = data.draw(st.sets(st.sampled_from(DOCUMENTS), min_size=1))
    richer = Vehicle(
        manufactured=truck.manufactured,
        first_registered=truck.first_registered,
        documents=truck.documents | more,
        steering="right",
    )
    before = REGISTRY.evaluate(truck, place, on).status
    after = REGISTRY.evaluate(richer, place, on).status
    assert after.rank <= before.rank


@given(data=st.data(), place=st.sampled_from(PLACES))
def test_on_eligible_from_time_no_longer_blocks_and_the_day_before_points_to_it(
    data: st.DataObject, place: str
) -> None:
    truck = data.draw(trucks())
    verdict = REGISTRY.evaluate(truck, place, data.draw(asked_after(truck)))
    day = verdict.eligible_from
    if day is None:
        return
    then = REGISTRY.evaluate(truck, place, day)
    met = set(then.pathways)
    for finding in then.findings:
        if finding.kind is RuleKind.INFORMATION or (finding.requirement or finding.rule) in met:
            continue
        assert finding.passes_from is None, f"{finding.rule} still waits for {finding.passes_from} on {day}"
    assert then.status is not Status.LEGAL  # an unconfirmed route opens at best a conditional answer
    assert REGISTRY.evaluate(truck, place, day - ONE_DAY).eligible_from == day


@given(
    year=st.integers(1969, 2025), reason=st.sampled_from([sweden.EGET_BRUK, sweden.FLYTTSAK, sweden.ARVEGODS])
)
def test_sweden_a_relief_document_opens_the_inspection_and_nothing_else_does(year: int, reason: str) -> None:
    on = dt.date(2026, 12, 1)
    bare = sweden.registration_inspection(Vehicle(manufactured=PartialDate(year)), on)
    assert bare.status is Status.UNKNOWN
    assert all(name in " ".join(bare.settle) for name in (sweden.EGET_BRUK, sweden.FLYTTSAK, sweden.ARVEGODS))
    other = sweden.registration_inspection(
        Vehicle(manufactured=PartialDate(year), documents=frozenset({austria.LIST_EXTRACT})), on
    )
    assert other.status is Status.UNKNOWN
    relieved = sweden.registration_inspection(
        Vehicle(manufactured=PartialDate(year), documents=frozenset({reason})), on
    )
    assert relieved.status is Status.CONDITIONAL
    assert relieved.unconfirmed  # which requirements TSFS 2010:106 lifts was not read
    assert any("TSFS 2010:106" in condition for condition in relieved.conditions)


def test_austria_an_equivalence_report_makes_the_single_approval_conditional_on_the_authority() -> None:
    on = dt.date(2026, 12, 1)
    assert austria.single_approval(Vehicle(), on).status is Status.UNKNOWN
    assert austria.EQUIVALENCE_REPORT in " ".join(austria.single_approval(Vehicle(), on).settle)
    with_report = austria.single_approval(Vehicle(documents=frozenset({austria.EQUIVALENCE_REPORT})), on)
    assert with_report.status is Status.CONDITIONAL
    assert any("authority's decision" in condition for condition in with_report.conditions)


def test_italy_the_failing_historic_route_says_its_day_rests_on_the_unconfirmed_20_years() -> None:
    outcome = italy.historic_interest(Vehicle(manufactured=PartialDate(2020, 3)), dt.date(2026, 12, 1))
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from == dt.date(2040, 3, 31)
    assert "30 years" in outcome.message and "municipal" in outcome.message
