"""Build kei-core and every plugin as wheels, install them together in a fresh environment, and
ask the installed ``kei`` a real question: what a user without a checkout would install.

    python tools/wheels.py            # build into a temporary folder, install, check
    python tools/wheels.py --keep DIR # leave the wheels in DIR (to publish or to pipx install)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from local_packages import ROOT, distributions

UV = [sys.executable, "-m", "uv"]
EXAMPLE = ROOT / "examples" / "vehicles" / "mitsubishi-minicab-u62t-2000.toml"


def build(out: Path) -> list[Path]:
    """One wheel per distribution of the repository (kei-core, every plugin, the examples)."""
    for folder in distributions().values():
        subprocess.run([*UV, "build", "--quiet", "--wheel", "--out-dir", str(out), str(folder)], check=True)
    return sorted(out.glob("*.whl"))


def check(wheels: list[Path], scratch: Path) -> None:
    venv = scratch / "venv"
    subprocess.run([*UV, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([*UV, "pip", "install", "--quiet", "--python", str(python), *map(str, wheels)], check=True)
    kei = venv / "bin" / "kei"
    answer = subprocess.run(
        [str(kei), "check", str(EXAMPLE), "--in", "JP", "--in", "US-TX", "--on", "2026-11-30"],
        capture_output=True,
        text=True,
    )
    if (
        answer.returncode not in (0, 1, 3)
        or "JP" not in answer.stdout
        or "not legal advice" not in answer.stdout
    ):
        raise SystemExit(f"the installed wheels did not answer:\n{answer.stdout}\n{answer.stderr}")
    plugins = subprocess.run([str(kei), "plugins"], capture_output=True, text=True, check=True)
    if "ERROR" in plugins.stdout:
        raise SystemExit(f"a plugin failed to load from its wheel:\n{plugins.stdout}")
    print(f"ok: {len(wheels)} wheels install together and answer `kei check`", flush=True)


def main(argv: list[str]) -> int:
    keep = Path(argv[argv.index("--keep") + 1]) if "--keep" in argv else None
    with tempfile.TemporaryDirectory(prefix="kei-wheels-") as scratch:
        out = keep or Path(scratch) / "wheels"
        out.mkdir(parents=True, exist_ok=True)
        check(build(out), Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
