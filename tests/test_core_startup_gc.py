"""Start-up: the collector's threshold is raised only when kei runs as the program (issue 10)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

VEHICLE = Path(__file__).parent.parent / "examples/vehicles/suzuki-carry-da63t-2005.toml"


def test_kei_run_inside_another_process_leaves_the_collector_alone() -> None:
    from click.testing import CliRunner

    from kei_core.cli import main

    before = gc.get_threshold()
    result = CliRunner().invoke(main, ["check", str(VEHICLE), "--in", "JP"])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == before


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
