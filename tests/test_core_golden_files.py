"""Golden files run as tests by themselves, through kei's pytest plugin (no test code)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

PLUGIN = """
from kei_core import Jurisdiction, Rule, hookimpl, passed

@hookimpl
def kei_jurisdictions():
    return [Jurisdiction("XQ", "Q", registers=True)]

@hookimpl
def kei_rules():
    return [Rule(id="XQ-OK", jurisdiction="XQ", statement="ok", citation="Act s. 1",
                 source="https://example.org", reviewed_on="2026-01-01", check=lambda v, on: passed("fine"))]
"""

CASES = """
plugins = ["gt_plugin"]

[[case]]
name = "a truck is legal in XQ"
in = "XQ"
on = 2026-01-01
status = "legal"
passes = ["XQ-OK"]

[[case]]
name = "a wrong expectation fails, saying what kei answered"
in = "XQ"
on = 2026-01-01
status = "not_legal"
"""


def test_each_case_is_an_item_and_a_wrong_answer_fails_readably(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(gt_plugin=PLUGIN)
    pytester.makefile(".toml", golden=CASES)
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider", "golden.toml")
    result.assert_outcomes(passed=2, failed=1)  # conformance, the first case; the second fails
    result.stdout.fnmatch_lines(["*a wrong expectation fails*expected not_legal, got legal*"])


def test_the_conformance_item_reports_a_broken_contract(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(gt_plugin=PLUGIN.replace('source="https://example.org"', 'source="example.org"'))
    pytester.makefile(".toml", golden=CASES.split("[[case]]")[0] + "[[case]]" + CASES.split("[[case]]")[1])
    pytester.syspathinsert()
    result = pytester.runpytest("-p", "no:cacheprovider", "golden.toml")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*breaks the plugin contract:", "*source 'example.org' is not a URL"])


def test_a_golden_file_without_plugins_is_left_alone(pytester: pytest.Pytester) -> None:
    pytester.makefile(".toml", golden='[[case]]\nname = "x"\nin = "XQ"\non = 2026-01-01\n')
    result = pytester.runpytest("-p", "no:cacheprovider", "golden.toml")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
