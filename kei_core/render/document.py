"""The public JSON document (``--format json``, ``POST /api/check``), versioned.

Its shape is documented in ``docs/json.md``: the fields named in ``DESIGN.md`` §6 never change
name or meaning; fields are only added, and ``schema`` names the version (``kei/check@1``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from kei_core.api import CheckResult
from kei_core.rules import Requirement, Rule, Stage
from kei_core.verdicts import Finding, Verdict

SCHEMA = "kei/check@1"
"""The version of the check document; a change that removes or renames a field changes it."""


def _date(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def finding_json(finding: Finding) -> dict[str, Any]:
    return _finding_json(finding)


def _finding_json(finding: Finding) -> dict[str, Any]:
    # ``_value_`` is what an enum member's ``value`` property returns, read without the property.
    passes_from = finding.passes_from
    return {
        "rule": finding.rule,
        "kind": finding.kind._value_,
        "requirement": finding.requirement,
        "status": finding.status._value_,
        "message": finding.message,
        "citation": finding.citation,
        "source": finding.source,
        "reviewed_on": finding.reviewed_on.isoformat(),
        "passes_from": passes_from.isoformat() if passes_from else None,
        "unconfirmed": finding.unconfirmed,
        "policy": finding.policy,
        "jurisdiction": finding.jurisdiction,
        "plugin": finding.plugin,
        "settle": list(finding.settle),
    }


def verdict_json(verdict: Verdict, result: CheckResult | None = None) -> dict[str, Any]:
    """A VERDICT of ``docs/json.md``; with the ``result`` it belongs to, each finding's
    ``stage`` and the ``condition_details`` (each condition's rule, stage and whether it is met)."""
    if result is None:
        return _verdict_json(verdict, None)
    data = _verdict_json(verdict, result.stages)
    data["condition_details"] = [
        {"text": c.text, "rule": c.rule, "stage": c.stage._value_, "met": c.met}
        for c in result.conditions(verdict)
    ]
    return data


def _findings_json(findings: tuple[Finding, ...], stages: Mapping[str, Stage] | None) -> list[dict[str, Any]]:
    """The findings of a level; with ``stages`` (a result's), each with its ``stage``
    (:meth:`CheckResult.stage <kei_core.api.CheckResult.stage>`: ``registration`` unless told)."""
    if stages is None:
        return [_finding_json(f) for f in findings]
    found = []
    registration = Stage.REGISTRATION
    for finding in findings:
        data = _finding_json(finding)
        data["stage"] = stages.get(finding.rule, registration)._value_
        found.append(data)
    return found


def _verdict_json(verdict: Verdict, stages: Mapping[str, Stage] | None = None) -> dict[str, Any]:
    return {
        "jurisdiction": verdict.jurisdiction,
        "status": verdict.status._value_,
        "eligible_from": _date(verdict.eligible_from),
        "levels": [
            {
                "jurisdiction": level.jurisdiction,
                "name": level.name,
                "status": level.status._value_,
                "owner": level.owner,
                "problems": [problem.message for problem in level.problems],
                "problem_details": [
                    {
                        "kind": problem.kind._value_,
                        "plugin": problem.plugin,
                        "message": problem.message,
                        "remedy": problem.remedy,
                    }
                    for problem in level.problems
                ],
                "findings": _findings_json(level.findings, stages),
            }
            for level in verdict.levels
        ],
        "conditions": list(verdict.conditions),
        "restrictions": [{"kind": r.kind, "value": r.value, "text": r.text} for r in verdict.restrictions],
        "pathways": dict(verdict.pathways),
        "settle": list(verdict.settle),
        "still_missing_then": list(verdict.still_missing_then),
        "scope": verdict.scope,
        "scope_note": verdict.scope_note,
        "failing_rules": list(verdict.failing_rules),
    }


def rule_json(rule: Rule | Requirement, plugin: str) -> dict[str, Any]:
    if isinstance(rule, Requirement):
        return {
            "id": rule.id,
            "kind": "requirement-group",
            "jurisdiction": rule.jurisdiction,
            "statement": rule.statement,
            "plugin": plugin,
        }
    data: dict[str, Any] = {
        "id": rule.id,
        "kind": rule.kind.value,
        "requirement": rule.requirement,
        "jurisdiction": rule.jurisdiction,
        "statement": rule.statement,
        "citation": rule.citation,
        "source": rule.source,
        "sources": list(rule.sources),
        "reviewed_on": rule.reviewed_on.isoformat(),
        "source_as_of": _date(rule.source_as_of),
        "in_force": {"from": _date(rule.in_force.start), "to": _date(rule.in_force.end)},
        "unconfirmed": rule.unconfirmed,
        "policy": rule.policy,
        "notes": rule.notes,
        "plugin": plugin,
    }
    if rule.schedule is not None:
        data["schedule"] = {
            "keyed_by": rule.schedule.keyed_by,
            "entries": [
                {
                    "from": e.start.isoformat(),
                    "label": e.label,
                    "value": describe(e.value),
                    "citation": e.citation,
                    "unconfirmed": e.unconfirmed,
                }
                for e in rule.schedule.entries
            ],
        }
    if rule.age is not None:
        data["age"] = {
            "from": rule.age.field,
            "years": rule.age.threshold.years,
            "counted": rule.age.threshold.granularity.value,
            "text": rule.age.describe(),
        }
    if rule.dated:
        data["dated"] = {
            name: [
                {
                    "from": e.start.isoformat(),
                    "value": describe(e.value),
                    "citation": e.citation,
                    "unconfirmed": e.unconfirmed,
                }
                for e in value.entries
            ]
            for name, value in rule.dated.items()
        }
    return data


def describe(value: object) -> str:
    """A schedule value as its ``describe()`` says it, else as text."""
    found = getattr(value, "describe", None)
    return str(found()) if callable(found) else str(value)


def check_document(result: CheckResult, vehicle: dict[str, Any]) -> dict[str, Any]:
    """The whole answer as the public JSON object (``vehicle`` already as plain values)."""
    return {
        "schema": SCHEMA,
        "on": result.on.isoformat(),
        "vehicle": vehicle,
        "verdicts": [verdict_json(v, result) for v in result.verdicts],
        "plugins": [{"name": p.name, "version": p.version, "error": p.error} for p in result.plugins],
        "catalog_notes": list(result.notes),
        "catalog": result.catalog.to_json() if result.catalog is not None and result.catalog.model else None,
        "situation": {"imported": result.situation.imported, "titled": result.situation.titled},
        "notice": result.notice,
    }
