"""The one evaluation engine: plan a place, run its rules, fold their findings.

* :mod:`~kei_core.engine.plan`: a place's chain of levels prepared from the loaded plugins
  (:class:`Plan`, :class:`LevelPlan`, :func:`plan_levels`).
* :mod:`~kei_core.engine.run`: a rule's outcome becomes a finding in one place
  (:class:`Runner`, :data:`DIRECT`, :func:`outcome_problem`).
* :mod:`~kei_core.engine.fold`: requirements, levels and the place folded, ``eligible_from``
  searched, as a full :class:`~kei_core.verdicts.Verdict` or its
  :class:`~kei_core.verdicts.Summary` (:func:`evaluate`).
* :mod:`~kei_core.engine.memo`: a runner that remembers findings by what each rule declares
  its check reads, and a place's summaries likewise (``kei batch``); imported only there.
"""
