"""An answer an owner can read: conditions grouped by stage (import, title, registration, on the
road), and ``--imported`` / ``--titled`` reporting the stages behind the truck as met without
ever making a status more favourable than the evidence."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kei_core import Jurisdiction, PartialDate, Requirement, Rule, RuleKind, Vehicle, passed
from kei_core import cli as cli_module
from kei_core.api import Kei, Situation
from kei_core.rules import Stage, stage_of
from kei_core.testing import make_registry
from kei_core_test_helpers import age_check, plugin_module, rule

ON = "2026-01-22"


def federal():
    """An import-only level (registers nothing): its entry rule declares itself an import step;
    its approval rule declares nothing."""
    return plugin_module(
        "fixture_federal",
        [Jurisdiction("XA", "Xanadu", registers=False, registered_by="each state")],
        [
            Requirement("XA-SAFETY", "XA", "import safety"),
            rule("XA-25Y", "XA", age_check(25), RuleKind.PATHWAY, "XA-SAFETY", stage="import"),
            rule(
                "XA-ENTRY",
                "XA",
                lambda v, on: passed("entered", conditions=("file the entry form",)),
                stage="import",
            ),
            rule("XA-APPROVAL", "XA", lambda v, on: passed("approvable", conditions=("get it approved",))),
        ],
    )


def state():
    """A state that titles (declared), registers (not declared: derived) and limits road use."""
    return plugin_module(
        "fixture_state",
        [Jurisdiction("XA-ST", "Xanadu State", parent="XA", registers=True)],
        [
            rule(
                "XA-ST-TITLE",
                "XA-ST",
                lambda v, on: passed("titled", conditions=("title it",)),
                stage="title",
            ),
            rule("XA-ST-REG", "XA-ST", lambda v, on: passed("registrable", conditions=("plate it",))),
            rule(
                "XA-ST-ROAD", "XA-ST", lambda v, on: passed("roads", conditions=("insure it",)), stage="road"
            ),
        ],
    )


@pytest.fixture
def run(monkeypatch, tmp_path):
    registry = make_registry(federal(), state())
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    truck = tmp_path / "truck.toml"
    truck.write_text('manufactured = "1990-05"\n', encoding="utf-8")

    def invoke(*args: str):
        return CliRunner().invoke(cli_module.cli, ["check", str(truck), "--on", ON, *args])

    return invoke


def details(result) -> dict[str, dict]:
    document = json.loads(result.output)
    assert document["schema"] == "kei/check@1"
    return {c["text"]: c for c in document["verdicts"][0]["condition_details"]}


def test_each_condition_says_its_stage_declared_or_derived(run) -> None:
    found = details(run("--in", "XA-ST", "--format", "json"))
    assert {text: c["stage"] for text, c in found.items()} == {
        "file the entry form": "import",
        "get it approved": "registration",  # undeclared: never taken as met, even on an import-only level
        "title it": "title",
        "plate it": "registration",  # undeclared
        "insure it": "road",
    }
    assert not any(c["met"] for c in found.values())
    assert found["title it"]["rule"] == "XA-ST-TITLE"


def test_imported_marks_the_import_steps_met_and_nothing_else(run) -> None:
    found = details(run("--in", "XA-ST", "--imported", "--format", "json"))
    assert {text for text, c in found.items() if c["met"]} == {"file the entry form"}
    text = run("--in", "XA-ST", "--imported").output
    assert "Import: met (1 step): it is already in the country; keep the entry papers" in text
    assert "- File the entry form" not in text and "- Title it" in text
    assert text.index("Title:") < text.index("Registration:") < text.index("On the road:")


def test_titled_marks_the_title_met_too_and_needs_one_place(run) -> None:
    found = details(run("--in", "XA-ST", "--titled", "--format", "json"))
    assert {text for text, c in found.items() if c["met"]} == {"file the entry form", "title it"}
    two = run("--in", "XA-ST", "--in", "XA", "--titled")
    assert two.exit_code == 2 and "--titled: " in two.output and "exactly one --in" in two.output


def test_findings_carry_their_stage_in_json(run) -> None:
    document = json.loads(run("--in", "XA-ST", "--format", "json").output)
    stages = {f["rule"]: f["stage"] for level in document["verdicts"][0]["levels"] for f in level["findings"]}
    assert stages["XA-25Y"] == "import" and stages["XA-ST-ROAD"] == "road"
    assert document["situation"] == {"imported": False, "titled": False}


@given(
    st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2026, 1, 1)),
    st.sampled_from(["year", "month", "day"]),
    st.booleans(),
)
def test_being_in_the_country_never_changes_a_status(made, precision, titled) -> None:
    """Import steps behind the truck do not show it was eligible when it came in: the status,
    the day time stops standing in the way and the rules in the way are the evidence's."""
    text = {"year": f"{made:%Y}", "month": f"{made:%Y-%m}", "day": made.isoformat()}[precision]
    vehicle = Vehicle(manufactured=PartialDate.parse(text))
    kei = Kei(make_registry(federal(), state()))
    plain = kei.check(vehicle, ["XA-ST", "XA"], dt.date(2026, 1, 22))
    there = kei.check(
        vehicle, ["XA-ST", "XA"], dt.date(2026, 1, 22), situation=Situation(imported=True, titled=titled)
    )
    assert [(v.status, v.eligible_from, v.failing_rules) for v in plain.verdicts] == [
        (v.status, v.eligible_from, v.failing_rules) for v in there.verdicts
    ]
    for verdict in there.verdicts:
        for condition in there.conditions(verdict):
            assert condition.met == (
                condition.stage is Stage.IMPORT or (titled and condition.stage is Stage.TITLE)
            )


@given(st.sampled_from([None, *Stage]))
def test_a_declared_stage_wins_and_an_undeclared_one_is_registration(declared) -> None:
    law = Rule(
        "XK-OK",
        "XK",
        "ok",
        citation="Act",
        source="https://example.org",
        reviewed_on="2026-01-01",
        stage=declared,
    )
    assert stage_of(law) is (declared or Stage.REGISTRATION)


def test_a_stage_that_is_not_one_is_refused_when_the_rule_is_written() -> None:
    with pytest.raises(ValueError):
        Rule(
            "XK-OK",
            "XK",
            "ok",
            citation="Act",
            source="https://example.org",
            reviewed_on="2026-01-01",
            stage="customs",
        )


@pytest.mark.skipif(
    not all(importlib.util.find_spec(name) for name in ("kei_us", "kei_jp", "kei_gb", "kei_ca", "kei_au")),
    reason="the shipped plugins' declarations",
)
def test_the_shipped_rules_declare_their_stage_where_the_default_would_be_wrong() -> None:
    """The federal levels' rules are import steps, declared; a rule about what comes after entry
    (US-STATE-NOTE) or the road is declared so too."""
    import kei_au
    import kei_ca
    import kei_gb
    import kei_jp
    import kei_us

    kei = Kei(make_registry(kei_us, kei_jp, kei_gb, kei_ca, kei_au))
    stages = {}
    for info in kei.rules():
        item = info.item
        if isinstance(item, Rule):
            stages[item.id] = stage_of(item)
    assert stages["US-FMVSS-25Y"] is Stage.IMPORT and stages["US-CBP-ENTRY"] is Stage.IMPORT
    assert stages["US-STATE-NOTE"] is Stage.REGISTRATION
    assert stages["JP-SHAKEN"] is Stage.REGISTRATION and stages["JP-JIBAISEKI"] is Stage.ROAD
    assert stages["GB-HIST-MOT"] is Stage.ROAD and stages["GB-IVA"] is Stage.REGISTRATION
    assert stages["CA-MVSR-15Y"] is Stage.IMPORT and stages["CA-QC-LSV"] is Stage.ROAD
    undeclared = [
        info.id
        for info in kei.rules()
        if isinstance(info.item, Rule)
        and info.item.jurisdiction in ("US", "CA", "AU")
        and info.item.stage is None
    ]
    assert undeclared == [], "every federal (import) rule declares its stage"


def test_every_field_kei_prints_is_documented_in_docs_json_md(run) -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "json.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", page, flags=re.MULTILINE))
    document = json.loads(run("--in", "XA-ST", "--imported", "--format", "json").output)
    verdict = document["verdicts"][0]
    printed = {*document, *verdict, *verdict["levels"][0], *verdict["levels"][0]["findings"][0]}
    assert printed <= documented, f"not in docs/json.md: {sorted(printed - documented)}"


def test_a_condition_staged_apart_from_its_rule_keeps_its_own_stage(monkeypatch, tmp_path) -> None:
    """An import rule's "once it has landed, enter it on the register" is due after entry: being
    in the country does not meet it."""
    import pickle

    from kei_core.rules import staged

    later = staged("registration", "once it has landed, enter it on the register")
    assert later == "once it has landed, enter it on the register" and pickle.loads(pickle.dumps(later)).stage
    federal_level = plugin_module(
        "fixture_landing",
        [Jurisdiction("XL", "Landing", registers=False, registered_by="each state")],
        [
            rule(
                "XL-ENTRY",
                "XL",
                lambda v, on: passed("entered", conditions=("declare it at entry", later)),
                stage="import",
            )
        ],
    )
    state_level = plugin_module(
        "fixture_landing_state", [Jurisdiction("XL-ST", "Landing State", parent="XL", registers=True)], []
    )
    kei = Kei(make_registry(federal_level, state_level))
    result = kei.check(Vehicle(), ["XL"], dt.date(2026, 1, 22), situation=Situation(imported=True))
    found = {c.text: (c.stage, c.met) for c in result.conditions(result.verdicts[0])}
    assert found == {
        "declare it at entry": (Stage.IMPORT, True),
        "once it has landed, enter it on the register": (Stage.REGISTRATION, False),
    }


@pytest.mark.skipif(importlib.util.find_spec("kei_au") is None, reason="kei-au's register entry")
def test_an_australian_truck_in_the_country_still_needs_its_register_entry() -> None:
    import kei_au

    kei = Kei(make_registry(kei_au))
    truck = Vehicle(manufactured=PartialDate.parse("1995-01"), original_configuration=True)
    result = kei.check(truck, ["AU-VIC"], dt.date(2026, 12, 1), situation=Situation(imported=True))
    pending = [c for c in result.conditions(result.verdicts[0]) if not c.met]
    assert any("Register of Approved Vehicles" in c.text and c.stage is Stage.REGISTRATION for c in pending)
