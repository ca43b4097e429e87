"""The one evaluation engine: plan a place, run its rules, fold their findings.

* :mod:`~kei_core.engine.plan`: a place's chain of levels prepared from the loaded plugins
  (:class:`~kei_core.engine.plan.Plan`, :class:`~kei_core.engine.plan.LevelPlan`,
  :func:`~kei_core.engine.plan.plan_levels`), with each level's rules in force grouped once per
  stretch of days (:class:`~kei_core.engine.plan.Layout`).
* :mod:`~kei_core.engine.run`: the one place a check's outcome is normalised (a crash or a
  wrong return is ``unknown``, an unconfirmed pass ``conditional``, ``passes_from`` kept only
  after the day) into a finding, or into its :class:`~kei_core.engine.run.Essential` (what the
  fold uses); a :class:`~kei_core.engine.run.Runner` obtains them, :data:`~kei_core.engine.run.DIRECT`
  by running every check.
* :mod:`~kei_core.engine.fold`: requirements, levels and the place folded, ``eligible_from``
  searched, as a full :class:`~kei_core.verdicts.Verdict` or its
  :class:`~kei_core.summary.Summary` (:func:`~kei_core.engine.fold.evaluate`).
* :mod:`~kei_core.engine.memo`: a runner that remembers outcomes by what each rule declares its
  check reads, and a place's summaries likewise (``kei batch``); imported only there.

:mod:`kei_core.evaluation` keeps the names callers used before the engine was a package.
"""
