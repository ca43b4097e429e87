"""Start-up: `kei check <example> --in JP` as a whole process, against the bare import of
click, pluggy and attrs (the floor any click + pluggy + attrs tool pays).

Run with every plugin of the repository installed:

    python benchmarks/startup.py [--runs 21] [--vehicle examples/vehicles/...toml]

It prints the median of each and their ratio; the target is a ratio of at most 2.
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
TARGET = 2.0


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, capture_output=True)  # warm the file cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


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
    bare = median_seconds([sys.executable, "-c", "import click, pluggy, attrs"], args.runs)
    check = median_seconds([kei, "check", args.vehicle, "--in", "JP"], args.runs)
    listing = subprocess.run([kei, "plugins", "--format", "json"], capture_output=True, text=True).stdout
    print(f"plugins installed:             {len(json.loads(listing or '[]'))}")
    print(f"import click, pluggy, attrs:   {bare * 1000:7.1f} ms (median of {args.runs})")
    print(f"kei check ... --in JP:         {check * 1000:7.1f} ms (median of {args.runs})")
    ratio = check / bare
    print(f"ratio:                         {ratio:7.2f}  (target <= {TARGET})")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
