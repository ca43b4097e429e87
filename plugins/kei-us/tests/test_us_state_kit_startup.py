"""Start-up of a state plugin: the state kit's parts are imported on first use (issue 12: the
cost of loading a state stays small as states multiply)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _modules_after(code: str, path: Path) -> set[str]:
    """The modules a fresh interpreter has imported after running ``code`` (``path`` first on
    ``sys.path``)."""
    script = f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(path), os.environ.get("PYTHONPATH", "")])},
    )
    return set(done.stdout.split())


def test_a_state_plugin_imports_only_the_parts_of_the_state_kit_it_declares(tmp_path: Path) -> None:
    package = tmp_path / "kei_us_zz_startup"
    package.mkdir()
    (package / "__init__.py").write_text(
        "from kei_us.state_kit import state_plugin\n"
        "plugin = state_plugin('US-ZZ', 'Zed', rules='kei_us_zz_startup.law:RULES')\n"
    )
    (package / "law.py").write_text(
        "from kei_core import Period\n"
        "from kei_us.state_kit import Registration, RegistrationOutcome, state_rules\n"
        "RULES = state_rules('US-ZZ', Registration(RegistrationOutcome.REGULAR, "
        "citation='Z.S. 1', source='https://example.org', reviewed_on='2026-12-01'), in_force=Period('2020-01-01'))\n"
    )
    declared = _modules_after("import kei_us_zz_startup", tmp_path)
    assert not {m for m in declared if m.startswith("kei_us.state_kit.")}
    loaded = _modules_after("import kei_us_zz_startup\nkei_us_zz_startup.plugin.kei_rules()", tmp_path)
    assert {m for m in loaded if m.startswith("kei_us.state_kit.")} == {"kei_us.state_kit.registration"}


def test_every_name_of_the_state_kit_is_there() -> None:
    import kei_us.state_kit as kit

    for name in kit.__all__:
        assert getattr(kit, name) is not None, name
    with pytest.raises(AttributeError):
        kit.no_such_part  # noqa: B018
