"""Start-up: `kei check <example> --in JP` as a whole process, against the bare import of
click, pluggy and attrs (the floor any click + pluggy + attrs tool pays).

Run with every plugin of the repository installed:

    python benchmarks/startup.py [--runs 21] [--vehicle examples/vehicles/...toml]

The two are timed in turns (bare, check, bare, check...), so that a machine that slows down
or speeds up meanwhile (other people's tests) weighs on both alike. It prints the median of
each, the median of the pairs' ratios and the target: a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.5


def seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, capture_output=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--vehicle", default=str(ROOT / "examples/vehicles/suzuki-carry-da63t-2005.toml"))
    args = parser.parse_args()
    kei = shutil.which("kei")
    if kei is None:
        sys.exit("kei is not installed in this environment (see the README)")
    bare_command = [sys.executable, "-c", "import click, pluggy, attrs"]
    check_command = [kei, "check", args.vehicle, "--in", "JP"]
    seconds(bare_command), seconds(check_command)  # warm the file cache
    pairs = [(seconds(bare_command), seconds(check_command)) for _ in range(args.runs)]
    bare = statistics.median(b for b, _ in pairs)
    check = statistics.median(c for _, c in pairs)
    ratio = statistics.median(c / b for b, c in pairs)
    listing = subprocess.run([kei, "plugins", "--format", "json"], capture_output=True, text=True).stdout
    print(f"plugins installed:             {len(json.loads(listing or '[]'))}")
    print(f"import click, pluggy, attrs:   {bare * 1000:7.1f} ms (median of {args.runs})")
    print(f"kei check ... --in JP:         {check * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio:                         {ratio:7.2f}  (median of the pairs; target <= {TARGET})")
    plugins = len(json.loads(listing or "[]"))
    texas = statistics.median(
        seconds([kei, "check", args.vehicle, "--in", "US-TX"]) for _ in range(args.runs)
    )
    every = statistics.median(seconds([kei, "check", args.vehicle]) for _ in range(max(5, args.runs // 3)))
    print(
        f"kei check ... --in US-TX:      {texas * 1000:7.1f} ms (ratio {texas / bare:.2f}: plugins not asked are never imported)"
    )
    print(
        f"kei check ... (every place):   {every * 1000:7.1f} ms ({(every - check) * 1000 / max(plugins, 1):.2f} ms a plugin over --in JP)"
    )
    print(
        f"  before the 41 new states (17 plugins, 2026-11-25 README): about 121 ms; target <= 1.5x that: {every * 1000 / 121:.2f}x"
    )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
