"""Evaluation: the names of :mod:`kei_core.engine`, where they used to live.

The engine is a package: :mod:`~kei_core.engine.plan` prepares a place, :mod:`~kei_core.engine.run`
turns a check's outcome into a finding (the one place that happens), :mod:`~kei_core.engine.fold`
folds and searches ``eligible_from``, :mod:`~kei_core.engine.memo` remembers findings for
``kei batch``. Import from there in new code; these names stay for existing callers.
"""

from __future__ import annotations

from kei_core.engine.fold import (
    MAX_CANDIDATE_DATES,
    LevelFold,
    Route,
    eligible_from,
    evaluate,
    fold_level,
    search_eligible_from,
    waits_for_its_law,
)
from kei_core.engine.plan import Layout, LevelPlan, Plan, plan_levels
from kei_core.engine.run import DIRECT, DirectRunner, Runner, outcome_problem, run_rule

__all__ = [
    "DIRECT",
    "MAX_CANDIDATE_DATES",
    "DirectRunner",
    "Layout",
    "LevelFold",
    "LevelPlan",
    "Plan",
    "Route",
    "Runner",
    "eligible_from",
    "evaluate",
    "fold_level",
    "outcome_problem",
    "plan_levels",
    "run_rule",
    "search_eligible_from",
    "waits_for_its_law",
]
