"""The distributions in this repository and their local dependencies, for tox and CI.

pip and uv look for ``kei-us`` on the package index unless every local distribution a package
needs is given in the same install command; these helpers build that command.

    python tools/local_packages.py install all          # kei-core and every plugin, one command
    python tools/local_packages.py install all+examples # ... and the example third-party plugins
    python tools/local_packages.py install core         # kei-core alone
    python tools/local_packages.py install plugins/kei-us-tx   # one plugin with its local deps
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def distributions() -> dict[str, Path]:
    """Distribution name -> folder, for kei-core, every plugin and the example plugins."""
    found = {"kei-core": ROOT}
    for folder in sorted([*ROOT.glob("plugins/*/"), *ROOT.glob("examples/plugins/*/")]):
        pyproject = folder / "pyproject.toml"
        if pyproject.exists():
            found[tomllib.loads(pyproject.read_text())["project"]["name"]] = folder
    return found


def plugins() -> list[Path]:
    return [
        folder
        for name, folder in distributions().items()
        if folder.parent.name == "plugins" and folder.parent.parent == ROOT
    ]


def local_closure(folder: Path) -> list[Path]:
    """``folder`` and every local distribution it depends on, transitively."""
    known = distributions()
    wanted: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        if current in wanted:
            continue
        wanted.append(current)
        project = tomllib.loads((current / "pyproject.toml").read_text())["project"]
        for requirement in project.get("dependencies", []):
            name = re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].strip().lower()
            if name in known:
                pending.append(known[name])
    return wanted


def with_test_extra(folder: Path) -> str:
    """``folder``, with its ``test`` extra when it declares one (kei-web's tests need an HTTP
    client and Playwright, which kei-core's tests do not)."""
    project = tomllib.loads((folder / "pyproject.toml").read_text())["project"]
    has_extra = "test" in project.get("optional-dependencies", {}) and folder != ROOT
    return f"{folder}[test]" if has_extra else str(folder)


def install(target: str, python: str = sys.executable) -> None:
    if target == "all":
        folders = [ROOT, *plugins()]
    elif target == "all+examples":
        folders = [ROOT, *plugins(), *sorted(ROOT.glob("examples/plugins/*/"))]
    elif target == "core":
        folders = [ROOT]
    else:
        folders = local_closure((ROOT / target).resolve())
    command = ["uv", "pip", "install", "--quiet", "--python", python, *map(with_test_extra, folders)]
    subprocess.run([sys.executable, "-m", *command], check=True)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] != "install":
        sys.exit(__doc__)
    install(sys.argv[2])
