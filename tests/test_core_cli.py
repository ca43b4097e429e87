"""The kei command as users run it: JSON contract, exit statuses, one-line errors, listings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kei_core import cli as cli_module
from kei_core.testing import make_registry

TRUCK = """
make = "Suzuki"
model = "Carry"
manufactured = "2005-06-14"
width_mm = 1475
"""


@pytest.fixture
def run(monkeypatch, federal_and_state, tmp_path: Path):
    registry = make_registry(*federal_and_state)
    monkeypatch.setattr(cli_module.Settings, "registry", lambda self: registry)
    truck = tmp_path / "truck.toml"
    truck.write_text(TRUCK)

    def invoke(*args: str, input: str | None = None):
        argv = [str(truck) if a == "TRUCK" else a for a in args]
        return CliRunner().invoke(cli_module.cli, argv, input=input)

    return invoke


def test_json_output_follows_the_public_contract(run) -> None:
    result = run("check", "TRUCK", "--in", "XA-ST", "--on", "2026-01-22", "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.output)
    assert set(document) >= {"on", "vehicle", "verdicts", "plugins", "notice"}
    verdict = document["verdicts"][0]
    assert set(verdict) >= {"jurisdiction", "status", "eligible_from", "levels", "conditions", "restrictions"}
    assert verdict["status"] == "not_legal" and verdict["eligible_from"] == "2030-06-14"
    finding = verdict["levels"][0]["findings"][0]
    assert set(finding) >= {
        "rule",
        "kind",
        "requirement",
        "status",
        "message",
        "citation",
        "source",
        "reviewed_on",
        "passes_from",
        "unconfirmed",
        "policy",
    }
    assert document["vehicle"]["manufactured"] == "2005-06-14"
    assert "not legal advice" in document["notice"]


def test_exit_statuses_say_legal_not_legal_and_unknown(run) -> None:
    assert run("check", "TRUCK", "--in", "XA-ST", "--on", "2031-01-01").exit_code == 0
    assert run("check", "TRUCK", "--in", "XA-ST", "--on", "2026-01-22").exit_code == 1
    assert run("check", "TRUCK", "--in", "ZZ", "--on", "2031-01-01").exit_code == 3


def test_text_output_leads_with_the_verdict_and_ends_with_the_notice(run) -> None:
    result = run("check", "TRUCK", "--in", "XA-ST", "--on", "2026-01-22")
    lines = result.output.strip().splitlines()
    assert lines[2].startswith("XA-ST: NOT LEGAL — eligible from 2030-06-14")
    assert "not legal advice" in lines[-1]


def test_stdin_is_read_with_a_dash(run) -> None:
    result = run("check", "-", "--in", "XA", "--on", "2031-01-01", input='{"manufactured": "2005-06-14"}')
    assert result.exit_code == 0


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (("check", "-", "--in", "XA"), "widht_mm = 3", "did you mean 'width_mm'"),
        (("check", "-", "--in", "XA"), "", "is empty"),
        (("check", "TRUCK", "--in", "XA", "--on", "2026-02-30"), None, "--on"),
        (("check", "TRUCK", "--in", "not a code"), None, "--in"),
        (("check", "/no/such/file.toml", "--in", "XA"), None, "no such file"),
        (("explain", "XA-25"), None, "did you mean 'XA-25Y'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run, args, stdin, expected) -> None:
    result = run(*args, input=stdin)
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_without_in_every_installed_place_is_one_table(run) -> None:
    result = run("check", "TRUCK", "--on", "2031-01-01")
    table, _, imports = result.output.partition("Import only")
    # XA registers nothing: it is counted apart, worded as admissibility, never as LEGAL.
    assert "legal or conditional in 1 of 1 places where it can be registered" in table
    assert "XA-ST  LEGAL" in table and "\nXA " not in table
    assert "XA     ADMISSIBLE" in imports
    assert "LEGAL" not in imports.replace("not street legality", "")


def test_an_import_only_level_never_reads_legal(run) -> None:
    result = run("check", "TRUCK", "--in", "XA", "--on", "2031-01-01", "--format", "json")
    verdict = json.loads(result.output)["verdicts"][0]
    assert verdict["status"] == "conditional" and verdict["scope"] == "import"
    assert "registration is decided by each state" in verdict["scope_note"]
    text = run("check", "TRUCK", "--in", "XA", "--on", "2031-01-01").output
    assert "XA: CONDITIONAL (import only, not registration)" in text
    state = json.loads(
        run("check", "TRUCK", "--in", "XA-ST", "--on", "2031-01-01", "--format", "json").output
    )
    assert state["verdicts"][0]["status"] == "legal" and state["verdicts"][0]["scope"] == "registration"


def test_rules_list_citation_source_and_review_date(run) -> None:
    result = run("rules", "--in", "XA-ST", "--format", "json")
    rules = {r["id"]: r for r in json.loads(result.output)}
    assert set(rules) == {"XA-SAFETY", "XA-25Y", "XA-ST-REG"}
    assert rules["XA-25Y"]["citation"] and rules["XA-25Y"]["source"].startswith("https://")
    assert rules["XA-25Y"]["reviewed_on"] == "2026-11-01"


def test_plugins_lists_names_jurisdictions_and_hooks(run) -> None:
    result = run("plugins", "--format", "json")
    rows = {row["name"]: row for row in json.loads(result.output)}
    assert rows["fixture-federal"]["jurisdictions"] == ["XA"]
    assert "kei_rules" in rows["fixture-state"]["hooks"]


def test_several_places_share_their_federal_level_once(run) -> None:
    result = run("check", "TRUCK", "--in", "XA-ST", "--in", "XA-ST", "--on", "2031-01-01")
    assert result.output.count("XA (Xanadu)") == 1
    assert "XA, for XA-ST, XA-ST:" in result.output
    verbose = run("check", "TRUCK", "--in", "XA-ST", "--in", "XA-ST", "--on", "2031-01-01", "-v")
    assert verbose.output.count("XA (Xanadu)") == 2


def test_kei_fields_says_in_words_what_every_field_holds(run) -> None:
    import attrs

    from kei_core import Vehicle

    rows = {row["field"]: row for row in json.loads(run("fields", "--format", "json").output)}
    assert set(rows) == {field.name for field in attrs.fields(Vehicle)}
    assert all(row["meaning"] for row in rows.values())
    assert "車両重量" in rows["curb_weight_kg"]["meaning"] and rows["curb_weight_kg"]["unit"].startswith("kg")
    assert "PartialDate" not in run("fields").output  # words, not Python types
