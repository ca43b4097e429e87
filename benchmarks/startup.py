"""Start-up: `kei check <example> --in JP` as a whole process, against the bare import of
click, pluggy and attrs (the floor any click + pluggy + attrs tool pays); `--in US-TX` (plugins
not asked are never imported) and every place at once, with what each installed plugin costs.

Run with every plugin of the repository installed:

    python benchmarks/startup.py [--runs 21] [--vehicle examples/vehicles/...toml]

The commands are timed in turns (bare, check, bare, check...), so that a machine that slows
down or speeds up meanwhile (other people's tests) weighs on all alike. It prints the median of
each, the median of the pairs' ratios, and each figure against its target, met or MISSED (issue
10: --in JP at most 1.5x the bare import; issue 12: every place at most 1.5x what it cost with the
ten states kei shipped before the 41 new ones, and --in US-TX no slower than its ratio of
2026-12-01).

Every place is compared with the tree of that day (commit 8bff2f9, ten states and 16 plugins) on
the same machine, never with a number of milliseconds from another day: this machine runs the same
work up to twice as fast on one day as on another (the bare import took 53-61 ms on 2026-11-25 and
87-107 ms on 2026-12-02, for the same 228 million instructions). So the figure is every place
against the bare import, timed in turns, beside the same ratio of the tree of that day (2.39,
measured in turns on 2026-12-02; its --in JP ratio came out 1.96 then, as the README of 2026-11-25
says, so the ratio carries over from day to day where milliseconds do not). ``--before KEI``
times that tree's own ``kei`` in turns with this one's, for anyone who wants the comparison direct::

    git worktree add --detach /tmp/kei-before 8bff2f9
    python -m venv /tmp/kei-before-venv
    /tmp/kei-before-venv/bin/pip install /tmp/kei-before /tmp/kei-before/plugins/*
    python benchmarks/startup.py --before /tmp/kei-before-venv/bin/kei

It measures the environment of the Python that runs it (its own ``kei``, not another on ``PATH``)
and says which, and whether kei-core is installed there from this checkout in development mode
(editable) or as the README installs it. ``--instructions`` also counts each command's instructions
under valgrind's callgrind, a figure other processes on the machine do not move.

Every command runs with its bytecode compiled, as after `pip install` (which compiles it): with
PYTHONDONTWRITEBYTECODE set, a module edited since its last .pyc would be compiled anew on every
run, and kei's figures would include compiling whatever was edited last. The bytecode goes to a
temporary PYTHONPYCACHEPREFIX, warmed by one run of each command, and the tree is left alone.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5
"""`kei check FILE --in JP` against the bare import (issue 10)."""
BEFORE_STATES_COMMIT = "8bff2f9"
"""The tree when the 41 new states were asked for: ten states, 16 plugins (issue 12's "today")."""
BEFORE_STATES_RATIO = 2.39
"""Every place against the bare import with that tree, the median of 21 turns on 2026-12-02."""
BEFORE_STATES_INSTRUCTIONS = 633
"""Every place with that tree, millions of instructions under callgrind (Python 3.11.7, installed
as the README installs it, the same vehicle), 2026-12-02."""
EVERY_PLACE_TARGET = 1.5
"""Every place, with all plugins installed, against the same with that tree (issue 12)."""
TEXAS_RATIO_BEFORE = 2.25
"""`--in US-TX` against the bare import on 2026-12-01, before this work: it must not get worse."""

# Loads every enabled plugin in a fresh interpreter and prints, as JSON, the wall time each one's
# import, registration and hooks took (what `kei check` with every place pays for it).
PER_PLUGIN = """
import json, sys, time
from kei_core.plugins import loader, registry
costs = {}
load = loader.Loader.load
def timed(self, record):
    started = time.perf_counter()
    try:
        return load(self, record)
    finally:
        costs[record.name] = time.perf_counter() - started
loader.Loader.load = timed
registry.Registry().load_all()
print(json.dumps(costs))
"""


def _kei_of_this_python() -> str | None:
    """The ``kei`` command of the environment running this script (its ``bin`` or ``Scripts``
    folder), never another one earlier on ``PATH``: the figures are those of this environment."""
    folder = Path(sys.executable).parent
    for name in ("kei", "kei.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("kei", path=str(folder))
    return found


def _environment() -> str:
    """Which environment is measured, and whether kei-core is installed from this checkout in
    development mode (editable: one ``sys.path`` folder a plugin) or as built wheels.

    Every ``python -c`` here runs with ``-P``: run from a checkout, the current folder would
    otherwise come first on ``sys.path`` and its kei_core be measured instead of the one installed."""
    done = subprocess.run(
        [sys.executable, "-P", "-c", "import kei_core, sys; print(kei_core.__file__); print(len(sys.path))"],
        capture_output=True,
        text=True,
    )
    lines = done.stdout.split()
    if len(lines) < 2:
        return f"{sys.prefix} (kei_core does not import: {done.stderr.strip()[-200:]})"
    location, folders = Path(lines[0]).resolve(), lines[1]
    editable = ROOT in location.parents
    how = "editable (development mode)" if editable else "installed (non-editable)"
    return f"{sys.prefix}: kei-core {how} from {location.parent}, {folders} sys.path folders"


def seconds(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, env=env)
    return time.perf_counter() - started


def in_turns(
    first: list[str], second: list[str], runs: int, env: dict[str, str]
) -> tuple[float, float, float]:
    """Both commands timed in turns ``runs`` times: the median seconds of each, and the median of
    the turns' ratios (second / first), so that a machine slowing down weighs on both alike."""
    pairs = [(seconds(first, env), seconds(second, env)) for _ in range(runs)]
    return (
        statistics.median(a for a, _ in pairs),
        statistics.median(b for _, b in pairs),
        statistics.median(b / a for a, b in pairs),
    )


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--vehicle", default=str(ROOT / "examples/vehicles/suzuki-carry-da63t-2005.toml"))
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count each command's instructions under valgrind's callgrind (steady on a busy machine)",
    )
    parser.add_argument(
        "--before",
        metavar="KEI",
        help=f"the kei command of an install of {BEFORE_STATES_COMMIT} (ten states): timed in turns with this one",
    )
    args = parser.parse_args()
    kei = _kei_of_this_python()
    if kei is None:
        sys.exit(f"kei is not installed in the environment of {sys.executable} (see the README)")
    print(f"environment:                   {_environment()}")
    with tempfile.TemporaryDirectory(prefix="kei-bytecode-") as bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = bytecode
        if args.instructions:
            _instructions(kei, args.vehicle, env)
        return _measure(kei, args.vehicle, args.runs, env, args.before)


def _measure(kei: str, vehicle: str, runs: int, env: dict[str, str], before: str | None) -> int:
    bare_command = [sys.executable, "-P", "-c", "import click, pluggy, attrs"]
    check_command = [kei, "check", vehicle, "--in", "JP"]
    texas_command = [kei, "check", vehicle, "--in", "US-TX"]
    every_command = [kei, "check", vehicle]
    for command in (bare_command, check_command, texas_command, every_command):
        seconds(command, env)  # compile the bytecode, warm the file cache
    bare, check, ratio = in_turns(bare_command, check_command, runs, env)
    listing = subprocess.run(
        [kei, "plugins", "--format", "json"], capture_output=True, text=True, env=env
    ).stdout
    plugins = len(json.loads(listing or "[]"))
    print(f"plugins installed:             {plugins}")
    print(f"import click, pluggy, attrs:   {bare * 1000:7.1f} ms (median of {runs})")
    print(f"kei check ... --in JP:         {check * 1000:7.1f} ms (median of {runs})")
    print(
        f"ratio:                         {ratio:7.2f}  (median of the pairs; target <= {TARGET}: {verdict(ratio <= TARGET)})"
    )
    _, texas, texas_ratio = in_turns(bare_command, texas_command, runs, env)
    _, every, every_ratio = in_turns(bare_command, every_command, runs, env)
    print(
        f"kei check ... --in US-TX:      {texas * 1000:7.1f} ms (ratio {texas_ratio:.2f}: plugins not asked are never imported; "
        f"{TEXAS_RATIO_BEFORE} on 2026-12-01 before this work, no worse: {verdict(texas_ratio <= TEXAS_RATIO_BEFORE)})"
    )
    print(
        f"kei check ... (every place):   {every * 1000:7.1f} ms (ratio {every_ratio:.2f}; "
        f"{(every - check) * 1000 / max(plugins, 1):.2f} ms a plugin over --in JP, median of {runs})"
    )
    against_before = every_ratio / BEFORE_STATES_RATIO
    every_met = against_before <= EVERY_PLACE_TARGET
    print(
        f"  before the 41 new states ({BEFORE_STATES_COMMIT}, ten states): ratio {BEFORE_STATES_RATIO}; "
        f"target <= {EVERY_PLACE_TARGET}x that: {against_before:.2f}x, {verdict(every_met)}"
    )
    if before is not None:
        _against_before(before, every_command, vehicle, runs, env)
    _per_plugin(env, max(3, runs // 5))
    return 0 if ratio <= TARGET and texas_ratio <= TEXAS_RATIO_BEFORE and every_met else 1


def _against_before(
    before: str, every_command: list[str], vehicle: str, runs: int, env: dict[str, str]
) -> None:
    """Every place with the tree of before the 41 states (its own ``kei``), in turns with this one."""
    before_command = [before, "check", vehicle]
    seconds(before_command, env)
    then, _, factor = in_turns(before_command, every_command, runs, env)
    print(
        f"  timed in turns with {before}: {then * 1000:.1f} ms; this one {factor:.2f}x that "
        f"(median of {runs} turns; target <= {EVERY_PLACE_TARGET}: {verdict(factor <= EVERY_PLACE_TARGET)})"
    )


def _instructions(kei: str, vehicle: str, env: dict[str, str]) -> None:
    """Each command's instruction count under callgrind (millions): what wall time measures,
    without the noise of other processes; wall time is about proportional to it."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("instructions: valgrind is not installed")
        return
    commands = {
        "import click, pluggy, attrs": [sys.executable, "-P", "-c", "import click, pluggy, attrs"],
        "kei check ... --in JP": [kei, "check", vehicle, "--in", "JP"],
        "kei check ... --in US-TX": [kei, "check", vehicle, "--in", "US-TX"],
        "kei check ... (every place)": [kei, "check", vehicle],
    }
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="kei-callgrind-") as folder:
        for label, command in commands.items():
            seconds(command, env)  # compiled bytecode, as timed
            out = os.path.join(folder, "callgrind.out")
            subprocess.run(
                [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *command],
                capture_output=True,
                env=env,
            )
            with open(out, encoding="utf-8", errors="replace") as file:
                for line in file:
                    if line.startswith(("summary:", "totals:")):
                        counts[label] = int(line.split()[1])
                        break
    bare = counts.get("import click, pluggy, attrs")
    for label, count in counts.items():
        ratio = f" ({count / bare:.2f}x the bare import)" if bare else ""
        print(f"{label + ':':<31}{count / 1e6:7.0f} Mi instructions{ratio}")
    every = counts.get("kei check ... (every place)")
    if every:
        factor = every / 1e6 / BEFORE_STATES_INSTRUCTIONS
        print(
            f"  before the 41 new states ({BEFORE_STATES_COMMIT}): {BEFORE_STATES_INSTRUCTIONS} Mi; this one {factor:.2f}x that "
            f"(target <= {EVERY_PLACE_TARGET}: {verdict(factor <= EVERY_PLACE_TARGET)})"
        )


def _per_plugin(env: dict[str, str], runs: int) -> None:
    """The median cost of loading each plugin (import, registration, hooks), the top five, and the
    median plugin: what one more installed plugin adds to `kei check` with every place."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-P", "-c", PER_PLUGIN], capture_output=True, text=True, env=env
        )
        for name, cost in json.loads(done.stdout or "{}").items():
            samples.setdefault(name, []).append(cost)
    if not samples:
        print("  loading each plugin: could not be measured")
        return
    costs = sorted(((statistics.median(v), k) for k, v in samples.items()), reverse=True)
    total = sum(cost for cost, _ in costs)
    typical = statistics.median(cost for cost, _ in costs)
    print(
        f"  loading every plugin:        {total * 1000:7.1f} ms in all, median plugin {typical * 1000:.2f} ms "
        f"(import, registration, hooks; median of {runs} runs); the first of a kit also imports the kit"
    )
    print(
        "  costliest to load:           "
        + ", ".join(f"{name} {cost * 1000:.1f} ms" for cost, name in costs[:5])
    )


if __name__ == "__main__":
    sys.exit(main())
