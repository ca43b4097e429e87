"""The federal plugin keeps its contract and answers the dossier's worked examples."""

from __future__ import annotations

from pathlib import Path

import pytest

import kei_us
from kei_core.testing import assert_golden_case, check_conformance, golden_cases, make_registry

HERE = Path(__file__).parent


def test_conformance():
    assert check_conformance(kei_us, distribution="kei-us") == []


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case):
    assert_golden_case(case, make_registry(kei_us))
