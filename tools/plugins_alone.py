"""Install each plugin alone, with only its declared dependencies, and run its own tests.

This proves that every plugin's pyproject declares what it needs: a state plugin that forgot
to depend on kei-us fails here, although it passes in the environment where everything is
installed.

Plugins that depend on the same local distributions (every US state needs kei-core and kei-us)
share one base environment holding exactly those: each plugin is installed into it, tested,
and uninstalled again before the next, so each is still tested with nothing but its own
dependencies beside it, without building a fresh environment fifty times. Two workers run at
once, each with its own copies of the base environments.

    python tools/plugins_alone.py            # every plugin under plugins/ and examples/plugins/
    python tools/plugins_alone.py kei-us-tx  # just these
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from local_packages import distributions, local_closure

TEST_DEPS = ["pytest>=8", "hypothesis>=6.100"]
WORKERS = 2
UV = [sys.executable, "-m", "uv"]


def _name(folder: Path) -> str:
    name: str = tomllib.loads((folder / "pyproject.toml").read_text())["project"]["name"]
    return name


class Worker:
    """One worker's base environments, by the set of local distributions they hold."""

    def __init__(self, scratch: Path, index: int) -> None:
        self.scratch = scratch / f"worker-{index}"
        self.bases: dict[tuple[str, ...], Path] = {}

    def base(self, dependencies: list[Path]) -> Path:
        key = tuple(sorted(str(path) for path in dependencies))
        if key not in self.bases:
            venv = self.scratch / f"base-{len(self.bases)}"
            subprocess.run([*UV, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
            python = venv / "bin" / "python"
            subprocess.run(
                [*UV, "pip", "install", "--quiet", "--python", str(python), *key, *TEST_DEPS], check=True
            )
            self.bases[key] = python
        return self.bases[key]

    def run(self, folder: Path) -> tuple[bool, str]:
        closure = local_closure(folder)
        python = self.base([path for path in closure if path != folder])
        tests = folder / "tests"
        if not tests.is_dir():
            return False, "no tests/ folder"
        subprocess.run([*UV, "pip", "install", "--quiet", "--python", str(python), str(folder)], check=True)
        try:
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
                capture_output=True,
                text=True,
            )
        finally:
            subprocess.run(
                [*UV, "pip", "uninstall", "--quiet", "--python", str(python), _name(folder)], check=True
            )
        return result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def main(names: list[str]) -> int:
    known = {name: folder for name, folder in distributions().items() if name != "kei-core"}
    chosen = names or sorted(known)
    failed: list[str] = []
    lock = threading.Lock()
    with tempfile.TemporaryDirectory(prefix="kei-alone-") as scratch:
        workers = [Worker(Path(scratch), index) for index in range(WORKERS)]
        free = list(workers)

        def one(name: str) -> None:
            with lock:
                worker = free.pop()
            started = time.perf_counter()
            try:
                ok, output = worker.run(known[name])
            finally:
                with lock:
                    free.append(worker)
            with lock:
                if not ok:
                    failed.append(name)
                    print(output, flush=True)
                print(
                    f"{'ok  ' if ok else 'FAIL'} {name} alone ({time.perf_counter() - started:.1f} s)",
                    flush=True,
                )

        with ThreadPoolExecutor(WORKERS) as pool:
            list(pool.map(one, chosen))
    total = len(chosen)
    print(f"{total - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
