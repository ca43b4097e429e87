"""Canada's worked examples (national-rules.md §7 for 2026-01-22) and the plugin contract."""

from __future__ import annotations

from pathlib import Path

import pytest

import kei_ca
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

HERE = Path(__file__).parent


def test_conformance():
    assert check_conformance(kei_ca, distribution="kei-ca") == []


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_ca))
