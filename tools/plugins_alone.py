"""Install each plugin alone, with only its declared dependencies, and run its own tests.

This proves that every plugin's pyproject declares what it needs: a state plugin that forgot
to depend on kei-us fails here, although it passes in the environment where everything is
installed. Each plugin gets a fresh virtual environment (uv makes that take a second).

    python tools/plugins_alone.py            # every plugin under plugins/ and examples/plugins/
    python tools/plugins_alone.py kei-us-tx  # just these
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from local_packages import distributions, local_closure

TEST_DEPS = ["pytest>=8", "hypothesis>=6.100"]


def run_alone(name: str, folder: Path, scratch: Path) -> bool:
    venv = scratch / name
    python = venv / "bin" / "python"
    uv = [sys.executable, "-m", "uv"]
    subprocess.run([*uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    folders = [str(path) for path in local_closure(folder)]
    subprocess.run(
        [*uv, "pip", "install", "--quiet", "--python", str(python), *folders, *TEST_DEPS], check=True
    )
    tests = folder / "tests"
    if not tests.is_dir():
        print(f"FAIL {name}: no tests/ folder")
        return False
    result = subprocess.run(
        [
            str(python),
            "-m",
            "pytest",
            "-q",
            "--import-mode=importlib",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(folder),
            str(tests),
        ],
        cwd=folder,
    )
    return result.returncode == 0


def main(names: list[str]) -> int:
    known = {name: folder for name, folder in distributions().items() if name != "kei-core"}
    chosen = names or sorted(known)
    failed = []
    with tempfile.TemporaryDirectory(prefix="kei-alone-") as scratch:
        for name in chosen:
            started = time.perf_counter()
            ok = run_alone(name, known[name], Path(scratch))
            print(
                f"{'ok  ' if ok else 'FAIL'} {name} alone ({time.perf_counter() - started:.1f} s)", flush=True
            )
            if not ok:
                failed.append(name)
    total = len(chosen)
    print(f"{total - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
