"""The plugin author's API reference (docs/api.md) is generated from the docstrings, never stale."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(importlib.util.find_spec("kei_us") is None, reason="documents the US state kit too")
def test_docs_api_md_is_generated_from_the_docstrings() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import api_reference
    finally:
        sys.path.pop(0)
    current = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    assert api_reference.reference() == current, (
        "docs/api.md is stale: run `python tools/api_reference.py > docs/api.md`"
    )
    for name in ("state_plugin", "MiniTruckDefinition", "RoadAccess", "Limit", "rules_from", "Rule"):
        assert f"`{name}" in current, f"{name} is not documented"
