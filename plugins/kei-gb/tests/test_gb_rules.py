"""Great Britain: IVA or the 10-year route, the rolling historic tax class, the MOT exemption."""

from __future__ import annotations

import datetime as dt

from kei_core import Modification, PartialDate, Status, Vehicle
from kei_gb import approval, historic

ON = dt.date(2026, 1, 22)


def test_iva_is_always_open_on_conditions() -> None:
    outcome = approval.individual_approval(Vehicle(manufactured=PartialDate(2024, 2)), ON)
    assert outcome.status is Status.CONDITIONAL
    assert any("IVA" in c and "N1" in c for c in outcome.conditions)


def test_over_ten_years_means_the_day_after_the_tenth_anniversary() -> None:
    assert approval.over_ten_years(Vehicle(manufactured=PartialDate(2016, 1, 21)), ON).status.permits_use
    exactly = approval.over_ten_years(Vehicle(manufactured=PartialDate(2016, 1, 22)), ON)
    assert exactly.status is Status.NOT_LEGAL
    assert exactly.passes_from == dt.date(2026, 1, 23)


def test_ten_years_count_from_the_date_given_and_from_the_later_of_two() -> None:
    both = Vehicle(manufactured=PartialDate(2015, 6), first_registered=PartialDate(2016, 3, 1))
    outcome = approval.over_ten_years(both, ON)
    assert outcome.message.startswith("First registered 2016-03-01 (the later of")
    assert outcome.passes_from == dt.date(2026, 3, 2)
    built = approval.over_ten_years(Vehicle(manufactured=PartialDate(2015, 6)), ON)
    assert built.message.startswith("Built June 2015") and built.status.permits_use
    registered = approval.over_ten_years(Vehicle(first_registered=PartialDate(2016, 3, 1)), ON)
    assert registered.message.startswith("First registered 2016-03-01")
    assert registered.passes_from == dt.date(2026, 3, 2)


def test_a_2016_carry_built_2016_03_first_registered_2016_04_12_is_over_ten_only_from_2026_04_13() -> None:
    # Audit F10 (carry2016.toml): gov.uk's "date of manufacture or first registration", read no more
    # favourably than the text while DVLA's choice is unconfirmed.
    carry = Vehicle(manufactured=PartialDate(2016, 3), first_registered=PartialDate(2016, 4, 12))
    on_1_april = approval.over_ten_years(carry, dt.date(2026, 4, 1))
    assert on_1_april.status is Status.NOT_LEGAL
    assert on_1_april.passes_from == dt.date(2026, 4, 13)
    assert approval.over_ten_years(carry, dt.date(2026, 4, 12)).status is Status.NOT_LEGAL
    assert approval.over_ten_years(carry, dt.date(2026, 4, 13)).status.permits_use


def test_historic_class_tax_year_2025_takes_trucks_built_before_1985() -> None:
    late_1984 = Vehicle(manufactured=PartialDate(1984, 12, 31), commercial_use=False)
    assert historic.historic_tax_class(late_1984, dt.date(2025, 3, 31)).status is Status.NOT_LEGAL
    assert historic.historic_tax_class(late_1984, dt.date(2025, 4, 1)).status is Status.LEGAL
    early_1985 = Vehicle(manufactured=PartialDate(1985, 1, 1), commercial_use=False)
    outcome = historic.historic_tax_class(early_1985, ON)
    assert outcome.status is Status.NOT_LEGAL
    assert outcome.passes_from == dt.date(2026, 4, 1)


def test_historic_class_by_first_registration_before_8_january() -> None:
    seventh = Vehicle(first_registered=PartialDate(1986, 1, 7), commercial_use=False)
    eighth = Vehicle(first_registered=PartialDate(1986, 1, 8), commercial_use=False)
    april = dt.date(2026, 4, 1)
    assert historic.historic_tax_class(seventh, april).status is Status.LEGAL
    assert historic.historic_tax_class(eighth, april).passes_from == dt.date(2027, 4, 1)
    january = historic.historic_tax_class(
        Vehicle(first_registered=PartialDate(1986, 1), commercial_use=False), april
    )
    assert january.status is Status.UNKNOWN  # the 1st to the 7th would qualify, the 8th on would not
    assert january.passes_from == dt.date(2027, 4, 1)


def test_historic_class_is_not_for_commercial_use() -> None:
    used = historic.historic_tax_class(Vehicle(manufactured=PartialDate(1975), commercial_use=True), ON)
    assert used.status is Status.NOT_LEGAL
    assert "commercially" in used.message
    unsaid = historic.historic_tax_class(Vehicle(manufactured=PartialDate(1975)), ON)
    assert unsaid.status is Status.UNKNOWN
    assert any("commercial_use" in s for s in unsaid.settle)


def test_mot_exemption_at_40_years_from_either_date() -> None:
    assert (
        historic.historic_interest(Vehicle(first_registered=PartialDate(1986, 1, 22)), ON).status
        is Status.LEGAL
    )
    short = historic.historic_interest(Vehicle(manufactured=PartialDate(1986, 1, 23)), ON)
    assert short.status is Status.NOT_LEGAL
    assert short.passes_from == dt.date(2026, 1, 23)


def test_mot_exemption_and_recent_substantial_change() -> None:
    recent = Vehicle(
        manufactured=PartialDate(1980), modifications=(Modification(PartialDate(2010), "engine swap", True),)
    )
    assert historic.historic_interest(recent, ON).status is Status.UNKNOWN
    long_ago = Vehicle(
        manufactured=PartialDate(1980), modifications=(Modification(PartialDate(1990), "engine swap", True),)
    )
    assert historic.historic_interest(long_ago, ON).status is Status.LEGAL
