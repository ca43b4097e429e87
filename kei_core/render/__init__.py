"""Renderers by format: :mod:`~kei_core.render.text` for a terminal,
:mod:`~kei_core.render.document` for the public JSON, :mod:`~kei_core.render.markdown` for the
rules reference. Each reads the typed results of :mod:`kei_core.api`; a finding's message is
its plugin's own sentence, and flags (unconfirmed, agency policy) are shown here, once.

The names below are imported from their format's module on first use (PEP 562): ``kei check``
loads its format's renderer by entry point and never pays for the others.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kei_core.api import notice
    from kei_core.render.document import finding_json, rule_json, verdict_json
    from kei_core.render.markdown import rules_markdown
    from kei_core.render.text import MARK, WORD, headline, rule_text, summary_table, verdict_text, why

_HOMES: dict[str, str] = {
    "notice": "kei_core.api",
    "finding_json": "kei_core.render.document",
    "rule_json": "kei_core.render.document",
    "verdict_json": "kei_core.render.document",
    "rules_markdown": "kei_core.render.markdown",
    "MARK": "kei_core.render.text",
    "WORD": "kei_core.render.text",
    "headline": "kei_core.render.text",
    "rule_text": "kei_core.render.text",
    "summary_table": "kei_core.render.text",
    "verdict_text": "kei_core.render.text",
    "why": "kei_core.render.text",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
