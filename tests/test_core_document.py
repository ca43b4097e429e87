"""The check document's findings: with their stage (a check's answer) or without it (a verdict
alone), every field :func:`finding_json` writes, in its order, and the stage last."""

from __future__ import annotations

import datetime as dt

from kei_core.render.document import _findings_json, finding_json
from kei_core.rules import RuleKind, Stage
from kei_core.status import Status
from kei_core.verdicts import Finding

DAY = dt.date(2026, 12, 1)


def _findings() -> tuple[Finding, ...]:
    """Findings covering every field the document writes: set and left at its default."""
    full = Finding(
        "XT-FULL",
        RuleKind.PATHWAY,
        "XT-REQ",
        Status.CONDITIONAL,
        "passes later",
        "Act s. 1",
        "https://example.org/act",
        DAY,
        "XT",
        passes_from=dt.date(2030, 6, 30),
        unconfirmed=True,
        policy=True,
        plugin="xt",
        settle=("show the label", "weigh it"),
        conditions=("a condition",),
    )
    bare = Finding("XT-BARE", RuleKind.REQUIREMENT, None, Status.NOT_LEGAL, "fails", "", "", DAY, "XT")
    information = Finding("XT-INFO", RuleKind.INFORMATION, None, Status.LEGAL, "note", "", "", DAY, "XT")
    return full, bare, information


def test_a_finding_with_its_stage_is_finding_json_and_the_stage() -> None:
    findings = _findings()
    stages = {"XT-FULL": Stage.IMPORT, "XT-INFO": Stage.TITLE}  # XT-BARE: registration, untold
    written = _findings_json(findings, stages)
    expected = [{**finding_json(f), "stage": stages.get(f.rule, Stage.REGISTRATION).value} for f in findings]
    assert [list(data.items()) for data in written] == [list(data.items()) for data in expected]
    assert written[0]["passes_from"] == "2030-06-30" and written[1]["passes_from"] is None
    assert _findings_json(findings, None) == [finding_json(f) for f in findings]
