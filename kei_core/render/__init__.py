"""Renderers by format: :mod:`~kei_core.render.text` for a terminal,
:mod:`~kei_core.render.document` for the public JSON, :mod:`~kei_core.render.markdown` for the
rules reference. Each reads the typed results of :mod:`kei_core.api`; a finding's message is
its plugin's own sentence, and flags (unconfirmed, agency policy) are shown here, once.
"""

from __future__ import annotations

from kei_core.api import notice
from kei_core.render.document import finding_json, rule_json, verdict_json
from kei_core.render.markdown import rules_markdown
from kei_core.render.text import MARK, WORD, headline, rule_text, summary_table, verdict_text, why

__all__ = [
    "MARK",
    "WORD",
    "finding_json",
    "headline",
    "notice",
    "rule_json",
    "rule_text",
    "rules_markdown",
    "summary_table",
    "verdict_json",
    "verdict_text",
    "why",
]
