"""Fixtures for the core's tests."""

from __future__ import annotations

import types

import pytest

from kei_core import Jurisdiction, Requirement, RuleKind, passed
from kei_core_test_helpers import age_check, plugin_module, rule


@pytest.fixture
def federal_and_state() -> tuple[types.ModuleType, types.ModuleType]:
    """A two-level place: XA (a 25-year import rule) and XA-ST (a state that registers)."""
    federal = plugin_module(
        "fixture_federal",
        [Jurisdiction("XA", "Xanadu", registers=False, registered_by="each state")],
        [
            Requirement("XA-SAFETY", "XA", "import safety"),
            rule("XA-25Y", "XA", age_check(25), RuleKind.PATHWAY, "XA-SAFETY"),
        ],
    )
    state = plugin_module(
        "fixture_state",
        [Jurisdiction("XA-ST", "Xanadu State", parent="XA", registers=True)],
        [rule("XA-ST-REG", "XA-ST", lambda v, on: passed("registrable", conditions=("title it",)))],
    )
    return federal, state
