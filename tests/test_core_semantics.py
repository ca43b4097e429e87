"""What a status means: import-only levels, the finding that decides, and checks that return
the wrong types (DESIGN §5; the legal audit's F2 and F6)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Jurisdiction, Outcome, Requirement, RuleKind, Status, Vehicle, failed, passed, unknown
from kei_core.render import verdict_text
from kei_core.testing import check_conformance, make_registry
from kei_core_test_helpers import plugin_module, rule

ON = dt.date(2026, 11, 30)
statuses = st.sampled_from(list(Status))


def fixed(status: Status, message: str = "", **details: object):
    return lambda vehicle, on: Outcome(status, message or f"fixed {status.value}", **details)  # type: ignore[arg-type]


def two_levels(federal: Status, state: Status | None, *, state_registers: bool = True):
    modules = [
        plugin_module(
            "federal",
            [Jurisdiction("XF", "Federation", registers=False, registered_by="each state")],
            [rule("XF-IMPORT", "XF", fixed(federal))],
        )
    ]
    if state is not None:
        modules.append(
            plugin_module(
                "state",
                [Jurisdiction("XF-ST", "State", parent="XF", registers=state_registers)],
                [rule("XF-ST-REG", "XF-ST", fixed(state))],
            )
        )
    return make_registry(*modules)


@given(federal=statuses)
def test_a_place_with_no_registering_level_is_never_legal(federal: Status) -> None:
    verdict = two_levels(federal, None).evaluate(Vehicle(), "XF", ON)
    assert verdict.status is not Status.LEGAL
    assert verdict.status is max(federal, Status.CONDITIONAL)
    assert verdict.scope == "import"
    assert "registration is decided by each state" in verdict.scope_note


@given(federal=statuses, state=statuses)
def test_a_registering_level_folds_as_before(federal: Status, state: Status) -> None:
    verdict = two_levels(federal, state).evaluate(Vehicle(), "XF-ST", ON)
    assert verdict.status is max(federal, state)
    assert verdict.scope == "registration" and verdict.scope_note == ""


@given(federal=statuses, state=statuses)
def test_a_chain_where_no_level_registers_is_capped_at_conditional(federal: Status, state: Status) -> None:
    verdict = two_levels(federal, state, state_registers=False).evaluate(Vehicle(), "XF-ST", ON)
    assert verdict.status is max(federal, state, Status.CONDITIONAL)


def test_a_place_no_plugin_covers_is_unknown_not_import_only() -> None:
    verdict = make_registry().evaluate(Vehicle(), "MX", ON)
    assert verdict.status is Status.UNKNOWN and verdict.scope == "registration"


def test_the_why_names_the_failing_requirement_not_a_failed_route_of_an_unknown_one() -> None:
    # Audit F6: emissions is only unknown (original configuration not given) although its
    # unconfirmed ICI route fails; the state's confirmed ban is what makes the answer not legal.
    federal = plugin_module(
        "federal",
        [Jurisdiction("XF", "Federation", registers=False)],
        [
            Requirement("XF-EMISSIONS", "XF", "emissions"),
            rule(
                "XF-EPA-21Y",
                "XF",
                fixed(Status.UNKNOWN, "needs original_configuration"),
                RuleKind.PATHWAY,
                "XF-EMISSIONS",
            ),
            rule(
                "XF-EPA-ICI",
                "XF",
                fixed(Status.NOT_LEGAL, "no certificate of conformity"),
                RuleKind.PATHWAY,
                "XF-EMISSIONS",
                unconfirmed=True,
            ),
        ],
    )
    state = plugin_module(
        "state",
        [Jurisdiction("XF-ST", "State", parent="XF", registers=True)],
        [
            rule(
                "XF-ST-BAN",
                "XF-ST",
                fixed(Status.NOT_LEGAL, "It can be neither titled nor registered"),
                policy=True,
            )
        ],
    )
    verdict = make_registry(federal, state).evaluate(Vehicle(), "XF-ST", ON)
    assert verdict.status is Status.NOT_LEGAL
    assert [f.rule for f in verdict.deciding()] == ["XF-ST-BAN"]
    assert "Why: It can be neither titled nor registered" in verdict_text(verdict)


def test_of_two_failures_the_confirmed_one_is_the_why() -> None:
    plugin = plugin_module(
        "p",
        [Jurisdiction("XG", "G", registers=True)],
        [
            rule("XG-A", "XG", fixed(Status.NOT_LEGAL, "an unconfirmed bar"), unconfirmed=True),
            rule("XG-B", "XG", fixed(Status.NOT_LEGAL, "a confirmed bar")),
        ],
    )
    verdict = make_registry(plugin).evaluate(Vehicle(), "XG", ON)
    assert verdict.deciding()[0].rule == "XG-B"
    assert "Why: a confirmed bar" in verdict_text(verdict)


WRONG_RETURNS = [
    ("a string where a date belongs", lambda v, on: failed("too young", passes_from="2027-01-01")),
    ("a datetime where a date belongs", lambda v, on: failed("x", passes_from=dt.datetime(2027, 1, 1))),
    ("a status that is not a Status", lambda v, on: Outcome("legal", "x")),  # type: ignore[arg-type]
    ("conditions that are not text", lambda v, on: passed("x", conditions=(1, 2))),
    ("restrictions that are not Restrictions", lambda v, on: passed("x", restrictions=("roads",))),
    ("no Outcome at all", lambda v, on: "legal"),
]


def bad_plugin(check):
    return plugin_module("careless", [Jurisdiction("XH", "H", registers=True)], [rule("XH-BAD", "XH", check)])


def good_plugin():
    return plugin_module(
        "careful", [Jurisdiction("XK", "K", registers=True)], [rule("XK-OK", "XK", fixed(Status.LEGAL))]
    )


def test_a_check_returning_wrong_types_is_unknown_and_named_and_others_still_answer() -> None:
    for label, check in WRONG_RETURNS:
        registry = make_registry(bad_plugin(check), good_plugin())
        verdict = registry.evaluate(Vehicle(), "XH", ON)
        finding = verdict.finding("XH-BAD")
        assert finding is not None and finding.status is Status.UNKNOWN, label
        assert "rule XH-BAD of plugin careless" in finding.message, label
        # Evaluation, rendering and eligible_from all survive it, and the other plugin answers.
        verdict_text(verdict)
        assert registry.evaluate(Vehicle(), "XK", ON).status is Status.LEGAL, label


def test_the_conformance_check_reports_wrong_return_types() -> None:
    for label, check in WRONG_RETURNS:
        problems = check_conformance(bad_plugin(check))
        assert any("XH-BAD" in p and ("returned" in p) for p in problems), (label, problems)
    assert check_conformance(good_plugin()) == []


def test_the_conformance_check_fails_for_a_distribution_that_is_not_installed() -> None:
    problems = check_conformance(good_plugin(), distribution="kei-no-such-distribution")
    assert any("kei-no-such-distribution is not installed" in p for p in problems)


def test_a_single_condition_given_as_text_is_one_sentence() -> None:
    outcome = passed("x", conditions="title it at the county office")
    assert outcome.conditions == ("title it at the county office",)
    assert unknown("x", settle="ask the DMV").settle == ("ask the DMV",)


def test_before_a_level_has_any_law_the_day_its_law_begins_is_when_time_stops_standing_in_the_way() -> None:
    from kei_core import Period

    state = plugin_module(
        "late",
        [Jurisdiction("XL", "Late state", registers=True)],
        [rule("XL-REG", "XL", fixed(Status.CONDITIONAL), in_force=Period(dt.date(2010, 8, 15)))],
    )
    verdict = make_registry(state).evaluate(Vehicle(), "XL", dt.date(2010, 1, 1))
    assert verdict.status is Status.UNKNOWN
    assert any("no rule encoded for this date" in p.message for p in verdict.levels[0].problems)
    assert verdict.eligible_from == dt.date(2010, 8, 15)


def test_errors_say_whose_mistake_it_is() -> None:
    import pytest

    from kei_core import Rule
    from kei_core.errors import DefinitionError, InputError, KeiError

    with pytest.raises(DefinitionError, match="a date in rule data is not valid") as raised:
        Rule(
            "XZ-R",
            "XZ",
            "a rule",
            citation="Act s. 1",
            source="https://example.org",
            reviewed_on="2026-13-01",
        )
    assert isinstance(raised.value, KeiError) and not isinstance(raised.value, InputError)
    error = InputError("expected a width like 1475", field="width_mm", path="/vehicle/width_mm")
    assert (str(error), error.path) == ("width_mm: expected a width like 1475", "/vehicle/width_mm")


def test_a_local_ordinance_meets_its_states_local_option_only_within_the_locality() -> None:
    # A state lets each city decide (a local option); one city's ordinance allows the truck.
    state = plugin_module(
        "state",
        [Jurisdiction("XS", "State", registers=True)],
        [
            Requirement("XS-LOCAL-OPTION", "XS", "a local ordinance allows it on the streets asked about"),
            rule(
                "XS-NO-ORDINANCE",
                "XS",
                fixed(Status.UNKNOWN, "it depends on the city or county: ask whether an ordinance allows it"),
                RuleKind.PATHWAY,
                "XS-LOCAL-OPTION",
            ),
        ],
    )
    city = plugin_module(
        "city",
        [Jurisdiction("XS-CITY", "City", parent="XS")],
        [
            rule(
                "XS-CITY-ORDINANCE",
                "XS",
                fixed(Status.CONDITIONAL, "the city's ordinance allows it on streets posted 35 mph or less"),
                RuleKind.PATHWAY,
                "XS-LOCAL-OPTION",
                within="XS-CITY",
            ),
            rule("XS-CITY-INSPECTION", "XS-CITY", fixed(Status.CONDITIONAL, "the police inspect it first")),
        ],
    )
    registry = make_registry(state, city)
    statewide = registry.evaluate(Vehicle(), "XS", ON)
    assert statewide.status is Status.UNKNOWN
    assert statewide.finding("XS-CITY-ORDINANCE") is None  # never applied outside the city
    in_the_city = registry.evaluate(Vehicle(), "XS-CITY", ON)
    assert in_the_city.status is Status.CONDITIONAL
    assert in_the_city.pathways["XS-LOCAL-OPTION"] == "XS-CITY-ORDINANCE"
    assert registry.evaluate(Vehicle(), "XS-TOWN", ON).status is Status.UNKNOWN  # another town: no owner


def test_when_one_missing_fact_decides_most_places_the_answer_asks_for_it_in_plain_words() -> None:
    from kei_core import missing
    from kei_core.render.questions import deciding_question

    plugins = [
        plugin_module(
            f"state{n}",
            [Jurisdiction(f"X{n}", f"Q{n}", registers=True)],
            [rule(f"X{n}-HEIGHT", f"X{n}", lambda v, on: missing("height_mm"))],
        )
        for n in ("R", "S", "T")
    ]
    registry = make_registry(*plugins)
    verdicts = [registry.evaluate(Vehicle(), f"X{n}", ON) for n in ("R", "S", "T")]
    question = deciding_question(verdicts)
    assert question is not None and "ground to the cab roof" in question and "--set height_mm=" in question
    # A fact behind fewer than half the undecided places is not asked for.
    assert (
        deciding_question(verdicts[:1] + [attrs_evolve(v, settle=("ask the DMV",)) for v in verdicts[1:]])
        is None
    )


@pytest.mark.parametrize("asked", [("height_mm", "gvwr_kg"), ("gvwr_kg", "height_mm")])
def test_of_two_facts_behind_as_many_places_the_one_asked_first_is_asked_for(asked: tuple[str, str]) -> None:
    """The same answer in every run: a tie is not left to the order of a set."""
    from kei_core import missing
    from kei_core.render.questions import deciding_field

    plugin = plugin_module(
        "tied",
        [Jurisdiction("XT", "T", registers=True)],
        [rule(f"XT-{n}", "XT", lambda v, on, field=field: missing(field)) for n, field in enumerate(asked)],
    )
    verdict = make_registry(plugin).evaluate(Vehicle(), "XT", ON)
    assert deciding_field([verdict, verdict]) == asked[0]


def attrs_evolve(verdict, **changes):
    import attrs

    return attrs.evolve(verdict, **changes)
