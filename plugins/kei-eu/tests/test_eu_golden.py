"""The dossier's worked examples (2026-01-22) as golden cases, and the plugin contract."""

from __future__ import annotations

from pathlib import Path

import pytest

import kei_eu
from kei_core.testing import GoldenCase, assert_golden_case, check_conformance, golden_cases, make_registry

HERE = Path(__file__).parent


def test_conforms_to_the_plugin_contract() -> None:
    assert check_conformance(kei_eu, distribution="kei-eu") == []


@pytest.mark.parametrize("case", golden_cases(HERE / "golden.toml"), ids=str)
def test_golden(case: GoldenCase) -> None:
    assert_golden_case(case, make_registry(kei_eu))


def test_owns_the_union_and_four_member_states() -> None:
    owned = {j.code: j.parent for j in kei_eu.kei_jurisdictions()}
    assert owned == {"EU": None, "DE": "EU", "NL": "EU", "FR": "EU", "IE": "EU"}
