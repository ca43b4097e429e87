"""mypy over kei_core (strict, see pyproject.toml) and every plugin package, one run each so that
module names stay unique (every plugin has a ``tests`` folder)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    packages = [ROOT / "kei_core", *sorted(p for p in ROOT.glob("plugins/*/kei_*") if p.is_dir())]
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        *map(str, packages),
    ]
    return subprocess.run(command, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
