"""Start-up (issue 10): the collector's threshold raised only when kei runs as the program; click's
help and version options without gettext; the listings' results created only when listed."""

from __future__ import annotations

import gc
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

VEHICLE = Path(__file__).parent.parent / "examples/vehicles/suzuki-carry-da63t-2005.toml"
# The workload is a check in Japan of a catalogued model: with kei-core alone (no kei-jp) there is
# no answer to compare, only "no installed plugin".
needs_jp = pytest.mark.skipif(importlib.util.find_spec("kei_jp") is None, reason="needs kei-jp")


@needs_jp
def test_kei_run_inside_another_process_leaves_the_collector_alone() -> None:
    from click.testing import CliRunner

    from kei_core.cli import main

    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["check", str(VEHICLE), "--in", "JP"])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == before


@needs_jp
def test_kei_as_the_program_collects_in_larger_rounds_and_answers_the_same() -> None:
    script = (
        "import gc, sys\n"
        "from kei_core.cli import YOUNG_OBJECTS, main\n"
        f"sys.argv = ['kei', 'check', {str(VEHICLE)!r}, '--in', 'JP', '--on', '2026-12-01']\n"
        "try:\n    main()\n"
        "finally:\n"
        "    assert gc.get_threshold()[0] == YOUNG_OBJECTS, gc.get_threshold()\n"
        "    assert gc.isenabled()\n"
    )
    program = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert program.returncode == 0, program.stderr
    from click.testing import CliRunner

    from kei_core.cli import main

    inside = CliRunner().invoke(main, ["check", str(VEHICLE), "--in", "JP", "--on", "2026-12-01"])
    assert program.stdout == inside.output


def _modules_after(code: str) -> set[str]:
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


@needs_jp
def test_a_check_asks_gettext_for_nothing_so_imports_no_locale() -> None:
    loaded = _modules_after(
        "import sys\nfrom kei_core.cli import main\n"
        f"sys.argv = ['kei', 'check', {str(VEHICLE)!r}, '--in', 'JP']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass"
    )
    assert "kei_core.render.text" in loaded  # it answered
    assert "locale" not in loaded
    assert "kei_core.api_listings" not in loaded  # it lists no place and no rule


def test_the_listings_results_are_still_the_facades() -> None:
    import kei_core.api as api
    from kei_core.api import Kei, PlaceInfo, RuleInfo

    assert api.PlaceInfo is PlaceInfo and api.RuleInfo is RuleInfo
    kei = Kei()
    assert isinstance(kei.place("JP"), PlaceInfo)
    assert all(isinstance(info, RuleInfo) for info in kei.rules("JP"))
    with pytest.raises(AttributeError):
        api.NoSuchResult  # noqa: B018


def _option_lines(text: str) -> list[str]:
    """The help and version options' lines of a help page, spaces between words normalised."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return [line for line in lines if line.startswith(("-h, --help", "--version"))]


def test_help_and_version_options_say_what_clicks_own_say() -> None:
    import click
    from click.testing import CliRunner

    from kei_core import __version__
    from kei_core.cli import main

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, prog_name="kei")
    def stock() -> None:
        pass

    @stock.command()
    def check() -> None:
        pass

    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output == runner.invoke(stock, ["--version"]).output
    for args in (["-h"], ["--help"], ["check", "-h"], ["check", "--help"]):
        ours, theirs = runner.invoke(main, args), runner.invoke(stock, args)
        assert ours.exit_code == theirs.exit_code == 0, args
        assert _option_lines(ours.output) == _option_lines(theirs.output), args
        assert _option_lines(ours.output), args
    assert runner.invoke(main, ["check", "-h"]).output == runner.invoke(main, ["check", "--help"]).output
