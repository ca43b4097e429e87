"""Run a command and check its exit status and that its output mentions a phrase.

python tools/expect_exit.py 3 "no installed plugin rules on US" -- kei check FILE --in US-TX
"""

from __future__ import annotations

import subprocess
import sys


def main(argv: list[str]) -> int:
    expected, phrase, separator, *command = argv
    if separator != "--" or not command:
        sys.exit(__doc__)
    result = subprocess.run(command, capture_output=True, text=True)
    output = result.stdout + result.stderr
    print(output)
    if result.returncode != int(expected):
        print(f"FAIL: exit status {result.returncode}, expected {expected}")
        return 1
    if phrase not in output:
        print(f"FAIL: the output does not mention {phrase!r}")
        return 1
    print(f"ok: exit status {expected} and {phrase!r} in the output")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
